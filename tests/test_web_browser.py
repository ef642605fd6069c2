"""The web UI in a real headless Chromium, on the bundled corpus plus the seed articles:
screenshots of a document page with its facts marked, an entity page with its posts,
timeline and network pictures, and a chart (saved under the test's temporary folder,
and copied to $YTEKB_SCREENSHOTS when that is set); each screenshot is read back to
check that it shows those colours. Also: the CLI, the position_spans view and the
web entity page give every post the same first and last seen."""
from __future__ import annotations

import html
import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

import fullkb
from conftest import SHARED_DIR
from pipeline.cli import main
from pipeline.web.plugin import STATIC
from webserver import CHROMIUM, get, hex_rgb, png_colours, screenshot, serving

needs_chromium = pytest.mark.skipif(CHROMIUM is None,
                                    reason="needs chromium (apt-get install -y chromium)")
MARK_COLOURS = {"organization": "#dbe8f7", "person": "#ecdff0", "date": "#fde9a8",
                "figure": "#fcd7b0"}


@pytest.fixture(scope="module")
def kb(corpus_kb, copy_kb, ytekb, tmp_path_factory) -> Path:
    """The bundled corpus plus the seed articles of ../shared when they are there; the
    bundled corpus alone in a fresh clone (was: every browser test skipped in CI, which
    installs chromium for them but has no ../shared)."""
    folder = tmp_path_factory.mktemp("webkb")
    if not (SHARED_DIR / "corpus" / "seeds").is_dir():
        return copy_kb(corpus_kb.path, folder / "kb.sqlite")
    return fullkb.build(corpus_kb, copy_kb, ytekb, SHARED_DIR, folder)


@pytest.fixture(scope="module")
def server(kb, tmp_path_factory):
    with serving(kb, tmp_path_factory.mktemp("webserve")) as base:
        yield base


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _one(kb: Path, sql: str, *params) -> tuple:
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def _pixels(png: Path, colour: str) -> int:
    return png_colours(png)[hex_rgb(colour)]


@pytest.mark.browser
@needs_chromium
def test_document_page_screenshot_shows_facts_marked_by_type(kb, server, shots):
    doc_id, = _one(kb, "SELECT id FROM documents WHERE title LIKE 'Bệnh viện Bạch Mai làm việc "
                       "với UBND tỉnh Nghệ An%'")
    role_id, sentence = _one(kb, "SELECT id, sentence FROM roles WHERE document_id = ? "
                                 "ORDER BY sentence DESC LIMIT 1", doc_id)
    url = f"{server}/-/ytekb/document/{doc_id}?fact=role-{role_id}"
    status, page, _ = get(url)
    assert status == 200 and STATIC in page
    png = screenshot(url, shots / "document.png", shots / "profile", 1400, 1500)
    colours = png_colours(png)
    for kind, colour in MARK_COLOURS.items():
        assert colours[hex_rgb(colour)] > 300, (kind, colours[hex_rgb(colour)])
    assert colours[hex_rgb("#d62728")] > 20          # the fact named in the URL is outlined


@pytest.mark.browser
@needs_chromium
def test_entity_page_screenshot_shows_posts_timeline_and_network(kb, server, shots):
    eid, = _one(kb, "SELECT id FROM entities WHERE name = 'Bệnh viện Bạch Mai'")
    url = f"{server}/-/ytekb/entity/{quote(eid)}"
    png = screenshot(url, shots / "entity.png", shots / "profile", 1400, 1900)
    colours = png_colours(png)
    assert colours[hex_rgb("#b07aa1")] > 500       # officials over time: the post bars
    assert colours[hex_rgb("#59a14f")] > 100       # timeline: cooperation dots
    assert colours[hex_rgb("#ff7f0e")] > 150       # network: support links
    status, page, _ = get(url)
    for picture in ("Officials over time", "Timeline: Bệnh viện Bạch Mai",
                    "Cooperation network: Bệnh viện Bạch Mai", "Top partners (cooperation links)"):
        assert picture in page


@pytest.mark.browser
@needs_chromium
def test_chart_and_network_screenshots(server, shots):
    png = screenshot(f"{server}/-/ytekb/charts?q={quote('Nghệ An')}", shots / "charts.png",
                     shots / "profile", 1400, 1300)
    assert _pixels(png, "#4e79a7") > 3000            # bars
    assert _pixels(png, "#b07aa1") > 300             # roles in the stacked months
    png = screenshot(f"{server}/-/ytekb/network", shots / "network.png", shots / "profile",
                     1400, 1100)
    assert _pixels(png, "#ff7f0e") > 500
    png = screenshot(f"{server}/", shots / "home.png", shots / "profile", 1400, 1000)
    assert png.stat().st_size > 20_000


def _page_posts(server: str, eid: str) -> set[tuple[str, str, str]]:
    status, page, _ = get(f"{server}/-/ytekb/entity/{quote(eid)}")
    assert status == 200
    return {(html.unescape(t), f, l) for t, f, l in re.findall(
        r'<tr class="post" data-title="([^"]*)" data-first="([^"]*)" data-last="([^"]*)">', page)}


def test_cli_view_and_web_show_the_same_first_and_last_seen_for_every_post(kb, server):
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    try:
        people = [r[0] for r in conn.execute("SELECT DISTINCT person_id FROM roles")]
        view = {}
        for pid, title, first, last in conn.execute(
                "SELECT person_id, position, first_seen, last_seen FROM position_spans"):
            view.setdefault(pid, set()).add((title, first or "", last or ""))
    finally:
        conn.close()
    assert len(people) >= (40 if (SHARED_DIR / "corpus" / "seeds").is_dir() else 30)
    runner = CliRunner()
    for pid in people:
        res = runner.invoke(main, ["entity", pid, "--db", str(kb), "--json"])
        assert res.exit_code == 0, res.output
        cli = {(p["title"], p["first_seen"] or "", p["last_seen"] or "")
               for p in json.loads(res.stdout)["positions"]}
        assert cli == view[pid], pid
        assert _page_posts(server, pid) == view[pid], pid
        # and `ytekb officials --person`
        name, = _one(kb, "SELECT name FROM entities WHERE id = ?", pid)
        res = runner.invoke(main, ["officials", "--person", name, "--db", str(kb), "--limit", "0",
                                   "--json"])
        officials = {(o["position"], o["first_seen"] or "", o["last_seen"] or "")
                     for o in json.loads(res.stdout) if o["person_id"] == pid}
        assert officials == view[pid], pid
