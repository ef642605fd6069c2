"""Table tests (session 27, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

CHAIN_CASES = [
    # --- a chain of posts after one name that runs into the next name: its last title is the next name's
    ("Dự lễ có ông Trần Văn Hải, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương, Bộ trưởng Y tế "
     "Lê Thị Mai, cùng nhiều đại biểu.",
     {("Trần Văn Hải", "Ủy viên", "Bộ Chính trị"), ("Trần Văn Hải", "Trưởng ban", "Ban Tổ chức Trung ương"),
      ("Lê Thị Mai", "Bộ trưởng", "Bộ Y tế")}),
    # the same chain closed by a comma stays the first name's
    ("Ông Trần Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An, cho biết dịch đã được kiểm soát.",
     {("Trần Văn Hải", "Phó Bí thư", "Tỉnh ủy Nghệ An"),
      ("Trần Văn Hải", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
]

BOARD_CASES = [
    # --- a bare "Trưởng ban" where the article names several boards: the board its sentence names before
    ("Trưởng ban Nội chính Trung ương Phạm Văn Tâm đang điều trị. Ông Lê Văn Hòa, thành viên Ban Bảo vệ "
     "sức khỏe Trung ương cho biết, Trưởng ban Ngô Văn Sơn đã đến thăm.",
     {("Phạm Văn Tâm", "Trưởng ban", "Ban Nội chính Trung ương"),
      # the bare post takes the board by its full name (stop 37: the board's short forms are variants
      # of one central board); the member's post keeps the name written beside it
      ("Ngô Văn Sơn", "Trưởng ban", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương"),
      ("Lê Văn Hòa", "Thành viên", "Ban Bảo vệ sức khỏe Trung ương")}),   # a member's post too (s30)
]

ABBREVIATION_CASES = [
    # --- an acting post written "Q." is "Quyền"
    ("Bác sĩ Đỗ Văn Hùng - Q. Trưởng khoa Nội, Bệnh viện Bạch Mai cho biết bệnh nhân đã ổn định.",
     {("Đỗ Văn Hùng", "Quyền Trưởng khoa Nội", "Bệnh viện Bạch Mai")}),
    # "Q." before a place is a district, not an acting post
    ("Ông Trần Văn Cường, Chủ tịch UBND Q. Bình Thạnh, đã chỉ đạo xử lý.",
     {("Trần Văn Cường", "Chủ tịch", "Ủy ban nhân dân quận Bình Thạnh")}),
    # --- a title's own initials in brackets before its body
    ("Phó Thủ tướng (PTT) Chính phủ Lý Văn Đức đã tới thăm bệnh viện.",
     {("Lý Văn Đức", "Phó Thủ tướng", "Chính phủ")}),
    ("Phó Giám đốc (PGĐ) Sở Y tế Hà Nam Trần Văn Bình cho biết.",
     {("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế Hà Nam")}),
]


PLACE_CASES = [
    # --- "Chủ tịch"/"Bí thư" and a city written with its kind: the kind once
    ("Phó chủ tịch TP.HCM Lê Văn Tư cho biết sẽ kiểm tra.",
     {("Lê Văn Tư", "Phó chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh")}),
    # written after the name: the place alone is the committee's
    ("Ông Trần Văn Bảy, Phó chủ tịch TP.HCM, đã chỉ đạo khẩn trương điều tra.",
     {("Trần Văn Bảy", "Phó chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh")}),
    ("Ông Lê Văn Sơn, Phó chủ tịch Hà Nội cho rằng cần làm rõ.",
     {("Lê Văn Sơn", "Phó chủ tịch", "Ủy ban nhân dân thành phố Hà Nội")}),
    # before no name, the holder is not said
    ("Báo cáo với Chủ tịch Hà Nội, ông Trần Văn Mười cho biết đã xử lý.", set()),
]


OFFICE_CASES = [
    # --- a department's office: the office and the department, as for its inspectorate
    ("Ông Lê Văn Cừ, Chánh văn phòng Sở Y tế Nghệ An cho biết hồ sơ đã đủ.",
     {("Lê Văn Cừ", "Chánh văn phòng", "Văn phòng Sở Y tế Nghệ An"),
      ("Lê Văn Cừ", "Chánh văn phòng", "Sở Y tế Nghệ An")}),
    # a ministry's or a committee's office: the office only
    ("Ông Trần Văn Duy, Phó Chánh Văn phòng Bộ Y tế cho biết.",
     {("Trần Văn Duy", "Phó Chánh Văn phòng", "Văn phòng Bộ Y tế")}),
]


FOREIGN_CASES = [
    # --- a Korean given name whose second syllable follows a spaced hyphen: one name
    ("Bộ trưởng Y tế Hàn Quốc Park Min - hoo cho biết sẽ hỗ trợ.",
     {("Park Min-hoo", "Bộ trưởng", "Bộ Y tế Hàn Quốc")}),
    ("Thủ tướng Hàn Quốc Lee Jae - yon phát biểu tại hội nghị.",
     {("Lee Jae-yon", "Thủ tướng", "Chính phủ Hàn Quốc")}),
    # a Vietnamese place and a lower-case word after a dash is no name
    ("Giám đốc Sở Y tế Hà Nội - nơi có nhiều bệnh viện - cho biết.", set()),
    # --- the Khmer family name Hun, though both syllables spell Vietnamese words
    ("Thủ tướng Campuchia Hun Sen đã tới thăm bệnh viện.",
     {("Hun Sen", "Thủ tướng", "Chính phủ Campuchia")}),
]


@pytest.mark.parametrize("text,expected", FOREIGN_CASES + OFFICE_CASES + CHAIN_CASES + BOARD_CASES + ABBREVIATION_CASES + PLACE_CASES)
def test_roles_s27(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
