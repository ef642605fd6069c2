"""Table tests (session 30, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

FOREIGN_CASES = [
    # --- a foreign name with no address term, its post after a comma or dash
    ("Sanet Meyer, giám đốc Bệnh viện Burjeel, cho biết ca mổ thành công.",
     {("Sanet Meyer", "Giám đốc", "Bệnh viện Burjeel")}),
    ("Robert Howe - Chỉ huy trưởng Bệnh viện dã chiến số 47 cho biết đoàn sẽ ở lại.",
     {("Robert Howe", "Chỉ huy trưởng", "Bệnh viện dã chiến số 47")}),
    # --- a foreign name after a military rank
    ("Đại tá Peter Wilson, Giám đốc Bệnh viện Quân y Walter Reed, cho biết.",
     {("Peter Wilson", "Giám đốc", "Bệnh viện Quân y Walter Reed")}),
    ("Chuẩn đô đốc Thomas Moore, Giám đốc Bệnh viện Hải quân Bethesda, nói.",
     {("Thomas Moore", "Giám đốc", "Bệnh viện Hải quân Bethesda")}),
]


@pytest.mark.parametrize("text,expected", FOREIGN_CASES)
def test_foreign_names(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


NOT_FOREIGN = [
    # a run that starts with a word of ours is no foreign name before a title
    "Tuổi Trẻ Online, Giám đốc Trung tâm Y tế huyện cho biết đã xử lý.",
    # "Thủ tướng" is no rank: the name after it keeps its own reading
    "Theo Reuters, Giám đốc Sở Y tế đã đến hiện trường.",
]


@pytest.mark.parametrize("text", NOT_FOREIGN)
def test_not_a_foreign_name(text: str) -> None:
    assert not {r for r in roles(text) if r[0] in ("Tuổi Trẻ Online", "Theo Reuters")}


def test_member_of_a_board() -> None:
    text = "Giáo sư Trần Văn Hòa, thành viên Ban Bảo vệ sức khỏe cán bộ Trung ương, cho biết."
    assert roles(text) == {("Trần Văn Hòa", "Thành viên", "Ban Bảo vệ sức khỏe cán bộ Trung ương")}


def test_members_before_a_name_are_no_post() -> None:
    text = "Trong số các thành viên Chính phủ, Bộ trưởng Y tế Trần Thị Hoa nhận nhiều chất vấn nhất."
    assert roles(text) == {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế")}


def test_a_council_board_capitalised() -> None:
    # "Văn Hóa" spells a surname and a name, but names the board here
    text = "Bà Lê Thị Hạnh, Trưởng ban Văn Hóa - Xã hội HĐND tỉnh Nghệ An cho biết."
    assert roles(text) == {("Lê Thị Hạnh", "Trưởng ban", "Ban Văn Hóa - Xã hội Hội đồng nhân dân tỉnh Nghệ An")}


DIRECTOR_FIELD_CASES = [
    # --- a director's field between the title and the body
    ("Giáo sư Lê Văn Bình, Phó giám đốc chuyên môn Bệnh viện Bạch Mai, khẳng định.",
     {("Lê Văn Bình", "Phó giám đốc chuyên môn", "Bệnh viện Bạch Mai")}),
    ("Bác sĩ Trần Văn An, giám đốc y khoa Bệnh viện FV, cho biết.",
     {("Trần Văn An", "Giám đốc y khoa", "Bệnh viện FV")}),
    # … and the body after "của"
    ("Ông Hans Weber - Giám đốc dự án của Tổ chức Hợp tác quốc tế Đức cho biết.",
     {("Hans Weber", "Giám đốc dự án", "Tổ chức Hợp tác quốc tế Đức")}),
]


@pytest.mark.parametrize("text,expected", DIRECTOR_FIELD_CASES)
def test_director_fields(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_a_field_of_some_other_body_is_not_the_hospitals() -> None:
    # the field names a company's post: no post at the hospital the sentence names later
    text = "Ông Lê Văn Tú, giám đốc kinh doanh của Công ty Sơn Á Đông trao quà tại Bệnh viện Nhi Đồng 2."
    assert ("Lê Văn Tú", "Giám đốc", "Bệnh viện Nhi Đồng 2") not in roles(text)


def test_a_glued_korean_given_name() -> None:
    text = "Tiến sĩ Kim Jong-hoon, Giám đốc Bệnh viện Đại học Quốc gia Seoul, cho biết."
    assert roles(text) == {("Kim Jong-hoon", "Giám đốc", "Bệnh viện Đại học Quốc gia Seoul")}


UNIT_HEAD_CASES = [
    # --- the head of a hospital's unit ("đơn vị", "đơn nguyên"), like a ward's
    ("Bác sĩ Lê Văn Hải, Trưởng Đơn vị Mắt Bệnh viện Nhi đồng 2, cho biết.",
     {("Lê Văn Hải", "Trưởng Đơn vị Mắt", "Bệnh viện Nhi đồng 2")}),
    ("Tại Bệnh viện Trưng Vương, bác sĩ Lê Văn Hải, Trưởng đơn vị Hồi sức cho biết.",
     {("Lê Văn Hải", "Trưởng đơn vị Hồi sức", "Bệnh viện Trưng Vương")}),
]


@pytest.mark.parametrize("text,expected", UNIT_HEAD_CASES)
def test_unit_heads(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_a_unit_head_in_general() -> None:
    # "thủ trưởng đơn vị": any body's head, no hospital unit
    assert not roles("Thủ trưởng đơn vị phải chịu trách nhiệm, ông Nguyễn Văn An nói.")


ASSOCIATION_DASH_CASES = [
    # --- a dash inside an association's name, a place closing it further on
    ("GS Lê Văn Bình, Chủ tịch Hội Hồi sức - cấp cứu và chống độc Việt Nam, đã ký đơn.",
     {("Lê Văn Bình", "Chủ tịch", "Hội Hồi sức - cấp cứu và chống độc Việt Nam")}),
    # … else the name ends at the dash
    ("Ông Lê Văn Tâm, chủ tịch hội chăn nuôi - nói rằng giá giảm.",
     {("Lê Văn Tâm", "Chủ tịch", "Hội chăn nuôi")}),
]


@pytest.mark.parametrize("text,expected", ASSOCIATION_DASH_CASES)
def test_association_with_a_dash(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_a_deputy_commander() -> None:
    text = "Đô đốc Somchai Rattana, phó chỉ huy hải quân Thái Lan, cho biết cuộc tìm kiếm tiếp tục."
    assert roles(text) == {("Somchai Rattana", "Phó chỉ huy", "Hải quân Thái Lan")}


def test_an_english_rank_opens_no_name() -> None:
    text = "Admiral John Clark, tư lệnh hạm đội, là cha của Bộ trưởng Y tế Anh Jeremy Clark."
    assert not {r for r in roles(text) if r[0].startswith("Admiral")}
