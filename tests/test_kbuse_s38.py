"""Real use, stop 38: listing pages parsed without a subtree search per element; empty
answers written as files scripts can read."""
from __future__ import annotations

import pytest
from bs4.element import PageElement

from scrapers.adapters.base import soup_of
from scrapers.adapters.generic import strip_chrome
from scrapers.discovery import listing_links

SITE = "https://suckhoe.example.vn"


def _listing(n: int) -> str:
    """A newsroom CMS listing: a main list of headlines, a "Tin khác" box inside the
    main column, a right column of most-read links, nav and footer."""
    items = "".join(
        f'<div class="box-item"><h3><a href="/so-y-te-lam-viec-voi-benh-vien-so-{i}-1692410{i:05d}.htm">'
        f"Sở Y tế làm việc với bệnh viện tuyến trên, đợt {i}</a></h3>"
        f"<p>Đoàn công tác bàn về chuyển giao kỹ thuật, đợt {i}.</p></div>" for i in range(n))
    other = ('<div class="box-tinkhac"><a href="/tin-khac-ve-tiem-chung-mo-rong-169241099999.htm">'
             "Tin khác</a></div>")
    right = ('<div class="col-right"><ul class="list-news"><li><a href="/doc-nhieu-ve-'
             'sot-xuat-huyet-169241088888.htm">Đọc nhiều</a></li></ul></div>')
    return (f'<html><body><nav><a href="/thoi-su-chuyen-muc-rat-dai-1692410777.htm">Thời sự</a></nav>'
            f'<div class="main"><div class="list-main">{items}{other}</div>{right}</div>'
            f"<footer><p>Cơ quan chủ quản: Bộ Y tế</p></footer></body></html>")


def test_a_listing_keeps_its_main_list_and_drops_boxes_nested_or_beside_it():
    links = listing_links(_listing(30), f"{SITE}/suc-khoe.htm", None, {"suckhoe.example.vn"})
    assert len(links) == 30
    assert links[0] == f"{SITE}/so-y-te-lam-viec-voi-benh-vien-so-0-169241000000.htm"
    assert not [u for u in links if "tin-khac" in u or "doc-nhieu" in u or "thoi-su" in u]


def test_strip_chrome_never_asks_an_element_whether_it_was_decomposed(monkeypatch):
    """`Tag.decomposed` on a live tag is a search of its whole subtree (bs4 falls back to
    find("_decomposed")); the walk skips removed subtrees instead of asking."""
    def _asked(self: PageElement) -> bool:
        raise AssertionError("decomposed read")

    monkeypatch.setattr(PageElement, "decomposed", property(_asked))
    soup = soup_of(_listing(5))
    strip_chrome(soup)
    assert soup.find(class_="col-right") is None and soup.find(class_="box-tinkhac") is None
    assert len(soup.find_all(class_="box-item")) == 5


def test_a_related_box_holding_most_of_the_text_is_the_article_and_stays():
    body = "".join(f"<p>Bệnh viện tỉnh tiếp nhận kỹ thuật mới, đoạn {i}.</p>" for i in range(8))
    soup = soup_of(f'<html><body><div class="related-wrap">{body}'
                   f'<div class="sidebar"><p>Quảng cáo</p></div></div></body></html>')
    strip_chrome(soup)
    assert soup.find(class_="related-wrap") is not None
    assert soup.find(class_="sidebar") is None


# ---------------------------------------------------------------- bench_ingest's corpus

