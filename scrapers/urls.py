"""URL hygiene: normal forms for dedup, and which addresses we may contact.

A crawler that follows redirects can be steered at internal services (cloud
metadata, routers, localhost admin pages). So every request and every redirect
hop goes through `UrlPolicy.check`: http(s) only, and no private, loopback or
link-local address unless the sources file or the command line named that host.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

SCHEMES = ("http", "https")
_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc", "zalo_", "mc_")


class Refused(Exception):
    """A URL the policy will not contact (scheme, private address, offsite)."""


def normalize(url: str, base: str | None = None) -> str:
    """Absolute URL without fragment or tracking parameters, host lower-cased."""
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    netloc = host
    if parts.port and not ((parts.scheme == "http" and parts.port == 80)
                           or (parts.scheme == "https" and parts.port == 443)):
        netloc = f"{host}:{parts.port}"
    query = parts.query
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(k.lower().startswith(_TRACKING) for k, _ in pairs):
        query = urlencode([(k, v) for k, v in pairs if not k.lower().startswith(_TRACKING)])
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


def netloc(url: str) -> str:
    """host[:port] without a leading www., the unit a site is identified by."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}:{parts.port}" if parts.port else host


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _is_public(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


class UrlPolicy:
    """Decides whether a URL may be requested. Named hosts bypass the address check."""

    def __init__(self, allowed_hosts: Iterable[str] = (), only_allowed: bool = False) -> None:
        self.allowed = {h.lower().strip("[]") for h in allowed_hosts if h}
        self.only_allowed = only_allowed
        self._resolved: dict[str, bool] = {}

    def allow(self, *urls_or_hosts: str) -> None:
        for item in urls_or_hosts:
            host = host_of(item) if "//" in item else item.lower().split(":")[0]
            if host:
                self.allowed.add(host.strip("[]"))

    def check(self, url: str) -> None:
        """Raise Refused unless `url` may be fetched."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in SCHEMES:
            raise Refused(f"{url}: only http(s) URLs are fetched")
        host = (parts.hostname or "").lower()
        if not host:
            raise Refused(f"{url}: no host")
        if host in self.allowed:
            return
        if self.only_allowed:
            raise Refused(f"{url}: host {host} is not named by the sources or --allow-host")
        if not self._public(host):
            raise Refused(f"{url}: {host} is a private, loopback or reserved address "
                          "(name it with --allow-host to permit)")

    def _public(self, host: str) -> bool:
        if host in self._resolved:
            return self._resolved[host]
        try:
            ipaddress.ip_address(host)
            ok = _is_public(host)
        except ValueError:
            if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
                ok = False
            else:
                try:
                    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
                    ok = bool(infos) and all(_is_public(i[4][0]) for i in infos)
                except (socket.gaierror, UnicodeError):
                    ok = True  # unresolvable: the request itself will fail cleanly
        self._resolved[host] = ok
        return ok


def redirect_allowed(old: str, new: str) -> bool:
    """http->https upgrades and same-scheme hops only; never https->http or other schemes."""
    a, b = urlsplit(old).scheme.lower(), urlsplit(new).scheme.lower()
    return b in SCHEMES and (a == b or (a, b) == ("http", "https"))
