"""Reliability of the writer, the job runner and the inputs, on real processes:
two concurrent `ytekb ingest`s, an ingest while a crawl holds the lock, kill -9
and the next run, a per-document CPU budget (a Python runaway and a regex stuck
in C), hostile inputs (JSON, names, unreadable entries) and hostile exports.
Every loop and wait is bounded."""
from __future__ import annotations

import csv
import json
import os
import re
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from holding import HOLD, held_cli
from sites import FAST, corpus_site, kill9, merged_sitemap, spawn, ytekb

TIMEOUT = 60


def q(db: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def count_of(db: Path, where: str = "SELECT count(*) FROM documents") -> int:
    """A count while another process may still be creating the KB (0 until it can)."""
    try:
        return q(db, where)[0][0] if db.exists() else 0
    except sqlite3.OperationalError:
        return 0


def wait_for(check, seconds: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def batch(folder: Path, samples, n: int, tag: str, held_from: int | None = None) -> list[Path]:
    """`n` distinct small articles (the sample texts with a numbered first line); from
    the `held_from`-th on they hold a `held_cli` run (holding.HOLD)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        base = samples.ARTICLE if i % 2 == 0 else samples.OTHER
        held = HOLD if held_from is not None and i >= held_from else ""
        p = folder / f"{tag}{i:03d}.txt"
        p.write_text(f"Tin {tag} số {i}: {base}{held}", encoding="utf-8")
        out.append(p)
    return out


def error_lines(stderr: str) -> list[str]:
    """The `error:` messages, each whole (a wrapped one's indented lines joined to it)."""
    return [l for l in stderr.replace("\n  ", " ").splitlines() if l.startswith("error:")]


# --------------------------------------------------------------------------- one writer

def test_two_concurrent_ingests_both_store_every_document(tmp_path, samples):
    """The first ingest holds its batch (and the lock) until the second says it waits:
    a first batch that ended before the second asked for the lock failed on a loaded
    machine."""
    a = batch(tmp_path / "a", samples, 12, "a", held_from=3)
    b = batch(tmp_path / "b", samples, 6, "b")
    db = tmp_path / "kb.sqlite"
    lock = tmp_path / "kb.sqlite.lock"
    release = tmp_path / "release"
    first = spawn("ingest", "--db", db, "--published", "2024-06-01", "--jobs", "1",
                  tmp_path / "a", cwd=tmp_path, cli=held_cli(release))
    second = None
    try:
        wait_for(lock.exists, 60, "the first ingest to take the lock")
        second = spawn("ingest", "--db", db, "--published", "2024-06-01", "--wait", "120",
                       tmp_path / "b", cwd=tmp_path)
        said = _first_line_with(second, "waiting up to 120 s", timeout=120)
        assert said, "the second ingest never said it was waiting for the first"
        assert first.poll() is None and second.poll() is None
        release.touch()
        out1, err1 = first.communicate(timeout=180)
        out2, err2 = second.communicate(timeout=180)
    finally:
        release.touch()
        for p in (first, second):
            if p is not None and p.poll() is None:
                kill9(p)
    assert first.returncode == 0, err1.decode()
    assert second.returncode == 0, said + err2.decode()
    err2 = said + err2.decode()
    assert "waiting up to 120 s" in err2 and "`ytekb ingest`" in err2, err2
    assert "Traceback" not in err1.decode() + err2
    assert q(db, "SELECT count(*) FROM documents")[0][0] == len(a) + len(b)
    assert q(db, "SELECT command, status, exit_code FROM runs ORDER BY id") == [
        ("ingest", "ok", 0), ("ingest", "ok", 0)]


def test_an_ingest_during_a_crawl_waits_or_exits_4_clearly(tmp_path, samples):
    """A real crawl holds the lock (stalled on its 4th article): `--wait 1` exits 4
    naming the crawl; a patient ingest waits and lands once the crawl is done."""
    import corpus

    entries = corpus.manifest()
    batch(tmp_path / "in", samples, 2, "x")
    db = tmp_path / "kb.sqlite"
    with corpus_site() as site:
        newest = sorted(entries, key=lambda e: e["published"], reverse=True)[:4]
        keep = {urlsplit(e["url"]).path for e in newest}
        urls = [u for u in re.findall(r"<url>.*?</url>", merged_sitemap(site), flags=re.S)
                if any(f"{p}<" in u for p in keep)]
        site.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                 '"http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(urls) + "</urlset>",
                 "application/xml")
        release = site.fault(urlsplit(newest[1]["url"]).path, stall=threading.Event()).stall
        crawl = spawn("crawl", "--db", db, "--sitemap", site.url("/sitemap.xml"), "--delay", "0",
                      *FAST, "-s", "READ_TIMEOUT=300", "-s", "TOTAL_TIMEOUT=300", cwd=tmp_path)
        patient = None
        try:
            assert site.stalled.wait(60), "the crawl never reached the stalled article"
            started = time.monotonic()
            res = ytekb("ingest", "--db", db, "--wait", "1", tmp_path / "in", cwd=tmp_path)
            assert res.code == 4, res.explain()
            lines = res.stderr.strip().replace("\n  ", " ").splitlines()   # (wrapped lines)
            assert any("`ytekb crawl`" in l and "gave up after waiting" in l for l in lines), \
                res.explain()
            # gave up after its 1 s, not after the stall's 60 s (start-up on a loaded machine
            # takes seconds of wall time of its own: ytekb --help took 6.5 s beside 8 sessions)
            assert "Traceback" not in res.stderr and time.monotonic() - started < 50
            patient = spawn("ingest", "--db", db, "--wait", "120", "--published", "2024-06-01",
                            tmp_path / "in", cwd=tmp_path)
            said = _first_line_with(patient, "waiting up to 120 s", timeout=120)
            assert said, "the patient ingest never said it was waiting for the crawl"
            assert patient.poll() is None  # still waiting for the crawl
            release.set()
            assert crawl.wait(120) == 0
            out, err = patient.communicate(timeout=120)
            assert patient.returncode == 0, said + err.decode()
        finally:
            release.set()
            for p in (crawl, patient):
                if p is not None and p.poll() is None:
                    kill9(p)
    assert q(db, "SELECT count(*) FROM documents")[0][0] == len(newest) + 2
    assert [r[0] for r in q(db, "SELECT command FROM runs ORDER BY id")] == ["crawl", "ingest"]


def _first_line_with(proc, text: str, timeout: float) -> str:
    """Stderr of `proc` read up to the first line holding `text` ("" if it never came):
    waiting on the message instead of a fixed sleep keeps a slow start-up (a loaded CI
    machine) from letting the crawl finish before the second command asks for the lock."""
    seen: list[str] = []
    found = threading.Event()

    def read() -> None:
        for raw in proc.stderr:
            seen.append(raw.decode(errors="replace"))
            if text in seen[-1]:
                found.set()
                return

    threading.Thread(target=read, daemon=True).start()
    return "".join(seen) if found.wait(timeout) else ""


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for t in os.listdir(f"/proc/{pid}/task")
                for c in Path(f"/proc/{pid}/task/{t}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find worker processes")
def test_killed_ingest_leaves_no_half_document_and_the_next_run_marks_it(tmp_path, samples,
                                                                         dump_kb):
    # held from the 9th: the kill lands mid-batch however slowly this test polls
    files = batch(tmp_path / "in", samples, 24, "k", held_from=8)
    db = tmp_path / "kb.sqlite"
    proc = spawn("ingest", "--db", db, "--published", "2024-06-01", "--jobs", "2",
                 tmp_path / "in", cwd=tmp_path, cli=held_cli())
    try:
        wait_for(lambda: count_of(db) >= 3, 60, "a few stored documents")
        workers = _children(proc.pid)
    finally:
        kill9(proc)
    assert workers, "no worker processes were running"
    wait_for(lambda: not any(Path(f"/proc/{w}").exists() and
                             "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2]
                             for w in workers), 10, "the workers to die with their parent")
    stored = q(db, "SELECT count(*) FROM documents")[0][0]
    assert 3 <= stored <= 8
    assert q(db, "SELECT status FROM runs") == [("running",)]
    assert q(db, "PRAGMA integrity_check") == [("ok",)]
    assert q(db, "SELECT count(*) FROM timeline_deferred") == [(0,)]

    # the next run, of any command, marks the dead one; an ingest finishes the batch
    res = ytekb("reextract", "--db", db, cwd=tmp_path)
    assert res.code == 0 and "0 re-extracted" in res.stdout, res.explain()
    res = ytekb("ingest", "--db", db, "--published", "2024-06-01", "--json", tmp_path / "in",
                cwd=tmp_path)
    assert res.code == 0, res.explain()
    report = json.loads(res.stdout)
    assert report["documents"]["unchanged"] == stored
    assert report["documents"]["new"] == len(files) - stored
    assert q(db, "SELECT command, status FROM runs ORDER BY id") == [
        ("ingest", "interrupted"), ("reextract", "ok"), ("ingest", "ok")]
    # every document whole: the KB equals one built without the kill
    from pipeline import jobs

    clean = tmp_path / "clean.sqlite"
    assert jobs.load(clean, jobs.file_items([tmp_path / "in"], "2024-06-01"), "ingest",
                     jobs=2).exit_code == 0
    volatile = ("runs", "aliases")
    assert dump_kb(db, exclude=volatile) == dump_kb(clean, exclude=volatile)


def test_sqlite_busy_is_waited_for_not_failed(tmp_path, samples):
    """A writer that does not use the lock (a hand-held transaction) only delays a
    document: BEGIN IMMEDIATE waits on SQLite's busy timeout instead of failing."""
    from pipeline import jobs

    db = tmp_path / "kb.sqlite"
    assert jobs.load(db, jobs.file_items(batch(tmp_path / "in", samples, 2, "s"), "2024-06-01"),
                     "ingest").exit_code == 0
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(2.0, lambda: holder.execute("COMMIT")).start()
    try:
        res = ytekb("ingest", "--db", db, "--published", "2024-06-01",
                    batch(tmp_path / "late", samples, 1, "late")[0], cwd=tmp_path)
    finally:
        time.sleep(0.1)
        holder.close()
    assert res.code == 0, res.explain()
    assert q(db, "SELECT count(*) FROM documents")[0][0] == 3


# --------------------------------------------------------------------------- CPU budget

def test_a_document_over_the_cpu_budget_is_skipped_and_the_batch_goes_on(tmp_path, samples):
    folder = tmp_path / "in"
    good = batch(folder, samples, 2, "g")
    line = samples.ARTICLE.replace("\n", " ") + "\n"
    (folder / "huge.txt").write_text(line * (3_000_000 // len(line)), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    started = time.monotonic()
    res = ytekb("ingest", "--db", db, "--published", "2024-06-01", "--jobs", "2",
                "--doc-timeout", "0.5", "in", cwd=tmp_path, timeout=120)
    assert res.code == 1, res.explain()
    assert error_lines(res.stderr) == [
        "error: in/huge.txt: over the 0.5 s CPU budget per document (--doc-timeout); skipped"]
    assert sorted(r[0] for r in q(db, "SELECT name FROM documents")) == [p.name for p in good]
    assert time.monotonic() - started < 100
    # --jobs 1 works in this process: the budget is a CPU timer there
    from pipeline import jobs

    got = list(jobs.outcomes(jobs.file_items([folder]), jobs=1, doc_timeout=0.5))
    assert [(o.label.rsplit("/", 1)[-1], o.error) for o in got] == [
        ("g000.txt", None), ("g001.txt", None),
        ("huge.txt", "over the 0.5 s CPU budget per document (--doc-timeout); skipped")]


def stuck_in_c(seconds: float) -> str:
    """A regex that backtracks in C for ever: signals wait until it returns."""
    if seconds < 0:
        re.fullmatch(r"(a|aa)+b", "a" * 80)
    return f"slept {seconds}"


def test_a_task_stuck_in_c_is_killed_and_its_worker_replaced():
    from pipeline.parallel import Pool

    pool = Pool(stuck_in_c, jobs=2, budget=0.3, grace=0.5)
    started = time.monotonic()
    got = list(pool.map([0.0, -1.0, 0.0, 0.0]))
    assert time.monotonic() - started < 60
    assert got[0] == (True, "slept 0.0") and got[2:] == [(True, "slept 0.0")] * 2
    assert got[1][0] is False and "CPU budget" in got[1][1]
    assert not pool.workers  # closed: no process left behind


# --------------------------------------------------------------------------- inputs

def _hostile_inputs(folder: Path, samples) -> dict[str, str]:
    """name -> what its error line must say; also two good files."""
    folder.mkdir()
    (folder / "good.txt").write_text(samples.ARTICLE, encoding="utf-8")
    (folder / "good.json").write_text(json.dumps({"text": samples.OTHER,
                                                  "published": "2024-06-05T08:00:00+07:00"}),
                                      encoding="utf-8")
    bad = {
        "deep.json": ("[" * 100_000 + "]" * 100_000, "nested 100000 levels deep"),
        "pub_int.json": (json.dumps({"text": samples.OTHER, "published": 2024}),
                         '"published" must be a string date, not a number'),
        "pub_dict.json": (json.dumps({"text": samples.OTHER, "published": {"y": 2024}}),
                          '"published" must be a string date, not an object'),
        "pub_bad.json": (json.dumps({"text": samples.OTHER, "published": "2024-02-30"}),
                         "is not a real calendar date"),
        "url_list.json": (json.dumps({"text": samples.OTHER, "url": ["http://a", "http://b"]}),
                          '"url" must be a string, not a list'),
        "text_int.json": (json.dumps({"text": 123}), 'needs a "text" string, not a number'),
        "array.json": (json.dumps([{"text": "x"}]), "must be an object"),
    }
    for name, (content, _) in bad.items():
        (folder / name).write_text(content, encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")          # unreadable even for root
    os.symlink("subloop", folder / "subloop")            # a folder that cannot be listed
    os.mkfifo(folder / "pipe.txt")                       # reading it would block for ever
    expected = {name: why for name, (_, why) in bad.items()}
    expected.update({"loop.txt": "Too many levels of symbolic links",
                     "subloop": "Too many levels of symbolic links",
                     "pipe.txt": "not a regular file"})
    if os.geteuid() != 0:  # permissions only stop a non-root user
        (folder / "locked").mkdir()
        (folder / "locked" / "a.txt").write_text(samples.OTHER, encoding="utf-8")
        os.chmod(folder / "locked", 0)
        expected["locked"] = "cannot read folder"
    return expected


def test_every_bad_input_is_one_error_line_and_the_batch_goes_on(tmp_path, samples):
    folder = tmp_path / "in"
    expected = _hostile_inputs(folder, samples)
    try:
        res = ytekb("extract", "in", cwd=tmp_path)
        assert res.code == 1, res.explain()
        assert "Traceback" not in res.stderr
        docs = [json.loads(l)["document"] for l in res.stdout.splitlines()]
        assert docs == ["good.json", "good.txt"]
        lines = error_lines(res.stderr)
        assert len(lines) == len(expected), res.explain()
        for name, why in expected.items():
            assert any(l.startswith(f"error: in/{name}") and why in l for l in lines), \
                (name, lines)

        db = tmp_path / "kb.sqlite"
        res = ytekb("ingest", "--db", db, "in", cwd=tmp_path)
        assert res.code == 1 and "Traceback" not in res.stderr, res.explain()
        assert len(error_lines(res.stderr)) == len(expected)
        assert sorted(r[0] for r in q(db, "SELECT name FROM documents")) == \
            ["good.json", "good.txt"]
        assert q(db, "SELECT published FROM documents WHERE name = 'good.json'") == \
            [("2024-06-05T08:00:00+07:00",)]
        # the plain text had no date: said once, as a warning (wrapped to the terminal)
        said = res.stderr.replace("\n  ", " ")
        assert [l for l in said.splitlines() if l.startswith("warning: in/good.txt")] == [
            "warning: in/good.txt: no publication date: its facts are dated only by their own "
            "sentences (give --published "
            "YYYY-MM-DD, or start the file with a line 'date YYYY-MM-DD')"]
    finally:
        if (folder / "locked").exists():
            os.chmod(folder / "locked", 0o755)


def test_file_names_are_escaped_and_cannot_forge_lines(tmp_path, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    latin1 = os.fsdecode(b"caf\xe9.txt")               # not UTF-8: a surrogate escape
    forged = "x\nerror: forged.txt"
    (folder / latin1).write_text(samples.OTHER, encoding="utf-8")
    (folder / forged).write_text("", encoding="utf-8")  # empty: it will be an error line
    (folder / "esc\x1b[31m.json").write_text("{", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = ytekb("ingest", "--db", db, "--published", "2024-06-01", "in", cwd=tmp_path)
    assert res.code == 1, res.explain()
    assert "Traceback" not in res.stderr
    assert error_lines(res.stderr) == [
        "error: in/esc\\x1b[31m.json: invalid JSON (Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1))",
        "error: in/x\\nerror: forged.txt: empty file"]
    assert "\x1b" not in res.stderr
    assert q(db, "SELECT name FROM documents") == [("caf%E9.txt",)]   # stored as in URLs
    res = ytekb("extract", folder / latin1, cwd=tmp_path)
    assert res.code == 0 and json.loads(res.stdout)["document"] == "caf%E9.txt", res.explain()


def test_published_must_be_a_real_calendar_date(tmp_path, samples):
    (tmp_path / "a.txt").write_text(samples.OTHER, encoding="utf-8")
    from pipeline.validate import Invalid, check_date

    for bad in ("2024-99", "2024-02-30", "24-01-01", "2024-1-5", "2024-13", "1066"):
        with pytest.raises(Invalid):
            check_date(bad)
    assert check_date("2024-02-29") == "2024-02-29" and check_date("2024-12") == "2024-12"
    res = ytekb("ingest", "--db", tmp_path / "kb.sqlite", "--published", "2024-99",
                tmp_path / "a.txt", cwd=tmp_path)
    assert res.code == 2 and "--published" in res.stderr and "real calendar date" \
        in res.stderr, res.explain()
    assert not (tmp_path / "kb.sqlite").exists()
    res = ytekb("extract", "--published", "2024-02-29", tmp_path / "a.txt", cwd=tmp_path)
    assert res.code == 0 and json.loads(res.stdout)["published"] == "2024-02-29"


def test_a_report_that_cannot_be_written_is_not_fatal(tmp_path):
    from scrapers import nightly

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    res = ytekb("crawl", "--db", tmp_path / "kb.sqlite", "--feed", "http://127.0.0.1:9/x",
                "--report", blocker / "report.json", cwd=tmp_path)
    assert res.code == 2 and "cannot write a report" in res.stderr, res.explain()
    out = {"run_id": 1, "warnings": []}
    opts = nightly.RunOptions(db_path=tmp_path / "kb.sqlite", sources=[],
                              report_path=blocker / "report.json")
    nightly._write_report(out, opts)  # the folder vanished during the run: a warning
    assert out["report_path"] is None and "report not written" in out["warnings"][0]["warning"]


# --------------------------------------------------------------------------- exports

def test_csv_cells_cannot_be_formulas(small_kb, tmp_path):
    from pipeline.query.export import export_query

    sql = ("SELECT '=HYPERLINK(\"http://evil\")' AS a, '+1' AS b, '-2+3' AS c, '@SUM(A1)' AS d, "
           "-5 AS n, 'Bạch Mai' AS e, '\tx' AS t")
    export_query(small_kb, sql, tmp_path, "csv", "f")
    rows = list(csv.reader((tmp_path / "f.csv").open(encoding="utf-8")))
    assert rows[1] == ["'=HYPERLINK(\"http://evil\")", "'+1", "'-2+3", "'@SUM(A1)", "-5",
                       "Bạch Mai", "'\tx"]
    export_query(small_kb, sql, tmp_path, "json", "f")  # JSON keeps values as they are
    assert json.loads((tmp_path / "f.json").read_text())[0]["a"] == '=HYPERLINK("http://evil")'


def test_export_name_cannot_leave_out_and_symlinks_are_replaced(small_kb, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    from pipeline.query.common import QueryError
    from pipeline.query.export import file_name

    for name in ("/tmp/abs", "a/b", ".hidden", "..", "a\\b", "x" * 101, ""):
        with pytest.raises(QueryError, match="plain file name"):
            file_name(name)
    res = ytekb("export", "--db", small_kb, "--out", out, "--query", "SELECT 1 AS a",
                "--name", "../../escaped", cwd=tmp_path)
    assert res.code == 2 and "plain file name" in res.stderr, res.explain()
    assert not list(tmp_path.rglob("escaped*")) and not list(out.iterdir())
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    (out / "link.csv").symlink_to(target)
    from pipeline.query.export import export_query

    export_query(small_kb, "SELECT 1 AS a", out, "csv", "link")
    assert target.read_text() == "keep me"
    assert not (out / "link.csv").is_symlink() and (out / "link.csv").read_text() == "a\n1\n"
    assert sorted(p.name for p in out.iterdir()) == ["link.csv"]  # no temporary files left


def test_an_endless_export_query_stops_and_leaves_no_file(small_kb, tmp_path):
    from pipeline.query.common import QueryError
    from pipeline.query.export import export_query

    out = tmp_path / "out"
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
    with pytest.raises(QueryError, match="row limit"):
        export_query(small_kb, endless, out, "csv", "rows", row_limit=50_000)
    slow = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            "SELECT count(*) FROM c")   # one row, never: only the clock stops it
    started = time.monotonic()
    with pytest.raises(QueryError, match="time limit"):
        export_query(small_kb, slow, out, "jsonl", "time", time_limit=1.0)
    assert time.monotonic() - started < 20
    assert not out.exists() or list(out.iterdir()) == []
