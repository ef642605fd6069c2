"""Session 38 speed edits: the read-name fixes of orgs.false_reads test a literal their pattern
needs (a dash, "và", "Tổng" before the name, a name ending in " và") before searching, and
answer as before on both sides of that test."""
from __future__ import annotations

from extractors.orgs.false_reads import (with_general, without_city_joined, without_credit,
                                         without_dangling_and)
from extractors.orgs.span import OrgSpan


def _span(text: str, surface: str, name: str | None = None) -> OrgSpan:
    start = text.index(surface)
    return OrgSpan(start, start + len(surface), name or surface, "government", None)


def test_a_credit_after_a_dash_is_cut_and_a_dashless_name_kept() -> None:
    text = "Bác sĩ thăm khám tại Bệnh viện Đa khoa Hà Đông - Ảnh: Minh Anh"
    span = without_credit(text, _span(text, "Bệnh viện Đa khoa Hà Đông - Ảnh"))
    assert (span.end, span.name) == (text.index(" - Ảnh"), "Bệnh viện Đa khoa Hà Đông")
    plain = _span(text, "Bệnh viện Đa khoa Hà Đông")
    assert without_credit(text, plain) is plain
    dashed = _span("Viện Pasteur - Nha Trang", "Viện Pasteur - Nha Trang")
    assert without_credit("Viện Pasteur - Nha Trang", dashed) is dashed


def test_general_before_a_head_widens_the_name_only_after_tong() -> None:
    text = "Đại hội của Tổng Hội Y học Việt Nam khai mạc sáng nay."
    span = with_general(text, _span(text, "Hội Y học Việt Nam"))
    assert (span.start, span.name) == (text.index("Tổng"), "Tổng hội Y học Việt Nam")
    other = "Đại hội của các Hội Y học Việt Nam khai mạc sáng nay."
    plain = _span(other, "Hội Y học Việt Nam")
    assert with_general(other, plain) is plain


def test_a_dangling_and_is_cut_only_when_the_name_ends_in_it() -> None:
    text = "Đại diện Vụ Pháp chế và Phó Vụ trưởng Nguyễn Văn An cùng dự."
    span = without_dangling_and(text, _span(text, "Vụ Pháp chế và"))
    assert (span.end, span.name) == (text.index(" và"), "Vụ Pháp chế")
    inner = _span(text, "Vụ Pháp chế và Phó", "Vụ Pháp chế và Phó")
    assert without_dangling_and(text, inner) is inner


def test_a_city_joined_after_and_is_cut_and_a_name_without_and_kept() -> None:
    text = "Sở Y tế Hà Nam và TP Hà Nội ký kết hợp tác."
    span = without_city_joined(text, _span(text, "Sở Y tế Hà Nam và TP Hà Nội", "Sở Y tế Hà Nam và Thành phố Hà Nội"))
    assert (span.end, span.name) == (text.index(" và"), "Sở Y tế Hà Nam")
    plain = _span(text, "Sở Y tế Hà Nam")
    assert without_city_joined(text, plain) is plain


def test_a_sentence_ends_after_a_word_but_not_after_an_abbreviation() -> None:
    from extractors.sentences import split
    text = "Đoàn công tác đến TP. Hồ Chí Minh sáng nay. Sở Y tế đón đoàn.\nGS. Nguyễn Văn An phát biểu."
    assert [text[a:b] for a, b in split(text)] == [
        "Đoàn công tác đến TP. Hồ Chí Minh sáng nay.", "Sở Y tế đón đoàn.", "GS. Nguyễn Văn An phát biểu."]


