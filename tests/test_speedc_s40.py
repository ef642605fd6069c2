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


def test_a_name_before_the_number_is_asked_only_where_it_decides() -> None:
    # an ambiguous noun after a name's number is no count; a plain year after a name is no figure;
    # a counted noun after a lower-case word is counted without the question
    assert figures_of("Tổ công tác Trạm Y tế Phường 7 xe cứu thương đã có mặt kịp thời.") == []
    assert figures_of("Bệnh viện Quận 8 ca mắc mới được ghi nhận trong ngày.") == []
    assert figures_of("Giải Bóng đá Sinh viên 2019 có 24 đội tham gia.") == [(24.0, "đội")]
    assert figures_of("Đội Quản lý thị trường số 3 đã phát hiện 2 xe chở hàng lậu trên quốc lộ.") == [(2.0, "xe")]
    assert figures_of("Trung tâm đã khám cho 45 cháu nhỏ ở vùng cao.") == [(45.0, "cháu")]
