"""Table tests (session 24, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

INSPECTORATE_CASES = [
    # --- a department's inspector general: the department, and its inspectorate too
    ("Bà Lê Thị Hạnh, Chánh Thanh tra Sở Y tế Đồng Nai, cho biết đoàn đã lập biên bản.",
     {("Lê Thị Hạnh", "Chánh Thanh tra", "Sở Y tế Đồng Nai"),
      ("Lê Thị Hạnh", "Chánh Thanh tra", "Thanh tra Sở Y tế Đồng Nai")}),
    ("Ông Trịnh Văn Lộc - phó chánh thanh tra Sở Y tế Hải Phòng - nói cơ sở đã bị đình chỉ.",
     {("Trịnh Văn Lộc", "Phó chánh thanh tra", "Sở Y tế Hải Phòng"),
      ("Trịnh Văn Lộc", "Phó chánh thanh tra", "Thanh tra Sở Y tế Hải Phòng")}),
    # --- a ministry's: its inspectorate only, in either case
    ("Ông Phan Quốc Bảo, chánh thanh tra Bộ Y tế, cho biết sẽ kiểm tra lại hồ sơ.",
     {("Phan Quốc Bảo", "Chánh thanh tra", "Thanh tra Bộ Y tế")}),
    ("Phó Chánh Thanh tra Bộ Y tế Đỗ Minh Tâm dẫn đầu đoàn kiểm tra.",
     {("Đỗ Minh Tâm", "Phó Chánh Thanh tra", "Thanh tra Bộ Y tế")}),
    # --- a department's office: the office and the department (s27), as its inspectorate
    ("Ông Hà Văn Tiến, Chánh văn phòng Sở Y tế Nghệ An, cho biết sở đã nhận đơn.",
     {("Hà Văn Tiến", "Chánh văn phòng", "Văn phòng Sở Y tế Nghệ An"),
      ("Hà Văn Tiến", "Chánh văn phòng", "Sở Y tế Nghệ An")}),
]


SCHOOL_UNION_CASES = [
    # --- a school's Youth Union: "Đoàn" and the school's name, the title before or after the name
    ("Bí thư Đoàn Trường ĐH Y dược TP. HCM Trần Minh Khoa cho biết đội đã khám cho 300 người.",
     {("Trần Minh Khoa", "Bí thư", "Đoàn Trường Đại học Y dược Thành phố Hồ Chí Minh")}),
    ("Chị Ngô Thu Hà, phó bí thư Đoàn trường ĐH Bách khoa Hà Nội, cho biết sinh viên đã hiến máu.",
     {("Ngô Thu Hà", "Phó bí thư", "Đoàn Trường Đại học Bách khoa Hà Nội")}),
    # no school named: nobody's post is read
    ("Thầy Lâm, bí thư Đoàn trường, đã đưa học sinh đi cấp cứu.", set()),
]


def test_the_verb_gay_is_no_ward() -> None:
    """"làm phó khoa gây xôn xao": "gây" (to cause) is not the start of "gây mê hồi sức"."""
    text = ("Bệnh viện Đa khoa huyện Tam Nông bổ nhiệm ông Lý Văn Phúc làm phó khoa gây bức xúc. "
            "Bác sĩ Đào Văn Kiên, trưởng khoa gây mê hồi sức Bệnh viện Đa khoa huyện Tam Nông, cho biết.")
    assert ("Lý Văn Phúc", "Phó khoa", "Bệnh viện Đa khoa huyện Tam Nông") in roles(text)
    assert ("Đào Văn Kiên", "Trưởng khoa gây mê hồi sức", "Bệnh viện Đa khoa huyện Tam Nông") in roles(text)


DEMOTION_CASES = [
    # --- demoted to the deputy's post: the same body as the post held
    ("Sở Y tế vừa kỷ luật ông Đỗ Văn Hải, giám đốc Bệnh viện Đa khoa huyện Gia Bình, bằng hình thức "
     "giáng chức làm Phó giám đốc.",
     {("Đỗ Văn Hải", "Giám đốc", "Bệnh viện Đa khoa huyện Gia Bình"),
      ("Đỗ Văn Hải", "Phó giám đốc", "Bệnh viện Đa khoa huyện Gia Bình")}),
    ("Huyện ủy kỷ luật ông Lý Văn Tài - Giám đốc Trung tâm Y tế huyện Yên Định; điều ông này xuống làm "
     "Phó giám đốc.",
     {("Lý Văn Tài", "Giám đốc", "Trung tâm Y tế huyện Yên Định"),
      ("Lý Văn Tài", "Phó giám đốc", "Trung tâm Y tế huyện Yên Định")}),
]


def test_a_hospital_named_after_its_district_is_no_director() -> None:
    text = ("Giám đốc Bệnh viện Lương Tài bị giáng chức\n"
            "Tỉnh vừa kỷ luật ông Phạm Văn Toàn, giám đốc Bệnh viện Đa khoa huyện Lương Tài, vì say rượu.")
    assert {n for n, _, _ in roles(text)} == {"Phạm Văn Toàn"}


def test_a_lower_case_deputy_ward_head_is_the_articles_hospital() -> None:
    """"phó trưởng khoa Chấn thương" is read as "Phó Trưởng khoa": the ward of the hospital the
    story is about, though another hospital is named too (real24)."""
    text = ("Bệnh viện Đa khoa Đông Anh đã đình chỉ êkíp mổ. Bác sĩ Lưu Thị Hằng - trưởng phòng Kế hoạch "
            "tổng hợp Bệnh viện Đa khoa Đông Anh - cho biết bệnh nhân được hội chẩn với Bệnh viện 108. "
            "Ông Chu Văn Đạt - giám đốc Bệnh viện Đa khoa Đông Anh - nhận trách nhiệm. Người mổ chính là bác sĩ "
            "Vương Văn Khôi - phó trưởng khoa Chấn thương, đã công tác 15 năm.")
    assert ("Vương Văn Khôi", "Phó trưởng khoa Chấn thương", "Bệnh viện Đa khoa Đông Anh") in roles(text)


def test_a_ward_head_is_no_departments() -> None:
    """A ward's head named after a Sở's director in one sentence is not the Sở's."""
    text = ("Ông Ngô Văn Bình, Giám đốc Trung tâm Y tế huyện Quảng Điền cho biết Giám đốc Sở Y tế Lê Văn Hòa đã "
            "đến gặp bác sĩ Đinh Văn Sang, Phó trưởng khoa Cấp cứu. Trung tâm Y tế huyện Quảng Điền đã họp. "
            "Trung tâm Y tế huyện Quảng Điền cũng báo cáo.")
    assert not any(n == "Đinh Văn Sang" and o.startswith("Sở") for n, _, o in roles(text))


