"""Session 34, second round: review 2's items on dates, figures and the first-letter look-aheads."""
from __future__ import annotations

from test_ldf_s22 import _dates
from test_ldf_s31 import _figures


# ---------------------------------------------------------------- item 4: a dose is no date
def test_a_dose_after_n_days_keeps_the_days_s34() -> None:
    assert _figures("Trẻ cần uống thuốc 5 ngày 2-3 lần.") == [("5 ngày", 5.0, "ngày")]
    assert _dates("Trẻ cần uống thuốc 5 ngày 2-3 lần.") == []
    assert _dates("Người lớn uống mỗi ngày 2-3 viên sau bữa ăn.") == []


def test_a_date_after_n_days_still_dates_s34() -> None:
    assert _figures("Chuyến bay 3411 ngày 9/4 đã hạ cánh an toàn.") == []
    assert _figures("Chuyến bay 3411 ngày 9-4 đã hạ cánh an toàn.") == []
    assert [d[0] for d in _dates("Chuyến bay 3411 ngày 9-4 đã hạ cánh an toàn.")] == ["ngày 9-4"]


# ---------------------------------------------------------------- item 5: an accented capital after "sao"
def test_stars_of_a_country_with_an_accented_capital_are_counted_s34() -> None:
    assert [f[0] for f in _figures("Lễ trao giải có sự tham gia của 10 sao Ấn Độ và 5 sao Hàn Quốc.")] == [
        "10 sao", "5 sao"]
    assert [f[0] for f in _figures("Chương trình mời 3 sao Úc sang biểu diễn.")] == ["3 sao"]


def test_a_rating_is_still_no_count_s34() -> None:
    assert _figures("Đoàn ở khách sạn 5 sao iPhone tặng kèm.") == []
    assert _figures("Khách sạn 4 sao ở trung tâm đã được trưng dụng.") == []
