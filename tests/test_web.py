"""The web UI: Datasette metadata and canned queries, a real `ytekb serve` on a loopback
port (its pages, links and guards), and one check in a real headless Chromium
(skipped when it is not installed; CI installs it with `apt-get install -y chromium`).
tests/test_web_browser.py takes the screenshots."""
from __future__ import annotations

import html
import json
import re
import sqlite3
import time
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import web
from pipeline.cli import main
from test_query_cli import fingerprint
from test_query_sample import build_sample_kb
from webserver import CHROMIUM, dump_dom, get, raw_get, serving

QUERIES = ("entity_timeline", "cooperation", "search", "entity_profile", "legal_document")


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    path = build_sample_kb(tmp_path_factory.mktemp("web") / "kb.sqlite")
    web.prepare(path)
    return path


def canned(kb: Path, name: str, **params: str) -> list[tuple]:
    """Run a canned query with plain sqlite3, as Datasette would (with the SQL functions the
    ytekb plugin registers on its connections)."""
    from pipeline.query.search import register

    meta = web.metadata(kb)
    sql = meta["databases"]["kb"]["queries"][name]["sql"]
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    register(conn)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_metadata_names_the_served_database_and_describes_tables(kb):
    meta = web.metadata(kb)
    assert meta["title"] and meta["source"] and meta["about"]
    db = meta["databases"]["kb"]
    assert set(QUERIES) <= set(db["queries"])
    for query in db["queries"].values():
        assert query["title"] and query["description"] and "SELECT" in query["sql"]
        assert "sql_file" not in query
    tables = db["tables"]
    assert tables["entities"]["label_column"] == "name"
    assert {"type", "province"} <= set(tables["entities"]["facets"])
    assert {"source", "province", "year"} <= set(tables["document_index"]["facets"])
    assert tables["sources"]["label_column"] == "name"
    assert all(t.get("description") or t.get("hidden") for t in tables.values())


def test_canned_timeline_cooperation_search_profile_legal(kb):
    rows = canned(kb, "entity_timeline", q="Nghệ An", date_from="", date_to="")
    dated = {(r[0], r[1]) for r in rows}
    # the resolution cited by a 2024-10-05 article is dated by it (0015), as in the CLI
    assert {("2024-10-05", "legal"), ("2024-03-12", "cooperation")} <= dated
    assert "2023-07-18" not in {r[0] for r in rows}   # its issue date, restated, is no event
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert canned(kb, "entity_timeline", q="nghe an", date_from="", date_to="") == rows
    window = canned(kb, "entity_timeline", q="Nghệ An", date_from="2024", date_to="")
    assert window and all(r[0] >= "2024" for r in window)
    links = canned(kb, "cooperation", a="bach mai", b="nghe an")
    assert [(r[1], r[2], r[3]) for r in links] == [
        ("Bệnh viện Bạch Mai", "Sở Y tế Nghệ An", "agreement")]
    assert len(canned(kb, "cooperation", a="bach mai", b="")) == 2
    assert len(canned(kb, "search", q="chuyen giao ky thuat")) == 3
    profile = canned(kb, "entity_profile", q="bach mai")
    assert profile[0][1] == "Bệnh viện Bạch Mai"
    assert canned(kb, "legal_document", number="39-nq/tw")[0][1] == "39-NQ/TW"


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "'; DROP TABLE documents; --", "", "  ",
                                  'a"b', "(((", "title:x"])
def test_canned_queries_take_any_input(kb, text):
    before = fingerprint(kb)
    for name, params in (("entity_timeline", {"q": text, "date_from": "", "date_to": ""}),
                         ("cooperation", {"a": text, "b": text}), ("search", {"q": text}),
                         ("entity_profile", {"q": text}), ("legal_document", {"number": text})):
        assert isinstance(canned(kb, name, **params), list)
    assert fingerprint(kb) == before


