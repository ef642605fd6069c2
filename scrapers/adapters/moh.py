"""moh.gov.vn (Cổng thông tin Bộ Y tế), two Liferay generations.

Verified:
* body `div.journal-content-article`, sapo `.sapo` (tpnanh/DACNTT2_N26 WebDB.sql, 2021;
  tammuoichanhoa/crawl_lastest_news crawler/site_configs/moh.gov.vn.yml);
* Liferay 6 pages: title `h3.text-change-size` in the detail block, date
  `p.time-post.text-change-size` (a crawler config dict, idx), the sapo a `<strong>` in
  the body's first paragraph (WebDB.sql); URLs `/{section}/-/asset_publisher/{id}/content/{slug}`;
* Liferay 7 pages (ncov subsite, newer moh pages): title `span.asset-title`, an
  unlabelled date `span.text-ngayxam-page` "(Thứ hai, 19/04/2021 15:17)" and the sapo
  `strong.text-muted` INSIDE the body, portlet ids `…AssetPublisherPortlet_INSTANCE_{id}`,
  URLs `https://moh.gov.vn/-/{id}-{n}` (saved page team16utt/blog
  app/Views/client/6848045-2.html at dc8d2d7: a video-only article whose body holds
  only the date and a <video>, and whose og:title ends " - Bộ Y tế - Trang tin …");
* listings: `h3.asset-title a`, some items only in `onclick="location.href='…'"` or
  `data-href`; pages `?p_p_id=101_INSTANCE_{id}&…&_101_INSTANCE_{id}_delta=20&…_cur=N`
  (WebDB.sql category_info rows for /tin-tong-hop, /hoat-dong-cua-dia-phuong);
* feed `/rss/-/asset_publisher/7ng11fEWgASC/rss` (several repos); no sitemap evidence.
The host needs a lower OpenSSL security level (small DH key): a per-host fetcher setting.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .selectors import Layout
from .site import SiteAdapter

_PORTLET = re.compile(r"((?:com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet|101)"
                      r"_INSTANCE_[A-Za-z0-9]+)")
_PAGED = re.compile(r"_((?:com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet|101)"
                    r"_INSTANCE_[A-Za-z0-9]+)_cur=")
_ONCLICK = re.compile(r"""location(?:\.href)?\s*=\s*['"]([^'"]+)['"]""")


def listing_page(url: str, html: str, number: int) -> str | None:
    """Liferay asset-publisher paging: `_{portlet}_cur=N` on the listing's own URL."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    portlet = query.get("p_p_id") or next(iter(_PAGED.findall(html)), None)
    if portlet is None:
        m = _PORTLET.search(html)
        portlet = m.group(1) if m else None
    if portlet is None or not _PORTLET.fullmatch(portlet):
        return None
    query.update({"p_p_id": portlet, "p_p_lifecycle": "0",
                  f"_{portlet}_delta": query.get(f"_{portlet}_delta", "20"),
                  f"_{portlet}_cur": str(number)})
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def hidden_links(soup) -> list[str]:
    """List items whose link is only in `onclick="location.href='…'"` or `data-href`."""
    out = []
    for item in soup.select(".asset-abstract, .asset-entry, .news-item"):
        for el in [item, *item.find_all(True)]:
            if el.get("data-href"):
                out.append(el["data-href"].strip())
            m = _ONCLICK.search(el.get("onclick") or "")
            if m:
                out.append(m.group(1).strip())
    return out


def sniff(html: str) -> bool:
    head = html[:200_000]
    liferay = "101_INSTANCE_" in head or "AssetPublisherPortlet_INSTANCE_" in head
    return liferay and "Bộ Y tế" in head


ADAPTER = SiteAdapter(
    NAME="moh",
    HOSTS=("moh.gov.vn",),
    LAYOUT=Layout(
        name="moh",
        title=(".contentDetail h3.text-change-size", "h3.text-change-size", ".contentDetail h3",
               ".asset-full-content span.asset-title", "span.asset-title",
               ".header-title span"),
        sapo=(".journal-content-article .sapo", ".sapo", ".journal-content-article strong.text-muted",
              "strong.text-muted-ncov"),
        body=(".asset-full-content .journal-content-article", ".journal-content-article"),
        date=(".contentDetail .time-post", "p.time-post", "span.text-ngayxam-page"),
        junk=(".taglib-ratings-wrapper", ".asset-links", ".taglib-social-bookmarks",
              ".entry-links", ".asset-metadata", ".embed-responsive",
              "p[style*=right]", "p.text-right"),  # the right-aligned byline
    ),
    ARTICLE=re.compile(r"/-/asset_publisher/[\w-]+/content/[^/?#]+|/-/[^/?#]+$"),
    LISTING=".asset-abstract h3.asset-title a, .asset-abstract .asset-title a, h3.asset-title a",
    sniffer=sniff,
    pager=listing_page,
    link_finder=hidden_links,
)
