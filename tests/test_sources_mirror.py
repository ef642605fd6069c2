"""The shipped sources file, crawled against loopback mirrors of every site in its real
markup: each source's own feeds, listings, page templates and sitemaps (the URLs in
scrapers/sources.toml, pointed at 127.0.0.1), through the real `ytekb nightly`.

Every article is stored with clean text (no related-news line, no footer), the moh
video-only page is skipped and reported, the adapters never fall back, and a second
night downloads no article again."""
from __future__ import annotations

import json
import unicodedata
from contextlib import ExitStack
from urllib.parse import urlsplit

import pytest

import corpus
from scrapers import sources
from sites import FAST, FIXTURE_SITES, Site, ytekb
from sites import query as q

SHIPPED = sources.load()
OUTLETS = json.loads((FIXTURE_SITES / "expect.json").read_text(encoding="utf-8"))
ARTICLES = [dict(e, skip=False) for e in corpus.manifest()] + [
    dict(o, expect={k: o[k] for k in ("body_must_contain", "body_must_not_contain")})
    for o in OUTLETS]


@pytest.fixture(scope="module")
def mirrors():
    """One loopback site per source (its hosts share it) and the shipped TOML pointed there."""
    text = sources.shipped_path().read_text(encoding="utf-8")
    with ExitStack() as stack:
        by_source = {}
        for src in SHIPPED.sources:
            hosts = [urlsplit(u).hostname for u in src.base_urls]
            site = stack.enter_context(Site(hosts[0], also=tuple(hosts[1:])))
            for host in hosts:
                text = text.replace(f"https://{host}/", f"{site.base}/")
            by_source[src.name] = site
        yield by_source, text


@pytest.fixture(scope="module")
def nights(mirrors, tmp_path_factory):
    """Two nightly runs over every mirror; (db, first report, second report, requests)."""
    by_source, text = mirrors
    folder = tmp_path_factory.mktemp("mirror")
    toml = folder / "sources.toml"
    toml.write_text(text, encoding="utf-8")
    db, reports, requests = folder / "kb.sqlite", [], []
    for night in (1, 2):
        for site in by_source.values():
            site.reset_counts()
        report = folder / f"night{night}.json"
        res = ytekb("nightly", "--db", db, "--sources", toml, "--allow-host", "127.0.0.1",
                    "--delay", "0", *FAST, "--report", report, cwd=folder, timeout=600)
        assert res.code == 0, res.explain()
        reports.append(json.loads(report.read_text(encoding="utf-8")))
        requests.append({name: len(site.hits) for name, site in by_source.items()})
    return db, reports[0], reports[1], requests


def test_every_source_crawls_clean_articles_from_its_real_structure_mirror(nights):
    db, first, _, requests = nights
    docs = {urlsplit(r["url"]).path: r for r in
            q(db, "SELECT d.url, d.title, d.text, d.published, s.name AS source, p.adapter "
                  "FROM documents d JOIN sources s ON s.id = d.source_id "
                  "JOIN pages p ON p.document_id = d.id")}
    stored = [a for a in ARTICLES if not a["skip"]]
    assert len(docs) == len(stored)
    for a in stored:
        doc = docs[urlsplit(a["url"]).path]
        assert doc["source"] == a["source"] and doc["title"] == a["title"]
        assert doc["published"] == a["published"]
        assert doc["text"] == unicodedata.normalize("NFC", doc["text"])
        for line in a["expect"]["body_must_contain"]:
            assert line in doc["text"]
        for line in a["expect"]["body_must_not_contain"]:  # related headlines, footers
            assert line not in doc["text"], f"{a['url']}: {line!r} leaked"
        assert doc["adapter"] != "generic"
    for name, s in first["sources"].items():
        assert s["status"] == "ok" and s["failed"] == 0 and s["fallbacks"] == 0, (name, s)
        assert s["new"] == sum(1 for a in stored if a["source"] == name), name
    print("\nloopback crawl, first night: "
          + "; ".join(f"{n}: {s['new']} stored, {s['skipped_no_text']} skipped, {requests[0][n]} requests"
                      for n, s in first["sources"].items()))


def test_the_video_only_page_is_skipped_and_reported(nights):
    db, first, _, _ = nights
    video = next(a for a in ARTICLES if a["skip"])
    path = urlsplit(video["url"]).path
    assert not q(db, "SELECT id FROM documents WHERE url LIKE ?", "%" + path)
    moh = first["sources"]["moh"]
    assert moh["skipped_no_text"] == 1
    assert any(path in w["item"] and "skipped" in w["warning"] and "video" in w["warning"]
               for w in first["warnings"])
    assert sum(s["skipped_no_text"] for s in first["sources"].values()) == 1


def test_the_second_night_downloads_no_article_again(nights):
    db, _, second, requests = nights
    article_paths = {urlsplit(a["url"]).path for a in ARTICLES}
    assert all(s["new"] == 0 and s["updated"] == 0 and s["failed"] == 0
               for s in second["sources"].values())
    assert sum(s["fetched"] for s in second["sources"].values()) == 0
    assert sum(requests[1].values()) < sum(requests[0].values())
    print(f"\nrequests: first night {sum(requests[0].values())}, "
          f"second night {sum(requests[1].values())}; article paths {len(article_paths)}")


def test_selectors_that_find_nothing_warn_once_per_run_and_generic_carries(tmp_path):
    """A redesign that breaks the adapter: every page falls back (counted), one warning."""
    skds = [e for e in corpus.manifest() if e["source"] == "suckhoedoisong"]
    with Site("suckhoedoisong.vn") as site:
        for e in skds:
            html = (corpus.CORPUS_DIR / e["file"]).read_text(encoding="utf-8")
            site.put(urlsplit(e["url"]).path, html.replace("detail-content", "noi-dung-moi"))
        toml = tmp_path / "s.toml"
        toml.write_text(f'[[source]]\nname = "suckhoedoisong"\nadapter = "suckhoedoisong"\n'
                        f'base_urls = ["{site.base}/"]\nfeeds = ["{site.url("/rss/home.rss")}"]\n',
                        encoding="utf-8")
        res = ytekb("nightly", "--db", tmp_path / "kb.sqlite", "--sources", toml, "--allow-host",
                    "127.0.0.1", "--delay", "0", *FAST, "--report", tmp_path / "r.json", cwd=tmp_path)
        assert res.code == 0, res.explain()
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    src = report["sources"]["suckhoedoisong"]
    assert src["fallbacks"] == len(skds) == 3 and src["new"] == 3
    assert sum("selectors found no article body" in w["warning"] for w in report["warnings"]) == 1
    for e in skds:
        text = q(tmp_path / "kb.sqlite", "SELECT text FROM documents WHERE url LIKE ?",
                 "%" + urlsplit(e["url"]).path)[0]["text"]
        assert all(line not in text for line in e["expect"]["body_must_not_contain"])


def _listings_only(mirrors, tmp_path, name: str):
    """Crawl source `name` from its (paged) listing alone; (site, KB path)."""
    by_source, _ = mirrors
    site = by_source[name]
    src = next(s for s in SHIPPED.sources if s.name == name)
    listing = next((l for l in src.listings if l.pages), src.listings[0])  # the paged one
    row = f'{{ url = "{listing.url}"' + (f', pages = "{listing.pages}"' if listing.pages else "")
    rows = [row + " }"]
    base = ", ".join(f'"{u}"' for u in src.base_urls)
    toml = (f'[[source]]\nname = "{name}"\nadapter = "{src.adapter}"\nbase_urls = [{base}]\n'
            f'listings = [{", ".join(rows)}]\n')
    for host in {urlsplit(u).hostname for u in src.base_urls}:
        toml = toml.replace(f"https://{host}/", f"{site.base}/")
    (tmp_path / "s.toml").write_text(toml, encoding="utf-8")
    site.reset_counts()
    res = ytekb("nightly", "--db", tmp_path / "kb.sqlite", "--sources", tmp_path / "s.toml",
                "--allow-host", "127.0.0.1", "--delay", "0", *FAST, cwd=tmp_path)
    assert res.code == 0, res.explain()
    want = {urlsplit(a["url"]).path for a in ARTICLES if a["source"] == name and not a["skip"]}
    got = {urlsplit(r["url"]).path for r in q(tmp_path / "kb.sqlite", "SELECT url FROM documents")}
    assert got == want
    return site, tmp_path / "kb.sqlite"


@pytest.mark.parametrize("name, page2", [
    ("suckhoedoisong", "/timelinelist/1691474/2.htm"),  # the CMS's timeline fragment
    ("moh", "_101_INSTANCE_k206Q9qkZOqn_cur=2"),  # Liferay paging; items in onclick/data-href
    ("nghean", "/tin-noi-bat/?pageindex=2"),  # the page's own pager link
    ("soyte_hanoi", "/tim-kiem?query=&page=2"),
])
def test_listings_alone_reach_every_article_through_the_real_paging(mirrors, tmp_path, name, page2):
    site, _ = _listings_only(mirrors, tmp_path, name)
    assert any(page2 in h.path and h.status == 200 for h in site.hits), [h.path for h in site.hits]


def test_vnpt_section_pages_2_and_up_are_read_by_the_loadarticle_post(mirrors, tmp_path):
    """ninhbinh's page 1 lists one article and a "Xem thêm" button; the other two are only
    on pages 2 and 3, which the portal answers to a POST built from page 1's ids."""
    site, db = _listings_only(mirrors, tmp_path, "ninhbinh")
    load = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
    posts = [h for h in site.hits if h.path == load]
    assert all(h.method == "POST" and not h.conditional for h in posts)
    assert [(h.form["page"], h.status) for h in posts] == [("2", 200), ("3", 200), ("4", 200)]
    for h in posts:  # the ids page 1 printed, the page size it printed, a urlencoded form
        assert (h.form["article_category_id"], h.form["site_id"], h.form["page_size"]) == \
            ("1186", "44", "15")
        assert h.content_type.startswith("application/x-www-form-urlencoded")
    assert [h.path for h in site.hits][:2] == ["/robots.txt", "/van-hoa-xa-hoi"]
    assert len([h for h in site.hits if h.path == "/robots.txt"]) == 1
    # the POST's answers are never kept as validators of their URL (only page 1's are)
    assert not q(db, "SELECT url FROM http_cache WHERE url LIKE ?", "%LoadArticle%")
    assert q(db, "SELECT etag FROM http_cache WHERE url LIKE ?", "%/van-hoa-xa-hoi")[0]["etag"]
