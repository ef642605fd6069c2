"""medinet.hochiminhcity.gov.vn and *.medinet.gov.vn (Sở Y tế TP. Hồ Chí Minh, ASP.NET).

Verified: article URLs `…-c{n}-{id}.aspx` and the current `…-cmobile{n}-{id}.aspx`;
hospital and district sub-sites (`bvquan5.medinet.gov.vn`,
`trungtamytegovap.medinet.gov.vn`, …) run the same platform (idx: links in several
repos); a search listing `https://medinet.gov.vn/tim-kiem?query=…&page=N` (idx).
A feed `https://medinet.gov.vn/rss/hotline.rss` is seen once; `/rss.xml` never.
NOT verified: the article markup. No public crawler of this platform was found, so
the selectors below are our guess; when they find nothing the generic extractor
carries the page and the run report warns once.
"""
from __future__ import annotations

import re

from .selectors import Layout
from .site import SiteAdapter


def sniff(html: str) -> bool:
    head = html[:200_000]
    return "__VIEWSTATE" in head and ("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH" in head
                                      or "news-detail" in head or "medinet" in head.lower())


ADAPTER = SiteAdapter(
    NAME="medinet",
    HOSTS=("medinet.hochiminhcity.gov.vn", "medinet.gov.vn"),
    LAYOUT=Layout(
        name="medinet",
        title=(".news-detail h1.title", ".news-detail h1", "h1.title"),
        sapo=(".news-detail .sapo", ".sapo"),
        body=(".news-detail #content", ".news-detail .content-detail", "#content.content-detail",
              ".content-detail"),
        date=(".news-detail .date", ".news-date"),
        junk=(".news-other", ".tin-khac"),
    ),
    ARTICLE=re.compile(r"-c(?:mobile)?\d+-\d+\.aspx$", re.IGNORECASE),
    LISTING=".item-news a, .list-news-cat a",
    sniffer=sniff,
)