def test_canned_queries_shadow_no_table_or_view(kb):
    names = set(web.metadata(kb)["databases"]["kb"]["queries"])
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    try:
        objects = {n for (n,) in conn.execute("SELECT name FROM sqlite_master "
                                              "WHERE type IN ('table', 'view')")}
    finally:
        conn.close()
    assert "timeline" in objects and not names & objects


def test_readable_columns_come_first(kb):
    meta = web.metadata(kb)["databases"]["kb"]["tables"]
    assert meta["documents"]["hidden"] and meta["document_index"]["title"] == "documents"
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    try:
        def first(view: str, n: int = 3) -> list[str]:
            return [c[0] for c in conn.execute(f"SELECT * FROM {view} LIMIT 0").description][:n]
        assert first("document_index", 1) == ["title"]
        assert first("positions") == ["person", "position", "organization"]
        assert first("cooperation_links") == ["from_name", "kind", "to_name"]
        assert first("timeline") == ["date", "kind", "summary"]
    finally:
        conn.close()


def test_serve_without_datasette_says_how_to_install(kb, monkeypatch):
    monkeypatch.setattr(web, "datasette_available", lambda: False)
    result = CliRunner().invoke(main, ["serve", "--db", str(kb)])
    assert result.exit_code == 2
    assert ".venv/bin/pip install -e ." in result.stderr


def test_serve_needs_an_existing_kb(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2 and "no knowledge base" in result.stderr


def _get(url: str, **kw) -> tuple[int, str]:
    status, body, _ = get(url, **kw)
    return status, body


@pytest.fixture(scope="module")
def server(kb, tmp_path_factory):
    """`ytekb serve` in a real subprocess on a free 127.0.0.1 port; its base URL."""
    with serving(kb, tmp_path_factory.mktemp("serve"), "--host", "127.0.0.1") as base:
        yield base


def _timeline_url(base: str, q: str, fmt: str = "") -> str:
    query = urllib.parse.urlencode({"q": q, "date_from": "", "date_to": ""})
    return f"{base}/kb/entity_timeline{fmt}?{query}"


def test_served_kb_answers_canned_queries_and_stays_read_only(kb, server):
    before = fingerprint(kb)
    status, body = _get(_timeline_url(server, "Nghệ An", ".json") + "&_shape=array")
    assert status == 200
    rows = json.loads(body)
    assert {"2024-10-05", "2024-03-12"} <= {r["date"] for r in rows}   # 2023-07-18 before 0015
    status, body = _get(f"{server}/kb/entities.json?_shape=object")
    assert status == 200 and "hos_bachmai" in json.loads(body)
    status, body = _get(f"{server}/kb/entities?_facet=type")
    assert status == 200 and "hospital" in body
    delete = urllib.parse.urlencode({"sql": "DELETE FROM documents"})
    status, body = _get(f"{server}/kb.json?{delete}")
    assert status >= 400 or '"ok": false' in body.replace('":false', '": false')
    assert fingerprint(kb) == before


# --- the guards ------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/kb/entity_timeline", "/kb/search", "/kb/documents",
                                  "/kb", "/-/ytekb/document/1", "/"])
def test_writes_get_405_not_500(kb, server, path):
    before = fingerprint(kb)
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        status, body, headers = get(server + path, method=method, data=b"q=x&sql=DELETE",
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 405, (method, path, body[:200])
        assert "GET" in headers.get("allow", headers.get("Allow", ""))
    assert fingerprint(kb) == before


def test_only_loopback_host_names_are_answered(server):
    port = int(server.rsplit(":", 1)[1])
    for host in ("evil.example", "evil.example:" + str(port), "127.0.0.1.nip.io",
                 "192.168.1.20", "attacker.localhost.evil.example"):
        assert raw_get(port, "/", host) == 400, host
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "LOCALHOST",
                 "app.localhost"):
        assert raw_get(port, "/", host) == 200, host


