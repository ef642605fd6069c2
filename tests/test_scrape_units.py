"""Scraper building blocks without a network: adapters on the corpus pages, dates,
URL policy, sources file, feeds/sitemaps/listings, settings and the run lock."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
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
SITE_ADAPTER = {host: info["adapter"] for host, info in corpus.SITES.items()}


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
    assert not page.skip


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


def test_generic_adapter_reads_a_page_the_same_however_often_it_is_read():
    """No cross-page memory: a page read after other pages of the same site (one process,
    --jobs 1) gives the text it gives alone (a worker of --jobs 2), so KBs never depend
    on which process read what."""
    entry = ENTRIES[0]
    first = generic.parse(_html(entry), entry["url"])
    for other in ENTRIES * 3:
        generic.parse(_html(other), other["url"])
    again = generic.parse(_html(entry), entry["url"])
    assert first is not None and again is not None and again.text == first.text


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
    import re

    entry = next(e for e in ENTRIES if "moh.gov.vn" in e["url"])
    html = re.sub(r'<meta[^>]*charset=[^>]*>', "", _html(entry), flags=re.IGNORECASE)
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
    # the forms the real sites print
    ("(Thứ bảy, 22/05/2021 11:38)", "2021-05-22T11:38:00+07:00"),  # moh span.text-ngayxam-page
    ("2024-07-12T08:30:00+0700", "2024-07-12T08:30:00+07:00"),  # EPI-CMS ISO +0700
    ("12/03/2024 08:30 GMT+7", "2024-03-12T08:30:00+07:00"),  # [data-role=publishdate]
    ("Thứ sáu, 9/5/2025, 11:02 (GMT+7)", "2025-05-09T11:02:00+07:00"),  # vnexpress span.date
    (" Thứ sáu, 09/05/2025 - 11:02 ", "2025-05-09T11:02:00+07:00"),  # dantri time.author-time
    ("2025-05-09 11:02", "2025-05-09T11:02:00+07:00"),  # dantri time[datetime]
])
def test_visible_dates_are_read_in_site_time(text, expected):
    assert published.to_site_time(text) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://suckhoedoisong.vn/a-b-169230922100500512.htm", "2023-09-22T10:05:00+07:00"),
    ("https://suckhoedoisong.vn/an-so-bien-16926052211382453.htm", "2026-05-22T11:38:24+07:00"),
    ("https://suckhoedoisong.vn/dia-chi-nha-khoa-169182122.htm", None),  # legacy id: no time
    ("https://suckhoedoisong.vn/dat-lich-kham-benh-169153232.html", None),
    ("https://soyte.hanoi.gov.vn/bao-hiem-y-te/kham-284925071618440178.htm",
     "2025-07-16T18:44:01+07:00"),  # 18 digits: 4-digit prefix + yyMMddHHmmss + 2
    ("https://soyte.hanoi.gov.vn/x/y-2849260201220700908.htm", "2026-02-01T22:07:00+07:00"),
    ("https://thanhnien.vn/tiem-vac-xin-185250418142000217.htm", "2025-04-18T14:20:00+07:00"),
    ("https://tuoitre.vn/ghep-gan-20250312093512345.htm", "2025-03-12T09:35:12+07:00"),
    ("https://dantri.com.vn/du-lich/roi-xuong-vuc-20250509103306115.htm", "2025-05-09T10:33:06+07:00"),
    ("https://baothainguyen.vn/y-te/202407/kham-3f03be4/", "2024-07"),
    ("https://baobackan.com.vn/trao-tang-post61245.html", None),
    ("https://vnexpress.net/kham-sang-loc-4901234.html", None),
])
def test_url_timestamps(url, expected):
    assert published.from_url(url) == expected


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

def test_shipped_sources_file_names_the_sites_with_valid_adapters_and_evidence_notes():
    cfg = sources.load()
    names = {s.name for s in cfg.sources}
    assert names == {"suckhoedoisong", "moh", "soyte_hanoi", "medinet", "nghean", "baobackan",
                     "tuoitre", "thanhnien", "dantri", "vnexpress", "ninhbinh"}
    manifest_sources = {e["source"] for e in ENTRIES}
    assert manifest_sources <= names  # crawled and bundled documents share source names
    for s in cfg.sources:
        assert s.timezone == "Asia/Ho_Chi_Minh" and s.delay and s.delay >= 1
        assert s.listings and s.enabled
        assert all(u.startswith("https://") for u in s.urls() if u)
        assert s.verified is not None and s.notes, f"{s.name}: say what backs it"
        adapter = adapters.ADAPTERS[s.adapter]
        for base in s.base_urls:  # the adapter owns the source's hosts
            assert adapters.for_url(base) is adapter
    by_name = {s.name: s for s in cfg.sources}
    # feeds and pages that public crawlers used, not guesses
    assert by_name["moh"].feeds == ("https://moh.gov.vn/rss/-/asset_publisher/7ng11fEWgASC/rss",)
    assert by_name["suckhoedoisong"].listings[0].pages == \
        "https://suckhoedoisong.vn/timelinelist/1691474/{n}.htm"
    assert by_name["baobackan"].base_urls == ("https://baobackan.com.vn/",)
    assert not any(u.endswith(("/rss.xml", "/feed.rss")) for s in cfg.sources for u in s.feeds)


def test_verified_and_notes_are_checked(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nname = "a"\nfeeds = ["http://x/"]\nverified = "yes"\n',
                    encoding="utf-8")
    with pytest.raises(sources.SourcesError, match="verified must be true or false"):
        sources.load(path)


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
    moh = corpus.SITES["moh.gov.vn"]["feed"]  # Liferay's asset-publisher feed is Atom
    items = discovery.parse_feed((corpus.SITES_DIR / "moh.gov.vn" / moh.lstrip("/")).read_bytes(),
                                 "https://moh.gov.vn" + moh)
    assert len(items) == 4 and all(adapters.ADAPTERS["moh"].is_article_url(i.url) for i in items)


def test_sitemaps_plain_index_and_gzip():
    pages, children = discovery.parse_sitemap(
        (corpus.SITES_DIR / "suckhoedoisong.vn" / "sitemap.xml").read_bytes(),
        "https://suckhoedoisong.vn/")
    assert len(pages) == 3 and not children and all(p.lastmod for p in pages)
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
    """The listing's main list (sidebars out), with the site adapter and with the generic
    rules; and page 2 where the site has one: a pager link, or the known page template."""
    import re

    info = corpus.SITES[host]
    path = corpus.SITES_DIR / host / info["listing"].lstrip("/")
    html = (path if path.is_file() else path / "index.html").read_text(encoding="utf-8")
    url = f"https://{host}{info['listing']}"
    listed = [e["url"] for e in ENTRIES if e["url"].split("/")[2] == host
              and e["url"].split("/", 3)[3] in html]
    hrefs = set(re.findall(r'href="([^"]+)"', html))
    assert listed
    for module in (adapters.for_url(url), None):  # with the site adapter, and generic
        links = discovery.listing_links(html, url, module, {host})
        assert sorted(links) == sorted(set(links))
        expected = listed if module else [  # generic: plain <a href> that looks like an article
            u for u in listed if u in hrefs and discovery.looks_like_article(u)]
        assert set(expected) <= set(links), f"main list missed: {links}"
        assert len(links) <= len(expected) + 1, f"sidebar links leaked: {links}"
    template = f"https://{host}{info['pages']}" if info["pages"] else None
    nxt = discovery.next_listing(html, url, 2, adapters.for_url(url), template)
    if template or host in ("moh.gov.vn", "baobackan.com.vn", "medinet.hochiminhcity.gov.vn"):
        assert nxt and nxt != url


def test_moh_listing_links_hidden_in_onclick_and_data_href():
    moh = adapters.ADAPTERS["moh"]
    html = """<div class="asset-abstract" onclick="location.href='/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/a-b'"><h3 class="asset-title">A</h3></div>
    <div class="asset-abstract" data-href="https://moh.gov.vn/-/7165302-1"><h3 class="asset-title">B</h3></div>
    <div class="share"><a data-href="https://moh.gov.vn/-/999-1">Zalo</a></div>"""
    links = discovery.listing_links(html, "https://moh.gov.vn/tin-tong-hop", moh, {"moh.gov.vn"})
    assert links == ["https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/a-b",
                     "https://moh.gov.vn/-/7165302-1"]  # the share button's data-href is not a list item


def test_adapter_pagination_rules():
    from scrapers.adapters import moh, soyte_hanoi, vnexpress, vnportal

    A = adapters.ADAPTERS
    page3 = A["moh"].listing_page("https://moh.gov.vn/tin-tong-hop", 'id="p_p_id_101_INSTANCE_k206Q9qkZOqn_"', 3)
    assert "_101_INSTANCE_k206Q9qkZOqn_cur=3" in page3 and "_101_INSTANCE_k206Q9qkZOqn_delta=20" in page3
    liferay7 = "p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hyvGyPUjuRrN_"
    page2 = moh.listing_page("https://moh.gov.vn/tin-lien-quan", f'<div id="{liferay7}">', 2)
    assert "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hyvGyPUjuRrN_cur=2" \
        in page2  # newer pages: AssetPublisherPortlet_INSTANCE_ instead of 101_INSTANCE_
    assert A["suckhoedoisong"].listing_page("https://suckhoedoisong.vn/timelinelist/1691474/2.htm", "", 3) \
        == "https://suckhoedoisong.vn/timelinelist/1691474/3.htm"
    assert A["tuoitre"].listing_page("https://tuoitre.vn/timeline/12/trang-1.htm", "", 4) == \
        "https://tuoitre.vn/timeline/12/trang-4.htm"
    assert A["suckhoedoisong"].listing_page("https://suckhoedoisong.vn/y-te.htm", "", 2) is None
    assert soyte_hanoi.search_page("https://soyte.hanoi.gov.vn/tim-kiem?query=&page=1", "", 2) \
        == "https://soyte.hanoi.gov.vn/tim-kiem?query=&page=2"
    assert vnexpress.section_page("https://vnexpress.net/suc-khoe", "", 3) == "https://vnexpress.net/suc-khoe-p3"
    assert vnportal.pageindex("https://syt.nghean.gov.vn/tin-noi-bat/", 'href="?pageindex=2"', 4).endswith(
        "/tin-noi-bat/?pageindex=4")
    assert vnportal.pageindex("https://ninhbinh.gov.vn/van-hoa-xa-hoi", "<div></div>", 2) is None


def test_vnpt_post_paging_request_is_read_from_page_one():
    from scrapers.adapters import vnportal
    from sites import FIXTURE_SITES

    html = (FIXTURE_SITES / "ninhbinh.gov.vn" / "van-hoa-xa-hoi").read_text(encoding="utf-8")
    url, form = vnportal.load_article_form(html, "https://ninhbinh.gov.vn/van-hoa-xa-hoi", 2)
    assert url == "https://ninhbinh.gov.vn/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
    assert form["article_category_id"] == "1186" and form["site_id"] == "44" and form["page"] == "2"
    assert vnportal.load_article_form("<html></html>", "https://x.gov.vn/a", 2) is None


def test_vnpt_paging_prefers_the_pages_own_pager_then_the_post_built_from_page_one():
    from scrapers.adapters import vnportal
    from sites import FIXTURE_SITES

    first_url = "https://ninhbinh.gov.vn/van-hoa-xa-hoi"
    first = (FIXTURE_SITES / "ninhbinh.gov.vn" / "van-hoa-xa-hoi").read_text(encoding="utf-8")
    fragment = '<div class="item"><a href="/bai-12345">Bài</a></div>'  # page 2: no ids in it
    load = vnportal.load_article_form(first, first_url, 3)[0]
    page3 = discovery.listing_request(fragment, load, 3, vnportal.ADAPTER, None, (first_url, first))
    assert page3.url == load and page3.form["page"] == "3" and page3.form["site_id"] == "44"
    with_pager = first.replace('<div class="ViewMore">', '<div class="pagination"><a href="?pageindex=2">2'
                               '</a></div><div class="ViewMore">')
    page2 = discovery.listing_request(with_pager, first_url, 2, vnportal.ADAPTER, None)
    assert page2 == discovery.PageRequest(first_url + "?pageindex=2")  # a GET: its own link
    assert discovery.listing_request("<p>x</p>", first_url, 2, vnportal.ADAPTER, None) is None


@pytest.mark.parametrize("url, article", [
    ("https://suckhoedoisong.vn/a-b-169230922100500512.htm", True),
    ("https://suckhoedoisong.vn/dia-chi-nha-khoa-169182122.htm", True),  # legacy id
    ("https://suckhoedoisong.vn/dat-lich-kham-benh-169153232.html", True),
    ("https://suckhoedoisong.vn/timelinelist/1691474/2.htm", False),
    ("https://moh.gov.vn/-/7165302-1", True),
    ("https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/a-b", True),
    ("https://moh.gov.vn/rss/-/asset_publisher/7ng11fEWgASC/rss", False),
    ("https://medinet.hochiminhcity.gov.vn/chuyen-muc/x-cmobile1862-53918.aspx", True),
    ("https://bvquan5.medinet.gov.vn/chuyen-muc/x-c16896-131217.aspx", True),
    ("https://medinet.hochiminhcity.gov.vn/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx", False),
    ("https://soyte.hanoi.gov.vn/bao-hiem-y-te/kham-284925071618440178.htm", True),
    ("https://baobackan.com.vn/trao-tang-post61245.html", True),
    ("https://tuoitre.vn/suc-khoe.htm", False),
    ("https://thanhnien.vn/tiem-vac-xin-185250418142000217.htm", True),
])
def test_article_url_schemes(url, article):
    assert adapters.for_url(url).is_article_url(url) is article


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


def _spin(cpu_s: float) -> None:
    end = time.thread_time() + cpu_s
    while time.thread_time() < end:
        pass


def test_page_budget_stops_python_code_in_any_thread_and_never_fires_late():
    """The crawl's CPU budget per page works in threads (the SIGPROF one cannot), is
    shared by a page's parsing and extraction, and never raises after its block."""
    from pipeline.parallel import OverBudget
    from scrapers.budget import PageBudget

    got: dict[str, object] = {}

    def run(name: str, seconds: float, *spins: float) -> None:
        budget = PageBudget(seconds)
        try:
            for cpu in spins:  # e.g. parsing, then extraction: one budget
                with budget:
                    _spin(cpu)
                got[name + " left"] = budget.left()
            got[name] = "done"
        except OverBudget:
            got[name] = ("over", budget.spent())
        _spin(0.3)  # a late exception would surface here and kill the thread
        got[name + " after"] = "ok"

    threads = [threading.Thread(target=run, args=args) for args in (
        ("runaway", 0.3, 30.0), ("two phases", 0.5, 0.3, 30.0), ("within", 2.0, 0.1),
        ("no limit", 0, 0.2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)   # (CPU seconds, on a machine that may give this process little)
    assert got["runaway"][0] == "over" and 0.3 <= got["runaway"][1] < 2.0
    # the first phase's CPU counts against the second (no timing race: _spin burns at
    # least 0.3 s of this thread's clock), and the second phase is then stopped
    assert got["two phases left"] <= 0.5 - 0.3
    assert got["two phases"][0] == "over" and 0.5 <= got["two phases"][1] < 2.0
    assert got["within"] == got["no limit"] == "done"
    assert all(got[f"{n} after"] == "ok" for n in ("runaway", "two phases", "within", "no limit"))
