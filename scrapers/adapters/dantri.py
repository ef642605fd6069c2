"""dantri.com.vn, the health section (Báo Dân trí).

Verified:
* body `div.singular-content`, sapo `h2.singular-sapo` ("(Dân trí) - …", the tag is
  dropped), title `h1` (tammuoichanhoa/crawl_lastest_news
  crawler/site_configs/dantri.com.vn.yml, config/sites/dantri.py);
* the page's markup `article.singular-container`, `h1.title-page.detail`,
  `time.author-time[datetime="2025-05-09 11:02"]` printed "Thứ sáu, 09/05/2025 - 11:02",
  articles `/{section}/{slug}-{yyyyMMddHHmmss}{3 digits}.htm` (a saved article page
  in datgin/dan_tri backend/resources/views/frontend/page/detailBlog.blade.php);
* section listing `article.article-item h3.article-title a` (idx: a dantri parser);
* feed `/rss/suc-khoe.rss` (site-evidence.md).
Not verified: how the section pages past page 1 are addressed (the pager links in
the page are followed) and the markup of related-news boxes inside the body (the
common related-box rules apply).
"""
from __future__ import annotations

import re

from .selectors import Layout, has
from .site import SiteAdapter

ADAPTER = SiteAdapter(
    NAME="dantri",
    HOSTS=("dantri.com.vn",),
    LAYOUT=Layout(
        name="dantri",
        title=("article.singular-container h1.title-page", "h1.title-page", "h1"),
        sapo=("h2.singular-sapo", ".singular-sapo"),
        body=("div.singular-content", ".singular-content"),
        date=("time.author-time",),
        junk=(".article-related", ".author-wrap"),
        sapo_prefixes=("(Dân trí) - ", "(Dân trí) – ", "(Dân trí) -"),
    ),
    ARTICLE=re.compile(r"/[^/]+-20\d{15}\.htm$"),
    LISTING="article.article-item h3.article-title a",
    sniffer=lambda html: has(html, "Dân trí") and (has(html, "singular-content")
                                                   or has(html, "article-item")),
)
