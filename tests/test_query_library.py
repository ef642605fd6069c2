"""The query library's building blocks: dates, safe FTS queries, provinces, sentences,
graph files and table rendering."""
from __future__ import annotations

import io
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from pipeline.query import graph
from pipeline.query.common import QueryError, Window
from pipeline.query.formats import table
from pipeline.query.search import fts_query
from pipeline.query.targets import _gazetteer_province
from pipeline.query.text import clip, fold, sentence_at, window


@pytest.mark.parametrize("start,end,date,inside", [
    ("2024-10-15", None, "2024-10", True),      # the month overlaps the range
    ("2024-10-15", None, "2024-10-14", False),
    ("2024", "2024", "2024-06-01", True),
    (None, "2024-10", "2024-10-31", True),
    (None, "2024-10", "2024-11", False),
    ("2020", None, "XXXX-07-24", False),        # year unknown: never inside a range
    ("2020", None, None, False),
    (None, None, None, True),
])
def test_window_overlap_in_python_and_sql(start, end, date, inside):
    w = Window.of(start, end)
    assert w.contains(date) is inside
    sql, params = w.sql("d")
    conn = sqlite3.connect(":memory:")
    got = conn.execute(f"SELECT count(*) FROM (SELECT ? AS d) WHERE {sql}",
                       [date, *params]).fetchone()[0]
    assert bool(got) is inside


@pytest.mark.parametrize("bad", ["18/7/2023", "2024-13", "2024-02-30x", "yesterday", "2024-1"])
def test_window_rejects_what_is_not_a_date(bad):
    with pytest.raises(QueryError):
        Window.of(bad, None)


def test_window_rejects_reversed_range_but_not_nested_precision():
    with pytest.raises(QueryError):
        Window.of("2024", "2023")
    assert Window.of("2024-10", "2024")  # "to 2024" includes October 2024


def test_fts_query_quotes_every_word():
    assert fts_query("bach mai") == '"bach" AND "mai"'
    assert fts_query('"bach mai" nghe') == '"bach mai" AND "nghe"'
    assert fts_query("chuyen*") == '"chuyen"*'
    assert fts_query("NEAR( AND") == '"near(" AND ("and" OR "anđ")'
    assert fts_query('a"b') == '"a""b"'
    assert fts_query("da khoa") == '("da" OR "đa") AND "khoa"'
    for empty in ('"', "*", "  ", "'; --", "((( )))"):
        with pytest.raises(QueryError):
            fts_query(empty)


@pytest.mark.parametrize("query", ["'; DROP TABLE t; --", 'x" OR "1"="1', "NEAR(a b", "a:b",
                                   "^x", "-x", "x OR", "(x", "x)", "*x", "x**", "\\x"])
def test_fts_query_output_is_always_valid_fts5(query):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('x y z')")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", [fts_query(query)]).fetchall()


def _province(query):
    found = _gazetteer_province(query)
    if found is None and query == "Nghệ An":
        pytest.skip("no gazetteer")
    return found


def test_provinces_former_and_current_names():
    assert _province("Nghệ An")[0] == "Nghệ An"
    assert _province("nghe an")[0] == "Nghệ An"
    assert _province("tỉnh Nghệ An")[0] == "Nghệ An"
    name, names = _province("Thái Nguyên")
    assert "Bắc Kạn" in names  # merged into Thái Nguyên in 2025
    assert "Thái Nguyên" not in _province("Bắc Kạn")[1]  # the old unit is only itself
    hue = _province("Huế")[1]
    assert "Thừa Thiên Huế" in hue  # a plain rename: one place
    assert "Huế" in _province("Thừa Thiên Huế")[1]
    assert _province("Bệnh viện Bạch Mai") is None
    assert _province("Sở Y tế Nghệ An") is None


