"""Real use, stop 38 (follow-ups): a mistyped kind on the web timeline is said, a
snippet's highlight is found past the article's own brackets, an unchanged re-ingest
does not warn again, and the entity page offers its timeline as files. Real CLI,
real SQLite files and a real `ytekb serve` on 127.0.0.1."""
from __future__ import annotations

import csv
import html
import io
import re
import sqlite3

from conftest import run_ytekb
from test_kbuse_s38 import sample_server, web_timeline  # noqa: F401 (a fixture)
from webserver import get

UNDATED = ("Sở Y tế Quảng Bình tăng cường phòng chống bệnh tay chân miệng\n\n"
           "Sở Y tế Quảng Bình tổ chức hội nghị triển khai công tác phòng chống bệnh tay chân "
           "miệng tại các trường mầm non trong tỉnh.\n")


# ---------------------------------------------------------------- a mistyped kind

def test_a_mistyped_kind_on_the_web_timeline_is_said_not_read_as_every_kind(sample_server):
    base, _ = sample_server
    status, page, _ = web_timeline(base, q="Nghệ An", kind=["rol", "legal"])
    assert status == 200
    page = html.unescape(page)
    assert "unknown kind 'rol' (the kinds are cooperation, role, legal, figure, event)" in page
    assert 'value="legal" checked' in page and "--kind legal" in page
    assert "--kind rol" not in page   # the command shown is one the CLI takes
    # the file is not made: it leads back to the page, which says why
    status, body, headers = web_timeline(base, "csv", q="Nghệ An", kind=["rol"])
    assert status == 200 and not headers["content-type"].startswith("text/csv")
    assert "unknown kind 'rol'" in html.unescape(body)


def test_a_mistyped_kind_keeps_the_dates_and_a_wrong_date_still_says_so(sample_server):
    base, _ = sample_server
    _, page, _ = web_timeline(base, q="Nghệ An", kind=["fig"], **{"from": "2024"})
    page = html.unescape(page)
    assert "unknown kind 'fig'" in page and "--from 2024" in page
    assert "the dates are not applied" not in page
    _, page, _ = web_timeline(base, q="Nghệ An", kind=["fig"], **{"from": "2024-13"})
    page = html.unescape(page)
    assert "is not a date" in page and "the dates are not applied" in page
    assert "unknown kind 'fig'" in page


# ---------------------------------------------------------------- the entity page's files

def test_the_entity_page_links_its_timeline_as_csv_and_json(sample_server):
    base, kb = sample_server
    with sqlite3.connect(kb) as conn:
        eid = conn.execute("SELECT id FROM entities WHERE name = 'Sở Y tế Nghệ An'").fetchone()[0]
    status, page, _ = get(f"{base}/-/ytekb/entity/{eid}")
    assert status == 200
    links = {fmt: html.unescape(href) for href, fmt in
             re.findall(r'href="(/-/ytekb/timeline\.(csv|json)\?[^"]+)" download', page)}
    assert set(links) == {"csv", "json"}, page
    status, body, headers = get(base + links["csv"])
    assert status == 200 and headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and all(r["page"].startswith(f"{base}/-/ytekb/document/") for r in rows)
    _, same, _ = web_timeline(base, "csv", q="Sở Y tế Nghệ An")
    assert body == same


# ---------------------------------------------------------------- brackets in a snippet

ENDOSCOPY = ("date 2025-04-02\n"
             "Bệnh viện tỉnh triển khai kỹ thuật mới\n\n"
             "Ảnh minh họa [1]. Theo báo cáo [2], trong quý I năm 2025 Bệnh viện Đa khoa tỉnh "
             "Quảng Bình đã khám cho hơn 40.000 lượt người bệnh, tiếp nhận nhiều ca bệnh nặng từ "
             "các huyện và phối hợp với các bệnh viện tuyến trung ương [3] để đào tạo nhân "
             "lực, sau đó bệnh viện triển khai thành công kỹ thuật nội soi siêu âm cho người "
             "bệnh.\n")


