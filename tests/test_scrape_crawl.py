"""`ytekb crawl` end to end, through the real CLI, against loopback sites serving
the bundled corpus: clean text and dates for every layout, windows-1258 pages,
retried failures, incremental re-runs proven by server-side request counts,
changed pages updated in place, duplicates, robots.txt, --since, reextract."""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
import zlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import corpus
from scrapers.encoding import encode_cp1258
from readkb import q
from sites import FAST, Site, corpus_site, merged_sitemap, ytekb

ENTRIES = corpus.manifest()
LEGACY_TEXT = ("Ngày 5/6/2024, Sở Y tế tỉnh Nghệ An phối hợp với Bệnh viện Bạch Mai tổ chức hội "
               "nghị chuyển giao kỹ thuật cho 12 bệnh viện tuyến huyện.")
LEGACY = """<html><head><title>Chuyển giao kỹ thuật tại Nghệ An</title>{meta}
<meta property="article:published_time" content="2024-06-05T09:30:00+07:00"></head><body>
<nav><a href="/">Trang chủ</a> | <a href="/y-te/">Y tế</a></nav>
<article><h1>Chuyển giao kỹ thuật tại Nghệ An</h1><p>{text}</p>
<p>Theo PGS.TS. Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, chương trình sẽ đào tạo hơn 200 cán
bộ y tế trong năm 2024 với kinh phí 750 triệu đồng.</p></article>
<aside class="sidebar"><a href="/khac-1-2-3-4.html">Tin khác về tiêm chủng mở rộng</a></aside>
<footer>Bản quyền thuộc về Cổng thông tin. Giấy phép số 99/GP-TTĐT.</footer></body></html>"""
LEGACY_PATHS = {"/tin-tuc/chuyen-giao-ky-thuat-tai-nghe-an-khong-charset-5501.html": None,
                "/tin-tuc/chuyen-giao-ky-thuat-tai-nghe-an-sai-charset-5502.html":
                    "text/html; charset=iso-8859-1"}


def crawl(db: Path, *args, cwd: Path):
    return ytekb("crawl", "--db", db, "--delay", "0", *FAST, *args, cwd=cwd)


def article_hits(site: Site, status: int | None = None) -> int:
    """Requests for article pages (not robots.txt, sitemaps, feeds or listings)."""
    paths = {urlsplit(e["url"]).path for e in ENTRIES} | set(LEGACY_PATHS)
    return sum(1 for h in site.hits if urlsplit(h.path).path in paths
               and (status is None or h.status == status))


def doc_for(db: Path, path: str):
    rows = q(db, "SELECT * FROM documents WHERE url LIKE ?", "%" + path)
    assert len(rows) == 1, f"{path}: {len(rows)} documents"
    return rows[0]


def check_clean(doc, entry) -> None:
    for phrase in entry["expect"]["body_must_contain"]:
        assert phrase in doc["text"]
    for phrase in entry["expect"]["body_must_not_contain"]:
        assert phrase not in doc["text"], f"chrome leaked into {entry['url']}: {phrase}"
    assert doc["text"] == unicodedata.normalize("NFC", doc["text"])


@pytest.fixture
def union(tmp_path):
    """The six corpus layouts on one loopback site, plus two windows-1258 pages."""
    with corpus_site() as site:
        extra = {}
        for n, (path, ctype) in enumerate(LEGACY_PATHS.items()):
            html = LEGACY.format(meta="", text=LEGACY_TEXT + f" Đợt {n + 1}.")
            site.put(path, encode_cp1258(html), ctype or "text/html", exact=True)
            extra[path] = "2024-06-05T09:30:00+07:00"
        site.put("/sitemap.xml", merged_sitemap(site, extra), "application/xml")
        yield site


