"""Cooperation families added in stop 18, each with sentences written for the test:
meetings ("họp với") and partnerships ("liên kết với") as cues; a pair of parties
each followed by a parenthesised short name or ticker; an official written by
title and name, with no organisation in between, as their body working with another."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def links(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published="2024-08-15"), EXTRACTION)
    return {(c.source, c.target, c.kind) for c in doc.cooperations}


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((c[0], c[1])) for c in links(text)}


PAIR_CASES = [
    # --- "A họp với B", "A liên kết với B"
    ("Chiều 12/3, Sở Y tế Quảng Ninh đã họp với Cục Quản lý Dược để bàn việc cung ứng thuốc.",
     {frozenset(("Sở Y tế Quảng Ninh", "Cục Quản lý Dược"))}),
    ("Bệnh viện Đa khoa tỉnh Nam Định liên kết với Bệnh viện Phụ sản Trung ương mở đơn vị hỗ trợ sinh sản.",
     {frozenset(("Bệnh viện Đa khoa tỉnh Nam Định", "Bệnh viện Phụ sản Trung ương"))}),
    # --- a head of government written by title and name works with a body
    ("Sáng 9/5, Thủ tướng Phạm Minh Chính làm việc với lãnh đạo Viện Kiểm sát nhân dân tối cao về công tác phối hợp.",
     {frozenset(("Chính phủ", "Viện Kiểm sát nhân dân tối cao"))}),
    ("Thủ tướng Australia Scott Morrison làm việc với Bệnh viện Quân y 103.",
     {frozenset(("Chính phủ Australia", "Bệnh viện Quân y 103"))}),
    ("Ngày 5/3, Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam đã có cuộc làm việc với Bệnh viện Đại học Osaka.",
     {frozenset(("Đại sứ quán Việt Nam tại Nhật Bản", "Bệnh viện Đại học Osaka"))}),
    # the title names its organisation: that end acts, as before
    ("Chiều 3/4, Chủ tịch UBND tỉnh Nghệ An Nguyễn Xuân Đường làm việc với Bệnh viện Hữu nghị Đa khoa Nghệ An.",
     {frozenset(("Nghệ An", "Bệnh viện Hữu nghị Đa khoa Nghệ An"))}),
    # --- "A (X) và B (Y) ký kết / sẽ hợp tác": a short name or ticker after each party
    ("Công ty Cổ phần Traphaco (TRA) và Công ty Cổ phần Dược phẩm Imexpharm (IMP) đã ký kết "
     "thỏa thuận hợp tác phân phối.",
     {frozenset(("Công ty Cổ phần Traphaco", "Công ty Cổ phần Dược phẩm Imexpharm"))}),
    ("Tập đoàn Bảo Việt (mã CK: BVH) và Bệnh viện Đa khoa Tâm Anh sẽ hợp tác với nhau về bảo lãnh viện phí.",
     {frozenset(("Tập đoàn Bảo Việt", "Bệnh viện Đa khoa Tâm Anh"))}),
]


@pytest.mark.parametrize("text,expected", PAIR_CASES)
def test_pairs(text, expected):
    assert pairs(text) == expected


NEGATIVE = [
    # a meeting of no named partner, a bare "cuộc họp" with the press
    "Chiều 5/7, Bệnh viện Nhi Trung ương tổ chức cuộc họp với các bên liên quan.",
    "Tại cuộc họp với báo chí, đại diện Sở Y tế Hà Nam cho biết đã xử phạt cơ sở vi phạm.",
    # a head who directs or visits is no party
    "Thủ tướng Phạm Minh Chính yêu cầu Bộ Y tế phối hợp với các địa phương.",
    "Phó Thủ tướng Lê Thành Long thăm Bệnh viện Đa khoa tỉnh Lạng Sơn.",
    # punctuation inside an aside does not join two clauses' parties
    "Bệnh viện Đa khoa tỉnh Hà Giang (cơ sở 2: xã Phương Thiện) và Bệnh viện Mắt Hà Giang tổ chức đón tết cho bệnh nhân.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert links(text) == set()


def test_from_what_not_whom():
    """"từ <thing>, B …": B opens the next clause and gives nothing to the cue's subject."""
    text = ("Để xử lý việc Công ty TNHH Minh Hà liên kết với một xưởng làm thuốc từ bột tre"
            ", Sở Y tế Hải Dương đã chuyển hồ sơ sang cơ quan điều tra.")
    assert not any("Sở Y tế Hải Dương" in (a, b) for a, b, _ in links(text))


SAMPLE_CASES = [
    # "A lấy mẫu … gửi đến B (xét nghiệm)": B tests for A
    ("Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình đã lấy 12 mẫu nước gửi đến Viện Pasteur Nha Trang để xét nghiệm.",
     {("Viện Pasteur Nha Trang", "Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình", "support")}),
    ("Bệnh viện Đa khoa tỉnh Gia Lai lấy mẫu bệnh phẩm của bệnh nhân chuyển về Viện Vệ sinh dịch tễ Tây Nguyên.",
     {("Viện Vệ sinh dịch tễ Tây Nguyên", "Bệnh viện Đa khoa tỉnh Gia Lai", "support")}),
]


@pytest.mark.parametrize("text,expected", SAMPLE_CASES)
def test_samples(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize("text", [
    # a form ("biểu mẫu", "theo mẫu") is no sample
    "Các hộ dân đã ký vào biểu mẫu gửi lên Ủy ban nhân dân huyện Sơn Tây.",
])
def test_samples_negative(text):
    assert links(text) == set()


def test_and_opens_a_clause():
    """"A cử chuyên gia hỗ trợ điều phối và B đã cử …": B starts a clause of its own."""
    text = ("Bệnh viện Chợ Rẫy đã cử chuyên gia hỗ trợ điều phối và Bệnh viện Nhân dân 115 đã cử "
            "hai kíp cấp cứu đến hiện trường.")
    assert links(text) == set()
