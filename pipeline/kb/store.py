"""Writing to the knowledge base: one transaction per document.

A document is keyed by canonical URL (or path plus content hash). Saving an
unchanged document is a no-op; saving a changed one replaces all its facts in
the same transaction, so a crash never leaves half a document and a rerun never
duplicates facts.

Write transactions start with BEGIN IMMEDIATE: the write lock is taken before
the first read, so a writer waits for another (up to the busy timeout, with a
few retries) instead of failing when its snapshot went stale, which is what a
deferred BEGIN does in WAL mode ("database is locked" long before the timeout).
"""
from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.records import Article, Extraction

from . import DEFAULT_DB
from .schema import migrate

if TYPE_CHECKING:  # sqlite_utils imports numpy: only commands that write pay for it
    import sqlite_utils

FACT_TABLES = ("mentions", "roles", "cooperations", "legal_documents", "figures", "dates")
BUSY_TIMEOUT_S = 30.0
BEGIN_RETRIES = 2
# page cache of the writer's connection: SQLite's default (2 MB) is smaller than the
# pages a document touches across the KB's indexes once it holds a few hundred
# documents; 64 MB stores about 10% faster (scripts/bench_ingest.py) and is only
# allocated as pages are read
CACHE_KIB = 64 * 1024
# WAL pages before the writer copies them back into the KB file (SQLite's default is
# 1,000, about 18 documents). A checkpoint rewrites every page the WAL holds and syncs
# twice; the hot pages (index leaves, FTS segments, page 1) are in nearly every commit,
# so fewer checkpoints write each of them back once instead of many times. 10,000
# pages (a WAL of up to 40 MB): 800 documents store with 9% fewer page writes and 26
# fdatasync instead of 194 (scripts/bench_ingest.py, strace -c). Each commit is still
# its own transaction in the WAL: the checkpoint interval changes no guarantee.
WAL_AUTOCHECKPOINT_PAGES = 10_000


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def open_kb(path: Path | str = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating and migrating) a KB file in WAL mode with foreign keys on."""
    import sqlite_utils

    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    _retry_busy(lambda: conn.execute("PRAGMA journal_mode=WAL"))
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    return sqlite_utils.Database(conn)


def _busy(err: sqlite3.OperationalError) -> bool:
    return "locked" in str(err) or "busy" in str(err)


def _retry_busy(step: Any, retries: int = BEGIN_RETRIES) -> Any:
    """Run `step`; on "database is locked" (after the busy timeout) try again a few times."""
    for attempt in range(retries + 1):
        try:
            return step()
        except sqlite3.OperationalError as err:
            if not _busy(err) or attempt == retries:
                raise
            time.sleep(0.1 * 2 ** attempt)
    return None  # pragma: no cover


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: BEGIN IMMEDIATE (retried when busy), COMMIT or ROLLBACK.

    Nested use (inside another transaction) becomes a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    _retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"))
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    _retry_busy(lambda: conn.execute("COMMIT"))


def source_id(db: sqlite_utils.Database, name: str, adapter: str | None = None,
              base_url: str | None = None) -> int:
    db.execute("INSERT OR IGNORE INTO sources(name, adapter, base_url) VALUES (?,?,?)",
               [name, adapter, base_url])
    return db.execute("SELECT id FROM sources WHERE name = ?", [name]).fetchone()[0]


def document_state(db: sqlite_utils.Database, key: str) -> tuple[int, str, str | None] | None:
    """(id, content_hash, extractor_version) of a stored document, or None."""
    row = db.execute("SELECT id, content_hash, extractor_version FROM documents WHERE key = ?",
                     [key]).fetchone()
    return tuple(row) if row else None


def release_copy(db: sqlite_utils.Database, key: str) -> None:
    """A stored copy whose text no longer matches its original becomes a document of its own:
    no `duplicate_of`, no copy links, and a blank hash so its facts are written. `save_extraction`
    calls it in the transaction that stores those facts, so a failed store leaves the copy as it was."""
    row = db.execute("SELECT id FROM documents WHERE key = ? AND duplicate_of IS NOT NULL", [key]).fetchone()
    if row:
        db.execute("UPDATE documents SET duplicate_of = NULL, content_hash = '' WHERE id = ?", [row[0]])
        db.execute("DELETE FROM document_links WHERE document_id = ?", [row[0]])


def is_current(db: sqlite_utils.Database, key: str, content_hash: str, version: str) -> bool:
    state = document_state(db, key)
    return bool(state and state[1] == content_hash and state[2] == version)


def document_row(db: sqlite_utils.Database, art: Article, **extra: Any) -> dict[str, Any]:
    """The documents row for an article (its source registered on the way)."""
    return {
        "key": art.key, "source_id": source_id(db, art.source), "url": art.url,
        "canonical_url": art.canonical_url, "path": art.path, "name": art.name,
        "title": art.title, "published": art.published, "fetched_at": art.fetched_at,
        "content_hash": art.content_hash, "text": art.text, **extra,
    }


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> int | None:
    """Insert rows that share their keys with one prepared statement; the last rowid."""
    if not rows:
        return None
    cols = tuple(rows[0])
    prepared = _INSERT_SQL.get((table, cols))
    if prepared is None:
        names = ", ".join(f'"{c}"' for c in cols)
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})'
        get = itemgetter(*cols) if len(cols) > 1 else (lambda r, c=cols[0]: (r[c],))
        prepared = _INSERT_SQL[(table, cols)] = (sql, get)
    sql, get = prepared
    conn = db.conn
    if len(rows) == 1:
        return conn.execute(sql, _cells(get(rows[0]))).lastrowid
    conn.executemany(sql, [_cells(get(r)) for r in rows])
    return None


_INSERT_SQL: dict[tuple[str, tuple[str, ...]], tuple[str, Any]] = {}
# what a column value is stored as it is; anything else goes through `_cell`
_PLAIN = frozenset({str, int, float, type(None), bool, bytes})


def _cells(values: tuple[Any, ...]) -> tuple[Any, ...] | list[Any]:
    """A row's values as stored: as they are, unless one needs `_cell` (checked by
    type in C, not by a call per value)."""
    return values if _PLAIN.issuperset(map(type, values)) else [_cell(v) for v in values]


def _cell(value: Any) -> Any:
    """What sqlite-utils stores for a Python value: lists and dicts as JSON."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_document(db: sqlite_utils.Database, row: dict[str, Any],
                   state: tuple[int, str, str | None] | None) -> tuple[int, str]:
    """Insert a document, or replace a stored one in place with its facts removed.

    Runs inside the caller's transaction, so the old facts and the new row
    change together or not at all."""
    if not state:
        return _insert(db, "documents", [row]), "new"
    doc_id = state[0]
    for table in FACT_TABLES:
        db.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
    sets = ", ".join(f'"{k}" = ?' for k in row)
    db.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*row.values(), doc_id])
    return doc_id, "updated"


