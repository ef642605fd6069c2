"""Fixture web sites on 127.0.0.1 for the scraper tests (real HTTP, no internet).

`Site` serves one host's files from corpus/sites/{host}/ (or from memory) with
ETag/Last-Modified and conditional GET, counts every request server-side, and
can be programmed with faults: status codes (500, 429 + Retry-After), delays,
stalls (until released), redirects and replaced bodies. Links to the real host
inside served text are rewritten to the loopback address, so a crawl never
leaves this machine. `Net` runs several sites and rewrites links between them.

A form POST (the VNPT portals' LoadArticle paging) is answered from the file named
by the path and the form fields in `FORM_KEYS`, as if they were the query string;
the other fields (page size, language, …) do not choose the answer.
"""
from __future__ import annotations

import email.utils
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

REPO = Path(__file__).resolve().parents[1]
CORPUS_SITES = REPO / "corpus" / "sites"
FIXTURE_SITES = REPO / "tests" / "data" / "sites"  # outlets outside the bundled corpus
TEXT_TYPES = {".htm": "text/html", ".html": "text/html", ".aspx": "text/html",
              ".xml": "application/xml", ".rss": "application/rss+xml",
              ".txt": "text/plain", ".json": "application/json"}
FIXED_DATE = "Mon, 04 Mar 2024 01:00:00 GMT"
FORM_KEYS = ("article_category_id", "page", "site_id")  # the fields that choose a POST answer


@dataclass
class Fault:
    """One programmed misbehaviour; `times=None` means every request."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    stall: threading.Event | None = None
    drip: float = 0.0  # seconds between body bytes (a slow-drip response)
    times: int | None = 1


@dataclass
class Hit:
    path: str
    status: int
    conditional: bool
    agent: str = ""
    method: str = "GET"
    form: dict[str, str] | None = None  # a POST's urlencoded fields
    content_type: str = ""              # of the request


class Site:
    """One fixture host. Use as a context manager or call stop()."""

    def __init__(self, host: str = "example.test", root: Path | None | str = "corpus",
                 validators: bool = True, charset: str | None = "utf-8",
                 bind: str = "127.0.0.1", also: tuple[str, ...] = ()) -> None:
        """`root="corpus"` serves corpus/sites/{host} (or tests/data/sites/{host} for the
        outlets outside the corpus); `also` adds more hosts (their files and links) to the
        same server: one loopback site, many layouts."""
        self.host = host
        hosts = (host, *also)
        if root == "corpus":
            self.roots = [site_root(h) for h in hosts]
        else:
            self.roots = [Path(root)] if root else []
        self.validators = validators
        self.charset = charset
        self.files: dict[str, tuple[bytes, str | None]] = {}  # path -> (body, content-type)
        self.exact: set[str] = set()  # paths whose content-type is sent exactly as given
        self.faults: dict[str, list[Fault]] = {}
        self.hits: list[Hit] = []
        self.stalled = threading.Event()  # set when a stall fault starts waiting
        self.rewrites: dict[str, str] = {}
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests the server ever saw at once
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((bind, 0), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://{bind}:{self.port}"
        for h in hosts:
            self.rewrites.update({f"https://{h}": self.base, f"http://{h}": self.base,
                                  f"https://www.{h}": self.base, f"http://www.{h}": self.base})
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    # ---- programming ---------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, body: bytes | str, content_type: str | None = "text/html",
            exact: bool = False) -> None:
        """Serve `body` at `path` (overrides a corpus file). `exact`: send the content type
        as given (e.g. "text/html" with no charset) instead of adding the site's charset."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self._lock:
            self.files[path] = (data, content_type)
            (self.exact.add if exact else self.exact.discard)(path)

    def fault(self, path: str, **kw) -> Fault:
        f = Fault(**kw)
        with self._lock:
            self.faults.setdefault(path, []).append(f)
        return f

    def redirect(self, path: str, location: str, status: int = 302, times: int | None = None) -> None:
        self.fault(path, status=status, headers={"Location": location}, times=times)

    def count(self, path: str | None = None, status: int | None = None) -> int:
        with self._lock:
            return sum(1 for h in self.hits if (path is None or h.path == path)
                       and (status is None or h.status == status))

    def statuses(self) -> Counter:
        with self._lock:
            return Counter(h.status for h in self.hits)

    def reset_counts(self) -> None:
        with self._lock:
            self.hits.clear()

    def stop(self) -> None:
        for faults in self.faults.values():
            for f in faults:
                if f.stall:
                    f.stall.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Site:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---- serving -------------------------------------------------------------------------

    def lookup(self, raw_path: str) -> tuple[bytes, str | None] | None:
        with self._lock:
            if raw_path in self.files:
                return self.files[raw_path]
            path = urlsplit(raw_path).path
            if path in self.files and "?" not in raw_path:
                return self.files[path]
        for candidate in self._candidates(raw_path):
            try:
                found = candidate.is_file()
            except OSError:  # a query too long for a file name: only its digest form exists
                found = False
            if found:
                ctype = TEXT_TYPES.get(candidate.suffix.lower(), "text/html")
                return candidate.read_bytes(), ctype
        return None

    def _candidates(self, raw_path: str) -> list[Path]:
        parts = urlsplit(raw_path)
        rel = unquote(parts.path).lstrip("/")
        out = []
        for root in self.roots:
            if not root.is_dir():
                continue
            if parts.query:  # only a file made for this query; never page 1 for page 2
                q = unquote(parts.query)
                found = [root / f"{rel}?{q}", root / rel / f"?{q}", root / f"{rel}__{_safe(q)}"]
            else:
                found = [root / rel, root / rel / "index.html"]
            out += [p for p in found if _inside(root, p)]
        return out

    def rewrite(self, data: bytes) -> bytes:
        for old, new in sorted(self.rewrites.items(), key=lambda kv: -len(kv[0])):
            data = data.replace(old.encode(), new.encode())
        return data


