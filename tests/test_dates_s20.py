"""Dates, s20: a holiday cue ("lễ", "dịp") dates the day/month after it whatever noun
follows, a compact cross-month span "30/4-1/5" included; "kỳ nghỉ" is a cue too, while a
fraction after "nghỉ" stays a fraction. Our own sentences."""
from __future__ import annotations

from extractors import dates, sentences, textnorm
from extractors.doc import Doc


def found(text: str) -> dict[str, tuple[str, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return {d.text: (d.date_start, d.date_end) for d in dates.extract(doc).dates}


def test_a_compact_holiday_span_before_a_noun_is_a_date() -> None:
    got = found("Dự báo dịp lễ 2/9-3/9 người dân về quê đông, bệnh viện tăng cường trực.")
    assert got.get("2/9-3/9") == ("XXXX-09-02", "XXXX-09-03")


def test_a_holiday_day_before_a_noun_is_a_date() -> None:
    got = found("Ngày lễ 27/7 bệnh viện tổ chức thăm hỏi thương binh.")
    assert got.get("27/7") == ("XXXX-07-27", "XXXX-07-27")


def test_a_holiday_break_dates_its_days() -> None:
    got = found("Trong kỳ nghỉ 2/9 sắp tới, các cơ sở y tế phải bố trí trực cấp cứu.")
    assert got.get("2/9") == ("XXXX-09-02", "XXXX-09-02")


def test_half_a_day_off_is_no_date() -> None:
    assert found("Cán bộ được nghỉ 1/2 ngày để đi khám sức khỏe.") == {}
