"""Session 23: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

# the session-22 helpers run the real front of the pipeline (textnorm -> sentences -> dates
# -> legal -> figures); tests/ is on sys.path under pytest's default import mode
from test_ldf_s22 import _dates, _doc, _figures

from extractors import legal


# ---------------------------------------------------------------- dates: a week's span of days
def test_week_span_with_dotted_month():
    got = _dates("Trong tuần từ 6- 12.5, toàn thành phố ghi nhận 41 ca sốt xuất huyết.", "2024-05-15")
    assert [(g[1], g[2]) for g in got] == [("2024-05-06", "2024-05-12")]


def test_weekend_span_without_from():
    got = _dates("Dịp cuối tuần 18-19/5, các điểm tiêm chủng vẫn mở cửa.", "2024-05-15")
    assert [(g[1], g[2]) for g in got] == [("2024-05-18", "2024-05-19")]


def test_week_span_ending_a_clause():
    got = _dates("Đó là những chỉ đạo nổi bật của ngành y tế tuần 13 - 17/5.", "2024-05-20")
    assert [(g[1], g[2]) for g in got] == [("2024-05-13", "2024-05-17")]


def test_week_before_a_count_range_is_no_date():
    assert _dates("Mỗi tuần bệnh nhân chạy thận 2-3 lần.", "2024-05-15") == []


# ---------------------------------------------------------------- figures
def test_counted_nouns_whose_first_word_is_common():
    got = {(v, u) for _t, v, u in _figures(
        "Bộ đề xuất bãi bỏ 320 điều kiện kinh doanh, cắt giảm 45/120 thủ tục hành chính và "
        "giảm 18 đầu mối trực thuộc.")}
    assert {(320.0, "điều kiện"), (45.0, "thủ tục hành chính"), (18.0, "đầu mối")} <= got


def test_tools_and_systems_are_counted():
    got = {(v, u) for _t, v, u in _figures(
        "Đoàn kiểm tra đã xử lý gần 5.400 dụng cụ chứa nước và lắp đặt 3 hệ thống lọc nước.")}
    assert {(5400.0, "dụng cụ"), (3.0, "hệ thống")} <= got


def test_brothers_are_counted():
    assert ("4 anh em", 4.0, "anh em") in _figures("Gia đình có 4 anh em đều làm nghề y.")


def test_an_amount_paid_once_or_each_time():
    got = _figures("Bác sĩ về xã được hỗ trợ một lần 120 triệu đồng, mỗi lần trực 300.000 đồng.")
    assert ("120 triệu đồng", 120_000_000.0, "đồng") in got
    assert ("300.000 đồng", 300_000.0, "đồng") in got


def test_a_second_time_is_no_amount():
    assert _figures("Bệnh nhân nhập viện lần 2 trong tháng.") == []


def test_dollars_keep_the_word_the_text_writes():
    got = _figures("Tổ chức này tài trợ 250.000 đô la và 1,2 triệu USD cho dự án.")
    assert ("250.000 đô la", 250_000.0, "đô la") in got
    assert ("1,2 triệu USD", 1_200_000.0, "USD") in got


def test_sums_spelled_in_words():
    got = _figures("Gia đình đã chi gần một tỷ đồng, được nhà hảo tâm ủng hộ hai triệu USD.")
    assert ("gần một tỷ đồng", 1_000_000_000.0, "đồng") in got
    assert ("hai triệu USD", 2_000_000.0, "USD") in got


def test_counts_spelled_in_words_stay_out():
    # counts of people in words are read since stop 29 (test_ldf_s29); other nouns stay out
    assert _figures("Hai nước ký ba hiệp định, hai bên thống nhất bốn nội dung.") == []


def test_a_size_is_no_figure():
    got = _figures("Khối u kích thước 4 x 3cm, dị vật 0,6x0,4cm; bệnh viện đã mổ cho 12 bệnh nhân.")
    assert got == [("12 bệnh nhân", 12.0, "bệnh nhân")]


# ---------------------------------------------------------------- legal
def test_a_city_abbreviation_inside_a_scheme_title():
    doc = legal.extract(_doc("Sở Y tế triển khai Đề án chăm sóc sức khỏe ban đầu cho 5.000 người dân "
                             "TP. HCM và các tỉnh lân cận."))
    assert [d.title for d in doc.legal_documents] == [
        "Đề án chăm sóc sức khỏe ban đầu cho 5.000 người dân TP. HCM và các tỉnh lân cận"]


def test_one_guessed_unit_per_value():
    got = _figures("Có 36 khách bị ngộ độc trong tổng số 36 khách du lịch của đoàn.")
    assert {(v, u) for _t, v, u in got} == {(36.0, "khách")}
