"""thanhnien.vn, the health section (Báo Thanh Niên): the shared newsroom CMS.

Verified (layout evidence in detail_cms):
* articles `/{slug}-185{yyMMddHHmmss}{0-3 digits}.htm` (site-evidence.md);
* section `/suc-khoe.htm`, main lists `.list__focus-main` and `.list__stream-main`
  `.box-category-item a.box-category-link-title` (RSSHub thanhnien route, idx;
  tammuoichanhoa/crawl_lastest_news config/sites/thanhnien.py);
* page N is `/timelinelist/{zoneId}/{n}.htm` (1854 news, 18549 business, 185315
  technology in several scrapers). The health zone id is NOT in our evidence: only
  page 1 and the feed are read until it is known;
* feed `/rss/suc-khoe.rss` (site-evidence.md).
"""
from __future__ import annotations

import re

from . import detail_cms
from .site import SiteAdapter

ADAPTER = SiteAdapter(
    NAME="thanhnien",
    HOSTS=("thanhnien.vn",),
    LAYOUT=detail_cms.layout("thanhnien"),
    ARTICLE=re.compile(r"-185\d{12,15}\.htm$"),
    LISTING=detail_cms.LISTING,
    sniffer=lambda html: detail_cms.looks_like(html, "Thanh Niên"),
    pager=detail_cms.listing_page,
)
