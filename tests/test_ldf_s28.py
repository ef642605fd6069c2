"""Session 28: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _dates, _doc
from extractors import figures, legal, organizations


def _legal(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.title) for d in legal.extract(_doc(text)).legal_documents]


def _figures(text: str) -> list[tuple[str, float, str]]:
    doc = figures.extract(organizations.extract(legal.extract(_doc(text))))
    return [(f.text, f.value, f.unit) for f in doc.figures]


# ---------------------------------------------------------------- dates: a dotted month and year
def test_a_dotted_month_and_year_dates_the_yearless_days_s28() -> None:
    got = _dates("Giám đốc Sở ký báo cáo hôm 14.8 gửi UBND tỉnh. Giá thuốc cao hơn giá tháng 3.2018 "
                 "ở tỉnh bạn; tổ mua sắm được lập ngày 20.11.2017.")
    assert ("hôm 14.8", "2018-08-14", "2018-08-14") in got
    assert ("tháng 3.2018", "2018-03", "2018-03") in got


# ---------------------------------------------------------------- figures: "đồng" that is no money
def test_dong_opening_a_verb_is_no_sum_s28() -> None:
    got = _figures("Trong 12 nhà cung cấp được hỏi, 5 đồng ý giảm giá, 3 đồng thời xin gia hạn.")
    assert ("12 nhà cung cấp", 12.0, "nhà cung cấp") in got
    assert all(unit != "đồng" for _t, _v, unit in got)


def test_dong_opening_a_noun_is_counted_s28() -> None:
    got = _figures("Công an bắt 4 đồng phạm, thu 12 đồng hồ và 30 triệu đồng tiền mặt.")
    assert ("4 đồng phạm", 4.0, "đồng phạm") in got
    assert ("12 đồng hồ", 12.0, "đồng hồ") in got
    assert ("30 triệu đồng", 30_000_000.0, "đồng") in got


# ---------------------------------------------------------------- figures: an hour of the day
def test_a_qualified_hour_after_a_time_word_is_a_clock_s28() -> None:
    assert _figures("Đến khoảng hơn 15 giờ, cháu bé bắt đầu sốt cao.") == []
    assert _figures("Vào gần 10 giờ, xe cấp cứu mới tới.") == []


def test_a_qualified_span_of_hours_stays_s28() -> None:
    # ("sau hơn 3 giờ phẫu thuật" is an adverbial span since s30b: no figure, no clock either)
    assert ("hơn 3 giờ", 3.0, "giờ") in _figures("Ca phẫu thuật kéo dài hơn 3 giờ, bệnh nhân qua cơn nguy kịch.")
    assert ("tối đa 200 giờ", 200.0, "giờ") in _figures("Luật cho phép làm thêm từ tối đa 200 giờ mỗi năm.")


# ---------------------------------------------------------------- figures: a number inside a name
def test_a_number_inside_a_hospital_name_is_no_count_s28() -> None:
    got = _figures("Ông Trần Văn Bình, Phó Giám đốc Bệnh viện Nhân dân 115 Thành phố Hồ Chí Minh, "
                   "cho biết khoa cần thêm 6 bác sĩ.")
    assert got == [("6 bác sĩ", 6.0, "bác sĩ")]


# ---------------------------------------------------------------- dates: days joined by a word
def test_days_joined_by_den_then_a_dashed_month_are_a_span_s28() -> None:
    got = _dates("Hội thi được tổ chức từ 12 đến 15-4.", "2019-05-02")
    assert got == [("từ 12 đến 15-4", "2019-04-12", "2019-04-15")]


def test_a_count_range_with_a_noun_after_is_no_span_s28() -> None:
    assert _dates("Mỗi ngày bệnh nhân uống từ 2 đến 3-4 viên.", "2019-05-02") == []


# ---------------------------------------------------------------- figures: a share after a label word
def test_a_percentage_after_a_label_word_is_a_share_s28() -> None:
    assert ("100%", 100.0, "%") in _figures("Toàn bộ đàn chó trong xã sẽ được tiêm phòng 100%.")
    assert _figures("Phòng 203 của khoa Nội có 4 giường.") == [("4 giường", 4.0, "giường")]


def test_an_hour_in_g_with_minutes_is_no_weight_s28() -> None:
    assert _figures("Ca mổ bắt đầu 7g 30 sáng nay và kéo dài.") == []
    assert ("3g", 3.0, "g") in _figures("Mỗi gói chứa 3g đường.")


# ---------------------------------------------------------------- legal: a draft law written in lower case
def test_the_draft_gender_transition_law_is_a_law_s28() -> None:
    got = _legal("Bộ Y tế đang lấy ý kiến về Luật chuyển đổi giới tính trước khi trình Quốc hội.")
    assert ("Luật", "Luật chuyển đổi giới tính") in got