def test_a_narrow_search_table_finds_the_highlight_past_the_articles_own_brackets(tmp_path):
    import json

    (tmp_path / "noi-soi.txt").write_text(ENDOSCOPY, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, tmp_path / "noi-soi.txt", "-j", "1")
    assert res.code == 0, res.explain()
    res = run_ytekb("search", "nội soi siêu âm", "--db", db, env={"COLUMNS": "64"})
    assert res.code == 0, res.explain()
    head, *lines = res.stdout.splitlines()
    column = slice(head.index("SNIPPET"), head.index("DOCUMENT"))
    shown = " ".join(" ".join(line[column] for line in lines).split())
    assert "[nội soi siêu âm]" in shown, res.stdout   # was: "…kỹ thuật [nội…", cut
    # JSON keeps the whole snippet, the highlight and the article's brackets as written
    res = run_ytekb("search", "nội soi siêu âm", "--db", db, "--format", "json")
    snippet = json.loads(res.stdout)[0]["snippet"]
    assert "ương [3] để" in snippet and "[nội soi siêu âm]" in snippet
    assert "\ue000" not in snippet and "\ue001" not in snippet


def test_a_snippet_knows_how_many_of_the_articles_brackets_come_before_its_highlight():
    from pipeline.query.snippets import END, START, first_highlight, highlighted

    s = highlighted(f"Ảnh [1] và [2]: kíp {START}chuyên{END} {START}gia{END} tới")
    assert s == "Ảnh [1] và [2]: kíp [chuyên gia] tới" and s.lead == 2
    start, end = first_highlight(s, s.lead)
    assert s[start:end + 1] == "[chuyên gia]"
    assert highlighted(None) == "" and highlighted("không có").lead == 0


# ---------------------------------------------------------------- an unchanged re-ingest

def test_an_unchanged_reingest_does_not_warn_again_but_an_edited_file_does(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"tin-{i}.txt").write_text(UNDATED + f"Bản tin số {i}.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    first = run_ytekb("ingest", "--db", db, docs, "-j", "1")
    assert first.code == 0, first.explain()
    assert first.stderr.count("no publication date") == 3
    assert "warnings: 3 files without a publication date" in first.stdout
    again = run_ytekb("ingest", "--db", db, docs, "-j", "1")
    assert again.code == 0, again.explain()
    assert "0 new, 0 updated, 3 unchanged, 0 failed" in again.stdout, again.explain()
    assert "no publication date" not in again.stderr   # was: said again for each file
    assert "warnings:" not in again.stdout
    (docs / "tin-1.txt").write_text(UNDATED + "Bản tin số 1, sửa lại.\n", encoding="utf-8")
    edited = run_ytekb("ingest", "--db", db, docs, "-j", "1")
    assert edited.code == 0, edited.explain()
    assert "0 new, 1 updated, 2 unchanged" in edited.stdout, edited.explain()
    assert edited.stderr.count("no publication date") == 1 and "tin-1.txt" in edited.stderr
    assert "warnings: 1 file without a publication date" in edited.stdout


# ---------------------------------------------------------------- the network page's two names

def _network(base: str, **params: str) -> str:
    from urllib.parse import urlencode

    status, page, _ = get(f"{base}/-/ytekb/network?" + urlencode(params))
    assert status == 200
    return html.unescape(page)


def test_a_second_network_name_without_a_first_is_refused_not_dropped(sample_server):
    base, _ = sample_server
    page = _network(base, **{"with": "Nghệ An"})
    assert "a second name (“Nghệ An”) without a first" in page
    assert "<table" not in page   # was: every link of the KB, the second name ignored


def test_two_network_names_without_links_between_them_say_so(sample_server):
    base, _ = sample_server
    page = _network(base, q="Bệnh viện Tim Hà Nội", **{"with": "Bắc Kạn"})
    assert "No cooperation links between “Bệnh viện Tim Hà Nội” and “Bắc Kạn”." in page
    assert "Nothing matches" not in page   # both exist; was: "No cooperation links."
    page = _network(base, q="Bạch Mai", **{"with": "Nowhere Xyz"})
    assert "Nothing matches “Nowhere Xyz”." in page   # only the one not found
