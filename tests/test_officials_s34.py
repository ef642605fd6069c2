"""Table tests (session 34, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

LAW_OFFICE_CASES = [
    # --- the head of a law office: the office, named by its capitalised words after "luật sư"
    ("Luật sư Phạm Văn Hải, Trưởng Văn phòng Luật sư Hải Đăng, Đoàn Luật sư Hà Nội cho biết thêm.",
     ("Phạm Văn Hải", "Trưởng Văn phòng Luật sư", "Văn phòng Luật sư Hải Đăng")),
    ("Theo luật sư Ngô Thị Lan - Trưởng văn phòng luật sư Công Minh (Đoàn luật sư TP.HCM), bệnh viện phải bồi thường.",
     ("Ngô Thị Lan", "Trưởng văn phòng luật sư", "Văn phòng Luật sư Công Minh")),
]

REPRESENTATIVE_CASES = [
    # --- a representative "of the office of" a body: the body holds the post
    ("Ông Lê Minh Quân, Trưởng đại diện Văn phòng UNICEF tại Việt Nam cho biết sẽ hỗ trợ tỉnh.",
     ("Lê Minh Quân", "Trưởng đại diện", "UNICEF")),
]


@pytest.mark.parametrize("text,expected", LAW_OFFICE_CASES + REPRESENTATIVE_CASES)
def test_office_heads(text: str, expected: tuple[str, str, str]) -> None:
    got = {(n, t.lower(), o) for n, t, o in roles(text)}
    assert (expected[0], expected[1].lower(), expected[2]) in got


def test_law_office_needs_a_name() -> None:
    # "văn phòng luật sư" with no name after it is no organisation: no role is made up
    got = roles("Ông Trần Văn Hòa, trưởng văn phòng luật sư của công ty, cho biết thêm.")
    assert not any(o.startswith("Văn phòng Luật sư") for _, _, o in got)
