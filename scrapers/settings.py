"""Named crawler settings with defaults and help text (Scrapy-style).

One table of knobs, so the sources file, environment (`YTEKB_<NAME>`), tests
and the command line all override the same names, and `--help`/README can list
them without drifting from the code.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    try:
        return version("ytekb")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("USER_AGENT", f"ytekb/{_version()} (+health-news knowledge base crawler; "
            "one request at a time)", "User-Agent header; names the tool."),
    Setting("ROBOTS_AGENT", "ytekb", "Agent token matched against robots.txt groups."),
    Setting("ROBOTS_OBEY", True, "Obey robots.txt (disallow rules and Crawl-delay)."),
    Setting("MAX_CRAWL_DELAY", 60.0, "Longest robots.txt Crawl-delay obeyed, in seconds; a "
            "longer one is capped, with a warning in the run report."),
    Setting("CONCURRENT_SOURCES", 8, "Sources crawled at the same time by `nightly` (threads). "
            "Each host still gets one request at a time with its delay; pages are stored "
            "by one writer at a time. 1 = one source after another."),
    Setting("DOWNLOAD_DELAY", 2.0, "Seconds between two requests to one host "
            "(a source's `delay`, robots Crawl-delay or --delay may change it)."),
    Setting("CONNECT_TIMEOUT", 10.0, "Seconds to wait for a TCP connection."),
    Setting("READ_TIMEOUT", 30.0, "Seconds to wait for the next byte of a response."),
    Setting("TOTAL_TIMEOUT", 120.0, "Seconds one request may take in all: connect, headers "
            "and body (slow drips). A request cut by it is not retried."),
    Setting("HOST_TIMEOUT_BUDGET", 120.0, "Seconds one host may cost in timeouts in one run "
            "(timed-out attempts, the backoff after them, TOTAL_TIMEOUT cuts), all threads "
            "together; once spent, its remaining URLs fail at once, so a hung site costs at "
            "most this. 0 = no limit."),
    Setting("MAX_PAGE_BYTES", 8 * 1024 * 1024, "Larger responses are abandoned; the same cap "
            "applies after decompression (gzip/deflate bodies, .xml.gz sitemaps)."),
    Setting("DOC_TIMEOUT", 60.0, "CPU seconds to parse and extract one crawled page (listing "
            "pages: to parse one), like --doc-timeout for files; a page over it is skipped "
            "with one error line and the crawl goes on. 0 = no limit."),
    Setting("MAX_REDIRECTS", 5, "Redirect hops followed before giving up."),
    Setting("RETRY_TOTAL", 3, "Retries after a 5xx, 429, timeout or connection error."),
    Setting("RETRY_BACKOFF", 1.0, "Exponential backoff factor in seconds (1, 2, 4, ...)."),
    Setting("RETRY_BACKOFF_MAX", 60.0, "Longest backoff sleep in seconds."),
    Setting("RETRY_AFTER_MAX", 300.0, "Longest Retry-After honoured; longer waits are capped."),
    Setting("RETRY_AFTER_BUDGET", 600.0, "Seconds of Retry-After waiting in one run, all hosts "
            "together; once spent, a URL answered with Retry-After fails at once."),
    Setting("MAX_PAGES", 200, "Article downloads per source per run (--max-pages)."),
    Setting("MAX_LISTING_PAGES", 10, "Listing pages followed per listing per run."),
    Setting("MAX_SITEMAPS", 50, "Child sitemaps read from one sitemap index per run."),
    Setting("REVISIT_WITHOUT_VALIDATORS", False, "Re-download seen articles whose server sent "
            "no ETag/Last-Modified and whose feed gave no newer date."),
    Setting("USE_ENV_PROXIES", True, "Honour HTTP(S)_PROXY/NO_PROXY and CA bundle variables."),
    Setting("CA_BUNDLE", "", "A PEM file of CA certificates to verify HTTPS with, instead of "
            "the bundled ones (a private mirror, a TLS-inspecting proxy)."),
    Setting("ALLOWED_HOSTS_ONLY", False, "Refuse every host not named by the sources file, "
            "the command line or --allow-host (mirrors, tests)."),
    Setting("SYNDICATION_SIMILARITY", 90.0, "Text similarity (0-100) above which two pages "
            "on different sites are one syndicated article."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def default(name: str) -> Any:
    """A setting's default, for code that runs without a Settings object."""
    return _BY_NAME[name].default


def _coerce(default: Any, value: Any) -> Any:
    """Environment values are strings; give them the default's type."""
    if not isinstance(value, str) or isinstance(default, str):
        return value
    if isinstance(default, bool):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(value)
    if isinstance(default, float):
        return float(value)
    return value


class Settings:
    """Resolved values: defaults < sources file < YTEKB_* environment < explicit overrides."""

    def __init__(self, values: dict[str, Any] | None = None, env: bool = True) -> None:
        self._values = {s.name: s.default for s in SETTINGS}
        self.update(values or {})
        if env:
            self.update({name: os.environ[f"YTEKB_{name}"] for name in _BY_NAME
                         if f"YTEKB_{name}" in os.environ})

    def update(self, values: dict[str, Any]) -> Settings:
        for key, value in values.items():
            name = key.upper()
            if name not in _BY_NAME:
                raise KeyError(f"unknown setting {key!r}; known: {', '.join(_BY_NAME)}")
            if value is not None:
                self._values[name] = _coerce(_BY_NAME[name].default, value)
        return self

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._values[name.upper()]
        except KeyError:
            raise AttributeError(name) from None

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


def describe() -> str:
    """Markdown table of every setting, for the README and `--help` epilogs."""
    rows = ["| setting | default | meaning |", "| --- | --- | --- |"]
    rows += [f"| `{s.name}` | `{s.default}` | {s.help} |" for s in SETTINGS]
    return "\n".join(rows)
