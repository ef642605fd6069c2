"""soyte.hanoi.gov.vn (Sở Y tế Hà Nội).

Verified:
* article ids are 18-19 digits: a 4-digit prefix, then yyMMddHHmmss, then 1-3 digits
  (`/bao-hiem-y-te/…-284925071618440178.htm`, idx; `…-2849260201220700908.htm`,
  site-evidence.md): the publication time when a page hides it (published.from_id);
* listings `/tin-tuc-su-kien` and the search `/tim-kiem?query=&page=N` (several repos);
* the old Liferay portal's pages: body `div.journal-content-article`, URLs
  `/…/-/asset_publisher/…/content/…` (site-evidence.md).
Not verified for this host: the new portal's article markup. The ids share the shape
of the sister portal hanoi.gov.vn, whose pages use this newsroom CMS
(`.detail-content.afcbc-body`, `.detail-time`, `.news-info .time`: thuydung203/Crawl_data
hanoi_ajax_crawler.py), so those selectors are used. No feed or sitemap evidence.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from . import detail_cms
from .selectors import Layout, has
from .site import SiteAdapter


def search_page(url: str, html: str, number: int) -> str | None:
    """`/tim-kiem?query=&page=N`: the search listing pages by number."""
    parts = urlsplit(url)
    if not parts.path.rstrip("/").endswith("tim-kiem"):
        return None
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.setdefault("query", "")
    query["page"] = str(number)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def sniff(html: str) -> bool:
    return detail_cms.looks_like(html, "Sở Y tế Hà Nội") or \
        has(html, "journal-content-article", "SỞ Y TẾ HÀ NỘI")


ADAPTER = SiteAdapter(
    NAME="soyte_hanoi",
    HOSTS=("soyte.hanoi.gov.vn",),
    LAYOUT=Layout(
        name="soyte_hanoi",
        title=("h1.detail-title", ".detail-title", "h1"),
        sapo=("h2.detail-sapo", ".detail-sapo", ".journal-content-article .sapo"),
        body=("div.detail-content.afcbc-body", "div.detail-content",
              "div.journal-content-article"),
        date=(".news-info .time", ".detail-time", "[data-role=publishdate]"),
        junk=detail_cms.JUNK,
    ),
    ARTICLE=re.compile(r"-\d{17,19}\.htm$|/-/asset_publisher/[\w-]+/content/[^/?#]+"),
    LISTING=detail_cms.LISTING,
    sniffer=sniff,
    pager=search_page,
)