def test_sentences_respect_abbreviations_and_paragraphs():
    text = ("Tiêu đề bài báo\nNgày 12/3/2024, PGS.TS. Đào Xuân Cơ phát biểu. TP. Vinh đón đoàn "
            "công tác. Hội nghị diễn ra tốt đẹp.")
    pos = text.index("Đào")
    assert sentence_at(text, pos) == "Ngày 12/3/2024, PGS.TS. Đào Xuân Cơ phát biểu."
    assert sentence_at(text, text.index("Vinh")) == "TP. Vinh đón đoàn công tác."
    assert sentence_at(text, 3) == "Tiêu đề bài báo"
    w = window(text, text.index("12/3/2024"), text.index("12/3/2024") + 9, before=5, after=10)
    assert w.startswith("Ngày 12/3/2024") and w.endswith("…")


def test_fold_and_clip():
    assert fold("Bệnh viện  Đa khoa, TỈNH Nghệ An!") == "benh vien da khoa tinh nghe an"
    assert clip("một hai ba bốn năm sáu", 12) == "một hai ba…"
    assert clip("ngắn", 12) == "ngắn"


def test_graph_files_escape_names_and_lay_out_providers_left():
    links = [
        {"from": 'Bệnh viện "A" & <B>', "to": "Sở Y tế Nghệ An", "kind": "support",
         "from_id": "a", "to_id": "n", "date": "2024", "document": "d1", "sentence": "x < y"},
        {"from": "Sở Y tế Nghệ An", "to": "Trạm y tế xã", "kind": "training",
         "from_id": "n", "to_id": None, "date": None, "document": "d2", "sentence": "s"},
    ]
    g = graph.build(links)
    assert set(g.nodes) == {"a", "n", "name:Trạm y tế xã"}
    root = ET.fromstring(graph.to_graphml(g))
    names = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")
             if d.get("key") == "name"]
    assert 'Bệnh viện "A" & <B>' in names
    ET.fromstring(graph.to_svg(g))  # well-formed
    place = graph._layout(g)
    assert place["a"][0] == 0 and place["n"][0] == 1 and place["name:Trạm y tế xã"][0] == 2


def test_table_fits_the_width():
    items = [{"date": "2024-10-17", "summary": "x" * 300, "document": "doc.txt"}]
    out = io.StringIO()
    table(items, ("date", "summary", "document"), out, width=80)
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[1].startswith("2024-10-17") and "doc.txt" in lines[1]
    assert 1 < len(lines) <= 1 + table.__globals__["MAX_LINES"] and "…" in lines[-1]


def test_timeline_reads_past_duplicates_to_fill_the_limit(tmp_path):
    """100 restatements of one link in one article collapse to one item; the next,
    later fact must still appear although it lies beyond the first page read."""
    from pipeline.kb.store import open_kb
    from pipeline.query import timeline

    db = open_kb(tmp_path / "kb.sqlite")
    text = "Bệnh viện A hỗ trợ Sở Y tế B. " * 100
    db["entities"].insert_all([{"id": "a", "name": "Bệnh viện A", "type": "hospital", "key": "a"},
                               {"id": "b", "name": "Sở Y tế B", "type": "other", "key": "b"}])
    db["aliases"].insert_all([{"entity_id": "a", "alias": "Bệnh viện A", "key": "a"},
                              {"entity_id": "b", "alias": "Sở Y tế B", "key": "b"}])
    for did, published in ((1, "2020-01-01"), (2, "2021-01-01")):
        db["documents"].insert({"id": did, "key": f"k{did}", "content_hash": f"h{did}",
                                "text": text, "title": f"t{did}", "published": published})
    db["cooperations"].insert_all(
        {"document_id": 1 if i < 100 else 2, "from_id": "a", "to_id": "b",
         "from_name": "Bệnh viện A", "to_name": "Sở Y tế B", "kind": "support",
         "sentence": i % 100, "start": 30 * (i % 100), "end": 30 * (i % 100) + 11}
        for i in range(101))
    items = timeline(db, "Bệnh viện A", limit=2)
    assert [(i["date"], i["document"]) for i in items] == [("2020-01-01", "k1"),
                                                           ("2021-01-01", "k2")]
    db.close()
