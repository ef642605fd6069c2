"""Session 36: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from pipeline.extract import extract
from pipeline.records import Article


def _extraction(text: str):
    """The whole extraction pipeline on `text` (pipeline.extract, as every job runs it)."""
    return extract(Article(source="test", title="", text=text))


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.date_start, d.date_end) for d in _extraction(text).dates]


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in _extraction(text).figures]


# ---------------------------------------------------------------- dates: "tức D/M"
def test_a_day_restated_after_tuc_is_a_date_s36() -> None:
    assert _dates("Đến sáng mùng 2 Tết (tức 16/2), bệnh viện còn 120 bệnh nhân nội trú.") == [
        ("16/2", "XXXX-02-16", "XXXX-02-16")]
    assert _dates("Sáng mai, tức 12-3, đoàn công tác sẽ về thăm trạm y tế xã.") == [
        ("12-3", "XXXX-03-12", "XXXX-03-12")]


def test_a_count_after_tuc_is_no_date_s36() -> None:
    assert _dates("Mỗi lớp 40 em, tức 2/3 số học sinh đã được tiêm.") == []


# ---------------------------------------------------------------- dates: "từ 1.6" in an article that writes "Sáng 30.5"
def test_a_dotted_day_after_a_cue_word_in_a_dotted_article_s36() -> None:
    text = ("Sáng 30.5, Bộ Y tế họp báo về giá dịch vụ khám bệnh. "
            "Từ 1.6, giá dịch vụ được điều chỉnh tại 20 tỉnh.")
    assert _dates(text) == [("Sáng 30.5", "XXXX-05-30", "XXXX-05-30"),
                            ("Từ 1.6", "XXXX-06-01", "XXXX-06-01")]
    text = "Theo báo cáo tháng 8.2017 của Sở, từ nay đến 15.9, các bệnh viện phải hoàn thành kiểm tra."
    assert ("15.9", "2017-09-15", "2017-09-15") in _dates(text)


def test_a_dotted_pair_is_a_decimal_without_dotted_days_s36() -> None:
    assert _dates("Từ 1.6, giá dịch vụ được điều chỉnh tại 20 tỉnh.") == []
    text = "Sáng 30.5, đoàn kiểm tra lấy mẫu rượu từ 5.5 đến dưới 15 độ."
    assert _dates(text) == [("Sáng 30.5", "XXXX-05-30", "XXXX-05-30")]


# ---------------------------------------------------------------- figures: "N triệu/m2"
def test_millions_per_unit_are_a_price_s36() -> None:
    assert _figures("Đất mặt phố ở đây 40 triệu/m2 nhưng vẫn đắt khách.") == [
        ("40 triệu", 40_000_000.0, "đồng")]
    assert _figures("Mỗi suất ăn của bệnh nhân được hỗ trợ thêm, nhà hảo tâm góp 2 triệu / người.") == [
        ("2 triệu", 2_000_000.0, "đồng")]


def test_millions_per_year_count_no_money_s36() -> None:
    assert _figures("Dân số thế giới tăng 80 triệu/năm.") == []


# ---------------------------------------------------------------- dates: a time of day before "D tháng M"
def test_a_time_of_day_before_day_thang_month_s36() -> None:
    assert _dates("Sáng 29 tháng 5, đoàn kiểm tra đến Bệnh viện Đa khoa tỉnh.") == [
        ("Sáng 29 tháng 5", "XXXX-05-29", "XXXX-05-29")]
    assert _dates("Bé mới chào đời được 1 tháng 6 ngày thì phải nhập viện.") == []


# ---------------------------------------------------------------- dates: spans and fractions after "từ"
def test_a_span_of_days_before_lan_nay_s36() -> None:
    assert _dates("Trong chuyến thăm từ 14/3 đến 2/4 lần này, đoàn sẽ làm việc với Bộ Y tế.") == [
        ("từ 14/3 đến 2/4", "XXXX-03-14", "XXXX-04-02")]


def test_fractions_of_an_amount_are_no_dates_s36() -> None:
    assert _dates("Nhiều trẻ nuốt từ 1/8 đến 1/4 lượng kem đánh răng mỗi lần chải.") == []
    assert _dates("Khu vực này cất giữ tới 1/4 lượng dầu chưa khai thác.") == []


# ---------------------------------------------------------------- review items (failing first)
def test_rates_and_densities_per_unit_are_no_money_s36() -> None:
    # review item 2: only a price's denominator makes bare millions money
    assert _figures("Số lượng tiểu cầu của bệnh nhân giảm còn 20 nghìn/mm3 máu.") == []
    assert _figures("Tải lượng virus của bệnh nhân là 2 triệu/ml.") == []
    assert _figures("Công suất xét nghiệm của bệnh viện đạt 10 nghìn/ngày.") == []
    assert _figures("Tỷ lệ mắc là 5 ca trên 1 triệu/dân.") == [("5 ca", 5.0, "ca")]


def test_fractions_and_decimals_after_tuc_are_no_dates_s36() -> None:
    # review item 5
    assert _dates("Số ca mắc giảm một nửa, tức 1/2.") == []
    assert _dates("Bệnh viện đã dùng hết 300 giường, tức 2/3.") == []
    assert _dates("Chỉ số này tăng gấp rưỡi, tức 1.5, cao hơn mức trung bình.") == []
    assert _dates("Độ pH của nước giảm xuống, tức 6.5.") == []
    assert _dates("Đến mùng 2 Tết (tức 1/2), bệnh viện còn 100 bệnh nhân.") == [
        ("1/2", "XXXX-02-01", "XXXX-02-01")]


def test_decimals_after_a_cue_in_a_dotted_article_are_no_dates_s36() -> None:
    # review item 6
    head = "Sáng 30.5, Sở Y tế Hà Nội họp. "
    for tail in ("Chỉ số BMI từ 1.8 trở lên.", "pH nước tiểu đến 6.5 thì an toàn.",
                 "Độ pH đạt từ 6.5, tốt cho sức khỏe.", "Nồng độ vượt ngưỡng từ 2.5, gây nguy hiểm.",
                 "Động đất mạnh 6.5 độ richter, đến 5.4 độ."):
        assert _dates(head + tail) == [("Sáng 30.5", "XXXX-05-30", "XXXX-05-30")], tail


def test_a_dotted_day_after_tuc_near_a_day_word_s36() -> None:
    assert _dates('Anh kể: "Hôm ấy (tức 28.5), tôi đi dự lễ tổng kết năm học."') == [
        ("28.5", "XXXX-05-28", "XXXX-05-28")]


# ---------------------------------------------------------------- dates: a rule in force from a day
def test_the_day_a_rule_takes_effect_whatever_follows_s36() -> None:
    assert _dates("Nghị định mới có hiệu lực từ 1/9 lần đầu tiên quy định mức phạt này.") == [
        ("từ 1/9", "XXXX-09-01", "XXXX-09-01")]
    assert _dates("Thông tư có hiệu lực thi hành từ 15/11 của Bộ Y tế quy định danh mục thuốc.") == [
        ("từ 15/11", "XXXX-11-15", "XXXX-11-15")]