def site_root(host: str) -> Path:
    """Where a host's fixture pages live: the bundled corpus, else tests/data/sites."""
    return CORPUS_SITES / host if (CORPUS_SITES / host).is_dir() else FIXTURE_SITES / host


def _safe(text: str) -> str:
    """File-name form of a query (long ones by digest, as scripts/site_fixtures writes them)."""
    safe = "".join(c if c.isalnum() or c in "-_.=" else "_" for c in text)
    return safe if len(safe) <= 120 else "q" + hashlib.sha1(text.encode()).hexdigest()[:16]


def _inside(root: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        server_version = "fixture/1.0"

        def log_message(self, *args) -> None:  # quiet
            pass

        def handle(self) -> None:
            try:
                super().handle()
            except (BrokenPipeError, ConnectionResetError, socket.timeout):
                pass

        form: dict[str, str] | None = None

        def do_GET(self) -> None:
            self._counted(self.path)

        def do_POST(self) -> None:
            size = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(min(size, 1 << 20)).decode("utf-8", "replace")
            self.form = dict(parse_qsl(raw, keep_blank_values=True))
            chosen = "&".join(f"{k}={self.form[k]}" for k in FORM_KEYS if k in self.form)
            self._counted(urlsplit(self.path).path + (f"?{chosen}" if chosen else ""))

        def _counted(self, lookup: str) -> None:
            with site._lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            self._answered = False
            try:
                self._get(lookup)
            finally:
                self._done()

        def _done(self) -> None:
            """The request stops counting as in flight (once): called before the answer's
            first byte goes out, since once the client has it, it may send the next request
            at once, while a loaded machine keeps this thread from running (counted down
            after the write, a polite client's requests could look concurrent)."""
            if not self._answered:
                self._answered = True
                with site._lock:
                    site.in_flight -= 1

        def _get(self, lookup: str) -> None:
            conditional = bool(self.headers.get("If-None-Match") or
                               self.headers.get("If-Modified-Since"))
            fault = self._fault()
            if fault is not None:
                if fault.stall is not None:
                    site.stalled.set()
                    # released by the test, or by stop(); 300 s only bounds a forgotten one
                    # (60 s could run out mid-test on a loaded machine, ending the stall early)
                    fault.stall.wait(300)
                if fault.delay:
                    time.sleep(fault.delay)
                if fault.status is not None:
                    self._send(fault.status, fault.body, fault.headers, conditional)
                    return
            found = site.lookup(lookup)
            if found is None:
                if urlsplit(self.path).path == "/robots.txt":
                    self._send(404, b"not found", {"Content-Type": "text/plain"}, conditional)
                else:
                    self._send(404, b"<h1>404</h1>", {"Content-Type": "text/html"}, conditional)
                return
            body, ctype = found
            if ctype and (ctype.startswith("text/") or "xml" in ctype or "json" in ctype):
                body = site.rewrite(body)
            headers = {}
            if ctype:
                exact = urlsplit(self.path).path in site.exact or self.path in site.exact
                charset = site.charset if ctype == "text/html" and not exact else None
                headers["Content-Type"] = f"{ctype}; charset={charset}" if charset else ctype
            if site.validators:
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                headers["ETag"] = etag
                headers["Last-Modified"] = FIXED_DATE
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", {"ETag": etag}, conditional)
                    return
            self._send(200, body, headers, conditional, drip=fault.drip if fault else 0.0)

        def _fault(self) -> Fault | None:
            with site._lock:
                queue = site.faults.get(self.path) or site.faults.get(urlsplit(self.path).path)
                if not queue:
                    return None
                f = queue[0]
                if f.times is not None:
                    f.times -= 1
                    if f.times <= 0:
                        queue.pop(0)
                return f

        def _send(self, status: int, body: bytes, headers: dict[str, str], conditional: bool,
                  drip: float = 0.0) -> None:
            with site._lock:
                site.hits.append(Hit(self.path, status, conditional,
                                     self.headers.get("User-Agent", ""), self.command, self.form,
                                     self.headers.get("Content-Type", "")))
            self._done()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Date", email.utils.formatdate(usegmt=True))
            self.end_headers()
            if status == 304:
                return
            if drip:
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(drip)
            else:
                self.wfile.write(body)

    return Handler


class Net:
    """Several fixture sites whose cross-links (canonical, syndication) point at each other."""

    def __init__(self, *sites: Site) -> None:
        self.sites = list(sites)
        for a in self.sites:
            for b in self.sites:
                if a is not b:
                    a.rewrites.update({k: v for k, v in b.rewrites.items()
                                       if k not in a.rewrites})

    def __enter__(self) -> Net:
        return self

    def __exit__(self, *exc) -> None:
        for s in self.sites:
            s.stop()


# ---- running the real CLI -------------------------------------------------------------------

def ytekb_argv() -> list[str]:
    script = Path(sys.executable).parent / "ytekb"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("ytekb")
    return [found] if found else [sys.executable, "-m", "pipeline.cli"]


FAST = ("-s", "RETRY_BACKOFF=0.05", "-s", "RETRY_TOTAL=2", "-s", "READ_TIMEOUT=3",
        "-s", "CONNECT_TIMEOUT=3")


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    # a wide terminal unless a test asks for 80 columns: messages (lock held, errors) wrap to
    # $COLUMNS, and these tests read each one on one line
    env.setdefault("COLUMNS", "400")
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", "NO_COLOR": "1",
                "YTEKB_ALLOWED_HOSTS_ONLY": "1",  # belt and braces: never leave loopback
                "YTEKB_USE_ENV_PROXIES": "0"})
    return env


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def explain(self) -> str:
        return f"exit {self.code}\n--- stdout ---\n{self.stdout[-3000:]}\n" \
               f"--- stderr ---\n{self.stderr[-3000:]}"


