"""Table tests (session 31, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

WARD_CASES = [
    # --- a ward's name written capitalised, its body right after it: no person's name
    ("PGS.TS Lê Văn Hòa, Trưởng Khoa Tiết Niệu BV Nhân dân Gia Định cho biết ca mổ thành công.",
     {("Lê Văn Hòa", "Trưởng Khoa Tiết Niệu", "Bệnh viện Nhân dân Gia Định")}),
    ("Bác sĩ Trần Thị Mai, Trưởng khoa Khúc Xạ (Bệnh viện Mắt Trung ương) khuyên nên khám mắt định kỳ.",
     {("Trần Thị Mai", "Trưởng khoa Khúc Xạ", "Bệnh viện Mắt Trung ương")}),
    # --- a ward named in two parts joined by a dash, then its body
    ("ThS.BS Vũ Văn Nam, Phó Trưởng khoa Phẫu thuật hàm mặt – Phẫu thuật tạo hình, bệnh viện đa khoa Xanh Pôn "
     "cho rằng không nên tự ý tiêm filler.",
     {("Vũ Văn Nam", "Phó Trưởng khoa Phẫu thuật hàm mặt - Phẫu thuật tạo hình", "Bệnh viện Đa khoa Xanh Pôn")}),
    # --- a ward's long lower-case name (nine words) up to its body
    ("Bác sĩ Lê Văn Bình - Trưởng khoa điều trị cai nghiện và giám định sức khỏe tâm thần, "
     "Bệnh viện Tâm thần Nghệ An cho biết bệnh nhân đã tỉnh.",
     {("Lê Văn Bình", "Trưởng khoa điều trị cai nghiện và giám định sức khỏe tâm thần", "Bệnh viện Tâm thần Nghệ An")}),
]


@pytest.mark.parametrize("text,expected", WARD_CASES)
def test_ward_names(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_name_after_ward_head_is_still_a_name() -> None:
    # a name right after "Trưởng khoa", closed by a comma: still the holder
    text = "Bệnh viện Nhi Trung ương cho biết, Trưởng khoa Trương Văn Khanh, đã trực tiếp khám cho bé."
    assert "Trương Văn Khanh" in {r[0] for r in roles(text)}


CENTRE_CASES = [
    # --- a centre the organisation reader does not take, closed by the body it belongs to
    ("TS.BS Lê Thị Lan, Giám đốc Trung tâm khám tư vấn dinh dưỡng người lớn (Viện Dinh dưỡng Quốc gia), "
     "khuyên nên ăn nhiều rau.",
     {("Lê Thị Lan", "Giám đốc", "Trung tâm Khám tư vấn dinh dưỡng người lớn")}),
    ("Ông Phạm Văn Tú, Phó giám đốc Trung tâm vận chuyển cấp cứu (thuộc Sở Y tế tỉnh Thanh Hóa) cho biết xe đã sửa.",
     {("Phạm Văn Tú", "Phó giám đốc", "Trung tâm Vận chuyển cấp cứu")}),
]


@pytest.mark.parametrize("text,expected", CENTRE_CASES)
def test_named_centres(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_centre_words_stop_at_the_verb() -> None:
    # no body closes the words: "cho biết" ends them and no centre is made up
    text = "Ông Phạm Văn Tú, Giám đốc trung tâm cho biết sẽ kiểm tra lại."
    assert not {r for r in roles(text) if r[2].startswith("Trung tâm Cho")}


REMIT_CASES = [
    # --- a post's remit in lower case, closed by "của"/"tại" and its body
    ("Bà Anna Berg, giám đốc chiến lược về dinh dưỡng học đường của Hội Ung thư Mỹ, cho biết như vậy.",
     {("Anna Berg", "Giám đốc chiến lược về dinh dưỡng học đường", "Hội Ung thư Mỹ")}),
    ("Ông John Lee, giám đốc phụ trách về bệnh không lây nhiễm và dinh dưỡng của WHO, cảnh báo.",
     # (s32 orgsb: a body written only as its foreign acronym is named by it, as gold does)
     {("John Lee", "Giám đốc phụ trách về bệnh không lây nhiễm và dinh dưỡng", "WHO")}),
]


@pytest.mark.parametrize("text,expected", REMIT_CASES)
def test_remit_before_body(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_no_remit_without_a_body() -> None:
    # "mới" is no remit, and words that no body closes are the sentence going on
    text = "Ông John Lee, giám đốc mới của WHO, nhậm chức hôm qua."
    assert not {r for r in roles(text) if "mới" in r[1]}
    text = "Ông John Lee, giám đốc điều trị cho biết bệnh nhân đã được chuyển tới Bệnh viện Bạch Mai."
    assert not {r for r in roles(text) if "điều trị" in r[1]}


def test_office_head_before_the_bodys_spokesman() -> None:
    # the office's head, written bare, then the body's spokesman: both posts at that body
    text = "PV đã liên hệ với ông Trần Văn Hải, Chánh Văn phòng – người phát ngôn Sở Y tế Đồng Tháp."
    assert roles(text) == {("Trần Văn Hải", "Chánh Văn phòng", "Sở Y tế Đồng Tháp"),
                           ("Trần Văn Hải", "Người phát ngôn", "Sở Y tế Đồng Tháp")}
    text = "Ông Trần Văn Hải, Chánh Văn phòng, người phát ngôn Bộ Y tế cho biết như vậy."
    assert ("Trần Văn Hải", "Chánh Văn phòng", "Bộ Y tế") in roles(text)


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Minh, Phó Bí thư Đảng ủy - Phó Giám đốc Bệnh viện Đa khoa huyện Thường Xuân bị kỷ luật.",
    "Ông Trần Văn Minh - Phó Bí thư Đảng ủy - Phó Giám đốc Bệnh viện Đa khoa huyện Thường Xuân bị kỷ luật.",
])
def test_posts_joined_by_a_dash(text: str) -> None:
    # a post with no body yet, a dash, then the next post and its body: both read, the Đảng ủy is the body's
    assert roles(text) == {("Trần Văn Minh", "Phó Bí thư", "Đảng ủy Bệnh viện Đa khoa huyện Thường Xuân"),
                           ("Trần Văn Minh", "Phó Giám đốc", "Bệnh viện Đa khoa huyện Thường Xuân")}


def test_residence_in_the_bracket_after_a_name() -> None:
    # birth year or age and a residence in brackets, then the post after a dash
    text = ("Cơ quan điều tra khởi tố Lê Văn Quân (SN 1980, trú tại phường Đại Phúc, TP Bắc Ninh) - "
            "Giám đốc Công ty TNHH Thiết bị y tế Minh An - về tội vô ý làm chết người.")
    assert roles(text) == {("Lê Văn Quân", "Giám đốc", "Công ty TNHH Thiết bị y tế Minh An")}
    text = "Ông Trần Văn Lý (60 tuổi, trú tại xã Đức Yên) - phó giám đốc Bệnh viện Đa khoa huyện Đức Thọ - đã tử vong."
    assert roles(text) == {("Trần Văn Lý", "Phó giám đốc", "Bệnh viện Đa khoa huyện Đức Thọ")}


def test_office_head_of_the_body_the_sentence_names() -> None:
    # an office's head with no body written: the agency his sentence names before him
    text = ("Chiều 13/5, tổ công tác của Cục Quản lý xuất nhập cảnh do Thiếu tá Lê Thị Hoa, "
            "Phó Trưởng phòng Tổng hợp đã đến bệnh viện để làm thủ tục.")
    assert ("Lê Thị Hoa", "Phó Trưởng phòng Tổng hợp", "Cục Quản lý xuất nhập cảnh") in roles(text)


def test_hospital_by_the_first_words_of_its_name() -> None:
    # a ward's head, a dash, then the hospital in lower case by its first words: the one
    # hospital of the article whose name starts so
    text = ("Bệnh viện Tai Mũi Họng TP Hồ Chí Minh vừa gắp dị vật cho bệnh nhân. Theo bác sĩ Lê Văn Hòa, "
            "trưởng Khoa Tai mặt cổ - bệnh viện Tai Mũi Họng, ca này rất khó.")
    assert ("Lê Văn Hòa", "Trưởng Khoa Tai mặt cổ", "Bệnh viện Tai Mũi Họng Thành phố Hồ Chí Minh") in roles(text)
    # the words go on in lower case: no name's start, no hospital taken
    text = ("Bệnh viện Đa khoa Kiên Giang tiếp nhận bệnh nhân. Bác sĩ Lê Văn Hòa, Giám đốc đối ngoại "
            "bệnh viện Đa khoa tư nhân Bình An thừa nhận sai sót.")
    assert not {r for r in roles(text) if r[0] == "Lê Văn Hòa" and "Kiên Giang" in r[2]}
