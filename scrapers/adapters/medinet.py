"""medinet.hochiminhcity.gov.vn (Sở Y tế TP. Hồ Chí Minh, ASP.NET portal).

Articles: `/{category}/{slug}-c{catId}-{articleId}.aspx`.
"""
from __future__ import annotations

import re

from .base import ParsedPage
from .selectors import Layout, parse_layout

NAME = "medinet"
HOSTS = ("medinet.hochiminhcity.gov.vn", "medinet.gov.vn")
ARTICLE = re.compile(r"-c\d+-\d+\.aspx$", re.IGNORECASE)
LISTING = ".item-news a, .list-news-cat a"
LAYOUT = Layout(
    name=NAME,
    title=(".news-detail h1.title", ".news-detail h1", "h1.title"),
    sapo=(".news-detail .sapo", ".sapo"),
    body=(".news-detail #content", ".news-detail .content-detail", "#content.content-detail",
          ".content-detail"),
    date=(".news-detail .date", ".news-date"),
    junk=(".news-other", ".tin-khac"),
)


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    return parse_layout(html, url, LAYOUT)


def sniff(html: str) -> bool:
    head = html[:200_000]
    return "__VIEWSTATE" in head and ("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH" in head
                                      or "news-detail" in head or "medinet" in head.lower())


def is_article_url(url: str) -> bool:
    return bool(ARTICLE.search(url.split("?")[0]))
