"""Session 30 (b): a time span used as an adverbial is no figure; a duration that is the
reported statistic stays (own sentences in the press style)."""
from __future__ import annotations

from test_ldf_s30 import _figures


def _units(text: str) -> list[tuple[float, str]]:
    return [(v, u) for _, v, u in _figures(text)]


def test_a_span_after_a_preposition_is_no_figure_s30b() -> None:
    for text in ("Sau hơn 4 giờ phẫu thuật, bệnh nhân đã qua cơn nguy kịch.",
                 "Đề án được triển khai trong 3 năm với 120 bác sĩ tham gia.",
                 "Suốt 20 năm, bà đi khám bệnh miễn phí cho 5.000 người nghèo.",
                 "Cách đây 5 tháng, anh Nam được ghép thận tại bệnh viện.",
                 "Trong vòng 2 tuần, bệnh viện tiếp nhận 300 ca sốt xuất huyết.",
                 "Lúc cháu bé được 6 tháng, gia đình phát hiện bệnh tim bẩm sinh."):
        got = _units(text)
        assert not [u for _, u in got if u in ("giờ", "năm", "tháng", "tuần")], (text, got)
    assert (120.0, "bác sĩ") in _units("Đề án được triển khai trong 3 năm với 120 bác sĩ tham gia.")
    assert (300.0, "ca") in [(v, u.split()[0]) for v, u in
                             _units("Trong vòng 2 tuần, bệnh viện tiếp nhận 300 ca sốt xuất huyết.")]


def test_a_span_before_qua_nay_toi_is_no_figure_s30b() -> None:
    for text in ("Hơn 10 năm qua, trạm y tế xã chưa được sửa chữa.",
                 "Gần 3 năm nay, ông phải chạy thận 3 lần mỗi tuần.",
                 "Trong 5 năm tới, tỉnh sẽ xây thêm 2 bệnh viện.",
                 "Khoảng 30 phút sau, 12 học sinh có biểu hiện ngộ độc.",
                 "Việc phá thai từ 15 tuần trở đi có nhiều rủi ro."):
        got = _units(text)
        assert not [u for _, u in got if u in ("năm", "phút", "tuần")], (text, got)
    assert (2.0, "bệnh viện") in _units("Trong 5 năm tới, tỉnh sẽ xây thêm 2 bệnh viện.")
    assert (12.0, "học sinh") in _units("Khoảng 30 phút sau, 12 học sinh có biểu hiện ngộ độc.")


def test_a_duration_that_is_the_statistic_stays_s30b() -> None:
    assert (5.0, "ngày") in _units("Thời gian nằm viện trung bình 5 ngày, giảm 2 ngày so với năm trước.")
    assert (2.0, "ngày") in _units("Thời gian nằm viện trung bình 5 ngày, giảm 2 ngày so với năm trước.")
    assert (30.0, "phút") in _units("Bệnh viện rút ngắn thời gian chờ khám xuống còn 30 phút.")
    assert (7.0, "ngày") in _units("Thời gian điều trị trung bình 7 ngày sau mổ.")
    # the time a service takes: "mất" reports it
    assert (29.0, "tiếng") in _units("Trước đây một ca hội chẩn mất 29 tiếng, nay chỉ cần 2 phút.")
    # a range's "tới" joins two durations, no future
    assert (6.0, "tháng") in _units("Bệnh nhân thường mắc bệnh từ 6 tháng tới 1 năm.")


def test_con_n_nua_is_a_span_s30b() -> None:
    got = _units("Khi còn 6 tháng nữa đến tuổi nghỉ hưu, ông được điều động làm phó giám đốc.")
    assert not [u for _, u in got if u == "tháng"], got
    assert (30.0, "phút") in _units("Thời gian chờ khám giảm xuống còn 30 phút sau khi áp dụng phần mềm.")
