"""HTTP downloads that are polite, bounded and safe to point at the open web.

Redirects are followed here, one hop at a time, so every hop passes the URL
policy and robots.txt. Each hop holds its host's slot in the throttle for the
whole exchange (attempts, retry waits and body), so one host never sees two
requests from us at once, even when sources are crawled in parallel threads.
Each attempt runs under a total deadline covering connect, headers and body
(`TOTAL_TIMEOUT`, see transport.py); bodies are decompressed by us, streaming,
under the same byte cap as downloads (`MAX_PAGE_BYTES`, see inflate.py).
Retries and their waits are ours (retries.py), so Retry-After is budgeted.

`post` sends a form the same way (a listing's "load more" endpoint, e.g. the VNPT
portals' LoadArticle): same robots.txt check, host slot, delay, deadline and byte
cap, but never conditional, and its response is marked `method="POST"` so the
crawler never stores it as the GET validators of its URL.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin

import requests
import urllib3
from urllib3.util.retry import Retry

from . import retries as retry
from .causes import describe
from .encoding import DecodeError, decode
from .inflate import MAX_LAYERS, Inflater, TooLarge
from .politeness import Throttle
from .robots import Robots, RobotsCache
from .settings import Settings
from .stalls import StallBudget
from .transport import Adapter, Deadline, DeadlinePassed, quiet_urllib3
from .urls import Refused, UrlPolicy, host_of, redirect_allowed

log = logging.getLogger("ytekb.fetch")
RETRY_STATUSES = tuple(sorted(retry.RETRY_STATUSES))
REDIRECTS = (301, 302, 303, 307, 308)
KEEP_METHOD = (307, 308)  # other redirects continue as a GET without the body, as browsers do


class FetchError(Exception):
    """A download that failed after retries (status, timeout, size, too many redirects)."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.status = url, reason, status


class Blocked(FetchError):
    """Not attempted by choice: robots.txt or the address policy said no."""


class Unreachable(Blocked):
    """Not attempted because the site's robots.txt could not be read (DNS, refused, 5xx):
    a failure to report as an error with its real cause, not a choice."""


class HostSkipped(FetchError):
    """Not attempted: the host already spent its HOST_TIMEOUT_BUDGET this run. `why`
    says so without the URL, for one line per host however many URLs it skips."""

    def __init__(self, url: str, reason: str, host: str, why: str) -> None:
        super().__init__(url, reason)
        self.host, self.why = host, why


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: str
    redirects: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. invalid bytes replaced
    method: str = "GET"  # of the request that got this response (after redirects)
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
            self._text = decode(self.content, self.content_type or None,
                                origin=self.final_url, warn=self.warnings.append)
        return self._text

    @property
    def text(self) -> str:
        return self.decoded()[0]


@dataclass
class _Request:
    """One hop's request: method, conditional headers and (for POST) a form body."""

    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None


