"""The query commands on a hand-made KB: answers, formats, filters and errors."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from test_query_sample import build_sample_kb


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    return build_sample_kb(tmp_path_factory.mktemp("query_cli") / "kb.sqlite")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def as_json(kb: Path, *args: str) -> list[dict]:
    """The JSON answer; exit 0 when something was found, 1 when nothing was."""
    code, out, err = run(*args, "--db", kb, "--format", "json")
    answer = json.loads(out)
    assert code == (0 if answer else 1), err
    return answer


def fingerprint(path: Path) -> str:
    """Every row of every table, hashed: equal before and after means nothing changed."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                "ORDER BY name"):
        digest.update(name.encode())
        for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
            digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


# --- timeline ---------------------------------------------------------------------------

def test_timeline_of_a_province_has_dated_facts_oldest_first_with_sources(kb):
    items = as_json(kb, "timeline", "Nghệ An")
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)
    by_date = {i["date"]: i for i in items}
    # cited beside the province's Sở Y tế: dated by the citing article (0015; was its
    # issue date, 2023-07-18, kept as `issued`)
    legal = next(i for i in items if i["kind"] == "legal" and "39-NQ/TW" in i["summary"])
    assert (legal["date"], legal["date_source"], legal["issued"]) == \
        ("2024-10-05", "published", "2023-07-18")
    assert legal["sentence"].startswith("Sở Y tế thực hiện Nghị quyết số 39-NQ/TW")
    assert legal["document"] == "https://baonghean.vn/bach-mai"
    assert legal["title"] == "Bệnh viện Bạch Mai hỗ trợ Nghệ An"
    # the conference sentence names no entity, only the province in its text
    event = by_date["2024-10-17"]
    assert event["kind"] == "event" and "17-18/10/2024" in event["sentence"]
    # a cooperation dated by the date in its own sentence, not by publication
    assert by_date["2024-03-12"]["summary"] == "Bệnh viện Bạch Mai → Sở Y tế Nghệ An (agreement)"
    # an organisation located in the province (entities.province), name without it
    assert any(i["document"] == "doc4.txt" for i in items)
    # the legal document's issue date restated as an event is not an item of its own
    assert [i["kind"] for i in items if i["date"] == "2023-07-18"] == []
    for item in items:
        assert set(item) >= {"date", "summary", "sentence", "document", "title"}


def test_timeline_accents_optional_and_same_answer(kb):
    assert as_json(kb, "timeline", "nghe an") == as_json(kb, "timeline", "Nghệ An")
    assert as_json(kb, "timeline", "tỉnh Nghệ An") == as_json(kb, "timeline", "Nghệ An")


def test_timeline_of_an_entity(kb):
    items = as_json(kb, "timeline", "bach mai")
    kinds = {i["kind"] for i in items}
    assert {"cooperation", "role", "figure"} <= kinds
    assert [i["date"] for i in items][0] == "2022-10-30"  # Hà Nội, before Nghệ An


def test_timeline_current_province_covers_its_former_parts(kb):
    # Bắc Kạn became part of Thái Nguyên in 2025
    items = as_json(kb, "timeline", "Thái Nguyên")
    assert any("Sở Y tế Bắc Kạn" in i["summary"] for i in items)
    only_bac_kan = as_json(kb, "timeline", "Bắc Kạn")
    assert only_bac_kan and all("Bắc Kạn" in (i["summary"] + i["sentence"]) for i in only_bac_kan)


def test_timeline_date_window_and_kinds(kb):
    items = as_json(kb, "timeline", "Nghệ An", "--from", "2024", "--to", "2024-10")
    assert items and all("2024" <= i["date"][:7] <= "2024-10" for i in items)
    assert "2024-10-17" in {i["date"] for i in items}  # inside "to 2024-10"
    legal = as_json(kb, "timeline", "Nghệ An", "--kind", "legal")
    assert {i["kind"] for i in legal} == {"legal"}
    assert len(as_json(kb, "timeline", "Nghệ An", "--limit", "2")) == 2


