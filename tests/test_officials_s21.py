"""Table tests (session 21, own sentences) for officials the rules used to miss: a
hospital centre named in words of its own at the head of a title chain that ends in
the hospital, and "PGĐ/GĐ trung tâm"."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

CASES = [
    # --- a centre in its own words, then another post of the same hospital
    ("ThS.BS Lê Văn Hòa, Phó giám đốc Trung tâm phẫu thuật nội soi Robot, Trưởng khoa Ngoại tiêu hóa, "
     "Bệnh viện K cho biết ca mổ kéo dài 4 giờ.",
     {("Lê Văn Hòa", "Phó giám đốc Trung tâm Phẫu thuật nội soi Robot", "Bệnh viện K"),
      ("Lê Văn Hòa", "Trưởng khoa Ngoại tiêu hóa", "Bệnh viện K")}),
    ("Bác sĩ Trần Thị Lan, Giám đốc Trung tâm đào tạo liên tục, kiêm Trưởng phòng Kế hoạch tổng hợp "
     "Bệnh viện Bạch Mai cho biết.",
     {("Trần Thị Lan", "Giám đốc Trung tâm Đào tạo liên tục", "Bệnh viện Bạch Mai"),
      ("Trần Thị Lan", "Trưởng phòng Kế hoạch tổng hợp", "Bệnh viện Bạch Mai")}),
    # --- "PGĐ trung tâm": the abbreviated title of a centre's head
    ("Ông Ngô Văn Bình, PGĐ trung tâm Tim mạch, kiêm Phó Trưởng phòng Tổ chức cán bộ bệnh viện Chợ Rẫy "
     "vừa được bổ nhiệm.",
     {("Ngô Văn Bình", "Phó Giám đốc Trung tâm Tim mạch", "Bệnh viện Chợ Rẫy"),
      ("Ngô Văn Bình", "Phó Trưởng phòng Tổ chức cán bộ", "Bệnh viện Chợ Rẫy")}),
    # no hospital at the chain's end: the centre is not read as a hospital's
    ("Ông Lê Văn Hòa, Giám đốc Trung tâm quản lý giao thông công cộng, Trưởng ban điều hành dự án "
     "cho biết tuyến xe sẽ mở lại.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected
