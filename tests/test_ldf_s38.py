"""Session 38: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from pipeline.extract import extract
from pipeline.records import Article


def _found(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, float, str]]]:
    """The dates and figures the whole pipeline (pipeline.extract, as every job runs it) finds."""
    art = extract(Article(source="test", title="", text=text))
    return ([(d.text, d.date_start, d.date_end) for d in art.dates],
            [(f.text, f.value, f.unit) for f in art.figures])


def _dates(text: str) -> list[tuple[str, str, str]]:
    return _found(text)[0]


def _figures(text: str) -> list[tuple[str, float, str]]:
    return _found(text)[1]


# ---------------------------------------------------------------- figures: nouns led by a stop-listed syllable
def test_counted_nouns_led_by_a_stop_listed_syllable_s38() -> None:
    assert _figures("Sở Giao thông vận tải sẽ xây thêm 5 cầu vượt đi bộ trước các bệnh viện.") == [
        ("5 cầu vượt", 5.0, "cầu vượt")]
    assert _figures("Hơn 120 nghị sĩ đã gửi thư tới Bộ trưởng Y tế.") == [
        ("Hơn 120 nghị sĩ", 120.0, "nghị sĩ")]
    assert _figures("Ông và 3 trợ lý được đưa đến bệnh viện gần nhất.") == [("3 trợ lý", 3.0, "trợ lý")]


def test_a_verb_led_by_a_stop_listed_syllable_is_still_no_unit_s38() -> None:
    assert _figures("Năm 2016 yêu cầu các bệnh viện báo cáo hằng tuần.") == []


def test_sisters_and_siblings_are_counted_like_brothers_s38() -> None:
    assert _figures("Vụ tai nạn khiến 2 chị em đang trên đường đi học bị thương nặng.") == [
        ("2 chị em", 2.0, "chị em")]
    assert _figures("Em là con út trong gia đình có 5 anh chị em ở huyện miền núi.") == [
        ("5 anh chị em", 5.0, "anh chị em")]



# ---------------------------------------------------------------- figures: a spelled count with its multiplier
def test_a_spelled_count_with_a_multiplier_is_a_figure_s38() -> None:
    assert _figures("Mỗi năm bệnh viện đón hơn một triệu lượt người bệnh đến khám.") == [
        ("hơn một triệu lượt người bệnh", 1000000.0, "lượt người bệnh")]
    assert _figures("Cả nước có khoảng hai nghìn người chờ ghép gan.") == [
        ("khoảng hai nghìn người", 2000.0, "người")]


def test_symptoms_are_no_multiplier_s38() -> None:
    assert _figures("Người bệnh thường có ba triệu chứng: sốt, ho và đau họng.") == []

# ---------------------------------------------------------------- dates: a late hour of the day
def test_a_late_hour_of_the_day_dates_the_day_s38() -> None:
    assert _dates("Chiều muộn 14/9, đoàn bác sĩ của bệnh viện tỉnh đã có mặt tại xã.") == [
        ("Chiều muộn 14/9", "XXXX-09-14", "XXXX-09-14")]
    assert _dates("Bệnh nhân được chuyển lên tuyến trên vào tối muộn 3-11.") == [
        ("tối muộn 3-11", "XXXX-11-03", "XXXX-11-03")]


def test_late_with_no_day_is_no_date_s38() -> None:
    assert _dates("Đến tối muộn, bệnh viện vẫn tiếp nhận 12 ca cấp cứu.") == []


# ---------------------------------------------------------------- dates: a range with a space beside a slash
def test_a_range_with_a_spaced_slash_is_one_span_s38() -> None:
    assert _dates("Đoàn khám bệnh miễn phí từ ngày 3/9 đến ngày 7/ 9/2022 tại các xã biên giới.") == [
        ("từ ngày 3/9 đến ngày 7/ 9/2022", "2022-09-03", "2022-09-07")]
    assert _dates("Đợt tiêm vắc xin sởi diễn ra từ ngày 21-22/ 10/2021 tại trạm y tế.") == [
        ("từ ngày 21-22/ 10/2021", "2021-10-21", "2021-10-22")]
    assert _dates("Từ ngày 14 / 6 đến 18 / 6, bệnh viện tạm dừng khám dịch vụ.") == [
        ("Từ ngày 14 / 6 đến 18 / 6", "XXXX-06-14", "XXXX-06-18")]


def test_spaced_fractions_are_no_range_s38() -> None:
    assert _dates("Tỷ lệ bao phủ tăng từ 1 / 3 đến 2 / 3 số xã trong huyện.") == []


# ---------------------------------------------------------------- dates: the next month of a list
def test_the_next_month_of_a_list_is_a_month_s38() -> None:
    got = _dates("Số ca tay chân miệng tăng từ tháng 9-2019 với 40 ca, tháng 10 có 65 ca và tháng 11 là 90 ca.")
    assert got == [("từ tháng 9-2019", "2019-09", "2019-09"), ("tháng 10", "2019-10", "2019-10"),
                   ("tháng 11", "2019-11", "2019-11")]


def test_a_lunar_month_of_a_list_is_no_month_s38() -> None:
    got = _dates("Lễ hội diễn ra vào tháng 2 năm 2019 và tháng 8 âm lịch tại đền.")
    assert [d for d in got if d[0] == "tháng 8"] == []


def test_a_month_after_a_listed_month_is_no_date_when_it_is_an_age_s38() -> None:
    """The listed-month cue reads "tháng 5" after "tháng 3 …, và" as a month, but not an age."""
    text = "Số ca sởi tăng nhanh trong tháng 3, và tháng 5 tuổi là độ tuổi trẻ dễ mắc nhất."
    assert [d[0] for d in _dates(text)] == ["tháng 3"]