def test_queries_are_bounded_in_time_and_memory(kb, server):
    big = urllib.parse.urlencode({"sql": "SELECT length(randomblob(900000000))"})
    status, body = _get(f"{server}/kb.json?{big}", timeout=60)
    assert "too big" in body
    endless = urllib.parse.urlencode({"sql": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                             "SELECT x + 1 FROM c) SELECT count(*) FROM c"})
    # an endless query gets an answer at all only because the server stops it (no wall-clock
    # bound here: on a busy machine the stop comes late, not never)
    status, body = _get(f"{server}/kb.json?{endless}", timeout=120)
    assert "too long" in body
    assert web.SQL_TIME_LIMIT_MS <= 2000


# --- pages and links ----------------------------------------------------------------------

def _pictures(page: str) -> list[str]:
    """The titles of the SVG pictures on a page."""
    return re.findall(r'<svg[^>]*aria-label="([^"]*)"', page)


def _marks(page: str) -> dict[str, int]:
    return {kind: len(re.findall(rf'<mark class="[^"]*\bf-{kind}\b', page))
            for kind in ("organization", "person", "role", "date", "legal", "figure",
                         "cooperation")}


def test_document_page_marks_every_fact_by_type_and_links_entities(server):
    status, page = _get(f"{server}/-/ytekb/document/1")
    assert status == 200
    assert "Bệnh viện Bạch Mai hỗ trợ Nghệ An" in page            # title
    assert "baonghean" in page and "2024-10-05" in page           # source, publication date
    assert 'href="https://baonghean.vn/bach-mai"' in page          # the original article
    marks = _marks(page)
    assert all(marks[k] >= 1 for k in marks), marks
    # every sentence is addressable; facts link to their entities
    assert all(f'id="s{i}"' in page for i in range(4))
    assert 'href="/-/ytekb/entity/per_daoxuanco"><mark class="f-person f-role"' in page
    assert 'href="/-/ytekb/entity/hos_bachmai"><mark' in page
    assert 'id="role-1"' in page and 'id="legal-1"' in page
    # a fact named in the URL is outlined and its sentence marked
    status, page = _get(f"{server}/-/ytekb/document/1?fact=role-1")
    focus = re.search(r'<span class="sent focus-sentence" id="s\d+"', page)
    assert focus and 'id="role-1"' in page[focus.end():].split('<span class="sent')[0]
    assert re.search(r'<mark class="[^"]*focus[^"]*" data-facts="[^"]*role-1', page)
    assert _get(f"{server}/-/ytekb/document/999")[0] == 404


@pytest.mark.parametrize("table, kind", [
    ("roles", "role"), ("positions", "role"), ("cooperations", "cooperation"),
    ("cooperation_links", "cooperation"), ("legal_documents", "legal"),
    ("legal_citations", "legal"), ("figures", "figure"), ("figure_facts", "figure"),
    ("dates", "date"), ("dated_events", "date")])
def test_fact_rows_link_to_their_sentence_in_the_document_page(server, table, kind):
    status, page = _get(f"{server}/kb/{table}")
    assert status == 200
    found = re.findall(rf'href="(/-/ytekb/document/(\d+)\?fact={kind}-(\d+)#s(\d+))"', page)
    assert found, page[:500]
    href, doc_id, fact_id, sentence = found[0]
    status, target = _get(server + href.replace("&amp;", "&"))
    assert status == 200
    assert f'id="s{sentence}"' in target and f'id="{kind}-{fact_id}"' in target
    assert f"{kind}-{fact_id}" in re.search(r'class="[^"]*focus[^"]*" data-facts="([^"]*)"',
                                            target).group(1)


