"""Table tests for leaders the press names by their place alone (our own sentences):
"Chủ tịch tỉnh X" and "Phó chủ tịch Đà Nẵng Y" lead the place's people's committee,
"Bí thư TP HCM Z" its Party committee; "ĐBQH" is a deputy of the Quốc hội and
"Phó chủ tịch HĐQT" a board's vice-chair."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2018-06-15"


def roles(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    return {(o.name, o.title, o.organization) for o in doc.officials}


CASES = [
    ("Chủ tịch tỉnh Quảng Bình Lê Văn Hòa yêu cầu làm rõ vụ việc.",
     {("Lê Văn Hòa", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")}),
    ("Ông Trịnh Minh Sơn, Phó chủ tịch TP Cần Thơ, đến thăm các bệnh nhân.",
     {("Trịnh Minh Sơn", "Phó chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ")}),
    ("Phó chủ tịch Hải Phòng Đào Văn Lợi kiểm tra công tác phòng dịch.",
     {("Đào Văn Lợi", "Phó chủ tịch", "Ủy ban nhân dân thành phố Hải Phòng")}),
    ("Bí thư TP HCM Trần Quốc Bảo thăm các y bác sĩ.",
     {("Trần Quốc Bảo", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh")}),
    ("Phó bí thư tỉnh Quảng Bình Hồ Văn Lâm dự lễ khánh thành bệnh viện.",
     {("Hồ Văn Lâm", "Phó bí thư", "Tỉnh ủy Quảng Bình")}),
    ("Bí thư Cần Thơ Lữ Văn Bình đến thăm bệnh viện.",
     {("Lữ Văn Bình", "Bí thư", "Thành ủy Cần Thơ")}),
    # a place with nobody named after it, a foreign head of state: no role
    ("Chủ tịch Hải Phòng cho biết thành phố sẽ hỗ trợ.", set()),
    ("Chủ tịch Trung Quốc Lý Minh Hào thăm bệnh viện.", set()),
    ("ĐBQH Trần Thị Hạnh cho rằng cần sửa Luật Khám bệnh, chữa bệnh.",
     {("Trần Thị Hạnh", "Đại biểu Quốc hội", "Quốc hội")}),
    ("Bà Đỗ Thu Hà, Phó chủ tịch HĐQT Công ty Dược Sao Mai, cho biết.",
     {("Đỗ Thu Hà", "Phó Chủ tịch Hội đồng quản trị", "Công ty Dược Sao Mai")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected
