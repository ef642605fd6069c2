"""baobackan.com.vn (Báo Bắc Kạn), on EPI-CMS like many provincial papers.

Verified:
* host `baobackan.com.vn`, articles `…-post{id}.html`, feed `/rss/home.rss`
  (site-evidence.md; a list of provincial feeds, idx; its images on
  image.baobackan.com.vn next to other EPI-CMS papers, idx);
* EPI-CMS article markup on sister papers: title `h1.article__title.cms-title`, lead
  `h2.article__sapo.cms-desc`, body `div.article__body.zce-content-body.cms-body`
  (`[itemprop=articleBody]`), date `time.time` in `.article__meta`, related boxes
  `.related-news` inside the body, ad slots `.ads_middle`, `[id^=adsWeb_]`
  (tammuoichanhoa/crawl_lastest_news crawler/site_config.yml: vietnamplus.vn,
  baohatinh.vn; idx: nhandan.vn, vietnamplus.vn, tienphong.vn configs); dates ISO +0700.
NOT verified for this host: the section listing markup (EPI `.story` blocks assumed)
and the sapo tag "BBK - ". Bắc Kạn merged into Thái Nguyên in 2025; baothainguyen.vn
uses `/{section}/{YYYYMM}/{slug}-{id}/` URLs (config/sites/baothainguyen.py, same
repo). Which domain still publishes Bắc Kạn news is not known offline.
"""
from __future__ import annotations

import re

from .selectors import Layout, has
from .site import SiteAdapter

ADAPTER = SiteAdapter(
    NAME="baobackan",
    HOSTS=("baobackan.com.vn",),
    LAYOUT=Layout(
        name="baobackan",
        title=("h1.article__title.cms-title", "h1.article__title", "h1.cms-title", "h1"),
        sapo=("h2.article__sapo", ".article__sapo", ".cms-desc"),
        body=("div.article__body.zce-content-body.cms-body", "div[data-field=body]",
              "div.article__body", ".cms-body"),
        date=(".article__meta time", "time.time"),
        junk=(".related-news", ".ads_middle", "[id^=adsWeb_]"),
        sapo_prefixes=("BBK - ", "BBK – "),
    ),
    ARTICLE=re.compile(r"-post\d+\.html$"),
    LISTING=".story__heading a, .story .story__title a",
    sniffer=lambda html: has(html, "Bắc Kạn") and (has(html, "zce-content-body", "cms-body")
                                                   or has(html, "story__heading")),
)