def test_a_clause_opens_after_a_comma_a_bracket_or_va_and_at_the_text_start() -> None:
    from extractors.coop_ends import opens_clause
    text = "Sáng nay, Bệnh viện A và  Bệnh viện B (Sở Y tế) cùng Trung tâm C ký kết."
    assert opens_clause(text, 0, text.index("Bệnh viện A"))
    assert opens_clause(text, 0, text.index("Bệnh viện B"))
    assert opens_clause(text, 0, text.index("Sở Y tế"))
    assert not opens_clause(text, 0, text.index("Trung tâm C"))
    assert opens_clause("  Bệnh viện D", 0, 2)
    assert opens_clause("Hà và Bệnh viện E", 3, 6) and not opens_clause("Hà và Bệnh viện E", 4, 6)   # "và" in the window
    assert not opens_clause("Hàvà Bệnh viện F", 0, 5)          # "và" closing a longer word


def test_council_and_from_patterns_find_what_they_found() -> None:
    from extractors.coop_rules import _FROM
    from extractors.deputies import _COUNCIL
    assert _COUNCIL.search("Kỳ họp thứ 5 của hđnd tỉnh") is not None
    assert _COUNCIL.search("Đại biểu HỘI ĐỒNG NHÂN DÂN thành phố") is not None
    assert _COUNCIL.search("Hội đồng y khoa họp") is None
    text = "chuyển từ  Hà Nội, Ttừ đó, từ"
    assert [m.span() for m in _FROM.finditer(text)] == [(7, 11)]


def test_words_before_a_figure_are_read_as_before() -> None:
    from extractors.figures import _WORD_RE
    text = "12 ca mắc sốt xuất-huyết, 3 người"
    assert [m.group() for m in _WORD_RE.finditer(text, 0, 26)] == ["ca", "mắc", "sốt", "xuất-huyết"]


def _extract(text: str):
    from pipeline.extract import extract
    from pipeline.records import Article
    return extract(Article(source="test", title="", path="t.txt", text=text, published="2024-08-01"))


def test_word_start_tested_after_the_first_letter_reads_the_same_bodies() -> None:
    """Police units, party blocs and inspection committees: patterns that test the word start
    after their first letter (a set the search skips to) find what they found."""
    got = _extract("Phòng CSGT Công an tỉnh Quảng Trị, Đảng ủy Khối các cơ quan tỉnh Hà Nam và Ủy ban "
                   "kiểm tra Tỉnh ủy Quảng Trị họp. Một xPhòng CSGT Công an tỉnh Hà Nam không có.")
    assert [o.name for o in got.organizations] == [
        "Phòng Cảnh sát giao thông Công an tỉnh Quảng Trị", "Công an tỉnh Quảng Trị",
        "Đảng ủy Khối các cơ quan tỉnh Hà Nam", "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị",
        "Công an tỉnh Hà Nam"]   # (no unit read inside "xPhòng")


def test_half_a_year_is_read_without_thang_and_a_bracketed_month_after_a_bracket() -> None:
    got = _extract("Trong nửa đầu năm 2023, hội nghị lần thứ 5 (3/2022) đã họp.")
    assert [(d.text, d.date_start, d.date_end) for d in got.dates] == [
        ("nửa đầu năm 2023", "2023-01", "2023-06"), ("3/2022", "2022-03", "2022-03")]


def test_admin_words_are_dropped_only_at_a_word_start() -> None:
    from extractors.officials import _ADMIN_WORDS
    assert _ADMIN_WORDS.sub("", "bệnh viện đa khoa huyện thường xuân") == "bệnh viện thường xuân"
    assert _ADMIN_WORDS.sub("", "trung tâm xtỉnh a") == "trung tâm xtỉnh a"


def test_list_markers_and_weak_years_match_as_before() -> None:
    from extractors.dates import _WEAK_YEAR
    from extractors.orgs.hospital_lists import _MARKER
    text = "các bệnh viện lớn, như là Bạch Mai; gồm có  Chợ Rẫy: Huế"
    assert [m.group() for m in _MARKER.finditer(text)] == [", như là ", "gồm có  ", ": "]
    years = "NĂM 2020, xnăm 2021 và Năm  2022"
    assert [m.group("y") for m in _WEAK_YEAR.finditer(years)] == ["2020", "2022"]
