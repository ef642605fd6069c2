"""Hostile and slow web servers on loopback for the network reliability tests.

`LoggedSite` serves fixed routes and logs every request's start and end on the
server side (the proof of politeness); `HeaderDripper` sends one header line
every few seconds and never finishes; `Silent` accepts and never answers (a hung
host), but for the paths it is given; `weak_tls` wraps a site in TLS that only
offers a 1024-bit Diffie-Hellman group; `gzip_bomb` builds a real 2 MB gzip file
that inflates to 2 GiB. `measured` runs a real process and reports its peak RSS
and CPU time from the kernel (wait4), not from the process itself.
"""
from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sites import cli_env, ytekb_argv


@dataclass
class Served:
    path: str
    start: float
    end: float
    status: int


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class LoggedSite:
    """A loopback site with fixed routes, a per-response delay and a server-side log."""

    def __init__(self, bind: str = "127.0.0.1", delay: float = 0.0,
                 tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.delay = delay
        self.log: list[Served] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((bind, 0), _handler(self))
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.base = f"{'https' if tls else 'http'}://{bind}:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            **kw) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **kw)

    def paths(self, at_least: int = 0, timeout: float = 5.0) -> list[str]:
        """Paths served, in the order the requests came in; waits (bounded) until `at_least`
        are logged, since the server logs a request in its own thread (so a quick client's
        next request can be logged before the one it followed)."""
        deadline = time.monotonic() + timeout
        while len(self.log) < at_least and time.monotonic() < deadline:
            time.sleep(0.01)
        with self._lock:
            return [s.path for s in sorted(self.log, key=lambda served: served.start)]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(site: LoggedSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            start = time.monotonic()
            with site._lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            status, served = 404, False

            def done() -> None:
                """Log the request as answered (once). Called before the first byte of the
                answer goes out: the client cannot have read it, and started its
                Crawl-delay, before then, however long a loaded machine keeps this thread
                from running afterwards (logged after the write, a late end made polite
                gaps look short and one-at-a-time requests look concurrent)."""
                nonlocal served
                if not served:
                    served = True
                    with site._lock:
                        site.in_flight -= 1
                        site.log.append(Served(self.path, start, time.monotonic(), status))

            try:
                if site.delay:
                    time.sleep(site.delay)
                route = site.routes.get(self.path) or Route(b"not found", "text/plain", 404)
                status = route.status
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for k, v in route.headers.items():
                    self.send_header(k, v)
                done()
                self.end_headers()   # (the headers go out here, with the body below)
                self.wfile.write(route.body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                done()

    return Handler


class _Listener:
    """A loopback listener that hands each connection to `_handle`, in its own thread."""

    def __init__(self, bind: str = "127.0.0.1") -> None:
        self.connections = 0
        self.sock = socket.create_server((bind, 0))
        self.port = self.sock.getsockname()[1]
        self.base = f"http://{bind}:{self.port}"
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self._stop.set()
        self.sock.close()


class HeaderDripper(_Listener):
    """Answers every connection with a status line, then one header line every
    `interval` seconds, forever: only a total deadline can end such a request."""

    def __init__(self, interval: float = 1.0, bind: str = "127.0.0.1") -> None:
        self.interval = interval
        super().__init__(bind)

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            n = 0
            while not self._stop.is_set():
                conn.sendall(f"X-Drip-{n}: {'.' * 20}\r\n".encode())
                n += 1
                self._stop.wait(self.interval)
        except OSError:
            pass
        finally:
            conn.close()


class Silent(_Listener):
    """Accepts every connection, reads the request and never answers, unless its path is
    in `answers` (path -> a whole HTTP response): a host that hangs after robots.txt and
    its feed. `paths` lists the paths asked, in order."""

    def __init__(self, answers: dict[str, bytes] | None = None, bind: str = "127.0.0.1") -> None:
        self.answers = answers or {}
        self.paths: list[str] = []
        self._held: list[socket.socket] = []
        super().__init__(bind)

    def _handle(self, conn: socket.socket) -> None:
        head = b""
        try:
            while b"\r\n\r\n" not in head and (chunk := conn.recv(4096)):
                head += chunk
        except OSError:
            return
        path = head.split(b" ", 2)[1].decode("ascii", "replace") if head.count(b" ") > 1 else ""
        self.paths.append(path)
        if path in self.answers:
            conn.sendall(self.answers[path])
            conn.close()
        else:
            self._held.append(conn)  # open, silent, until stop()

    def stop(self) -> None:
        super().stop()
        for conn in self._held:
            conn.close()


def gzip_bomb(members: int = 32, member_mib: int = 64) -> bytes:
    """A real gzip file of about 2 MB that inflates to members * member_mib MiB of
    zeros (2 GiB by default). Several members, as `cat a.gz b.gz` makes: valid
    gzip that every decompressor must inflate in full."""
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    member = b"".join(co.compress(zeros) for _ in range(member_mib)) + co.flush()
    return member * members


def slow_page(size: int = 8 * 2**20 - 4096) -> str:
    """An HTML page of `size` bytes built to be slow to read, within the download cap and
    the tag cap: 30,000 `span.date` bylines of date-like text (soup, selector and date
    lookups, trafilatura) cost about 7 CPU s to parse and far more to extract."""
    byline = '<span class="date">12/03/2024 12/03/2024 12 / 03 / 2024 99/99/9999</span>'
    head = ("<html><head><meta charset='utf-8'><title>Trang chậm</title>"
            "<meta property='og:type' content='article'></head><body><article>")
    return head + byline * ((size - len(head) - 30) // len(byline)) + "</article></body></html>"


def weak_tls(tmp: Path, ips: tuple[str, ...]) -> tuple[ssl.SSLContext, Path]:
    """A server context offering only DHE with a 1024-bit group (TLS 1.2), and the
    self-signed certificate (for `ips`) a client must trust explicitly."""
    cert, key, dh = tmp / "cert.pem", tmp / "key.pem", tmp / "dh1024.pem"
    san = ",".join(f"IP:{ip}" for ip in ips)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=ytekb-test",
                    "-addext", f"subjectAltName={san}"], check=True, capture_output=True,
                   timeout=60)
    subprocess.run(["openssl", "dhparam", "-dsaparam", "-out", str(dh), "1024"], check=True,
                   capture_output=True, timeout=60)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:@SECLEVEL=0")
    ctx.load_cert_chain(str(cert), str(key))
    ctx.load_dh_params(str(dh))
    return ctx, cert


@dataclass
class Measured:
    code: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    cpu_s: float
    wall_s: float

    def explain(self) -> str:
        return (f"exit {self.code}, {self.peak_rss_mb:.0f} MB, {self.cpu_s:.1f} CPU s\n"
                f"--- stdout ---\n{self.stdout[-3000:]}\n--- stderr ---\n{self.stderr[-3000:]}")


def measured(*args, cwd: Path | None = None, timeout: float = 120,
             argv: list[str] | None = None) -> Measured:
    """Run `ytekb ARGS` (or `argv`) as a real process; peak RSS and CPU come from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen((argv or ytekb_argv()) + [str(a) for a in args], cwd=cwd,
                                stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=cli_env())
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.send_signal(signal.SIGKILL)
                os.wait4(proc.pid, 0)
                raise TimeoutError(f"{args[:2]} still running after {timeout} s")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Measured(proc.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024,
                        usage.ru_utime + usage.ru_stime, wall)
