"""Bounded, streaming decompression for gzip/deflate bodies and `.xml.gz` sitemaps.

A 2 MB gzip file can hold gigabytes of zeros. `gzip.decompress` would build all
of it in memory, so every decompression here is streamed with `max_length` and
stops as soon as the output passes the same byte limit as a download
(`MAX_PAGE_BYTES`): memory stays near the limit whatever the ratio.
"""
from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b"
_STEP = 256 * 1024  # output produced per decompress call
MAX_LAYERS = 4       # stacked Content-Encodings undone; more is refused (no real server does)
_UNSUPPORTED = ("br", "zstd", "compress", "x-compress")


class TooLarge(ValueError):
    """Decompressed data went past the byte limit."""


class _Layer:
    """One content coding: gzip (several members allowed), deflate (zlib-wrapped or raw,
    as servers disagree) or anything else, which passes through."""

    def __init__(self, coding: str, limit: int) -> None:
        self.encoding = coding
        self.limit = limit
        self.total = 0
        self._obj: zlib._Decompress | None = None
        self._raw_deflate = False

    @property
    def identity(self) -> bool:
        return self.encoding not in ("gzip", "x-gzip", "deflate")

    @property
    def complete(self) -> bool:
        return self.identity or (self._obj is not None and self._obj.eof)

    def _new(self) -> zlib._Decompress:
        if self.encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        if self.identity:
            return self._count(data)
        if not data:
            return b""
        if self._obj is None:
            self._obj = self._new()
        out = []
        while data:
            try:
                part = self._obj.decompress(data, _STEP)
            except zlib.error:
                if self.encoding == "deflate" and not self._raw_deflate and self.total == 0:
                    self._raw_deflate, self._obj = True, None  # raw deflate without zlib header
                    return self.feed(data)
                raise
            out.append(self._count(part))
            data = self._obj.unconsumed_tail
            if self._obj.eof:
                data = self._obj.unused_data
                if data and self.encoding in ("gzip", "x-gzip") and data.lstrip(b"\0"):
                    self._obj = self._new()  # the next gzip member
                else:
                    break
        return b"".join(out)

    def flush(self) -> bytes:
        if self._obj is None:
            return b""
        return self._count(self._obj.flush())

    def _count(self, part: bytes) -> bytes:
        self.total += len(part)
        if self.total > self.limit:
            raise TooLarge(f"decompressed data over the {self.limit} byte limit")
        return part


class Inflater:
    """Feed compressed chunks, get decompressed bytes; raises TooLarge past `limit`.

    `encoding` is a Content-Encoding value, possibly stacked ("gzip, gzip": gzipped
    twice). Codings are undone last-applied first, streaming through one layer each,
    and every layer's output is held to `limit`, so a bomb inside a bomb is stopped
    as early as a plain one. More than `MAX_LAYERS` codings are refused.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in (encoding or "identity").split(",")]
        codings = [c for c in codings if c] or ["identity"]
        self.encoding = ", ".join(codings)
        self.limit = limit
        self.too_many = len(codings) > MAX_LAYERS
        self._layers = [_Layer(c, limit) for c in reversed(codings[:MAX_LAYERS])]

    @property
    def total(self) -> int:
        """Bytes produced so far by the outermost layer (the decoded body)."""
        return self._layers[-1].total

    @property
    def complete(self) -> bool:
        """Every compressed layer reached its end (False: truncated)."""
        return all(layer.complete for layer in self._layers)

    @property
    def identity(self) -> bool:
        """Anything but gzip/deflate passes through, as browsers do with junk values
        ("utf-8", "none"); `unsupported` names the codings we cannot read."""
        return all(layer.identity for layer in self._layers)

    @property
    def unsupported(self) -> bool:
        return self.too_many or any(layer.encoding in _UNSUPPORTED for layer in self._layers)

    def feed(self, data: bytes) -> bytes:
        for layer in self._layers:
            data = layer.feed(data)
        return data

    def flush(self) -> bytes:
        """The rest of every layer: what an inner layer still holds goes through the outer."""
        data = b""
        for layer in self._layers:
            data = layer.feed(data) + layer.flush()
        return data


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip file (an `.xml.gz` sitemap) to at most `limit` bytes.

    Raises TooLarge past the limit and ValueError for broken gzip data.
    """
    inflater = Inflater("gzip", limit)
    try:
        out = [inflater.feed(data[i:i + 65536]) for i in range(0, len(data), 65536)]
        out.append(inflater.flush())
    except zlib.error as err:
        raise ValueError(f"broken gzip: {err}") from None
    if not inflater.complete:
        raise ValueError("broken gzip: truncated")
    return b"".join(out)