def _bench_ingest():
    """scripts/bench_ingest.py as a module (it is a script, not a package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "bench_ingest.py"
    spec = importlib.util.spec_from_file_location("bench_ingest_s38", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_ingest_never_reads_a_file_of_a_skip_list_nor_its_copy(tmp_path, monkeypatch):
    from gitcorpus import corpus_repo

    files = {f"data/train_tokenized/{i:06d}.txt.seg":
             f"Bệnh_viện tỉnh tiếp_nhận kỹ_thuật số {i} .\n" for i in range(12)}
    blind = "Bài_mù không được đọc .\n"
    files["data/train_tokenized/000008.txt.seg"] = blind
    files["data/train_tokenized/000010.txt.seg"] = blind   # the same text under another name
    repo = tmp_path / "vietnews"
    corpus_repo(repo, files, drop="data/train_tokenized/000008.txt.seg")
    reserved = tmp_path / "reserved.txt"
    reserved.write_text("data/val_tokenized/000001.txt.seg\n", encoding="utf-8")
    skip = tmp_path / "blind_ids.txt"
    skip.write_text("# blind\ndata/train_tokenized/000008.txt.seg\n", encoding="utf-8")
    bench = _bench_ingest()
    monkeypatch.setattr(bench, "RESERVED", reserved)

    docs = bench.vietnews_docs(repo / ".git", 50, [skip])   # the dropped blob is never asked for
    assert len(docs) == 3   # the 10 others from the 8th on: 000007, 000009, 000011
    assert docs[0] == "Bệnh viện tỉnh tiếp nhận kỹ thuật số 7.\n"
    assert not any("Bài mù" in d for d in docs)
    with pytest.raises(SystemExit, match="reserved list not found"):
        monkeypatch.setattr(bench, "RESERVED", tmp_path / "missing.txt")
        bench.vietnews_docs(repo / ".git", 50, [skip])


# ---------------------------------------------------------------- empty answers as files

@pytest.mark.parametrize("fmt, expected", [
    # a header, every field of a row (test_kbuse_s39: the same with rows or none)
    ("csv", "date,published,document,title,snippet,source,score,document_id\r\n"),
    ("json", "[]\n"),
    ("jsonl", ""),
])
def test_an_empty_answer_written_to_a_file_is_one_scripts_can_read(small_kb, tmp_path, fmt,
                                                                  expected):
    import csv

    from conftest import run_ytekb

    out = tmp_path / f"none.{fmt}"
    res = run_ytekb("search", "sởi rubella", "--db", small_kb, "--format", fmt, "-o", out)
    assert res.code == 1, res.explain()   # nothing found, like grep
    assert "wrote 0 rows" in res.stderr and "no results" in res.stderr
    assert out.read_bytes().decode("utf-8") == expected
    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert list(reader) == [] and reader.fieldnames == [
                "date", "published", "document", "title", "snippet", "source", "score",
                "document_id"]


def test_an_empty_timeline_csv_names_the_timeline_columns(small_kb, tmp_path):
    from conftest import run_ytekb

    out = tmp_path / "t.csv"
    res = run_ytekb("timeline", "Nghệ An", "--db", small_kb, "--from", "2030", "--csv", "-o", out)
    assert res.code == 1, res.explain()
    assert out.read_text(encoding="utf-8") == (
        "date,kind,summary,sentence,document,title,published,source,date_source,document_id,"
        "fact_id,sentence_index,fact,issued\n")


# ---------------------------------------------------------------- the web timeline's filters and files

@pytest.fixture(scope="module")
def sample_server(tmp_path_factory):
    """`ytekb serve` of the sample KB (Nghệ An, Bắc Kạn, Hà Nội) on a free 127.0.0.1 port."""
    from test_query_sample import build_sample_kb
    from webserver import serving

    from pipeline import web

    tmp = tmp_path_factory.mktemp("s38_web")
    kb = build_sample_kb(tmp / "kb.sqlite")
    web.prepare(kb)
    with serving(kb, tmp, "--host", "127.0.0.1") as base:
        yield base, kb


def web_timeline(base: str, fmt: str = "", **params) -> tuple[int, str, dict[str, str]]:
    from urllib.parse import urlencode

    from webserver import get

    suffix = f".{fmt}" if fmt else ""
    return get(f"{base}/-/ytekb/timeline{suffix}?" + urlencode(params, doseq=True))


def test_the_web_timeline_downloads_as_the_cli_prints_it_with_each_facts_page(sample_server):
    import json

    from conftest import run_ytekb

    base, kb = sample_server
    status, body, headers = web_timeline(base, "json", q="Nghệ An", **{"from": "2024"})
    assert status == 200
    assert 'filename="timeline-nghe-an.json"' in headers.get("content-disposition", "")
    rows = json.loads(body)
    cli = run_ytekb("timeline", "Nghệ An", "--db", kb, "--from", "2024", "--json", "--limit", "0")
    assert cli.code == 0, cli.explain()
    assert [{k: v for k, v in r.items() if k != "page"} for r in rows] == json.loads(cli.stdout)
    assert rows and all(r["date"] >= "2024" for r in rows)
    first = rows[0]
    assert first["page"].startswith(f"{base}/-/ytekb/document/{first['document_id']}")
    from webserver import get

    assert get(first["page"])[0] == 200   # the sentence the fact was read from


def test_the_web_timeline_keeps_only_the_kinds_ticked_in_page_and_file(sample_server):
    import csv
    import io

    base, _ = sample_server
    status, body, headers = web_timeline(base, "csv", q="Nghệ An", kind=["legal"])
    assert status == 200 and headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and {r["kind"] for r in rows} == {"legal"}
    assert "page" in rows[0]
    status, page, _ = web_timeline(base, q="Nghệ An", kind=["legal"])
    assert status == 200
    assert 'value="legal" checked' in page and 'value="role" checked' not in page
    assert "--kind legal" in page
    assert "/-/ytekb/timeline.csv?q=Ngh%E1%BB%87+An&amp;kind=legal" in page


def test_a_wrong_date_on_the_web_timeline_is_said_and_its_file_leads_back(sample_server):
    base, _ = sample_server
    status, page, _ = web_timeline(base, q="Nghệ An", **{"from": "2024-13"})
    assert status == 200
    assert "is not a date" in page and "the dates are not applied" in page
    status, page, _ = web_timeline(base, "csv", q="Nghệ An", **{"from": "2024-13"})
    assert status == 200 and "is not a date" in page   # redirected to the page, no file


def test_an_empty_web_timeline_file_is_a_header(sample_server):
    base, _ = sample_server
    status, body, _ = web_timeline(base, "csv", q="Nghệ An", **{"from": "2090"})
    assert status == 200
    assert body.splitlines() == ["date,kind,summary,sentence,document,title,published,source,"
                                 "date_source,document_id,fact_id,sentence_index,fact,issued,page"]


# ---------------------------------------------------------------- search snippets in a narrow table

def test_a_narrow_search_table_shows_the_highlighted_words_of_a_long_snippet():
    import io

    from pipeline.query import formats

    snippet = ("…Giám đốc Bệnh viện Đa khoa tỉnh cho biết, trong giai đoạn 2025-2030, bệnh "
               "viện sẽ phối hợp với các đơn vị tuyến trên để mời [chuyên gia] về hỗ trợ…")
    item = {"date": "2025-03-02", "title": "Bệnh viện tỉnh mời chuyên gia tuyến trên hỗ trợ",
            "snippet": snippet, "document": "https://baoyte.example.vn/bai-viet-123456.htm"}
    out = io.StringIO()
    formats.table([item], ("date", "title", "snippet", "document"), out, width=80)
    shown = " ".join(out.getvalue().split())
    assert "[chuyên gia]" in shown and "mời [chuyên gia]" in shown
    wide = io.StringIO()
    formats.table([item], ("date", "title", "snippet", "document"), wide, width=400)
    assert "…Giám đốc Bệnh viện Đa khoa tỉnh" in wide.getvalue()   # room enough: as written


# ---------------------------------------------------------------- the network page: A with B, links to sentences

def test_the_network_page_with_a_second_party_keeps_only_their_links(sample_server):
    import re
    from urllib.parse import urlencode

    from webserver import get

    base, _ = sample_server
    status, page, _ = get(f"{base}/-/ytekb/network?" + urlencode({"q": "Bạch Mai"}))
    assert status == 200 and "Bệnh viện Tim Hà Nội" in page and "Sở Y tế Nghệ An" in page
    status, page, _ = get(f"{base}/-/ytekb/network?" + urlencode({"q": "Bạch Mai",
                                                                    "with": "Nghệ An"}))
    assert status == 200 and "Bạch Mai ↔ Nghệ An" in page
    table = page[page.index("<table"):]
    assert "Sở Y tế Nghệ An" in table and "Bệnh viện Tim Hà Nội" not in table
    # each link's sentence opens the document at that fact, not at its top
    hrefs = re.findall(r'href="(/-/ytekb/document/\d+[^"]*)"', table)
    assert hrefs and all("fact=cooperation-" in h and "#s" in h for h in hrefs)
    status, page, _ = get(f"{base}/-/ytekb/network?" + urlencode({"q": "Bạch Mai",
                                                                    "with": "Nowhere Xyz"}))
    assert status == 200 and "Nothing matches" in page


def test_the_nightly_help_gives_a_cron_line_that_runs_under_crons_path():
    """cron's PATH has no venv: a bare `ytekb nightly` there is "command not found"."""
    from conftest import run_ytekb

    res = run_ytekb("nightly", "--help", env={"COLUMNS": "80"})
    assert res.code == 0
    cron = [line.strip() for line in res.stdout.splitlines() if line.strip().startswith("15 2 ")]
    assert cron == ["15 2 * * * cd /srv/ytekb && .venv/bin/ytekb nightly"]
    assert "CRON_TZ=Asia/Ho_Chi_Minh" in res.stdout
