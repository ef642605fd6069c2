"""Real use, stop 35: what stop 34's use check noticed and left, held on real processes,
real SQLite files and real HTTP on 127.0.0.1 (no mocks).

1. After `ytekb reextract`, entities that lost every fact leave the KB: the KB equals a
   fresh ingest of the same files.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import run_ytekb
from test_kbuse2_s34 import BARE, COOP
from pipeline.resolve.keys import canonical_key, entity_id

QUANG_TRI = entity_id("province", canonical_key("Quảng Trị"))   # the id the resolver gives it


def _files(folder: Path, **docs: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        out.append(folder / f"{name}.txt")
    return out


def _ingest(db: Path, files: list[Path]) -> Path:
    res = run_ytekb("ingest", "--db", db, *files, "-j", "1")
    assert res.code == 0, res.explain()
    return db


# what differs between two fresh ingests of the same files: row ids of replaced facts,
# clocks, and the run log
_VOLATILE = {"id", "last_role_id", "created_at", "fetched_at", "started_at", "finished_at"}
_SKIP = {"runs", "sqlite_sequence", "timeline_deferred"}


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table and view of a KB, rows sorted, without row ids and clocks."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
            "'%_fts%' AND name NOT LIKE 'entity_names%' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for name in sorted(set(names) - _SKIP):
            cols = [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')
                    if c[1] not in _VOLATILE and not c[1].endswith("fact_id")]
            rows = conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} '
                                f'FROM "{name}"').fetchall()
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def _age(db: Path) -> None:
    """Make `db` what an older extractor left: an organisation, a person holding a post in
    it (with its scope and alias) and a cooperation with it, which today's extractors do
    not find; and every document of an older extractor version."""
    conn = sqlite3.connect(db)
    with conn:
        (doc,) = conn.execute("SELECT id FROM documents ORDER BY id").fetchone()
        (org,) = conn.execute("SELECT id FROM entities WHERE name = 'Sở Y tế Nghệ An'").fetchone()
        conn.execute("INSERT INTO entities (id, name, type, key, province, source) VALUES "
                     "('org_old_kind', 'Trung tâm Y tế khu vực', 'health_center', "
                     "'trung tâm y tế khu vực', 'Quảng Trị', 'extracted'), "
                     "(?, 'Quảng Trị', 'province', 'quảng trị', 'Quảng Trị', 'province'), "
                     "('per_old_person', 'Lê Văn Cũ', 'person', 'lê văn cũ', NULL, 'extracted')",
                     [QUANG_TRI])
        conn.execute("INSERT INTO aliases (entity_id, alias, key, method) VALUES "
                     "('org_old_kind', 'TTYT khu vực', 'ttyt khu vực', 'surface'), "
                     "('per_old_person', 'Lê Văn Cũ', 'lê văn cũ', 'new')")
        conn.execute("INSERT INTO person_scopes VALUES ('per_old_person', 'org:org_old_kind')")
        # a person who stays (today's extractors find him) with a scope of the ghost
        (hung,) = conn.execute("SELECT id FROM entities WHERE type = 'person' AND "
                               "id != 'per_old_person'").fetchone()
        conn.execute("INSERT INTO person_scopes VALUES (?, 'org:org_old_kind')", [hung])
        for eid, kind in (("org_old_kind", "organization"), ("per_old_person", "person")):
            conn.execute("INSERT INTO mentions (document_id, entity_id, kind, sentence, start, "
                         "\"end\", surface) VALUES (?, ?, ?, 0, 0, 9, 'x')", [doc, eid, kind])
        conn.execute("INSERT INTO roles (document_id, person_id, title, organization_id, "
                     "organization, sentence, start, \"end\") VALUES (?, 'per_old_person', "
                     "'Giám đốc', 'org_old_kind', 'Trung tâm Y tế khu vực', 0, 0, 9)", [doc])
        conn.execute("INSERT INTO cooperations (document_id, from_id, to_id, from_name, to_name, "
                     "kind, sentence, start, \"end\") VALUES (?, ?, 'org_old_kind', 'Sở Y tế "
                     "Nghệ An', 'Trung tâm Y tế khu vực', 'cooperation', 0, 0, 9)", [doc, org])
        conn.execute("UPDATE documents SET extractor_version = '0'")
    conn.close()


# ---- 1. reextract leaves no ghost: the KB equals a fresh ingest ---------------------------

def test_reextract_prunes_entities_left_without_facts_and_equals_a_fresh_ingest(tmp_path):
    files = _files(tmp_path / "in", coop=COOP, bare=BARE)
    fresh = dump(_ingest(tmp_path / "fresh.sqlite", files))
    db = _ingest(tmp_path / "kb.sqlite", files)
    assert dump(db) == fresh                       # two ingests agree (the dump is fair)
    _age(db)
    assert dump(db) != fresh
    res = run_ytekb("reextract", "--db", db, "-j", "1")
    assert res.code == 0 and "2 re-extracted" in res.stdout, res.explain()
    after = dump(db)
    # was: the old organisation, its province, the person and their aliases and scopes stayed
    assert [r for r in after["entities"] if "old" in r[0] or r[0] == QUANG_TRI] == []
    assert after == fresh
    res = run_ytekb("entity", "Lê Văn Cũ", "--db", db)
    assert res.code == 1, res.explain()            # no ghost page to find
    # idempotent: a second run (all documents current) changes nothing
    res = run_ytekb("reextract", "--db", db, "-j", "1")
    assert res.code == 0 and dump(db) == fresh, res.explain()


def test_reextract_prunes_ghosts_an_earlier_reextract_left(tmp_path):
    files = _files(tmp_path / "in", coop=COOP, bare=BARE)
    fresh = dump(_ingest(tmp_path / "fresh.sqlite", files))
    db = _ingest(tmp_path / "kb.sqlite", files)
    _age(db)
    conn = sqlite3.connect(db)     # an older ytekb re-extracted and left the entities behind
    with conn:
        for table in ("mentions", "roles", "cooperations"):
            conn.execute(f"DELETE FROM {table} WHERE document_id = 1")
        conn.execute("UPDATE documents SET extractor_version = NULL")
    conn.close()
    res = run_ytekb("reextract", "--all", "--db", db, "-j", "1")
    assert res.code == 0, res.explain()
    assert dump(db) == fresh


def test_a_changed_page_ingested_again_prunes_what_only_its_old_text_named(tmp_path):
    first = _files(tmp_path / "a", coop=COOP, bare=BARE)
    db = _ingest(tmp_path / "kb.sqlite", first)
    assert run_ytekb("entity", "Trung tâm Y tế khu vực Đô Lương", "--db", db).code == 0
    # the same file, corrected: the health centre is gone from it
    changed = _files(tmp_path / "a", bare=BARE.replace(
        "Trung tâm Y tế khu vực Đô Lương", "Bệnh viện Đa khoa tỉnh Nghệ An"))
    _ingest(db, changed)
    fresh = dump(_ingest(tmp_path / "fresh.sqlite", first[:1] + changed))
    res = run_ytekb("entity", "Trung tâm Y tế khu vực Đô Lương", "--db", db)
    assert res.code == 1, res.explain()
    assert dump(db)["entities"] == fresh["entities"]
