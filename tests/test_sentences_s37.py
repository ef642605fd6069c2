"""Sentences, s37: a credit that lost its line break ("Nguồn: internet", "(Ảnh: chụp màn hình)")
no longer takes the next paragraph's sentence with it. Our own sentences."""
from __future__ import annotations

import pytest

from extractors import sentences


def split(text: str) -> list[str]:
    """The splitter alone: a short credit line is chrome (textnorm) before it gets here."""
    return [text[s:e] for s, e in sentences.split(text)]


@pytest.mark.parametrize("text,expected", [
    # a lower-case credit: the text resumes at the next capital
    ("Nguồn: internet Theo đó, Sở Y tế tỉnh Nam Định cấp phép cho 12 phòng khám mới trong năm.",
     ["Theo đó, Sở Y tế tỉnh Nam Định cấp phép cho 12 phòng khám mới trong năm."]),
    ("Ảnh: cắt từ clip “Chúng tôi đã cấp cứu cho cháu bé suốt 3 tiếng đồng hồ”, bác sĩ Hùng kể.",
     ["“Chúng tôi đã cấp cứu cho cháu bé suốt 3 tiếng đồng hồ”, bác sĩ Hùng kể."]),
    ("Ảnh: suckhoe.vn Bệnh viện Nhi Trung ương tiếp nhận 40 trẻ mắc sởi trong tuần qua.",
     ["Bệnh viện Nhi Trung ương tiếp nhận 40 trẻ mắc sởi trong tuần qua."]),
    # a bracketed credit ends at its bracket, whatever its case
    ("(Ảnh: chụp màn hình) Đoạn video ghi lại cảnh nhân viên y tế bị hành hung tại phòng khám.",
     ["Đoạn video ghi lại cảnh nhân viên y tế bị hành hung tại phòng khám."]),
    ("(Nguồn: báo Hải Dương) Ngày 3/4, Sở Y tế họp khẩn.",
     ["Ngày 3/4, Sở Y tế họp khẩn."]),
    # an agency after a slash: the text no longer starts "/TTXVN)"
    ("(Ảnh: AFP/TTXVN) Theo Bộ Y tế, cả nước có 200 ca tay chân miệng.",
     ["Theo Bộ Y tế, cả nước có 200 ca tay chân miệng."]),
    # two credits in a row
    ("Ảnh: internet Ảnh: minh họa Bộ Y tế yêu cầu các bệnh viện rà soát lại quy trình tiêm chủng.",
     ["Bộ Y tế yêu cầu các bệnh viện rà soát lại quy trình tiêm chủng."]),
])
def test_text_after_a_credit_is_kept(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize("text", [
    "Ảnh: internet",
    "(Ảnh: tư liệu)",
    # a newspaper's name runs on in lower-case words: no rule tells where it ends
    "Ảnh: báo Sức khỏe và đời sống Các bác sĩ đang hội chẩn cho bệnh nhân nặng.",
    # four lower-case words are a caption, not a credit
    "Ảnh: bác sĩ khám cho bệnh nhân Bệnh viện Đa khoa tỉnh tại xã vùng cao.",
])
def test_a_credit_alone_gives_no_sentence(text: str) -> None:
    assert split(text) == []
