"""tuoitre.vn, the health section (Báo Tuổi Trẻ): the shared newsroom CMS.

Verified (layout evidence in detail_cms):
* articles `/{slug}-{yyyyMMddHHmmss}{3 digits}.htm`, the 17-digit id being the
  publication time (idx: `"tuoitre.vn": (r"/[^/]+-\\d{12,}\\.htm$", ".detail-content")`);
* section `/suc-khoe.htm`, main list `.list__listing-main .box-category-item`,
  lead story `[data-boxtype=zonenewsposition] h2 a` (RSSHub tuoitre route, idx);
  page N `/timeline/12/trang-{n}.htm` (health category 12 in a scrapy spider, idx;
  `/timeline/{id}/trang-{n}.htm` in several scrapers);
* feed `/rss/suc-khoe.rss` (site-evidence.md). The site's sitemaps cover every
  section, so this health-only source does not use them.
"""
from __future__ import annotations

import re

from . import detail_cms
from .site import SiteAdapter

ADAPTER = SiteAdapter(
    NAME="tuoitre",
    HOSTS=("tuoitre.vn",),
    LAYOUT=detail_cms.layout("tuoitre", sapo_prefixes=("TTO - ", "TTO – ")),
    ARTICLE=re.compile(r"/[^/]+-20\d{15}\.htm$"),
    LISTING=detail_cms.LISTING + ", [data-boxtype=zonenewsposition] h2 a",
    sniffer=lambda html: detail_cms.looks_like(html, "Tuổi Trẻ"),
    pager=detail_cms.listing_page,
)
