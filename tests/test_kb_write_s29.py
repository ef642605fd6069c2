"""The KB writer without its per-document waste: what is constant per connection is
asked once, the resolver's rows go in as one batch per statement, and timeline_index
is keyed by fact. Every change leaves the stored KB the same."""
from __future__ import annotations

import re
import sqlite3

import pytest

from pipeline.extract import VERSION, extract
from pipeline.kb import schema, store
from pipeline.records import Article
from pipeline.resolve import Resolver, index

TEXTS = [
    "Ngày 12/3/2024, Sở Y tế tỉnh Nghệ An phối hợp với Bệnh viện Bạch Mai tổ chức khám bệnh "
    "miễn phí cho 500 người dân huyện Kỳ Sơn. Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế tỉnh "
    "Nghệ An, cho biết đoàn sẽ trở lại vào tháng 6/2024.",
    "Bệnh viện Đa khoa tỉnh Hà Tĩnh vừa tiếp nhận 2 máy thở từ Bộ Y tế. Bà Trần Thị Lan, "
    "Phó Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh, nói bệnh viện đã điều trị cho 120 bệnh "
    "nhân nặng trong năm 2023.",
    "Sáng 5/4/2024, BV Bạch Mai ký kết hợp tác với Sở Y tế Nghệ An về đào tạo bác sĩ. Theo "
    "Quyết định số 1234/QĐ-BYT, Bộ Y tế giao Bệnh viện Bạch Mai hỗ trợ 30 bác sĩ trẻ.",
    "Trung tâm Y tế huyện Ba Bể (Bắc Kạn) đã tiêm vắc xin cho 3.000 trẻ em. Ông Lê Văn Nam, "
    "Giám đốc Trung tâm Y tế huyện Ba Bể, cho biết tỷ lệ tiêm chủng đạt 95%.",
]


