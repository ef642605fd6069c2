"""One site's adapter: its layout and URL rules, in the shape the crawler asks for.

The crawler and discovery code look for these names on an adapter: NAME,
HOSTS, LISTING (CSS selector of the main list's links), parse(), sniff(),
is_article_url(), listing_page() (URL of listing page N) and listing_hrefs()
(links a listing hides in onclick/data-href). Site modules are data plus the
odd site-specific rule, so each builds one SiteAdapter.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .base import ParsedPage
from .selectors import Layout, parse_layout


@dataclass(frozen=True)
class SiteAdapter:
    NAME: str
    HOSTS: tuple[str, ...]
    LAYOUT: Layout
    ARTICLE: re.Pattern[str]
    LISTING: str | None = None
    sniffer: Callable[[str], bool] | None = None
    pager: Callable[[str, str, int], str | None] | None = None  # (url, html, n) -> page n
    link_finder: Callable[[object], list[str]] | None = None  # (soup) -> hrefs, or []

    def parse(self, html: str, url: str | None = None) -> ParsedPage | None:
        return parse_layout(html, url, self.LAYOUT)

    def sniff(self, html: str) -> bool:
        return bool(self.sniffer and self.sniffer(html))

    def is_article_url(self, url: str) -> bool:
        return bool(self.ARTICLE.search(url.split("?")[0].split("#")[0]))

    def listing_page(self, url: str, html: str, number: int) -> str | None:
        return self.pager(url, html, number) if self.pager else None

    def listing_hrefs(self, soup) -> list[str]:
        """Extra article links of a listing page that are not plain <a href>."""
        return self.link_finder(soup) if self.link_finder else []
