"""Real use, stop 37: a hung host, held on real processes and real HTTP on 127.0.0.1.

A host that accepts connections and never answers cost (RETRY_TOTAL + 1) x READ_TIMEOUT
plus backoff per URL (two minutes at the defaults), for robots.txt and again for every
article. Now its timeouts are paid from one budget per host and run
(`HOST_TIMEOUT_BUDGET`): once spent, its other URLs fail at once, without a request.
"""
from __future__ import annotations

import json
import re
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from hostile import Silent, measured
from scrapers.fetcher import FetchError, Fetcher
from scrapers.stalls import StallBudget
from sites import FAST, Site
from test_reliability_network import fetcher, stack  # noqa: F401 - stack is a fixture


def _fetcher(stalls: StallBudget | None = None, **over) -> Fetcher:
    """test_reliability_network's fetcher (no robots.txt, 0.3 s read timeouts), with
    `stalls` shared when given, as nightly shares it between its threads."""
    f = fetcher(**{"READ_TIMEOUT": 0.3, "ROBOTS_OBEY": False, **over})
    f.stalls = stalls or f.stalls
    return f


def _silent(stack: ExitStack, **kw) -> Silent:
    server = Silent(**kw)
    stack.callback(server.stop)
    return server


def _asked(server: Silent, n: int) -> list[str]:
    """The paths `server` was asked, once it has read `n` requests (bounded wait): it reads
    each in a thread of its own, which a loaded machine may run after the client gave up."""
    deadline = time.monotonic() + 30
    while len(server.paths) < n and time.monotonic() < deadline:
        time.sleep(0.02)
    return list(server.paths)


def _sent(f: Fetcher) -> list[str]:
    """The paths `f` sends requests for, from now on (its session's calls, retries included)."""
    sent: list[str] = []
    send = f.session.request

    def request(method: str, url: str, **kw):
        sent.append(urlsplit(url).path)
        return send(method, url, **kw)

    f.session.request = request
    return sent


def test_a_hung_host_costs_its_budget_once_then_its_urls_fail_without_a_request(stack):
    hung = _silent(stack)
    # retries enough for 6 s of timeouts: the 1 s budget, not RETRY_TOTAL, ends the first URL
    # (with 2 retries the two came within 0.05 s, and a loaded machine decided which came
    # first); no backoff, so the budget runs out in a timed-out read, which the error names
    f = _fetcher(HOST_TIMEOUT_BUDGET=1.0, RETRY_TOTAL=20, RETRY_BACKOFF=0)
    sent = _sent(f)
    started = time.monotonic()
    with pytest.raises(FetchError, match="read timed out.*HOST_TIMEOUT_BUDGET"):
        f.get(hung.base + "/bai-1.html")  # attempts of 0.3 s, the last cut to what is left
    first = time.monotonic() - started
    assert 0.8 < first < 5, first   # ~1 s; unbounded, 21 attempts of 0.3 s
    tried = len(sent)
    assert 1 <= tried <= 4 and sent == ["/bai-1.html"] * tried, sent  # none but the last < 0.3 s
    started = time.monotonic()
    for n in (2, 3, 4):
        with pytest.raises(FetchError, match=r"waiting 1 s on timeouts .*HOST_TIMEOUT_BUDGET"):
            f.get(hung.base + f"/bai-{n}.html")
    assert time.monotonic() - started < 0.9   # no wait: one timed-out attempt each is 0.9 s
    assert len(sent) == tried                 # nothing was sent for bai-2 to bai-4
    assert _asked(hung, tried) == sent        # … and the server saw what was sent


def test_the_budget_is_per_host_and_shared_by_the_fetchers_of_a_run(stack):
    hung, other = _silent(stack), _silent(stack, bind="127.0.0.3")
    shared = StallBudget(0.5)
    with pytest.raises(FetchError, match="read timed out"):
        _fetcher(shared, RETRY_TOTAL=0, READ_TIMEOUT=0.6).get(hung.base + "/a.html")
    # another thread's fetcher: the same host is spent, the other host is not
    with pytest.raises(FetchError, match="HOST_TIMEOUT_BUDGET"):
        _fetcher(shared).get(hung.base + "/b.html")
    with pytest.raises(FetchError, match="read timed out"):
        _fetcher(shared, RETRY_TOTAL=0).get(other.base + "/c.html")
    assert _asked(hung, 1) == ["/a.html"] and _asked(other, 1) == ["/c.html"]


def test_errors_that_are_not_timeouts_leave_the_budget_alone(stack):
    with Site("example.test", root=None) as site:
        site.fault("/a.html", status=503, times=None)
        f = _fetcher(HOST_TIMEOUT_BUDGET=0.01)
        for _ in range(2):
            with pytest.raises(FetchError) as err:
                f.get(site.url("/a.html"))
            assert err.value.status == 503
        assert site.count("/a.html") == 6  # 2 x (first try + RETRY_TOTAL=2), none cut


def _http(body: bytes, status: str = "200 OK", kind: str = "text/html") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode() + body


