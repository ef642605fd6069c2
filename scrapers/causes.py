"""One short, human line for a network failure: the cause, not the wrapper chain.

requests wraps urllib3 wraps socket errors, and their messages embed object
reprs ("<HTTPSConnection object at 0x7f..>: Failed to resolve ..."). A run
report should say "DNS lookup failed for moh.gov.vn (Name or service not
known)" so the first error line tells an operator what to fix.
"""
from __future__ import annotations

import socket
import ssl

import urllib3.exceptions as u3


def _chain(err: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (reason, args, __cause__, __context__)."""
    out: list[BaseException] = []
    todo = [err]
    while todo and len(out) < 20:
        e = todo.pop(0)
        if e in out:
            continue
        out.append(e)
        for nxt in (getattr(e, "reason", None), e.__cause__, e.__context__,
                    *(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))):
            if isinstance(nxt, BaseException):
                todo.append(nxt)
    return out


def _tls(err: BaseException, where: str) -> str:
    """'TLS failed for HOST: dh key too small (DH_KEY_TOO_SMALL); ...' with a hint."""
    reason = getattr(err, "reason", None) or ""
    text = getattr(err, "verify_message", None) or (
        err.args[1] if len(err.args) > 1 and isinstance(err.args[1], str) else str(err))
    text = text.split("] ", 1)[-1].split(" (_ssl.c", 1)[0]
    out = f"TLS failed{where}: {text}" + (f" ({reason})" if reason and reason not in text else "")
    if reason == "DH_KEY_TOO_SMALL":
        out += "; if you trust this host, set tls_seclevel = 1 for its source"
    return out


def describe(err: BaseException, host: str = "") -> str:
    """'DNS lookup failed for HOST (...)', 'connection refused', 'read timed out', ..."""
    chain = _chain(err)
    where = f" for {host}" if host else ""
    for e in chain:
        if isinstance(e, socket.gaierror):
            return f"DNS lookup failed{where} ({e.strerror or e})"
        if isinstance(e, ConnectionRefusedError):
            # before the loop below: urllib3 2's NewConnectionError, which wraps it, is a
            # ConnectTimeoutError too (was: a refused port read "connect timed out")
            return f"connection refused{where}"
    for e in chain:
        if isinstance(e, u3.NameResolutionError):
            return f"DNS lookup failed{where}"
        if isinstance(e, (ssl.SSLError, ssl.CertificateError)):
            return _tls(e, where)
        if isinstance(e, u3.ConnectTimeoutError):
            return f"connect timed out{where}"
        if isinstance(e, (u3.ReadTimeoutError, socket.timeout, TimeoutError)):
            return f"read timed out{where}"
        if isinstance(e, ConnectionResetError):
            return f"connection reset{where}"
    inner = chain[-1] if len(chain) > 1 else err
    text = str(inner) or type(inner).__name__
    if " object at 0x" in text and ">: " in text:
        text = text.split(">: ", 1)[1]
    return text[:200]
