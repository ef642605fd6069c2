"""Real use, stop 35 (second pass): what the first pass left, held on real processes,
real SQLite files and real HTTP on 127.0.0.1 (no mocks).

1. The ghost-entity prune never removes what an override merge points to: the merge's
   redirect keeps an entity to land on.
2. A prune takes its ghosts out of the resolver's cached index instead of dropping the
   index (a reextract reloaded every entity and alias after each pruning document).
3. Messages wrap to 80 columns off a terminal without $COLUMNS (a cron log); click's own
   `Error:` line wraps to $COLUMNS too; a fatal line keeps a path with spaces whole.
4. The network picture places its columns by their labels: short provider names do not
   leave the left of the picture empty.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from conftest import run_ytekb, ytekb_command
from test_kbuse2_s34 import BARE, COOP
from test_kbuse_s35 import _age, _files as _write, _unwrapped

KHU_VUC = ("date 2025-07-10\n"
           "Trung tâm Y tế khu vực Đô Lương khám sàng lọc cho người cao tuổi\n\n"
           "Ngày 10/7/2025, Trung tâm Y tế khu vực Đô Lương phối hợp với Sở Y tế Nghệ An "
           "khám sàng lọc bệnh không lây nhiễm cho 300 người cao tuổi.\n")
HUYEN = ("date 2024-02-10\n"
         "Trung tâm Y tế huyện Đô Lương tiêm vắc xin cho trẻ\n\n"
         "Ngày 10/2/2024, Trung tâm Y tế huyện Đô Lương tiêm vắc xin sởi cho 500 trẻ em.\n")
MERGE = ('[[merge]]\ncanonical = "Trung tâm Y tế khu vực Đô Lương"\n'
         'names = ["Trung tâm Y tế huyện Đô Lương"]\n')
OTHER = "Bệnh viện Đa khoa tỉnh Nghệ An"


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ---- 1. the prune keeps an override's target -------------------------------------------

def _merged_kb(tmp_path: Path) -> tuple[Path, Path, Path]:
    files = _write(tmp_path / "in", khu_vuc=KHU_VUC, huyen=HUYEN)
    db, rules = tmp_path / "kb.sqlite", tmp_path / "overrides.toml"
    rules.write_text(MERGE, encoding="utf-8")
    res = run_ytekb("ingest", "--db", db, *files, "-j", "1")
    assert res.code == 0, res.explain()
    res = run_ytekb("overrides", "--db", db, "--overrides", rules)
    assert res.code == 0 and "merged" in res.stdout, res.explain()
    assert len(_rows(db, "SELECT * FROM merges")) == 1
    return db, rules, tmp_path / "in"


def _dangling(db: Path) -> list[tuple]:
    return _rows(db, "SELECT from_id, into_id FROM merges WHERE into_id NOT IN "
                     "(SELECT id FROM entities)")


def test_a_corrected_page_keeps_the_entity_an_override_merged_into(tmp_path):
    db, rules, folder = _merged_kb(tmp_path)
    # both pages corrected: neither name of the merged health centre is in them any more
    files = _write(folder, khu_vuc=KHU_VUC.replace("Trung tâm Y tế khu vực Đô Lương", OTHER),
                   huyen=HUYEN.replace("Trung tâm Y tế huyện Đô Lương", OTHER))
    res = run_ytekb("--overrides", rules, "ingest", "--db", db, *files, "-j", "1")
    assert res.code == 0 and "2 updated" in res.stdout, res.explain()
    # was: the merge's target was pruned and the merge pointed at a missing entity
    assert _dangling(db) == []
    res = run_ytekb("entity", "Trung tâm Y tế huyện Đô Lương", "--db", db)
    assert res.code == 0 and "Trung tâm Y tế khu vực Đô Lương" in res.stdout, res.explain()
    assert "Trung tâm Y tế huyện Đô Lương" in res.stdout.split("aliases:")[1].split("\n")[0]


def test_reextract_all_keeps_the_merge_target_and_still_prunes_other_ghosts(tmp_path):
    db, rules, _ = _merged_kb(tmp_path)
    conn = sqlite3.connect(db)
    with conn:   # stored texts that no longer name it (as if today's extractors missed
        # it), documents of an older extractor, and an extracted ghost
        for name in ("Trung tâm Y tế khu vực Đô Lương", "Trung tâm Y tế huyện Đô Lương"):
            conn.execute("UPDATE documents SET text = replace(text, ?, ?)", [name, OTHER])
        conn.execute("INSERT INTO entities (id, name, type, key, province, source) VALUES "
                     "('org_ghost', 'Trạm Y tế xã Cũ', 'health_station', 'trạm y tế xã cũ', "
                     "'Nghệ An', 'extracted')")
        conn.execute("UPDATE documents SET extractor_version = '0'")
    conn.close()
    res = run_ytekb("--overrides", rules, "reextract", "--all", "--db", db, "-j", "1")
    assert res.code == 0, res.explain()
    assert _dangling(db) == []
    ids = {i for (i,) in _rows(db, "SELECT id FROM entities")}
    assert "org_ghost" not in ids
    (target,) = _rows(db, "SELECT into_id FROM merges")[0]
    assert target in ids


# ---- 2. the prune keeps the resolver's index ---------------------------------------------

def test_a_prune_takes_ghosts_out_of_the_cached_index_without_a_reload(tmp_path):
    from pipeline.kb import store
    from pipeline.resolve import index, prune

    files = _write(tmp_path / "in", coop=COOP, bare=BARE)
    res = run_ytekb("ingest", "--db", tmp_path / "kb.sqlite", *files, "-j", "1")
    assert res.code == 0, res.explain()
    _age(tmp_path / "kb.sqlite")   # a health centre and a person no fact will name
    db = store.open_kb(tmp_path / "kb.sqlite")
    try:
        state = index.get_state(db)
        assert {"org_old_kind", "per_old_person"} <= set(state.entities)
        with store.transaction(db):
            for table, col in (("mentions", "entity_id"), ("roles", "person_id"),
                               ("cooperations", "to_id")):
                db.execute(f"DELETE FROM {table} WHERE {col} IN ('org_old_kind', "
                           "'per_old_person')")
            gone = prune.prune(db, ["org_old_kind", "per_old_person"])
        assert set(gone) >= {"org_old_kind", "per_old_person"}
        # was: the index was dropped, and the next document read the whole KB again
        assert index.get_state(db) is state
        fresh = index.load(db)
        assert set(state.entities) == set(fresh.entities)
        assert state.seen_aliases == fresh.seen_aliases
        assert {k: v for k, v in state.scopes.items() if v} == \
            {k: v for k, v in fresh.scopes.items() if v}
        assert not any(r.eid in gone for recs in state.orgs.by_key.values() for r in recs)
        assert not any(e in gone for eids in state.persons.values() for e in eids)
    finally:
        db.close()
    # the KB stays whole for the next process (its generation moved: that one loads anew)
    res = run_ytekb("ingest", "--db", tmp_path / "kb.sqlite",
                    *_write(tmp_path / "more", again=COOP.replace("2024", "2023")), "-j", "1")
    assert res.code == 0, res.explain()


# ---- 3. message width off a terminal; click's error line; a path with spaces -----------

def _cron(*args: str | os.PathLike, cwd: Path) -> subprocess.CompletedProcess:
    """`ytekb ARGS` as cron runs it: no $COLUMNS, no terminal (output to pipes)."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(PYTHONIOENCODING="utf-8", NO_COLOR="1")
    return subprocess.run(ytekb_command() + [str(a) for a in args], cwd=cwd, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=300)


