"""Table tests (session 25, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

AGE_ASIDE_CASES = [
    # --- an age or a birth year between commas, then the post: the name's post
    ("Ông Trần Văn Khải, 52 tuổi, Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị, bị khởi tố.",
     {("Trần Văn Khải", "Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Quảng Trị")}),
    ("Bị cáo Lê Thị Hằng, SN 1970, nguyên Giám đốc Trung tâm Y tế huyện Cam Lộ, nhận 5 năm tù.",
     {("Lê Thị Hằng", "nguyên Giám đốc", "Trung tâm Y tế huyện Cam Lộ")}),
    ("Ông Phan Văn Lợi, sinh năm 1965, Chủ tịch UBND xã Tân Hòa, đã được kiểm điểm.",
     {("Phan Văn Lợi", "Chủ tịch", "Ủy ban nhân dân xã Tân Hòa")}),
    # an age and an address: nobody's post
    ("Anh Nguyễn Văn Tùng, 38 tuổi, trú xã Tân Hòa, nhập viện trong đêm.", set()),
]


# each family's table, checked the one way: the (person, title, organisation) triples read
FAMILIES = {"age_aside": AGE_ASIDE_CASES}
CASES = [(f"{family}-{i}", text, expected) for family, rows in FAMILIES.items()
         for i, (text, expected) in enumerate(rows)]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c for c, _, _ in CASES])
def test_family(case: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