def test_sitemap_crawl_stores_every_article_clean_then_is_incremental(union, tmp_path):
    site, db = union, tmp_path / "kb.sqlite"
    skds = next(e for e in ENTRIES if "suckhoedoisong" in e["url"])
    flaky = urlsplit(skds["url"]).path
    site.fault(flaky, status=500)  # fails once, then works

    # -- run 1: everything lands, clean, dated; the 500 was retried
    res = crawl(db, "--sitemap", site.url("/sitemap.xml"), "--report", tmp_path / "r1.json",
                cwd=tmp_path)
    assert res.code == 0, res.explain()
    assert [h.status for h in site.hits if h.path == flaky] == [500, 200]
    assert q(db, "SELECT count(*) FROM documents")[0][0] == len(ENTRIES) + len(LEGACY_PATHS)
    for entry in ENTRIES:
        doc = doc_for(db, urlsplit(entry["url"]).path)
        check_clean(doc, entry)
        assert doc["published"] == entry["published"], entry["url"]
        assert doc["title"] == entry["title"]
    for path in LEGACY_PATHS:  # windows-1258, no charset / a wrong charset: clean NFC text
        doc = doc_for(db, path)
        assert LEGACY_TEXT in doc["text"] and "Tin khác" not in doc["text"]
        assert "Giấy phép" not in doc["text"] and "Trang chủ" not in doc["text"]
        assert doc["published"] == "2024-06-05T09:30:00+07:00"
    report = json.loads((tmp_path / "r1.json").read_text())
    src = report["sources"]["127.0.0.1"]
    assert src["new"] == len(ENTRIES) + len(LEGACY_PATHS) and src["retries"] >= 1
    assert src["not_article"] == 6  # the sitemaps' category pages are not documents
    # raw HTML kept compressed, byte for byte, with fetch metadata
    page = q(db, "SELECT p.* FROM pages p JOIN documents d ON d.id = p.document_id "
                 "WHERE d.url LIKE ?", "%" + flaky)[0]
    assert page["status"] == 200 and page["etag"] and page["encoding"] == "utf-8"
    assert "detail-content" in zlib.decompress(page["raw"]).decode("utf-8")
    legacy_page = q(db, "SELECT p.encoding FROM pages p JOIN documents d ON d.id = p.document_id "
                        "WHERE d.url LIKE ?", "%5501.html")[0]
    assert legacy_page["encoding"] == "cp1258"
    first = {r["url"]: (r["id"], r["content_hash"]) for r in q(db, "SELECT * FROM documents")}
    first_requests = len(site.hits)

    # -- run 2: identical: not one article body downloaded
    site.reset_counts()
    res = crawl(db, "--sitemap", site.url("/sitemap.xml"), "--report", tmp_path / "r2.json",
                cwd=tmp_path)
    assert res.code == 0, res.explain()
    assert article_hits(site, 200) == 0
    second_requests = len(site.hits)
    assert {r["url"]: (r["id"], r["content_hash"]) for r in q(db, "SELECT * FROM documents")} == first

    # -- one article changes (and the sitemap says so): run 3 updates it in place
    entry = next(e for e in ENTRIES if "moh.gov.vn" in e["url"])
    path = urlsplit(entry["url"]).path
    html = (corpus.CORPUS_DIR / entry["file"]).read_text(encoding="utf-8")
    added = "Bổ sung: Bộ Y tế sẽ tổ chức sơ kết vào tháng 12/2023 tại Hà Nội."
    html = html.replace("</div>\n          </div>", f"<p>{added}</p></div>\n          </div>", 1)
    assert added in html
    site.put(path, html)
    site.put("/sitemap.xml", merged_sitemap(site, {p: "2024-06-05T09:30:00+07:00"
                                                   for p in LEGACY_PATHS}).replace(
        "<lastmod>2023-11-10T15:00:00+07:00</lastmod>",
        "<lastmod>2024-01-02T08:00:00+07:00</lastmod>"), "application/xml")
    before = doc_for(db, path)
    site.reset_counts()
    res = crawl(db, "--sitemap", site.url("/sitemap.xml"), "--report", tmp_path / "r3.json",
                cwd=tmp_path)
    assert res.code == 0, res.explain()
    assert article_hits(site, 200) == 1 and site.count(path, 200) == 1
    after = doc_for(db, path)
    assert after["id"] == before["id"] and added in after["text"]
    assert after["content_hash"] != before["content_hash"]
    assert q(db, "SELECT count(*) FROM documents")[0][0] == len(ENTRIES) + len(LEGACY_PATHS)
    dupes = q(db, "SELECT count(*) FROM (SELECT entity_id, start, \"end\", count(*) c FROM mentions "
                  "WHERE document_id = ? GROUP BY 1, 2, 3 HAVING c > 1)", after["id"])[0][0]
    assert dupes == 0  # facts replaced, not appended
    r3 = json.loads((tmp_path / "r3.json").read_text())["sources"]["127.0.0.1"]
    assert r3["updated"] == 1 and r3["new"] == 0
    print(f"\nrequests: run1={first_requests} run2={second_requests} "
          f"(article 200s: 0) run3={len(site.hits)} (article 200s: 1)")


