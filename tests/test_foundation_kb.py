"""Foundation: the KB file itself: migrations, pragmas, and all-or-nothing documents."""
from __future__ import annotations

import inspect
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlite_utils

from pipeline.kb import schema, store
from pipeline.records import Article, DateRef, Extraction, Figure, Organization

FACT_TABLES = ("mentions", "roles", "cooperations", "legal_documents", "figures", "dates")


def _files_latest() -> int:
    folder = Path(schema.__file__).parent / "migrations"
    return max(int(p.name[:4]) for p in folder.glob("[0-9][0-9][0-9][0-9]_*.sql"))


def test_fresh_kb_is_at_latest_migration_in_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "kb.sqlite"  # the parent folder is created too
    db = store.open_kb(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert schema.latest_version() == _files_latest()
        assert db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO mentions(document_id, entity_id, kind, sentence, start, "
                       "\"end\", surface) VALUES (987654, 'nope', 'organization', 0, 0, 1, 'x')")
        tables = set(db.table_names())
        assert {"documents", "entities", "aliases", "runs", "documents_fts", *FACT_TABLES} <= tables
    finally:
        db.close()
    # WAL is a property of the file: a plain connection sees it too.
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    conn.close()


def test_reopening_applies_nothing_new(tmp_path):
    path = tmp_path / "kb.sqlite"
    store.open_kb(path).close()
    before = sqlite3.connect(path)
    schema_before = before.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    before.close()

    store.open_kb(path).close()  # second open
    conn = sqlite3.connect(path)
    try:
        assert schema.migrate(conn) == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name"
                            ).fetchall() == schema_before
    finally:
        conn.close()


def test_old_kb_upgrades_in_place(tmp_path):
    path = tmp_path / "old.sqlite"
    first_version, _, first_sql = schema.migrations()[0]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(first_sql)
    conn.execute(f"PRAGMA user_version = {first_version}")
    conn.execute("INSERT INTO sources(name) VALUES ('old')")
    conn.execute("INSERT INTO documents(key, source_id, content_hash, text, title) "
                 "VALUES ('k', 1, 'h', 'Bệnh viện Bạch Mai', 't')")
    conn.close()

    db = store.open_kb(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert db.execute("SELECT text FROM documents").fetchall() == [("Bệnh viện Bạch Mai",)]
    finally:
        db.close()


# --- crash safety -----------------------------------------------------------------------

def _extraction(text: str, key: str, org: str, figure_text: str, value: float) -> Extraction:
    art = Article(source="test", title=text.split("\n", 1)[0], text=text,
                  url=f"https://example.vn/{key}", published="2024-05-01")
    o = text.index(org)
    f = text.index(figure_text)
    prov = dict(sentence=0, extractor="test", version="1", confidence=1.0)
    return Extraction(
        article=art, sentences=[(0, len(text))],
        organizations=[Organization(start=o, end=o + len(org), name=org, type="hospital",
                                    surface=org, **prov)],
        figures=[Figure(start=f, end=f + len(figure_text), text=figure_text, value=value,
                        unit="người", **prov)],
        dates=[DateRef(start=0, end=4, text=text[:4], date_start="2024", date_end="2024",
                       **prov)])


V1 = "Năm 2024, Bệnh viện Bạch Mai khám cho 1.200 người tại Nghệ An."
V2 = "Năm 2024, Bệnh viện Chợ Rẫy khám cho 3.400 người tại Long An."
OTHER = "Năm 2024, Bệnh viện Nhi Trung ương khám cho 500 người tại Hà Giang."


def _snapshot(db: sqlite_utils.Database) -> dict[str, list[tuple]]:
    tables = ("documents", "entities", "aliases", *FACT_TABLES)
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def _fail_on_figures(monkeypatch):
    """Make the figures insert raise: by then the documents row and mentions are written."""
    real = store._insert
    seen = []

    def insert(db, table, rows):
        if table == "figures":
            seen.append(table)
            raise RuntimeError("simulated crash while writing facts")
        return real(db, table, rows)

    monkeypatch.setattr(store, "_insert", insert)
    return seen


def test_failed_update_keeps_the_previous_version_intact(tmp_path, monkeypatch):
    db = store.open_kb(tmp_path / "kb.sqlite")
    try:
        doc_id, status = store.save_extraction(db, _extraction(V1, "a", "Bệnh viện Bạch Mai",
                                                               "1.200 người", 1200), "v1")
        assert status == "new"
        before = _snapshot(db)
        assert before["figures"] and before["mentions"]

        seen = _fail_on_figures(monkeypatch)
        with pytest.raises(RuntimeError, match="simulated crash"):
            store.save_extraction(db, _extraction(V2, "a", "Bệnh viện Chợ Rẫy", "3.400 người",
                                                  3400), "v1")
        assert seen, "the simulated fault was never reached"
        assert not db.conn.in_transaction
        assert _snapshot(db) == before
        assert db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0] == V1
        fts = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
        assert db.execute(fts, ["bach mai"]).fetchall() == [(doc_id,)]
        assert db.execute(fts, ["cho ray"]).fetchall() == []

        # The connection is still usable and the update goes through once the fault is gone.
        monkeypatch.undo()
        assert store.save_extraction(db, _extraction(V2, "a", "Bệnh viện Chợ Rẫy",
                                                     "3.400 người", 3400), "v1") == (doc_id, "updated")
        assert db.execute("SELECT value FROM figures").fetchall() == [(3400,)]
    finally:
        db.close()


def test_failed_new_document_leaves_nothing_behind(tmp_path, monkeypatch):
    db = store.open_kb(tmp_path / "kb.sqlite")
    try:
        store.save_extraction(db, _extraction(OTHER, "other", "Bệnh viện Nhi Trung ương",
                                              "500 người", 500), "v1")
        before = _snapshot(db)
        _fail_on_figures(monkeypatch)
        ex = _extraction(V1, "new", "Bệnh viện Bạch Mai", "1.200 người", 1200)
        with pytest.raises(RuntimeError):
            store.save_extraction(db, ex, "v1")
        assert db.execute("SELECT count(*) FROM documents WHERE key = ?",
                          [ex.article.key]).fetchone()[0] == 0
        assert _snapshot(db) == before  # no facts, entities or aliases for it either
    finally:
        db.close()


def test_killed_process_mid_document_leaves_no_partial_document(tmp_path):
    """A real crash (os._exit inside the transaction), then a fresh open of the file."""
    path = tmp_path / "kb.sqlite"
    db = store.open_kb(path)
    doc_id, _ = store.save_extraction(db, _extraction(V1, "a", "Bệnh viện Bạch Mai",
                                                      "1.200 người", 1200), "v1")
    before = _snapshot(db)
    db.close()

    script = "from pipeline.records import *\n" + inspect.getsource(_extraction) + textwrap.dedent(f"""
        import os
        from pipeline.kb import store
        V2 = {V2!r}
        real = store._insert
        def insert(db, table, rows):
            if table == "figures":
                os._exit(9)
            return real(db, table, rows)
        store._insert = insert
        db = store.open_kb({str(path)!r})
        store.save_extraction(db, _extraction(V2, "a", "Bệnh viện Chợ Rẫy", "3.400 người", 3400),
                              "v1")
        raise SystemExit("not reached")
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 9, proc.stderr

    db = store.open_kb(path)
    try:
        assert _snapshot(db) == before
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0] == V1
    finally:
        db.close()
