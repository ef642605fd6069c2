"""The fetcher against real HTTP servers on 127.0.0.1 with programmed faults:
retries (500, 429 + Retry-After), timeouts, slow and dripping responses, size
limit, redirects (chains, loops, to forbidden addresses), robots.txt, conditional
GET, per-host politeness and encodings. Every count is taken server-side."""
from __future__ import annotations

import threading
import time

import pytest

from scrapers.encoding import encode_cp1258
from scrapers.fetcher import Blocked, FetchError, Fetcher
from scrapers.politeness import Throttle
from scrapers.settings import Settings
from scrapers.urls import UrlPolicy
from sites import Site

PAGE = ("<html><head><title>Bệnh viện Bạch Mai</title></head><body><p>Ngày 12/3/2024, "
        "Bệnh viện Bạch Mai đã ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An nhằm chuyển "
        "giao kỹ thuật cho tuyến tỉnh.</p></body></html>")


def make(delay: float | None = 0.0, **over) -> Fetcher:
    settings = Settings({"RETRY_TOTAL": 2, "RETRY_BACKOFF": 0.05, "READ_TIMEOUT": 2,
                         "CONNECT_TIMEOUT": 2, "USE_ENV_PROXIES": False, **over}, env=False)
    return Fetcher(settings, UrlPolicy(["127.0.0.1"], only_allowed=True),
                   Throttle(0.0, override=delay))


@pytest.fixture
def site():
    with Site("example.test", root=None) as s:
        s.put("/a.html", PAGE)
        yield s


def test_500_then_success_is_retried(site):
    site.fault("/a.html", status=500)
    f = make()
    resp = f.get(site.url("/a.html"))
    assert resp.status == 200 and "Bạch Mai" in resp.text
    assert [h.status for h in site.hits if h.path == "/a.html"] == [500, 200]
    assert f.retries == 1


def test_429_honours_retry_after(site):
    site.fault("/a.html", status=429, headers={"Retry-After": "1"})
    started = time.monotonic()
    resp = make().get(site.url("/a.html"))
    assert resp.status == 200
    assert time.monotonic() - started >= 0.9  # waited as told, not the 0.05 s backoff
    assert site.count("/a.html", 429) == 1 and site.count("/a.html", 200) == 1


def test_persistent_5xx_gives_up_after_the_retry_budget(site):
    site.fault("/a.html", status=503, times=None)
    with pytest.raises(FetchError) as err:
        make().get(site.url("/a.html"))
    assert err.value.status == 503
    assert site.count("/a.html") == 3  # first try + RETRY_TOTAL=2


def test_slow_response_within_timeout_succeeds(site):
    site.fault("/a.html", delay=0.4)
    resp = make(READ_TIMEOUT=10).get(site.url("/a.html"))   # (room for a loaded server)
    assert resp.status == 200 and site.count("/a.html") == 1


def test_timeout_is_retried_then_reported(site):
    site.fault("/a.html", delay=1.5, times=None)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out|Read timed out|after retries"):
        make(READ_TIMEOUT=0.3).get(site.url("/a.html"))
    assert time.monotonic() - started < 5
    deadline = time.monotonic() + 30  # the server logs a hit when its (late) answer goes out
    while site.count("/a.html") < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert site.count("/a.html") == 3  # first try + RETRY_TOTAL=2 retries


def test_slow_drip_is_cut_by_the_total_deadline(site):
    site.put("/big.html", "<p>" + "x" * 400 + "</p>")
    site.fault("/big.html", drip=0.01)
    with pytest.raises(FetchError, match="took over"):
        make(TOTAL_TIMEOUT=0.5, READ_TIMEOUT=2).get(site.url("/big.html"))


def test_oversized_pages_are_abandoned(site):
    site.put("/huge.html", b"<p>" + b"a" * 300_000 + b"</p>")
    with pytest.raises(FetchError, match="limit"):
        make(MAX_PAGE_BYTES=100_000).get(site.url("/huge.html"))


def test_redirect_chain_is_followed_and_recorded(site):
    site.redirect("/r1", "/r2", status=301)
    site.redirect("/r2", site.url("/r3"), status=302)
    site.redirect("/r3", "/a.html", status=307)
    resp = make().get(site.url("/r1"))
    assert resp.final_url == site.url("/a.html") and len(resp.redirects) == 3
    assert "Bạch Mai" in resp.text


