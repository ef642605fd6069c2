"""What `ytekb serve` refuses before Datasette sees a request.

* A Host header that is not a loopback name (or the address the server was told
  to listen on): a web page on another site can point a DNS name it controls at
  127.0.0.1 ("DNS rebinding") and read the KB through the victim's browser; its
  requests carry that name as Host, so they get 400.
* Any method but GET, HEAD and OPTIONS: the served KB is read-only, so a POST
  (to a canned query, a table, anything) is 405 with an Allow header, never 500.

Memory: Datasette's SQL time limit stops long queries, but one call such as
`randomblob(900000000)` allocates before any time check; `limit_connection`
caps the size of any string or blob a query can build (SQLITE_LIMIT_LENGTH),
so such a query fails at once with "string or blob too big".
"""
from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARDS = frozenset({"0.0.0.0", "::", ""})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_VALUE_BYTES = 64 * 1024 * 1024   # > any stored article (downloads stop at 8 MiB)

ASGIApp = Callable[[dict[str, Any], Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]],
                   Awaitable[None]]


def host_name(header: str) -> str:
    """"127.0.0.1:8001" -> "127.0.0.1", "[::1]:8001" -> "::1", "LocalHost." -> "localhost"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    if header.count(":") == 1:
        header = header.split(":", 1)[0]
    return header.rstrip(".")


def allowed_hosts(bound: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """Loopback names, plus the address `serve --host` bound when it is a specific one."""
    names = set(LOOPBACK) | {host_name(h) for h in extra}
    if bound and host_name(bound) not in WILDCARDS:
        names.add(host_name(bound))
    return frozenset(names)


def host_ok(headers: Iterable[tuple[bytes, bytes]], allowed: frozenset[str]) -> bool:
    for name, value in headers:
        if name.lower() == b"host":
            host = host_name(value.decode("latin-1"))
            return host in allowed or host.endswith(".localhost")
    return True   # HTTP/1.0 without Host: no browser sends that, so no rebinding


async def _plain(send: Callable[..., Awaitable[Any]], status: int, message: str,
                 headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = (message + "\n").encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


def wrap(app: ASGIApp, allowed: frozenset[str]) -> ASGIApp:
    """`app` behind the Host and method checks."""
    async def guarded(scope: dict[str, Any], receive: Callable[..., Awaitable[Any]],
                      send: Callable[..., Awaitable[Any]]) -> None:
        if scope.get("type") == "http":
            if not host_ok(scope.get("headers", []), allowed):
                await _plain(send, 400, "ytekb serve answers only to localhost, 127.0.0.1 and "
                                        "[::1] (this Host header is not one of them)")
                return
            if scope.get("method", "GET").upper() not in SAFE_METHODS:
                await _plain(send, 405, "the ytekb knowledge base is served read-only: "
                                        "use GET", [(b"allow", b"GET, HEAD, OPTIONS")])
                return
        await app(scope, receive, send)
    return guarded


def limit_connection(conn: sqlite3.Connection) -> None:
    """Cap the size of any value a query can build (see the module docstring)."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
