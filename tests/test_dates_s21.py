"""Dates, s21: a list of days of one month runs upwards with one span at most, so "từ ngày
9-3 đến 10-5-2019" and "ngày 14-8, ngày 21-8" are dates of their own months; a d-m after a
weak cue ("trước", "từ", "vào") is a date when it counts down or a word places it in time.
Our own sentences."""
from __future__ import annotations

from extractors import dates, sentences, textnorm
from extractors.doc import Doc


def found(text: str) -> dict[str, tuple[str, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return {d.text: (d.date_start, d.date_end) for d in dates.extract(doc).dates}


def test_a_cross_month_range_keeps_its_first_month() -> None:
    got = found("Đợt kiểm tra diễn ra từ ngày 9-3 đến 10-5-2019 tại các bệnh viện.")
    assert got == {"từ ngày 9-3 đến 10-5-2019": ("2019-03-09", "2019-05-10")}


def test_two_dashed_dates_are_not_one_span() -> None:
    got = found("Đoàn làm việc tại tỉnh vào ngày 14-8, ngày 21-8 năm 2019.")
    assert got.get("ngày 14-8") == ("2019-08-14", "2019-08-14")
    assert ("2019-08-14", "2019-08-21") not in got.values()


def test_days_of_one_month_still_make_a_span() -> None:
    assert found("Hội nghị họp từ ngày 19-20/8/2023.") == {
        "từ ngày 19-20/8/2023": ("2023-08-19", "2023-08-20")}


def test_a_downward_pair_after_a_weak_cue_is_a_date() -> None:
    got = found("Sở Y tế yêu cầu bệnh viện xử lý dứt điểm vụ việc trước 20-7.")
    assert got == {"20-7": ("XXXX-07-20", "XXXX-07-20")}


def test_an_upward_pair_placed_in_time_is_a_date() -> None:
    got = found("Năm 2018, giá dịch vụ sẽ giảm từ 1-7 tới đây.")
    assert got.get("từ 1-7") == ("2018-07-01", "2018-07-01")


def test_an_upward_pair_of_counts_is_no_date() -> None:
    got = found("Bệnh nhân phải nằm viện từ 2-3 ngày. Trẻ từ 2-6 tuổi dễ mắc bệnh.")
    assert got == {}


def test_a_full_date_spaced_around_its_dashes() -> None:
    got = found("Các bệnh viện phải gửi dữ liệu điện tử từ 1 - 7 - 2018. Bà sinh ngày 12 - 3-1950.")
    assert got == {"từ 1 - 7 - 2018": ("2018-07-01", "2018-07-01"),
                   "ngày 12 - 3-1950": ("1950-03-12", "1950-03-12")}


def test_a_spaced_span_of_months_stays_months() -> None:
    got = found("Chiến dịch diễn ra từ tháng 10 - 12-2017 tại các xã.")
    assert got == {"từ tháng 10 - 12-2017": ("2017-10", "2017-12")}


def dated(text: str, published: str) -> dict[str, tuple[str, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published=published)))
    return {d.text: (d.date_start, d.date_end) for d in dates.extract(doc).dates}


def test_a_day_this_year_after_a_weak_cue_is_a_date() -> None:
    got = dated("Bệnh viện mới sẽ hoàn thành trước 30/9 năm nay.", "2018-05-02")
    assert got == {"30/9": ("2018-09-30", "2018-09-30")}


def test_last_and_next_year_after_a_day_move_it() -> None:
    got = dated("Ngày 9/1 năm ngoái, Sở đã cảnh báo; quy định mới có hiệu lực từ 1/1 năm sau.",
                "2018-05-02")
    assert got["Ngày 9/1"] == ("2017-01-09", "2017-01-09")
    assert got["từ 1/1"] == ("2019-01-01", "2019-01-01")


def test_a_fraction_this_year_is_no_date() -> None:
    assert dated("Số ca mắc đã giảm 1/3 năm nay.", "2018-05-02") == {}
