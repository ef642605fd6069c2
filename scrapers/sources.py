"""The sources file: which sites to crawl, where to discover articles, how politely.

TOML because people edit it by hand and `tomllib` is in the standard library.
Schema (see scrapers/README.md and the shipped `sources.toml`):

    [settings]                 # optional: any name from scrapers.settings
    DOWNLOAD_DELAY = 2.0

    [[source]]
    name = "suckhoedoisong"    # unique; recorded in the KB
    adapter = "suckhoedoisong" # site adapter, or "generic" (trafilatura)
    base_urls = ["https://suckhoedoisong.vn/"]
    feeds = ["https://suckhoedoisong.vn/rss/home.rss"]        # RSS or Atom
    sitemaps = ["https://suckhoedoisong.vn/sitemap.xml"]      # urlset or index
    listings = ["https://...", { url = "https://...", pages = "https://...?page={n}",
                                 max_pages = 5 }]
    delay = 3.0                # seconds between requests to this site
    timezone = "Asia/Ho_Chi_Minh"
    max_pages = 100            # article downloads per run
    enabled = true
    verified = true            # the adapter's selectors/URLs/feeds match public evidence
    notes = "..."              # what the evidence is, or what is missing
    tls_seclevel = 1           # only for hosts with weak TLS (a small DH key): this source's
                               # hosts get OpenSSL `DEFAULT@SECLEVEL=1`; off by default
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Ho_Chi_Minh"
_KEYS = {"name", "adapter", "base_urls", "base_url", "feeds", "sitemaps", "listings", "delay",
         "timezone", "max_pages", "enabled", "notes", "verified", "tls_seclevel"}


class SourcesError(ValueError):
    """The sources file is unreadable or breaks the schema (a usage error, exit 2)."""


@dataclass(frozen=True)
class Listing:
    url: str
    pages: str | None = None  # template with {n} for page 2, 3, ...; else links/rel=next
    max_pages: int | None = None


@dataclass(frozen=True)
class Source:
    name: str
    adapter: str = "generic"
    base_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[Listing, ...] = ()
    delay: float | None = None
    timezone: str = DEFAULT_TZ
    max_pages: int | None = None
    enabled: bool = True
    verified: bool | None = None  # None: not stated
    notes: str = ""
    tls_seclevel: int | None = None  # OpenSSL security level for this source's hosts only

    def urls(self) -> list[str]:
        return [*self.base_urls, *self.feeds, *self.sitemaps,
                *(l.url for l in self.listings), *(l.pages or "" for l in self.listings)]

    def hosts(self) -> set[str]:
        """Every host the file names for this source: allowed even when private (mirrors)."""
        return {(urlsplit(u).hostname or "").lower() for u in self.urls() if u} - {""}

    def netlocs(self) -> set[str]:
        from .urls import netloc

        return {netloc(u) for u in self.urls() if u}


@dataclass
class SourcesFile:
    sources: list[Source]
    settings: dict[str, Any] = field(default_factory=dict)
    path: str = ""

    def select(self, names: tuple[str, ...] | list[str] = ()) -> list[Source]:
        if not names:
            return [s for s in self.sources if s.enabled]
        known = {s.name: s for s in self.sources}
        missing = [n for n in names if n not in known]
        if missing:
            raise SourcesError(f"unknown source(s) {', '.join(missing)}; "
                               f"{self.path} has {', '.join(known) or 'none'}")
        return [known[n] for n in names]


def shipped_path() -> Path:
    return Path(str(resources.files("scrapers") / "sources.toml"))


def load(path: str | Path | None = None) -> SourcesFile:
    path = Path(path) if path else shipped_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"sources file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SourcesError(f"cannot read sources file {path}: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise SourcesError(f"{path}: invalid TOML: {err}") from None
    return parse(data, str(path))


def parse(data: dict[str, Any], where: str = "sources") -> SourcesFile:
    from .adapters import ADAPTERS
    from .settings import Settings

    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise SourcesError(f"{where}: [settings] must be a table")
    try:
        Settings(settings, env=False)
    except (KeyError, ValueError, TypeError) as err:
        raise SourcesError(f"{where}: [settings]: {err}") from None
    raw = data.get("source", data.get("sources", []))
    if not isinstance(raw, list):
        raise SourcesError(f"{where}: use [[source]] tables")
    out, seen = [], set()
    for i, item in enumerate(raw, 1):
        src = _source(item, f"{where}: source #{i}", ADAPTERS)
        if src.name in seen:
            raise SourcesError(f"{where}: source name {src.name!r} is used twice")
        seen.add(src.name)
        out.append(src)
    return SourcesFile(out, dict(settings), where)


def _source(item: Any, where: str, adapters: dict) -> Source:
    if not isinstance(item, dict):
        raise SourcesError(f"{where}: must be a table")
    unknown = set(item) - _KEYS
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where}: needs a non-empty name")
    where = f"{where} ({name})"
    adapter = item.get("adapter", "generic")
    if adapter != "generic" and adapter not in adapters:
        raise SourcesError(f"{where}: unknown adapter {adapter!r}; known: generic, "
                           + ", ".join(sorted(adapters)))
    base = item.get("base_urls", [item["base_url"]] if "base_url" in item else [])
    urls = {k: _url_list(item.get(k, []), f"{where}: {k}")
            for k in ("feeds", "sitemaps")}
    listings = tuple(_listing(x, f"{where}: listings") for x in _as_list(item.get("listings", [])))
    tz = item.get("timezone", DEFAULT_TZ)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise SourcesError(f"{where}: unknown timezone {tz!r}") from None
    delay = item.get("delay")
    if delay is not None and (not isinstance(delay, (int, float)) or delay < 0):
        raise SourcesError(f"{where}: delay must be a number of seconds >= 0")
    max_pages = item.get("max_pages")
    if max_pages is not None and (not isinstance(max_pages, int) or max_pages < 0):
        raise SourcesError(f"{where}: max_pages must be a whole number >= 0")
    verified, notes = item.get("verified"), item.get("notes", "")
    if verified is not None and not isinstance(verified, bool):
        raise SourcesError(f"{where}: verified must be true or false")
    if not isinstance(notes, str):
        raise SourcesError(f"{where}: notes must be a string")
    seclevel = item.get("tls_seclevel")
    if seclevel is not None and (type(seclevel) is not int or not 0 <= seclevel <= 5):
        raise SourcesError(f"{where}: tls_seclevel must be an OpenSSL security level 0-5")
    src = Source(name=name.strip(), adapter=adapter, tls_seclevel=seclevel,
                 base_urls=tuple(_url_list(base, f"{where}: base_urls")),
                 feeds=tuple(urls["feeds"]), sitemaps=tuple(urls["sitemaps"]), listings=listings,
                 delay=float(delay) if delay is not None else None, timezone=tz,
                 max_pages=max_pages, enabled=bool(item.get("enabled", True)),
                 verified=verified, notes=notes)
    if not (src.feeds or src.sitemaps or src.listings):
        raise SourcesError(f"{where}: needs at least one of feeds, sitemaps, listings")
    return src


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _url_list(value: Any, where: str) -> list[str]:
    out = []
    for u in _as_list(value):
        if not isinstance(u, str) or urlsplit(u).scheme not in ("http", "https") \
                or not urlsplit(u).hostname:
            raise SourcesError(f"{where}: {u!r} is not an http(s) URL")
        out.append(u)
    return out


def _listing(value: Any, where: str) -> Listing:
    if isinstance(value, str):
        return Listing(_url_list(value, where)[0])
    if not isinstance(value, dict) or "url" not in value:
        raise SourcesError(f"{where}: each listing is a URL or a table with url")
    pages = value.get("pages")
    if pages is not None and (not isinstance(pages, str) or "{n}" not in pages):
        raise SourcesError(f"{where}: pages must be a URL template containing {{n}}")
    return Listing(_url_list(value["url"], where)[0], pages, value.get("max_pages"))


def adhoc(name: str, sitemaps: tuple[str, ...] = (), feeds: tuple[str, ...] = (),
          starts: tuple[str, ...] = (), adapter: str = "generic") -> Source:
    """A source built from `ytekb crawl --sitemap/--feed/--start-url` (no sources file)."""
    return Source(name=name, adapter=adapter, sitemaps=tuple(sitemaps), feeds=tuple(feeds),
                  listings=tuple(Listing(u) for u in starts),
                  base_urls=tuple(sorted({f"{urlsplit(u).scheme}://{urlsplit(u).netloc}/"
                                          for u in (*sitemaps, *feeds, *starts)})))

