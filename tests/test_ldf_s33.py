"""Session 33: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _dates, _doc
from test_ldf_s31 import _figures
from extractors import legal


# ---------------------------------------------------------------- dates: lengths of time are no dates
def test_hours_and_minutes_after_a_pair_are_no_date_s33() -> None:
    assert _dates("Mỗi lần lọc máu (3-4 tiếng/lần) cần có điều dưỡng theo dõi.", "2024-05-10") == []
    assert _dates("Người bệnh nên tập thở mỗi ngày 3-5 phút.", "2024-05-10") == []


def test_a_date_before_other_words_stays_s33() -> None:
    assert _dates("Sáng 4-6 bệnh nhân được chuyển lên tuyến trên.", "2024-05-10") == [
        ("Sáng 4-6", "2024-06-04", "2024-06-04")]
    assert _dates("Chiều nay (3/4), đoàn kiểm tra làm việc tại bệnh viện.", "2024-05-10") == [
        ("3/4", "2024-04-03", "2024-04-03")]


# ---------------------------------------------------------------- legal
def _legal(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(d.kind, d.number, d.title, d.issued) for d in legal.extract(_doc(text, "2024-05-10")).legal_documents]


def test_a_number_like_a_year_with_its_issue_date_is_a_number_s33() -> None:
    assert _legal("Bảo hiểm xã hội đã có Công văn 2039 ngày 29/5/2017 hướng dẫn thanh toán.") == [
        ("Công văn", "2039", None, "2017-05-29")]


def test_a_year_after_a_kind_is_still_no_number_s33() -> None:
    assert _legal("Kế hoạch 2024 của tỉnh đã hoàn thành sớm.") == []
    assert _legal("Tỉnh đang thực hiện Kế hoạch 2023 về tiêm chủng.") == []


def test_an_unlisted_law_title_ends_at_its_year_s33() -> None:
    assert _legal("Theo Bộ luật Hàng hải Việt Nam 2015, tàu phải khai báo.") == [
        ("Bộ luật", None, "Bộ luật Hàng hải Việt Nam", "2015")]


def test_tax_laws_by_short_name_s33() -> None:
    found = _legal("Luật thuế TNCN cần sửa mức giảm trừ gia cảnh.")
    assert found == [("Luật", None, "Luật thuế TNCN", None)]
    found = _legal("Quốc hội sửa Luật thuế tiêu thụ đặc biệt.")
    assert found == [("Luật", None, "Luật thuế tiêu thụ đặc biệt", None)]


def test_a_law_name_misspelt_in_its_accents_is_the_listed_law_s33() -> None:
    found = _legal("Luật Bảo hiểm y tế sửa đổi đã có hiệu lực, thay Luật Bảo hiếm y tế 2008.")
    assert found == [("Luật", None, "Luật Bảo hiểm y tế", None), ("Luật", None, "Luật Bảo hiểm y tế", "2008")]


# ---------------------------------------------------------------- figures: prison terms are no quantities
def test_a_prison_term_is_no_figure_s33() -> None:
    assert _figures("Tòa tuyên phạt bị cáo 42 tháng tù về tội vô ý làm chết người.") == []
    assert _figures("Bị cáo lĩnh 12 năm tù và bồi thường 200 triệu đồng.") == [
        ("200 triệu đồng", 200000000.0, "đồng")]


def test_other_durations_and_prisoners_stay_figures_s33() -> None:
    assert _figures("Dự án có thời gian thực hiện 36 tháng, tổng vốn 50 tỷ đồng.") == [
        ("36 tháng", 36.0, "tháng"), ("50 tỷ đồng", 50000000000.0, "đồng")]
    assert _figures("Trại giam đã khám sức khỏe cho 120 phạm nhân đang thụ án tù.") == [
        ("120 phạm nhân", 120.0, "phạm nhân")]


# ---------------------------------------------------------------- dates: seasons are no calendar months
def test_a_yearly_season_is_no_date_s33() -> None:
    assert _dates("Bệnh thường xuất hiện từ tháng 4 đến tháng 10 hằng năm.", "2024-05-10") == []
    assert _dates("Theo chu kỳ hàng năm, dịch sốt xuất huyết tăng từ tháng 8 - 9.", "2024-05-10") == []


def test_this_years_month_stays_a_date_s33() -> None:
    assert _dates("Trả lời báo chí đầu tháng 9 này, ông cho rằng hồ sơ bị làm giả tinh vi, mắt thường không thấy.",
                  "2024-09-20") == [("tháng 9", "2024-09", "2024-09")]
    assert _dates("Hồi tháng 6, một tờ báo đưa tin các môi giới thường dụ dỗ sinh viên.", "2024-09-20") == [
        ("tháng 6", "2024-06", "2024-06")]


def test_a_recurring_clause_reaches_past_an_abbreviation_s33() -> None:
    assert _dates("Theo chu kỳ hàng năm, tại TP.HCM bệnh bắt đầu vào mùa từ tháng 3, nhưng năm nay, "
                  "mới vào đầu tháng 2 số ca mắc đã tăng.", "2024-05-10") == [("tháng 2", "2024-02", "2024-02")]
