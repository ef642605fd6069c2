"""Table tests (session 28, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

UNIT_CASES = [
    # --- a hospital's institute written before the hospital: the unit in the title, the hospital as the body
    ("PGS.TS Lê Văn Hùng, Phó Viện trưởng Viện Tim mạch Bệnh viện Bạch Mai đã có mặt tại hội nghị.",
     {("Lê Văn Hùng", "Phó Viện trưởng Viện Tim mạch", "Bệnh viện Bạch Mai")}),
    ("Bác sĩ Trần Văn Nam - viện phó Viện Chấn thương chỉnh hình, Bệnh viện Trung ương Quân đội 108 - cho biết.",
     {("Trần Văn Nam", "Viện phó Viện Chấn thương chỉnh hình", "Bệnh viện Trung ương Quân đội 108")}),
    # an institute of its own, a hospital named later in the sentence: the institute
    ("Tiến sĩ Lê Văn Hòa, Viện trưởng Viện Pasteur cho biết, Bệnh viện Chợ Rẫy đã nhận 3 ca.",
     {("Lê Văn Hòa", "Viện trưởng", "Viện Pasteur")}),
    # --- a centre read whole with its hospital ("Trung tâm tim mạch Bệnh viện X"): the hospital's centre
    ("PGS Nguyễn Văn An, Giám đốc Trung tâm tim mạch Bệnh viện Hữu nghị Đa khoa tỉnh Nghệ An cho biết.",
     {("Nguyễn Văn An", "Giám đốc Trung tâm tim mạch", "Bệnh viện Hữu nghị Đa khoa tỉnh Nghệ An")}),
    # and a later bare mention of that centre is the same hospital's
    ("Trung tâm tim mạch Bệnh viện Chợ Rẫy vừa cứu một bệnh nhân. Bác sĩ Lê Thị Hoa, Phó Giám đốc "
     "Trung tâm tim mạch cho biết bệnh nhân đã ổn định.",
     {("Lê Thị Hoa", "Phó Giám đốc Trung tâm Tim mạch", "Bệnh viện Chợ Rẫy")}),
]


@pytest.mark.parametrize("text,expected", UNIT_CASES)
def test_roles_s28(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


DECISION_CASES = [
    # --- a decision names a post "for" a person who is then given the post held: both posts are the person's
    ("Bộ trưởng Y tế Trần Thị Hoa trao quyết định bổ nhiệm Giám đốc Bệnh viện Thống Nhất cho ông Lê Văn Bình, "
     "Tiến sĩ y học, Phó Giám đốc bệnh viện.",
     {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế"), ("Lê Văn Bình", "Giám đốc", "Bệnh viện Thống Nhất"),
      ("Lê Văn Bình", "Phó Giám đốc", "Bệnh viện Thống Nhất")}),
    ("Tỉnh ủy thông báo hình thức kỷ luật cách chức Phó Bí thư Huyện ủy Kim Sơn đối với ông Trần Văn Nam, hiện "
     "là Chủ tịch UBND huyện Kim Sơn.",
     {("Trần Văn Nam", "Phó Bí thư", "Huyện ủy Kim Sơn"), ("Trần Văn Nam", "Chủ tịch", "Ủy ban nhân dân huyện Kim Sơn")}),
]


@pytest.mark.parametrize("text,expected", DECISION_CASES)
def test_decision_roles_s28(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