def _extractions():
    return [extract(Article(source="test", title=f"Tin {i}", text=t,
                            url=f"https://example.vn/tin-{i}", published="2024-05-01"))
            for i, t in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def extractions():
    return _extractions()


def _dump(path) -> dict[str, list]:
    """Every table's rows, sorted (alias timestamps and runs set aside)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND name != 'runs'"):
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
                    if r[1] != "created_at"]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(conn.execute(f'SELECT {sel} FROM "{name}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def test_storing_asks_the_constant_things_once_s29(tmp_path, extractions, monkeypatch):
    """The KB's file name and its resolution tables are asked once per connection, the
    index is loaded once, and its fingerprint is read once per document (not twice)."""
    loads = []
    real_load = index.load
    monkeypatch.setattr(index, "load", lambda db: loads.append(1) or real_load(db))
    index.forget()
    db = store.open_kb(tmp_path / "kb.sqlite")
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        store.save_extraction(db, extractions[0], VERSION)   # the first one sets the KB up
        first, loaded = len(seen), len(loads)
        for ex in extractions[1:]:
            store.save_extraction(db, ex, VERSION)
    finally:
        db.conn.set_trace_callback(None)
        db.close()
        index.forget()
    later = seen[first:]
    assert sum("PRAGMA database_list" in s for s in seen) == 1
    assert sum("name='resolve_meta'" in s for s in seen) == 1
    assert not any("PRAGMA database_list" in s or "name='resolve_meta'" in s for s in later)
    fingerprints = sum(s.startswith("SELECT (SELECT max(rowid) FROM entities)") for s in later)
    assert fingerprints == len(extractions) - 1
    assert len(loads) == loaded   # never reloaded after the first document


def test_a_document_rolled_back_after_resolving_leaves_no_ghost_s29(tmp_path, extractions,
                                                                     monkeypatch):
    """The resolver's batched rows are written before the facts; when the document's
    transaction rolls back after that, the next document must not trust the cached index."""
    db = store.open_kb(tmp_path / "kb.sqlite")
    index.forget()
    real_insert = store._insert

    def failing(db_, table, rows):
        if table == "figures" and rows:
            raise sqlite3.OperationalError("disk I/O error (injected)")
        return real_insert(db_, table, rows)
    try:
        monkeypatch.setattr(store, "_insert", failing)
        with pytest.raises(sqlite3.OperationalError):
            store.save_extraction(db, extractions[0], VERSION)
        assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
        monkeypatch.setattr(store, "_insert", real_insert)
        for ex in extractions:   # the same organisations again: they must be written
            store.save_extraction(db, ex, VERSION)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        missing = db.execute("SELECT count(*) FROM mentions m LEFT JOIN entities e "
                             "ON e.id = m.entity_id WHERE e.id IS NULL").fetchone()[0]
        assert missing == 0
        assert db.execute("SELECT count(*) FROM entities").fetchone()[0] > 0
    finally:
        db.close()
        index.forget()


NAMES = [("Sở Y tế", "Nghệ An"), ("BV Bạch Mai", None), ("Bệnh viện Bạch Mai", None),
         ("Trung tâm Y tế huyện Ba Bể", "Bắc Kạn"), ("Bệnh viện Đa khoa tỉnh Hà Tĩnh", None),
         ("BVĐK tỉnh Hà Tĩnh", None), ("Sở Y tế Nghệ An", None)]


def _resolve_all(path, batch: bool) -> dict[str, list]:
    db = store.open_kb(path)
    index.forget()
    try:
        for i in range(0, len(NAMES), 3):   # a few "documents" of three names each
            with store.transaction(db):
                r = Resolver(db, province="Nghệ An", batch=batch)
                for name, prov in NAMES[i:i + 3]:
                    oid = r.organization(name, "other", prov)
                    r.person("Nguyễn Văn Hùng", oid)
                r.finish()
    finally:
        db.close()
        index.forget()
    return _dump(path)


def test_batched_resolver_rows_are_the_rows_written_one_by_one_s29(tmp_path):
    one_by_one = _resolve_all(tmp_path / "a.sqlite", batch=False)
    batched = _resolve_all(tmp_path / "b.sqlite", batch=True)
    assert batched["entities"] and batched["aliases"] and batched["person_scopes"]
    assert batched == one_by_one   # alias ids included: decided in the same order


def test_rerun_is_a_no_op_and_a_forced_rerun_gives_the_same_kb_s29(tmp_path, extractions):
    path = tmp_path / "kb.sqlite"
    db = store.open_kb(path)
    index.forget()
    try:
        assert [store.save_extraction(db, ex, VERSION)[1] for ex in extractions] == \
            ["new"] * len(extractions)
        first = _dump(path)
        assert [store.save_extraction(db, ex, VERSION)[1] for ex in extractions] == \
            ["unchanged"] * len(extractions)
        assert _dump(path) == first
        assert [store.save_extraction(db, ex, VERSION, force=True)[1]
                for ex in extractions] == ["updated"] * len(extractions)
        forced = _dump(path)   # facts get new ids; entities, aliases and counts stay
        for table in ("entities", "aliases", "person_scopes", "documents"):
            assert forced[table] == first[table]
        for table in ("mentions", "roles", "figures", "dates", "timeline_index"):
            assert len(forced[table]) == len(first[table])
        assert first["timeline_index"]
    finally:
        db.close()
        index.forget()


def _timeline(conn) -> list[tuple]:
    return sorted(conn.execute("SELECT * FROM timeline_index").fetchall(), key=repr)


def _key_columns(conn, table: str) -> list[str]:
    return [r[1] for r in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5])
            if r[5]]


def test_an_older_kb_gets_the_timeline_keyed_by_fact_in_place_s29(tmp_path, extractions,
                                                                   monkeypatch):
    """A KB written before 0009 keeps every timeline row when it is opened by this
    version; its timeline is then keyed (kind, fact_id, entity_id), the (kind, fact_id)
    index is gone, and the query layer sees nothing left to rebuild."""
    from pipeline.query import schema as query_schema

    path = tmp_path / "kb.sqlite"
    older = [m for m in schema.migrations() if m[0] < 9]
    monkeypatch.setattr(schema, "migrations", lambda: older)
    db = store.open_kb(path)
    index.forget()
    try:
        for ex in extractions[:3]:
            store.save_extraction(db, ex, VERSION)
        assert _key_columns(db.conn, "timeline_index") == ["entity_id", "kind", "fact_id"]
        before = _timeline(db.conn)
    finally:
        db.close()
        index.forget()
    assert before
    monkeypatch.undo()
    db = store.open_kb(path)   # migrates in place
    try:
        conn = db.conn
        assert schema.current_version(conn) == schema.latest_version()
        assert _key_columns(conn, "timeline_index") == ["kind", "fact_id", "entity_id"]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "idx_timeline_index_fact" not in names
        assert "timeline_index_copy" not in names
        assert _timeline(conn) == before
        assert not query_schema._plan(conn)   # nothing for ensure_views to redo
        # the triggers' and the writer's lookups are still index searches, never scans
        for sql in ("DELETE FROM timeline_index WHERE kind = 'role' AND fact_id = ?",
                    "DELETE FROM timeline_index WHERE document_id = ?",
                    "SELECT * FROM timeline_index WHERE entity_id = ? ORDER BY date"):
            plan = " | ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, [1]))
            assert "SCAN" not in plan, (sql, plan)
        for ex in extractions[3:]:
            store.save_extraction(db, ex, VERSION)
        # the index is what the views say, row for row, after the upgrade too
        for a, b in (("timeline_keys", "timeline_index"), ("timeline_index", "timeline_keys")):
            assert conn.execute(f"SELECT count(*) FROM (SELECT * FROM {a} EXCEPT "
                                f"SELECT * FROM {b})").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
        index.forget()


def test_alias_lookups_by_entity_use_the_unique_index_s29(tmp_path, extractions):
    """0010 dropped idx_aliases_entity: what it served (an entity's aliases, a cascade
    from a deleted entity) is served by UNIQUE (entity_id, alias), never a scan."""
    db = store.open_kb(tmp_path / "kb.sqlite")
    index.forget()
    try:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "idx_aliases_entity" not in names
        for sql in ("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias",
                    "SELECT count(*) FROM aliases WHERE entity_id = ?",
                    "DELETE FROM aliases WHERE entity_id = ?"):
            plan = " | ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql, [1]))
            assert "SCAN" not in plan and "sqlite_autoindex_aliases_1" in plan, (sql, plan)
        for ex in extractions:
            store.save_extraction(db, ex, VERSION)
        eid = db.execute("SELECT entity_id FROM aliases GROUP BY entity_id "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        with store.transaction(db):   # an entity deleted by hand takes its aliases along
            db.execute("DELETE FROM mentions WHERE entity_id = ?", [eid])
            db.execute("DELETE FROM roles WHERE person_id = ? OR organization_id = ?", [eid, eid])
            db.execute("UPDATE cooperations SET from_id = NULL WHERE from_id = ?", [eid])
            db.execute("UPDATE cooperations SET to_id = NULL WHERE to_id = ?", [eid])
            db.execute("UPDATE legal_documents SET issuer_id = NULL WHERE issuer_id = ?", [eid])
            db.execute("DELETE FROM person_scopes WHERE person_id = ?", [eid])
            db.execute("DELETE FROM entities WHERE id = ?", [eid])
        assert db.execute("SELECT count(*) FROM aliases WHERE entity_id = ?", [eid]).fetchone()[0] == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
        index.forget()
