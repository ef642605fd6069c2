"""What stop 33's use check left, mended and held here on real processes, real SQLite
files and real HTTP on 127.0.0.1 (stop 34): warning lines wider than the terminal,
`serve --open` silent without a browser, a former post listed as a post of its own,
old KBs holding a file's facts twice, and the copies count in one place."""
from __future__ import annotations

import os
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import run_ytekb
from test_kbuse_s33 import facts, q   # (real SQLite, read-only)
from webserver import bound_port, get, serving

HELD = ("date 2019-03-05\n"
        "Sở Y tế Quảng Trị tổng kết công tác năm\n\n"
        "Ngày 5/3/2019, ông Lê Văn Bình, Giám đốc Sở Y tế Quảng Trị, chủ trì hội nghị tổng kết "
        "công tác y tế năm 2018.\n")
FORMER = ("date 2023-06-20\n"
          "Kỷ luật nguyên Giám đốc Sở Y tế Quảng Trị\n\n"
          "Ngày 20/6/2023, Ủy ban kiểm tra Tỉnh ủy Quảng Trị đề nghị kỷ luật ông Lê Văn Bình, "
          "nguyên Giám đốc Sở Y tế Quảng Trị, vì vi phạm trong mua sắm trang thiết bị.\n")
COOP = ("date 2024-03-05\n"
        "Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An\n\n"
        "Ngày 5/3/2024, Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An về "
        "chuyển giao kỹ thuật và đào tạo nhân lực. Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế "
        "Nghệ An, cảm ơn sự hỗ trợ của Bệnh viện Bạch Mai.\n")
UNDATED = ("Sở Y tế Hà Tĩnh tăng cường phòng chống sốt xuất huyết\n\n"
           "Sở Y tế Hà Tĩnh tổ chức hội nghị triển khai công tác phòng chống sốt xuất huyết "
           "tại các bệnh viện trong tỉnh.\n")


# ---- 1. warning lines fit the terminal, the file name whole --------------------------------

def test_warning_lines_of_undated_files_fit_80_columns_with_the_name_whole(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    names = ["bai-viet-phong-chong-sot-xuat-huyet-ha-tinh-2024.txt",
             "tin ngắn không ngày.txt"]
    for name in names:
        (docs / name).write_text(UNDATED + name, encoding="utf-8")
    res = run_ytekb("ingest", "--db", tmp_path / "kb.sqlite", "docs", "-j", "1",
                    env={"COLUMNS": "80"}, cwd=tmp_path)
    assert res.code == 0, res.explain()
    lines = res.stderr.splitlines()
    # was: one 149-column line per file
    assert all(len(line) <= 80 for line in lines), res.stderr
    heads = [line for line in lines if line.startswith("warning: ")]
    for name in names:
        first = [h for h in heads if f"docs/{name}:" in h]
        assert len(first) == 1, res.stderr   # the name is on the warning's first line
    said = " ".join(" ".join(res.stderr.split()).split())
    assert said.count("no publication date: its facts are dated only by their own sentences "
                      "(give --published "
                      "YYYY-MM-DD, or start the file with a line 'date YYYY-MM-DD')") == 2
    assert "warnings: 2 files without a publication date" in res.stdout


def test_a_warning_for_a_name_wider_than_the_terminal_keeps_the_name_on_one_line(tmp_path):
    name = "x" * 90 + ".txt"
    (tmp_path / name).write_text(UNDATED, encoding="utf-8")
    res = run_ytekb("ingest", "--db", tmp_path / "kb.sqlite", name, "-j", "1",
                    env={"COLUMNS": "80"}, cwd=tmp_path)
    assert res.code == 0, res.explain()
    head = [line for line in res.stderr.splitlines() if line.startswith("warning: ")]
    assert len(head) == 1 and name in head[0], res.stderr
    assert all(len(line) <= 80 for line in res.stderr.splitlines() if name not in line)


# ---- 2. serve --open without a browser says so ---------------------------------------------

def test_serve_open_without_a_browser_says_so_with_the_url(tmp_path):
    (tmp_path / "a.txt").write_text(COOP, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path / "a.txt", "-j", "1").code == 0
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(BROWSER=str(tmp_path / "no-such-browser"), PATH=os.path.dirname(sys.executable))
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:   # -p 0: the server binds a free port and says which
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--db", str(db),
                                 "-p", "0", "--open"], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 90
        while not bound_port(log) and time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.3)
        port = bound_port(log)
        want = f"ytekb serve: no web browser could be opened here; open http://127.0.0.1:{port}/"
        while want not in log.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.3)
        # was: nothing at all (Datasette's --open ignores webbrowser.open's False)
        assert want in log.read_text(), log.read_text()
        assert get(f"http://127.0.0.1:{port}/")[0] == 200   # and the server is up
        assert "Traceback" not in log.read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# ---- 3. a former post is the post, marked former -------------------------------------------