def test_redirect_loop_hits_the_limit(site):
    site.redirect("/loop", "/loop")
    with pytest.raises(FetchError, match="redirects"):
        make(MAX_REDIRECTS=4).get(site.url("/loop"))
    assert site.count("/loop") == 5


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/a.html", "http://10.0.0.1/admin",
                                    "http://169.254.169.254/latest/meta-data/",
                                    "http://localhost:{port}/a.html", "file:///etc/passwd",
                                    "ftp://127.0.0.1/x"])
def test_redirect_to_a_disallowed_address_is_refused_without_contacting_it(site, target):
    with Site("other.test", root=None, bind="127.0.0.2") as other:
        other.put("/a.html", PAGE)
        site.redirect("/jump", target.format(port=other.port))
        f = Fetcher(Settings({"RETRY_TOTAL": 0, "USE_ENV_PROXIES": False}, env=False),
                    UrlPolicy(["127.0.0.1"]),
                    Throttle(0.0, override=0.0))
        with pytest.raises(Blocked):
            f.get(site.url("/jump"))
        assert other.count() == 0


def test_https_to_http_downgrade_is_refused(site):
    from scrapers.urls import redirect_allowed
    assert not redirect_allowed("https://a.vn/x", "http://a.vn/x")


def test_robots_disallow_and_crawl_delay(site):
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n",
             "text/plain")
    site.put("/private/x.html", PAGE)
    f = make(delay=None)
    with pytest.raises(Blocked, match="robots"):
        f.get(site.url("/private/x.html"))
    assert site.count("/private/x.html") == 0
    started = time.monotonic()
    f.get(site.url("/a.html"))
    f.get(site.url("/a.html"))
    assert time.monotonic() - started >= 0.3  # Crawl-delay respected between requests
    assert site.count("/robots.txt") == 1  # fetched once per run


def test_robots_for_our_agent_only(site):
    site.put("/robots.txt", "User-agent: ytekb\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
             "text/plain")
    with pytest.raises(Blocked):
        make().get(site.url("/a.html"))
    assert site.count("/a.html") == 0


def test_unreachable_robots_means_skip_the_site(site):
    site.fault("/robots.txt", status=503, times=None)
    f = make()
    with pytest.raises(Blocked):
        f.get(site.url("/a.html"))
    assert site.count("/a.html") == 0 and f.robots.notes


def test_conditional_get_gets_304(site):
    f = make()
    first = f.get(site.url("/a.html"))
    etag = first.headers["etag"]
    again = f.get(site.url("/a.html"), etag=etag, last_modified=first.headers["last-modified"])
    assert again.not_modified and again.content == b""
    site.put("/a.html", PAGE.replace("12/3/2024", "13/3/2024"))
    changed = f.get(site.url("/a.html"), etag=etag)
    assert changed.status == 200
    assert [h.status for h in site.hits if h.path == "/a.html"] == [200, 304, 200]


def test_user_agent_names_the_tool(site):
    make().get(site.url("/a.html"))
    assert all(h.agent.startswith("ytekb/") for h in site.hits)


def test_one_request_at_a_time_per_host_with_delay(site):
    site.fault("/a.html", delay=0.1, times=None)
    f = make(delay=0.05)
    threads = [threading.Thread(target=f.get, args=(site.url("/a.html"),)) for _ in range(4)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert site.max_in_flight == 1
    assert time.monotonic() - started >= 4 * 0.1 + 3 * 0.05 - 0.05


LOAD = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
FORM = {"article_category_id": "1186", "site_id": "44", "page": "2", "lang": "vi-VN"}
ITEMS = '<div class="item"><a href="/bai-viet-12345">Bài viết</a></div>'


def test_post_obeys_robots_and_the_host_delay_and_is_never_conditional(site):
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n",
             "text/plain")
    site.put(LOAD + "?article_category_id=1186&page=2&site_id=44", ITEMS)
    f = make(delay=None)
    with pytest.raises(Blocked, match="robots"):
        f.post(site.url("/private" + LOAD), FORM)
    assert not [h for h in site.hits if h.path.startswith("/private/")]
    started = time.monotonic()
    f.get(site.url("/a.html"))
    resp = f.post(site.url(LOAD), FORM)
    assert time.monotonic() - started >= 0.3  # the Crawl-delay holds between a GET and a POST
    assert resp.method == "POST" and resp.text == ITEMS
    post = next(h for h in site.hits if h.path == LOAD)
    assert post.method == "POST" and post.form == FORM and not post.conditional
    assert post.content_type.startswith("application/x-www-form-urlencoded")
    from scrapers.storage import validators
    assert resp.headers.get("etag") and validators(resp) == {"etag": None, "last_modified": None}


