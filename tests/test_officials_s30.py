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
