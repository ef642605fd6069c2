"""Site adapters, registered in one place.

Each site module builds one `SiteAdapter` (site.py): NAME, HOSTS (hostnames it owns),
`parse(html, url) -> ParsedPage | None` and its URL rules. None means its selectors
found no body, and the generic adapter takes over with a warning in the report; a
page with `skip` set means the body is there but holds no article (a video page),
and the page is skipped rather than handed to the generic adapter.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from . import generic
from .base import ParsedPage, soup_of

ADAPTERS: dict[str, Any] = {}


def register(adapter: Any) -> None:
    ADAPTERS[adapter.NAME] = adapter


def for_url(url: str | None) -> Any | None:
    host = (urlparse(url).hostname or "").lower() if url else ""
    for adapter in ADAPTERS.values():
        if any(host == h or host.endswith("." + h) for h in getattr(adapter, "HOSTS", ())):
            return adapter
    return None


def fallback_warning(name: str) -> str:
    return f"adapter {name}: selectors found no article body; used generic"


def parse_page(html: str, url: str | None = None, adapter: str | None = None) -> ParsedPage | None:
    """Parse with the named or URL-matched adapter, falling back to generic."""
    site = ADAPTERS.get(adapter) if adapter else None
    if site is None and not adapter:
        site = for_url(url)
        if site is None:
            site = _sniff(html)
    warnings = []
    if site is not None and site is not generic:
        page = site.parse(html, url)
        if page is not None and (page.skip or page.text.strip()):
            return page
        warnings.append(fallback_warning(site.NAME))
    page = generic.parse(html, url)
    if page is not None:
        page.warnings.extend(warnings)
    return page


def _sniff(html: str) -> Any | None:
    """Adapters may recognise their site's markup when no URL is known (local files)."""
    for adapter in ADAPTERS.values():
        if adapter.sniff(html):
            return adapter
    return None


__all__ = ["ADAPTERS", "ParsedPage", "fallback_warning", "for_url", "parse_page", "register",
           "soup_of"]


def _register_sites() -> None:
    """The bundled site adapters (one module per site; detail_cms is shared by three)."""
    from . import (baobackan, dantri, medinet, moh, soyte_hanoi, suckhoedoisong, thanhnien,
                   tuoitre, vnexpress, vnportal)

    for module in (moh, soyte_hanoi, suckhoedoisong, tuoitre, thanhnien, dantri, vnexpress,
                   medinet, vnportal, baobackan):
        register(module.ADAPTER)


_register_sites()
