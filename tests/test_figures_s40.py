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


@pytest.mark.parametrize("text, value, unit", [
    ("Quỹ Canada tài trợ 2 triệu CAD cho dự án nước sạch của tỉnh.", 2_000_000.0, "CAD"),
    ("Bệnh nhân người Singapore đã chi hơn 16,5 triệu SGD cho ca ghép tạng.", 16_500_000.0, "SGD"),
    ("Viện phí của du khách lên tới 30.000 NDT.", 30_000.0, "NDT"),
    ("Chính phủ Australia viện trợ 5 triệu AUD để phòng chống sốt rét.", 5_000_000.0, "AUD"),
])
def test_a_currency_code_is_the_sums_unit(text: str, value: float, unit: str) -> None:
    assert pairs(text) == [(value, unit)]


def test_millions_before_a_currency_code_are_not_dong() -> None:
    assert all(u != "đồng" for _, u in pairs("Công ty bị phạt 13 triệu SGD vì vi phạm cạnh tranh."))


@pytest.mark.parametrize("text, value, unit", [
    ("Hội thảo thu hút hơn 40 nhà khoa học trong và ngoài nước.", 40.0, "nhà khoa học"),
    ("Đoàn kiểm tra đã rà soát 12 bất động sản của bệnh viện.", 12.0, "bất động sản"),
    ("Câu lạc bộ mời 3 huấn luyện viên thể lực về tập huấn.", 3.0, "huấn luyện viên"),
])
def test_a_guessed_unit_runs_to_the_end_of_its_compound(text: str, value: float, unit: str) -> None:
    assert (value, unit) in pairs(text)


def test_a_unit_that_is_a_word_does_not_run_into_a_compound_of_its_last_syllable() -> None:
    assert (3.0, "lái xe") in pairs("Công an đã xử phạt 3 lái xe máy vượt đèn đỏ.")


@pytest.mark.parametrize("text, code", [
    ("Đợt thu hồi sữa bột ảnh hưởng tới gần 3 triệu NTD ở các tỉnh phía Nam.", "NTD"),   # người tiêu dùng
    ("Khoa Tim mạch điều trị 18 CHF trong quý I.", "CHF"),   # chronic heart failure
])
def test_a_code_that_is_mostly_no_currency_is_no_sums_unit(text: str, code: str) -> None:
    assert all(u != code for _, u in pairs(text))
