"""`ytekb reextract`: redo extraction from what the KB already holds, offline.

After an extractor (or adapter) upgrade, documents whose extractor_version is
not the current one are re-parsed from their stored raw page (zlib in
`pages.raw`) when there is one, else from their stored text, and their facts
are replaced in place. `--all` redoes every document. No network, ever.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline import jobs
from pipeline.extract import VERSION
from pipeline.kb import store
from pipeline.records import Article

from . import adapters
from .crawl import _clean
from .encoding import DecodeError, decode
from .lock import RunLock, default_path
from .storage import raw_page

log = logging.getLogger("ytekb.reextract")
COLUMNS = ("id", "key", "url", "canonical_url", "path", "title", "published", "fetched_at",
           "text", "source")


def _article(db, row: dict[str, Any], report: jobs.Report) -> Article:
    text, title = row["text"], row["title"] or ""
    meta: dict[str, Any] = {"warnings": []}
    got = raw_page(db, row["id"])
    if got is not None:
        data, info = got
        try:
            html, _ = decode(data, info["content_type"])
            adapter = info["adapter"] if info["adapter"] in adapters.ADAPTERS else None
            page = adapters.parse_page(html, info["url"] or row["url"], adapter=adapter)
            if page is not None and page.text.strip():
                text, title = _clean(page.text), page.title or title
                meta = {"adapter": page.adapter, "warnings": page.warnings}
        except DecodeError as err:
            report.warnings.append({"item": row["key"], "warning": f"raw page unreadable: {err}"})
    art = Article(source=row["source"] or "unknown", title=title, text=text, url=row["url"],
                  canonical_url=row["canonical_url"], path=row["path"],
                  published=row["published"], fetched_at=row["fetched_at"], meta=meta)
    if art.key != row["key"]:  # keys like text:<hash> follow the text: keep the stored one
        art = Article(source=art.source, title=row["title"] or "", text=row["text"],
                      url=row["url"], canonical_url=row["canonical_url"], path=row["path"],
                      published=row["published"], fetched_at=row["fetched_at"])
    return art


def reextract(db_path: str | Path, everything: bool = False, lock_path: str | Path | None = None,
              progress: Callable[[int, int], None] | None = None) -> jobs.Report:
    """Re-run extraction for stale (or all) documents; raises lock.Locked if a run is active."""
    report = jobs.Report(command="reextract")
    with RunLock(lock_path or default_path(db_path)):
        db = store.open_kb(db_path)
        try:
            report.run_id = store.start_run(db, "reextract")
            where = "d.duplicate_of IS NULL"
            params: list[Any] = []
            if not everything:
                where += " AND (d.extractor_version IS NULL OR d.extractor_version != ?)"
                params.append(VERSION)
            ids = [r[0] for r in db.execute(f"SELECT d.id FROM documents d WHERE {where} "
                                            "ORDER BY d.id", params).fetchall()]
            for n, doc_id in enumerate(ids, 1):
                row = db.execute(
                    "SELECT d.id, d.key, d.url, d.canonical_url, d.path, d.title, d.published, "
                    "d.fetched_at, d.text, s.name FROM documents d "
                    "LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?", [doc_id]).fetchone()
                if row is None:
                    continue
                row = dict(zip(COLUMNS, row))
                try:
                    article = _article(db, row, report)
                except Exception as err:  # one bad stored page must not stop the batch
                    log.exception("re-reading %s", row["key"])
                    report.documents["failed"] += 1
                    report.errors.append({"item": row["key"], "error": f"{type(err).__name__}: {err}"})
                    continue
                if everything:  # force: mark stale first, so a crash here is redone next time
                    with db.atomic():
                        db.execute("UPDATE documents SET extractor_version = NULL WHERE id = ?",
                                   [doc_id])
                jobs.save_article(db, article, report, row["key"])
                if progress:
                    progress(n, len(ids))
            report.totals = store.counts(db)
            store.finish_run(db, report.run_id, "partial" if report.errors else "ok",
                             report.exit_code, {"documents": report.documents,
                                                "facts": report.facts, "totals": report.totals},
                             report.errors)
        finally:
            db.close()
    return report
