"""soyte.hanoi.gov.vn (Sở Y tế Hà Nội).

Articles: `/{category}/{slug}-{18 digits}.htm`; search listing
`/tim-kiem?query=&page=N`. Older pages still come from the previous Liferay
portal and keep their body in `div.journal-content-article`.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..published import VN_TZ
from .base import ParsedPage
from .selectors import Layout, parse_layout

NAME = "soyte_hanoi"
HOSTS = ("soyte.hanoi.gov.vn",)
ARTICLE = re.compile(r"/[^/]+/[^/]+-\d{18}\.htm$")
LISTING = ".news-item a, .list-news-cat a, .search-result a"
_ID_TIME = re.compile(r"-\d{3}(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{3}\.htm$")
LAYOUT = Layout(
    name=NAME,
    title=(".news-detail h1.news-title", "h1.news-title", "h1.title-detail", ".news-detail h1"),
    sapo=(".news-detail .news-sapo", ".news-sapo", ".sapo"),
    body=(".news-detail .news-content", ".news-content", ".news-detail div.journal-content-article",
          "div.journal-content-article"),
    date=(".news-meta .news-date", ".news-date", ".date-detail"),
    junk=(".author", ".source-news"),
)


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    page = parse_layout(html, url, LAYOUT)
    if page is not None and not page.published:
        page.published = published_from_url(url)
    return page


def published_from_url(url: str | None) -> str | None:
    """The 18-digit id is a 3-digit prefix + yyMMddHHmmss + 3 digits: the publication time."""
    m = _ID_TIME.search((url or "").split("?")[0])
    if not m:
        return None
    yy, mo, dd, hh, mi, ss = (int(x) for x in m.groups())
    try:
        return datetime(2000 + yy, mo, dd, hh, mi, ss, tzinfo=VN_TZ).isoformat()
    except ValueError:
        return None


def sniff(html: str) -> bool:
    head = html[:200_000]
    return "SỞ Y TẾ HÀ NỘI" in head or ("news-detail" in head and "Sở Y tế Hà Nội" in head)


def is_article_url(url: str) -> bool:
    return bool(ARTICLE.search(url.split("?")[0]))


def listing_page(url: str, html: str, number: int) -> str | None:
    parts = urlsplit(url)
    if "page=" not in parts.query and not parts.path.rstrip("/").endswith("tim-kiem"):
        return None
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.setdefault("query", "")
    query["page"] = str(number)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
