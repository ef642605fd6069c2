"""The HTTP transport under the fetcher: a total deadline per request, TLS per host.

Socket timeouts bound each wait for a byte, not a whole request: a server that
sends one header line every few seconds never trips them. So each request runs
under a `Deadline` whose watchdog shuts the connection's socket down when the
time is up, whether the request is connecting, waiting for headers or reading
the body. The connections register their sockets with the calling thread's
deadline through two small hooks on urllib3's connection classes.

Some government hosts still offer only a small Diffie-Hellman group, which
OpenSSL 3 refuses at its default security level. `Adapter(seclevel=1)` builds
a TLS context with `DEFAULT@SECLEVEL=1`; the fetcher mounts it for the hosts a
source names (`tls_seclevel`), never for others.

urllib3 logs raw lines ("Failed to parse headers …" with a traceback, "Connection
pool is full …") that the fetcher reports itself, in one line. They are dropped
only while a thread is inside one of our requests (under a `Deadline`): a program
that uses ytekb as a library keeps its own urllib3 logging as it configured it.
"""
from __future__ import annotations

import logging
import os
import socket
import ssl
import threading
import time
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()


class DeadlinePassed(Exception):
    """Raised (never retried) when a request would start or connect after its deadline."""


class Deadline:
    """`with Deadline(seconds):` every connection used inside is cut at the deadline."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = 0.0
        self.expired = False
        self._dups: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def __enter__(self) -> Deadline:
        self.end = time.monotonic() + self.seconds
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        _current.deadline = self
        return self

    def __exit__(self, *exc: object) -> None:
        _current.deadline = None
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            for dup in self._dups:
                dup.close()  # closes our duplicate descriptor only; the connection lives on
            self._dups.clear()

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def attach(self, sock: socket.socket) -> None:
        """Watch a connection's socket. A duplicate descriptor is kept, because TLS
        wrapping detaches the original object while the socket stays the same."""
        try:
            dup = socket.socket(sock.family, sock.type, sock.proto, fileno=os.dup(sock.fileno()))
        except OSError:
            return
        with self._lock:
            self._dups.append(dup)
            if self.expired:
                _cut(dup)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for dup in self._dups:
                _cut(dup)


def _cut(sock: socket.socket) -> None:
    """shutdown() wakes a thread blocked in recv() on the same socket (it reads EOF)."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def current() -> Deadline | None:
    return getattr(_current, "deadline", None)


_URLLIB3_LOGGERS = ("urllib3", "urllib3.connectionpool", "urllib3.connection",
                    "urllib3.response", "urllib3.poolmanager", "urllib3.util.retry")


class _OursOnly(logging.Filter):
    """Drops urllib3's warnings made inside our requests (with `-vv`, on `ytekb.fetch`
    DEBUG, they pass); every other record, including errors, passes unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        if current() is None or record.levelno >= logging.ERROR:
            return True
        return logging.getLogger("ytekb.fetch").isEnabledFor(logging.DEBUG)


_OURS_ONLY = _OursOnly()


def quiet_urllib3() -> None:
    """Install the filter on urllib3's loggers (idempotent; levels are left alone).
    Logger filters are not inherited, so each module's logger gets it."""
    for name in _URLLIB3_LOGGERS:
        logger = logging.getLogger(name)
        if _OURS_ONLY not in logger.filters:
            logger.addFilter(_OURS_ONLY)


class _DeadlineMixin:
    """Hooks: new sockets and reused ones are attached to the thread's deadline."""

    timeout: Any
    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        deadline = current()
        if deadline is not None:
            left = deadline.remaining()
            if left <= 0:
                raise DeadlinePassed("deadline passed before connecting")
            wait = self.timeout
            self.timeout = min(wait, left) if isinstance(wait, (int, float)) else left
        sock = super()._new_conn()  # type: ignore[misc]
        if deadline is not None:
            deadline.attach(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        deadline = current()
        if deadline is not None and self.sock is not None:  # a kept-alive connection
            deadline.attach(self.sock)
        return super().request(*args, **kwargs)  # type: ignore[misc]


class _Conn(_DeadlineMixin, HTTPConnection):
    pass


class _TlsConn(_DeadlineMixin, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Conn


class _TlsPool(HTTPSConnectionPool):
    ConnectionCls = _TlsConn


POOLS = {"http": _Pool, "https": _TlsPool}


def tls_context(seclevel: int) -> ssl.SSLContext:
    """A verifying client context at an explicit OpenSSL security level."""
    ctx = ssl.create_default_context()
    ctx.set_ciphers(f"DEFAULT@SECLEVEL={int(seclevel)}")
    return ctx


class Adapter(HTTPAdapter):
    """requests adapter whose pools use the deadline-aware connections.

    `seclevel` lowers (or raises) the OpenSSL security level for the hosts this
    adapter is mounted on; None keeps the platform default.
    """

    def __init__(self, *args: Any, seclevel: int | None = None, **kwargs: Any) -> None:
        self.seclevel = seclevel
        super().__init__(*args, **kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        if self.seclevel is not None:
            pool_kwargs["ssl_context"] = tls_context(self.seclevel)
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        if self.seclevel is not None:
            proxy_kwargs.setdefault("ssl_context", tls_context(self.seclevel))
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(POOLS)
        return manager
