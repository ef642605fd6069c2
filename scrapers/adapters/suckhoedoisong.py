"""suckhoedoisong.vn (Báo Sức khỏe & Đời sống, Bộ Y tế): the shared newsroom CMS.

Verified (see detail_cms for the layout evidence):
* articles `/{slug}-169{yyMMddHHmmss}{0-3 digits}.htm`, the id being the publication
  time (hoagannhh/CrawlData data/checkpoint/suckhoedoisong_scraped_urls.json);
  migrated older articles keep a short id, `-169{old id}.htm` / `.html`
  (`-169182122.htm`, `-169153232.html` for the old `-n153232.html`; idx);
* the sapo opens with the outlet tag "SKĐS - ", dropped;
* listing `/y-te.htm`, page N `/timelinelist/1691474/{n}.htm` (Y tế zone;
  camping89/lc-crawler globalconfigs.json), not `/y-te/trang-N.htm`;
* feeds `/rss/home.rss`, `/rss/y-te.rss` (several repos); `/sitemap.xml` (one repo).
"""
from __future__ import annotations

import re

from . import detail_cms
from .site import SiteAdapter

ADAPTER = SiteAdapter(
    NAME="suckhoedoisong",
    HOSTS=("suckhoedoisong.vn",),
    LAYOUT=detail_cms.layout("suckhoedoisong", sapo_prefixes=("SKĐS - ", "SKĐS – ")),
    ARTICLE=re.compile(r"-169\d{5,15}\.html?$"),
    LISTING=detail_cms.LISTING,
    sniffer=lambda html: detail_cms.looks_like(html, "Sức khỏe"),
    pager=detail_cms.listing_page,
)
