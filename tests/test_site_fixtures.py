"""Each site adapter against its fixture in the site's real markup (corpus/sites and
tests/data/sites, rendered by scripts/site_fixtures from the evidence in the adapters'
docstrings): title, date, the article text line for line, no related-news line, no
footer. A video page is skipped, and the generic fallback refuses footer-only text."""
from __future__ import annotations

import json
import re

import pytest

import corpus
from scrapers import adapters
from scrapers.adapters import chrome, generic
from scrapers.adapters.base import soup_of, strip_site_suffix, title_of
from sites import REPO, site_root

DATA = REPO / "scripts" / "site_fixtures"
SOURCE_TEXT = {a["title"]: a for a in json.loads((DATA / "articles.json").read_text("utf-8"))
               + json.loads((DATA / "outlets.json").read_text("utf-8"))}
OUTLETS = json.loads((REPO / "tests" / "data" / "sites" / "expect.json").read_text("utf-8"))
CASES = [dict(e, adapter=corpus.SITES[e["url"].split("/")[2]]["adapter"], skip=False)
         for e in corpus.manifest()] + [dict(o, expect={k: o[k] for k in (
             "body_must_contain", "body_must_not_contain")}) for o in OUTLETS]
PREFIXES = ("SKĐS - ", "BBK - ", "(Dân trí) - ")


def _page_file(url: str):
    host, path = url.split("/")[2], url.split("/", 3)[3]
    target = site_root(host) / path
    return target / "index.html" if target.is_dir() else target


def _html(url: str) -> str:
    return _page_file(url).read_text(encoding="utf-8")


def _words(text: str) -> str:
    return " ".join(text.split())


def _written(title: str) -> str:
    """The article as we wrote it: the lead without the outlet tag, then every block."""
    a = SOURCE_TEXT[title]
    lead = a["sapo"]
    for prefix in PREFIXES:
        lead = lead.removeprefix(prefix)
    return _words(" ".join([lead, *(text for _, text in a["blocks"])]))


@pytest.mark.parametrize("case", CASES, ids=[c["url"].split("/")[2] + ":" + c["url"][-24:]
                                             for c in CASES])
def test_adapter_matches_its_real_structure_fixture(case):
    page = adapters.parse_page(_html(case["url"]), case["url"])
    assert page.adapter == case["adapter"], page.warnings  # not a fallback to generic
    assert not page.warnings
    if case["skip"]:  # a video page: skipped, no text, not handed to the generic adapter
        assert page.skip and not page.text
        return
    assert not page.skip
    assert page.title == case["title"]
    assert page.published == case["published"]
    assert _words(page.text) == _written(case["title"])  # every line, in order, nothing else
    for line in case["expect"]["body_must_not_contain"]:  # related headlines, footer lines
        assert line not in page.text


def test_related_news_boxes_really_sit_inside_the_body():
    """The fixtures are honest: a related headline is in the body container's HTML and
    the adapter removes it (the box types the newsroom CMS and EPI-CMS use)."""
    for case in CASES:
        if case["skip"]:
            continue
        html, related = _html(case["url"]), SOURCE_TEXT[case["title"]].get("related") or []
        site = adapters.ADAPTERS[case["adapter"]]
        body = next(n for sel in site.LAYOUT.body for n in soup_of(html).select(sel))
        inside = [t for t in related if t in body.get_text(" ")]
        if case["adapter"] in ("suckhoedoisong", "tuoitre", "thanhnien", "baobackan", "soyte_hanoi"):
            assert inside, f"{case['url']}: no related-news box inside the body"


def test_the_video_page_is_skipped_by_the_adapter_and_refused_by_generic():
    video = next(c for c in CASES if c["skip"])
    html = _html(video["url"])
    assert "Website được vận hành trên Microsoft Azure" in html
    page = adapters.parse_page(html, "http://127.0.0.1:8000/" + video["url"].split("/", 3)[3])
    assert page.adapter == "moh" and page.skip  # recognised by markup on a mirror too
    fallback = generic.parse(html, video["url"])
    assert fallback is None or (fallback.skip and not fallback.text)
    # the same footer in a <div> (not <footer>): trafilatura keeps it; it is still refused
    divs = html.replace('<footer class="bg-ft">', '<div class="bg-ft">').replace("</footer>", "</div>")
    fallback = generic.parse(divs, video["url"])
    assert fallback is None or (fallback.skip and "Chánh Văn phòng" not in fallback.text)


