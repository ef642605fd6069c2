"""Table tests (session 26, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

LIST_CASES = [
    # --- a plural title, then its holders listed: every listed name holds it
    ("Dự họp có các Phó Giám đốc Sở Y tế Hà Nam Trần Văn Bình, Lê Văn Cường và Phạm Thị Dung.",
     {("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế Hà Nam"), ("Lê Văn Cường", "Phó Giám đốc", "Sở Y tế Hà Nam"),
      ("Phạm Thị Dung", "Phó Giám đốc", "Sở Y tế Hà Nam")}),
    ("Hai Thứ trưởng Y tế Đỗ Văn Khánh và Hà Thị Lụa đã đến thăm bệnh viện.",
     {("Đỗ Văn Khánh", "Thứ trưởng", "Bộ Y tế"), ("Hà Thị Lụa", "Thứ trưởng", "Bộ Y tế")}),
    ("Đón đoàn có các Phó Giám đốc Bệnh viện Bạch Mai là ông Vũ Văn Giang và ông Hồ Văn Tâm.",
     {("Vũ Văn Giang", "Phó Giám đốc", "Bệnh viện Bạch Mai"), ("Hồ Văn Tâm", "Phó Giám đốc", "Bệnh viện Bạch Mai")}),
    # the count closes the list: the third name is not a deputy
    ("Có mặt hai Phó Giám đốc Bệnh viện Bạch Mai Vũ Văn Giang, Hồ Văn Tâm và Đinh Thị Yến.",
     {("Vũ Văn Giang", "Phó Giám đốc", "Bệnh viện Bạch Mai"), ("Hồ Văn Tâm", "Phó Giám đốc", "Bệnh viện Bạch Mai")}),
    # no plural: the name after "và" may hold some other post
    ("Phó Giám đốc Sở Y tế Hà Nam Trần Văn Bình và ông Lê Văn Cường cùng dự.",
     {("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế Hà Nam")}),
]

HELD_CASES = [
    # --- a post held, written as a verb and its noun
    ("Ông Trần Văn Bình đảm nhận cương vị Giám đốc Bệnh viện Đa khoa tỉnh Hà Nam từ năm 2016.",
     {("Trần Văn Bình", "Giám đốc", "Bệnh viện Đa khoa tỉnh Hà Nam")}),
    ("Bà Lê Thị Hoa, với vai trò là Phó Giám đốc Sở Y tế Nghệ An, đã chủ trì cuộc họp.",
     {("Lê Thị Hoa", "Phó Giám đốc", "Sở Y tế Nghệ An")}),
    ("Bà Lê Thị Hoa giữ vị trí thứ hai trong cuộc thi.", set()),
    # the post named right before the next name is that name's
    ("Ông Phạm Văn Toàn tin rằng ở cương vị Giám đốc Sở Y tế Nghệ An, bà Nguyễn Thị Hoa sẽ làm tốt.",
     {("Nguyễn Thị Hoa", "Giám đốc", "Sở Y tế Nghệ An")}),
]

FOREIGN_BODY_CASES = [
    # --- a foreign holder of a bare "Chính phủ"/"Quốc hội" post: the country named before him
    ("Sau hội đàm Nhật Bản - Việt Nam, Thủ tướng Shinzo Abe cho biết sẽ hỗ trợ.",
     {("Shinzo Abe", "Thủ tướng", "Chính phủ Nhật Bản")}),
    # a country named after him is some other party's: no role
    ("Ông nói với Thủ tướng Malcolm Turnbull về hải quân Thái Lan.", set()),
]

UNIT_CASES = [
    # --- a numbered department, then the verb
    ("Đoàn do ông Phan Văn Lợi, thanh tra viên cao cấp, phó vụ trưởng vụ 2 làm trưởng đoàn.",
     {("Phan Văn Lợi", "Phó vụ trưởng", "Vụ 2")}),
    # --- a deputy written "Cục phó", "Vụ phó", "Chi cục phó", "Viện phó"
    ("Ông Lê Văn Hùng, Cục phó Cục Quản lý Dược, cho biết thuốc đã bị thu hồi.",
     {("Lê Văn Hùng", "Cục phó", "Cục Quản lý Dược")}),
    ("Ông Lê Văn Hùng, Cục phó Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch), cho biết.",
     {("Lê Văn Hùng", "Cục phó", "Cục Văn hóa cơ sở")}),
    ("Ông Lê Văn Hùng, chi cục phó Chi cục Thú y tỉnh Nghệ An, cho biết.",
     {("Lê Văn Hùng", "Chi cục phó", "Chi cục Thú y tỉnh Nghệ An")}),
    # --- a Party committee's board, its deputy head written "phó ban"
    ("Ông Lê Văn Hùng, phó ban Dân vận Tỉnh ủy Nghệ An, cho biết.",
     {("Lê Văn Hùng", "Phó ban", "Ban Dân vận Tỉnh ủy Nghệ An")}),
    # --- an editor and his paper; a judge and the court
    ("Ông Lê Văn Hùng, Tổng biên tập Báo Sức khỏe và Đời sống, cho biết.",
     {("Lê Văn Hùng", "Tổng biên tập", "Báo Sức khỏe và Đời sống")}),
    ("Ông Lê Văn Hùng, phó tổng biên tập báo Tuổi Trẻ trao quà cho các em.",
     {("Lê Văn Hùng", "Phó tổng biên tập", "Báo Tuổi Trẻ")}),
    ("Bà Lê Thị Hoa, Thẩm phán Tòa án nhân dân tỉnh Nghệ An, đọc bản án.",
     {("Lê Thị Hoa", "Thẩm phán", "Tòa án nhân dân tỉnh Nghệ An")}),
]


BOARD_CASES = [
    # --- a bare "Trưởng ban NAME" in an article of one board: that board
    ("Ông Phạm Văn Khải, thành viên Ban Bảo vệ sức khỏe cán bộ tỉnh, cho biết Trưởng ban Đỗ Quốc Toàn đã đến.",
     {("Đỗ Quốc Toàn", "Trưởng ban", "Ban Bảo vệ sức khỏe cán bộ tỉnh"),
      ("Phạm Văn Khải", "Thành viên", "Ban Bảo vệ sức khỏe cán bộ tỉnh")}),   # a member's post too (s30)
]


def _organisations(text: str) -> list[str]:
    from test_press_officials import EXTRACTION, P, run
    from extractors.doc import Doc
    return [o.name for o in run(Doc(text=text, published=P), EXTRACTION).organizations]


@pytest.mark.parametrize("text,body", [
    ("Ông Đỗ Văn Hải (Bí thư quận Long Biên) dự lễ khánh thành.", "Quận ủy Long Biên"),
    ("Ông Đỗ Văn Hải, Phó Bí thư huyện Gia Lâm, dự lễ khánh thành.", "Huyện ủy Gia Lâm"),
])
def test_a_party_committee_a_title_names_with_its_place_is_an_organisation(text: str, body: str) -> None:
    assert body in _organisations(text)


RUN_BY_CASES = [
    # --- "ORG do NAME làm/là TITLE": the body is the one written before "do"
    ("Bị cáo đã ký hợp đồng với Công ty TNHH Minh Tâm (do Trần Văn Quý làm giám đốc) để sửa máy.",
     {("Trần Văn Quý", "Giám đốc", "Công ty TNHH Minh Tâm")}),
    ("Dự án giao cho Công ty cổ phần Dược phẩm Hà Tây, do ông Nguyễn Văn Lâm làm Tổng giám đốc, thực hiện.",
     {("Nguyễn Văn Lâm", "Tổng giám đốc", "Công ty cổ phần Dược phẩm Hà Tây")}),
    # a body written after the title is the title's own
    ("Hồ sơ của Bệnh viện Đa khoa tỉnh Nghệ An do ông Nguyễn Văn Lâm làm giám đốc Sở Y tế Hà Tĩnh ký.",
     {("Nguyễn Văn Lâm", "Giám đốc", "Sở Y tế Hà Tĩnh")}),
    # --- "Anh" closing a place's name is no honorific before the next name
    ("Chủ tịch UBND xã Đông Anh Mai Văn Hòa cho biết chính quyền đã vào cuộc.",
     {("Mai Văn Hòa", "Chủ tịch", "Ủy ban nhân dân xã Đông Anh")}),
]


FOREIGN_HEAD_CASES = [
    # --- "ORG, nơi NAME làm TITLE"
    ("Ông góp vốn xây Bệnh viện Triều An, nơi ông Trần Ngọc Hải làm Chủ tịch HĐQT.",
     {("Trần Ngọc Hải", "Chủ tịch Hội đồng quản trị", "Bệnh viện Triều An")}),
    # --- a foreign name whose last word spells one of ours, closed by the verb; "Anh" the country
    ("Thủ tướng Anh Theresa May cho biết nước này sẽ hỗ trợ.",
     {("Theresa May", "Thủ tướng", "Chính phủ Anh")}),
    ("Cựu thủ tướng Anh Tony Blair xác nhận thông tin.",
     {("Tony Blair", "nguyên Thủ tướng", "Chính phủ Anh")}),
]


@pytest.mark.parametrize("text,expected", LIST_CASES + HELD_CASES + FOREIGN_BODY_CASES + UNIT_CASES + BOARD_CASES
                         + RUN_BY_CASES + FOREIGN_HEAD_CASES)
def test_roles_s26(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