REP_OFFICE_CASES = [
    # --- the head of a representative office: the office named by the words after the title
    ("Ông Lâm Văn Quý, trưởng văn phòng đại diện báo Thanh Niên khu vực Tây Nguyên, cho biết đoàn đã trao quà.",
     {("Lâm Văn Quý", "Trưởng văn phòng đại diện", "Văn phòng đại diện báo Thanh Niên khu vực Tây Nguyên")}),
    ("Bà Đoàn Thị Mai - Trưởng văn phòng đại diện báo Lao Động tại miền Trung - kể lại chuyến đi.",
     {("Đoàn Thị Mai", "Trưởng văn phòng đại diện", "Văn phòng đại diện báo Lao Động tại miền Trung")}),
    # an office nobody names: no post read
    ("Các chức danh Giám đốc chi nhánh, Trưởng văn phòng đại diện của ông Lê Văn Tâm đã bị miễn nhiệm.", set()),
]


# each family's table, checked the one way: the (person, title, organisation) triples read
FAMILIES = {"inspectorate": INSPECTORATE_CASES, "school_union": SCHOOL_UNION_CASES, "demotion": DEMOTION_CASES,
            "representative_office": REP_OFFICE_CASES}
CASES = [(f"{family}-{i}", text, expected) for family, rows in FAMILIES.items()
         for i, (text, expected) in enumerate(rows)]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c for c, _, _ in CASES])
def test_family(case: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