def test_posts_and_gets_share_the_one_request_per_host_slot(site):
    site.put(LOAD + "?article_category_id=1186&page=2&site_id=44", ITEMS)
    site.fault("/a.html", delay=0.1, times=None)
    site.fault(LOAD, delay=0.1, times=None)
    f = make(delay=0.05)
    calls = [(f.get, (site.url("/a.html"),)), (f.post, (site.url(LOAD), FORM))] * 2
    threads = [threading.Thread(target=fn, args=args) for fn, args in calls]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert site.max_in_flight == 1
    assert sorted(h.method for h in site.hits if h.path != "/robots.txt") == ["GET"] * 2 + ["POST"] * 2
    assert time.monotonic() - started >= 4 * 0.1 + 3 * 0.05 - 0.05


def test_post_is_bounded_like_a_get_and_redirects_as_browsers_do(site):
    site.put(LOAD + "?article_category_id=1186&page=2&site_id=44", "<p>" + "x" * 400 + "</p>")
    site.fault(LOAD, drip=0.01)
    with pytest.raises(FetchError, match="took over"):
        make(TOTAL_TIMEOUT=0.5, READ_TIMEOUT=2).post(site.url(LOAD), FORM)
    with pytest.raises(FetchError, match="limit"):
        make(MAX_PAGE_BYTES=100).post(site.url(LOAD), FORM)
    site.redirect("/see-other", "/a.html", status=303, times=1)  # continues as a GET
    assert make().post(site.url("/see-other"), FORM).method == "GET"
    site.put("/moved?article_category_id=1186&page=2&site_id=44", ITEMS)
    site.redirect("/temp", "/moved", status=307, times=1)  # repeats the POST, form and all
    assert make().post(site.url("/temp"), FORM).text == ITEMS
    assert [(h.path, h.method, h.form) for h in site.hits if h.path in ("/a.html", "/moved")] \
        == [("/a.html", "GET", None), ("/moved", "POST", FORM)]


@pytest.mark.parametrize("content_type", ["text/html", "text/html; charset=iso-8859-1",
                                          "text/html; charset=utf-8"])
def test_windows_1258_page_with_missing_or_wrong_charset(site, content_type):
    site.put("/legacy.html", encode_cp1258(PAGE), content_type)
    site.charset = None
    resp = make().get(site.url("/legacy.html"))
    text, codec = resp.decoded()
    assert codec == "cp1258" and "Bệnh viện Bạch Mai đã ký kết thỏa thuận" in text


def test_only_http_and_named_hosts(site):
    f = make()
    for url in ("file:///etc/passwd", "http://127.0.0.3/", "http://93.184.216.34/"):
        with pytest.raises(Blocked):
            f.get(url)


@pytest.mark.parametrize("encoding,wbits", [("gzip", 31), ("deflate", 15), ("deflate", -15)])
def test_compressed_bodies_are_inflated_by_the_fetcher(site, encoding, wbits):
    import zlib

    co = zlib.compressobj(6, zlib.DEFLATED, wbits)  # deflate: zlib-wrapped or raw, both seen
    packed = co.compress(PAGE.encode()) + co.flush()
    site.fault("/z.html", status=200, body=packed, headers={
        "Content-Encoding": encoding, "Content-Type": "text/html; charset=utf-8"})
    resp = make(ROBOTS_OBEY=False).get(site.url("/z.html"))
    assert resp.text == PAGE and resp.content == PAGE.encode()


def test_stacked_content_encodings_are_all_undone(site):
    """ "gzip, gzip" (a body gzipped twice, seen behind double-compressing proxies) and
    "deflate, gzip": every layer is undone, last applied first."""
    import gzip
    import zlib

    twice = gzip.compress(gzip.compress(PAGE.encode()))
    site.fault("/gz2.html", status=200, body=twice, headers={
        "Content-Encoding": "gzip, gzip", "Content-Type": "text/html; charset=utf-8"})
    mixed = gzip.compress(zlib.compress(PAGE.encode()))
    site.fault("/dg.html", status=200, body=mixed, headers={
        "Content-Encoding": "deflate,gzip", "Content-Type": "text/html; charset=utf-8"})
    f = make(ROBOTS_OBEY=False)
    assert f.get(site.url("/gz2.html")).text == PAGE
    assert f.get(site.url("/dg.html")).text == PAGE
    five = PAGE.encode()
    for _ in range(5):
        five = gzip.compress(five)
    site.fault("/gz5.html", status=200, body=five, headers={"Content-Encoding": ", ".join(["gzip"] * 5)})
    with pytest.raises(FetchError, match="more than 4 codings"):
        f.get(site.url("/gz5.html"))