def test_tables_link_titles_names_and_documents_to_pages(server):
    status, page = _get(f"{server}/kb/document_index")
    assert status == 200 and '<a href="/-/ytekb/document/1">Bệnh viện Bạch Mai hỗ trợ Nghệ An</a>' in page
    status, page = _get(f"{server}/kb/positions")
    assert '<a href="/-/ytekb/entity/per_daoxuanco">Đào Xuân Cơ</a>' in page
    status, page = _get(f"{server}/kb/entities")
    assert '<a href="/-/ytekb/entity/hos_bachmai">Bệnh viện Bạch Mai</a>' in page
    status, page = _get(_timeline_url(server, "Nghệ An"))
    assert status == 200 and "/-/ytekb/document/1?fact=legal-1#s" in page


def test_entity_page_has_names_posts_timeline_partners_network_and_documents(server):
    status, page = _get(f"{server}/-/ytekb/entity/hos_bachmai")
    assert status == 200
    assert "Bệnh viện Bạch Mai" in page and "BV Bạch Mai" in page        # names and aliases
    assert re.search(r'<tr class="post" data-title="Giám đốc" data-first="2024-10-05" '
                     r'data-last="2024-10-05">', page)                    # officials over time
    pictures = _pictures(page)
    for picture in ("Officials over time", "Timeline: Bệnh viện Bạch Mai", "Facts per month",
                    "Top partners (cooperation links)"):
        assert picture in pictures, pictures
    assert "Cooperation network: Bệnh viện Bạch Mai" in page and "providers left" in page
    assert "/-/ytekb/entity/hea_syt_na" in page and "/-/ytekb/entity/hos_tim_hn" in page  # partners
    assert '<a href="/-/ytekb/document/3">' in page                     # its documents
    assert _get(f"{server}/-/ytekb/entity/nobody")[0] == 404


def test_charts_timeline_network_and_front_door(server):
    status, page = _get(f"{server}/-/ytekb/charts?q=Ngh%E1%BB%87%20An")
    assert status == 200 and len(_pictures(page)) == 3
    assert "Facts per month" in page and "Top partners" in page and 'class="bar"' in page
    status, page = _get(f"{server}/-/ytekb/timeline?q=Ngh%E1%BB%87%20An")
    assert status == 200 and "2024-10-05" in page and "Timeline: Nghệ An" in _pictures(page)
    assert "issued 2023-07-18" in page   # the cited resolution's own date, beside its article's
    status, page = _get(f"{server}/-/ytekb/network?q=bach%20mai")
    assert status == 200 and "Cooperation network: bach mai" in page
    assert '<a href="/-/ytekb/entity/hea_syt_na">' in page
    status, page = _get(f"{server}/")
    assert status == 200 and "/-/ytekb/find" in page and "Bệnh viện Bạch Mai" in page
    status, body, headers = get(f"{server}/-/ytekb/find?q=bach%20mai")
    assert status == 200 and "/-/ytekb/entity/hos_bachmai" in body   # redirected to its page


def test_empty_timeline_page_suggests_entities_that_open_their_timelines(server):
    status, page = _get(f"{server}/-/ytekb/timeline")
    assert status == 200 and "For example" in page
    link = re.search(r'href="(/-/ytekb/timeline\?q=[^"]+)"', page)
    assert link, "no suggested timeline link"
    status, page = _get(server + html.unescape(link.group(1)))
    assert status == 200 and "No dated facts" not in page and "<ol class=\"ytekb-timeline\">" in page


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install -y chromium)")
def test_canned_timeline_in_headless_chromium(server, tmp_path):
    dom = dump_dom(_timeline_url(server, "Nghệ An"), tmp_path / "profile")
    assert "<table" in dom
    assert "Timeline of an entity or province" in dom
    rows = [r for r in dom.split("<tr")[1:]]
    legal = [r for r in rows if "Nghị quyết 39-NQ/TW (Bộ Chính trị)" in r]
    assert legal and "2024-10-05" in legal[0]   # its citing article's date (0015)
    coop = [r for r in rows if "2024-03-12" in r]
    assert coop and "Bệnh viện Bạch Mai → Sở Y tế Nghệ An (agreement)" in coop[0]