def test_timeline_csv_and_table(kb):
    code, out, _ = run("timeline", "Nghệ An", "--db", kb, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"date", "kind", "summary", "sentence", "document", "title"} <= set(rows[0])
    code, out, _ = run("timeline", "Nghệ An", "--db", kb)
    assert code == 0 and out.splitlines()[0].split()[:3] == ["DATE", "KIND", "SUMMARY"]
    assert "2024-10-05" in out and "2023-07-18" not in out   # a cited law: its article's date


def test_timeline_html_page_is_self_contained(kb, tmp_path):
    page = tmp_path / "t.html"
    code, _, err = run("timeline", "Nghệ An", "--db", kb, "--format", "html", "-o", page)
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "2024-10-17" in html and "39-NQ/TW" in html
    for external in ("<script", "<link", "src=", "@import", "url("):
        assert external not in html
    assert 'href="https://baonghean.vn/bach-mai"' in html  # sources stay clickable


def test_unknown_entity_is_an_empty_answer_with_a_note_and_exit_1(kb):
    code, out, err = run("timeline", "Không có gì", "--db", kb, "--format", "json")
    assert code == 1 and json.loads(out) == []
    assert "no entity or province matches" in err and "no results" in err


# --- cooperation --------------------------------------------------------------------------

def test_cooperation_of_an_entity_and_between_two(kb):
    links = as_json(kb, "cooperation", "Bệnh viện Bạch Mai")
    assert {(l["from"], l["to"]) for l in links} == {
        ("Bệnh viện Bạch Mai", "Sở Y tế Nghệ An"), ("Bệnh viện Bạch Mai", "Bệnh viện Tim Hà Nội")}
    for link in links:
        assert set(link) >= {"from", "to", "kind", "date", "sentence", "document"}
    between = as_json(kb, "cooperation", "nghe an", "bach mai")
    assert [(l["from"], l["to"], l["kind"], l["date"]) for l in between] == [
        ("Bệnh viện Bạch Mai", "Sở Y tế Nghệ An", "agreement", "2024-03-12")]
    assert as_json(kb, "cooperation", "Bệnh viện Tim Hà Nội", "Nghệ An") == []


def test_cooperation_province_matches_organisations_in_it(kb):
    links = as_json(kb, "cooperation", "Bệnh viện Trung ương Thái Nguyên", "Bắc Kạn")
    assert {l["kind"] for l in links} == {"technology_transfer", "donation"}
    assert {l["to"] for l in links} == {"Sở Y tế Bắc Kạn"}
    everything = as_json(kb, "cooperation")
    assert len(everything) == 4


