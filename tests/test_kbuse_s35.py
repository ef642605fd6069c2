"""Real use, stop 35: what stop 34's use check noticed and left, held on real processes,
real SQLite files and real HTTP on 127.0.0.1 (no mocks).

1. After `ytekb reextract`, entities that lost every fact leave the KB: the KB equals a
   fresh ingest of the same files.
2. The web UI's canned search finds what `ytekb search` finds, in the same order.
3. The canned `officials_in` matches names blind to Vietnamese case and accents.
4. `error:` and lock-held lines wrap to $COLUMNS, the name whole; a nightly run from another
   cwd writes its report beside the KB and says a dead host once.
5. The tests import their own tree when pytest runs from inside another checkout.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import run_ytekb
from test_kbuse2_s34 import APART, BARE, COOP, PHRASE
from test_kbuse_s33 import q   # (real SQLite, read-only)
from webserver import get, serving
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
# clocks, the run log (and the index generation a prune moves)
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
            if name == "resolve_meta":   # a counter of index changes, not content
                rows = [r for r in rows if r[0] != "generation"]
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


# ---- 2. the web UI's canned search finds what `ytekb search` finds, in its order -----------

def _canned(base: str, db: Path, query: str, **params: str) -> list[dict]:
    from urllib.parse import urlencode

    status, body, _ = get(f"{base}/{db.stem}/{query}.json?"
                          + urlencode(dict(params, _shape="array", _size="max")))
    assert status == 200, body[:500]
    return json.loads(body)


def test_the_canned_search_finds_what_the_cli_finds_in_its_order(tmp_path):
    db = _ingest(tmp_path / "kb.sqlite", _files(tmp_path / "in", phrase=PHRASE, apart=APART,
                                                coop=COOP, bare=BARE))
    queries = ["bach mai", "Bạch Mai", "mai bach", '"bach mai"', "chuyen* bach", "bach mai thăm",
               "da khoa", "so y te nghe an", "hop tac"]
    cli = {}
    for query in queries:
        res = run_ytekb("search", query, "--db", db, "--format", "json", "--limit", "0")
        assert res.code in (0, 1), res.explain()
        cli[query] = [(f["document_id"], f["snippet"]) for f in json.loads(res.stdout)]
    assert len(cli["bach mai"]) == 3            # the phrase in two, the words apart in one
    with serving(db, tmp_path) as base:
        for query in queries:
            web = _canned(base, db, "search", q=query)
            # was: "bach mai" found only the documents holding the phrase
            assert [(r["document_id"], r["snippet"]) for r in web] == cli[query], query
        assert _canned(base, db, "search", q='"') == []     # nothing to search for: no error
        assert _canned(base, db, "search", q="") == []


# ---- 3. officials_in: Vietnamese case and accents optional, as search ---------------------

DA_KHOA = ("date 2024-09-20\n"
           "Bệnh viện Đa khoa tỉnh Hà Tĩnh khánh thành khu điều trị mới\n\n"
           "Ngày 20/9/2024, Bệnh viện Đa khoa tỉnh Hà Tĩnh khánh thành khu điều trị nội trú. "
           "Bà Trần Thị Lan, Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh, cho biết khu mới có "
           "250 giường bệnh.\n")


def test_officials_in_matches_vietnamese_case_and_folded_input(tmp_path):
    db = _ingest(tmp_path / "kb.sqlite", _files(tmp_path / "in", coop=COOP, dakhoa=DA_KHOA))
    people = {p: o for p, o in q(db, "SELECT person, organization FROM position_spans")}
    assert people == {"Nguyễn Văn Hùng": "Sở Y tế Nghệ An",
                      "Trần Thị Lan": "Bệnh viện Đa khoa tỉnh Hà Tĩnh"}, people
    with serving(db, tmp_path) as base:
        def who(name: str) -> list[str]:
            return sorted(r["person"] for r in _canned(base, db, "officials_in", name=name))

        for name in ("Sở Y tế Nghệ An", "SỞ Y TẾ NGHỆ AN", "sở y tế nghệ an", "so y te nghe an",
                     "Nghệ An", "nghe an", "NGHỆ AN"):
            assert who(name) == ["Nguyễn Văn Hùng"], name
        # was: "đa khoa" (đ is not ASCII) and the unaccented forms found no one
        for name in ("Bệnh viện Đa khoa tỉnh Hà Tĩnh", "bệnh viện đa khoa", "ĐA KHOA",
                     "da khoa tinh ha tinh", "Bệnh Viện Đa Khoa Tỉnh Hà Tĩnh", "ha tinh"):
            assert who(name) == ["Trần Thị Lan"], name
        assert who("bệnh viện") == ["Trần Thị Lan"]
        for name in ("Bạch Mai", "tế nghệ an hà", "khoa t"):   # whole words only
            assert who(name) == [], name
        assert len(who("")) == 2                                  # an empty name lists all


# ---- 4. error and lock-held lines wrap to $COLUMNS like the others -------------------------

def _unwrapped(stderr: str) -> list[str]:
    """The messages of a wrapped stderr: continuation lines (indented) joined to theirs."""
    out: list[str] = []
    for line in stderr.splitlines():
        if line.startswith("  ") and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line)
    return out


def test_error_lines_wrap_to_80_columns_with_the_name_whole(tmp_path):
    folder = tmp_path / "bai-viet-cua-so-y-te"
    folder.mkdir()
    (folder / "bai.txt").write_text(COOP, encoding="utf-8")
    for name in ("trang-rong-1.txt", "trang-rong-2-co-ten-rat-dai-cua-mot-bai-bao.txt"):
        (folder / name).write_text("", encoding="utf-8")
    files = [f"{folder.name}/{n}" for n in ("bai.txt", "trang-rong-1.txt",
                                            "trang-rong-2-co-ten-rat-dai-cua-mot-bai-bao.txt")]
    for args in (("ingest", "--db", tmp_path / "kb.sqlite", "-j", "1"), ("extract", "--jsonl")):
        res = run_ytekb(*args, *files, env={"COLUMNS": "80"}, cwd=tmp_path)
        assert res.code == 1, res.explain()
        errors = [m for m in _unwrapped(res.stderr) if m.startswith("error:")]
        assert [e.split(": ")[1] for e in errors] == files[1:], res.explain()
        assert any(len(e) > 80 for e in errors), res.explain()   # a long one to wrap
        # was: one line of 90+ columns each
        assert all(len(line) <= 80 for line in res.stderr.splitlines()), res.stderr


def test_the_lock_held_lines_wrap_to_80_columns(tmp_path):
    import subprocess
    import sys
    import time

    db = _ingest(tmp_path / "kb.sqlite", _files(tmp_path / "in", coop=COOP))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom scrapers.lock import RunLock, default_path\n"
         "RunLock(default_path(sys.argv[1]), command='nightly').acquire()\n"
         "print('held', flush=True)\ntime.sleep(120)\n", str(db)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    try:
        assert holder.stdout.readline().strip() == "held"
        for wait in ("0", "1"):
            start = time.monotonic()
            res = run_ytekb("ingest", "--db", db, tmp_path / "in", "--wait", wait,
                            env={"COLUMNS": "80"})
            assert res.code == 4, res.explain()
            assert time.monotonic() - start < 60
            said = _unwrapped(res.stderr)
            assert said and all("another run holds the lock" in m for m in said), res.explain()
            assert all(m.startswith("ytekb ingest: ") for m in said), res.explain()
            # was: one line of ~160 columns
            assert all(len(line) <= 80 for line in res.stderr.splitlines()), res.stderr
        said = " ".join(_unwrapped(res.stderr))
        # (a loaded machine may wait a little longer than the 1 s asked for)
        assert "waiting up to 1 s" in said and "gave up after waiting" in said, res.explain()
    finally:
        holder.kill()
        holder.wait()


# ---- nightly as a cron job: the report lands next to the KB, a dead host is said once ------

def test_a_nightly_from_another_cwd_reports_next_to_the_kb_and_says_a_dead_host_once(tmp_path):
    import socket
    import subprocess

    from sites import FAST, cli_env, ytekb_argv

    kb_dir, cwd = tmp_path / "srv", tmp_path / "home"
    kb_dir.mkdir()
    cwd.mkdir()
    with socket.socket() as dead:
        dead.bind(("127.0.0.1", 0))
        dead.listen(128)   # never accepts: every request times out
        port = dead.getsockname()[1]
        (kb_dir / "sources.toml").write_text(f'''
[[source]]
name = "stalled"
base_urls = ["http://127.0.0.1:{port}/"]
feeds = ["http://127.0.0.1:{port}/rss.xml"]
''', encoding="utf-8")
        run = subprocess.run(ytekb_argv() + [
            "nightly", "--db", str(kb_dir / "kb.sqlite"), "--sources", str(kb_dir / "sources.toml"),
            "--allow-host", "127.0.0.1", "--delay", "0", *FAST], cwd=cwd, capture_output=True,
            text=True, env=cli_env() | {"COLUMNS": "80"}, timeout=300, stdin=subprocess.DEVNULL)
    assert run.returncode == 3, run.stderr          # no source succeeded
    # was: "1 requests"; the feed not tried counts apart from failed articles (stop 37)
    assert "0 failed, 1 not tried (host given up), 1 request\n" in run.stdout.replace("\n  ", " ")
    assert "Traceback" not in run.stderr
    # was: the report went to the cwd's outputs/ (a cron job's $HOME), not beside the KB
    reports = list(kb_dir.glob("nightly-*-run1.json"))
    assert len(reports) == 1 and not (cwd / "outputs").exists(), run.stdout
    assert f"(report: {reports[0]})" in run.stdout.replace("\n  ", " ")
    report = json.loads(reports[0].read_text())
    assert report["status"] == "failed" and report["exit_code"] == 3
    said = _unwrapped(run.stderr)
    # was: the error line and a warning both said the robots.txt was unreachable
    assert sum("robots.txt unreachable" in m for m in said) == 1, run.stderr
    assert [m.split(": ")[0] for m in said] == ["error"], run.stderr
    # (only a path wider than the terminal stays whole on a line of its own)
    assert all(len(line) <= 80 or " " not in line.strip()
               for line in (run.stdout + run.stderr).splitlines()), run.stdout + run.stderr


# ---- 5. the tests test their own tree, whatever the cwd -----------------------------------

def test_the_tests_import_their_own_tree_from_inside_another_checkout(tmp_path):
    import subprocess
    import sys

    # another checkout's packages in the cwd (a fresh clone, an older worktree)
    for package in ("extractors", "pipeline"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(
            f"raise ImportError('the {package} of another checkout was imported')\n")
    tests = Path(__file__).resolve().parent
    res = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          str(tests / "test_organizations.py"), "-k", "test_named"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    # was: 'the extractors of another checkout was imported' (stop 34: 73 failures from /tmp)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-2000:]
    assert "another checkout" not in res.stdout and " passed" in res.stdout


# ---- a --db under a file: a clear fatal line, not an exception's repr --------------------

def test_a_kb_path_under_a_file_gets_a_clear_fatal_line(tmp_path):
    (tmp_path / "srv").write_text("not a folder", encoding="utf-8")
    files = _files(tmp_path / "in", coop=COOP)
    for args in (("ingest", *files), ("nightly",)):
        res = run_ytekb(args[0], "--db", tmp_path / "srv" / "kb.sqlite", *args[1:],
                        env={"COLUMNS": "80"})
        assert res.code == 3, res.explain()
        # was: "ytekb: fatal: FileExistsError: [Errno 17] File exists: '…/srv'"
        assert _unwrapped(res.stderr) == [
            f"ytekb {args[0]}: fatal: {tmp_path / 'srv'}: File exists (a file stands where a "
            "folder is needed)"], res.explain()
