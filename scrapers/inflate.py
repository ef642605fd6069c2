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


class TooLarge(ValueError):
    """Decompressed data went past the byte limit."""


class Inflater:
    """Feed compressed chunks, get decompressed bytes; raises TooLarge past `limit`.

    `encoding` is a Content-Encoding value: gzip (several members allowed),
    deflate (zlib-wrapped or raw, as servers disagree) or identity.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = (encoding or "identity").split(",")[-1].strip().lower()
        self.limit = limit
        self.total = 0
        self._obj: zlib._Decompress | None = None
        self._raw_deflate = False

    @property
    def complete(self) -> bool:
        """The compressed stream reached its end (False: truncated)."""
        return self.identity or (self._obj is not None and self._obj.eof)

    @property
    def identity(self) -> bool:
        """Anything but gzip/deflate passes through, as browsers do with junk values
        ("utf-8", "none"); `unsupported` names the codings we cannot read."""
        return self.encoding not in ("gzip", "x-gzip", "deflate")

    @property
    def unsupported(self) -> bool:
        return self.encoding in ("br", "zstd", "compress", "x-compress")

    def _new(self) -> zlib._Decompress:
        if self.encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        if self.identity:
            return self._count(data)
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
