"""Writing to the knowledge base: one transaction per document.

A document is keyed by canonical URL (or path plus content hash). Saving an
unchanged document is a no-op; saving a changed one replaces all its facts in
the same transaction, so a crash never leaves half a document and a rerun never
duplicates facts.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from pipeline.records import Article, Extraction
from pipeline.resolve import Resolver

from .schema import migrate

DEFAULT_DB = Path("outputs") / "ytekb.sqlite"
FACT_TABLES = ("mentions", "roles", "cooperations", "legal_documents", "figures", "dates")


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def open_kb(path: Path | str = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating and migrating) a KB file in WAL mode with foreign keys on."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    migrate(conn)
    return sqlite_utils.Database(conn)


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


def write_document(db: sqlite_utils.Database, row: dict[str, Any],
                   state: tuple[int, str, str | None] | None) -> tuple[int, str]:
    """Insert a document, or replace a stored one in place with its facts removed.

    Runs inside the caller's transaction, so the old facts and the new row
    change together or not at all."""
    if not state:
        return db["documents"].insert(row).last_pk, "new"
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
                    page: dict[str, Any] | None = None) -> tuple[int, str]:
    """Store one document and its facts atomically; return (id, 'new'|'updated'|'unchanged')."""
    art = ex.article
    with db.atomic():
        state = document_state(db, art.key)
        if state and state[1] == art.content_hash and state[2] == version:
            return state[0], "unchanged"
        doc_id, status = write_document(db, document_row(db, art, province=ex.province,
                                                        extractor_version=version), state)
        _write_facts(db, doc_id, ex)
        if page is not None:
            db["pages"].upsert(dict(page, document_id=doc_id), pk="document_id")
    return doc_id, status


def _write_facts(db: sqlite_utils.Database, doc_id: int, ex: Extraction) -> None:
    date = (ex.article.published or "")[:10] or None
    # the document's province resolves bare names ("Sở Y tế"); its id and date
    # are recorded with each alias the resolver learns
    resolver = Resolver(db, province=ex.province, document_id=doc_id, date=date)
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
    db["mentions"].insert_all(mentions)
    db["roles"].insert_all(roles)
    db["cooperations"].insert_all(coops)
    db["legal_documents"].insert_all(
        {"document_id": doc_id, "kind": d.kind, "number": d.number, "issued": d.issued,
         "issuer": d.issuer, "issuer_id": org_ids.get(d.issuer or ""), "title": d.title,
         "text": d.text, **_prov(d)} for d in ex.legal_documents)
    db["figures"].insert_all(
        {"document_id": doc_id, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
         **f.date_fields(date), "text": f.text, **_prov(f)} for f in ex.figures)
    db["dates"].insert_all(
        {"document_id": doc_id, "text": d.text, "date_start": d.date_start,
         "date_end": d.date_end, **_prov(d)} for d in ex.dates)


def start_run(db: sqlite_utils.Database, command: str) -> int:
    with db.atomic():
        return db["runs"].insert({"command": command, "started_at": utcnow(),
                                  "status": "running"}).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, exit_code: int,
               stats: dict[str, Any], errors: list[dict[str, Any]]) -> None:
    with db.atomic():
        db["runs"].update(run_id, {"finished_at": utcnow(), "status": status,
                                   "exit_code": exit_code,
                                   "stats": json.dumps(stats, ensure_ascii=False),
                                   "errors": json.dumps(errors, ensure_ascii=False)})


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    tables = ("documents", "sources", "entities", "aliases", "mentions", "roles",
              "cooperations", "legal_documents", "figures", "dates", "runs")
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