def _prov(fact: Any) -> dict[str, Any]:
    return {"sentence": fact.sentence, "start": fact.start, "end": fact.end,
            "extractor": fact.extractor, "version": fact.version, "confidence": fact.confidence}


def save_extraction(db: sqlite_utils.Database, ex: Extraction, version: str,
                    page: dict[str, Any] | None = None,
                    force: bool = False) -> tuple[int, str]:
    """Store one document and its facts atomically; return (id, 'new'|'updated'|'unchanged').

    `force` replaces a stored copy even when its text and extractor version match."""
    from pipeline.resolve import prune

    art = ex.article
    with transaction(db):
        release_copy(db, art.key)
        state = document_state(db, art.key)
        if not force and state and state[1] == art.content_hash and state[2] == version:
            return state[0], "unchanged"
        cited = set()
        if state:
            _defer_timeline(db, state[0])
            cited = prune.cited_by(db, state[0])
        doc_id, status = write_document(db, document_row(db, art, province=ex.province,
                                                        extractor_version=version), state)
        if not state:
            _defer_timeline(db, doc_id)
        _write_facts(db, doc_id, ex)
        if cited:   # what only the replaced facts named leaves with them
            prune.prune(db, cited - prune.cited_by(db, doc_id))
        if page is not None:
            db["pages"].upsert(dict(page, document_id=doc_id), pk="document_id")
        fill_timeline(db, doc_id)
    return doc_id, status


def _defer_timeline(db: sqlite_utils.Database, doc_id: int) -> None:
    """The per-row timeline triggers skip this document until `fill_timeline` (0007)."""
    db.execute("INSERT OR IGNORE INTO timeline_deferred(document_id) VALUES (?)", [doc_id])


def fill_timeline(db: sqlite_utils.Database, doc_id: int) -> None:
    """A document's timeline_index rows, from the views, in one statement."""
    db.execute("DELETE FROM timeline_index WHERE document_id = ?", [doc_id])
    db.execute("INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys "
               "WHERE document_id = ?", [doc_id])
    db.execute("DELETE FROM timeline_deferred WHERE document_id = ?", [doc_id])


