"""Real use, stop 37 (kbuse2): what a cron log shows when a host is given up.

A host whose robots.txt cannot be read, or that spent its HOST_TIMEOUT_BUDGET, has its
other URLs skipped without a request. Each of them was its own `error:` line (200 lines
for a feed of 200 articles); now the host has one line with the count, the run summary
counts them, and the exit code is what it was.
"""
from __future__ import annotations

import json
import socket

from scrapers.crawl import SourceResult
from sites import FAST, ytekb


def _refused_port() -> int:
    """A loopback port nobody listens on: every connection is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_urls_of_a_host_with_an_unreadable_robots_txt_are_one_error_line(tmp_path):
    port = _refused_port()
    base = f"http://127.0.0.1:{port}"
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "tinh"\nbase_urls = ["{base}/"]\n'
                       f'feeds = ["{base}/rss/suc-khoe.rss", "{base}/rss/y-te.rss", '
                       f'"{base}/rss/thoi-su.rss"]\n', encoding="utf-8")
    res = ytekb("nightly", "--db", tmp_path / "kb.sqlite", "--sources", sources,
                "--allow-host", "127.0.0.1", "--delay", "0", *FAST, "-s", "RETRY_TOTAL=0",
                "--report", tmp_path / "r.json", cwd=tmp_path)
    assert res.code == 3, res.stderr  # no source succeeded: as before
    errors = [line for line in res.stderr.replace("\n  ", " ").splitlines()
              if line.startswith("error:")]
    assert len(errors) == 1, res.stderr  # was 3, one per feed
    assert errors[0].startswith(f"error: 127.0.0.1: site skipped this run: {base}/robots.txt "
                                "unreachable (connection refused"), errors
    assert errors[0].endswith("; 3 URLs skipped"), errors
    assert "3 not tried (host given up)" in res.stdout.replace("\n  ", " "), res.stdout
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["sources"]["tinh"]["skipped_host"] == 3
    assert [e["skipped"] for e in report["errors"]] == [3]


def test_one_skipped_url_keeps_its_own_line():
    result = SourceResult("tinh")
    why = "kept us waiting 120 s on timeouts this run (HOST_TIMEOUT_BUDGET)"
    url = "https://baotinh.vn/tin/so-y-te-kiem-tra-12345.html"
    result.skipped(url, f"article not fetched: baotinh.vn {why}", "baotinh.vn", why)
    assert result.errors == [{"source": "tinh", "item": url, "skipped": 1,
                              "error": f"article not fetched: baotinh.vn {why}"}]
    result.skipped(url.replace("12345", "12346"), "article not fetched: ...", "baotinh.vn", why)
    result.skipped("https://khac.vn/tin/a-1.html", "article not fetched: ...", "khac.vn", why)
    assert [(e["item"], e["error"]) for e in result.errors] == [
        ("baotinh.vn", f"{why}; 2 URLs skipped"), ("https://khac.vn/tin/a-1.html",
                                                   "article not fetched: ...")]
    assert result.counts["skipped_host"] == 3


# ---- `ytekb timeline --format html` with nothing to show -----------------------------------

# my own sentence
KHANH_HOA = ("date 2024-03-08\nSở Y tế Khánh Hòa ký kết hợp tác với Bệnh viện Chợ Rẫy\n\n"
             "Ngày 8/3/2024, Sở Y tế Khánh Hòa ký kết thỏa thuận hợp tác với Bệnh viện Chợ Rẫy "
             "về đào tạo bác sĩ hồi sức.\n")


def test_an_empty_timeline_page_is_not_written(tmp_path):
    from conftest import run_ytekb

    (tmp_path / "kh.txt").write_text(KHANH_HOA, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path / "kh.txt", "-j", "1").code == 0
    page = tmp_path / "out" / "kh.html"
    full = run_ytekb("timeline", "Sở Y tế Khánh Hòa", "--db", db, "--format", "html",
                     "--output", page)
    assert full.code == 0 and "Chợ Rẫy" in page.read_text(encoding="utf-8"), full.explain()
    page.unlink()
    empty = run_ytekb("timeline", "Sở Y tế Khánh Hòa", "--db", db, "--format", "html",
                      "--from", "2030-01-01", "--output", page)
    assert empty.code == 1, empty.explain()  # the empty answer's exit code, as before
    assert not page.exists()  # was: a page saying "0 dated facts"
    assert f"no dated facts: nothing written to {page}" in empty.stderr.replace("\n  ", " "), \
        empty.explain()
    stdout = run_ytekb("timeline", "Sở Y tế Khánh Hòa", "--db", db, "--format", "html",
                       "--from", "2030-01-01", "--output", "-")
    assert stdout.code == 1 and stdout.stdout == "", stdout.explain()
