"""`ytekb reextract`: redo extraction from what the KB already holds, offline.

After an extractor (or adapter) upgrade, documents whose extractor_version is
not the current one are re-parsed from their stored raw page (zlib in
`pages.raw`) when there is one, else from their stored text, and their facts
are replaced in place. `--all` redoes every document. No network, ever.

The writer reads each document's row and compressed page from the KB and
hands them over as a `StoredInput`; decompressing, decoding, parsing and
extracting run in worker processes (or on a Dask cluster), which never see
the database. The results are stored in document order, one transaction each.
"""
from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import jobs
from pipeline.readers import MAX_BYTES, ReadError, clean_text
from pipeline.records import Article

log = logging.getLogger("ytekb.reextract")
COLUMNS = ("id", "key", "url", "canonical_url", "path", "title", "published", "fetched_at",
           "text", "source")


@dataclass(frozen=True)
class StoredInput:
    """One stored document, with its compressed raw page if it has one."""

    row: dict[str, Any]
    raw: bytes | None = None
    page: dict[str, Any] | None = None   # content_type, url, adapter

    @property
    def label(self) -> str:
        return self.row["key"]

    def read(self) -> Article:
        row = self.row
        text, title = row["text"], row["title"] or ""
        meta: dict[str, Any] = {"warnings": []}
        if self.raw is not None and self.page is not None:
            from . import adapters
            from .encoding import DecodeError, decode

            url = self.page["url"] or row["url"]
            named = f"stored page {url}" if url else "stored page"
            try:
                html, _ = decode(_inflate(self.raw), self.page["content_type"], origin=named,
                                 warn=lambda m: meta["warnings"].append(f"{named}: {m}"))
                name = self.page["adapter"]
                page = adapters.parse_page(html, url,
                                           adapter=name if name in adapters.ADAPTERS else None)
                if page is not None and page.text.strip():
                    text, title = clean_text(page.text), page.title or title
                    meta["adapter"] = page.adapter
                    meta["warnings"].extend(page.warnings)
            except (DecodeError, ReadError) as err:
                meta["warnings"].append(f"{named} unreadable: {err}")
        art = Article(source=row["source"] or "unknown", title=title, text=text, url=row["url"],
                      canonical_url=row["canonical_url"], path=row["path"],
                      published=row["published"], fetched_at=row["fetched_at"], meta=meta)
        if art.key != row["key"]:  # keys like text:<hash> follow the text: keep the stored one
            art = Article(source=art.source, title=row["title"] or "", text=row["text"],
                          url=row["url"], canonical_url=row["canonical_url"], path=row["path"],
                          published=row["published"], fetched_at=row["fetched_at"])
        return art


def _inflate(data: bytes) -> bytes:
    """zlib, capped at the download limit (a stored page is never bigger)."""
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, MAX_BYTES + 1)
    except zlib.error as err:
        raise ReadError(f"stored page is damaged ({err})") from None
    if len(out) > MAX_BYTES or d.unconsumed_tail:
        raise ReadError(f"stored page is over the {MAX_BYTES // 2**20} MB limit")
    return out


def _stored(db: Any, ids: list[int]) -> Iterator[StoredInput]:
    """Each document's row and raw page, read by the writer as the workers need them."""
    for doc_id in ids:
        row = db.execute(
            "SELECT d.id, d.key, d.url, d.canonical_url, d.path, d.title, d.published, "
            "d.fetched_at, d.text, s.name FROM documents d "
            "LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?", [doc_id]).fetchone()
        if row is None:
            continue
        page = db.execute("SELECT raw, content_type, final_url, url, adapter FROM pages "
                          "WHERE document_id = ?", [doc_id]).fetchone()
        if page and page[0] is not None:
            yield StoredInput(dict(zip(COLUMNS, row)), page[0],
                              {"content_type": page[1], "url": page[2] or page[3],
                               "adapter": page[4]})
        else:
            yield StoredInput(dict(zip(COLUMNS, row)))


def reextract(db_path: str | Path, everything: bool = False, lock_path: str | Path | None = None,
              progress: jobs.Progress | None = None, jobs_n: int = 1,
              doc_timeout: float = 0.0, wait: float = 0.0,
              on_wait: Callable[[str], None] | None = None,
              dask: str | None = None) -> jobs.Report:
    """Re-run extraction for stale (or all) documents; raises lock.Locked if a run is
    active (after waiting up to `wait` seconds)."""
    from pipeline.extract import VERSION
    from pipeline.kb.session import writing_run

    report = jobs.Report(command="reextract")
    with writing_run(db_path, "reextract", wait=wait, lock_path=lock_path,
                     on_wait=on_wait) as run:
        db = run.db
        report.run_id = run.run_id
        from pipeline.kb.store import transaction
        from pipeline.resolve import prune

        with transaction(db):   # ghosts an earlier reextract left (each document prunes its own)
            prune.prune(db)
        where = "d.duplicate_of IS NULL"
        params: list[Any] = []
        if not everything:
            where += " AND (d.extractor_version IS NULL OR d.extractor_version != ?)"
            params.append(VERSION)
        ids = [r[0] for r in db.execute(f"SELECT d.id FROM documents d WHERE {where} "
                                        "ORDER BY d.id", params).fetchall()]
        if not everything:
            # the documents already from this extractor version are unchanged (was: a KB of
            # current documents said "0 re-extracted, 0 unchanged", as if it were empty)
            report.documents["unchanged"] += db.execute(
                "SELECT count(*) FROM documents d WHERE d.duplicate_of IS NULL").fetchone()[0] \
                - len(ids)
        results = jobs.outcomes(_stored(db, ids), jobs_n, doc_timeout, dask=dask,
                                preload=len(ids) >= jobs.PRELOAD_AT)
        jobs.write(db, report, results, len(ids), progress, force=everything)
    return report
