"""Table tests (session 36, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

RARE_SURNAME_CASES = [
    # --- family names a register of Vietnamese surnames has and our list lacked
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


@pytest.mark.parametrize("text, body", [
    # --- a district a rare surname would open ("Cái Bè", "Quế Võ", "Đống Đa") stays the body's place
    ("Giám đốc Bệnh viện Đa khoa Quế Võ cho biết bệnh nhân đã qua cơn nguy kịch.", "Bệnh viện Đa khoa Quế Võ"),
    ("Giám đốc Bệnh viện Đa khoa Cái Bè cho biết đã chuyển bệnh nhân lên tuyến trên.", "Bệnh viện Đa khoa Cái Bè"),
])
def test_district_after_a_body_is_no_name(text: str, body: str) -> None:
    got = roles(text)
    assert not any(n in ("Quế Võ", "Cái Bè") for n, _, _ in got)


def test_district_committee_keeps_its_secretary() -> None:
    got = roles("Bí thư Quận ủy Đống Đa Lê Tiến Thọ đến thăm bệnh nhân.")
    assert ("Lê Tiến Thọ", "Bí thư", "Quận ủy Đống Đa") in got


def test_place_ending_in_a_word_left_out_keeps_the_name_whole() -> None:
    # "Trưng" (Hai Bà Trưng) and "Du" ("Du lịch") stay out of the surnames
    got = roles("Chủ tịch UBND quận Hai Bà Trưng Nguyễn Văn Hòa cho biết.")
    assert ("Nguyễn Văn Hòa", "Chủ tịch", "Ủy ban nhân dân quận Hai Bà Trưng") in got
    got = roles("Ông Võ Anh Tài - phó tổng giám đốc Tổng công ty Du Lịch Sài Gòn cho biết.")
    assert any(n == "Võ Anh Tài" for n, _, _ in got)


POLICE_CA_CASES = [
    # --- a police chief's post written with a bare "CA" before the kind of place
    ("Ông Lê Minh Tâm, Trưởng CA xã Ninh Sở cho biết đã nhận tin báo.",
     ("Lê Minh Tâm", "Trưởng Công an", "Công an xã Ninh Sở")),
    ("Ông Phạm Văn Kiên - Phó CA huyện Thanh Sơn cho biết đang xác minh.",
     ("Phạm Văn Kiên", "Phó Công an", "Công an huyện Thanh Sơn")),
    ("Ông Hà Văn Dũng – Phó trưởng CA xã Tân Pheo cho biết vụ cháy xảy ra lúc 9 giờ.",
     ("Hà Văn Dũng", "Phó trưởng Công an", "Công an xã Tân Pheo")),
    ("Trưởng CA quận Ngô Quyền Đặng Văn Thưởng cho biết đã bắt hai đối tượng.",
     ("Đặng Văn Thưởng", "Trưởng Công an", "Công an quận Ngô Quyền")),
]


@pytest.mark.parametrize("text, role", POLICE_CA_CASES)
def test_police_chief_with_bare_ca(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


def test_lower_case_shift_head_is_no_police_post() -> None:
    # "trưởng ca" is the head of a shift: no post of any police
    got = roles("Anh Nguyễn Văn Bình, trưởng ca, cho biết máy đã hỏng từ sáng.")
    assert not got


DEPARTMENT_BEFORE_FOUND_BODY_CASES = [
    # --- a lower-case department name, then a comma and a body the organisations stage found
    # (not one the title parser reads from its head: "Tổ chức …", a bank's short name)
    ("Bà Lê Thị Hoa, trưởng phòng biên tập tin bài, Tổ chức Kỷ lục Việt Nam, cho biết hồ sơ đã đủ.",
     ("Lê Thị Hoa", "Trưởng phòng biên tập tin bài", "Tổ chức Kỷ lục Việt Nam")),
    ("Ông Phạm Văn Nam (trưởng phòng khách hàng doanh nghiệp, BIDV chi nhánh Hà Thành) bị khởi tố.",
     ("Phạm Văn Nam", "Trưởng phòng khách hàng doanh nghiệp", "BIDV")),
]


@pytest.mark.parametrize("text, role", DEPARTMENT_BEFORE_FOUND_BODY_CASES)
def test_department_before_found_body(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


UNIVERSITY_CASES = [
    # --- a university of ours written "Đại học X" is the school "Trường Đại học X"
    ("PGS Trần Văn Hải, Hiệu trưởng Đại học Y Hà Nội, cho biết.",
     ("Trần Văn Hải", "Hiệu trưởng", "Trường Đại học Y Hà Nội")),
    ("PGS Trần Văn Hải, Phó Hiệu trưởng ĐH Kinh tế Quốc dân cho biết.",
     ("Trần Văn Hải", "Phó Hiệu trưởng", "Trường Đại học Kinh tế Quốc dân")),
    # --- umbrella and foreign universities keep their name
    ("GS Trần Văn Hải, Giám đốc Đại học Quốc gia Hà Nội cho biết.",
     ("Trần Văn Hải", "Giám đốc", "Đại học Quốc gia Hà Nội")),
    ("GS Trần Văn Hải, Giám đốc Đại học Huế cho biết.",
     ("Trần Văn Hải", "Giám đốc", "Đại học Huế")),
    ("GS Trần Văn Hải, Trưởng khoa Y, Đại học Harvard cho biết.",
     ("Trần Văn Hải", "Trưởng khoa Y", "Đại học Harvard")),
]


@pytest.mark.parametrize("text, role", UNIVERSITY_CASES)
def test_university_named_as_its_school(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


DIRECTION_PLACE_CASES = [
    # --- a body whose place ends in a direction word keeps it, as the organisations stage reads it
    ("Ông Lò Văn Minh, Giám đốc Trung tâm Y tế huyện Điện Biên Đông cho biết đã cử cán bộ.",
     ("Lò Văn Minh", "Giám đốc", "Trung tâm Y tế huyện Điện Biên Đông")),
    ("Bà Phan Thị Hòa, Chủ tịch UBND xã Bình Định Bắc cho biết đã tìm thấy thi thể.",
     ("Phan Thị Hòa", "Chủ tịch", "Ủy ban nhân dân xã Bình Định Bắc")),
]


@pytest.mark.parametrize("text, role", DIRECTION_PLACE_CASES)
def test_place_closed_by_direction_word(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)