def test_a_former_post_folds_into_the_post_and_keeps_the_timeline_true(tmp_path):
    (tmp_path / "a.txt").write_text(HELD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FORMER, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path, "-j", "1").code == 0
    assert q(db, "SELECT title, former FROM roles ORDER BY id") == [
        ("Giám đốc", 0), ("nguyên Giám đốc", 1)]
    # was: two posts, "Giám đốc" (2019) and "nguyên Giám đốc" (seen 2023, as if held then)
    spans = q(db, "SELECT person, position, organization, first_seen, last_seen, former, "
                  "ended_by, documents FROM position_spans")
    assert spans == [("Lê Văn Bình", "Giám đốc", "Sở Y tế Quảng Trị", "2019-03-05",
                      "2019-03-05", 1, "2023-06-20", 2)]
    assert q(db, "SELECT position, former FROM positions ORDER BY date") == [
        ("Giám đốc", 0), ("Giám đốc", 1)]

    res = run_ytekb("entity", "Lê Văn Bình", "--db", db, "--format", "json")
    assert res.code == 0, res.explain()
    posts = json.loads(res.stdout)["positions"]
    assert [(p["title"], p["former"], p["first_seen"], p["last_seen"], p["ended_by"])
            for p in posts] == [("Giám đốc", True, "2019-03-05", "2019-03-05", "2023-06-20")]
    res = run_ytekb("entity", "Lê Văn Bình", "--db", db)
    # (stop 36: the post as held beside its held dates; was "2019-03-05  nguyên Giám đốc")
    assert "2019-03-05  Giám đốc (ended by 2023-06-20), Sở Y tế Quảng Trị" in res.stdout

    # the timeline still says what each sentence said, on its date
    res = run_ytekb("timeline", "Lê Văn Bình", "--db", db, "--kind", "role", "--format", "json")
    assert res.code == 0, res.explain()
    items = [(i["date"], i["summary"]) for i in json.loads(res.stdout)]
    assert ("2019-03-05", "Lê Văn Bình: Giám đốc, Sở Y tế Quảng Trị") in items
    assert ("2023-06-20", "Lê Văn Bình: nguyên Giám đốc, Sở Y tế Quảng Trị") in items

    res = run_ytekb("officials", "--org", "Sở Y tế Quảng Trị", "--db", db, "--format", "json")
    rows = json.loads(res.stdout)
    assert [(r["person"], r["position"], r["former"], r["ended_by"]) for r in rows] == [
        ("Lê Văn Bình", "Giám đốc", True, "2023-06-20")]
    res = run_ytekb("officials", "--org", "Sở Y tế Quảng Trị", "--db", db)
    assert "Bình Giám đốc (ended by 2023-06-20)" in " ".join(res.stdout.split()), res.explain()

    with serving(db, tmp_path) as base:
        pid = q(db, "SELECT id FROM entities WHERE name = 'Lê Văn Bình'")[0][0]
        status, body, _ = get(f"{base}/-/ytekb/entity/{pid}")
        assert status == 200
        posts_html = body[body.index('id="posts"'):body.index('id="timeline"')]
        assert posts_html.count('class="post"') == 1
        assert "Giám đốc" in posts_html and "ended by 2023-06-20" in posts_html
        assert "nguyên" not in posts_html     # stop 36: not beside the dates it was held


# ---- 4. an old KB's file stored twice becomes a copy on upgrade ----------------------------

def _old_kb_with_a_file_stored_twice(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A KB as stop 32 left it: b.txt holds a.txt's text as a document of its own, with
    every fact again. Made by ingesting b.txt with one word changed, then giving it
    a.txt's text and hash (the facts' offsets are the same) and version 10."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(COOP, encoding="utf-8")
    (docs / "b.txt").write_text(COOP.replace("nhân lực", "nhân sự"), encoding="utf-8")
    (docs / "c.txt").write_text(HELD, encoding="utf-8")
    alone = tmp_path / "alone.sqlite"
    assert run_ytekb("ingest", "--db", alone, docs / "a.txt", docs / "c.txt", "-j", "1").code == 0
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, docs, "-j", "1").code == 0
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE documents SET (text, content_hash) = (SELECT text, content_hash "
                     "FROM documents WHERE name = 'a.txt') WHERE name = 'b.txt'")
        conn.execute("PRAGMA user_version = 10")
    conn.close()
    (docs / "b.txt").write_text(COOP, encoding="utf-8")
    assert facts(db)[2] == 2 * facts(alone)[2] >= 2   # the cooperation twice
    return db, alone, docs


