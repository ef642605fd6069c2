"""Session 40 speed work (speedc): the same answers, less work."""
from __future__ import annotations

from test_figures_s39 import pairs as figures_of   # (value, unit) of each figure read


def test_a_number_after_a_name_is_no_count_but_one_after_a_province_is() -> None:
    # the word test now runs before the province scan: both must still decide
    assert figures_of("Bệnh viện Quân y 103 đã khám miễn phí cho 250 người dân trong tuần qua.") == \
        [(250.0, "người dân")]
    assert figures_of("Trong năm, toàn tỉnh Hà Nam 15 bệnh viện đã triển khai bệnh án điện tử.") == \
        [(15.0, "bệnh viện")]
    assert figures_of("Năm nay Quận 5 có 12 trạm y tế đạt chuẩn quốc gia.") == [(12.0, "trạm y tế")]
