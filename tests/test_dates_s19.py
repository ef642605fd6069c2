"""Dates, s19: a span of years gives a year-less date its year when nothing else does; the
"new school year Y1-Y2" is written about in Y1 (it starts that September), other spans
suggest their last year. Our own sentences."""
from __future__ import annotations

from extractors import dates, sentences, textnorm
from extractors.doc import Doc


def found(text: str) -> dict[str, str]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return {d.text: d.date_start for d in dates.extract(doc).dates}


def test_a_new_school_year_is_written_about_in_its_first_year() -> None:
    got = found("Sau khi tổng kết năm học 2021-2022, nhiều trường chưa thu bảo hiểm y tế học sinh.\n"
                "Chiều 15-7, Bảo hiểm xã hội huyện cho biết sẽ đôn đốc các trường trong năm học mới 2022-2023.")
    assert got["Chiều 15-7"] == "2022-07-15"


def test_another_span_suggests_its_last_year() -> None:
    got = found("Kế hoạch giai đoạn 2021-2023 đã được tổng kết.\nSáng 5/1, Sở Y tế họp báo.")
    assert got["Sáng 5/1"] == "2023-01-05"


def test_a_day_word_glued_to_its_date_is_still_a_date() -> None:
    # web pages that drop an inline tag glue "ngày" to the date ("Trước đó, ngày3/2/2021, …")
    got = found("Trước đó, ngày3/2/2021, Bệnh viện Đa khoa tỉnh tiếp nhận bệnh nhân.")
    assert got.get("ngày3/2/2021") == "2021-02-03"


def test_a_code_glued_to_digits_is_no_date() -> None:
    assert found("Lô thuốc mang số hiệu AB12/3/2021 bị thu hồi.") == {}


def test_a_holiday_names_its_dates() -> None:
    got = found("Sau kỳ nghỉ lễ 30/4 - 1/5, người về từ vùng dịch phải khai báo y tế.")
    assert got.get("30/4 - 1/5") == "XXXX-04-30"
