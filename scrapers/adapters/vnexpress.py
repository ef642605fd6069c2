"""vnexpress.net, the health section (VnExpress).

Verified:
* title `h1.title-detail`, lead `p.description`, body `article.fck_detail` paragraphs
  `p.Normal`, date `span.date` ("Thứ sáu, 9/5/2025, 11:02 (GMT+7)"), tags
  `div.tags h2 a` (a crawler config dict in a code index, idx; haidinhthanh/code_challenge
  newspaper_crawl/newspaper_crawl/constant/xpath.py); the author is the last,
  right-aligned `p.Normal` in the body (same xpath file), dropped;
* `meta[itemprop=datePublished]`, feed `/rss/suc-khoe.rss`, sitemap
  `/google-news-sitemap.xml` (site-evidence.md; the sitemap covers every section
  and is not used for this health-only source);
* section list `article.item-news` (tammuoichanhoa/crawl_lastest_news
  config/sites/vnexpress.py), page N `/suc-khoe-p{n}` (idx: `vnexpress.net/thoi-su-p1`).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from .selectors import Layout, has
from .site import SiteAdapter

_SECTION = re.compile(r"^(/[a-z0-9-]+?)(?:-p\d+)?$")


def section_page(url: str, html: str, number: int) -> str | None:
    """`/suc-khoe` -> `/suc-khoe-p{n}`."""
    parts = urlsplit(url)
    m = _SECTION.match(parts.path.rstrip("/"))
    if not m or ADAPTER.is_article_url(url):
        return None
    return urlunsplit((parts.scheme, parts.netloc, f"{m.group(1)}-p{number}", "", ""))


ADAPTER = SiteAdapter(
    NAME="vnexpress",
    HOSTS=("vnexpress.net",),
    LAYOUT=Layout(
        name="vnexpress",
        title=("h1.title-detail", "h1"),
        sapo=("p.description",),
        body=("article.fck_detail", ".fck_detail"),
        date=("span.date",),
        junk=("p.Normal[style*=right]", "div.tags", ".box-tinlienquanv2"),
    ),
    ARTICLE=re.compile(r"-\d{6,8}\.html$"),
    LISTING="article.item-news h3.title-news a, article.item-news h2.title-news a",
    sniffer=lambda html: has(html, "VnExpress") and (has(html, "fck_detail") or has(html, "item-news")),
    pager=section_page,
)
