"""Session 29: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _doc
from extractors import figures, legal, organizations


def _figures(text: str) -> list[tuple[str, float, str]]:
    doc = figures.extract(organizations.extract(legal.extract(_doc(text))))
    return [(f.text, f.value, f.unit) for f in doc.figures]


# ---------------------------------------------------------------- figures: people counted in words
def test_people_counted_in_words_are_figures_s29() -> None:
    got = _figures("Kíp trực gồm hai bác sĩ và ba điều dưỡng đã cấp cứu cho bốn nạn nhân.")
    assert ("hai bác sĩ", 2.0, "bác sĩ") in got
    assert ("ba điều dưỡng", 3.0, "điều dưỡng") in got
    assert ("bốn nạn nhân", 4.0, "nạn nhân") in got


def test_a_sentence_may_open_with_the_count_s29() -> None:
    assert ("Hai người", 2.0, "người") in _figures("Hai người tử vong sau khi uống rượu ngâm lá rừng.")


def test_ranks_names_and_other_nouns_are_no_people_count_s29() -> None:
    got = _figures("Lần thứ hai người bệnh tái khám, bác sĩ Cu Ba cho biết hai nước và hai bên "
                   "đã thống nhất; cả hai mẹ con đều khỏe.")
    assert got == []


def test_twenty_in_words_is_not_read_as_two_s29() -> None:
    assert _figures("Hai mươi người được đưa đi cấp cứu.") == []


# ---------------------------------------------------------------- figures: no figure of a range's tail
def test_the_decimals_of_a_ranges_second_end_are_no_figure_s29() -> None:
    got = _figures("Bệnh nhân sốt 38-38,5 độ, hàm lượng cho phép 2,4-4,8 mg/kg; 12 người nhập viện.")
    assert got == [("12 người", 12.0, "người")]


def test_a_comma_after_a_date_still_opens_a_count_s29() -> None:
    assert ("20 người", 20.0, "người") in _figures("Ngày 18/7,20 người được xuất viện.")


# ---------------------------------------------------------------- figures: account numbers
def test_an_account_number_is_no_figure_s29() -> None:
    got = _figures("Bạn đọc giúp đỡ xin chuyển khoản: Số tài khoản: 114000161718 Ngân hàng TMCP "
                   "Công Thương; đã có 35 bạn đọc ủng hộ 12 triệu đồng.")
    assert all(value < 1e9 for _t, value, _u in got)
    assert ("12 triệu đồng", 12_000_000.0, "đồng") in got


def test_a_few_in_words_is_no_count_s29() -> None:
    assert _figures("Mỗi tối chỉ vài ba người trực, có hôm hai ba người.") == []


# ---------------------------------------------------------------- figures: counts after "kỷ luật", "báo cáo"
def test_a_count_after_discipline_or_report_is_a_figure_s29() -> None:
    got = _figures("Sở Y tế báo cáo 12 ca mắc mới; thành phố đã kỷ luật 3 cán bộ.")
    assert ("12 ca mắc", 12.0, "ca mắc") in got
    assert ("3 cán bộ", 3.0, "cán bộ") in got


def test_a_report_or_law_named_by_its_number_is_no_figure_s29() -> None:
    got = _figures("Theo báo cáo 12 của Sở và Luật 12 năm 2024, trong báo cáo 9 tháng đầu năm có 3 ca mắc.")
    assert got == [("3 ca mắc", 3.0, "ca mắc")]


# ---------------------------------------------------------------- figures: "điều" = dispatch
def test_vehicles_and_teams_dispatched_are_counted_s29() -> None:
    got = _figures("Trung tâm cấp cứu đã điều 2 xe cứu thương và điều 3 kíp bác sĩ đến hiện trường.")
    assert ("2 xe cứu thương", 2.0, "xe cứu thương") in got
    assert ("3 kíp", 3.0, "kíp") in got


def test_an_article_of_a_law_is_no_count_s29() -> None:
    assert _figures("Theo Điều 60 Bộ luật Hình sự và điều 5 Luật Dược, khoản 2 điều 7 nghị định.") == []


# ---------------------------------------------------------------- figures: a bare sum handed over
def test_a_bare_sum_paid_or_handed_over_is_money_s29() -> None:
    got = _figures("Gia đình phải bỏ ra 50 triệu để chữa bệnh, mẹ em còn vay 30 triệu của hàng xóm.")
    assert ("50 triệu", 50_000_000.0, "đồng") in got
    assert ("30 triệu", 30_000_000.0, "đồng") in got


def test_a_bare_million_of_people_is_no_sum_s29() -> None:
    got = _figures("Khoảng 17 triệu người sẽ mất bảo hiểm y tế, 32 triệu sẽ rơi vào cảnh khó khăn.")
    assert all(unit != "đồng" for _t, _v, unit in got)
