"""Any site: trafilatura finds the main text; our metadata readers find the date."""
from __future__ import annotations

import trafilatura

from .. import published as pub
from .base import ParsedPage, canonical, clean_line, soup_of, title_of

NAME = "generic"


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    soup = soup_of(html)
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                               favor_precision=True, deduplicate=True) or ""
    lines = [clean_line(l) for l in text.splitlines()]
    text = "\n".join(l for l in lines if l)
    title = title_of(soup)
    if not text:
        return None
    published = pub.from_soup(soup) or pub.from_url(url)
    return ParsedPage(title=title, text=text, published=published,
                      canonical_url=canonical(soup) or url, adapter=NAME)
