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

#: Crawl entry points per host (root-relative paths under ``sites/{host}/``), the same
#: paths as in scrapers/sources.toml: ``feed``/``sitemap`` are None where the site has no
#: evidenced feed or sitemap; ``pages`` is the listing's page-N template, if known.
SITES: dict[str, dict[str, str | None]] = {
    "suckhoedoisong.vn": {"source": "suckhoedoisong", "adapter": "suckhoedoisong",
                          "feed": "/rss/home.rss", "sitemap": "/sitemap.xml",
                          "listing": "/y-te.htm", "pages": "/timelinelist/1691474/{n}.htm"},
    "moh.gov.vn": {"source": "moh", "adapter": "moh",
                   "feed": "/rss/-/asset_publisher/7ng11fEWgASC/rss", "sitemap": None,
                   "listing": "/tin-tong-hop", "pages": None},
    "soyte.hanoi.gov.vn": {"source": "soyte_hanoi", "adapter": "soyte_hanoi", "feed": None,
                           "sitemap": None, "listing": "/tin-tuc-su-kien", "pages": None},
    "medinet.hochiminhcity.gov.vn": {"source": "medinet", "adapter": "medinet", "feed": None,
                                     "sitemap": None, "pages": None,
                                     "listing": "/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx"},
    "syt.nghean.gov.vn": {"source": "nghean", "adapter": "vnportal", "feed": None,
                          "sitemap": None, "listing": "/tin-noi-bat/",
                          "pages": "/tin-noi-bat/?pageindex={n}"},
    "baobackan.com.vn": {"source": "baobackan", "adapter": "baobackan", "feed": "/rss/home.rss",
                         "sitemap": None, "listing": "/y-te/", "pages": None},
}


def manifest() -> list[dict]:
    """Return the article records of ``manifest.json`` (one dict per article)."""
    with MANIFEST_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)