def test_a_cron_run_without_columns_wraps_its_summary_to_80(tmp_path):
    files = _write(tmp_path / "in", coop=COOP, bare=BARE)
    proc = _cron("ingest", "--db", tmp_path / "kb.sqlite", *files, "-j", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    kb = next(m for m in _unwrapped(proc.stdout) if m.startswith("knowledge base:"))
    assert len(kb) > 80                                  # a line that has to wrap
    # was: 140 columns when neither $COLUMNS nor a terminal said otherwise
    assert all(len(line) <= 80 for line in lines), proc.stdout
    # $COLUMNS still wins
    res = run_ytekb("ingest", "--db", tmp_path / "wide.sqlite", *files, "-j", "1",
                    env={"COLUMNS": "200"})
    assert kb.replace("2 documents", "") in res.stdout.replace("2 documents", ""), res.explain()



def test_grep_error_in_a_cron_log_finds_every_failed_file_whole(tmp_path):
    """The first line of a wrapped `error:` keeps the word and the file name whole, even a
    long name with spaces (the coordinator's request: a log is read with `grep error:`)."""
    folder = tmp_path / "bai viet loi"
    names = ["b.txt", "trang rong co ten rat dai cua mot bai bao ve y te tinh nghe an.txt"]
    for name in names:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text("", encoding="utf-8")
    (folder / "tot.txt").write_text(COOP, encoding="utf-8")
    files = [f"bai viet loi/{n}" for n in names + ["tot.txt"]]
    for args in (("ingest", "--db", tmp_path / "kb.sqlite", "-j", "1"), ("extract", "--jsonl")):
        proc = _cron(*args, *files, cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        lines = proc.stderr.splitlines()
        # 80 columns, but for a name longer than that: kept whole, alone after "error:"
        assert all(len(line) <= 80 or line in {f"error: {f}:" for f in files}
                   for line in lines), proc.stderr
        grepped = sorted(line for line in lines if "error:" in line)
        assert len(grepped) == 2, proc.stderr
        assert all(g.startswith(f"error: {f}:") for g, f in zip(grepped, sorted(files[:2]))), \
            proc.stderr

def test_clicks_own_error_line_wraps_to_columns(tmp_path):
    for args in (("entity", "Sở Y tế Nghệ An", "--type", "benh-vien"),
                 ("search", "--format", "bang-tinh-cua-so-y-te", "tiêm chủng")):
        res = run_ytekb(*args, env={"COLUMNS": "80"})
        assert res.code == 2, res.explain()
        (error,) = [m for m in _unwrapped(res.stderr) if m.startswith("Error:")]
        assert "is not one of" in error and len(error) > 80, res.explain()
        # was: one line of 90-220 columns
        assert all(len(line) <= 80 for line in res.stderr.splitlines()), res.stderr
        assert res.stderr.splitlines()[0].startswith(f"Usage: ytekb {args[0]}")
    proc = _cron("entity", "X", "--type", "benh-vien", cwd=tmp_path)   # 80 off a terminal
    assert proc.returncode == 2 and max(map(len, proc.stderr.splitlines())) <= 80, proc.stderr


def test_a_fatal_line_keeps_a_path_with_spaces_whole(tmp_path):
    (tmp_path / "kho du lieu y te").write_text("not a folder", encoding="utf-8")
    db = tmp_path / "kho du lieu y te" / "ban dem" / "kb.sqlite"
    files = _write(tmp_path / "in", coop=COOP)
    res = run_ytekb("ingest", "--db", db, *files, env={"COLUMNS": "60"})
    assert res.code == 3, res.explain()
    # was: the line broke at a space inside the path
    first = res.stderr.splitlines()[0]
    assert first == f"ytekb ingest: fatal: {db.parent}:", res.explain()


# ---- 4. the network picture uses its width -------------------------------------------

def test_the_network_picture_starts_its_providers_near_the_left_edge(tmp_path):
    import re
    from urllib.parse import quote

    from webserver import get, serving

    files = _write(tmp_path / "in", coop=COOP, bare=BARE)
    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, *files, "-j", "1")
    assert res.code == 0, res.explain()
    with serving(db, tmp_path) as base:
        status, page, _ = get(f"{base}/-/ytekb/network?q={quote('Sở Y tế Nghệ An')}")
    assert status == 200, page
    svg = page[page.index("<svg", page.index('class="picture network"')):]
    svg = svg[:svg.index("</svg>")]
    width = int(re.search(r'<svg[^>]* width="(\d+)"', svg).group(1))
    circles = [(float(x), r) for x, r in re.findall(r'<circle cx="([\d.]+)" cy="[\d.]+" r="(\d+)"', svg)]
    labels = re.findall(r'text-anchor="end"[^>]*>([^<]+)</text>', svg)   # the providers'
    assert labels and "Bệnh viện Bạch Mai" in labels, svg
    left = min(x for x, _ in circles)
    # was: providers at x=330 of 1200 whatever their names, ~40% of it empty on the left
    assert left <= 20 + 8 * max(map(len, labels)) + 40, (left, labels)
    # and the recipients' labels end near the right edge
    right = max(x for x, _ in circles)
    ends = re.findall(r'text-anchor="start"[^>]*>([^<]+)</text>', svg)
    assert width <= max(right + 30 + 8 * max(map(len, ends)) + 20, 640), (width, right, ends)
