"""Reading local files (.html, .txt, .json) into Articles.

Bad files raise `ReadError` with a message a person can act on; the caller
logs and skips them so that good files in the same batch still land.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractors.textnorm import chrome_lines
from scrapers.encoding import DecodeError, decode

from .records import Article
from .validate import Invalid, check_date, parse_article_json, shown

MAX_BYTES = 8 * 1024 * 1024
SUFFIXES = {".html", ".htm", ".txt", ".json"}
# Plain-text exports may start with a metadata line: " date 2024-10 <title...>"
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")
NO_DATE = ("no publication date: its facts are dated only by their own sentences "
           "(give --published YYYY-MM-DD, or start the file with a line 'date YYYY-MM-DD')")


class ReadError(Exception):
    """A file that cannot become an article (empty, binary, too large, no text)."""


@dataclass(frozen=True)
class FileInput:
    """One input file and how to read it: picklable, so a worker process can read it."""

    path: str
    published: str | None = None
    source: str = "file"
    url: str | None = None

    @property
    def label(self) -> str:
        return shown(self.path)

    def read(self) -> Article:
        return read_article(Path(self.path), published=self.published, source=self.source,
                            url=self.url)

    def load(self) -> LoadedInput:
        """The file's bytes read here, so the parsing can run on another machine."""
        path = Path(self.path)
        return LoadedInput(self.path, read_bytes(path), self.published, self.source, self.url,
                           storable(path.resolve()))


@dataclass(frozen=True)
class LoadedInput:
    """A file already read into memory (for workers that cannot see the file)."""

    path: str
    data: bytes
    published: str | None = None
    source: str = "file"
    url: str | None = None
    resolved: str | None = None

    @property
    def label(self) -> str:
        return shown(self.path)

    def read(self) -> Article:
        return article_from_bytes(self.data, Path(self.path), self.resolved or self.path,
                                  self.published, self.source, self.url)


@dataclass(frozen=True)
class BadInput:
    """A path that could not even be listed (unreadable folder, symlink loop)."""

    path: str
    error: str

    @property
    def label(self) -> str:
        return shown(self.path)

    def read(self) -> Article:
        raise ReadError(self.error)


def storable(path: Path | str) -> str:
    """A path as text SQLite can store: bytes that were not UTF-8 become %NN (as in
    URLs; a backslash would read as a folder separator in the document's name)."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join(f"%{ord(c) - 0xDC00:02X}" if 0xDC80 <= ord(c) <= 0xDCFF else c
                       for c in text)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | BadInput]:
    """Files named directly, and files with a known suffix inside directories,
    sorted; a folder or entry that cannot be read is a `BadInput`, not a silent skip."""
    for p in paths:
        path = Path(p)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except FileNotFoundError:
            is_dir = False  # reading it says "no such file"
        except OSError as err:
            yield BadInput(str(path), f"{shown(path)}: cannot read ({_reason(err)})")
            continue
        if is_dir:
            skipped: list[Path] = []
            found = False
            for item in _walk(path, set(), skipped):
                found = True
                yield item
            if not found:
                # was: "documents: 0 new ... 0 failed" and exit 0, as if it had worked
                others = f" ({len(skipped)} other file{'s' if len(skipped) != 1 else ''})" \
                    if skipped else ""
                yield BadInput(str(path), f"{shown(path)}: no .html, .htm, .txt or .json file "
                                          f"in this folder{others}")
        else:
            yield path


def _walk(folder: Path, seen: set[tuple[int, int]], skipped: list[Path] | None = None
          ) -> Iterator[Path | BadInput]:
    """The readable files below `folder`, sorted; files of other kinds go to `skipped`."""
    try:
        st = folder.stat()
        if (st.st_dev, st.st_ino) in seen:  # a symlink back up the tree
            return
        seen.add((st.st_dev, st.st_ino))
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        yield BadInput(str(folder), f"{shown(folder)}: cannot read folder ({_reason(err)})")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            mode = entry.stat().st_mode  # follows symlinks
        except OSError as err:
            yield BadInput(str(path), f"{shown(path)}: cannot read ({_reason(err)})")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, seen, skipped)
        elif path.suffix.lower() in SUFFIXES:
            yield path if stat.S_ISREG(mode) else BadInput(
                str(path), f"{shown(path)}: not a regular file")
        elif skipped is not None:
            skipped.append(path)


def _reason(err: OSError) -> str:
    return err.strerror or type(err).__name__


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, with one clear ReadError for every way that fails."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ReadError(f"{shown(path)}: no such file") from None
    except OSError as err:
        raise ReadError(f"{shown(path)}: cannot read ({_reason(err)})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ReadError(f"{shown(path)}: is a folder with no readable files")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(f"{shown(path)}: not a regular file")
        if st.st_size == 0:
            raise ReadError(f"{shown(path)}: empty file")
        if st.st_size > max_bytes:
            raise ReadError(f"{shown(path)}: {st.st_size / 1e6:.1f} MB is over the "
                            f"{max_bytes / 1e6:.0f} MB limit")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        raise ReadError(f"{shown(path)}: cannot read ({_reason(err)})") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise ReadError(f"{shown(path)}: over the {max_bytes / 1e6:.0f} MB limit")
    return data


def read_article(path: Path, published: str | None = None, source: str = "file",
                 max_bytes: int = MAX_BYTES, url: str | None = None) -> Article:
    data = read_bytes(path, max_bytes)
    return article_from_bytes(data, path, storable(path.resolve()), published, source, url)


def article_from_bytes(data: bytes, path: Path, resolved: str, published: str | None,
                       source: str, url: str | None) -> Article:
    """Bytes of a .html, .txt or .json file -> an Article (its path stored as `resolved`)."""
    suffix = path.suffix.lower()
    said: list[str] = []   # bytes replaced: a warning of the article, so the run counts it
    try:
        text, _codec = decode(data, "text/html" if suffix in (".html", ".htm") else None,
                              origin=shown(path), warn=said.append)
    except DecodeError as err:
        raise ReadError(f"{shown(path)}: {err}") from None
    if suffix in (".html", ".htm") or (suffix not in (".txt", ".json") and looks_like_html(text)):
        article = _from_html(text, path, resolved, source, published, url)
    elif suffix == ".json":
        article = _from_json(text, path, resolved, source, published)
    else:
        article = _from_text(text, path, resolved, source, published)
    if said:
        article.meta["warnings"] = said + list(article.meta.get("warnings", []))
    return article


_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<meta|<!--|<body|<div)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Pages saved from sites keep their URL's ending (.aspx, none at all)."""
    return bool(_HTML_START.match(text[:2048]))


