"""Stop 39: a law cited beside a person sits on the person's timeline when the
article cited it, not in the year the law was issued ("Bộ luật Hình sự năm 1999"
in a 2017 article is a 2017 entry, its own year kept as `issued`); only the
issuer's timeline keeps the issue date. Real CLI, real SQLite files, the entity
page's picture from the same query, and a KB built before 0015 upgraded."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import run_ytekb

# a 2017 case against a former director, citing the 1999 and 2015 penal codes
CHARGED = ("date 2017-06-14\nKhởi tố nguyên Giám đốc Sở Y tế tỉnh Bình Dương\n\n"
           "Ngày 14/6/2017, Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương đã khởi tố ông "
           "Lê Văn Tâm, nguyên Giám đốc Sở Y tế tỉnh Bình Dương, về tội vi phạm quy định về "
           "đấu thầu theo Điều 281 Bộ luật Hình sự năm 1999.\n"
           "Theo Bộ luật Hình sự năm 2015 do Quốc hội ban hành, hành vi này bị xử lý theo "
           "Điều 222.\n")
INDICTED = ("date 2017-09-20\nTruy tố nguyên Giám đốc Sở Y tế tỉnh Bình Dương\n\n"
            "Ngày 20/9/2017, Viện Kiểm sát nhân dân tỉnh Bình Dương đã truy tố ông Lê Văn Tâm, "
            "nguyên Giám đốc Sở Y tế tỉnh Bình Dương, theo Bộ luật Hình sự năm 1999.\n")
PERSON = "Lê Văn Tâm"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("s39_tline")
    for name, text in (("a.txt", CHARGED), ("b.txt", INDICTED)):
        (tmp / name).write_text(text, encoding="utf-8")
    path = tmp / "kb.sqlite"
    res = run_ytekb("ingest", "--db", path, tmp / "a.txt", tmp / "b.txt", "-j", "1")
    assert res.code == 0, res.explain()
    return path


def _timeline(kb: Path, name: str) -> list[dict]:
    res = run_ytekb("timeline", name, "--db", kb, "--format", "json")
    assert res.code == 0, res.explain()
    return json.loads(res.stdout)


def test_a_cited_law_is_dated_by_the_article_that_cites_it(kb):
    items = _timeline(kb, PERSON)
    laws = [i for i in items if i["kind"] == "legal"]
    # was: two 1999 entries opening the list, before the person's 2017 posts
    assert [(i["date"], i["document"]) for i in laws] == [("2017-06-14", "a.txt"),
                                                          ("2017-09-20", "b.txt")], items
    assert all(i["date_source"] == "published" and i["issued"] == "1999" for i in laws), laws
    assert min(i["date"] for i in items)[:4] == "2017"


def test_the_issuer_keeps_the_issue_date(kb):
    items = [i for i in _timeline(kb, "Quốc hội") if i["kind"] == "legal"]
    assert items and all(i["date_source"] == "issued" for i in items), items
    assert "2015" in [i["date"] for i in items], items


def test_the_view_dates_cited_rows_by_the_article(kb):
    conn = sqlite3.connect(kb)
    try:
        rows = conn.execute("SELECT relation, date, date_source FROM timeline "
                            "WHERE kind = 'legal'").fetchall()
    finally:
        conn.close()
    cited = {r for r in rows if r[0] == "cited"}
    assert cited and all(d[:4] == "2017" and s == "published" for _, d, s in cited), rows
    assert {d for rel, d, _ in rows if rel == "issued"} >= {"2015"}, rows


def test_the_entity_pages_picture_spans_the_persons_year(kb):
    from pipeline.web import entity

    conn = sqlite3.connect(kb)
    try:
        (eid,) = conn.execute("SELECT id FROM entities WHERE name = ?", [PERSON]).fetchone()
        page = entity.page(conn, eid)
    finally:
        conn.close()
    picture = page.pictures["timeline"]
    assert ">2017<" in picture and ">1999<" not in picture and ">2000<" not in picture


def test_a_kb_indexed_before_0015_is_redated(kb, tmp_path):
    old = tmp_path / "old.sqlite"
    old.write_bytes(kb.read_bytes())
    conn = sqlite3.connect(old)
    with conn:   # what 0006 left: the cited rows of the index at the law's year
        conn.execute("UPDATE timeline_index SET date = '1999' WHERE kind = 'legal'")
        conn.execute("PRAGMA user_version = 14")
    conn.close()
    laws = [i for i in _timeline(old, PERSON) if i["kind"] == "legal"]
    assert [i["date"] for i in laws] == ["2017-06-14", "2017-09-20"], laws


def test_the_html_page_shows_the_laws_own_year_beside_the_articles_date(kb, tmp_path):
    out = tmp_path / "t.html"
    res = run_ytekb("timeline", PERSON, "--db", kb, "--format", "html", "-o", out)
    assert res.code == 0, res.explain()
    page = out.read_text(encoding="utf-8")
    assert page.count("(issued 1999)") == 2 and "<span class=\"date\">1999" not in page
