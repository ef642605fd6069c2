"""suckhoedoisong.vn (Báo Sức khỏe & Đời sống, Bộ Y tế).

Articles: `/{slug}-169{yyMMddHHmmss}{ms}.htm`; the number is the publication
time, a fallback when the page hides its date. Title `h1.article__title` (new)
or `h1.detail-title` (old); body `div.detail-content`; the sapo opens with the
outlet tag "SKĐS - ", which is dropped. RSS: /rss/home.rss and per category.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from .base import ParsedPage
from .selectors import Layout, parse_layout

NAME = "suckhoedoisong"
HOSTS = ("suckhoedoisong.vn",)
ARTICLE = re.compile(r"-169\d{12,15}\.htm$")
LISTING = ".box-category-item a, .box-category a, .list-news a"
_PAGED = re.compile(r"^(/[\w-]+?)(?:/trang-\d+)?\.htm$")
LAYOUT = Layout(
    name=NAME,
    title=("h1.article__title", "h1.detail-title", "h1"),
    sapo=("h2.detail-sapo", ".detail-sapo", ".article__sapo", "h2.sapo", ".sapo"),
    body=("div.detail-content", "div.article__body", "div.detail__content"),
    date=("span.publish-date", ".detail-time", ".article__meta time", ".detail-info time"),
    junk=(".detail-author", ".author-info", ".link-source-wrapper", ".box-tinlienquan",
          "[data-role=related]"),
    sapo_prefix="SKĐS - ",
)


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    return parse_layout(html, url, LAYOUT)


def sniff(html: str) -> bool:
    head = html[:200_000]
    return "detail-content" in head and ("SKĐS" in head or "suckhoedoisong" in head)


def is_article_url(url: str) -> bool:
    return bool(ARTICLE.search(url.split("?")[0]))


def listing_page(url: str, html: str, number: int) -> str | None:
    """Category pages: /y-te.htm, /y-te/trang-2.htm, ..."""
    parts = urlsplit(url)
    m = _PAGED.match(parts.path)
    if not m or ARTICLE.search(parts.path):
        return None
    return urlunsplit((parts.scheme, parts.netloc, f"{m.group(1)}/trang-{number}.htm", "", ""))