@dataclass
class _Exchange:
    """One hop's outcome inside the host slot: status, headers and (maybe) body."""

    status: int
    headers: dict[str, str]
    body: bytes = b""


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Fetcher:
    """One session per thread; `get` and `post` are the only ways the crawler touches
    the network.

    Fetchers of one run share the throttle, the URL policy, the robots.txt
    rules, the Retry-After budget and the hosts' timeout budgets (pass them in);
    counters are per fetcher.
    """

    def __init__(self, settings: Settings | None = None, policy: UrlPolicy | None = None,
                 throttle: Throttle | None = None, robots: RobotsCache | None = None,
                 waits: retry.WaitBudget | None = None,
                 stalls: StallBudget | None = None) -> None:
        self.settings = settings or Settings()
        self.policy = policy or UrlPolicy(only_allowed=self.settings.ALLOWED_HOSTS_ONLY)
        self.throttle = throttle or Throttle(self.settings.DOWNLOAD_DELAY)
        self.waits = waits or retry.WaitBudget(self.settings.RETRY_AFTER_BUDGET)
        self.stalls = stalls or StallBudget(self.settings.HOST_TIMEOUT_BUDGET)
        self.session = requests.Session()
        self.session.trust_env = bool(self.settings.USE_ENV_PROXIES)
        if self.settings.CA_BUNDLE:
            self.session.verify = str(self.settings.CA_BUNDLE)
        self.requests = 0  # requests sent, not counting retries
        self.retries = 0
        self.tls_hosts: dict[str, int] = {}
        for scheme in ("http://", "https://"):
            self.session.mount(scheme, self._adapter())
        self.session.headers.update({
            "User-Agent": self.settings.USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                      "application/rss+xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        })
        self.robots = Robots(self, enabled=self.settings.ROBOTS_OBEY, cache=robots)
        # our retries log their own one-line causes; urllib3's raw lines made inside our
        # requests stay off the console (only those: see transport.quiet_urllib3)
        quiet_urllib3()

    def _adapter(self, seclevel: int | None = None) -> Adapter:
        # retries are ours (see _exchange); urllib3 must neither retry nor log retries
        return Adapter(max_retries=Retry(0, read=False, redirect=False, raise_on_status=False),
                       pool_maxsize=4, seclevel=seclevel)

    def set_tls_seclevel(self, hosts: set[str] | list[str], level: int) -> None:
        """Use OpenSSL security level `level` for these hosts only (e.g. 1 for a small DH
        key). Mounted per host prefix, so no other host's TLS changes."""
        for host in hosts:
            if self.tls_hosts.get(host) == level:
                continue
            self.tls_hosts[host] = level
            adapter = self._adapter(level)
            self.session.mount(f"https://{host}/", adapter)
            self.session.mount(f"https://{host}:", adapter)

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
        return self._follow(url, _Request("GET", headers), check_robots)

    def post(self, url: str, form: dict[str, str], check_robots: bool = True) -> Response:
        """POST a urlencoded form under the same rules as `get` (never conditional)."""
        body = urlencode(form).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
        return self._follow(url, _Request("POST", headers, body), check_robots)

    def _follow(self, url: str, request: _Request, check_robots: bool) -> Response:
        """Send `request`, following redirects one checked hop at a time."""
        history: list[str] = []
        current = url
        while True:
            self._admit(current, check_robots)
            got = self._exchange(current, request)
            location = got.headers.get("location")
            if got.status in REDIRECTS and location:
                target = urljoin(current, location.strip())
                if len(history) >= self.settings.MAX_REDIRECTS:
                    raise FetchError(url, f"more than {self.settings.MAX_REDIRECTS} redirects")
                if not redirect_allowed(current, target):
                    raise Blocked(url, f"redirect to another scheme refused: {target}")
                history.append(current)
                current = target
                if request.method != "GET" and got.status not in KEEP_METHOD:
                    request = _Request("GET")
                continue
            if got.status >= 400:
                raise FetchError(url, f"HTTP {got.status}", status=got.status)
            return Response(url=url, final_url=current, status=got.status, headers=got.headers,
                            content=got.body, fetched_at=_now(), redirects=history,
                            method=request.method)

    def _admit(self, url: str, check_robots: bool) -> None:
        try:
            self.policy.check(url)
        except Refused as err:
            raise Blocked(url, str(err)) from None
        if check_robots and not self.robots.allowed(url):
            cause = self.robots.failure(url)
            if cause:
                raise Unreachable(url, f"site skipped this run: {cause}")
            raise Blocked(url, "disallowed by robots.txt")

    def _exchange(self, url: str, request: _Request) -> _Exchange:
        """One hop: attempts with retries, all inside the host's throttle slot. Time lost
        to timeouts is paid from the host's budget; a spent budget fails the hop at once."""
        s = self.settings
        host = host_of(url)
        if (why := self.stalls.spent(host)):  # no request, and no wait for the host's slot
            raise HostSkipped(url, self.stalls.spent_out(host) or why, host, why)
        self.requests += 1
        with self.throttle.slot(host):
            attempt = 0
            while True:
                if (spent := self.stalls.spent_out(host)):  # by another thread meanwhile
                    raise FetchError(url, spent)
                started = time.monotonic()
                try:
                    return self._attempt(url, request)
                except _Late:
                    self.stalls.spend(host, time.monotonic() - started)
                    raise
                except _Retryable as err:
                    left = self._lost(host, err, started)
                    if left <= 0:
                        raise FetchError(url, f"{err.reason}; {self.stalls.spent_out(host)}")
                    if attempt >= s.RETRY_TOTAL:
                        raise FetchError(url, err.final(), status=err.status) from None
                    started = time.monotonic()
                    retry.sleep(min(self._wait(url, err, attempt), left))
                    self._lost(host, err, started)
                    attempt += 1
                    self.retries += 1

    def _lost(self, host: str, err: _Retryable, started: float) -> float:
        """Charge a timed-out attempt (or the backoff after it) to the host's budget;
        the seconds the host may still cost (inf after any other failure)."""
        if not err.timeout:
            return float("inf")
        self.stalls.spend(host, time.monotonic() - started)
        return self.stalls.left(host)

    def _wait(self, url: str, err: _Retryable, attempt: int) -> float:
        """Backoff, or the server's Retry-After (capped, and paid from the run's budget)."""
        s = self.settings
        asked = retry.retry_after(err.retry_after) if err.status in \
            retry.RETRY_AFTER_STATUSES else None
        if asked is None:
            return retry.backoff(s.RETRY_BACKOFF, s.RETRY_BACKOFF_MAX, attempt)
        wait = min(asked, s.RETRY_AFTER_MAX)
        if not self.waits.take(wait):
            raise FetchError(url, f"HTTP {err.status} with Retry-After {asked:g} s: not waiting, "
                             f"the run's Retry-After budget ({s.RETRY_AFTER_BUDGET:g} s, "
                             f"RETRY_AFTER_BUDGET) is spent", status=err.status)
        return wait

    def _attempt(self, url: str, request: _Request) -> _Exchange:
        """One request under the total deadline: connect, headers and body."""
        s = self.settings
        with Deadline(s.TOTAL_TIMEOUT) as deadline:
            try:
                resp = self.session.request(request.method, url, headers=request.headers,
                                            data=request.body, stream=True,
                                            allow_redirects=False,
                                            timeout=self.stalls.clip(
                                                host_of(url), s.CONNECT_TIMEOUT,
                                                s.READ_TIMEOUT))
            except DeadlinePassed:
                raise self._late(url) from None
            except requests.exceptions.RequestException as err:
                if deadline.expired:
                    raise self._late(url) from None
                if isinstance(err, requests.exceptions.SSLError):  # configuration: not transient
                    raise FetchError(url, describe(err, host_of(url))) from None
                if isinstance(err, (requests.exceptions.ConnectionError,
                                    requests.exceptions.Timeout)):
                    raise _Retryable(describe(err, host_of(url)), timeout=isinstance(
                        err, requests.exceptions.Timeout)) from None
                raise FetchError(url, f"request failed: {describe(err)}") from None
            try:
                if deadline.expired:  # cut mid-headers: http.client saw EOF as their end
                    raise self._late(url)
                got = _Exchange(resp.status_code, {k.lower(): v for k, v in resp.headers.items()})
                if got.status in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {got.status}", got.status,
                                     got.headers.get("retry-after"))
                if got.status < 300 and got.status != 204:
                    got.body = self._read(url, resp, got.headers, deadline)
                if deadline.expired:  # cut mid-body: what we have may be truncated
                    raise self._late(url)
                return got
            finally:
                resp.close()

    def _late(self, url: str) -> FetchError:
        return _Late(url, f"took over {self.settings.TOTAL_TIMEOUT:g} s "
                               "(TOTAL_TIMEOUT: connect, headers and body); not retried")

    def _read(self, url: str, resp: requests.Response, headers: dict[str, str],
              deadline: Deadline) -> bytes:
        """The body, decompressed by us, streaming: capped in bytes and in time."""
        limit = self.settings.MAX_PAGE_BYTES
        size = headers.get("content-length", "")
        if size.isdigit() and int(size) > limit:
            raise FetchError(url, f"{size} bytes is over the {limit} byte limit")
        inflater = Inflater(headers.get("content-encoding", "identity"), limit)
        if inflater.unsupported:  # we never ask for these; the bytes would be garbage
            raise FetchError(url, f"unsupported Content-Encoding {inflater.encoding!r}" + (
                f" (more than {MAX_LAYERS} codings)" if inflater.too_many else ""))
        raw = resp.raw
        chunks = []
        try:
            while True:
                chunk = raw.read1(65536, decode_content=False) if hasattr(raw, "read1") \
                    else raw.read(65536, decode_content=False)
                if not chunk:
                    break
                chunks.append(inflater.feed(chunk))
                if deadline.remaining() < 0:
                    raise self._late(url)
            chunks.append(inflater.flush())
        except TooLarge:
            raise FetchError(url, f"body over the {limit} byte limit"
                             + ("" if inflater.identity else " once decompressed")) from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError,
                OSError, ValueError) as err:
            if deadline.expired:
                raise self._late(url) from None
            raise FetchError(url, f"reading the body failed: {describe(err)}") from None
        return b"".join(chunks)


class _Late(FetchError):
    """A request cut by TOTAL_TIMEOUT (never retried; its time is a stall)."""


class _Retryable(Exception):
    """A failure worth another attempt: 5xx/429 or a connection problem (`timeout`: the
    host accepted, or was dialled, and kept silent)."""

    def __init__(self, reason: str, status: int | None = None,
                 retry_after: str | None = None, timeout: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after
        self.timeout = timeout

    def final(self) -> str:
        if self.status is not None:
            return f"HTTP {self.status}, gave up after retries"
        return f"{self.reason}, gave up after retries"


__all__ = ["Blocked", "DecodeError", "FetchError", "Fetcher", "HostSkipped", "Response",
           "Unreachable"]
