"""Crawl-side KB writes: the HTTP cache, raw pages, duplicates and syndication.

Raw bytes are kept zlib-compressed in `pages.raw` with their fetch metadata, so
`ytekb reextract` never needs the network. A page whose text is already stored
under another URL of the same site is a duplicate (mapped, not stored again);
the same article on another site is stored as a row that points at the first
(`duplicate_of`, plus a 'syndicated' link) and carries no facts of its own, so
counts in the KB never double.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz

from pipeline.kb import store
from pipeline.records import Article

from .fetcher import Response

CACHE_COLUMNS = ("url", "etag", "last_modified", "status", "content_hash", "fetched_at",
                 "document_id", "kind", "source", "final_url", "lastmod", "error")


def cache_get(db: sqlite_utils.Database, url: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(CACHE_COLUMNS)} FROM http_cache WHERE url = ?",
                     [url]).fetchone()
    return dict(zip(CACHE_COLUMNS, row)) if row else None


def cache_put(db: sqlite_utils.Database, url: str, **fields: Any) -> None:
    """Insert or update one URL's validators (in its own short transaction)."""
    fields = {k: v for k, v in fields.items() if k in CACHE_COLUMNS}
    with db.atomic():
        if cache_get(db, url) is None:
            db["http_cache"].insert({"url": url, **fields})
        elif fields:
            sets = ", ".join(f'"{k}" = ?' for k in fields)
            db.execute(f"UPDATE http_cache SET {sets} WHERE url = ?", [*fields.values(), url])


def validators(resp: Response) -> dict[str, Any]:
    """A GET's ETag/Last-Modified; none for a POST (its answer depends on the form, so
    it must never make a later GET of the same URL conditional)."""
    if resp.method != "GET":
        return {"etag": None, "last_modified": None}
    return {"etag": resp.headers.get("etag"), "last_modified": resp.headers.get("last-modified")}


def page_row(resp: Response, encoding: str, adapter: str) -> dict[str, Any]:
    return {"url": resp.url, "final_url": resp.final_url, "status": resp.status,
            "content_type": resp.content_type, "encoding": encoding,
            "etag": resp.headers.get("etag"), "last_modified": resp.headers.get("last-modified"),
            "fetched_at": resp.fetched_at, "adapter": adapter,
            "raw": zlib.compress(resp.content, 6)}


def ensure_page(db: sqlite_utils.Database, doc_id: int, page: dict[str, Any]) -> None:
    """Keep a raw copy for documents first stored without one (e.g. from files)."""
    if db.execute("SELECT 1 FROM pages WHERE document_id = ?", [doc_id]).fetchone() is None:
        with db.atomic():
            db["pages"].insert(dict(page, document_id=doc_id))


def raw_page(db: sqlite_utils.Database, doc_id: int) -> tuple[bytes, dict[str, Any]] | None:
    row = db.execute("SELECT raw, content_type, final_url, url, adapter FROM pages "
                     "WHERE document_id = ?", [doc_id]).fetchone()
    if not row or row[0] is None:
        return None
    return zlib.decompress(row[0]), {"content_type": row[1], "url": row[2] or row[3],
                                     "adapter": row[4]}


def _words(title: str) -> list[str]:
    text = unicodedata.normalize("NFC", title or "")
    return re.findall(r"\w+", text)[:10]


def same_text(db: sqlite_utils.Database, article: Article) -> tuple[int, int | None] | None:
    """(document id, source id) of the first other document stored with exactly this text."""
    row = db.execute("SELECT id, source_id FROM documents WHERE content_hash = ? "
                     "AND key != ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
                     [article.content_hash, article.key]).fetchone()
    return (row[0], row[1]) if row else None


def find_original(db: sqlite_utils.Database, article: Article, source_id: int | None,
                  threshold: float, hint_key: str | None = None
                  ) -> tuple[int, str] | None:
    """(document id, 'duplicate'|'syndicated') when this text is already stored elsewhere."""
    key = article.key
    same = same_text(db, article)
    if same:
        doc_id, src = same
        return doc_id, ("duplicate" if src == source_id else "syndicated")
    candidates: dict[int, tuple[int, str]] = {}
    if hint_key and hint_key != key:
        for r in db.execute("SELECT id, source_id, text FROM documents WHERE key = ? "
                            "AND duplicate_of IS NULL", [hint_key]):
            candidates[r[0]] = (r[1], r[2])
    words = _words(article.title)
    if len(words) >= 3:
        phrase = '"' + " ".join(words) + '"'
        try:
            for r in db.execute(
                    "SELECT d.id, d.source_id, d.text FROM documents_fts f "
                    "JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH ? "
                    "AND d.key != ? AND d.duplicate_of IS NULL LIMIT 20",
                    [f"title : {phrase}", key]):
                candidates[r[0]] = (r[1], r[2])
        except Exception:  # an FTS syntax corner case must not fail the page
            pass
    for doc_id, (src, text) in sorted(candidates.items()):
        if src == source_id:
            continue
        if fuzz.ratio(article.text, text or "") >= threshold:
            return doc_id, "syndicated"
    return None


def save_copy(db: sqlite_utils.Database, article: Article, original_id: int,
              page: dict[str, Any] | None, relation: str = "syndicated") -> tuple[int, str]:
    """Store a copy (syndicated, or a `duplicate` file): a documents row pointing at the
    original, no facts."""
    with db.atomic():
        state = store.document_state(db, article.key)
        if state and state[1] == article.content_hash:
            doc_id, status = state[0], "unchanged"
        else:
            row = store.document_row(db, article, extractor_version=None, duplicate_of=original_id)
            doc_id, status = store.write_document(db, row, state)
        db.execute("INSERT OR IGNORE INTO document_links(document_id, other_id, relation) "
                   "VALUES (?, ?, ?)", [doc_id, original_id, relation])
        if page is not None:
            db["pages"].upsert(dict(page, document_id=doc_id), pk="document_id")
    return doc_id, status


def source_id_of(db: sqlite_utils.Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM sources WHERE name = ?", [name]).fetchone()
    return row[0] if row else None