def test_generic_fallback_keeps_an_article_but_trims_its_footer_lines():
    article = ("<html><body><article><h1>Tin y tế</h1>"
               + "".join(f"<p>Đoạn {i}: Sở Y tế tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác "
                         f"y tế với sự tham dự của lãnh đạo các bệnh viện trong tỉnh.</p>" for i in range(4))
               + "<p>Website được vận hành trên Microsoft Azure</p></article></body></html>")
    page = generic.parse(article, "https://x.gov.vn/tin-y-te-12345")
    assert page is not None and not page.skip and "Đoạn 3" in page.text
    assert "Microsoft Azure" not in page.text


@pytest.mark.parametrize("line, is_chrome", [
    ("Phó Trưởng ban biên tập thường trực TS.BS. Đỗ Minh Khang, Chánh Văn phòng Bộ Y tế", True),
    ("Số 138A Giảng Võ - Ba Đình - Hà Nội", True),
    ("ĐT: 0246.273.2.273 |Fax:0243.8464.051", True),
    ("Email: banbientap@moh.gov.vn", True),
    ("Website được vận hành trên Microsoft Azure", True),
    ("Hỗ trợ bởi Đề án tri thức Việt số hóa", True),
    ("Thiết kế và phát triển bởi VNPT Ninh Bình", True),
    ("© Bản quyền thuộc Báo Sức khỏe & Đời sống.", True),
    ("Giấy phép số 28/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp", True),
    ("Trang chủ | Y tế | Dược | Video", True),
    ("Tổng biên tập cho biết tòa soạn sẽ mở chuyên mục mới.", False),
    ("Sáng 10/11/2023, tại TP Hà Tĩnh, Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác.", False),
    ("Số ca mắc sốt xuất huyết giảm 40% so với cùng kỳ.", False),
])
def test_footer_and_navigation_lines(line, is_chrome):
    assert chrome.is_chrome_line(line) is is_chrome


@pytest.mark.parametrize("title, site, expected", [
    ("Phản ứng sau tiêm - Bộ Y tế - Trang tin về dịch bệnh viêm đường hô hấp cấp COVID-19",
     "Bộ Y tế - Trang tin về dịch bệnh viêm đường hô hấp cấp COVID-19", "Phản ứng sau tiêm"),
    ("Đổi mới công tác chỉ đạo tuyến - Bộ Y tế - Cổng thông tin Bộ Y tế", None,
     "Đổi mới công tác chỉ đạo tuyến"),
    ("Bộ Y tế yêu cầu bảo đảm thuốc | Báo Dân trí", None, "Bộ Y tế yêu cầu bảo đảm thuốc"),
    ("Khám tim miễn phí - VnExpress Sức khỏe", None, "Khám tim miễn phí"),
    ("Ghép gan cho trẻ - Tuổi Trẻ Online", None, "Ghép gan cho trẻ"),
    ("Trao quyết định - Sở Y tế Hà Nội", "Sở Y tế Hà Nội", "Trao quyết định"),
    ("Bệnh viện Bạch Mai - Nghệ An hợp tác chuyên môn", None,  # a dash in the title stays
     "Bệnh viện Bạch Mai - Nghệ An hợp tác chuyên môn"),
    ("Bộ Y tế", "Bộ Y tế", "Bộ Y tế"),
])
def test_site_suffixes_are_cut_from_titles(title, site, expected):
    assert strip_site_suffix(title, site) == expected


def test_og_title_with_the_portal_suffix_reads_as_the_headline():
    moh = next(c for c in CASES if c["url"].startswith("https://moh.gov.vn/-/") and not c["skip"])
    html = _html(moh["url"])
    assert re.search(r'og:title" content="[^"]+ - Bộ Y tế - Cổng thông tin Bộ Y tế"', html)
    assert title_of(soup_of(html)) == moh["title"]


def test_soyte_hanoi_old_liferay_pages_keep_their_body_selector():
    """Older soyte.hanoi pages come from the previous Liferay portal (journal-content-article)."""
    html = ('<html><head><meta property="og:site_name" content="SỞ Y TẾ HÀ NỘI"></head><body>'
            '<h1>Khám sàng lọc miễn phí cho người cao tuổi</h1><div class="journal-content-article">'
            '<p>Ngày 5/6/2020, Sở Y tế Hà Nội tổ chức khám sàng lọc cho 500 người cao tuổi.</p></div>'
            '</body></html>')
    url = ("https://soyte.hanoi.gov.vn/tin-tuc-su-kien/-/asset_publisher/4IVkx5Jltnbg/content/"
           "kham-sang-loc")
    site = adapters.for_url(url)
    assert site.NAME == "soyte_hanoi" and site.is_article_url(url)
    page = adapters.parse_page(html, url)
    assert page.adapter == "soyte_hanoi" and page.text.startswith("Ngày 5/6/2020")
