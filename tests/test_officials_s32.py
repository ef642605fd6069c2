"""Table tests (session 32, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

NEXT_HOLDER_CASES = [
    # --- a lone title after one name runs straight into the next full name: the post is the second's
    ("Trong lời tiễn biệt em Lê Văn Bình, Bộ trưởng Bộ Y tế Trần Thị Hoa nói bà rất xúc động.",
     {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế")}),
    ("Về lời khai của Nguyễn Văn Tám, phó giám đốc Bệnh viện Bạch Mai Phạm Quốc Hùng cho rằng quy trình đúng.",
     {("Phạm Quốc Hùng", "Phó giám đốc", "Bệnh viện Bạch Mai")}),
]


@pytest.mark.parametrize("text,expected", NEXT_HOLDER_CASES)
def test_lone_title_goes_to_the_next_name(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_title_stays_when_the_body_may_go_on() -> None:
    # "Hà Trung" may be the end of the hospital's name, not a person: the post stays with the first name
    text = "Bác sĩ Nguyễn Thế Hùng, Giám đốc Bệnh viện Đa khoa Hà Trung cho hay bệnh viện đã gặp gia đình."
    assert "Nguyễn Thế Hùng" in {r[0] for r in roles(text)}


def test_title_stays_before_a_comma() -> None:
    # the name after the title is closed by a comma: the title is the first name's
    text = "Ông Trần Văn Lâm, Hiệu trưởng Trường Đại học Y khoa Phạm Ngọc Thạch, cho biết kết quả."
    assert "Trần Văn Lâm" in {r[0] for r in roles(text)}
