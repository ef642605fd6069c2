"""Table tests (session 25, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

from extractors.foreign_names import foreign_name_at

AGE_ASIDE_CASES = [
    # --- an age or a birth year between commas, then the post: the name's post
    ("Ông Trần Văn Khải, 52 tuổi, Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị, bị khởi tố.",
     {("Trần Văn Khải", "Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Quảng Trị")}),
    ("Bị cáo Lê Thị Hằng, SN 1970, nguyên Giám đốc Trung tâm Y tế huyện Cam Lộ, nhận 5 năm tù.",
     {("Lê Thị Hằng", "nguyên Giám đốc", "Trung tâm Y tế huyện Cam Lộ")}),
    ("Ông Phan Văn Lợi, sinh năm 1965, Chủ tịch UBND xã Tân Hòa, đã được kiểm điểm.",
     {("Phan Văn Lợi", "Chủ tịch", "Ủy ban nhân dân xã Tân Hòa")}),
    # --- a field of expertise between the name and the post
    ("PGS Lê Văn Minh, chuyên gia dinh dưỡng – nguyên Viện trưởng Viện Dinh dưỡng, khuyên nên ăn đủ chất.",
     {("Lê Văn Minh", "nguyên Viện trưởng", "Viện Dinh dưỡng")}),
    # an age and an address: nobody's post
    ("Anh Nguyễn Văn Tùng, 38 tuổi, trú xã Tân Hòa, nhập viện trong đêm.", set()),
]


FOREIGN_TAIL_CASES = [
    # --- a foreign name whose last word spells one of our syllables, closed by the post's separator
    ("Ca ghép đầu tiên có sự hỗ trợ của GS Chue Shue Lee - Chủ tịch Hội ghép tạng Đài Loan.",
     {("Chue Shue Lee", "Chủ tịch", "Hội ghép tạng Đài Loan")}),
    ("Ông Kwon Soon Kim, Chủ tịch Hội Tim mạch Hàn Quốc, đã trao đổi với các bác sĩ.",
     {("Kwon Soon Kim", "Chủ tịch", "Hội Tim mạch Hàn Quốc")}),
]


@pytest.mark.parametrize("text,name", [
    ("Scott Morrison Thăm Hà Nội", "Scott Morrison"),        # no separator: our syllables are cut off
    ("Theresa May, Thủ tướng Anh", "Theresa May"),            # a separator closes the name
    ("Prayuth Chan - ocha cho biết", "Prayuth Chan-ocha"),   # a dash inside the name closes nothing
    ("Prayut Chan - o - cha cho biết", None),                # nor does it cut the name short
    ("Carlos Dominguez III, Bộ trưởng", "Carlos Dominguez"),  # an upper-case word: cut as before
])
def test_a_closed_foreign_name_keeps_its_last_words(text: str, name: str | None) -> None:
    found = foreign_name_at(text, 0, len(text), closed=True)
    assert (found[1] if found else None) == name


DEPUTY_UNIT_CASES = [
    # --- "phó" and the unit's head: the unit's deputy head, of the unit read whole
    ("Sở đã kỷ luật bà Trần Thị Lụa - phó Trạm Y tế xã Mỹ Lộc, huyện Cần Giuộc vì thiếu trách nhiệm.",
     {("Trần Thị Lụa", "Phó Trạm trưởng", "Trạm Y tế xã Mỹ Lộc")}),
    ("Ông Hồ Văn Sáu, Phó Chi cục Thú y tỉnh Tiền Giang, cho biết đã tiêu hủy đàn lợn.",
     {("Hồ Văn Sáu", "Phó Chi cục trưởng", "Chi cục Thú y tỉnh Tiền Giang")}),
    ("Theo ông Đào Minh Tú - phó Cục Quản lý Dược, nguồn thuốc vẫn đủ.",
     {("Đào Minh Tú", "Phó Cục trưởng", "Cục Quản lý Dược")}),
    # a unit nobody names whole: no post read from the words after it
    ("Ông Mai Văn Lâm, phó viện nghiên cứu của trường, cho biết như vậy.", set()),
]


SHORT_FORM_CASES = [
    # --- the same post written twice, the second time with a short name of the body: the full one
    ("Ông Nguyễn Văn Khoa, giám đốc Bệnh viện Hữu nghị Việt Đức, cho biết số ca mổ tăng. "
     "GĐ Bệnh viện Việt Đức Nguyễn Văn Khoa thăm bệnh nhân.",
     {("Nguyễn Văn Khoa", "Giám đốc", "Bệnh viện Hữu nghị Việt Đức")}),
    # an inspectorate and its department stay two posts
    ("Ông Võ Văn Hùng, Chánh Thanh tra Sở Y tế Đồng Nai, cho biết đoàn đã lập biên bản.",
     {("Võ Văn Hùng", "Chánh Thanh tra", "Sở Y tế Đồng Nai"),
      ("Võ Văn Hùng", "Chánh Thanh tra", "Thanh tra Sở Y tế Đồng Nai")}),
]


def test_a_department_head_is_of_the_hospital_his_sentence_names() -> None:
    """The article is about one hospital; a sentence opened at another names its department's head."""
    text = ("Bệnh viện Hữu nghị Việt Đức tiếp nhận 300 ca cấp cứu. Bệnh viện Hữu nghị Việt Đức đã tăng cường "
            "trực. Tại Bệnh viện Bạch Mai, tiến sĩ Phạm Văn Hòa, Trưởng phòng Kế hoạch tổng hợp cho biết "
            "mỗi ngày có 100 ca.")
    assert ("Phạm Văn Hòa", "Trưởng phòng Kế hoạch tổng hợp", "Bệnh viện Bạch Mai") in roles(text)
    assert not any(n == "Phạm Văn Hòa" and "Việt Đức" in o for n, _, o in roles(text))


# each family's table, checked the one way: the (person, title, organisation) triples read
FAMILIES = {"age_aside": AGE_ASIDE_CASES, "foreign_tail": FOREIGN_TAIL_CASES, "deputy_unit": DEPUTY_UNIT_CASES,
            "short_form": SHORT_FORM_CASES}
CASES = [(f"{family}-{i}", text, expected) for family, rows in FAMILIES.items()
         for i, (text, expected) in enumerate(rows)]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c for c, _, _ in CASES])
def test_family(case: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
