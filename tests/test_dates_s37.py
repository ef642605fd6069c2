"""Dates, s37: "từ đầu năm (YYYY) đến (ngày) D/M" is the year so far, one span from 1 January
to that day, not the day alone (a day written with its year stays a date of its own), and not
a count ("đến 2.5 triệu lượt"); a date with a space beside its slash ("ngày 4/ 4/2017") is read.
Our own sentences."""
from __future__ import annotations

import pytest

from extractors import dates, sentences, textnorm
from extractors.doc import Doc


def found(text: str, published: str | None = None) -> dict[str, tuple[str, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published=published)))
    return {d.text: (d.date_start, d.date_end) for d in dates.extract(doc).dates}


def test_the_year_so_far_with_its_year_is_one_span() -> None:
    got = found("Từ đầu năm 2020 đến ngày 12/6, tỉnh ghi nhận 85 ca sởi.")
    assert got == {"Từ đầu năm 2020 đến ngày 12/6": ("2020-01-01", "2020-06-12")}


def test_a_day_with_its_year_stays_a_date_of_its_own() -> None:
    got = found("Theo Sở Y tế, từ đầu năm đến hết ngày 3-9-2018 thành phố có 410 ca tay chân miệng.")
    assert got == {"ngày 3-9-2018": ("2018-09-03", "2018-09-03")}


def test_the_year_so_far_in_a_dated_article() -> None:
    got = found("Kể từ đầu năm tới 20/5, huyện có 12 ca sốt xuất huyết.", published="2021-05-25")
    assert got == {"Kể từ đầu năm tới 20/5": ("2021-01-01", "2021-05-20")}


def test_two_years_are_left_to_the_mixed_ranges() -> None:
    got = found("Từ đầu năm 2018 đến ngày 5/3/2019, tỉnh có 50 ca.")
    assert ("2018-01-01", "2019-03-05") not in got.values()


def test_a_count_after_the_year_so_far_is_no_date() -> None:
    assert found("Số ca từ đầu năm đến 1.000 ca là quá nhiều.") == {}


def test_a_decimal_count_after_the_year_so_far_is_no_date() -> None:
    assert found("Lượng khách đến tỉnh từ đầu năm tới 4.5 triệu lượt, tăng mạnh.") == {}
    assert found("Số ca nhập viện từ đầu năm đến 1.6 lần cùng kỳ năm trước.") == {}


def test_a_fraction_after_the_year_so_far_is_no_date() -> None:
    assert found("Từ đầu năm đến 3/4 số xã đã được phun hóa chất.") == {}


def test_a_dotted_day_after_the_word_day_is_the_year_so_far() -> None:
    got = found("Từ đầu năm đến ngày 15.4, thành phố có 96 ca sởi.", published="2022-04-20")
    assert got == {"Từ đầu năm đến ngày 15.4": ("2022-01-01", "2022-04-15")}


def test_a_dotted_day_in_an_article_that_dots_its_days() -> None:
    text = "Sáng 20.5, Sở Y tế họp báo. Từ đầu năm tới 18.5, tỉnh có 30 ca sốt xuất huyết."
    got = found(text, published="2022-05-21")
    assert got["Từ đầu năm tới 18.5"] == ("2022-01-01", "2022-05-18")


def test_a_bare_dotted_number_in_an_article_that_writes_days_with_slashes() -> None:
    text = "Sáng 20/5, Sở Y tế họp báo. Chỉ tiêu từ đầu năm tới 2.5, vượt kế hoạch."
    assert found(text, published="2022-05-21") == {"Sáng 20/5": ("2022-05-20", "2022-05-20")}


@pytest.mark.parametrize("text,expected", [
    ("Phòng khám bị đình chỉ hoạt động từ ngày 6/ 3/2019 theo quyết định của Sở Y tế.",
     {"từ ngày 6/ 3/2019": ("2019-03-06", "2019-03-06")}),
    ("Thông tư được ký ngày 12/10/ 2016 và có hiệu lực sau 45 ngày.",
     {"ngày 12/10/ 2016": ("2016-10-12", "2016-10-12")}),
    ("Bệnh viện thành lập ngày 20 / 11 / 1998 trên cơ sở một trạm xá cũ.",
     {"ngày 20 / 11 / 1998": ("1998-11-20", "1998-11-20")}),
    ("Ngày 14/ 3, Sở Y tế tỉnh Lào Cai tổ chức hội nghị.",
     {"Ngày 14/ 3": ("2021-03-14", "2021-03-14")}),
    ("Chiều 2 /9, đoàn công tác đến thăm bệnh viện.",
     {"Chiều 2 /9": ("2021-09-02", "2021-09-02")}),
])
def test_a_date_with_a_space_beside_its_slash(text: str, expected: dict) -> None:
    assert found(text, published="2021-12-20") == expected


@pytest.mark.parametrize("text", [
    "Số xã đạt chuẩn 46 / 21,5% tổng số xã của tỉnh.",
    "Đội khách thắng với tỷ số 3/ 1 sau hai hiệp.",
    "Mỗi ngày uống 1/ 2 viên sau bữa ăn.",
    "Khoảng 2 / 3 số người được hỏi chưa tiêm mũi nhắc lại.",
])
def test_a_spaced_fraction_or_score_is_no_date(text: str) -> None:
    assert found(text, published="2021-12-20") == {}


def test_a_noun_after_the_word_day_starts_the_clause() -> None:
    got = found("Từ đầu năm đến ngày 12/9 Bệnh viện Bạch Mai đã điều trị 120 ca.", published="2023-09-20")
    assert got == {"Từ đầu năm đến ngày 12/9": ("2023-01-01", "2023-09-12")}


def test_a_noun_after_a_slashed_day_starts_the_clause() -> None:
    got = found("Từ đầu năm đến 25/8 tỉnh Long An có 1.320 ca sốt xuất huyết.", published="2023-09-01")
    assert got == {"Từ đầu năm đến 25/8": ("2023-01-01", "2023-08-25")}
    got = found("Từ đầu năm đến 31/5 trẻ dưới 2 tuổi chiếm một nửa số ca.", published="2023-06-10")
    assert got == {"Từ đầu năm đến 31/5": ("2023-01-01", "2023-05-31")}


def test_a_dotted_number_without_the_word_day_still_counts() -> None:
    text = "Sáng 20.5, Sở Y tế họp báo. Lượng khách từ đầu năm tới 2.5 triệu lượt."
    assert "Từ đầu năm tới 2.5" not in found(text, published="2022-05-21")
    assert "từ đầu năm tới 2.5" not in found(text, published="2022-05-21")
