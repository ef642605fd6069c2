"""Table tests (session 36, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

RARE_SURNAME_CASES = [
    # --- family names a register of Vietnamese surnames has and our list lacked
    ("Ông Cái Xuân Lạng, Trưởng Công an xã Lộc Trì cho hay đã nắm được vụ việc.",
     ("Cái Xuân Lạng", "Trưởng Công an", "Công an xã Lộc Trì")),
    ("Bà Khiếu Thị Nhàn, Phó Giám đốc Sở Y tế Ninh Bình cho biết.",
     ("Khiếu Thị Nhàn", "Phó Giám đốc", "Sở Y tế Ninh Bình")),
    ("Ông Tần Xuân Bảo, Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn khẳng định.",
     ("Tần Xuân Bảo", "Giám đốc", "Bệnh viện Đa khoa tỉnh Lạng Sơn")),
    ("Ông Mùi Hữu Chí - Phó Chủ tịch UBND xã Vân Hồ cho biết.",
     ("Mùi Hữu Chí", "Phó Chủ tịch", "Ủy ban nhân dân xã Vân Hồ")),
]


@pytest.mark.parametrize("text, role", RARE_SURNAME_CASES)
def test_rare_surnames(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


def test_place_ending_in_a_word_left_out_keeps_the_name_whole() -> None:
    # "Trưng" (Hai Bà Trưng) and "Du" ("Du lịch") stay out of the surnames
    got = roles("Chủ tịch UBND quận Hai Bà Trưng Nguyễn Văn Hòa cho biết.")
    assert ("Nguyễn Văn Hòa", "Chủ tịch", "Ủy ban nhân dân quận Hai Bà Trưng") in got
    got = roles("Ông Võ Anh Tài - phó tổng giám đốc Tổng công ty Du Lịch Sài Gòn cho biết.")
    assert any(n == "Võ Anh Tài" for n, _, _ in got)