def test_cooperation_network_files(kb, tmp_path):
    code, _, err = run("cooperation", "--db", kb, "--graph", tmp_path / "g.graphml",
                       "--picture", tmp_path / "p.svg")
    assert code == 0, err
    root = ET.parse(tmp_path / "g.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 5 and len(root.findall(".//g:edge", ns)) == 4
    svg = ET.parse(tmp_path / "p.svg").getroot()
    assert svg.tag.endswith("svg")
    code, _, _ = run("cooperation", "Nghệ An", "--db", kb, "--graph", tmp_path / "g.json",
                     "--picture", tmp_path / "p.html")
    assert code == 0
    net = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert {n["name"] for n in net["nodes"]} == {"Bệnh viện Bạch Mai", "Sở Y tế Nghệ An"}
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page and "Sở Y tế Nghệ An" in page
    code, _, err = run("cooperation", "--db", kb, "--graph", tmp_path / "g.png")
    assert code == 2 and ".graphml" in err


# --- search -------------------------------------------------------------------------------

def test_search_accent_free_ranked_with_snippets(kb):
    hits = as_json(kb, "search", "bach mai")
    assert [h["document"] for h in hits][0] == "https://baonghean.vn/bach-mai"  # in the title
    assert len(hits) == 2
    assert "[Bạch Mai]" in hits[0]["snippet"]
    for hit in hits:
        assert set(hit) >= {"document", "title", "published", "snippet"}
    found = as_json(kb, "search", "chuyen giao ky thuat")
    assert len(found) == 3
    assert all("[chuyển giao kỹ thuật]" in h["snippet"] for h in found)


def test_search_filters(kb):
    assert [h["document"] for h in as_json(kb, "search", "bệnh viện", "--source", "baobackan")] \
        == ["doc2.txt"]
    dated = as_json(kb, "search", "bệnh viện", "--from", "2022", "--to", "2022-12")
    assert [h["published"] for h in dated] == ["2022-10-30"]
    about = as_json(kb, "search", "bệnh viện", "--entity", "Bệnh viện Tim Hà Nội")
    assert [h["document"] for h in about] == ["https://suckhoedoisong.vn/tim-ha-noi"]
    province = {h["document"] for h in as_json(kb, "search", "bệnh viện", "--entity", "nghe an")}
    assert province == {"https://baonghean.vn/bach-mai", "doc4.txt"}


def test_search_phrases_prefixes_and_d(kb):
    assert len(as_json(kb, "search", '"bach mai" "nghe an"')) == 1
    assert len(as_json(kb, "search", "giuong*")) == 1
    assert as_json(kb, "search", "dao xuan co")  # d finds đ


HOSTILE = ['"', "*", "NEAR(", "'; DROP TABLE documents; --", 'bach" OR "1"="1', "AND", "OR NOT",
           "bach*mai)", "(((", "title:bach", "^", "-", "'", "\\", "%_", "NEAR(bach mai, 2)",
           "'; DELETE FROM documents WHERE 1=1; --", "SELECT * FROM entities", "\x00"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_changes_nothing_and_explains(kb, text):
    before = fingerprint(kb)
    result = CliRunner().invoke(main, ["search", text, "--db", str(kb), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code in (0, 1):   # found, or found nothing
        assert isinstance(json.loads(result.stdout), list)
    else:
        assert "Error:" in result.stderr
    assert fingerprint(kb) == before


def test_raw_search_passes_fts_syntax_and_reports_errors(kb):
    assert len(as_json(kb, "search", "NEAR(bach mai, 2)", "--raw")) == 2
    assert len(as_json(kb, "search", "title:tim", "--raw")) == 1
    code, _, err = run("search", "NEAR(", "--raw", "--db", kb)
    assert code == 2 and "invalid FTS5 query" in err and "--raw" in err
    code, _, err = run("search", '"', "--db", kb)
    assert code == 2 and "nothing to search for" in err


def test_hostile_search_in_a_real_process_prints_no_traceback(kb, ytekb):
    before = fingerprint(kb)
    for text in ("'; DROP TABLE documents; --", "NEAR(", '"'):
        for extra in ((), ("--raw",)):
            res = ytekb("search", text, "--db", kb, *extra)
            assert res.code in (0, 1, 2), res.explain()
            assert "Traceback" not in res.stderr
    assert fingerprint(kb) == before


# --- lookups --------------------------------------------------------------------------------

def test_officials_figures_legal_profile(kb):
    officials = as_json(kb, "officials", "--org", "bach mai")
    assert [(o["person"], o["position"], o["organization"], o["first_seen"]) for o in officials] \
        == [("Đào Xuân Cơ", "Giám đốc", "Bệnh viện Bạch Mai", "2024-10-05")]
    assert as_json(kb, "officials", "--person", "dao xuan co")[0]["organization"] \
        == "Bệnh viện Bạch Mai"
    figures = as_json(kb, "figures", "--entity", "Bệnh viện Trung ương Thái Nguyên")
    assert [(f["value"], f["unit"]) for f in figures] == [(750000000, "đồng")]
    wide = as_json(kb, "figures", "--entity", "Bạch Mai", "--scope", "document")
    assert {f["unit"] for f in wide} == {"cán bộ"}
    legal = as_json(kb, "legal", "39-nq/tw")
    assert [(c["number"], c["issuer"], c["date"]) for c in legal] == [
        ("39-NQ/TW", "Bộ Chính trị", "2023-07-18")]
    assert "Sở Y tế Nghệ An" in legal[0]["cited_by"]
    assert legal[0]["document"] == "https://baonghean.vn/bach-mai"
    assert as_json(kb, "legal", "số 39-NQ/TW") == legal
    assert as_json(kb, "legal", "39") == legal  # a bare number lists what it starts
    profile = as_json(kb, "profile", "BV Bạch Mai")
    assert profile[0]["name"] == "Bệnh viện Bạch Mai" and profile[0]["documents"] == 2
    assert profile[0]["aliases"] == ["BV Bạch Mai"]
    code, _, err = run("officials", "--db", kb)
    assert code == 2 and "--org" in err


# --- export -------------------------------------------------------------------------------------

def test_export_whole_kb_one_file_per_table(kb, tmp_path):
    before = fingerprint(kb)
    code, out, err = run("export", "--db", kb, "--out", tmp_path, "--format", "jsonl")
    assert code == 0, err
    files = {p.name for p in tmp_path.iterdir()}
    assert {"documents.jsonl", "entities.jsonl", "cooperations.jsonl", "mentions.jsonl"} <= files
    assert not any(name.startswith(("documents_fts", "entity_names")) for name in files)
    docs = [json.loads(line) for line in (tmp_path / "documents.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert len(docs) == 4 and docs[0]["text"].startswith("Bệnh viện Bạch Mai")
    assert fingerprint(kb) == before


def test_export_tables_views_and_queries(kb, tmp_path):
    code, out, _ = run("export", "--db", kb, "--out", tmp_path, "--table", "entities",
                       "--table", "cooperation_links")
    assert code == 0 and "cooperation_links: 4 rows" in out
    rows = list(csv.DictReader(open(tmp_path / "cooperation_links.csv", encoding="utf-8")))
    assert rows[0]["from_name"] == "Bệnh viện Bạch Mai"
    code, out, _ = run("export", "--db", kb, "--out", tmp_path, "--query", "timeline",
                       "--format", "json")
    assert code == 0
    assert json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    code, out, _ = run("export", "--db", kb, "--out", tmp_path, "--format", "json", "--name",
                       "names", "--query", "SELECT name FROM entities WHERE type = 'hospital'")
    assert code == 0
    assert len(json.loads((tmp_path / "names.json").read_text(encoding="utf-8"))) == 4


@pytest.mark.parametrize("query", ["DELETE FROM documents", "SELECT 1; DROP TABLE documents",
                                   "WITH x AS (SELECT 1) DELETE FROM documents",
                                   "nosuchview", "ATTACH 'x.db' AS x"])
def test_export_query_cannot_write(kb, tmp_path, query):
    before = fingerprint(kb)
    code, _, err = run("export", "--db", kb, "--out", tmp_path, "--query", query)
    assert code == 2 and "Error:" in err
    assert fingerprint(kb) == before


# --- errors -------------------------------------------------------------------------------------

def test_usage_errors_exit_2(kb, tmp_path):
    code, _, err = run("timeline", "x", "--db", tmp_path / "none.sqlite")
    assert code == 2 and "no knowledge base" in err
    assert not (tmp_path / "none.sqlite").exists()
    code, _, err = run("timeline", "x", "--db", kb, "--from", "18/7/2023")
    assert code == 2 and "YYYY" in err
    code, _, err = run("cooperation", "x", "--db", kb, "--from", "2024", "--to", "2023")
    assert code == 2
