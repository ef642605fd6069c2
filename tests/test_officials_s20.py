"""Table tests (session 20, own sentences) for officials the rules used to miss: a
hospital's numbered campus after the title, a department's long name (two specialties
joined by "và", or more than five words) before its body, the State's president and
vice-president ("Nhà nước")."""
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
    # --- a hospital's clinical centre named by two specialties joined by "và"
    ("Bác sĩ Trần Thị Mai, Phó giám đốc Trung tâm Phẫu thuật tim và mạch máu, Bệnh viện Chợ Rẫy cho biết.",
     {("Trần Thị Mai", "Phó giám đốc Trung tâm Phẫu thuật tim và mạch máu", "Bệnh viện Chợ Rẫy")}),
    ("Ông Ngô Văn Tâm - giám đốc Trung tâm Chăm sóc và điều trị trẻ sinh non, Bệnh viện Từ Dũ, cho biết.",
     {("Ngô Văn Tâm", "Giám đốc Trung tâm Chăm sóc và điều trị trẻ sinh non", "Bệnh viện Từ Dũ")}),
    # --- a short aside in brackets between the name and its title
    ("PGS Lê Văn Sơn (ngoài cùng bên phải), giám đốc Bệnh viện Việt Đức thăm bệnh nhân.",
     {("Lê Văn Sơn", "Giám đốc", "Bệnh viện Việt Đức")}),
    ("Bác sĩ Đỗ Minh Khoa (John Do) - trưởng khoa Nhi tại Bệnh viện Hoàn Mỹ cho biết.",
     {("Đỗ Minh Khoa", "Trưởng khoa Nhi", "Bệnh viện Hoàn Mỹ")}),
    # an aside and no title after it: nothing
    ("Ông Đỗ Minh Khoa (bên trái), cùng đoàn công tác thăm bệnh nhân.", set()),
    # --- "giám đốc trung tâm" with no name: the one centre the article names
    ("Trung tâm Y tế huyện Tân Yên tiếp nhận 5 bệnh nhân. Bác sĩ Lê Văn Tùng, phó giám đốc trung tâm, "
     "cho biết các bệnh nhân đã ổn định.",
     {("Lê Văn Tùng", "Phó giám đốc", "Trung tâm Y tế huyện Tân Yên")}),
    # two centres named: which one is not said
    ("Trung tâm Y tế huyện Tân Yên và Trung tâm Y tế huyện Lạng Giang tiếp nhận bệnh nhân. "
     "Bác sĩ Lê Văn Tùng, Phó giám đốc Trung tâm cho biết các bệnh nhân đã ổn định.", set()),
    # a long run of words that no body follows is the sentence going on, not a department
    ("Bác sĩ Lê Thị Thu, trưởng khoa thăm khám và theo dõi sát sao bệnh nhân suốt đêm qua.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


STATE_CASES = [
    # --- the State's president and vice-president head "Nhà nước"
    ("Chủ tịch nước Trần Văn Minh thăm Bệnh viện Chợ Rẫy.",
     {("Trần Văn Minh", "Chủ tịch nước", "Nhà nước")}),
    ("Bà Lê Thị Hồng, Phó Chủ tịch nước, trao quà cho các y bác sĩ.",
     {("Lê Thị Hồng", "Phó Chủ tịch nước", "Nhà nước")}),
    ("Đoàn đến thăm nguyên Chủ tịch nước Phạm Văn Tư tại bệnh viện.",
     {("Phạm Văn Tư", "nguyên Chủ tịch nước", "Nhà nước")}),
    # the title named before someone else's own post is not that person's
    ("Báo cáo với Chủ tịch nước, bác sĩ Ngô Văn Hải, Giám đốc Bệnh viện Phổi Đà Nẵng cho biết.",
     {("Ngô Văn Hải", "Giám đốc", "Bệnh viện Phổi Đà Nẵng")}),
]


@pytest.mark.parametrize("text,expected", STATE_CASES)
def test_head_of_state(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_the_president_giving_is_no_cooperation() -> None:
    from extractors import run
    from extractors.doc import Doc
    from pipeline.stages import EXTRACTION
    doc = run(Doc(text="Phó Chủ tịch nước Lê Thị Hồng tặng quà cho Bệnh viện Nhi Trung ương."), EXTRACTION)
    assert ("Lê Thị Hồng", "Nhà nước") in {(o.name, o.organization) for o in doc.officials}
    assert not [c for c in doc.cooperations if "Nhà nước" in (c.source, c.target)]
