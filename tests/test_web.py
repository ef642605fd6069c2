"""The web UI: Datasette metadata and canned queries, a real `ytekb serve` on a loopback
port, and one check in a real headless Chromium (skipped when it is not installed;
CI installs it with `apt-get install -y chromium`)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import web
from pipeline.cli import main
from test_query_cli import fingerprint
from test_query_sample import build_sample_kb

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium")
                                        else None)
QUERIES = ("timeline", "cooperation", "search", "entity_profile", "legal_document")


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    path = build_sample_kb(tmp_path_factory.mktemp("web") / "kb.sqlite")
    web.prepare(path)
    return path


def canned(kb: Path, name: str, **params: str) -> list[tuple]:
    """Run a canned query with plain sqlite3, as Datasette would."""
    meta = web.metadata(kb)
    sql = meta["databases"]["kb"]["queries"][name]["sql"]
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
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
    rows = canned(kb, "timeline", q="Nghệ An", date_from="", date_to="")
    dated = {(r[0], r[1]) for r in rows}
    assert {("2023-07-18", "legal"), ("2024-03-12", "cooperation")} <= dated
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert canned(kb, "timeline", q="nghe an", date_from="", date_to="") == rows
    window = canned(kb, "timeline", q="Nghệ An", date_from="2024", date_to="")
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
    for name, params in (("timeline", {"q": text, "date_from": "", "date_to": ""}),
                         ("cooperation", {"a": text, "b": text}), ("search", {"q": text}),
                         ("entity_profile", {"q": text}), ("legal_document", {"number": text})):
        assert isinstance(canned(kb, name, **params), list)
    assert fingerprint(kb) == before


def test_serve_without_datasette_says_how_to_install(kb, monkeypatch):
    monkeypatch.setattr(web, "datasette_available", lambda: False)
    result = CliRunner().invoke(main, ["serve", "--db", str(kb)])
    assert result.exit_code == 2
    assert "pip install 'ytekb[web]'" in result.stderr


def test_serve_needs_an_existing_kb(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2 and "no knowledge base" in result.stderr


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def server(kb, tmp_path_factory):
    """`ytekb serve` in a real subprocess on a free 127.0.0.1 port; its base URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--db", str(kb),
                                 "--port", str(port), "--host", "127.0.0.1"],
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"ytekb serve exited {proc.returncode}:\n{log.read_text()}")
            try:
                if _get(base + "/-/versions.json", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"ytekb serve did not answer in 60 s:\n{log.read_text()}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _timeline_url(base: str, q: str, fmt: str = "") -> str:
    query = urllib.parse.urlencode({"q": q, "date_from": "", "date_to": ""})
    return f"{base}/kb/timeline{fmt}?{query}"


def test_served_kb_answers_canned_queries_and_stays_read_only(kb, server):
    before = fingerprint(kb)
    status, body = _get(_timeline_url(server, "Nghệ An", ".json") + "&_shape=array")
    assert status == 200
    rows = json.loads(body)
    assert {"2023-07-18", "2024-03-12"} <= {r["date"] for r in rows}
    status, body = _get(f"{server}/kb/entities.json?_shape=object")
    assert status == 200 and "hos_bachmai" in json.loads(body)
    status, body = _get(f"{server}/kb/entities?_facet=type")
    assert status == 200 and "hospital" in body
    delete = urllib.parse.urlencode({"sql": "DELETE FROM documents"})
    status, body = _get(f"{server}/kb.json?{delete}")
    assert status >= 400 or '"ok": false' in body.replace('":false', '": false')
    assert fingerprint(kb) == before


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install -y chromium)")
def test_canned_timeline_in_headless_chromium(server, tmp_path):
    url = _timeline_url(server, "Nghệ An")
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", url],
        capture_output=True, timeout=120)
    dom = proc.stdout.decode("utf-8", "replace")
    assert proc.returncode == 0 and "<table" in dom, proc.stderr.decode("utf-8", "replace")[-2000:]
    assert "Timeline of an entity or province" in dom
    rows = [r for r in dom.split("<tr")[1:]]
    legal = [r for r in rows if "2023-07-18" in r]
    assert legal and "Nghị quyết 39-NQ/TW (Bộ Chính trị)" in legal[0]
    coop = [r for r in rows if "2024-03-12" in r]
    assert coop and "Bệnh viện Bạch Mai → Sở Y tế Nghệ An (agreement)" in coop[0]
