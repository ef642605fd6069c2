"""Table tests (session 20, own sentences) for officials the rules used to miss: a
hospital's numbered campus after the title."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

CASES = [
    # --- a numbered campus belongs to the hospital the role names
    ("Bác sĩ Lê Văn Nam, Phó Giám đốc Bệnh viện Bạch Mai cơ sở 2, cho biết bệnh nhân đã ổn định.",
     {("Lê Văn Nam", "Phó Giám đốc", "Bệnh viện Bạch Mai cơ sở 2")}),
    ("Ông Trần Văn Hùng - giám đốc Bệnh viện Trung ương Huế cơ sở 2 - cho biết ca mổ thành công.",
     {("Trần Văn Hùng", "Giám đốc", "Bệnh viện Trung ương Huế cơ sở 2")}),
    # no number: no campus
    ("Ông Trần Văn Hùng, giám đốc Bệnh viện Trung ương Huế, cho biết cơ sở vật chất đã được nâng cấp.",
     {("Trần Văn Hùng", "Giám đốc", "Bệnh viện Trung ương Huế")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected
