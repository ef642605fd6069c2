"""Scraper building blocks without a network: adapters on the corpus pages, dates,
URL policy, sources file, feeds/sitemaps/listings, settings and the run lock."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import unicodedata

import pytest

import corpus
from scrapers import adapters, discovery, published, sources
from scrapers.adapters import generic
from scrapers.encoding import decode, encode_cp1258
from scrapers.lock import Locked, RunLock
from scrapers.settings import Settings, describe
from scrapers.urls import Refused, UrlPolicy, normalize, redirect_allowed

ENTRIES = corpus.manifest()
IDS = [e["url"].split("/")[2] + ":" + e["url"].rsplit("/", 2)[-1][:30] for e in ENTRIES]
SITE_ADAPTER = {"suckhoedoisong.vn": "suckhoedoisong", "moh.gov.vn": "moh",
                "soyte.hanoi.gov.vn": "soyte_hanoi", "medinet.hochiminhcity.gov.vn": "medinet",
                "syt.nghean.gov.vn": "vnportal", "baobackan.vn": "baobackan"}


def _html(entry: dict) -> str:
    return decode((corpus.CORPUS_DIR / entry["file"]).read_bytes(), "text/html")[0]


def _check_body(text: str, entry: dict) -> None:
    for phrase in entry["expect"]["body_must_contain"]:
        assert phrase in text, f"missing body text: {phrase!r}"
    for phrase in entry["expect"]["body_must_not_contain"]:
        assert phrase not in text, f"navigation/sidebar/footer leaked: {phrase!r}"
    assert text == unicodedata.normalize("NFC", text)


# ---- adapters ------------------------------------------------------------------------------

@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_site_adapter_extracts_clean_body_title_and_date(entry):
    html = _html(entry)
    page = adapters.parse_page(html, entry["url"])
    assert page.adapter == SITE_ADAPTER[entry["url"].split("/")[2]]
    assert not page.warnings
    _check_body(page.text, entry)
    assert page.title == entry["title"]
    assert page.published == entry["published"]
    assert not page.text.startswith(("SKĐS -", "BBK -"))  # outlet tags dropped from the sapo


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_adapter_is_recognised_by_markup_on_a_mirror(entry):
    """Served from 127.0.0.1 the host says nothing: the markup picks the adapter."""
    html = _html(entry)
    page = adapters.parse_page(html, "http://127.0.0.1:8000" + entry["url"].split("/", 3)[3])
    assert page.adapter == SITE_ADAPTER[entry["url"].split("/")[2]]
    _check_body(page.text, entry)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_generic_adapter_keeps_navigation_sidebars_and_footers_out(entry):
    page = generic.parse(_html(entry), entry["url"])
    _check_body(page.text, entry)
    assert page.published == entry["published"]


def test_adapter_whose_selectors_find_nothing_falls_back_to_generic_with_a_warning():
    entry = next(e for e in ENTRIES if "suckhoedoisong" in e["url"])
    html = _html(entry).replace("detail-content", "noi-dung-bai-moi")  # the site redesigned
    page = adapters.parse_page(html, entry["url"])
    assert page.adapter == "generic"
    assert any("suckhoedoisong" in w and "generic" in w for w in page.warnings)
    _check_body(page.text, entry)


def test_broken_html_still_parses():
    entry = next(e for e in ENTRIES if "broken" in e.get("notes", "").lower())
    page = adapters.parse_page(_html(entry), entry["url"])
    _check_body(page.text, entry)


def test_windows_1258_page_decodes_to_clean_nfc_with_missing_or_wrong_charset():
    entry = next(e for e in ENTRIES if "moh.gov.vn" in e["url"])
    html = _html(entry).replace('<meta charset="utf-8">', "").replace(
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type">', "")
    data = encode_cp1258(html)
    assert "Bạch Mai".encode("utf-8") not in data
    for ctype in (None, "text/html", "text/html; charset=iso-8859-1", "text/html; charset=utf-8"):
        text, codec = decode(data, ctype)
        assert codec == "cp1258", ctype
        page = adapters.parse_page(text, entry["url"])
        _check_body(page.text, entry)


# ---- publication dates -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ngày đăng: 10/11/2023 | 15:00", "2023-11-10T15:00:00+07:00"),
    ("Thứ Năm, 15/08/2024 09:15", "2024-08-15T09:15:00+07:00"),
    ("Cập nhật: 14/07/2023 15:20", "2023-07-14T15:20:00+07:00"),
    ("15:20, thứ hai, 01/04/2024", "2024-04-01T15:20:00+07:00"),
    ("Cập nhật lúc 10h15 ngày 3/4/2024", "2024-04-03T10:15:00+07:00"),
    ("ngày 5 tháng 6 năm 2024", "2024-06-05T00:00:00+07:00"),
    ("2024-03-12T01:30:00Z", "2024-03-12T08:30:00+07:00"),
    ("31/02/2024", None),
])
def test_visible_dates_are_read_in_site_time(text, expected):
    assert published.to_site_time(text) == expected


def test_url_timestamps():
    assert published.from_url("https://suckhoedoisong.vn/a-b-169230922100500512.htm") == \
        "2023-09-22T10:05:00+07:00"
    assert published.from_url("https://baobackan.vn/y-te/202312/a-b-a9d03f6/") == "2023-12"
    from scrapers.adapters import soyte_hanoi
    assert soyte_hanoi.published_from_url(
        "https://soyte.hanoi.gov.vn/tin-hoat-dong/x-662230718174520456.htm") == \
        "2023-07-18T17:45:20+07:00"


def test_published_meta_wins_over_modified_and_byline():
    html = ('<html><head><meta property="article:modified_time" content="2024-05-01T10:00:00+07:00">'
            '<meta property="article:published_time" content="2024-04-02T08:15:00+07:00"></head>'
            '<body><span class="date">Cập nhật: 03/05/2024 09:00</span><p>x</p></body></html>')
    from scrapers.adapters.base import soup_of
    assert published.from_soup(soup_of(html)) == "2024-04-02T08:15:00+07:00"


# ---- URL policy ------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.org/x", "http://127.0.0.2/", "http://10.0.0.1/",
    "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
    "http://localhost:8000/", "http://0.0.0.0/",
])
def test_policy_refuses_other_schemes_and_private_addresses(url):
    with pytest.raises(Refused):
        UrlPolicy().check(url)


def test_policy_allows_named_hosts_and_only_named_hosts_when_asked():
    p = UrlPolicy(["127.0.0.1"])
    p.check("http://127.0.0.1:8080/x")
    with pytest.raises(Refused):
        p.check("http://127.0.0.2/x")
    strict = UrlPolicy(["127.0.0.1"], only_allowed=True)
    with pytest.raises(Refused):
        strict.check("http://93.184.216.34/")  # public, but not named: no DNS, no request
    assert redirect_allowed("http://a/", "https://a/")
    assert not redirect_allowed("https://a/", "http://a/")
    assert not redirect_allowed("http://a/", "ftp://a/")


def test_normalize_drops_fragments_and_tracking():
    assert normalize("HTTPS://Example.VN:443/a.htm?utm_source=fb&id=3#top") == \
        "https://example.vn/a.htm?id=3"
    assert normalize("/b?p=1", "http://h:8000/a/") == "http://h:8000/b?p=1"


# ---- sources file ----------------------------------------------------------------------------

def test_shipped_sources_file_names_the_six_sites_with_valid_adapters():
    cfg = sources.load()
    names = {s.name for s in cfg.sources}
    assert names == {"suckhoedoisong", "moh", "soyte_hanoi", "medinet", "nghean", "baobackan"}
    manifest_sources = {e["source"] for e in ENTRIES}
    assert manifest_sources <= names  # crawled and bundled documents share source names
    for s in cfg.sources:
        assert s.timezone == "Asia/Ho_Chi_Minh" and s.delay and s.delay >= 1
        assert s.feeds and s.listings
        assert all(u.startswith("https://") for u in s.urls() if u)


@pytest.mark.parametrize("toml, message", [
    ('[[source]]\nname = "a"\nfeeds = ["http://x/"]\nbogus = 1\n', "unknown key"),
    ('[[source]]\nname = "a"\nfeeds = ["file:///etc/passwd"]\n', r"not an http\(s\) URL"),
    ('[[source]]\nname = "a"\nfeeds = ["http://x/"]\ntimezone = "Mars/Base"\n', "timezone"),
    ('[[source]]\nname = "a"\nfeeds = ["http://x/"]\nadapter = "nope"\n', "unknown adapter"),
    ('[[source]]\nname = "a"\n', "needs at least one"),
    ('[[source]]\nname = "a"\nfeeds = ["http://x/"]\n[[source]]\nname = "a"\nfeeds = ["http://y/"]\n',
     "used twice"),
    ('[settings]\nNOPE = 1\n', "unknown setting"),
    ('[[source]\nname=', "invalid TOML"),
])
def test_sources_file_errors_are_clear(tmp_path, toml, message):
    path = tmp_path / "s.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(sources.SourcesError, match=message):
        sources.load(path)


def test_listing_tables_and_selection(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nname = "a"\nlistings = [{ url = "http://x/l", pages = '
                    '"http://x/l?page={n}", max_pages = 2 }]\n[[source]]\nname = "b"\n'
                    'feeds = ["http://y/f"]\nenabled = false\n', encoding="utf-8")
    cfg = sources.load(path)
    assert [s.name for s in cfg.select()] == ["a"]
    assert [s.name for s in cfg.select(["b"])] == ["b"]
    assert cfg.sources[0].listings[0].pages == "http://x/l?page={n}"
    with pytest.raises(sources.SourcesError, match="unknown source"):
        cfg.select(["zzz"])


# ---- discovery -------------------------------------------------------------------------------

def test_rss_and_atom_feeds():
    rss = (corpus.SITES_DIR / "suckhoedoisong.vn" / "rss" / "home.rss").read_bytes()
    items = discovery.parse_feed(rss, "https://suckhoedoisong.vn/rss/home.rss")
    assert len(items) == 3 and all(i.url.endswith(".htm") and i.published for i in items)
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title>A</title><link rel="alternate" href="/a-b-c-d.html"/>
      <updated>2024-05-01T10:00:00Z</updated></entry></feed>"""
    [entry] = discovery.parse_feed(atom, "https://site.vn/feed")
    assert entry.url == "https://site.vn/a-b-c-d.html"
    assert entry.lastmod.isoformat() == "2024-05-01T10:00:00+00:00"


def test_sitemaps_plain_index_and_gzip():
    pages, children = discovery.parse_sitemap(
        (corpus.SITES_DIR / "moh.gov.vn" / "sitemap.xml").read_bytes(), "https://moh.gov.vn/")
    assert len(pages) == 4 and not children and all(p.lastmod for p in pages)
    index = gzip.compress(b"""<?xml version="1.0"?>
      <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://x.vn/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
      <sitemap><loc>https://x.vn/s2.xml</loc></sitemap></sitemapindex>""")
    pages, children = discovery.parse_sitemap(index, "https://x.vn/")
    assert not pages and [c.url for c in children] == ["https://x.vn/s1.xml", "https://x.vn/s2.xml"]


def test_broken_xml_is_recovered_and_entities_are_not_expanded():
    evil = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <urlset><url><loc>https://x.vn/a&x;</loc></url><url><loc>https://x.vn/b</loc>"""
    pages, _ = discovery.parse_sitemap(evil, "https://x.vn/")
    assert "https://x.vn/b" in [p.url for p in pages]
    assert not any("root:" in p.url for p in pages)


@pytest.mark.parametrize("host", list(corpus.SITES))
def test_listing_pages_yield_the_main_list_and_the_next_page(host):
    info = corpus.SITES[host]
    path = corpus.SITES_DIR / host / info["listing"].lstrip("/")
    html = (path if path.is_file() else path / "index.html").read_text(encoding="utf-8")
    url = f"https://{host}{info['listing']}"
    expected = sorted(e["url"] for e in ENTRIES if e["url"].split("/")[2] == host
                      and e["url"].split("/")[3] in html)
    for module in (adapters.for_url(url), None):  # with the site adapter, and generic
        links = discovery.listing_links(html, url, module, {host})
        assert sorted(links) == sorted(set(links))
        assert set(expected) <= set(links), "main list missed"
        assert len(links) <= len(expected) + 1, f"sidebar links leaked: {links}"
        assert discovery.next_listing(html, url, 2, module, None)


def test_adapter_pagination_rules():
    from scrapers.adapters import moh, soyte_hanoi, suckhoedoisong, vnportal
    assert "_101_INSTANCE_k206Q9qkZOqn_cur=3" in moh.listing_page(
        "https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/", "", 3)
    assert "_101_INSTANCE_k206Q9qkZOqn_delta=20" in moh.listing_page(
        "https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/", "", 3)
    assert soyte_hanoi.listing_page("https://soyte.hanoi.gov.vn/tim-kiem?query=&page=1", "", 2) \
        == "https://soyte.hanoi.gov.vn/tim-kiem?query=&page=2"
    assert vnportal.listing_page("https://syt.nghean.gov.vn/tin-noi-bat/", "", 4).endswith(
        "/tin-noi-bat/?pageindex=4")
    assert suckhoedoisong.listing_page("https://suckhoedoisong.vn/y-te.htm", "", 2) == \
        "https://suckhoedoisong.vn/y-te/trang-2.htm"


# ---- settings and lock -----------------------------------------------------------------------

def test_settings_defaults_environment_and_overrides(monkeypatch):
    monkeypatch.setenv("YTEKB_RETRY_TOTAL", "7")
    s = Settings({"download_delay": 0.5})
    assert s.RETRY_TOTAL == 7 and s.DOWNLOAD_DELAY == 0.5 and s.ROBOTS_OBEY is True
    assert "ytekb/" in s.USER_AGENT
    with pytest.raises(KeyError):
        Settings({"NOPE": 1})
    assert "`MAX_PAGE_BYTES`" in describe()


def test_lock_is_exclusive_and_a_dead_owner_is_taken_over(tmp_path):
    path = tmp_path / "kb.sqlite.lock"
    with RunLock(path) as first:
        assert json.loads(path.read_text())["pid"] == os.getpid()
        code = ("import sys; from scrapers.lock import RunLock, Locked\n"
                f"try:\n  RunLock({str(path)!r}).acquire()\nexcept Locked as e:\n"
                "  print(e); sys.exit(4)\n")
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert proc.returncode == 4 and "another run holds the lock" in proc.stdout
        assert first.fd is not None
    assert not path.exists()
    # a lock file left by a process that died (kill -9): its pid is gone, flock is free
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path.write_text(json.dumps({"pid": dead.pid, "host": "x", "started": "then"}))
    with RunLock(path) as lock:
        assert lock.took_over and lock.took_over["pid"] == dead.pid
    with pytest.raises(Locked):
        with RunLock(path):
            RunLock(path).acquire()


def test_unreadable_feeds_raise_value_errors():
    for bad in (b"", b"\x1f\x8b not really gzip", b"\x00\x01\x02"):
        with pytest.raises(ValueError):
            discovery.parse_feed(bad, "https://x.vn/rss")
