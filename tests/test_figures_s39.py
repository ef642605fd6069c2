"""Figures, s39: counted nouns the fallback turned away because their first syllable is a
title or function word ("bà cháu", "ông cháu", "bố con", "điều ước") or a single letter ("y lệnh")
are named, so their numbers are counts; an article's "Điều 5" stays no figure. Our own
sentences."""
from __future__ import annotations

import pytest

from extractors import figures, sentences, textnorm
from extractors.doc import Doc


def pairs(text: str) -> list[tuple[float, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return [(f.value, f.unit) for f in figures.extract(doc).figures]


@pytest.mark.parametrize("text, unit, value", [
    ("Chiếc xe tải mất lái đâm vào 3 bà cháu đang đứng chờ xe buýt.", "bà cháu", 3.0),
    ("Cả 2 ông cháu được người dân đưa vào bệnh viện huyện.", "ông cháu", 2.0),
    ("Trong ca trực đêm, bác sĩ đã ký 12 y lệnh điều trị cho bệnh nhân.", "y lệnh", 12.0),
    ("Quỹ đã thực hiện hơn 250 điều ước cho các bệnh nhi ung thư.", "điều ước", 250.0),
])
def test_a_named_noun_after_a_number_is_counted(text: str, unit: str, value: float) -> None:
    assert (value, unit) in pairs(text)


def test_a_father_and_his_children_are_counted() -> None:
    assert pairs("Vụ cháy khiến 2 bố con bị bỏng nặng.") == [(2.0, "bố con")]


def test_a_kin_group_the_fallback_reads_stays() -> None:
    assert pairs("Bác sĩ đã cứu sống 2 mẹ con sản phụ.") == [(2.0, "mẹ con")]


def test_an_article_of_a_law_is_no_count() -> None:
    assert pairs("Theo Điều 5 Luật Khám bệnh, chữa bệnh, bệnh viện phải báo cáo.") == []


def test_a_single_letter_after_a_number_is_still_no_unit() -> None:
    assert pairs("Bệnh nhân nằm ở phòng 12 B của khoa nội.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Đoàn kiểm tra thấy chỉ 17/64 phòng điều trị có điều hòa nhiệt độ.", 17.0, "phòng"),
    ("Kết quả xét nghiệm cho thấy 38/150 mẫu dương tính với vi khuẩn.", 38.0, "mẫu"),
    ("Đội kiểm tra đã làm việc với 85/240 hộ kinh doanh thực phẩm.", 85.0, "hộ"),
])
def test_a_part_of_a_whole_past_twelve_is_counted_by_its_noun(text: str, value: float, unit: str) -> None:
    assert [(v, u) for v, u in pairs(text) if v == value and u.startswith(unit)]


def test_a_day_and_month_before_an_ambiguous_noun_stays_a_date() -> None:
    assert pairs("Sáng 21/6 con gái bà được đưa vào bệnh viện.") == []


def test_marks_out_of_a_maximum_are_no_count() -> None:
    assert pairs("Trong bài kiểm tra trí nhớ, ông đạt 28/30 điểm.") == []
