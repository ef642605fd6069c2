"""Table tests (session 33, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

POLICE_DEPARTMENT_CASES = [
    # --- a police department's lower-case words belong to the title, up to the body
    ("Thượng tá Lê Văn Bình, trưởng phòng tham mưu Công an tỉnh Cà Mau cho biết thêm.",
     ("Lê Văn Bình", "Trưởng phòng Tham mưu", "Công an tỉnh Cà Mau")),
    ("Đại tá Trần Quốc Nam, trưởng phòng Cảnh sát hình sự Công an tỉnh Nam Định, cho biết.",
     ("Trần Quốc Nam", "Trưởng phòng Cảnh sát hình sự", "Công an tỉnh Nam Định")),
    # a bracketed unit code between the department and its body
    ("Thượng tá Võ Văn Hai, trưởng phòng Cảnh sát hình sự (PC45) Công an tỉnh Bến Tre, cho biết.",
     ("Võ Văn Hai", "Trưởng phòng Cảnh sát hình sự", "Công an tỉnh Bến Tre")),
    # a name longer than seven words runs on to its body
    ("Ông Đào Minh Tâm - trưởng phòng Cảnh sát điều tra tội phạm kinh tế và tham nhũng Công an tỉnh "
     "Đắk Lắk - cho biết.",
     ("Đào Minh Tâm", "Trưởng phòng Cảnh sát điều tra tội phạm kinh tế và tham nhũng", "Công an tỉnh Đắk Lắk")),
    # "tội phạm về …": the crimes' kind is part of the department's name
    ("Thượng tá Hà Văn Lực, phó trưởng phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Nghệ An cho biết.",
     ("Hà Văn Lực", "Phó trưởng phòng Cảnh sát điều tra tội phạm về ma túy", "Công an tỉnh Nghệ An")),
    ("Đại tá Bùi Văn Tiến, trưởng phòng CSĐT tội phạm về trật tự xã hội (PC 45) Công an tỉnh Bắc Giang cho biết.",
     ("Bùi Văn Tiến", "Trưởng phòng CSĐT tội phạm về trật tự xã hội", "Công an tỉnh Bắc Giang")),
    # --- a police department written without "Công an", then its province: the province's police
    ("Đại tá Trần Văn Lực - Trưởng phòng CSGT Gia Lai - cho biết xe khách đã được kéo về.",
     ("Trần Văn Lực", "Trưởng phòng CSGT", "Công an tỉnh Gia Lai")),
    ("Thượng tá Lê Văn Khoa, Trưởng phòng Cảnh sát giao thông Quảng Ninh cho biết thêm.",
     ("Lê Văn Khoa", "Trưởng phòng Cảnh sát giao thông", "Công an tỉnh Quảng Ninh")),
    ("Trung tá Ngô Văn Hòa - Phó phòng CSGT tỉnh Bình Định - nói.",
     ("Ngô Văn Hòa", "Phó phòng CSGT", "Công an tỉnh Bình Định")),
]


@pytest.mark.parametrize("text,expected", POLICE_DEPARTMENT_CASES)
def test_police_department_title(text: str, expected: tuple[str, str, str]) -> None:
    got = {(n, t.lower(), o) for n, t, o in roles(text)}
    assert (expected[0], expected[1].lower(), expected[2]) in got


def test_spokesman_clause_keeps_the_department_and_body() -> None:
    text = "Trung tá Phan Văn Lộc - trưởng phòng tham mưu, người phát ngôn Công an tỉnh Phú Yên - cho biết."
    got = {(n, t.lower(), o) for n, t, o in roles(text)}
    assert ("Phan Văn Lộc", "trưởng phòng tham mưu", "Công an tỉnh Phú Yên") in got


def test_ward_name_still_stops_before_the_verb() -> None:
    # the new words do not carry a ward's name into the sentence
    text = "Bác sĩ Lê Thị Hoa, Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Nam Định cho biết bệnh nhi đã ổn định."
    assert ("Lê Thị Hoa", "Trưởng khoa Nhi", "Bệnh viện Đa khoa tỉnh Nam Định") in roles(text)


def test_ve_still_ends_a_ward_name() -> None:
    # "về" after other words is the sentence going on, not the department's name
    text = "Bác sĩ Trần Văn Hải, Trưởng khoa Nhi Bệnh viện Bạch Mai nói về ca bệnh."
    assert ("Trần Văn Hải", "Trưởng khoa Nhi", "Bệnh viện Bạch Mai") in roles(text)


def test_district_fire_police_is_not_the_district_police() -> None:
    # "Phòng Cảnh sát PCCC quận X" belongs to the city's fire police, not to "Công an quận X"
    text = "Đại tá Trần Văn Đức, trưởng phòng Cảnh sát PCCC quận Hoàn Kiếm cho biết đám cháy đã được dập tắt."
    assert all(o != "Công an quận Hoàn Kiếm" for _, _, o in roles(text))


def test_thong_tin_after_a_unit_code_is_the_verb() -> None:
    text = "Thượng tá Nguyễn Văn Quý, Trưởng phòng PC47 thông tin thêm về vụ án. Công an tỉnh Thái Bình đã khởi tố."
    assert all("thông tin" not in t for _, t, _ in roles(text))


def test_team_name_with_dashes_reaches_its_body() -> None:
    # a team named by several fields joined with dashes, then its police force
    text = "Đại úy Hoàng Văn Tư, Phó đội trưởng đội Hình sự - Kinh tế - Ma túy, Công an huyện Yên Thành cho biết."
    assert ("Hoàng Văn Tư", "Phó đội trưởng Đội Hình sự - Kinh tế - Ma túy", "Công an huyện Yên Thành") in roles(text)


def test_team_dash_before_the_verb_reads_no_body() -> None:
    text = "Trung tá Lê Văn An - đội trưởng Đội CSGT quận 1 - cho biết tài xế không vi phạm."
    assert roles(text) == set()


def test_bare_investigation_body_is_the_police_named_before() -> None:
    text = "Đại tá Trần Văn Chiến, Phó giám đốc Công an tỉnh Bình Phước, thủ trưởng Cơ quan CSĐT cho biết."
    assert ("Trần Văn Chiến", "Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Phước") in roles(text)


def test_bare_investigation_body_needs_a_police_post_before() -> None:
    text = "Ông Trần Văn Chiến, Giám đốc Sở Y tế tỉnh Bình Phước, thủ trưởng Cơ quan CSĐT cho biết."
    assert all(t != "Thủ trưởng" for _, t, _ in roles(text))