def test_an_old_kb_holding_a_file_twice_keeps_one_copy_of_its_facts_after_upgrade(tmp_path):
    db, alone, docs = _old_kb_with_a_file_stored_twice(tmp_path)
    res = run_ytekb("upgrade", "--db", db)
    assert res.code == 0, res.explain()
    assert "0012_stored_twice.sql" in res.stdout + res.stderr
    original = q(db, "SELECT id FROM documents WHERE name = 'a.txt'")[0][0]
    assert q(db, "SELECT duplicate_of, extractor_version FROM documents WHERE name = 'b.txt'") \
        == [(original, None)]
    assert q(db, "SELECT relation FROM document_links") == [("duplicate",)]
    assert facts(db) == facts(alone)
    # the timeline and the cooperation answer count the link once
    res = run_ytekb("cooperation", "Bạch Mai", "--db", db, "--format", "json")
    once = run_ytekb("cooperation", "Bạch Mai", "--db", alone, "--format", "json")
    assert res.code == 0 and res.stdout.count('"kind"') == once.stdout.count('"kind"') >= 1
    # a rerun changes nothing, and says so
    res = run_ytekb("ingest", "--db", db, docs, "-j", "1")
    assert res.code == 0, res.explain()
    assert "documents: 0 new, 0 updated, 3 unchanged, 0 failed" in res.stdout, res.explain()
    assert "knowledge base: 3 documents (1 copy)" in res.stdout
    assert facts(db) == facts(alone)
    assert run_ytekb("upgrade", "--db", db).code == 0
    assert facts(db) == facts(alone)


def test_the_rerun_itself_mends_an_old_kb(tmp_path):
    db, alone, docs = _old_kb_with_a_file_stored_twice(tmp_path)
    res = run_ytekb("ingest", "--db", db, docs, "-j", "2")   # no upgrade first
    assert res.code == 0, res.explain()
    assert "knowledge base: 3 documents (1 copy)" in res.stdout, res.explain()
    assert facts(db) == facts(alone)


# ---- 5. the copies count comes from one place ----------------------------------------------

