"""Table tests (session 22, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

DISTRICT_CASES = [
    # --- a district's Party committee named without its place: the district of another post
    ("Ông Lê Văn Khánh, huyện ủy viên, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa huyện Yên Mô, "
     "bị khiển trách.",
     {("Lê Văn Khánh", "Huyện ủy viên", "Huyện ủy Yên Mô"),
      ("Lê Văn Khánh", "Bí thư", "Đảng ủy Bệnh viện Đa khoa huyện Yên Mô"),
      ("Lê Văn Khánh", "Giám đốc", "Bệnh viện Đa khoa huyện Yên Mô")}),
    ("Bà Trịnh Thu Hà - Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch UBND quận Hải Châu chủ trì buổi họp.",
     {("Trịnh Thu Hà", "Ủy viên Ban Thường vụ", "Quận ủy Hải Châu"),
      ("Trịnh Thu Hà", "Phó Chủ tịch", "Ủy ban nhân dân quận Hải Châu")}),
    ("Ông Phan Văn Lộc - quận ủy viên, phó chủ tịch UBND quận 3 - được điều động về Sở Y tế.",
     {("Phan Văn Lộc", "Quận ủy viên", "Quận ủy Quận 3"),
      ("Phan Văn Lộc", "Phó chủ tịch", "Ủy ban nhân dân quận 3")}),
    # the district written right after the member's title
    ("Ông Hồ Văn Tâm - huyện ủy viên huyện Diễn Châu, nguyên Bí thư Đảng ủy xã Diễn Hải bị kỷ luật.",
     {("Hồ Văn Tâm", "Huyện ủy viên", "Huyện ủy Diễn Châu"),
      ("Hồ Văn Tâm", "nguyên Bí thư", "Đảng ủy xã Diễn Hải")}),
    # no district anywhere in the chain: no committee is guessed
    ("Ông Trần Văn Dũng - Huyện ủy viên, Phó Chủ tịch UBND huyện cùng bị kỷ luật.", set()),
    # a ward's committee is no district's: the member's district is not read from it
    ("Ông Vũ Văn Cường - thị ủy viên, bí thư Đảng ủy phường Ba Đình bị đình chỉ sinh hoạt.",
     {("Vũ Văn Cường", "Bí thư", "Đảng ủy phường Ba Đình")}),
]


@pytest.mark.parametrize("text,expected", DISTRICT_CASES)
def test_district_committee(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


IN_CHARGE_CASES = [
    # --- "Phó Vụ/Cục trưởng phụ trách <body>": the deputy in charge of that body
    ("Ông Lý Văn Hưng, Phó Vụ trưởng phụ trách Vụ Bảo hiểm y tế cho biết quy định mới.",
     {("Lý Văn Hưng", "Phó Vụ trưởng phụ trách", "Vụ Bảo hiểm y tế")}),
    ("Bà Đào Thu Trang - Phó Cục trưởng phụ trách Cục Quản lý Dược phát biểu tại hội nghị.",
     {("Đào Thu Trang", "Phó Cục trưởng phụ trách", "Cục Quản lý Dược")}),
    # "phụ trách" then no body: no post is read from it
    ("Ông Lý Văn Hưng, phó cục trưởng phụ trách của cục, thừa nhận tỉ lệ lãnh đạo là lớn.", set()),
]


@pytest.mark.parametrize("text,expected", IN_CHARGE_CASES)
def test_deputy_in_charge_of_a_body(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


POLICE_CASES = [
    # --- "Phó Công an <place>": a deputy police chief's short title
    ("Thiếu tá Đoàn Văn Lực, Phó Công an huyện Quỳnh Lưu, cho biết vụ việc đang được điều tra.",
     {("Đoàn Văn Lực", "Phó Công an", "Công an huyện Quỳnh Lưu")}),
    ("Theo ông Hà Minh Tuấn - phó Công an xã Nghi Phong - hai người đã được đưa đi cấp cứu.",
     {("Hà Minh Tuấn", "Phó Công an", "Công an xã Nghi Phong")}),
    # no place after it: no force is guessed
    ("Đối tượng chém trọng thương Phó Công an xã là ông Lê Văn Hòa rồi bỏ trốn.", set()),
]


@pytest.mark.parametrize("text,expected", POLICE_CASES)
def test_deputy_police_chief(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


TEAM_CASES = [
    # --- a police team named without "Đội", its force after it
    ("Thiếu tá Lê Quang Vinh, Đội trưởng Cảnh sát giao thông Công an huyện Hưng Nguyên cho biết.",
     {("Lê Quang Vinh", "Đội trưởng Cảnh sát giao thông", "Công an huyện Hưng Nguyên")}),
    ("Trung tá Phạm Văn Toàn - đội trưởng CSGT Công an huyện Yên Thành - cho biết xe đã bị tạm giữ.",
     {("Phạm Văn Toàn", "Đội trưởng CSGT", "Công an huyện Yên Thành")}),
    # no force written after the team: no role
    ("Thiếu tá Lê Quang Vinh (Đội trưởng Cảnh sát giao thông huyện Hưng Nguyên) cho biết.", set()),
]


@pytest.mark.parametrize("text,expected", TEAM_CASES)
def test_police_team_head(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
