"""The KB writer's checkpoint interval: commits that live only in the WAL stay whole."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from pipeline.kb import store


def test_writer_checkpoints_rarely_and_close_folds_the_wal_in_s28(tmp_path):
    path = tmp_path / "kb.sqlite"
    db = store.open_kb(path)
    try:
        pages = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert pages == store.WAL_AUTOCHECKPOINT_PAGES > 1000
    finally:
        db.close()
    # the last connection's close checkpoints: the KB file alone holds everything
    assert not (tmp_path / "kb.sqlite-wal").exists()


_WRITER = textwrap.dedent("""
    import os, sys
    from pipeline.kb import store
    from pipeline.records import Article, Extraction, Figure
    db = store.open_kb(sys.argv[1])
    for i in range(int(sys.argv[2])):
        text = f"Bệnh viện số {i} khám cho {i + 100} người."
        art = Article(source="test", title=f"t{i}", text=text, url=f"https://example.vn/{i}",
                      published="2024-05-01")
        s = text.index(str(i + 100))
        fig = Figure(start=s, end=s + 3, text=str(i + 100), value=float(i + 100), unit="người",
                     sentence=0, extractor="test", version="1", confidence=1.0)
        store.save_extraction(db, Extraction(article=art, sentences=[(0, len(text))],
                                             figures=[fig]), "v1")
    os._exit(0)   # like kill -9 after the last commit: no close, no checkpoint
""")


def test_commits_left_in_the_wal_survive_a_killed_writer_s28(tmp_path):
    path = tmp_path / "kb.sqlite"
    n = 60
    subprocess.run([sys.executable, "-c", _WRITER, str(path), str(n)], check=True, timeout=120)
    assert (tmp_path / "kb.sqlite-wal").stat().st_size > 0   # commits not yet checkpointed
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == n
        # every document has its one figure: none is half-written
        rows = conn.execute("SELECT d.title, count(f.id) FROM documents d "
                            "LEFT JOIN figures f ON f.document_id = d.id GROUP BY d.id").fetchall()
        assert sorted(rows) == sorted((f"t{i}", 1) for i in range(n))
    finally:
        conn.close()
    db = store.open_kb(path)   # and the writer picks up from there
    try:
        assert db.execute("SELECT count(*) FROM timeline_deferred").fetchone()[0] == 0
    finally:
        db.close()


def _plan(db, sql: str) -> str:
    return " | ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql, [1]).fetchall())


def test_fact_lookups_stay_indexed_after_the_prefix_indexes_went_s28(tmp_path):
    db = store.open_kb(tmp_path / "kb.sqlite")
    try:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not names & {"idx_mentions_entity", "idx_mentions_document",
                            "idx_figures_document", "idx_legal_document"}
        # what the dropped indexes served is served by the longer ones, never a scan
        for sql in ("SELECT * FROM mentions WHERE entity_id = ?",
                    "SELECT * FROM mentions WHERE document_id = ?",
                    "SELECT * FROM figures WHERE document_id = ?",
                    "SELECT * FROM legal_documents WHERE document_id = ?",
                    "DELETE FROM mentions WHERE document_id = ?"):
            plan = _plan(db, sql)
            assert "USING" in plan and "INDEX" in plan and "SCAN" not in plan, (sql, plan)
    finally:
        db.close()
