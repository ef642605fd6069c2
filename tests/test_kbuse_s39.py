"""Real use, stop 39: the entity page's files are that entity's (two people may share a
name), search highlights are <mark> on the web and brackets in the terminal. Real CLI,
real SQLite files and a real `ytekb serve` on 127.0.0.1."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from conftest import run_ytekb
from webserver import get, serving

# two officials of one name, in two provinces (the resolver keeps them apart)
NGHE_AN = ("date 2024-03-05\nSở Y tế Nghệ An kiểm tra công tác phòng dịch\n\n"
           "Ngày 5/3/2024, ông Nguyễn Văn Hùng, Giám đốc Sở Y tế Nghệ An, đã chủ trì buổi kiểm "
           "tra công tác phòng chống dịch sởi tại huyện Nghi Lộc.\n")
CA_MAU = ("date 2023-09-12\nSở Y tế Cà Mau triển khai tiêm chủng\n\n"
          "Ngày 12/9/2023, ông Nguyễn Văn Hùng, Phó Giám đốc Sở Y tế Cà Mau, cho biết tỉnh đã "
          "tiêm vắc xin sởi cho 12.000 trẻ em tại các trạm y tế xã.\n")

# an article with brackets and "<" of its own (a footnote, a rate)
FOOTNOTE = ("date 2024-05-20\nMổ nội soi an toàn hơn\n\n"
            "Theo báo cáo [2], tỷ lệ tai biến <2% khi mổ nội soi.\n")
# a phrase ("Trung tâm Kiểm soát bệnh tật") starting in the last words of a 24-word window
# that snippet() opens at the article's start
LONG = ("date 2024-06-02\nQuảng Ngãi tăng cường giám sát bệnh sốt xuất huyết\n\n"
        "Theo báo cáo, tỷ lệ ca mắc sốt xuất huyết được Trung tâm Kiểm soát bệnh tật tỉnh ghi "
        "nhận tăng nhanh trong tháng qua tại các xã ven biển.\n")


@pytest.fixture(scope="module")
def homonyms(tmp_path_factory):
    """A served KB holding two people named Nguyễn Văn Hùng (and FOOTNOTE); (base URL,
    KB path)."""
    tmp = tmp_path_factory.mktemp("s39_web")
    for name, text in (("a.txt", NGHE_AN), ("b.txt", CA_MAU), ("c.txt", FOOTNOTE),
                       ("d.txt", LONG)):
        (tmp / name).write_text(text, encoding="utf-8")
    kb = tmp / "kb.sqlite"
    res = run_ytekb("ingest", "--db", kb, tmp / "a.txt", tmp / "b.txt", tmp / "c.txt", tmp / "d.txt",
                    "-j", "1")
    assert res.code == 0, res.explain()
    with serving(kb, tmp) as base:
        yield base, kb


def _person_ids(kb: Path) -> dict[str, str]:
    """organisation name -> id of the Nguyễn Văn Hùng holding a post there."""
    import sqlite3

    conn = sqlite3.connect(kb)
    try:
        return dict(conn.execute("SELECT organization, person_id FROM positions "
                                 "WHERE person = 'Nguyễn Văn Hùng'").fetchall())
    finally:
        conn.close()


# ---------------------------------------------------------------- 1. the entity page's files

def test_the_entity_pages_timeline_files_hold_that_entity_not_its_namesake(homonyms):
    base, kb = homonyms
    ids = _person_ids(kb)
    assert len(set(ids.values())) == 2, ids   # two people, one name
    eid = ids["Sở Y tế Nghệ An"]
    status, page, _ = get(f"{base}/-/ytekb/entity/{eid}")
    assert status == 200
    links = [html.unescape(h) for h in re.findall(r'href="([^"]*timeline\.(?:csv|json)[^"]*)"', page)]
    assert len(links) == 2 and all(f"entity={eid}" in h for h in links), links
    status, body, headers = get(base + next(h for h in links if ".csv" in h))
    assert status == 200 and headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    # was: both men's posts (the link asked for the name)
    assert rows and all("Cà Mau" not in r["summary"] for r in rows), rows
    assert any("Nghệ An" in r["summary"] for r in rows)
    status, body, _ = get(base + next(h for h in links if ".json" in h))
    assert status == 200
    assert [r["summary"] for r in json.loads(body)] == [r["summary"] for r in rows]


def test_a_timeline_file_of_an_unknown_entity_id_is_not_found(homonyms):
    base, _ = homonyms
    status, body, _ = get(f"{base}/-/ytekb/timeline.csv?entity=per_000000000000")
    assert status == 404 and "per_000000000000" in body


# ---------------------------------------------------------------- 2. search highlights

def test_the_web_search_marks_highlights_as_mark_and_escapes_the_text(homonyms):
    base, kb = homonyms
    status, page, _ = get(f"{base}/{kb.stem}/search?q=n%E1%BB%99i+soi")   # "nội soi"
    assert status == 200
    cell = re.search(r'<td class="col-snippet[^"]*">(.*?)</td>', page, re.S)
    assert cell, page[-3000:]
    # was: "[nội soi]" in plain brackets, beside the article's own "[2]"
    assert "<mark>nội soi</mark>" in cell.group(1), cell.group(1)
    assert "[2]" in cell.group(1) and "[nội soi]" not in cell.group(1)
    assert "&lt;2%" in cell.group(1) and "<2%" not in cell.group(1)   # text stays text
    status, body, _ = get(f"{base}/{kb.stem}/search.json?q=n%E1%BB%99i+soi&_shape=array")
    rows = json.loads(body)
    assert status == 200 and "[nội soi]" in rows[0]["snippet"]   # files keep the brackets


def test_the_cli_search_keeps_plain_brackets(homonyms):
    _, kb = homonyms
    res = run_ytekb("search", "nội soi", "--db", kb, "--format", "json")
    assert res.code == 0, res.explain()
    snippet = json.loads(res.stdout)[0]["snippet"]
    assert "[nội soi]" in snippet and "<mark>" not in snippet


def test_a_phrase_the_snippets_edge_cut_is_highlighted_whole_in_cli_and_web(homonyms):
    base, kb = homonyms
    res = run_ytekb("search", "kiểm soát bệnh tật", "--db", kb, "--format", "json")
    assert res.code == 0, res.explain()
    snippet = json.loads(res.stdout)[0]["snippet"]
    # was: "…được Trung tâm [Kiểm]…", the window's last word
    assert snippet.endswith("Trung tâm [Kiểm soát bệnh tật]…"), snippet
    status, body, _ = get(f"{base}/{kb.stem}/search.json?_shape=array&q="
                          "ki%E1%BB%83m+so%C3%A1t+b%E1%BB%87nh+t%E1%BA%ADt")
    assert status == 200 and json.loads(body)[0]["snippet"] == snippet


@pytest.mark.parametrize("marked, words, expected", [
    # the phrase's start cut off at the window's start: its first words come back
    ("…\ue000bệnh tật\ue001 tỉnh ghi nhận", 4, "…\ue000Kiểm soát bệnh tật\ue001 tỉnh ghi nhận…"),
    # whole, at either edge: as it is
    ("…\ue000Kiểm soát bệnh tật\ue001…", 4, "…\ue000Kiểm soát bệnh tật\ue001…"),
    # a whole one at the start, a cut one at the end: only the end grows
    ("…\ue000Trung tâm\ue001 \ue000Kiểm\ue001…", 2, "…\ue000Trung tâm Kiểm\ue001…"),
    ("…\ue000Trung tâm\ue001 Kiểm soát bệnh \ue000tật\ue001…", 2,
     "…\ue000Trung tâm\ue001 Kiểm soát bệnh \ue000tật tỉnh\ue001…"),
    # a plain word (1 word per highlight) is never "cut"
    ("…Trung tâm \ue000Kiểm\ue001…", 1, "…Trung tâm \ue000Kiểm\ue001…"),
    # side-by-side highlights read as one: "tâm Kiểm" is whole for a 2-word phrase
    ("…Trung \ue000tâm\ue001 \ue000Kiểm\ue001…", 2, "…Trung \ue000tâm Kiểm\ue001…"),
])
def test_whole_completes_only_a_cut_phrase(marked, words, expected):
    from pipeline.query.snippets import whole

    text = ("Theo báo cáo, tỷ lệ ca mắc được Trung tâm Kiểm soát bệnh tật tỉnh ghi nhận "
            "tăng nhanh.")
    assert whole(marked, words, [text]) == expected


def test_phrase_words_counts_the_words_a_whole_highlight_holds():
    from pipeline.query.search import phrase_words

    assert phrase_words("kiem soat benh tat", True) == 4
    assert phrase_words("kiem soat benh tat", False) == 1
    assert phrase_words('"bach mai" "benh vien tim"', False) == 2
    assert phrase_words('"bach mai" tim', False) == 1


# ---------------------------------------------------------------- 3. a dead worker's CPU

def die_after(task: tuple[str, float]) -> str:
    """("burn", s): spend s of CPU where the in-worker timer cannot stop it (as C code
    would), then kill the worker (as a crash in a C extension would); ("sleep", s): wait
    s, then the same; ("ok", 0): answer."""
    import os
    import signal
    import time

    how, seconds = task
    if how == "ok":
        return "ok"
    signal.setitimer(signal.ITIMER_PROF, 0)   # the budget's timer, off
    began = time.process_time()
    if how == "sleep":
        time.sleep(seconds)
    while time.process_time() - began < (seconds if how == "burn" else 0):
        pass
    os._exit(3)


def test_a_dead_workers_cpu_is_read_not_guessed_from_wall_time():
    from pipeline.parallel import Pool, over_budget_message

    # the parent's own check (budget + grace) never fires: the workers die first
    pool = Pool(die_after, jobs=1, budget=0.1, grace=600)
    got = list(pool.map([("ok", 0), ("sleep", 0.8), ("ok", 0), ("burn", 0.4)]))
    assert got[0] == got[2] == (True, "ok")
    # was: "over the 0.1 s CPU budget": 0.8 s asleep guessed as 0.2 s of CPU (wall ÷ 4)
    assert got[1] == (False, "worker process died (exit code 3); skipped")
    assert got[3] == (False, over_budget_message(0.1))
    assert not pool.workers


# ---------------------------------------------------------------- 4. one CSV header, rows or none

@pytest.fixture(scope="module")
def sample_kb(tmp_path_factory):
    from test_query_sample import build_sample_kb

    return build_sample_kb(tmp_path_factory.mktemp("s39_csv") / "kb.sqlite")


def _fields():
    from pipeline.query import lookups
    from pipeline.query.cooperation import FIELDS as COOPERATION
    from pipeline.query.search import FIELDS as SEARCH
    from pipeline.query.timeline import FIELDS as TIMELINE

    return [(["timeline", "Nghệ An"], TIMELINE),
            (["cooperation", "Bạch Mai"], COOPERATION),
            (["search", "Bạch Mai"], SEARCH),
            (["officials", "--org", "Bạch Mai"], lookups.OFFICIAL_FIELDS),
            (["figures", "--entity", "Nghệ An"], lookups.FIGURE_FIELDS),
            (["legal", "39-NQ/TW"], lookups.LEGAL_FIELDS)]


@pytest.mark.parametrize("case", range(6))
def test_a_csv_answer_has_the_same_header_with_rows_and_without(sample_kb, case):
    args, fields = _fields()[case]
    full = run_ytekb(*args, "--db", sample_kb, "--format", "csv")
    assert full.code == 0, full.explain()
    rows = list(csv.DictReader(io.StringIO(full.stdout)))
    assert rows and list(rows[0]) == list(fields)   # every field, in the items' order
    empty = run_ytekb(*args, "--db", sample_kb, "--format", "csv", "--from", "2090")
    assert empty.code == 1, empty.explain()
    # was: only the table's columns ("date,title,snippet,document" for search)
    assert empty.stdout.splitlines() == [",".join(fields)]


# ---------------------------------------------------------------- 5. names typed as for `timeline`

def test_officials_and_figures_take_the_name_as_timeline_does(sample_kb):
    # was: "Got unexpected extra argument (Bạch Mai)", usage error
    by_arg = run_ytekb("officials", "Bạch Mai", "--db", sample_kb, "--format", "json")
    by_option = run_ytekb("officials", "--org", "Bạch Mai", "--db", sample_kb, "--format", "json")
    assert by_arg.code == 0 and json.loads(by_arg.stdout) == json.loads(by_option.stdout)
    by_arg = run_ytekb("figures", "Nghệ An", "--db", sample_kb, "--format", "json")
    by_option = run_ytekb("figures", "--entity", "Nghệ An", "--db", sample_kb, "--format", "json")
    assert by_arg.code == 0 and json.loads(by_arg.stdout) == json.loads(by_option.stdout)
    both = run_ytekb("officials", "Bạch Mai", "--org", "Nghệ An", "--db", sample_kb)
    assert both.code == 2 and "give the name once" in both.stderr
    none = run_ytekb("figures", "--db", sample_kb)
    assert none.code == 2 and "give NAME (or --entity NAME)" in none.stderr
