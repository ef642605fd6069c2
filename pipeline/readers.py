"""Reading local files (.html, .txt, .json) into Articles.

Bad files raise `ReadError` with a message a person can act on; the caller
logs and skips them so that good files in the same batch still land.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractors.textnorm import chrome_lines
from scrapers.adapters import parse_page
from scrapers.encoding import DecodeError, decode
from scrapers.published import to_site_time

from .records import Article

MAX_BYTES = 8 * 1024 * 1024
SUFFIXES = {".html", ".htm", ".txt", ".json"}
# Plain-text exports may start with a metadata line: " date 2024-10 <title...>"
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")


class ReadError(Exception):
    """A file that cannot become an article (empty, binary, too large, no text)."""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and files with a known suffix inside directories, sorted."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_article(path: Path, published: str | None = None, source: str = "file",
                 max_bytes: int = MAX_BYTES, url: str | None = None) -> Article:
    if not path.exists():
        raise ReadError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{path}: empty file")
    if size > max_bytes:
        raise ReadError(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
    data = path.read_bytes()
    path = path.resolve()
    suffix = path.suffix.lower()
    try:
        text, _codec = decode(data, "text/html" if suffix in (".html", ".htm") else None,
                              origin=str(path))
    except DecodeError as err:
        raise ReadError(f"{path}: {err}") from None
    if suffix in (".html", ".htm") or (suffix not in (".txt", ".json") and looks_like_html(text)):
        return _from_html(text, path, source, published, url)
    if suffix == ".json":
        return _from_json(text, path, source, published)
    return _from_text(text, path, source, published)


_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<meta|<!--|<body|<div)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Pages saved from sites keep their URL's ending (.aspx, none at all)."""
    return bool(_HTML_START.match(text[:2048]))


def _from_html(html: str, path: Path, source: str, published: str | None,
               url: str | None) -> Article:
    page = parse_page(html, url)
    if page is None or not page.text.strip():
        raise ReadError(f"{path}: no article text found in the HTML")
    return Article(source=source, title=page.title, text=_clean(page.text), url=url,
                   canonical_url=page.canonical_url, path=str(path),
                   published=published or page.published, raw=html,
                   meta={"adapter": page.adapter, "warnings": page.warnings})


def _from_text(text: str, path: Path, source: str, published: str | None) -> Article:
    text = _clean(text)
    m = _DATE_MARKER.match(text)
    if m:
        published = published or m.group(1)
        text = text[m.end():]
    if not text.strip():
        raise ReadError(f"{path}: no text")
    title = _title_of(text)
    return Article(source=source, title=title, text=text, path=str(path), published=published)


_FIRST_SENTENCE = re.compile(r"^(.{20,160}?[.!?])(?:\s|$)")


def _title_of(text: str) -> str:
    """A plain-text article's title: its first line, cut at the first sentence end or 160 chars."""
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    chrome = {text[a:b].strip() for a, b in chrome_lines(text)}
    line = next((l for l in lines if l not in chrome and len(l) >= 12), lines[0])
    m = _FIRST_SENTENCE.match(line)
    if m:
        return m.group(1)
    if len(line) <= 160:
        return line
    cut = line[:160].rsplit(" ", 1)[0]
    return cut + "…"


def _from_json(raw: str, path: Path, source: str, published: str | None) -> Article:
    try:
        data = json.loads(raw)
    except ValueError as err:
        raise ReadError(f"{path}: invalid JSON ({err})") from None
    if not isinstance(data, dict) or not str(data.get("text") or "").strip():
        raise ReadError(f"{path}: JSON needs an object with a non-empty \"text\"")
    pub = published or data.get("published")
    if pub and "T" in str(pub):
        pub = to_site_time(str(pub)) or pub
    return Article(source=str(data.get("source") or source), title=str(data.get("title") or ""),
                   text=_clean(str(data["text"])), url=data.get("url"),
                   canonical_url=data.get("canonical_url") or data.get("url"),
                   path=str(path), published=pub)


def _clean(text: str) -> str:
    """NFC, unified newlines, no trailing spaces: the form every offset refers to."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