def ytekb(*args, cwd: Path | None = None, timeout: float = 300) -> Run:
    """`ytekb ARGS`, run to its end; the timeout only guards a hang (as conftest.CLI_TIMEOUT):
    a loaded machine stretches CPU seconds many times over (`ytekb --help`, 0.5 CPU s, took
    6.5 s of wall time beside 8 busy sessions on 2 cores)."""
    proc = subprocess.run(ytekb_argv() + [str(a) for a in args], cwd=cwd, capture_output=True,
                          timeout=timeout, env=cli_env(), stdin=subprocess.DEVNULL)
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"),
               proc.stderr.decode("utf-8", "replace"))


def spawn(*args, cwd: Path | None = None, cli: list[str] | None = None) -> subprocess.Popen:
    """`ytekb ARGS` started in the background; `cli` replaces the command (holding.held_cli)."""
    return subprocess.Popen((cli or ytekb_argv()) + [str(a) for a in args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(),
                            stdin=subprocess.DEVNULL)


def kill9(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)


def query(db: Path, sql: str, *args) -> list:
    """Rows of a read-only query on a KB file (sqlite3.Row, by column name)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


# ---- the bundled corpus as one loopback site ---------------------------------------------------

def merged_sitemap(site: Site, extra: dict[str, str] | None = None) -> str:
    """One urlset with every corpus article (lastmod = its publication time), each host's
    listing page (a category page, as real sitemaps list them) and extra path -> lastmod."""
    import corpus

    entries = [f"<url><loc>{e['url']}</loc><lastmod>{e['published']}</lastmod></url>"
               for e in corpus.manifest()]
    entries += [f"<url><loc>https://{host}{info['listing']}</loc></url>"
                for host, info in corpus.SITES.items()]
    for path, lastmod in (extra or {}).items():
        entries.append(f"<url><loc>https://{site.host}{path}</loc><lastmod>{lastmod}</lastmod></url>")
    body = "\n".join(entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "\n</urlset>\n")


def corpus_site(**kw) -> Site:
    """All six corpus site layouts served from one 127.0.0.1 port (their paths never clash)."""
    hosts = [h.name for h in sorted(CORPUS_SITES.iterdir()) if h.is_dir()]
    return Site(hosts[0], also=tuple(hosts[1:]), **kw)
