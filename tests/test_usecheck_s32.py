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
import urllib.parse
from pathlib import Path

import pytest

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
        lines = [f"date 2024-{i % 12 + 1:02d}-15"]
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
    db = tmp_path / "kb.sqlite"
    proc = subprocess.Popen(ytekb_argv() + ["ingest", "--db", str(db), "-j", "1", str(docs)],
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
               else r'<td><a href="/-/ytekb/document/\d+">([^<]*)</a></td></tr>')
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
