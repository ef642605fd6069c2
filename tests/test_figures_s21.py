"""Figures, s21: after "mỗi/hằng/hàng" a time word (tháng, ngày, tuần, năm) is a rate's,
so the number after it is a count ("hằng tháng 4,5 triệu đồng"), not a date part. Our own
sentences."""
from __future__ import annotations

from extractors import figures, sentences, textnorm
from extractors.doc import Doc


def pairs(text: str) -> list[tuple[float, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return [(f.value, f.unit) for f in figures.extract(doc).figures]


def test_a_monthly_sum_is_a_figure() -> None:
    assert pairs("Bệnh viện phải bồi thường cho gia đình hằng tháng 4,5 triệu đồng.") == [
        (4500000.0, "đồng")]


def test_a_daily_count_is_a_figure() -> None:
    assert pairs("Khoa cấp cứu tiếp nhận mỗi ngày 120 ca.") == [(120.0, "ca")]


def test_a_month_with_its_number_is_still_no_figure() -> None:
    assert pairs("Trong tháng 5 bệnh viện khám cho trẻ em.") == []
