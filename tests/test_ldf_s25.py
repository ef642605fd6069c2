"""Session 25: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

import pytest
# the session-22 helpers run the real front of the pipeline (textnorm -> sentences -> dates)
from test_ldf_s22 import _dates, _doc, _figures  # noqa: F401

from extractors import legal


def _titles(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.title) for d in legal.extract(_doc(text)).legal_documents]


# ---------------------------------------------------------------- legal: a law is titled by its name
LAW_NAMES = [
    ("Phóng viên được bảo vệ khi tác nghiệp theo Luật báo chí hiện hành.", ("Luật", "Luật báo chí")),
    ("Bệnh viện phải làm đúng quy định của luật Khám chữa bệnh khi tiếp nhận ca cấp cứu.",
     ("Luật", "Luật Khám chữa bệnh")),
    ("Hành vi này bị xử lý theo Bộ luật Hình sự năm 2015.", ("Bộ luật", "Bộ luật Hình sự")),
    # a decree named by its subject is titled as its heading reads
    ("Chính phủ vừa ban hành Nghị định quy định về kinh doanh thực phẩm chức năng.",
     ("Nghị định", "Nghị định quy định về kinh doanh thực phẩm chức năng")),
    ("Sở Nội vụ trình dự thảo nghị quyết về tổng biên chế hành chính, sự nghiệp của thành phố năm 2019.",
     ("Nghị quyết", "nghị quyết về tổng biên chế hành chính, sự nghiệp của thành phố năm 2019")),
]


@pytest.mark.parametrize("text,want", LAW_NAMES, ids=[f"law-{i}" for i in range(len(LAW_NAMES))])
def test_law_is_titled_by_its_name(text: str, want: tuple[str, str]) -> None:
    assert _titles(text) == [want]


# ---------------------------------------------------------------- dates: a time of day opens the second day
TIME_OF_DAY_SPANS = [
    ("Tối 6 và sáng 7/6, đoàn kiểm tra làm việc tại bệnh viện.", ("2019-06-06", "2019-06-07")),
    ("Từ ngày 10 đến sáng 11/2, hàng trăm người dân xếp hàng chờ tiêm.", ("2019-02-10", "2019-02-11")),
    ("Suốt đêm 13 và rạng sáng ngày 14/5, các bác sĩ trực cấp cứu.", ("2019-05-13", "2019-05-14")),
]


@pytest.mark.parametrize("text,want", TIME_OF_DAY_SPANS, ids=[f"tod-{i}" for i in range(len(TIME_OF_DAY_SPANS))])
def test_days_with_times_of_day_are_one_span(text: str, want: tuple[str, str]) -> None:
    assert [(g[1], g[2]) for g in _dates(text, "2019-06-10")] == [want]


# ---------------------------------------------------------------- dates: the Tết the article names gives its year
def test_tet_named_by_its_lunar_year_dates_the_article():
    got = _dates("Tối 30 Tết (4-2), Bộ trưởng thăm bệnh nhân trực Tết Kỷ Hợi tại Bệnh viện Việt Đức. "
                 "Số ca cấp cứu tăng so với cùng kỳ tết 2018.")
    assert ("4-2", "2019-02-04", "2019-02-04") in got


def test_december_before_the_tet_is_the_year_before():
    got = _dates("Để có đủ máu cho dịp Tết Kỷ Hợi 2019, ngày 28-12, Hội Chữ thập đỏ phát động chiến dịch "
                 "hiến máu, chỉ tiêu đến ngày 10-3-2019 là 50.000 túi máu.")
    assert ("ngày 28-12", "2018-12-28", "2018-12-28") in got


def test_the_1968_offensive_dates_no_article():
    got = _dates("Ông từng tham gia chiến dịch Tết Mậu Thân. Sáng 5/2, ông được tặng quà.")
    assert [g[1] for g in got] == ["XXXX-02-05"]


# ---------------------------------------------------------------- figures: a day of Tết is no count
def test_day_of_tet_is_no_figure():
    got = _figures("Từ 27 tết, bệnh viện mổ 38 ca cấp cứu. Đến 30 tết vẫn còn 600 người bệnh.")
    assert [(g[1], g[2]) for g in got] == [(38.0, "ca"), (600.0, "người bệnh")]


# ---------------------------------------------------------------- dates: from a day to a month
def test_span_from_a_day_to_a_month():
    got = _dates("Từ ngày 23-3 đến đầu tháng 4, bệnh viện đã tiếp nhận 10 người bị chó cắn.")
    assert got == [("Từ ngày 23-3 đến đầu tháng 4", "XXXX-03-23", "XXXX-04")]


def test_span_from_a_day_to_a_month_of_a_written_year():
    got = _dates("Từ ngày 14-9 đến hết tháng 1-2018, nhóm này lấy trộm thuốc của bệnh viện.")
    assert got == [("Từ ngày 14-9 đến hết tháng 1-2018", "2017-09-14", "2018-01")]


# ---------------------------------------------------------------- dates: a named day dates what follows it
NAMED_DAYS = [
    ("Đúng Ngày Quốc tế Thiếu nhi 1-6, chương trình tặng quà cho bệnh nhi.", ("1-6", "2018-06-01")),
    ("Nhân Ngày Thầy thuốc Việt Nam 27-2, Bộ trưởng thăm các bệnh viện.", ("27-2", "2018-02-27")),
    ("Trong các ngày nghỉ dịp Quốc khánh 2/9, bệnh viện vẫn trực cấp cứu.", ("2/9", "2017-09-02")),
]


@pytest.mark.parametrize("text,want", NAMED_DAYS, ids=[f"named-day-{i}" for i in range(len(NAMED_DAYS))])
def test_named_day_dates_the_day_after_it(text: str, want: tuple[str, str]) -> None:
    assert [(g[0], g[1]) for g in _dates(text, "2018-06-10")] == [want]


def test_named_day_before_a_count_is_no_date():
    assert _dates("Ngày Bệnh viện mở cửa 5-7 người đến khám.", "2018-06-10") == []
