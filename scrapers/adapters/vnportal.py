"""Provincial portals on VNPT vnportal, e.g. {unit}.nghean.gov.vn.

Articles: `/tin-noi-bat/{slug}-{id}`; listings page with `?pageindex=N`.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .base import ParsedPage
from .selectors import Layout, has, parse_layout

NAME = "vnportal"
HOSTS = ("nghean.gov.vn",)
ARTICLE = re.compile(r"/[\w-]+/[^/?#]+-\d{3,}/?$")
LISTING = ".item-news a, .list-news a"
LAYOUT = Layout(
    name=NAME,
    title=(".box-detail h1.title-detail", "h1.title-detail", ".box-detail h1"),
    sapo=(".box-detail .ArticleSummary", ".ArticleSummary"),
    body=(".box-detail .ArticleContent", ".ArticleContent"),
    date=(".date-detail", ".date-detail-wrap"),
    junk=(".other-news", ".news-other"),
)


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    return parse_layout(html, url, LAYOUT)


def sniff(html: str) -> bool:
    return has(html, "VNPT_PORTAL") or has(html, "ArticleContent", "ArticleSummary")


def is_article_url(url: str) -> bool:
    return bool(ARTICLE.search(urlsplit(url).path))


def listing_page(url: str, html: str, number: int) -> str | None:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query["pageindex"] = str(number)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