def _from_html(html: str, path: Path, resolved: str, source: str, published: str | None,
               url: str | None) -> Article:
    from scrapers.adapters import parse_page  # HTML parsing (trafilatura) only when needed

    page = parse_page(html, url)
    if page is None or not page.text.strip():
        raise ReadError(f"{shown(path)}: no article text found in the HTML")
    return Article(source=source, title=page.title, text=clean_text(page.text), url=url,
                   canonical_url=page.canonical_url, path=resolved,
                   published=published or page.published, raw=html,
                   meta={"adapter": page.adapter, "warnings": list(page.warnings)})


def _from_text(text: str, path: Path, resolved: str, source: str,
               published: str | None) -> Article:
    text = clean_text(text)
    warnings = []
    m = _DATE_MARKER.match(text)
    if m:
        try:
            published = published or check_date(m.group(1), "date line")
        except Invalid as err:
            warnings.append(f"{err}; ignored")
        text = text[m.end():]
    if not text.strip():
        raise ReadError(f"{shown(path)}: no text")
    if not published:
        warnings.append(NO_DATE)
    title = _title_of(text)
    return Article(source=source, title=title, text=text, path=resolved, published=published,
                   meta={"warnings": warnings})


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


def _from_json(raw: str, path: Path, resolved: str, source: str,
               published: str | None) -> Article:
    try:
        data = parse_article_json(raw)
    except Invalid as err:
        raise ReadError(f"{shown(path)}: {err}") from None
    pub = published or data["published"]
    if pub and "T" in pub:
        from scrapers.published import to_site_time

        pub = to_site_time(pub) or pub
    return Article(source=data["source"] or source, title=data["title"] or "",
                   text=clean_text(data["text"]), url=data["url"],
                   canonical_url=data["canonical_url"] or data["url"],
                   path=resolved, published=pub)


# invisible format characters a CMS or a copy from a word processor leaves inside words
# ("Việt Đức" written "V\u200biệt Đức", soft hyphens, a stray BOM): they split names for every
# matcher and show nothing, so they go before any offset is counted
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))


def strip_invisible(text: str) -> str:
    """`text` without zero-width spaces and joiners, word joiners, BOMs and soft hyphens.

    `str.translate` looks every character up in a dict (220 µs for a 2,600-char
    article, most of reading a .txt); few texts hold any of these, and six substring
    searches (3 µs) say so first."""
    if not any(c in text for c in _INVISIBLE_CHARS):
        return text
    return text.translate(_INVISIBLE)


def clean_text(text: str) -> str:
    """NFC, unified newlines, no trailing spaces, no invisible format characters: the form
    every offset refers to."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = strip_invisible(text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