def test_a_bomb_inside_a_bomb_stops_at_the_byte_cap(site):
    """64 MiB of zeros gzipped twice is a 2 KB body; no layer may inflate past the cap."""
    import gzip

    from scrapers.inflate import Inflater, TooLarge

    inner = gzip.compress(b"\0" * (64 << 20), 9)
    body = gzip.compress(inner, 9)
    assert len(body) < 100_000
    site.fault("/bomb.html", status=200, body=body, headers={"Content-Encoding": "gzip, gzip"})
    with pytest.raises(FetchError, match="over the 1048576 byte limit once decompressed"):
        make(ROBOTS_OBEY=False, MAX_PAGE_BYTES=1 << 20).get(site.url("/bomb.html"))
    inflater = Inflater("gzip, gzip", 1 << 20)
    with pytest.raises(TooLarge):
        for i in range(0, len(body), 4096):
            inflater.feed(body[i:i + 4096])
    assert inflater.total <= (1 << 20) + 256 * 1024  # stopped within one step of the cap


def test_junk_content_encoding_passes_through_and_brotli_is_refused(site):
    site.fault("/junk.html", status=200, body=PAGE.encode(), headers={
        "Content-Encoding": "UTF-8", "Content-Type": "text/html; charset=utf-8"})
    assert make(ROBOTS_OBEY=False).get(site.url("/junk.html")).text == PAGE
    site.fault("/br.html", status=200, body=b"\x8b\x02\x80", headers={"Content-Encoding": "br"})
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        make(ROBOTS_OBEY=False).get(site.url("/br.html"))


def test_gzip_sitemaps_inflate_within_the_cap_and_truncation_is_an_error():
    import gzip

    from scrapers.discovery import parse_sitemap

    xml = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           + "".join(f"<url><loc>https://x.vn/a-{i}.html</loc></url>" for i in range(50))
           + "</urlset>").encode()
    packed = gzip.compress(xml)
    assert len(parse_sitemap(packed, "https://x.vn/sitemap.xml.gz")[0]) == 50
    with pytest.raises(ValueError, match="over the 1000 byte limit"):
        parse_sitemap(packed, "https://x.vn/sitemap.xml.gz", max_bytes=1000)
    with pytest.raises(ValueError, match="truncated"):
        parse_sitemap(packed[:-20], "https://x.vn/sitemap.xml.gz")


@pytest.fixture
def bad_headers():
    """A raw loopback server whose responses carry a header line with no name: urllib3
    logs a warning with a traceback ("Failed to parse headers") for each."""
    import socket

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                                 b": no name\r\nContent-Length: 15\r\nConnection: close\r\n\r\n"
                                 b"<p>xin chao</p>")
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}/a.html"
    stop.set()
    thread.join(5)
    srv.close()


def test_urllib3_lines_are_dropped_only_inside_our_requests(bad_headers):
    """A program using ytekb as a library keeps its own urllib3 logging: the fetcher no
    longer sets the urllib3 logger's level for the whole process."""
    import logging

    import requests

    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    lib = logging.getLogger("urllib3")
    levels = {n: logging.getLogger(n).level for n in ("urllib3", "urllib3.connection")}
    handler = Keep(logging.WARNING)
    lib.addHandler(handler)
    try:
        f = make(ROBOTS_OBEY=False)
        assert f.get(bad_headers).text == "<p>xin chao</p>"  # inside our request: dropped
        assert not [m for m in seen if "Failed to parse headers" in m]
        assert requests.get(bad_headers, timeout=5).status_code == 200  # the program's own
        assert [m for m in seen if "Failed to parse headers" in m]
        assert {n: logging.getLogger(n).level for n in levels} == levels
        assert logging.getLogger("urllib3.connection").isEnabledFor(logging.WARNING)
        f.close()
    finally:
        lib.removeHandler(handler)
