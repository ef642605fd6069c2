"""What stop 32's use check found, mended and held here on real processes, real SQLite
files and real HTTP on 127.0.0.1 (stop 33): identical files ingested under two names,
a province page whose network left out its organisations, invalid UTF-8 missing from
the run summary, and the side panel of a document with thousands of facts."""
from __future__ import annotations

import json
import re
import sqlite3
import urllib.parse
from pathlib import Path

import pytest

from conftest import run_ytekb
from webserver import get, serving

ARTICLE = ("date 2024-03-05\n"
           "Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An\n\n"
           "Ngày 5/3/2024, Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An về "
           "chuyển giao kỹ thuật và đào tạo nhân lực. Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế "
           "Nghệ An, cảm ơn sự hỗ trợ của Bệnh viện Bạch Mai.\n")
OTHER = ("date 2024-04-10\n"
         "Sở Y tế Hà Tĩnh tăng cường phòng chống sốt xuất huyết\n\n"
         "Ngày 10/4/2024, Sở Y tế Hà Tĩnh tổ chức hội nghị triển khai công tác phòng chống "
         "sốt xuất huyết năm 2024 tại các bệnh viện trong tỉnh.\n")


def q(db: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def facts(db: Path) -> tuple[int, ...]:
    return tuple(q(db, f"SELECT count(*) FROM {t}")[0][0]
                 for t in ("mentions", "roles", "cooperations", "figures", "dates"))


# ---- 1. identical files under different names ----------------------------------------------

def test_an_identical_file_under_another_name_is_a_copy_not_a_second_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "b-saved-again.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "c.txt").write_text(OTHER, encoding="utf-8")
    alone = tmp_path / "alone.sqlite"
    res = run_ytekb("ingest", "--db", alone, docs / "a.txt", docs / "c.txt", "-j", "1")
    assert res.code == 0, res.explain()

    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, docs, "-j", "1")
    assert res.code == 0, res.explain()
    # was: "3 new" and every fact of a.txt stored twice
    assert "documents: 2 new, 0 updated, 0 unchanged, 0 failed" in res.stdout, res.explain()
    assert "copies: 1 file repeats a stored text" in res.stdout
    assert "knowledge base: 3 documents (1 copy), " in res.stdout
    rows = q(db, "SELECT name, duplicate_of, extractor_version FROM documents ORDER BY id")
    original = q(db, "SELECT id FROM documents WHERE name = 'a.txt'")[0][0]
    assert ("b-saved-again.txt", original, None) in rows
    assert q(db, "SELECT relation FROM document_links") == [("duplicate",)]
    assert facts(db) == facts(alone) and facts(db)[2] >= 1
    assert q(db, "SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id "
                 "WHERE d.name = 'b-saved-again.txt'") == [(0,)]

    # a rerun changes nothing and says so
    res = run_ytekb("ingest", "--db", db, docs, "-j", "2")
    assert res.code == 0, res.explain()
    assert "documents: 0 new, 0 updated, 3 unchanged, 0 failed" in res.stdout, res.explain()
    assert "copies:" not in res.stdout
    assert q(db, "SELECT name, duplicate_of, extractor_version FROM documents ORDER BY id") == rows
    assert facts(db) == facts(alone)

    # the original edited: the copy is a document of its own again, with its facts
    (docs / "a.txt").write_text(ARTICLE.replace("Nguyễn Văn Hùng", "Trần Văn Hùng"),
                                encoding="utf-8")
    res = run_ytekb("ingest", "--db", db, docs, "-j", "1", "--json")
    assert res.code == 0, res.explain()
    report = json.loads(res.stdout)
    assert report["documents"]["updated"] == 2 and report["copies"] == 0
    assert q(db, "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL") == [(0,)]
    assert q(db, "SELECT count(*) FROM document_links") == [(0,)]   # no stale copy link
    assert q(db, "SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id "
                 "WHERE d.name = 'b-saved-again.txt'")[0][0] >= 3


