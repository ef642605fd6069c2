"""Real use, stop 36 (second session): held on real `ytekb` processes, real SQLite files and
real HTTP on 127.0.0.1 (no mocks).

1. A lone i/y after h, k, l, m, s, t, v, qu is spelt both ways in the press ("kỹ"/"kĩ",
   "lý"/"lí", "quý"/"quí"): search treats the two spellings as one word, with the tone
   kept, on both indexes, in the CLI and the web's canned search alike; a plain "ky" does
   not find the bare "ki" of "ki-lô-gam".
2. `ytekb_words`, which main's officials_in used, still runs in a saved web query.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest

from conftest import run_ytekb
from test_kbuse_s35 import _canned, _files, _ingest
from test_kbuse_s33 import q
from webserver import get, serving

# my own sentences: one technique spelt kĩ, one spelt kỹ, a "kì họp", a "quản lí", and a
# text whose only k+i is the bare "ki" of "ki-lô-gam"
KI = ("date 2024-07-01\n"
      "Bệnh viện Đa khoa tỉnh Hà Tĩnh tiếp nhận kĩ thuật mổ nội soi\n\n"
      "Ngày 1/7/2024, Bệnh viện Đa khoa tỉnh Hà Tĩnh tiếp nhận kĩ thuật mổ nội soi "
      "từ Bệnh viện Chợ Rẫy.\n")
KY = ("date 2024-07-02\n"
      "Bệnh viện Trung ương Huế chuyển giao kỹ thuật ghép gan\n\n"
      "Ngày 2/7/2024, Bệnh viện Trung ương Huế chuyển giao kỹ thuật ghép gan cho "
      "Bệnh viện Đà Nẵng.\n")
KI_HOP = ("date 2024-07-03\n"
          "Hội đồng nhân dân tỉnh Quảng Trị khai mạc kì họp thứ tám\n\n"
          "Ngày 3/7/2024, Hội đồng nhân dân tỉnh Quảng Trị bàn về quản lí bệnh viện công.\n")
KILO = ("date 2024-07-04\n"
        "Hội Chữ thập đỏ tặng gạo cho bệnh nhân nghèo\n\n"
        "Ngày 4/7/2024, Hội Chữ thập đỏ thành phố Cần Thơ tặng 500 ki-lô-gam gạo "
        "cho bệnh nhân nghèo.\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("s36b")
    return _ingest(tmp / "kb.sqlite", _files(tmp / "in", a_ki=KI, b_ky=KY, c_hop=KI_HOP,
                                             d_kilo=KILO))


def _ids(db: Path) -> dict[str, int]:
    first = {"Bệnh viện Đa khoa tỉnh Hà Tĩnh": "ki", "Bệnh viện Trung ương Huế": "ky",
             "Hội đồng nhân dân": "hop", "Hội Chữ thập đỏ": "kilo"}
    return {name: i for i, t in q(db, "SELECT id, title FROM documents")
            for head, name in first.items() if t.startswith(head)}


def _found(db: Path, query: str) -> set[str]:
    res = run_ytekb("search", query, "--db", db, "--format", "json", "--limit", "0")
    assert res.code in (0, 1), res.explain()
    names = {i: n for n, i in _ids(db).items()}
    return {names[r["document_id"]] for r in json.loads(res.stdout)}


def test_both_spellings_of_a_lone_i_or_y_are_one_word(kb):
    # was: "kỹ thuật" found only the kỹ text, "kĩ thuật" only the kĩ one (both indexes)
    for query in ("kỹ thuật", "kĩ thuật", "KỸ THUẬT", '"kĩ thuật"', "ky thuat", "ki thuat"):
        assert _found(kb, query) == {"ki", "ky"}, query
    # stop 40: a query with accents means its plain words as typed ("thuat" is not "thuật")
    assert _found(kb, "kỹ thuat") == set() and _found(kb, "ki thuật") == set()
    assert _found(kb, "quản lý") == {"hop"} and _found(kb, "quan ly") == {"hop"}
    # the tone is kept: kỹ is not kỳ/kì
    assert _found(kb, "kỳ họp") == {"hop"} and _found(kb, "kì họp") == {"hop"}
    assert _found(kb, "kỹ") == {"ki", "ky"}
    # a plain "ky" is any tone of either spelling, but not the bare "ki" of "ki-lô-gam"
    assert _found(kb, "ky") == {"ki", "ky", "hop"}
    assert _found(kb, "ki") == {"ki", "ky", "hop", "kilo"}   # the bare form typed: as before
    assert _found(kb, "ki lo gam") == {"kilo"}
    # a plain prefix keeps its spelling ("ky*" as "ki*" would also find "kiểm", "kinh")
    assert _found(kb, "ky*") == {"ky"}


def test_the_canned_search_treats_the_spellings_as_the_cli_does(kb, tmp_path):
    queries = ["kỹ thuật", "kĩ thuật", "ky thuat", "ki thuat", "kỹ thuat", "quản lý", "ky", "ki"]
    cli = {}
    for query in queries:
        res = run_ytekb("search", query, "--db", kb, "--format", "json", "--limit", "0")
        assert res.code in (0, 1), res.explain()
        cli[query] = [(f["document_id"], f["snippet"]) for f in json.loads(res.stdout)]
    assert len(cli["kỹ thuật"]) == 2
    with serving(kb, tmp_path) as base:
        for query in queries:
            web = _canned(base, kb, "search", q=query)
            assert [(r["document_id"], r["snippet"]) for r in web] == cli[query], query


def test_a_saved_query_using_ytekb_words_still_runs_on_the_web(kb, tmp_path):
    sql = "SELECT ytekb_words(:a) AS a, ytekb_words('') AS b"
    with serving(kb, tmp_path) as base:
        status, body, _ = get(f"{base}/{kb.stem}.json?"
                              + urlencode({"sql": sql, "a": "BỆNH VIỆN Bạch Mai", "_shape": "array"}))
    assert status == 200, body[:500]   # was: "no such function: ytekb_words"
    assert json.loads(body) == [{"a": " benh vien bach mai ", "b": " "}]


# ---- 3. names follow search's accent rule: optional, but a word typed with them means them --

HUNG = ("date 2024-08-01\n"
        "Sở Y tế tỉnh Nghệ An kiểm tra phòng chống dịch sốt xuất huyết\n\n"
        "Ngày 1/8/2024, ông Nguyễn Văn Hùng, Giám đốc Sở Y tế tỉnh Nghệ An, kiểm tra "
        "công tác phòng chống dịch sốt xuất huyết tại huyện Nghi Lộc.\n")
HUNG2 = ("date 2024-08-02\n"
         "Bệnh viện Đa khoa tỉnh Hà Tĩnh khai trương khoa hồi sức\n\n"
         "Ngày 2/8/2024, ông Nguyễn Văn Hưng, Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh, "
         "cắt băng khai trương khoa hồi sức tích cực.\n")


@pytest.fixture(scope="module")
def people(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("s36c")
    return _ingest(tmp / "kb.sqlite", _files(tmp / "in", a_hung=HUNG, b_hung=HUNG2))


def _person(db: Path, name: str) -> str:
    (found,) = [i for i, n in q(db, "SELECT id, name FROM entities WHERE type = 'person'")
                if n == name]
    return found


def test_a_name_typed_with_accents_means_them_in_the_cli_and_on_the_web(people, tmp_path):
    hung, hung2 = _person(people, "Nguyễn Văn Hùng"), _person(people, "Nguyễn Văn Hưng")
    res = run_ytekb("entity", "Nguyễn Văn Hùng", "--db", people, "--all", "--format", "json")
    assert res.code == 0, res.explain()
    assert [e["id"] for e in json.loads(res.stdout)] == [hung]   # was: Hưng too
    res = run_ytekb("entity", "nguyen van hung", "--db", people, "--all", "--format", "json")
    assert {e["id"] for e in json.loads(res.stdout)} == {hung, hung2}   # plain: loose
    res = run_ytekb("timeline", "Nguyễn Văn Hưng", "--db", people, "--format", "json")
    assert res.code == 0, res.explain()
    assert "Hà Tĩnh" in res.stdout and "Nghệ An" not in res.stdout, res.stdout
    with serving(people, tmp_path) as base:
        # the home page's box: one match opens its page (was: a list of Hùng and Hưng)
        status, body, _ = get(f"{base}/-/ytekb/find?" + urlencode({"q": "NGUYỄN VĂN HÙNG"}))
        assert status == 200 and "Nguyễn Văn Hùng" in body, body[:300]
        assert "Nguyễn Văn Hưng" not in body, body[:300]
        status, body, _ = get(f"{base}/-/ytekb/find?" + urlencode({"q": "nguyen van hung"}))
        assert "Nguyễn Văn Hùng" in body and "Nguyễn Văn Hưng" in body, body[:300]
        # nothing with the accents typed: the page says why and links the plain name
        status, body, _ = get(f"{base}/-/ytekb/find?" + urlencode({"q": "Nguyễn Văn Hứng"}))
        assert "with these accents" in body and "find?q=nguyen+van+hung" in body, body