def test_copies_count_the_same_in_the_summary_the_json_report_and_the_runs_table(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(COOP, encoding="utf-8")
    (docs / "b.txt").write_text(COOP, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, docs, "-j", "1", "--json")
    assert res.code == 0, res.explain()
    report = json.loads(res.stdout)
    assert report["totals"]["copies"] == 1 and report["totals"]["documents"] == 2
    stored = json.loads(q(db, "SELECT stats FROM runs ORDER BY id DESC LIMIT 1")[0][0])
    assert stored["totals"]["copies"] == 1


# ---- the README walk: a province page lists its organisations' officials -------------------

def test_a_province_page_lists_the_officials_of_its_organisations(tmp_path):
    (tmp_path / "a.txt").write_text(COOP, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path / "a.txt", "-j", "1").code == 0
    # the CLI already reads a province as its organisations
    res = run_ytekb("officials", "--org", "Nghệ An", "--db", db, "--format", "json")
    assert [(r["person"], r["position"], r["organization"]) for r in json.loads(res.stdout)] \
        == [("Nguyễn Văn Hùng", "Giám đốc", "Sở Y tế Nghệ An")]
    prov = q(db, "SELECT id FROM entities WHERE type = 'province' AND name = 'Nghệ An'")[0][0]
    with serving(db, tmp_path) as base:
        status, body, _ = get(f"{base}/-/ytekb/entity/{prov}")
    assert status == 200
    posts = body[body.index('id="posts"'):body.index('id="timeline"')]
    # was: "No posts stated." beside a timeline naming the director
    assert "No posts stated" not in posts
    assert posts.count('class="post"') == 1
    assert "Nguyễn Văn Hùng" in posts and "Sở Y tế Nghệ An" in posts and "Giám đốc" in posts


# ---- the nightly job as cron runs it: 80 columns, a dead host, a wrong charset -------------

def test_a_nightly_with_a_dead_host_and_a_wrong_charset_logs_at_80_columns(tmp_path):
    import socket

    import corpus
    from sites import FAST, Site, cli_env, ytekb_argv

    host = "baobackan.com.vn"   # its pages are UTF-8; the server says windows-1252
    info = corpus.SITES[host]
    with Site(host, charset="windows-1252") as site, socket.socket() as dead:
        dead.bind(("127.0.0.1", 0))
        dead.listen(128)   # never accepts: every connection waits in the queue (3 a run; room for many)
        port = dead.getsockname()[1]
        (tmp_path / "sources.toml").write_text(f'''
[[source]]
name = "{info['source']}"
adapter = "{info['adapter']}"
base_urls = ["{site.base}/"]
feeds = ["{site.url(info['feed'])}"]
listings = ["{site.url(info['listing'])}"]

[[source]]
name = "stalled"
base_urls = ["http://127.0.0.1:{port}/"]
feeds = ["http://127.0.0.1:{port}/rss.xml"]
''', encoding="utf-8")
        argv = ytekb_argv() + ["nightly", "--db", str(tmp_path / "kb.sqlite"), "--sources",
                               str(tmp_path / "sources.toml"), "--allow-host", "127.0.0.1",
                               "--delay", "0", *FAST]
        env = cli_env() | {"COLUMNS": "80"}
        runs, fetched = [], []
        for _ in range(2):
            runs.append(subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True,
                                       env=env, timeout=300, stdin=subprocess.DEVNULL))
            fetched.append(site.count(status=200))
    for run in runs:
        assert run.returncode == 1, run.stderr   # partial: one source failed, the rest landed
        assert "Traceback" not in run.stderr
        # was: per-source lines of 90+ columns
        assert all(len(line) <= 80 for line in run.stdout.splitlines()), run.stdout
        assert "stalled: failed:" in run.stdout and "baobackan: ok:" in run.stdout
        # (an error line wraps to 80 columns too: its continuation lines are indented)
        said = run.stderr.replace("\n  ", " ")
        assert any(line.startswith("error: http://127.0.0.1:") and "read timed out" in line
                   for line in said.splitlines()), run.stderr
        assert all(len(line) <= 80 for line in run.stderr.splitlines()), run.stderr
    assert "2 new" in runs[0].stdout and "0 new, 0 updated" in runs[1].stdout
    texts = [t for (t,) in q(tmp_path / "kb.sqlite", "SELECT text FROM documents")]
    assert len(texts) == 2 and all("Bắc Kạn" in t and "Ã" not in t for t in texts)
    assert fetched[1] == fetched[0] >= 2   # the rerun fetched nothing again (304s)


def test_a_former_post_before_a_reappointment_does_not_end_it(tmp_path):
    # review 9: "nguyên Giám đốc" in 2019, then "Giám đốc" again in 2023
    (tmp_path / "a.txt").write_text(FORMER.replace("2023-06-20", "2019-06-20")
                                    .replace("20/6/2023", "20/6/2019"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(HELD.replace("2019-03-05", "2023-03-05")
                                    .replace("5/3/2019", "5/3/2023"), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path, "-j", "1").code == 0
    assert q(db, "SELECT position, first_seen, last_seen, former, ended_by FROM position_spans") \
        == [("Giám đốc", "2023-03-05", "2023-03-05", 0, None)]
    # and called former again after it: ended by that date
    (tmp_path / "c.txt").write_text(FORMER.replace("Ủy ban kiểm tra", "Thanh tra tỉnh"),
                                    encoding="utf-8")
    assert run_ytekb("ingest", "--db", db, tmp_path, "-j", "1").code == 0
    assert q(db, "SELECT position, first_seen, last_seen, former, ended_by FROM position_spans") \
        == [("Giám đốc", "2023-03-05", "2023-03-05", 1, "2023-06-20")]


def test_a_crawled_page_stored_twice_from_another_site_becomes_a_syndicated_copy(tmp_path):
    # review 10: the repair labels links as the crawler would: another site's page is
    # `syndicated`, not `duplicate`
    db, alone, _docs = _old_kb_with_a_file_stored_twice(tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO sources(name) VALUES ('othersite')")
        conn.execute("UPDATE documents SET source_id = (SELECT id FROM sources WHERE name = "
                     "'othersite') WHERE name = 'b.txt'")
        conn.execute("INSERT INTO pages(document_id, url, status) SELECT id, "
                     "'https://other.example/b', 200 FROM documents WHERE name = 'b.txt'")
    conn.close()
    assert run_ytekb("upgrade", "--db", db).code == 0
    assert q(db, "SELECT relation FROM document_links") == [("syndicated",)]
    assert facts(db) == facts(alone)
