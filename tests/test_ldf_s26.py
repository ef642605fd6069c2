"""Session 26: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

import pytest
from test_ldf_s22 import _dates, _figures  # noqa: F401
from test_ldf_s25 import _titles


# ---------------------------------------------------------------- dates: months listed in a row
MONTH_LISTS = [
    # (s33: a yearly season, "thường … hằng năm", is no date any more; the list itself still is)
    ("Dịch sốt xuất huyết năm nay lên đỉnh vào tháng 7, 8, 9.", ("tháng 7, 8, 9", "XXXX-07", "XXXX-09")),
    ("Ông xin nghỉ không lương trong các tháng 2, 3, 4, 5-2019 để chữa bệnh.",
     ("tháng 2, 3, 4, 5-2019", "2019-02", "2019-05")),
    ("Nước sinh hoạt có mùi hôi kéo dài từ cuối tháng 4 đến giữa tháng 5.",
     ("từ cuối tháng 4 đến giữa tháng 5", "XXXX-04", "XXXX-05")),
]


@pytest.mark.parametrize("text,want", MONTH_LISTS, ids=[f"months-{i}" for i in range(len(MONTH_LISTS))])
def test_months_in_a_row_are_one_span(text: str, want: tuple[str, str, str]) -> None:
    assert _dates(text) == [want]


def test_months_out_of_order_are_no_list() -> None:
    # "tháng 1, 8 người dân": a month, then a count of people
    assert _dates("Đầu tháng 1, 8 người dân trong xã bị ngộ độc nấm.") == [("tháng 1", "XXXX-01", "XXXX-01")]


# ---------------------------------------------------------------- dates: "cùng kỳ năm Y" is the year before
def test_same_period_last_year_dates_the_article_a_year_later() -> None:
    text = "Số ca sởi tăng gấp đôi so với cùng kỳ năm 2017. Ngày 5/3, Sở Y tế họp khẩn với các bệnh viện."
    assert ("Ngày 5/3", "2018-03-05", "2018-03-05") in _dates(text)


def test_a_stated_year_still_wins_over_the_same_period() -> None:
    text = "Năm 2019, số ca sởi tăng so với cùng kỳ năm 2017. Ngày 5/3, Sở Y tế họp khẩn."
    assert ("Ngày 5/3", "2019-03-05", "2019-03-05") in _dates(text)


# ---------------------------------------------------------------- legal: "để" inside an issued title
def test_issued_title_goes_on_past_de_ap_dung() -> None:
    text = ("Bộ Tài chính đang soạn dự thảo thông tư quy định mức thu phí kiểm định thuốc để áp dụng "
            "cho các cơ sở sản xuất trong nước.")
    assert _titles(text) == [("Thông tư", "thông tư quy định mức thu phí kiểm định thuốc để áp dụng "
                                          "cho các cơ sở sản xuất trong nước")]


def test_issued_title_stops_before_a_purpose() -> None:
    text = "Bộ Y tế công bố dự thảo thông tư quy định về quản lý chất thải y tế để lấy ý kiến người dân."
    assert _titles(text) == [("Thông tư", "thông tư quy định về quản lý chất thải y tế")]


# ---------------------------------------------------------------- figures: counted nouns
@pytest.mark.parametrize("text,want", [
    ("Công an tạm giữ 12 thiếu niên tham gia đua xe trái phép.", ("12 thiếu niên", 12.0, "thiếu niên")),
    ("Bếp ăn của trường chuẩn bị 2 thực đơn mỗi ngày cho học sinh.", ("2 thực đơn", 2.0, "thực đơn")),
])
def test_counted_nouns_s26(text: str, want: tuple[str, float, str]) -> None:
    assert want in _figures(text)


# ---------------------------------------------------------------- dates: years that do not date the article
def test_a_foreign_act_year_does_not_date_the_article() -> None:
    text = "Hãng bị kiện theo đạo luật liên bang năm 1978 về hàng không. Hôm 9/4, một hành khách bị kéo khỏi ghế."
    assert ("Hôm 9/4", "XXXX-04-09", "XXXX-04-09") in _dates(text)


def test_a_decade_does_not_date_the_article() -> None:
    text = "Trường được xây từ những năm 2000, đến năm 2014 thì tu sửa. Ngày 6/5, một mảng tường đổ."
    assert ("Ngày 6/5", "2014-05-06", "2014-05-06") in _dates(text)
    assert ("Sáng 14/8", "XXXX-08-14", "XXXX-08-14") in _dates("Cầu có từ những năm 1960. Sáng 14/8, cầu sập.")


# ---------------------------------------------------------------- figures: not counts
def test_a_grade_before_a_school_is_no_count() -> None:
    text = "Đến trưa nay, 12 học sinh lớp 5 trường tiểu học Kim Đồng vẫn được theo dõi."
    assert _figures(text) == [("12 học sinh", 12.0, "học sinh")]


def test_a_decimal_split_after_its_comma_is_no_count() -> None:
    assert _figures("Người bệnh uống 2 viên Paracetamol 0, 5g rồi ngủ.") == [("2 viên", 2.0, "viên")]


def test_a_quarter_is_dated_only_with_its_year() -> None:
    assert _dates("Thông tư dự kiến được ban hành trong quý 1 năm nay.") == []
    assert _dates("Năm 2019, quý II là cao điểm của dịch.") == [("Năm 2019", "2019", "2019"), ("quý II", "2019-04", "2019-06")]
    assert ("quý 3/2018", "2018-07", "2018-09") in _dates("Dự án hoàn thành trong quý 3/2018.")


# ---------------------------------------------------------------- legal: lower-case kinds with a quoted title
def test_lower_case_scheme_with_a_quoted_title() -> None:
    text = 'Ông trình bày đề án "Xây dựng thành phố thông minh giai đoạn 2017-2020" trước hội đồng.'
    assert _titles(text) == [("Đề án", "Đề án Xây dựng thành phố thông minh giai đoạn 2017-2020")]
    text = ('Phó thủ tướng giới thiệu nghị quyết "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức '
            'khỏe nhân dân trong tình hình mới" tại hội nghị.')
    assert _titles(text) == [("Nghị quyết", "Nghị quyết tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe "
                                            "nhân dân trong tình hình mới")]


def test_a_short_lower_case_quotation_is_a_scare_quote() -> None:
    assert _titles('Thông tin về đề án "mật" này chưa được công bố.') == []
    assert _titles('Sở triển khai kế hoạch "chấm điểm" các bệnh viện.') == []


# ---------------------------------------------------------------- figures: "phòng" is also "prevent"
def test_a_vaccine_preventing_diseases_counts_them() -> None:
    assert _figures("Trẻ được tiêm vắc xin phối hợp để phòng 5 bệnh là bạch hầu, ho gà, uốn ván.") == \
        [("5 bệnh", 5.0, "bệnh")]
    assert _figures("Bệnh nhân nằm ở phòng 5 bệnh viện tỉnh.") == []


def test_guards_are_counted() -> None:
    assert _figures("Nhóm thanh niên đánh 2 bảo vệ bệnh viện bị thương.") == [("2 bảo vệ", 2.0, "bảo vệ")]
    assert _figures("Nga triển khai S - 300 bảo vệ căn cứ.") == []   # after a name, "bảo vệ" is "protect"
