"""Table tests (session 20, own sentences) for officials the rules used to miss: a
hospital's numbered campus after the title, a department's long name (two specialties
joined by "và", or more than five words) before its body."""
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
    # --- a department named by six to eight words, up to its body
    ("Bác sĩ Lê Thị Thu, Phó trưởng khoa Chấn thương chỉnh hình và cột sống, Bệnh viện Bạch Mai cho biết.",
     {("Lê Thị Thu", "Phó trưởng khoa Chấn thương chỉnh hình và cột sống", "Bệnh viện Bạch Mai")}),
    ("Ông Phạm Văn Long, trưởng phòng quản lý đào tạo và bồi dưỡng nghiệp vụ, Sở Y tế Hà Nội, cho biết.",
     {("Phạm Văn Long", "Trưởng phòng quản lý đào tạo và bồi dưỡng nghiệp vụ", "Sở Y tế Hà Nội")}),
    # a long run of words that no body follows is the sentence going on, not a department
    ("Bác sĩ Lê Thị Thu, trưởng khoa thăm khám và theo dõi sát sao bệnh nhân suốt đêm qua.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected
