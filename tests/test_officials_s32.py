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


def test_general_hospital_abbreviation_is_the_articles() -> None:
    # "BVĐK" standing alone: the article's general hospital
    text = ("Bệnh viện Đa khoa tỉnh Lạng Sơn bị thanh tra. Bệnh viện Đa khoa tỉnh Lạng Sơn đã giải trình. "
            "Ông Hà Văn Tú (nguyên giám đốc BVĐK) bị kỷ luật.")
    assert ("Hà Văn Tú", "nguyên Giám đốc", "Bệnh viện Đa khoa tỉnh Lạng Sơn") in roles(text)


def test_general_hospital_abbreviation_needs_a_general_hospital() -> None:
    # no general hospital in the article: "BVĐK" names none
    text = "Bệnh viện Nhi Trung ương có thêm máy mới. Ông Hà Văn Tú (nguyên giám đốc BVĐK) bị kỷ luật."
    assert not {r for r in roles(text) if r[0] == "Hà Văn Tú"}


def test_bare_head_in_a_list_takes_the_body_named_before() -> None:
    text = ("Các bị can gồm Lê Văn Hải (SN 1960, cựu Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn), "
            "Đỗ Minh Tâm (SN 1964, Phó giám đốc), Vũ Văn Khoa (SN 1970, cán bộ).")
    assert ("Đỗ Minh Tâm", "Phó giám đốc", "Bệnh viện Đa khoa tỉnh Lạng Sơn") in roles(text)


def test_bare_head_going_on_is_not_listed() -> None:
    # "giám đốc và ông B - trưởng phòng … Bệnh viện X": the head is the body's named after, not the Sở's
    text = ("Ông Lê Văn Hải - giám đốc Sở Y tế tỉnh Bình Định - công bố kết luận đối với ông Đỗ Minh Tâm - "
            "giám đốc và ông Vũ Văn Khoa - trưởng phòng tổ chức cán bộ Bệnh viện đa khoa khu vực Phú Phong.")
    assert ("Đỗ Minh Tâm", "Giám đốc", "Sở Y tế Bình Định") not in roles(text)


BRAND_CASES = [
    # --- a company written by its brand alone after the post, the article naming it in full elsewhere
    ("Công ty cổ phần AB Pharma bị khởi tố. Tòa tuyên phạt Trần Văn Hùng (nguyên tổng giám đốc AB Pharma) 10 năm tù.",
     ("Trần Văn Hùng", "nguyên Tổng giám đốc", "Công ty cổ phần AB Pharma")),
    ("Tập đoàn Zentrix ký kết hợp tác. Ông Lê Văn Hòa, thành viên Hội đồng quản trị Zentrix cho biết sẽ đầu tư.",
     ("Lê Văn Hòa", "Thành viên Hội đồng quản trị", "Tập đoàn Zentrix")),
]


@pytest.mark.parametrize("text,expected", BRAND_CASES)
def test_company_brand_after_a_post(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles(text)


def test_brand_must_be_a_named_company() -> None:
    # "AB Pharma" never named with a company head: no role made up
    text = "Tòa tuyên phạt Trần Văn Hùng (nguyên tổng giám đốc AB Pharma) 10 năm tù."
    assert not {r for r in roles(text) if r[0] == "Trần Văn Hùng"}


def test_short_form_the_article_defines() -> None:
    text = ("Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) vừa có kiến nghị. "
            "Ông Trần Văn Bình, Tổng thư ký VASEP cho biết phí quá cao.")
    assert ("Trần Văn Bình", "Tổng thư ký", "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam") in roles(text)


def test_short_form_not_defined_names_nothing() -> None:
    text = "Ông Trần Văn Bình, Tổng thư ký VASEP cho biết phí quá cao."
    assert not roles(text)
