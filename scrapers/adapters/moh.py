"""moh.gov.vn (Bộ Y tế portal, Liferay 6).

Articles: `/{section}/-/asset_publisher/{id}/content/{slug}`; listings page
with `?p_p_id=101_INSTANCE_{id}&_101_INSTANCE_{id}_delta=20&..._cur=N`.
Body `.journal-content-article`, sapo `.sapo`.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .base import ParsedPage
from .selectors import Layout, parse_layout

NAME = "moh"
HOSTS = ("moh.gov.vn",)
ARTICLE = re.compile(r"/-/asset_publisher/[\w-]+/content/[^/?#]+")
_INSTANCE = re.compile(r"(?:101_INSTANCE_|asset_publisher/)([\w]+)")
LISTING = ".news-item a, .asset-abstract a, .asset-title a"
LAYOUT = Layout(
    name=NAME,
    title=(".asset-full-content .title-news", "h3.title-news", ".asset-content h1",
           "h1.header-title", ".header-title", "h3.title"),
    sapo=(".asset-full-content .sapo", ".sapo", ".asset-summary"),
    body=(".asset-content .journal-content-article", ".journal-content-article",
          ".asset-full-content .asset-content"),
    date=(".date-publish .date", ".date-publish", ".publish-date", ".time-publish"),
    junk=(".taglib-ratings-wrapper", ".asset-links", ".taglib-social-bookmarks",
          ".entry-links", ".asset-metadata"),
)


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    return parse_layout(html, url, LAYOUT)


def sniff(html: str) -> bool:
    head = html[:200_000]
    return "101_INSTANCE_" in head and ("asset_publisher" in head or "Liferay" in head)


def is_article_url(url: str) -> bool:
    return bool(ARTICLE.search(url))


def listing_page(url: str, html: str, number: int) -> str | None:
    """Liferay asset publisher pagination: `_101_INSTANCE_{id}_cur=N`."""
    m = _INSTANCE.search(url) or _INSTANCE.search(html)
    if not m:
        return None
    inst = m.group(1)
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    delta = query.get(f"_101_INSTANCE_{inst}_delta", "20")
    query.update({"p_p_id": f"101_INSTANCE_{inst}", "p_p_lifecycle": "0",
                  f"_101_INSTANCE_{inst}_delta": delta,
                  f"_101_INSTANCE_{inst}_cur": str(number)})
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
