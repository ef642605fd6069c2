"""The newsroom CMS shared by suckhoedoisong.vn, tuoitre.vn and thanhnien.vn.

One layout, three outlets (each has a small module naming its hosts, URL scheme
and feeds). Evidence, other people's crawlers that ran against these sites:

* body `div.detail-content.afcbc-body` (`[data-role=content]`), sapo
  `h2.detail-sapo[data-role=sapo]`, title `h1.detail-title` / `[data-role=title]`,
  date `[data-role=publishdate]` ("dd/MM/yyyy HH:mm GMT+7") and
  `meta[property=article:published_time]`: hoagannhh/CrawlData
  parsers/suckhoedoisong/article_parser.py, camping89/lc-crawler
  CrawlSucKhoeDoiSongApiService.cs, RSSHub's tuoitre and thanhnien routes (idx);
* editors insert boxes into the body as `div.VCSortableInPreviewMode[type=…]`:
  `RelatedNewsBox` and `RelatedOneNews` are other headlines and are removed (same
  sources); `Photo` boxes keep their captions. `kbwscwl-relatedbox` is the box's
  inner class on the same CMS (tammuoichanhoa/crawl_lastest_news
  crawler/site_config.yml, vpcp.chinhphu.vn); ad slots are `div#zone-…`
  (lc-crawler: zone-krlv706p, zone-krlutq8c);
* listings are `.box-category-item` blocks (`a.box-category-link-title`,
  `a.box-category-link-with-avatar`, `span.time-ago`); page N is a fragment at
  `/timelinelist/{zoneId}/{n}.htm` (suckhoedoisong, thanhnien: lc-crawler
  globalconfigs.json, several scrapers) or `/timeline/{zoneId}/trang-{n}.htm`
  (tuoitre: several scrapers). The zone id is not in our evidence for every
  section, so sources.toml gives the page template where it is known.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from .selectors import Layout, has

TITLE = ("h1.detail-title", "h1[data-role=title]", "[data-role=title]", "h1.article-title")
SAPO = ("h2.detail-sapo", "[data-role=sapo]", ".detail-sapo")
BODY = ("div.detail-content.afcbc-body", "div.detail-content")
DATE = ("[data-role=publishdate]", ".detail-time")
JUNK = ("[type=RelatedNewsBox]", "[type=RelatedOneNews]", "[type=VideoStream]",
        ".kbwscwl-relatedbox", "[id^=zone-]", ".link-inline-content", ".seo-suggest-link")
# main lists only: sidebars on the same pages reuse .box-category-item
LISTING = (".list__listing-main .box-category-item a.box-category-link-title, "
           ".list__focus-main .box-category-item a.box-category-link-title, "
           ".list__stream-main .box-category-item a.box-category-link-title, "
           "body > .box-category-item a.box-category-link-title")
_TIMELINE = re.compile(r"^(/timelinelist/\d+/)\d+\.htm$|^(/timeline/\d+/trang-)\d+\.htm$")


def layout(name: str, sapo_prefixes: tuple[str, ...] = ()) -> Layout:
    return Layout(name=name, title=TITLE, sapo=SAPO, body=BODY, date=DATE, junk=JUNK,
                  sapo_prefixes=sapo_prefixes)


_SITE_NAME = re.compile(r'property="og:site_name"\s+content="([^"]*)"')


def looks_like(html: str, brand: str) -> bool:
    """This CMS's markup (an article or a listing), and the outlet's name in og:site_name."""
    if not (has(html, "detail-content", "afcbc-body") or has(html, "box-category-item")):
        return False
    m = _SITE_NAME.search(html[:50_000])
    return bool(m) and brand.casefold() in m.group(1).casefold()


def listing_page(url: str, html: str, number: int) -> str | None:
    """Page `number` of a timeline listing, from the URL of any of its pages."""
    parts = urlsplit(url)
    m = _TIMELINE.match(parts.path)
    if not m:
        return None
    if m.group(1):
        path = f"{m.group(1)}{number}.htm"
    else:
        path = f"{m.group(2)}{number}.htm"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
