"""Bundled Vietnamese health-news corpus for ytekb.

The corpus is an importable package (not a loose fixture folder) so that it
ships as package data: after ``pip install`` the HTML pages, feeds, sitemaps
and ``manifest.json`` are installed next to this module, and ``ytekb run``
finds them through :data:`CORPUS_DIR` without needing the source checkout.
The same files are served over local HTTP by the crawler tests.
"""
from __future__ import annotations

import json
from pathlib import Path

__all__ = ["CORPUS_DIR", "SITES_DIR", "MANIFEST_PATH", "SITES", "manifest"]

CORPUS_DIR: Path = Path(__file__).resolve().parent
SITES_DIR: Path = CORPUS_DIR / "sites"
MANIFEST_PATH: Path = CORPUS_DIR / "manifest.json"

#: Crawl entry points per host (root-relative paths under ``sites/{host}/``).
SITES: dict[str, dict[str, str]] = {
    "suckhoedoisong.vn": {"source": "suckhoedoisong", "feed": "/rss/home.rss",
                          "sitemap": "/sitemap.xml", "listing": "/y-te.htm"},
    "moh.gov.vn": {"source": "moh", "feed": "/rss.xml",
                   "sitemap": "/sitemap.xml", "listing": "/tin-tong-hop/"},
    "soyte.hanoi.gov.vn": {"source": "soyte_hanoi", "feed": "/rss.xml",
                           "sitemap": "/sitemap.xml", "listing": "/tin-tuc-su-kien/"},
    "medinet.hochiminhcity.gov.vn": {"source": "medinet", "feed": "/rss.xml", "sitemap": "/sitemap.xml",
                                     "listing": "/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx"},
    "syt.nghean.gov.vn": {"source": "nghean", "feed": "/rss.xml",
                          "sitemap": "/sitemap.xml", "listing": "/tin-noi-bat/"},
    "baobackan.vn": {"source": "baobackan", "feed": "/feed.rss",
                     "sitemap": "/sitemap.xml", "listing": "/y-te/"},
}


def manifest() -> list[dict]:
    """Return the article records of ``manifest.json`` (one dict per article)."""
    with MANIFEST_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)