def _write_facts(db: sqlite_utils.Database, doc_id: int, ex: Extraction) -> None:
    from pipeline.resolve import Resolver

    date = (ex.article.published or "")[:10] or None
    # the document's province resolves bare names ("Sở Y tế"); its id and date
    # are recorded with each alias the resolver learns
    resolver = Resolver(db, province=ex.province, document_id=doc_id, date=date, batch=True)
    mentions, roles, coops = [], [], []
    org_ids: dict[str, str] = {}
    for org in ex.organizations:
        eid = resolver.organization(org.name, org.type, org.province, surface=org.surface)
        org_ids[org.name] = eid
        if org.full:
            org_ids.setdefault(org.full, eid)   # cooperation ends use the fullest written form
        mentions.append({"document_id": doc_id, "entity_id": eid, "kind": "organization",
                         "surface": org.surface or org.name, **_prov(org)})
    for off in ex.officials:
        # a position's organisation is resolved even when not listed as a mention
        org_id = (org_ids.get(off.organization) or resolver.endpoint(off.organization, ex.province)
                  if off.organization else None)
        pid = resolver.person(off.name, org_id, ex.province)
        mentions.append({"document_id": doc_id, "entity_id": pid, "kind": "person",
                         "surface": off.surface or off.name, **_prov(off)})
        roles.append({"document_id": doc_id, "person_id": pid, "title": off.title,
                      "organization_id": org_id, "organization": off.organization,
                      **off.date_fields(date), "former": int(off.former),
                      "honorifics": json.dumps(off.honorifics, ensure_ascii=False), **_prov(off)})
    for co in ex.cooperations:
        fid = org_ids.get(co.source) or resolver.endpoint(co.source, ex.province)
        tid = org_ids.get(co.target) or resolver.endpoint(co.target, ex.province)
        coops.append({"document_id": doc_id, "from_id": fid, "to_id": tid,
                      "from_name": co.source, "to_name": co.target, "kind": co.kind,
                      **co.date_fields(date), "text": co.text, **_prov(co)})
    resolver.finish()
    _insert(db, "mentions", mentions)
    _insert(db, "roles", roles)
    _insert(db, "cooperations", coops)
    _insert(db, "legal_documents", [
        {"document_id": doc_id, "kind": d.kind, "number": d.number, "issued": d.issued,
         "issuer": d.issuer, "issuer_id": org_ids.get(d.issuer or ""), "title": d.title,
         "text": d.text, **_prov(d)} for d in ex.legal_documents])
    _insert(db, "figures", [
        {"document_id": doc_id, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
         **f.date_fields(date), "text": f.text, **_prov(f)} for f in ex.figures])
    _insert(db, "dates", [
        {"document_id": doc_id, "text": d.text, "date_start": d.date_start,
         "date_end": d.date_end, **_prov(d)} for d in ex.dates])


def start_run(db: sqlite_utils.Database, command: str) -> int:
    with transaction(db):
        return _insert(db, "runs", [{"command": command, "started_at": utcnow(),
                                     "status": "running"}])


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, exit_code: int | None,
               stats: dict[str, Any], errors: list[dict[str, Any]]) -> None:
    with transaction(db):
        db.execute("UPDATE runs SET finished_at = ?, status = ?, exit_code = ?, stats = ?, "
                   "errors = ? WHERE id = ?",
                   [utcnow(), status, exit_code, json.dumps(stats, ensure_ascii=False),
                    json.dumps(errors, ensure_ascii=False), run_id])


def mark_interrupted(db: sqlite_utils.Database) -> list[int]:
    """Runs still 'running' died without finishing (kill -9, power cut, a crash).

    Only call this while holding the KB's run lock: then no other run is live."""
    with transaction(db):
        rows = [r[0] for r in db.execute("SELECT id FROM runs WHERE status = 'running'")]
        if rows:
            db.execute("UPDATE runs SET status = 'interrupted', exit_code = NULL, "
                       "finished_at = coalesce(finished_at, ?) WHERE id IN "
                       f"({','.join('?' * len(rows))})", [utcnow(), *rows])
    return rows


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    tables = ("documents", "sources", "entities", "aliases", "mentions", "roles",
              "cooperations", "legal_documents", "figures", "dates", "runs")
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def totals(db: sqlite_utils.Database) -> dict[str, int]:
    """What a run's summary and report say the KB holds: the row counts, and of the
    documents the copies (`duplicate_of` set: the same text as a stored one, no facts)."""
    return counts(db) | {"copies": db.execute(
        "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]}
