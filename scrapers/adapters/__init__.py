"""Site adapters, registered in one place.

Each adapter module has NAME, HOSTS (hostnames it owns) and
`parse(html, url) -> ParsedPage | None`; None means its selectors found
nothing, and the generic adapter takes over with a warning in the report.
"""
from __future__ import annotations

from types import ModuleType
from urllib.parse import urlparse

from . import generic
from .base import ParsedPage, soup_of

ADAPTERS: dict[str, ModuleType] = {}


def register(module: ModuleType) -> None:
    ADAPTERS[module.NAME] = module


def for_url(url: str | None) -> ModuleType | None:
    host = (urlparse(url).hostname or "").lower() if url else ""
    for module in ADAPTERS.values():
        if any(host == h or host.endswith("." + h) for h in getattr(module, "HOSTS", ())):
            return module
    return None


def parse_page(html: str, url: str | None = None, adapter: str | None = None) -> ParsedPage | None:
    """Parse with the named or URL-matched adapter, falling back to generic."""
    module = ADAPTERS.get(adapter) if adapter else None
    if module is None and not adapter:
        module = for_url(url)
        if module is None:
            module = _sniff(html)
    warnings = []
    if module is not None and module is not generic:
        page = module.parse(html, url)
        if page is not None and page.text.strip():
            return page
        warnings.append(f"adapter {module.NAME}: selectors found no article body; used generic")
    page = generic.parse(html, url)
    if page is not None:
        page.warnings.extend(warnings)
    return page


def _sniff(html: str) -> ModuleType | None:
    """Adapters may recognise their site's markup when no URL is known (local files)."""
    for module in ADAPTERS.values():
        sniff = getattr(module, "sniff", None)
        if sniff and sniff(html):
            return module
    return None


__all__ = ["ADAPTERS", "ParsedPage", "for_url", "parse_page", "register", "soup_of"]


def _register_sites() -> None:
    """The bundled site adapters (one module per site layout)."""
    from . import baobackan, medinet, moh, soyte_hanoi, suckhoedoisong, vnportal

    for module in (suckhoedoisong, moh, soyte_hanoi, medinet, vnportal, baobackan):
        register(module)


_register_sites()