def test_nightly_against_a_host_that_hangs_after_its_feed_stops_at_the_budget(stack, tmp_path):
    hung = _silent(stack)
    items = "".join(f"<item><title>Tin {n}</title><link>{hung.base}/tin/bai-{n}.html</link>"
                    "</item>" for n in range(6))
    hung.answers = {
        "/robots.txt": _http(b"", "404 Not Found", "text/plain"),
        "/rss.xml": _http(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Y tế'
                          f"</title>{items}</channel></rss>".encode(), kind="application/rss+xml")}
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "treo"\nbase_urls = ["{hung.base}/"]\n'
                       f'feeds = ["{hung.base}/rss.xml"]\n', encoding="utf-8")
    res = measured("nightly", "--db", tmp_path / "kb.sqlite", "--sources", sources,
                   "--delay", "0", *FAST, "-s", "READ_TIMEOUT=0.5",
                   "-s", "HOST_TIMEOUT_BUDGET=2", "--report", tmp_path / "r.json",
                   cwd=tmp_path, timeout=120)
    assert res.code == 1, res.explain()  # the feed was read; its articles failed
    said = res.stdout.replace("\n  ", " ")
    # bai-0: 3 attempts of 0.5 s + backoff (1.65 s); bai-1: one attempt cut to what is left.
    # On a loaded machine each attempt takes a little longer than its 0.5 s, and bai-0 alone
    # can spend the 2 s: so one or two articles are tried, and at most 4 requests sent
    # (each but the last waits 0.5 s), where the 6 articles' timeouts took 18 (~10 s).
    requests = int(re.search(r"not tried \(host given up\), (\d+) requests", said)[1])
    deadline = time.monotonic() + 30   # the server reads each request in its own thread
    while len(asked := [p for p in hung.paths if p.startswith("/tin/")]) < requests \
            and time.monotonic() < deadline:
        time.sleep(0.02)
    tried = list(dict.fromkeys(asked))
    assert tried == [f"/tin/bai-{n}.html" for n in range(len(tried))] and 1 <= len(tried) <= 2 \
        and len(asked) == requests <= 4, (hung.paths, said)
    errors = [line for line in res.stderr.replace("\n  ", " ").splitlines()
              if line.startswith("error:")]
    assert len(errors) == len(tried) + 1, res.explain()  # was 6: one line per article not tried
    assert all("read timed out" in e and "HOST_TIMEOUT_BUDGET" not in e for e in errors[:-2]), \
        errors
    assert "HOST_TIMEOUT_BUDGET" in errors[-2], errors   # the last article tried spent it
    assert errors[-1] == ("error: 127.0.0.1: kept us waiting 2 s on timeouts this run "
                          f"(HOST_TIMEOUT_BUDGET); {6 - len(tried)} URLs skipped"), errors
    assert f"6 failed, {6 - len(tried)} not tried (host given up)" in said
    # the whole run, loosely (the sharp bound is the <= 4 requests above): a loaded machine's
    # start-up alone takes seconds (ytekb --help: 6.5 s beside 8 busy sessions on 2 cores)
    assert res.wall_s < 30, res.explain()
    report = json.loads(Path(tmp_path / "r.json").read_text())
    assert report["status"] == "partial"


# ---- `ytekb search --raw`: FTS5's operators are not words typed without accents -----------

# my own sentences: one word in three tones
TONE_DOCS = {
    "chuyen_tuyen": "date 2024-05-02\nBệnh viện tỉnh chuyển ba bệnh nhân nặng lên tuyến trên\n\n"
                    "Ngày 2/5/2024, Bệnh viện Đa khoa tỉnh Hà Giang chuyển ba bệnh nhân nặng "
                    "lên Bệnh viện Bạch Mai.\n",
    "chuyen_khoa": "date 2024-05-03\nMở lớp đào tạo chuyên khoa nhi\n\nNgày 3/5/2024, Sở Y tế "
                   "Hà Giang mở lớp đào tạo chuyên khoa nhi cho 40 bác sĩ.\n",
    "ke_chuyen": "date 2024-05-04\nĐiều dưỡng kể chuyện giữ ấm cho trẻ\n\nNgày 4/5/2024, các "
                 "điều dưỡng Bệnh viện Đa khoa tỉnh Hà Giang kể chuyện giữ ấm cho trẻ sơ sinh.\n",
}


@pytest.fixture(scope="module")
def tones_kb(tmp_path_factory) -> Path:
    from conftest import run_ytekb

    tmp = tmp_path_factory.mktemp("s37_tones")
    files = []
    for name, text in TONE_DOCS.items():
        files.append(tmp / f"{name}.txt")
        files[-1].write_text(text, encoding="utf-8")
    res = run_ytekb("ingest", "--db", tmp / "kb.sqlite", *files, "-j", "1")
    assert res.code == 0, res.explain()
    return tmp / "kb.sqlite"


