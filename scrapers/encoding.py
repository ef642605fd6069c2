"""Bytes to clean NFC text for Vietnamese pages.

Order: the HTTP header's charset, then `<meta charset>`, then a BOM, then
detection. A declared UTF-8 is trusted unless most non-ASCII sequences are
invalid UTF-8 (a legacy page mislabelled); a few invalid bytes are replaced
and reported, never a reason to read the page as windows-1258.
windows-1258 spells tones as combining marks, so every result is NFC-normalised:
downstream matching and offsets assume precomposed letters.
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections.abc import Callable

log = logging.getLogger("ytekb.encoding")
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-:]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_ALIASES = {"utf8": "utf-8", "windows-1258": "cp1258", "x-cp1258": "cp1258",
            "vietnamese": "cp1258", "iso-8859-1": "cp1252", "latin-1": "cp1252",
            "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8"}


class DecodeError(ValueError):
    """Raised for content that is not text (binary, NULs)."""


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*([\w\-:]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


_CONTROLS = bytes(b for b in range(32) if b < 9 or 13 < b)   # not tab, newline, CR, FF, VT


def looks_binary(data: bytes) -> bool:
    """NULs or many control bytes in the first 8 KB mean this is not a text page."""
    head = data[:8192]
    if any(head.startswith(b) for b, _ in _BOMS[1:]):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))   # C speed, not a byte loop
    return len(head) > 0 and controls / len(head) > 0.05


def _vietnamese_score(text: str) -> float:
    """Share of letters that are Vietnamese-specific: picks cp1258 over cp1252."""
    viet = sum(1 for c in text if c in "ăâđêôơưĂÂĐÊÔƠƯ" or "\u0300" <= c <= "\u0323")
    odd = sum(1 for c in text if c in "ÃÂ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿" or c == "\ufffd")
    return (viet - 3 * odd) / max(1, len(text))


def decode(data: bytes, content_type: str | None = None, *, origin: str | None = None,
           warn: Callable[[str], None] | None = None) -> tuple[str, str]:
    """Decode page bytes; return (NFC text, codec used). Raises DecodeError.

    Bytes that are UTF-8 apart from a few invalid sequences are decoded as
    UTF-8 with U+FFFD in their place, and a warning with the count goes to
    `warn` (or, without it, to the `ytekb.encoding` log, naming `origin`):
    one bad byte must not turn a whole page into mojibake.
    """
    if not data:
        raise DecodeError("empty content")
    if looks_binary(data):
        raise DecodeError("binary content, not a text page")
    tried: list[str] = []
    header, meta = _codec(header_charset(content_type)), _meta_charset(data)
    if header == "cp1252" and meta and meta != header:
        header, meta = meta, header  # latin-1 is many servers' default, not the page's choice
    for declared in (header, meta):
        if declared and declared not in tried:
            tried.append(declared)
            if declared == "utf-8":
                utf8 = _mostly_utf8(data)
                if utf8 is None:
                    continue  # declared, but most non-ASCII bytes are not UTF-8
                return _replaced(utf8, "utf-8", origin, warn), "utf-8"
            try:
                text = data.decode(declared)
            except UnicodeDecodeError:
                continue
            if declared == "cp1252":
                declared, text = _maybe_cp1258(data, text)
            return _finish(text), declared
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(name, errors="replace")), name
    utf8 = _mostly_utf8(data)
    if utf8 is not None:
        return _replaced(utf8, "no charset", origin, warn), "utf-8"
    best = max(("cp1258", "cp1252"),
               key=lambda c: _vietnamese_score(data.decode(c, errors="replace")))
    return _finish(data.decode(best, errors="replace")), best


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, invalid sequences replaced) when the bytes read as UTF-8; None when more
    sequences are invalid than valid, i.e. the page is in a legacy codec."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad == 0:
        return text, 0
    good = sum(1 for c in text if c > "\x7f") - bad
    return (text, bad) if good >= bad else None


# what a replacement warning says (a run's summary counts the inputs whose warnings say it)
REPLACED = "invalid UTF-8 byte sequence"


def _replaced(decoded: tuple[str, int], declared: str, origin: str | None,
              warn: Callable[[str], None] | None) -> str:
    text, bad = decoded
    if bad:
        message = (f"{bad} {REPLACED}{'s' if bad > 1 else ''} replaced "
                   f"with U+FFFD (charset: {declared})")
        if warn is not None:
            warn(message)
        else:
            log.warning("%s: %s", origin or "decoded bytes", message)
    return _finish(text)


def _maybe_cp1258(data: bytes, text: str) -> tuple[str, str]:
    """A page declared latin-1/windows-1252 that reads as Vietnamese in windows-1258 is 1258."""
    alt = data.decode("cp1258", errors="replace")
    tones = sum(1 for c in alt if "\u0300" <= c <= "\u0323")
    if tones >= 3 and _vietnamese_score(alt) > _vietnamese_score(text) + 0.005:
        return "cp1258", alt
    return "cp1252", text


def _meta_charset(data: bytes) -> str | None:
    m = _META.search(data[:4096])
    return _codec(m.group(1).decode("ascii", "ignore")) if m else None


def _finish(text: str) -> str:
    return unicodedata.normalize("NFC", text.lstrip("\ufeff"))


def encode_cp1258(text: str) -> bytes:
    """Encode as windows-1258 the way legacy Vietnamese sites do: base letter
    precomposed, tone as a combining mark. Used to build test pages."""
    from extractors.textnorm import TONE_MARKS   # here: the extractors are heavy to import

    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        try:
            (base + tones).encode("cp1258")
            out.append(base + tones)
        except UnicodeEncodeError:
            out.append(ch)
    return "".join(out).encode("cp1258", errors="replace")
