"""HTTP downloads that are polite, bounded and safe to point at the open web.

`requests` + urllib3 `Retry` handle backoff on 5xx/429 (Retry-After honoured),
timeouts and connection errors. Redirects are followed here, one hop at a time,
so every hop passes the URL policy and robots.txt. Bodies are streamed with a
size cap and a total deadline, so a huge or dripping response cannot stall a run.
"""
from __future__ import annotations

import inspect
import logging
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .encoding import DecodeError, decode
from .politeness import Throttle
from .robots import Robots
from .settings import Settings
from .urls import Refused, UrlPolicy, host_of, redirect_allowed

log = logging.getLogger("ytekb.fetch")
RETRY_STATUSES = (429, 500, 502, 503, 504)


class FetchError(Exception):
    """A download that failed after retries (status, timeout, size, too many redirects)."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.status = url, reason, status


class Blocked(FetchError):
    """Not attempted by choice: robots.txt or the address policy said no."""


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: str
    redirects: list[str] = field(default_factory=list)
    _text: tuple[str, str] | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def decoded(self) -> tuple[str, str]:
        """(NFC text, codec): header charset, then meta, then BOM, then detection."""
        if self._text is None:
            self._text = decode(self.content, self.content_type or None)
        return self._text

    @property
    def text(self) -> str:
        return self.decoded()[0]


def _retry(settings: Settings, fetcher: Fetcher) -> Retry:
    class CountingRetry(Retry):
        """urllib3 retries silently; count them so the run report can show them."""

        def increment(self, *args: Any, **kwargs: Any) -> Retry:
            fetcher.retries += 1
            return super().increment(*args, **kwargs)

    kw: dict[str, Any] = dict(
        total=settings.RETRY_TOTAL, connect=settings.RETRY_TOTAL, read=settings.RETRY_TOTAL,
        status=settings.RETRY_TOTAL, other=0, redirect=False,
        allowed_methods=frozenset({"GET", "HEAD"}), status_forcelist=RETRY_STATUSES,
        backoff_factor=settings.RETRY_BACKOFF, backoff_max=settings.RETRY_BACKOFF_MAX,
        respect_retry_after_header=True, raise_on_status=False, raise_on_redirect=False)
    if "retry_after_max" in inspect.signature(Retry.__init__).parameters:
        kw["retry_after_max"] = int(settings.RETRY_AFTER_MAX)
    return CountingRetry(**kw)


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Fetcher:
    """One session for a whole run; `get` is the only way the crawler touches the network."""

    def __init__(self, settings: Settings | None = None, policy: UrlPolicy | None = None,
                 throttle: Throttle | None = None) -> None:
        self.settings = settings or Settings()
        self.policy = policy or UrlPolicy(only_allowed=self.settings.ALLOWED_HOSTS_ONLY)
        self.throttle = throttle or Throttle(self.settings.DOWNLOAD_DELAY)
        self.session = requests.Session()
        self.session.trust_env = bool(self.settings.USE_ENV_PROXIES)
        self.requests = 0  # requests sent, not counting urllib3's retries
        self.retries = 0
        adapter = HTTPAdapter(max_retries=_retry(self.settings, self), pool_maxsize=4)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update({
            "User-Agent": self.settings.USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                      "application/rss+xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        })
        self.robots = Robots(self, enabled=self.settings.ROBOTS_OBEY)

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            check_robots: bool = True) -> Response:
        """GET with conditional headers; raises Blocked or FetchError. 304 is returned."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        history: list[str] = []
        current = url
        while True:
            self._admit(current, check_robots)
            resp = self._send(current, headers)
            location = resp.headers.get("location")
            if resp.status_code in (301, 302, 303, 307, 308) and location:
                resp.close()
                target = urljoin(current, location.strip())
                if len(history) >= self.settings.MAX_REDIRECTS:
                    raise FetchError(url, f"more than {self.settings.MAX_REDIRECTS} redirects")
                if not redirect_allowed(current, target):
                    raise Blocked(url, f"redirect to another scheme refused: {target}")
                history.append(current)
                current = target
                continue
            return self._finish(url, current, resp, history)

    def _admit(self, url: str, check_robots: bool) -> None:
        try:
            self.policy.check(url)
        except Refused as err:
            raise Blocked(url, str(err)) from None
        if check_robots and not self.robots.allowed(url):
            raise Blocked(url, "disallowed by robots.txt")

    def _send(self, url: str, headers: dict[str, str]) -> requests.Response:
        s = self.settings
        with self.throttle.slot(host_of(url)):
            self.requests += 1
            try:
                return self.session.get(url, headers=headers, stream=True, allow_redirects=False,
                                        timeout=(s.CONNECT_TIMEOUT, s.READ_TIMEOUT))
            except requests.exceptions.RetryError as err:
                raise FetchError(url, f"gave up after retries ({_cause(err)})") from None
            except requests.exceptions.Timeout as err:
                raise FetchError(url, f"timed out after retries ({_cause(err)})") from None
            except requests.exceptions.ConnectionError as err:
                raise FetchError(url, f"connection failed after retries ({_cause(err)})") from None
            except requests.exceptions.RequestException as err:
                raise FetchError(url, f"request failed: {_cause(err)}") from None

    def _finish(self, url: str, final: str, resp: requests.Response,
                history: list[str]) -> Response:
        s = self.settings
        headers = {k.lower(): v for k, v in resp.headers.items()}
        try:
            if resp.status_code == 304:
                body = b""
            else:
                size = int(headers.get("content-length") or 0)
                if size > s.MAX_PAGE_BYTES:
                    raise FetchError(url, f"{size} bytes is over the {s.MAX_PAGE_BYTES} byte limit")
                body = self._read(url, resp)
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as err:
            raise FetchError(url, f"reading the body failed: {_cause(err)}") from None
        finally:
            resp.close()
        if resp.status_code >= 400:
            raise FetchError(url, f"HTTP {resp.status_code}", status=resp.status_code)
        return Response(url=url, final_url=final, status=resp.status_code, headers=headers,
                        content=body, fetched_at=_now(), redirects=history)

    def _read(self, url: str, resp: requests.Response) -> bytes:
        s = self.settings
        deadline = time.monotonic() + s.TOTAL_TIMEOUT
        chunks, total = [], 0
        raw = resp.raw
        # read1 returns whatever arrived, so a dripping server still meets the deadline
        reader = ((lambda: raw.read1(65536, decode_content=True)) if hasattr(raw, "read1")
                  else iter(resp.iter_content(65536)).__next__)
        while True:
            try:
                chunk = reader()
            except StopIteration:
                break
            if not chunk:
                break
            total += len(chunk)
            if total > s.MAX_PAGE_BYTES:
                raise FetchError(url, f"body over the {s.MAX_PAGE_BYTES} byte limit")
            if time.monotonic() > deadline:
                raise FetchError(url, f"download took over {s.TOTAL_TIMEOUT:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


def _cause(err: BaseException) -> str:
    """The innermost reason, short: 'Read timed out', 'Connection refused', 'too many 500'."""
    inner: BaseException = err
    while True:
        nxt = getattr(inner, "reason", None) or (inner.args[0] if inner.args and
                                                  isinstance(inner.args[0], BaseException) else None)
        if not isinstance(nxt, BaseException) or nxt is inner:
            break
        inner = nxt
    text = str(inner)
    if "too many 5" in str(err) or "too many 429" in str(err):
        text = str(err)
    return text[:200]


__all__ = ["Blocked", "DecodeError", "FetchError", "Fetcher", "Response"]