def _titles(db: Path, *args: str) -> set[str]:
    from conftest import run_ytekb

    res = run_ytekb("search", *args, "--db", db, "--format", "json", "--limit", "0")
    assert res.code in (0, 1), res.explain()
    return {r["title"].split()[-1] for r in json.loads(res.stdout)}


@pytest.mark.parametrize("query, words", [
    ("chuyển OR chuyên", {"trên", "nhi"}),            # was also "kể chuyện": OR is no word
    ("chuyên NOT chuyển", {"nhi"}),
    ("NEAR(chuyển bệnh, 3)", {"trên"}),
    ("{title}: chuyện", {"trẻ"}),                    # a column filter is no word either
])
def test_raw_fts_queries_typed_with_accents_keep_their_tones(tones_kb, query, words):
    assert _titles(tones_kb, "--raw", query) == words


def test_raw_queries_with_a_plain_word_stay_loose(tones_kb):
    assert _titles(tones_kb, "--raw", "chuyen OR chuyên") == {"trên", "nhi", "trẻ"}
    assert _titles(tones_kb, "--raw", "chuyển AND nhi") == {"nhi"}  # nhi: no accent, loose


# ---- the home page counts articles, not copies ---------------------------------------------

def test_the_home_page_counts_a_copy_apart_and_one_day_once(tmp_path):
    import re

    from conftest import run_ytekb
    from webserver import get, serving

    files = [tmp_path / "ban_goc.txt", tmp_path / "dang_lai.txt"]
    for f in files:   # the same article twice: the second is kept as a copy of the first
        f.write_text(TONE_DOCS["chuyen_khoa"], encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, *files, "-j", "1")
    assert res.code == 0 and "copies: 1 file" in res.stdout, res.explain()
    with serving(db, tmp_path) as base:
        status, body, _ = get(base + "/")
    assert status == 200
    lead = " ".join(re.search(r'<p class="lead">(.*?)</p>', body, re.S).group(1).split())
    # was "2 articles (2024-05-03 to 2024-05-03)"
    assert lead.startswith("1 article (2024-05-03) and 1 copy of them, "), lead


# ---- an ingested file's name in a narrow table: one line, cut in the middle ----------------

def test_a_long_file_name_shrinks_in_the_middle_in_an_80_column_table(tmp_path):
    from conftest import run_ytekb

    name = "so_y_te_ha_giang_dao_tao_chuyen_khoa_nhi_2024.txt"
    (tmp_path / name).write_text(TONE_DOCS["chuyen_khoa"], encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path / name, "-j", "1").code == 0
    res = run_ytekb("search", "chuyên khoa", "--db", db, env={"COLUMNS": "80"})
    assert res.code == 0, res.explain()
    lines = res.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), res.stdout
    head = lines[0].index("DOCUMENT")
    cells = [line[head:].strip() for line in lines[1:] if line[head:].strip()]
    # was "so_y_te_ha_giang_da" over "o_tao_chuyen_khoa_n" over ...: the name in pieces
    assert len(cells) == 1 and "…" in cells[0], res.stdout
    start, end = cells[0].split("…")
    assert name.startswith(start) and name.endswith(end) and end.endswith(".txt"), cells


# ---- a name typed with accents that match nothing: the CLI offers it without them ---------

HUNG = ("date 2024-05-05\nSở Y tế Hà Giang tổng kết công tác y tế dự phòng\n\n"
        "Ngày 5/5/2024, ông Nguyễn Văn Hưng, Giám đốc Sở Y tế Hà Giang, chủ trì hội nghị "
        "tổng kết công tác y tế dự phòng.\n")


def test_a_lookup_whose_accents_match_nothing_offers_the_name_without_them(tmp_path):
    from conftest import run_ytekb

    (tmp_path / "hung.txt").write_text(HUNG, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run_ytekb("ingest", "--db", db, tmp_path / "hung.txt", "-j", "1").code == 0
    for args in (["entity"], ["timeline"], ["profile"], ["officials", "--person"]):
        res = run_ytekb(*args, "Nguyễn Văn Hùng", "--db", db)   # Hùng is not Hưng
        assert res.code == 1, res.explain()
        assert "matches 'Nguyễn Văn Hùng' with these accents (try 'nguyen van hung' for any " \
               "accents" in res.stderr, res.explain()
    found = run_ytekb("entity", "nguyen van hung", "--db", db)
    assert found.code == 0 and found.stdout.startswith("Nguyễn Văn Hưng"), found.explain()
    # nothing either way (accents or not): no accent hint, the search hint as before
    for name in ("Nguyen Van Hao", "Nguyễn Văn Hảo"):
        res = run_ytekb("timeline", name, "--db", db)
        assert res.code == 1 and "with these accents" not in res.stderr, res.explain()
        assert f"(try `ytekb search '{name}'`)" in res.stderr, res.explain()
    res = run_ytekb("officials", "--org", "Bệnh viện Hà Giang", "--db", db)   # was: no results
    assert "no organisation or province matches 'Bệnh viện Hà Giang'" in res.stderr, \
        res.explain()
