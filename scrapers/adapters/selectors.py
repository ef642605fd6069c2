"""Selector-driven parsing shared by the site adapters.

A site adapter is mostly data: where the title, sapo (lead) and body live, and
which boxes inside the body are not the article (related links, ads, share
bars). Returning None when the body selector finds nothing lets the registry
fall back to the generic adapter and say so in the run report.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import published as pub
from .base import ParsedPage, block_text, canonical, clean_line, soup_of, title_of

# Boxes that sit inside article bodies on Vietnamese news CMSs but are not the article.
COMMON_JUNK = (
    "script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "footer",
    "[class*=related]", "[class*=relate]", "[class*=tinlienquan]", "[class*=lienquan]",
    "[class*=share]", "[class*=social]", "[class*=banner]", "[class*=advert]", "[class*=ads-]",
    "[class*=tags]", "[class*=tag-list]", "[class*=comment]", "[class*=print]",
    "[type=RelatedNewsBox]", "[type=RelatedOneNews]", "[class*=VCSortableInPreviewMode][type=RelatedNewsBox]",
    ".box-news-other", ".other-news", ".tin-khac", ".tinkhac", ".list-news-other",
)


@dataclass(frozen=True)
class Layout:
    name: str
    body: Sequence[str]
    title: Sequence[str] = ("h1",)
    sapo: Sequence[str] = ()
    date: Sequence[str] = ()
    junk: Sequence[str] = ()
    sapo_prefix: str | None = None  # e.g. "SKĐS - ": an outlet tag, not content
    drop_lines: Sequence[str] = field(default_factory=tuple)  # regexes of boilerplate lines


def _first(soup, selectors: Sequence[str]):
    for sel in selectors:
        node = soup.select_one(sel)
        if node is not None:
            return node
    return None


def parse_layout(html: str, url: str | None, layout: Layout) -> ParsedPage | None:
    soup = soup_of(html)
    body = _first(soup, layout.body)
    if body is None:
        return None
    date = None
    for sel in layout.date:
        node = soup.select_one(sel)
        if node is not None:
            date = pub.to_site_time(node.get("datetime") or node.get("content") or "") \
                or pub.to_site_time(node.get_text(" "))
            if date:
                break
    published = pub.from_meta(soup) or date or pub.from_url(url) or pub.from_visible(soup)
    title_node = _first(soup, layout.title)
    title = clean_line(title_node.get_text(" ")) if title_node is not None else title_of(soup)
    sapo_node = _first(soup, layout.sapo) if layout.sapo else None
    sapo = clean_line(sapo_node.get_text(" ")) if sapo_node is not None else ""
    if sapo_node is not None and sapo_node in body.descendants:
        sapo_node.decompose()
    for sel in (*COMMON_JUNK, *layout.junk):
        for node in body.select(sel):
            if node is not body:
                node.decompose()
    text = block_text(body)
    if layout.sapo_prefix and sapo.startswith(layout.sapo_prefix):
        sapo = sapo[len(layout.sapo_prefix):].lstrip()
    lines = [l for l in ([sapo] if sapo else []) + text.split("\n") if l.strip()]
    drops = [re.compile(p, re.IGNORECASE) for p in layout.drop_lines]
    lines = [l for l in lines if not any(d.search(l) for d in drops)]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    text = "\n".join(lines)
    if not text.strip():
        return None
    return ParsedPage(title=title, text=text, published=published,
                      canonical_url=canonical(soup) or url, adapter=layout.name)


def has(html: str, *needles: str) -> bool:
    """Cheap markup sniffing on the first 200 KB."""
    head = html[:200_000]
    return all(n in head for n in needles)
