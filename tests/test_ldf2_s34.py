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
