"""Any site: trafilatura finds the main text; our metadata readers find the date.

Vietnamese news CMSs put long lists of headlines next to the article ("Tin
liên quan", "Tin mới nhất", "Đọc nhiều", "Các tin khác") and inside it (the
newsroom CMS's `[type=RelatedNewsBox]` boxes); trafilatura sometimes keeps them.
So page chrome is removed first, by element type and by class/id words, unless an
element holds most of the page's paragraph text (a wrapper). A <footer> is always
removed: on a video-only page it holds most of the page's text, and that text
(address, phone, editors, "Website được vận hành trên …") is not an article. What
is left must be more than such lines (chrome.py), else the page is skipped.
"""
from __future__ import annotations

import re

import trafilatura
from bs4 import Tag

from .. import published as pub
from .base import ParsedPage, canonical, clean_line, soup_of, title_of
from .chrome import only_chrome, trim_chrome

NAME = "generic"
_CHROME_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript", "iframe",
                "marquee", "select", "button")
_JUNK_WORDS = {
    "sidebar", "widget", "related", "relate", "relates", "lienquan", "tinlienquan", "tinkhac",
    "other", "most", "mostview", "docnhieu", "latest", "breadcrumb", "breadcrumbs", "share",
    "social", "tags", "tag", "comment", "comments", "banner", "ads", "adv", "advert",
    "advertisement", "menu", "nav", "navbar", "navigation", "footer", "pagination", "paging",
    "pager", "print", "toolbar", "topbar", "hotline", "search", "marquee", "newsletter",
    "tinmoi", "tinmoinhat", "moinhat", "xemthem", "tinnoibat", "docnhieu", "mostread",
}
_HEADLINE_LIST = {"news", "new", "other", "items", "posts", "articles"}
_JUNK_TOKENS = {"col-right", "box-right", "detail-right", "list-news", "list-new",
                "list-news-right", "title-box-right", "bottom-blocks", "block-xem-them"}
_SPLIT = re.compile(r"[-_\s]+")
_JUNK_INFIXES = ("related", "relate", "lienquan")  # kbwscwl-relatedbox, boxlienquan
_JUNK_TYPES = {"relatednewsbox", "relatedonenews", "videostream"}  # CMS box types
CHROME_ONLY = "only navigation or footer text (no article)"


def _is_junk(el) -> bool:
    if (el.get("type") or "").lower() in _JUNK_TYPES:
        return True
    tokens = [*(el.get("class") or []), el.get("id") or ""]
    for token in tokens:
        token = token.lower()
        if not token:
            continue
        parts = set(_SPLIT.split(token))
        if token in _JUNK_TOKENS or parts & _JUNK_WORDS or any(w in token for w in _JUNK_INFIXES):
            return True
        if "list" in parts and parts & _HEADLINE_LIST:  # lists of headlines, not prose
            return True
    return False


def strip_chrome(soup) -> None:
    """Remove navigation, sidebars, related lists and footers in place."""
    total = sum(len(p.get_text()) for p in soup.find_all("p")) or 1
    for el in soup.find_all(_CHROME_TAGS):
        if el.name == "header" and _holds_article(el, total):
            continue
        el.decompose()
    _strip_junk(soup, total)


def _strip_junk(soup, total: int) -> None:
    """Remove junk elements top-down, never visiting inside one already removed.

    The same elements as checking every element of `find_all(True)` in document order,
    without asking each one `decomposed`: on a tag still in the tree that property
    falls through to `find("_decomposed")`, a search of its whole subtree (half of a
    listing page's parse time)."""
    stack = [soup]
    while stack:
        el = stack.pop()
        if el.name not in ("html", "body", "[document]") and _is_junk(el) \
                and not _holds_article(el, total):
            el.decompose()
            continue
        stack.extend(reversed([c for c in el.contents if isinstance(c, Tag)]))


def _holds_article(el, total: int) -> bool:
    return sum(len(p.get_text()) for p in el.find_all("p")) > 0.5 * total


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    soup = soup_of(html)
    title = title_of(soup)
    published = pub.from_soup(soup, url=url)
    link = canonical(soup) or url
    strip_chrome(soup)
    text = trafilatura.extract(str(soup), url=url, include_comments=False, include_tables=True,
                               favor_precision=True, deduplicate=False) or ""
    lines = [clean_line(l) for l in text.splitlines()]
    lines = [l for l in lines if l]
    if lines and title and clean_line(lines[0]) == title:
        lines = lines[1:]
    if not lines:
        return None
    if only_chrome(lines):
        return ParsedPage(title=title, text="", published=published, canonical_url=link,
                          adapter=NAME, skip=CHROME_ONLY)
    return ParsedPage(title=title, text="\n".join(trim_chrome(lines)), published=published,
                      canonical_url=link, adapter=NAME)
