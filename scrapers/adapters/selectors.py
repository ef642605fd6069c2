"""Selector-driven parsing shared by the site adapters.

A site adapter is mostly data: where the title, sapo (lead), date and body live,
and which boxes inside the body are not the article (related headlines, ads,
share bars). Two outcomes besides an article:

* no body container at all: None, so the registry falls back to the generic
  adapter and the run report says the selectors found nothing;
* a body container that holds no text once the junk is gone (a video or photo
  page): a page with `skip` set, so the crawl skips it with that reason instead
  of letting the generic adapter store the page footer as the article.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import published as pub
from .base import ParsedPage, block_text, canonical, clean_line, soup_of, strip_site_suffix, \
    site_name, title_of

# Boxes that sit inside article bodies on Vietnamese news CMSs but are not the article.
COMMON_JUNK = (
    "script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "footer",
    "video", "audio",
    "[class*=related]", "[class*=relate]", "[class*=tinlienquan]", "[class*=lienquan]",
    "[class*=share]", "[class*=social]", "[class*=banner]", "[class*=advert]", "[class*=ads-]",
    "[class*=tags]", "[class*=tag-list]", "[class*=comment]", "[class*=print]",
    "[type=RelatedNewsBox]", "[type=RelatedOneNews]",
    ".box-news-other", ".other-news", ".tin-khac", ".tinkhac", ".list-news-other",
)
EMPTY_BODY = "body container holds no text (video or photo page)"


@dataclass(frozen=True)
class Layout:
    name: str
    body: Sequence[str]
    title: Sequence[str] = ("h1",)
    sapo: Sequence[str] = ()
    date: Sequence[str] = ()
    junk: Sequence[str] = ()
    sapo_prefixes: Sequence[str] = ()  # e.g. "SKĐS - ": an outlet tag, not content
    drop_lines: Sequence[str] = field(default_factory=tuple)  # regexes of boilerplate lines


def _first(soup, selectors: Sequence[str]):
    for sel in selectors:
        node = soup.select_one(sel)
        if node is not None:
            return node
    return None


def _date(soup, layout: Layout) -> str | None:
    for sel in layout.date:
        for node in soup.select(sel):
            got = pub.to_site_time(node.get("datetime") or node.get("content") or "") \
                or pub.to_site_time(node.get_text(" "))
            if got:
                return got
    return None


def _lead(sapo: str, layout: Layout) -> str:
    for prefix in layout.sapo_prefixes:
        if sapo.startswith(prefix):
            return sapo[len(prefix):].lstrip()
    return sapo


def parse_layout(html: str, url: str | None, layout: Layout) -> ParsedPage | None:
    soup = soup_of(html)
    body = _first(soup, layout.body)
    if body is None:
        return None
    published = pub.from_meta(soup) or _date(soup, layout) or pub.from_url(url) \
        or pub.from_visible(soup)
    title_node = _first(soup, layout.title)
    title = strip_site_suffix(clean_line(title_node.get_text(" ")), site_name(soup)) \
        if title_node is not None else title_of(soup)
    sapo_node = _first(soup, layout.sapo) if layout.sapo else None
    sapo = _lead(clean_line(sapo_node.get_text(" ")), layout) if sapo_node is not None else ""
    inside = [n for sel in layout.date for n in body.select(sel)]  # a byline inside the body
    if sapo_node is not None and sapo_node in body.descendants:
        inside.append(sapo_node)
    for node in inside:
        node.decompose()
    for sel in (*COMMON_JUNK, *layout.junk):
        for node in body.select(sel):
            if node is not body:
                node.decompose()
    body_lines = [l for l in block_text(body).split("\n") if l.strip()]
    drops = [re.compile(p, re.IGNORECASE) for p in layout.drop_lines]
    body_lines = [l for l in body_lines if not any(d.search(l) for d in drops)]
    link = canonical(soup) or url
    if not body_lines:
        return ParsedPage(title=title, text="", published=published, canonical_url=link,
                          adapter=layout.name, skip=EMPTY_BODY)
    lines = ([sapo] if sapo else []) + body_lines
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return ParsedPage(title=title, text="\n".join(lines), published=published,
                      canonical_url=link, adapter=layout.name)


def has(html: str, *needles: str) -> bool:
    """Cheap markup sniffing on the first 200 KB."""
    head = html[:200_000]
    return all(n in head for n in needles)