def test_serve_open_starts_the_browser_at_the_server(kb, tmp_path):
    """`serve --open` hands the address to the user's browser ($BROWSER here)."""
    seen = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > "{seen}"\n', encoding="utf-8")
    browser.chmod(0o755)
    with serving(kb, tmp_path, "--open", env={"BROWSER": f"{browser} %s"}) as base:
        deadline = time.monotonic() + 30
        while not seen.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert seen.exists()
        assert seen.read_text(encoding="utf-8").strip().startswith(base)


def test_document_side_panel_shows_a_repeated_fact_once_with_a_link_per_sentence():
    from pipeline.web.document import sidebar
    role = {"person_id": "per_a", "person": "Trần Văn A", "position": "Giám đốc",
            "organization_id": "hos_x", "organization": "Bệnh viện X", "date": "2024-10-04",
            "date_source": "published"}
    facts = {"role": [{**role, "id": 1}, {**role, "id": 5},
                      {**role, "id": 7, "date": "2023-01-01", "date_source": "event"}],
             "date": [{"id": 2, "text": "ngày 4/10", "date_start": "2024-10-04", "date_end": None}]}
    panel = sidebar(facts)
    assert [line["ids"] for line in panel["role"]] == [[1, 5], [7]]   # a new date is a new line
    assert [line["ids"] for line in panel["date"]] == [[2]]
    assert panel["cooperation"] == [] and panel["legal"] == []


def test_document_page_links_each_merged_fact_to_its_sentence(server):
    status, page = _get(f"{server}/-/ytekb/document/1")
    panel = page.split('<aside class="facts">')[1]
    jumps = re.findall(r'class="jump" href="#(role|cooperation|legal|figure|date)-(\d+)"', panel)
    # every fact of the text is reachable from the panel, and no fact is listed twice
    assert jumps and len(jumps) == len(set(jumps))
    assert {f"{k}-{i}" for k, i in jumps} == set(re.findall(
        r'id="((?:role|cooperation|legal|figure|date)-\d+)"', page.split('<aside')[0]))


def test_entity_without_dated_facts_shows_no_empty_charts(kb, tmp_path):
    import shutil
    lonely = tmp_path / "kb.db"
    shutil.copy(kb, lonely)
    with sqlite3.connect(lonely) as conn:
        conn.execute("INSERT INTO entities (id, name, type, key) VALUES "
                     "('hos_lonely', 'Bệnh viện Đa khoa Xa Xôi', 'hospital', 'bệnh viện đa khoa xa xôi')")
    with serving(lonely, tmp_path) as base:
        status, page = _get(f"{base}/-/ytekb/entity/hos_lonely")
        _, dated = _get(f"{base}/-/ytekb/entity/hos_bachmai")
    assert status == 200 and "Bệnh viện Đa khoa Xa Xôi" in page
    assert "No dated facts." in page                                   # said once, in words
    assert not {"Facts per month", "Timeline: Bệnh viện Đa khoa Xa Xôi"} & set(_pictures(page))
    assert "Facts per month" in _pictures(dated)                      # kept where there are facts


def test_side_panel_merges_a_date_stated_once_and_published_once_as_stated():
    """The same link on the same day, read from a sentence that states the day and from one that
    falls back to the publication date, is one line: the reader sees the stated basis once."""
    from pipeline.web.document import sidebar
    link = {"from_id": "hos_x", "from_name": "Bệnh viện X", "to_id": "prv_y", "to_name": "Y",
            "kind": "exchange", "date": "2024-10-04"}
    facts = {"cooperation": [{**link, "id": 3, "date_source": "published"},
                             {**link, "id": 4, "date_source": "event"},
                             {**link, "id": 9, "date": "2024-11-01", "date_source": "published"}]}
    panel = sidebar(facts)["cooperation"]
    assert [(line["ids"], line["date_source"]) for line in panel] == [([3, 4], "event"), ([9], "published")]