def test_feed_recrawl_asks_with_conditional_get_and_gets_304(tmp_path):
    with Site("suckhoedoisong.vn") as site:
        db = tmp_path / "kb.sqlite"
        res = crawl(db, "--feed", site.url("/rss/home.rss"), cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 3
        # unchanged feed: 304 for the feed, nothing else
        site.reset_counts()
        assert crawl(db, "--feed", site.url("/rss/home.rss"), cwd=tmp_path).code == 0
        assert article_hits(site) == 0 and site.count("/rss/home.rss", 304) == 1
        # a new item: the new article is fetched, the seen ones are only asked (RSS pubDate
        # is not a modification date) and answer 304
        entry = next(e for e in ENTRIES if "suckhoedoisong" in e["url"])
        html = (corpus.CORPUS_DIR / entry["file"]).read_text(encoding="utf-8")
        new = "/tin-moi-ve-y-te-co-so-169251001080000001.htm"
        old_path = urlsplit(entry["url"]).path
        site.put(new, html.replace(old_path, new).replace(
            "Dịp này,", "Ngày 1/10/2025, Bộ Y tế công bố thêm 5 bệnh viện vệ tinh. Dịp này,"))
        feed = (corpus.SITES_DIR / "suckhoedoisong.vn" / "rss" / "home.rss").read_text()
        item = (f"<item><title>Tin mới</title><link>https://suckhoedoisong.vn{new}</link>"
                "<pubDate>Wed, 01 Oct 2025 08:00:00 +0700</pubDate></item>")
        site.put("/rss/home.rss", feed.replace("<item>", item + "<item>", 1), "application/rss+xml")
        site.reset_counts()
        res = crawl(db, "--feed", site.url("/rss/home.rss"), cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert site.count(new, 200) == 1
        assert article_hits(site) == 3 and article_hits(site, 304) == 3
        assert all(h.conditional for h in site.hits if h.status == 304)
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 4


def test_site_without_validators_costs_no_request_on_the_second_run(tmp_path):
    feed = corpus.SITES["baobackan.com.vn"]["feed"]
    with Site("baobackan.com.vn", validators=False) as site:
        db = tmp_path / "kb.sqlite"
        assert crawl(db, "--feed", site.url(feed), cwd=tmp_path).code == 0
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 2
        site.reset_counts()
        res = crawl(db, "--feed", site.url(feed), cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert article_hits(site) == 0


def test_start_url_follows_listing_pages_with_the_generic_rules(tmp_path):
    with Site("baobackan.com.vn") as site:
        db = tmp_path / "kb.sqlite"
        res = crawl(db, "--start-url", site.url("/y-te/"), cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 2
        assert site.count("/y-te/?page=2") == 1  # pagination followed (and ended at a 404)
        assert site.count("/khanh-thanh-khu-dieu-tri-ung-buou-moi-voi-200-giuong-benh-post"
                          "37935.html") == 0  # sidebar links are not followed


def test_since_limits_a_backfill(union, tmp_path):
    db = tmp_path / "kb.sqlite"
    res = crawl(db, "--sitemap", union.url("/sitemap.xml"), "--since", "2025-01-01",
                cwd=tmp_path)
    assert res.code == 0, res.explain()
    rows = q(db, "SELECT published FROM documents")
    expected = [e for e in ENTRIES if e["published"] >= "2025-01-01"]
    assert len(rows) == len(expected) and all(r[0] >= "2025-01-01" for r in rows)
    assert article_hits(union) == len(expected)  # older entries were not even requested


def test_robots_disallow_gone_pages_and_failures_are_reported(tmp_path):
    body = LEGACY.format(meta='<meta charset="utf-8">', text=LEGACY_TEXT)
    with Site("example.test", root=None) as site:
        urls = {"/private/bai-viet-noi-bo-123456.html": None, "/tin/bai-tot-234567.html": None,
                "/tin/bai-loi-345678.html": None, "/tin/bai-da-xoa-456789.html": None}
        site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        for path in urls:
            if "da-xoa" not in path:
                site.put(path, body.replace("Nghệ An", "Nghệ An " + path[-11:-5]))
        site.fault("/tin/bai-loi-345678.html", status=503, times=None)
        site.put("/sitemap.xml", "<urlset>" + "".join(
            f"<url><loc>https://example.test{p}</loc></url>" for p in urls) + "</urlset>",
            "application/xml")
        db = tmp_path / "kb.sqlite"
        res = crawl(db, "--sitemap", site.url("/sitemap.xml"), "--report", tmp_path / "r.json",
                    cwd=tmp_path)
        assert res.code == 1, res.explain()  # partial: one article kept failing
        report = json.loads((tmp_path / "r.json").read_text())
        assert report["status"] == "partial" and report["exit_code"] == 1
        assert any("bai-loi" in e["item"] and "503" in e["error"] for e in report["errors"])
        assert any("robots" in w["warning"] for w in report["warnings"])
        assert any("gone" in w["warning"] for w in report["warnings"])
        assert site.count("/private/bai-viet-noi-bo-123456.html") == 0
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 1
        runs = q(db, "SELECT status, exit_code, errors FROM runs")
        assert runs[-1]["status"] == "partial" and "bai-loi" in runs[-1]["errors"]
        # next run: the failed article is retried, the deleted one is not asked again
        site.reset_counts()
        site.faults.clear()
        res = crawl(db, "--sitemap", site.url("/sitemap.xml"), cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert site.count("/tin/bai-loi-345678.html", 200) == 1
        assert site.count("/tin/bai-da-xoa-456789.html") == 0
        assert site.count("/tin/bai-tot-234567.html", 200) == 0
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 2


def test_same_site_duplicates_are_not_stored_twice(tmp_path):
    entry = next(e for e in ENTRIES if "suckhoedoisong" in e["url"])
    path = urlsplit(entry["url"]).path
    html = (corpus.CORPUS_DIR / entry["file"]).read_text(encoding="utf-8")
    no_canonical = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', "", html)
    with Site("suckhoedoisong.vn") as site:
        site.put("/amp" + path, html)                       # canonical -> the original
        site.put(path.replace(".htm", "-ban-in.htm"), no_canonical)  # same text, no canonical
        site.put("/sitemap.xml", "<urlset>" + "".join(
            f"<url><loc>https://suckhoedoisong.vn{p}</loc></url>"
            for p in (path, "/amp" + path, path.replace(".htm", "-ban-in.htm"),
                      path + "?utm_source=zalo")) + "</urlset>", "application/xml")
        db = tmp_path / "kb.sqlite"
        res = crawl(db, "--sitemap", site.url("/sitemap.xml"), "--report", tmp_path / "r.json",
                    cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert q(db, "SELECT count(*) FROM documents")[0][0] == 1
        src = json.loads((tmp_path / "r.json").read_text())["sources"]["127.0.0.1"]
        assert src["new"] == 1 and src["unchanged"] == 1 and src["duplicates"] == 1
        assert site.count(path) == 1  # ?utm_source=... is the same URL


def test_reextract_works_offline_from_stored_pages(tmp_path):
    db = tmp_path / "kb.sqlite"
    with Site("moh.gov.vn") as site:
        assert crawl(db, "--feed", site.url(corpus.SITES["moh.gov.vn"]["feed"]), cwd=tmp_path).code == 0
    # the server is gone: everything below must come from the KB
    facts = q(db, "SELECT count(*) FROM mentions")[0][0]
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET extractor_version = 'old' WHERE id = 1")
    conn.commit()
    conn.close()
    res = ytekb("reextract", "--db", db, cwd=tmp_path)
    assert res.code == 0 and "1 re-extracted" in res.stdout, res.explain()
    res = ytekb("reextract", "--db", db, "--all", "--json", cwd=tmp_path)
    assert res.code == 0, res.explain()
    assert json.loads(res.stdout)["documents"]["updated"] == 3
    assert q(db, "SELECT count(*) FROM mentions")[0][0] == facts
    assert q(db, "SELECT count(DISTINCT extractor_version) FROM documents")[0][0] == 1
    res = ytekb("reextract", "--db", db, cwd=tmp_path)
    assert "0 re-extracted" in res.stdout


def test_commands_have_help_and_reject_bad_usage(tmp_path):
    for cmd in ("crawl", "nightly", "reextract"):
        res = ytekb(cmd, "--help")
        assert res.code == 0 and "--db" in res.stdout and "Usage" in res.stdout
    assert ytekb("crawl", "--db", tmp_path / "kb.sqlite").code == 2
    assert ytekb("crawl", "--sitemap", "ftp://x/y", "--db", tmp_path / "kb.sqlite").code == 2
    assert ytekb("crawl", "--sitemap", "http://127.0.0.1:9/s.xml", "--since", "yesterday",
                 "--db", tmp_path / "kb.sqlite").code == 2
    assert ytekb("crawl", "--sitemap", "http://127.0.0.1:9/s.xml", "-s", "NOPE=1",
                 "--db", tmp_path / "kb.sqlite").code == 2


def test_sitemap_index_children_are_filtered_by_lastmod(tmp_path):
    """An index of monthly sitemaps: --since skips old children; an unchanged child
    (same lastmod) is not even downloaded on the next run."""
    with corpus_site() as site:
        by_year: dict[str, list[str]] = {}
        for e in ENTRIES:
            by_year.setdefault(e["published"][:4], []).append(
                f"<url><loc>{e['url']}</loc><lastmod>{e['published']}</lastmod></url>")
        children = []
        for year, urls in sorted(by_year.items()):
            site.put(f"/sitemaps/{year}.xml", "<urlset>" + "".join(urls) + "</urlset>",
                     "application/xml")
            children.append(f"<sitemap><loc>https://suckhoedoisong.vn/sitemaps/{year}.xml</loc>"
                            f"<lastmod>{year}-12-31</lastmod></sitemap>")
        site.put("/sitemap-index.xml", "<sitemapindex>" + "".join(children) + "</sitemapindex>",
                 "application/xml")
        db = tmp_path / "kb.sqlite"
        res = crawl(db, "--sitemap", site.url("/sitemap-index.xml"), "--since", "2024-01-01",
                    cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert site.count("/sitemaps/2023.xml") == 0
        assert q(db, "SELECT count(*) FROM documents")[0][0] == \
            sum(1 for e in ENTRIES if e["published"] >= "2024")
        # a new article appears in the 2025 sitemap; the index marks only that child changed
        site.reset_counts()
        e = next(x for x in ENTRIES if x["published"].startswith("2023"))
        site.put("/sitemaps/2025.xml", "<urlset>" + "".join(by_year["2025"]) +
                 f"<url><loc>{e['url']}</loc><lastmod>2025-12-01T00:00:00+07:00</lastmod></url>"
                 "</urlset>", "application/xml")
        site.put("/sitemap-index.xml", "<sitemapindex>" + "".join(children).replace(
            "2025-12-31", "2026-01-01") + "</sitemapindex>", "application/xml")
        res = crawl(db, "--sitemap", site.url("/sitemap-index.xml"), cwd=tmp_path)
        assert res.code == 0, res.explain()
        assert site.count("/sitemaps/2024.xml") == 0  # unchanged lastmod: not downloaded
        assert site.count("/sitemaps/2025.xml", 200) == 1
        assert site.count("/sitemaps/2023.xml", 200) == 1  # never read before (was --since)
        assert q(db, "SELECT count(*) FROM documents")[0][0] == len(ENTRIES)


def test_fatal_errors_exit_3_with_one_clear_line(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("not a directory")
    res = ytekb("crawl", "--db", blocker / "kb.sqlite", "--sitemap", "http://127.0.0.1:9/s.xml",
                cwd=tmp_path)
    assert res.code == 3, res.explain()
    assert "fatal" in res.stderr and "Traceback" not in res.stderr