def test_copies_found_on_several_workers_are_the_same_as_on_one(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("x1.txt", "x2.txt", "x3.txt"):
        (docs / name).write_text(ARTICLE, encoding="utf-8")
    (docs / "y.txt").write_text(OTHER, encoding="utf-8")
    got = []
    for jobs in ("1", "2"):
        db = tmp_path / f"kb{jobs}.sqlite"
        res = run_ytekb("ingest", "--db", db, docs, "-j", jobs, "--json")
        assert res.code == 0, res.explain()
        assert json.loads(res.stdout)["copies"] == 2
        got.append((q(db, "SELECT name, duplicate_of FROM documents ORDER BY id"), facts(db)))
    assert got[0] == got[1]


# ---- 3. invalid UTF-8 counted in the summary -------------------------------------------------

def test_a_file_with_invalid_utf8_is_counted_in_the_run_summary(tmp_path):
    (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(ARTICLE.encode("utf-8").replace("Hùng".encode(), b"H\xffng"))
    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, tmp_path / "good.txt", tmp_path / "bad.txt", "-j", "1")
    # was: one log line on stderr, and a summary as if every file had been clean
    assert res.code == 0, res.explain()
    assert "warnings: 1 file with invalid UTF-8 bytes (replaced by U+FFFD)" in res.stdout
    assert "bad.txt: 1 invalid UTF-8 byte sequence replaced with U+FFFD" in res.stderr
    assert res.stderr.count("invalid UTF-8") == 1   # once, not a log line and a warning
    assert "good.txt" not in res.stderr
    res = run_ytekb("ingest", "--db", db, tmp_path / "bad.txt", "--json")
    report = json.loads(res.stdout)
    assert report["flagged"] == {"with invalid UTF-8 bytes (replaced by U+FFFD)": 1}
    # `extract` still names the file (on stderr; stdout stays the contract)
    res = run_ytekb("extract", "--jsonl", tmp_path / "bad.txt")
    assert res.code == 0 and len(res.stdout.splitlines()) == 1
    assert "warning: " in res.stderr and "bad.txt: 1 invalid UTF-8" in res.stderr


def test_plain_text_without_a_date_is_counted_once_per_file(tmp_path):
    for i in range(3):
        (tmp_path / f"n{i}.txt").write_text(OTHER.split("\n", 1)[1], encoding="utf-8")
    res = run_ytekb("ingest", "--db", tmp_path / "kb.sqlite", tmp_path, "-j", "1")
    assert res.code == 0, res.explain()
    assert "warnings: 3 files without a publication date" in res.stdout
    assert "copies: 2 files repeat a stored text" in res.stdout


def test_the_run_summary_fits_80_columns(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(OTHER.encode("utf-8").replace(b"Ng\xc3\xa0y", b"Ng\xffy"))
    res = run_ytekb("ingest", "--db", tmp_path / "kb.sqlite", tmp_path, "-j", "1",
                    env={"COLUMNS": "80"})
    assert res.code == 0, res.explain()
    lines = res.stdout.splitlines()
    # was: "knowledge base: 3 documents, ... 2 dates" on one 120-column line
    assert max(map(len, lines)) <= 80, "\n".join(lines)
    assert "knowledge base: 3 documents (1 copy)," in res.stdout
    assert "roles" in res.stdout and "dates" in res.stdout.split("knowledge base:")[1]


# ---- 2 and 4: the web pages --------------------------------------------------------------------

@pytest.fixture(scope="module")
def web_kb(tmp_path_factory):
    """Our own articles: a cooperation of a province's department, and one article with
    hundreds of dated sentences (a huge page's side panel)."""
    root = tmp_path_factory.mktemp("kbuse")
    docs = root / "docs"
    docs.mkdir()
    (docs / "coop.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "zz-coop-saved-again.txt").write_text(ARTICLE, encoding="utf-8")
    days = [(d, m) for m in range(1, 13) for d in range(1, 29)][:260]
    lines = ["date 2024-12-31", "Sở Y tế Hà Tĩnh điểm lại các hoạt động trong năm 2024", ""]
    lines += ["Ngày 30/12/2024, Sở Y tế Hà Tĩnh tổng kết năm."] * 20
    lines += [f"Ngày {d}/{m}/2024, Sở Y tế Hà Tĩnh kiểm tra công tác phòng dịch." for d, m in days]
    (docs / "long.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, docs, "-j", "1")
    assert res.code == 0, res.explain()
    with serving(db, root) as base:
        yield base, db


def test_a_province_page_network_shows_its_organisations_links(web_kb):
    base, db = web_kb
    found = q(db, "SELECT id FROM entities WHERE type = 'province' AND name LIKE '%Nghệ An%'")
    assert found, q(db, "SELECT id, name, type FROM entities")
    status, page, _ = get(base + "/-/ytekb/entity/" + urllib.parse.quote(found[0][0]))
    assert status == 200
    # the timeline covers Sở Y tế Nghệ An's cooperation with Bạch Mai ...
    assert "Bạch Mai" in page.split("Timeline")[-1]
    # ... and so does the network (was: "no cooperation links", the province itself in none)
    svg = re.search(r"<svg[^>]*>(?:(?!</svg>).)*Cooperation network.*?</svg>", page, re.S)
    assert svg, "no network picture on the province page"
    assert "Bạch Mai" in svg.group(0) and "Nghệ An" in svg.group(0)
    # the partners chart names the other end, not the province's own department
    partners = re.search(r"<svg[^>]*>(?:(?!</svg>).)*Top partners.*?</svg>", page, re.S)
    assert partners and "Bạch Mai" in partners.group(0)


def test_a_huge_document_lists_its_first_facts_with_a_show_all_link(web_kb):
    from pipeline.web.document import SIDE_JUMPS, SIDE_LINES

    base, db = web_kb
    doc = q(db, "SELECT id FROM documents WHERE name = 'long.txt'")[0][0]
    dates = q(db, "SELECT count(DISTINCT text) FROM dates WHERE document_id = ?", doc)[0][0]
    assert dates > SIDE_LINES
    status, page, _ = get(base + f"/-/ytekb/document/{doc}", timeout=60)   # the cap is counted
    assert status == 200
    side = page.split('<aside class="facts">')[1]
    dates_side = side.split('id="side-date"')[1]
    assert dates_side.count("<li>") == SIDE_LINES
    assert f"showing {SIDE_LINES} of {dates}" in dates_side
    assert 'href="?all=1#side-date">show all</a>' in dates_side
    # one date said 20 times: its first SIDE_JUMPS ¶ links, then "+N"
    assert f">+{20 - SIDE_JUMPS}</a>" in dates_side
    # the text still marks every fact
    assert page.split('<aside class="facts">')[0].count('class="f-date') >= dates
    status, every, _ = get(base + f"/-/ytekb/document/{doc}?all=1")
    assert status == 200
    every_side = every.split('<aside class="facts">')[1].split('id="side-date"')[1]
    assert every_side.count("<li>") == dates and "show all" not in every_side
    assert every_side.count('class="jump" href="#date-') == \
        q(db, "SELECT count(*) FROM dates WHERE document_id = ?", doc)[0][0]


def test_a_small_document_lists_every_fact_without_a_cut(web_kb):
    base, db = web_kb
    doc = q(db, "SELECT id FROM documents WHERE name = 'coop.txt'")[0][0]
    status, page, _ = get(base + f"/-/ytekb/document/{doc}")
    assert status == 200 and "show all" not in page and 'class="more"' not in page
    assert "Bạch Mai" in page.split('id="side-cooperation"')[1]


# ---- what the README walk found ---------------------------------------------------------------

def test_a_whole_kb_export_leaves_out_the_writers_bookkeeping(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path / "a.txt").code == 0
    res = run_ytekb("export", "--db", db, "--out", tmp_path / "out")
    assert res.code == 0, res.explain()
    # was: "timeline_deferred: 0 rows -> outputs/timeline_deferred.csv" (always empty)
    assert "timeline_deferred" not in res.stdout and "documents: 1 row -> " in res.stdout
    assert not (tmp_path / "out" / "timeline_deferred.csv").exists()


def test_one_entity_is_one_entity():
    from pipeline.query.targets import Target

    # was: "1 entities" under the timeline page's search box
    assert Target("Trần Minh Quân", ["per_1"]).describe() == "1 entity"
    assert Target("Nghệ An", ["pro_1", "org_2"], province="Nghệ An").describe() == \
        "province Nghệ An (2 entities)"


def test_a_copys_page_says_where_its_facts_are(web_kb):
    base, db = web_kb
    (copy, original), = q(db, "SELECT id, duplicate_of FROM documents "
                              "WHERE name = 'zz-coop-saved-again.txt'")
    assert original == q(db, "SELECT id FROM documents WHERE name = 'coop.txt'")[0][0]
    status, page, _ = get(base + f"/-/ytekb/document/{copy}")
    # was: the text with every count 0 and no word on why
    assert status == 200
    note = re.search(r'<p class="copy">(.*?)</p>', page, re.S)
    assert note and f'href="/-/ytekb/document/{original}"' in note.group(1)
    assert "counted there once" in note.group(1)
    assert 'class="copy"' not in get(base + f"/-/ytekb/document/{original}")[1]


def test_canned_cooperation_and_legal_rows_link_names_to_entity_pages(web_kb):
    base, db = web_kb
    bm = q(db, "SELECT id FROM entities WHERE name = 'Bệnh viện Bạch Mai'")[0][0]
    status, page, _ = get(base + "/kb/cooperation?a=" + urllib.parse.quote("Bạch Mai") + "&b=")
    assert status == 200
    # was: plain text in the from and to cells (the README says names open entity pages)
    assert re.search(r'<td class="col-(from|to)[^"]*"[^>]*><a href="/-/ytekb/entity/'
                     + re.escape(urllib.parse.quote(bm)) + r'">Bệnh viện Bạch Mai</a>', page), \
        re.findall(r'<td class="col-from[^>]*>.*?</td>', page, re.S)[:2]
