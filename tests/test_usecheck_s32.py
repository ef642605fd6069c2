"""What a new user met running ytekb from the README (stop 32), each mended and held here
on real processes and real SQLite files: `--help` at 80 columns, a Ctrl-C during an
ingest, and the web pages' sentence and date cells."""
from __future__ import annotations

import html
import os
import re
import signal
import sqlite3
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest

from holding import HOLD, held_cli
from sites import cli_env, ytekb, ytekb_argv
from test_reliability_jobs import count_of, wait_for
from test_query_sample import build_sample_kb
from webserver import get, serving

COMMANDS = ("run", "ingest", "extract", "nightly", "crawl", "reextract", "upgrade", "stats",
            "timeline", "officials", "entity", "profile", "cooperation", "search", "figures",
            "legal", "export", "serve", "overrides", "docbin")


def _help(*args: str) -> str:
    env = dict(cli_env(), COLUMNS="80")
    proc = subprocess.run(ytekb_argv() + [*args, "--help"], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode("utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_fits_80_columns(command):
    # was: `--type [person|province|...|other]` (138 columns), `--kind [...]` (91) and
    # crawl's one-line example (91) ran past an 80-column terminal
    long = [line for line in _help(command).splitlines() if len(line) > 80]
    assert long == [], long


def test_choice_options_still_list_and_check_their_choices():
    text = " ".join(_help("entity").split())
    assert "--type TYPE" in text and "One of: person, province, organization" in text
    assert "health_center, company, other." in text
    assert "One of: technology_transfer, training" in " ".join(_help("cooperation").split())
    bad = ytekb("entity", "Bạch Mai", "--type", "hospitals")
    assert bad.code == 2 and "'hospitals' is not one of" in bad.stderr


def _texts(folder: Path, n: int) -> Path:
    """n plain-text articles of our own, long enough that an ingest takes a few seconds."""
    folder.mkdir()
    orgs = ("Bệnh viện Bạch Mai", "Sở Y tế Nghệ An", "Bệnh viện Chợ Rẫy", "Sở Y tế Hà Tĩnh")
    for i in range(n):
        # a title of its own: files with one text are copies of one document (stop 33)
        lines = [f"date 2024-{i % 12 + 1:02d}-15", f"Bản tin y tế số {i + 1}"]
        for j in range(80):
            a, b = orgs[j % 4], orgs[(j + i + 1) % 4]
            if a == b:
                b = orgs[(j + 2) % 4]
            lines.append(f"Ngày {j % 28 + 1}/{j % 12 + 1}/2024, {a} làm việc với {b} về chuyển "
                         f"giao {j + 3} kỹ thuật. Giám đốc {a} Nguyễn Văn Hùng phát biểu.")
        (folder / f"bai{i:03d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


def test_ctrl_c_says_so_and_the_run_keeps_its_exit_code(tmp_path):
    docs = _texts(tmp_path / "docs", 40)
    for held in sorted(docs.iterdir())[4:]:   # the batch cannot end before the Ctrl-C
        held.write_text(held.read_text(encoding="utf-8") + f"\n{HOLD}", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    proc = subprocess.Popen(held_cli() + ["ingest", "--db", str(db), "-j", "1", str(docs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(),
                            stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(lambda: count_of(db) >= 2, 120, "two stored documents")
        os.killpg(proc.pid, signal.SIGINT)   # a terminal's Ctrl-C
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    err = err.decode()
    assert proc.returncode == 3, err
    # was: "ytekb ingest: interrupted (); run 1 recorded as interrupted" and exit_code NULL
    assert "interrupted (Ctrl-C)" in err and "interrupted ()" not in err
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT status, exit_code FROM runs").fetchall() == [
            ("interrupted", 3)]
        errors = conn.execute("SELECT errors FROM runs").fetchone()[0]
        assert "interrupted (Ctrl-C)" in errors
        assert 2 <= conn.execute("SELECT count(*) FROM documents").fetchone()[0] <= 4  # mid-batch
    finally:
        conn.close()
    again = ytekb("ingest", "--db", db, "-j", "1", docs, timeout=300)
    assert again.code == 0, again.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (40,)
        # whole documents only: every stored article has its 80 cooperation sentences' facts
        assert conn.execute("SELECT count(DISTINCT document_id) FROM roles").fetchone() == (40,)
        assert conn.execute("SELECT status, exit_code FROM runs ORDER BY id").fetchall() == [
            ("interrupted", 3), ("ok", 0)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from pipeline import web

    folder = tmp_path_factory.mktemp("usecheck_web")
    path = build_sample_kb(folder / "kb.sqlite")
    long = folder / "dai.txt"
    long.write_text("date 2024-05-02\nSáng 2/5/2024, Bệnh viện Bạch Mai đã ký kết thỏa thuận hợp "
                    "tác với Sở Y tế Nghệ An về chuyển giao kỹ thuật, đào tạo nhân lực, nghiên cứu "
                    "khoa học và hỗ trợ chuyên môn cho các bệnh viện tuyến tỉnh trong giai đoạn "
                    "2024-2030 nhằm nâng cao chất lượng khám chữa bệnh cho người dân.\n",
                    encoding="utf-8")
    assert ytekb("ingest", "--db", path, long).code == 0
    web.prepare(path)
    with serving(path, folder) as base:
        yield base


def _cells(page: str, cls: str | None = None) -> list[str]:
    pattern = (r'<td class="date">(.*?)</td>' if cls == "date"
               else r'<td><a href="/-/ytekb/document/\d+[^"]*">([^<]*)</a></td></tr>')
    return [html.unescape(c) for c in re.findall(pattern, page, re.S)]


def test_network_table_cuts_sentences_at_a_word_with_an_ellipsis(served):
    status, page, _ = get(served + "/-/ytekb/network?" + urllib.parse.urlencode({"q": ""}))
    assert status == 200
    sentences = _cells(page)
    assert sentences
    for s in sentences:
        # was: `sentence[:160]`, cut inside a word with no mark ("... thống nhất d")
        assert len(s) <= 160
        if len(s) >= 150:
            assert s.endswith("…"), s
    cut = [s for s in sentences if s.startswith("Sáng 2/5/2024, Bệnh viện Bạch Mai")]
    assert cut and all(s.endswith("…") and s[-2] != " " for s in cut), cut
    dates = _cells(page, "date")
    assert dates and all(re.fullmatch(r"([\dX]{4}(-\d\d){0,2})?", d) for d in dates)


def test_styles_keep_iso_dates_on_one_line(served):
    status, css, _ = get(served + "/-/static-plugins/pipeline.web.plugin/ytekb.css")
    assert status == 200
    assert re.search(r"\.ytekb-table td\.date \{ white-space: nowrap; \}", css)
    assert re.search(r"td\.col-date,[^{]*\{ white-space: nowrap; \}", css)


def test_charts_page_says_the_source_chart_is_the_whole_kb(served):
    status, page, _ = get(served + "/-/ytekb/charts?" + urllib.parse.urlencode({"q": "Bạch Mai"}))
    assert status == 200
    assert "Documents per source: the whole knowledge base" in html.unescape(page)


def test_a_folder_with_nothing_to_read_is_an_error_not_a_silent_success(tmp_path):
    (tmp_path / "empty").mkdir()
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ghi-chu.md").write_text("Bệnh viện Bạch Mai", encoding="utf-8")
    (notes / "anh.svg").write_text("<svg/>", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    # was: "documents: 0 new, 0 updated, 0 unchanged, 0 failed" and exit 0
    for folder, tail in (("empty", "in this folder"), ("notes", "in this folder (2 other files)")):
        res = ytekb("ingest", "--db", db, tmp_path / folder)
        assert res.code == 1, res.stderr
        # (an error wraps to $COLUMNS: its continuation lines are indented by two spaces)
        errors = [l for l in res.stderr.replace("\n  ", " ").splitlines() if l.startswith("error:")]
        assert errors == [f"error: {tmp_path / folder}: no .html, .htm, .txt or .json file {tail}"]
    res = ytekb("extract", "--jsonl", tmp_path / "empty")
    assert res.code == 1 and res.stdout == "" and "no .html, .htm, .txt or .json" in res.stderr
    # a folder with one readable file among others is read as before, the others passed over
    (notes / "bai.txt").write_text("date 2024-05-02\nSáng 2/5/2024, Bệnh viện Bạch Mai làm việc "
                                   "với Sở Y tế Nghệ An.\n", encoding="utf-8")
    res = ytekb("ingest", "--db", db, notes)
    assert res.code == 0 and "1 new" in res.stdout and "error:" not in res.stderr, res.stderr


def test_broken_html_gets_its_error_line_and_no_library_log_lines(tmp_path):
    page = tmp_path / "hong.html"
    # an unclosed <title> swallows the page (HTML parsing rules): no article text
    page.write_text("<html><head><title>Bệnh viện Bạch Mai<body><p>Sáng 4/10/2024, Bệnh viện "
                    "Bạch Mai làm việc với UBND tỉnh Nghệ An.<div><span>", encoding="utf-8")
    res = ytekb("ingest", "--db", tmp_path / "kb.sqlite", page)
    assert res.code == 1
    # was also: "WARNING trafilatura.core: discarding data: None"
    assert "trafilatura" not in res.stderr and "WARNING" not in res.stderr, res.stderr
    assert [l for l in res.stderr.splitlines() if l.startswith("error:")] == [
        f"error: {page}: no article text found in the HTML"]


def test_a_crawl_failure_is_said_once(tmp_path):
    import socket

    with socket.socket() as s:   # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    res = ytekb("crawl", "--db", tmp_path / "kb.sqlite", "--sitemap",
                f"http://127.0.0.1:{port}/sitemap.xml", "--delay", "0", "-s", "RETRY_TOTAL=0",
                "--report", tmp_path / "report.json")
    assert res.code == 3, res.stderr
    # was: the live "WARNING ytekb.crawl: 127.0.0.1: sitemap not fetched: ..." and then the
    # same failure again as the run's `error:` line
    assert "WARNING" not in res.stderr, res.stderr
    lines = [l for l in res.stderr.replace("\n  ", " ").splitlines() if "sitemap not fetched" in l]
    assert len(lines) == 1 and lines[0].startswith(f"error: http://127.0.0.1:{port}/sitemap.xml")
    # was: "connect timed out for 127.0.0.1" for a port that refuses at once
    assert "connection refused for 127.0.0.1" in lines[0] and "timed out" not in res.stderr


@pytest.fixture(scope="module")
def small_corpus_kb(tmp_path_factory) -> Path:
    """Three articles of our own, one of them about Bắc Kạn, ingested by the real CLI."""
    folder = tmp_path_factory.mktemp("usecheck_kb")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("date 2024-07-24\nSáng 24/7/2024, Bệnh viện Trung ương Thái "
                                "Nguyên chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Bắc Kạn.\n",
                                encoding="utf-8")
    (docs / "b.txt").write_text("date 2024-08-15\nSáng 15/8/2024, Sở Y tế Nghệ An làm việc với "
                                "Bệnh viện Bạch Mai.\n", encoding="utf-8")
    db = folder / "kb.sqlite"
    res = ytekb("ingest", "--db", db, docs)
    assert res.code == 0, res.stderr
    return db


def test_reextract_of_a_current_kb_counts_its_documents_unchanged(small_corpus_kb, tmp_path):
    from conftest import copy_db

    db = copy_db(small_corpus_kb, tmp_path / "kb.sqlite")
    # was: "documents: 0 re-extracted, 0 unchanged, 0 failed", as if the KB were empty
    res = ytekb("reextract", "--db", db, "-j", "1")
    assert res.code == 0 and "documents: 0 re-extracted, 2 unchanged, 0 failed" in res.stdout
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET extractor_version = 'old' WHERE id = 1")
    conn.commit()
    conn.close()
    res = ytekb("reextract", "--db", db, "-j", "1")
    assert res.code == 0 and "documents: 1 re-extracted, 1 unchanged, 0 failed" in res.stdout


def test_a_province_says_what_its_document_count_is(small_corpus_kb):
    res = ytekb("entity", "Bắc Kạn", "--db", small_corpus_kb)
    assert res.code == 0, res.stderr
    line = next(l for l in res.stdout.splitlines() if l.strip().startswith("mentions:"))
    # was: "mentions:     0 in 1 documents" for a province no sentence names as an entity
    assert re.fullmatch(r"\s+mentions:\s+\d+; documents in or about it: \d+", line), line
    res = ytekb("entity", "Bệnh viện Bạch Mai", "--db", small_corpus_kb)
    assert re.search(r"mentions:\s+\d+ in 1 documents", res.stdout), res.stdout


def test_a_huge_document_number_is_not_found_not_a_server_error(served):
    # was: 500 and "OverflowError: Python int too large to convert to SQLite INTEGER"
    status, page, _ = get(served + "/-/ytekb/document/99999999999999999999999")
    assert status == 404
    status, page, _ = get(served + "/-/ytekb/document/1")
    assert status == 200


def test_serve_on_a_taken_port_is_one_usage_error(served, small_corpus_kb):
    port = urllib.parse.urlsplit(served).port
    res = ytekb("serve", "--db", small_corpus_kb, "-p", str(port), timeout=60)
    # was: "serving ... at http://127.0.0.1:PORT/" then uvicorn's "ERROR: [Errno 98] ...", exit 3
    assert res.code == 2, res.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in res.stderr and "serving" not in res.stderr
    assert "Errno" not in res.stderr and "Traceback" not in res.stderr


def test_a_db_that_is_not_sqlite_is_said_plainly(tmp_path):
    bogus = tmp_path / "kb.sqlite"
    bogus.write_text("ghi chú, không phải cơ sở dữ liệu\n" * 20, encoding="utf-8")
    page = tmp_path / "bai.txt"
    page.write_text("date 2024-05-02\nSáng 2/5/2024, Bệnh viện Bạch Mai làm việc.\n",
                    encoding="utf-8")
    for args in (("stats",), ("ingest", page), ("search", "bach mai")):
        res = ytekb(*args, "--db", bogus)
        # was: "ytekb: fatal: DatabaseError: file is not a database"
        assert res.code == 3, res.stderr
        assert res.stderr.strip().replace("\n  ", " ") == (   # (a wrapped line joined)
            f"ytekb {args[0]}: fatal: the knowledge base file is not an "
            "SQLite database (a wrong --db, or a damaged file)")


def _brute(spans, lo, hi):
    return [m for m in spans if m.start < hi and m.end > lo]


def test_document_marks_are_found_by_offset_as_by_a_full_scan():
    import random

    from pipeline.web.document import Mark, _SpanIndex

    rng = random.Random(32)
    spans = []
    for i in range(400):
        start = rng.randrange(0, 5000)
        spans.append(Mark(start, start + rng.choice((1, 5, 30, 200, 1500)), "organization",
                          f"organization-{i}"))
    index = _SpanIndex(spans)
    for _ in range(500):
        lo = rng.randrange(0, 6000)
        hi = lo + rng.randrange(1, 300)
        assert index.overlapping(lo, hi) == _brute(spans, lo, hi)
    assert _SpanIndex([]).overlapping(0, 10) == []


def test_a_long_document_page_renders_in_seconds():
    from pipeline.web.document import Mark, render_text

    sentence = "Sáng 2/5/2024, Bệnh viện Bạch Mai làm việc với Sở Y tế Nghệ An."
    text = "\n".join(sentence for _ in range(8000))
    spans = []
    for i in range(8000):
        at = i * (len(sentence) + 1)
        spans += [Mark(at + 15, at + 33, "organization", f"organization-{2 * i}", "org_bm"),
                  Mark(at + 48, at + 63, "organization", f"organization-{2 * i + 1}", "org_na"),
                  Mark(at, at + 14, "date", f"date-{i}")]
    began = time.process_time()
    body = render_text(text, spans)
    # was: every sentence scanned every mark, 8,000 x 24,000; a 5 MB page took 128 s
    assert time.process_time() - began < 10   # 0.9 s here; the full scan took about 24 s
    assert body.count("<mark ") == 24000 and body.count('id="s7999"') == 1


def test_a_province_page_says_what_its_document_count_is(served):
    import json

    status, body, _ = get(served + "/kb/entities.json?type=province&_shape=array&_col=id")
    assert status == 200, body
    ids = [r["id"] for r in json.loads(body)]
    assert ids
    status, page, _ = get(served + "/-/ytekb/entity/" + urllib.parse.quote(ids[0]))
    assert status == 200
    # was: "0 mentions in 4 documents" (the documents are the articles about the province)
    meta = " ".join(re.search(r'<p class="meta">(.*?)</p>', page, re.S).group(1).split())
    assert re.search(r"\d+ mentions?; \d+ documents? in or about it", meta), meta
    status, body, _ = get(served + "/kb/entities.json?type=hospital&_shape=array&_col=id")
    hospital = json.loads(body)[0]["id"]
    page = get(served + "/-/ytekb/entity/" + urllib.parse.quote(hospital))[1]
    meta = " ".join(re.search(r'<p class="meta">(.*?)</p>', page, re.S).group(1).split())
    assert re.search(r"\d+ mentions? in \d+ documents?", meta), meta
