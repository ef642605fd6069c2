"""Figures, s40: "khoản" before a sum is "an amount", not a law's clause ("khoản 5 tỉ USD"), while
"khoản 2 Điều 15" stays no figure; counted nouns led by a stop-listed syllable ("hành tinh", "lý do",
"nghị quyết", "nghị sỹ", "chỉ vàng") are named, so their numbers are counts. Our own sentences."""
from __future__ import annotations

import pytest

from extractors import figures, sentences, textnorm
from extractors.doc import Doc


def pairs(text: str) -> list[tuple[float, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return [(f.value, f.unit) for f in figures.extract(doc).figures]


@pytest.mark.parametrize("text, value, unit", [
    ("Bệnh viện vẫn chưa thu hồi được khoản 12,5 tỉ đồng tạm ứng cho nhà thầu.", 12_500_000_000.0, "đồng"),
    ("Quốc hội chưa duyệt khoản 3 triệu USD dành cho chương trình tiêm chủng.", 3_000_000.0, "USD"),
    ("Mỗi hộ nghèo được nhận khoản 500.000 đồng tiền hỗ trợ.", 500_000.0, "đồng"),
])
def test_a_sum_after_khoan_is_money(text: str, value: float, unit: str) -> None:
    assert (value, unit) in pairs(text)


def test_a_clause_of_a_decree_is_no_figure() -> None:
    assert pairs("Cơ sở bị xử phạt theo khoản 2 Điều 15 Nghị định 117 của Chính phủ.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Kính thiên văn đã phát hiện 4 hành tinh quay quanh ngôi sao lùn.", 4.0, "hành tinh"),
    ("Giám đốc Sở nêu 3 lý do khiến bệnh nhân vượt tuyến.", 3.0, "lý do"),
    ("Kỳ họp dự kiến thông qua 12 nghị quyết về y tế và giáo dục.", 12.0, "nghị quyết"),
    ("Năm qua, Chính phủ đã ban hành 5 nghị định hướng dẫn Luật Dược.", 5.0, "nghị định"),
    ("Có 40 nghị sỹ đã ký vào bức thư gửi bộ trưởng.", 40.0, "nghị sỹ"),
    ("Kẻ gian đã lấy đi 15 chỉ vàng của gia đình bệnh nhân.", 15.0, "chỉ vàng"),
])
def test_a_named_noun_after_a_number_is_counted(text: str, value: float, unit: str) -> None:
    assert (value, unit) in pairs(text)


def test_a_clause_before_a_decree_stays_no_count() -> None:
    assert pairs("Hành vi này vi phạm điều 5 nghị định 72 của Chính phủ.") == []
