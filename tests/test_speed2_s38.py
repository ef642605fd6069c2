"""Session 38 speed follow-up: patterns rewritten so the search scans for their first letters
in C (the word start tested after the letter) find what the old patterns found."""
from __future__ import annotations

from extractors.coop_supplies import _GOODS, _PAPER
from extractors.orgs.portfolio import _TITLE, _implied_head


def test_portfolio_titles_and_their_heads_read_as_before() -> None:
    lower = ("phó thủ tướng và bộ trưởng y tế, thứ trưởng  lê an, phó tổng cục trưởng dân số, "
             "xvụ trưởng a, chi cụctrưởng thú y, trưởng ban thường trực b, phó trưởng ban c")
    got = [(m.group(), _implied_head(m.group())) for m in _TITLE.finditer(lower)]
    assert got == [("bộ trưởng ", ("Bộ", "ministry")), ("thứ trưởng  ", ("Bộ", "ministry")),
                   ("phó tổng cục trưởng ", _implied_head("tổng cục trưởng")),
                   ("chi cụctrưởng ", _implied_head("chi cục trưởng")),
                   ("trưởng ban thường trực ", _implied_head("trưởng ban")),
                   ("phó trưởng ban ", _implied_head("trưởng ban"))]   # (none inside "xvụ")
    assert _implied_head("tổng cục trưởng") != _implied_head("cục trưởng")


def test_goods_and_papers_are_found_only_at_a_word_start() -> None:
    text = "Bộ đã cấp cho bệnh viện 2 Xe Cứu Thương, không phải GIẤY phép hay đất liền kề."
    assert [m.group() for m in _GOODS.finditer(text)] == ["Xe Cứu Thương"]
    assert [m.group() for m in _PAPER.finditer(text)] == ["GIẤY", "phép"]   # ("đất liền" is no land grant)
    assert _GOODS.search("các xmáy và oto") is None
    assert [m.group() for m in _PAPER.finditer("cấp Đất và thẻ BHYT")] == ["Đất", "thẻ"]


def test_a_document_issued_with_a_subject_is_titled_only_after_a_word_start() -> None:
    from extractors.legal_titles import issued
    text = ("Chính phủ vừa Ký ban hành Nghị định quy định về quản lý trang thiết bị y tế. "
            "Bộ lấy ý kiến góp ý về bản dự thảo Thông tư hướng dẫn khám sức khỏe. "
            "Một xký Nghị định về thuế phí.")
    got = [(text[t.start:t.end].split()[0], t.kind) for t in issued(text)]
    assert got == [("Nghị", "Nghị định"), ("Thông", "Thông tư")]


def test_months_from_tu_thang_are_read_as_before() -> None:
    from extractors.dates import _MONTH, _MONTH_LIST
    text = "Từ tháng 3/2024, xtháng 4 và THÁNG 5 năm nay; từ  tháng 7, 8, 9 năm 2023 rồi tháng 10"
    assert [(m.group(), bool(m.group("tu"))) for m in _MONTH.finditer(text)] == [
        ("Từ tháng 3/2024", True), ("THÁNG 5 năm nay", False), ("từ  tháng 7", True), ("tháng 10", False)]
    assert [(m.group("ms"), bool(m.group("tu"))) for m in _MONTH_LIST.finditer(text)] == [("7, 8, 9", True)]
    got = _extract("Từ tháng 9, bệnh viện mở thêm khoa.")
    assert [(d.text, d.date_start) for d in got.dates] == [("Từ tháng 9", "2024-09")]


def test_strong_years_open_on_a_digit_t_or_q_and_read_as_before() -> None:
    from extractors.dates import _STRONG_YEAR
    text = ("Ngày 05/3/2024, a1/2/2020, 31-1-2020, Tháng 7/2024, 12 THÁNG ĐẦU NĂM 2023, "
            "9 tháng năm 2022, QUÝ IV/2021, quý 2 năm 2019, x0/1/2018")
    got = [(m.group(), next(g for g in m.groups() if g and len(g) == 4)) for m in _STRONG_YEAR.finditer(text)]
    assert got == [("05/3/2024", "2024"), ("31-1-2020", "2020"), ("Tháng 7/2024", "2024"),
                   ("12 THÁNG ĐẦU NĂM 2023", "2023"), ("9 tháng năm 2022", "2022"), ("QUÝ IV/2021", "2021"),
                   ("quý 2 năm 2019", "2019")]


def test_an_incident_scene_is_searched_only_after_a_closing_tai() -> None:
    from extractors.cooperations import _SCENE_BEFORE, _after_tai
    for text in ("đoàn đến xử lý vụ ngộ độc xảy ra TẠI  ", "khắc phục sự cố tại\n", "hỗ trợ vụ cháy tại "):
        assert _after_tai(text, 0, len(text)) and _SCENE_BEFORE.search(text) is not None, text
    for text in ("khắc phục sự cố tại", "vụ cháy tạix ", "sự cố ở "):
        assert not _after_tai(text, 0, len(text)) and _SCENE_BEFORE.search(text) is None, text


def _extract(text: str):
    from pipeline.extract import extract
    from pipeline.records import Article
    return extract(Article(source="test", title="", path="t.txt", text=text, published="2024-10-01"))
