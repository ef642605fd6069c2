"""Stop 40, real use: what a policy researcher reads on a timeline.

1. A numbered law an article cites under several titles ("Luật Khám bệnh, chữa
   bệnh số 15/2023/QH15", then "Luật số 15/2023/QH15 về …", then "Luật
   15/2023/QH15") is one item of the article on `ytekb timeline` and on the web's
   canned timeline, not three; two different laws stay two.
2. The `timeline` view (sqlite3, Datasette) says "nguyên" on a former post, as
   `ytekb timeline` does, and a KB at user_version 15 gets it on upgrade.
3. A query typed with accents means its plain words as typed: "Lê Thị Hoa" is not
   Lê Thị Hòa, a different official (search, timeline, entity); typed without
   accents it finds both; a query with accents that finds nothing names the plain one.
Real CLI, real SQLite files."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import run_ytekb

ROOT = Path(__file__).resolve().parent.parent

# one 2024 article citing the same law three ways, and a circular beside it
GUIDANCE = ("date 2024-03-05\nHướng dẫn thi hành luật mới về khám chữa bệnh\n\n"
            "Ngày 5/3/2024, Bộ Y tế đã ban hành Thông tư số 32/2023/TT-BYT quy định chi tiết "
            "Luật Khám bệnh, chữa bệnh số 15/2023/QH15.\n"
            "Theo Bộ Y tế, Luật số 15/2023/QH15 về khám bệnh, chữa bệnh áp dụng cho mọi cơ sở "
            "khám bệnh.\n"
            "Bộ Y tế cũng nhắc lại Luật 15/2023/QH15 yêu cầu cập nhật giấy phép hành nghề.\n")
# a former and a serving director in one sentence each
VISIT = ("date 2024-04-10\nĐoàn công tác thăm Bệnh viện Đa khoa tỉnh Quảng Trị\n\n"
         "Ông Hoàng Văn Bình, nguyên Giám đốc Sở Y tế tỉnh Quảng Trị, đã tham dự buổi làm việc.\n"
         "Bà Lê Thị Lan, Giám đốc Sở Y tế tỉnh Quảng Trị, phát biểu tại buổi làm việc.\n")

# two officials of one province whose names differ by a tone
HOA_GRAVE = ("date 2024-05-02\nSở Y tế Hà Nam kiểm tra công tác phòng dịch\n\n"
             "Bà Lê Thị Hòa, Phó Giám đốc Sở Y tế tỉnh Hà Nam, đã kiểm tra công tác phòng dịch "
             "tại huyện Kim Bảng.\n")
HOA_LEVEL = ("date 2024-05-03\nBệnh viện Đa khoa tỉnh Hà Nam tiếp nhận thiết bị\n\n"
             "Bà Lê Thị Hoa, Giám đốc Bệnh viện Đa khoa tỉnh Hà Nam, cho biết bệnh viện đã tiếp "
             "nhận máy chụp cắt lớp.\n")
DOCS = {"luat.txt": GUIDANCE, "tham.txt": VISIT, "hoa1.txt": HOA_GRAVE, "hoa2.txt": HOA_LEVEL}


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("s40_kbuse")
    for name, text in DOCS.items():
        (tmp / name).write_text(text, encoding="utf-8")
    path = tmp / "kb.sqlite"
    res = run_ytekb("ingest", "--db", path, *[tmp / name for name in DOCS], "-j", "1")
    assert res.code == 0, res.explain()
    return path


def _q(kb: Path, sql: str, params: object = ()) -> list[tuple]:
    conn = sqlite3.connect(kb)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _laws(items: list[dict]) -> list[str]:
    return [i["summary"].split(" (")[0] for i in items if i["kind"] == "legal"]


def test_the_three_citations_are_stored_apart(kb):
    # the premise: the article cites 15/2023/QH15 in three sentences
    assert len(_q(kb, "SELECT id FROM legal_documents WHERE number = '15/2023/QH15'")) == 3


def test_a_law_cited_under_several_titles_is_one_timeline_item(kb):
    res = run_ytekb("timeline", "Bộ Y tế", "--db", kb, "--kind", "legal", "--format", "json")
    assert res.code == 0, res.explain()
    items = json.loads(res.stdout)
    # was: three 'Luật 15/2023/QH15' items, one per title the article gave it
    assert sorted(_laws(items)) == ["Luật 15/2023/QH15", "Thông tư 32/2023/TT-BYT"], items
    law = next(i for i in items if i["summary"].startswith("Luật"))
    assert "Khám bệnh, chữa bệnh" in law["summary"]   # the first citation's, with its title


def test_the_web_timeline_shows_it_once_too(kb):
    sql = (ROOT / "pipeline/web/queries/timeline.sql").read_text(encoding="utf-8")
    rows = _q(kb, sql, {"q": "Bộ Y tế", "date_from": "", "date_to": ""})
    laws = [r[2].split(" (")[0] for r in rows if r[1] == "legal"]
    assert sorted(laws) == ["Luật 15/2023/QH15", "Thông tư 32/2023/TT-BYT"], rows


def test_the_timeline_view_says_nguyen_on_a_former_post(kb):
    rows = dict(_q(kb, "SELECT summary, relation FROM timeline WHERE kind = 'role' "
                       "AND relation = 'person'"))
    # was: "Hoàng Văn Bình: Giám đốc, …" as if he held the post in 2024
    assert any(s.startswith("Hoàng Văn Bình: nguyên Giám đốc") for s in rows), rows
    assert any(s.startswith("Lê Thị Lan: Giám đốc") for s in rows), rows


def test_a_kb_at_version_15_gets_the_view_on_upgrade(kb, tmp_path):
    old = tmp_path / "old.sqlite"
    src, dst = sqlite3.connect(kb), sqlite3.connect(old)
    try:
        src.backup(dst)
        dst.executescript((ROOT / "pipeline/kb/migrations/0015_cited_by_article.sql")
                          .read_text(encoding="utf-8"))   # the view as 0015 left it
        dst.execute("PRAGMA user_version = 15")
        dst.commit()
    finally:
        src.close()
        dst.close()
    assert _q(old, "SELECT count(*) FROM timeline WHERE summary LIKE '%nguyên%'") == [(0,)]
    res = run_ytekb("upgrade", "--db", old)
    assert res.code == 0, res.explain()
    (summary,) = _q(old, "SELECT summary FROM timeline WHERE kind = 'role' AND relation = "
                         "'organization' AND summary LIKE 'Hoàng Văn Bình%'")[0]
    assert "nguyên Giám đốc" in summary


def _json(*args: object) -> list[dict]:
    res = run_ytekb(*args, "--format", "json")
    assert res.code == 0, res.explain()
    return json.loads(res.stdout)


def test_a_plain_word_of_an_accented_search_is_meant_as_typed(kb):
    # was: both articles, "Hoa" read as accent-free beside "Lê Thị"
    assert [i["document"] for i in _json("search", "Lê Thị Hoa", "--db", kb)] == ["hoa2.txt"]
    assert sorted(i["document"] for i in _json("search", "le thi hoa", "--db", kb)) == \
        ["hoa1.txt", "hoa2.txt"]


def test_a_name_typed_with_accents_is_one_official(kb):
    items = _json("timeline", "Lê Thị Hoa", "--db", kb, "--kind", "role")
    assert [i["summary"].split(":")[0] for i in items] == ["Lê Thị Hoa"], items
    res = run_ytekb("entity", "Lê Thị Hoa", "--db", kb)
    assert res.code == 0 and "Lê Thị Hòa" not in res.stdout, res.explain()


def test_an_accented_search_that_finds_nothing_names_the_plain_form(kb):
    res = run_ytekb("search", "Sở Y tế tinh Ha Nam", "--db", kb, "--format", "json")
    assert res.code == 1 and json.loads(res.stdout) == [], res.explain()   # the empty answer
    assert "try 'So Y te tinh Ha Nam' for any accents" in res.stderr, res.explain()
    assert _json("search", "So Y te tinh Ha Nam", "--db", kb)
