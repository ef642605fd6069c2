"""Table tests (session 19, own sentences) for officials the rules used to miss: the
Party's central bodies, a sentence glued to a photo credit, team heads, People's Council
deputies, a school's or an office's head with no body written, a person named again by
the given name alone, institutes in lower case."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

CASES = [
    # --- "Tổng Bí thư" heads the Central Committee the article names (in any case)
    ("Tổng Bí thư Ban chấp hành Trung ương Đảng cộng sản Việt Nam gửi thư chúc mừng ngành y. "
     "Tổng Bí thư Lê Văn Hòa, Bí thư Quân ủy Trung ương thăm Bệnh viện Trung ương Quân đội 108.",
     {("Lê Văn Hòa", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng cộng sản Việt Nam"),
      ("Lê Văn Hòa", "Bí thư", "Quân ủy Trung ương")}),
    ("Chiều qua, Ban Chấp hành Trung ương Đảng họp phiên bế mạc. Tổng Bí thư Trần Văn Sơn phát biểu.",
     {("Trần Văn Sơn", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")}),
    # a bare "Tổng Bí thư NAME" in an article that never names the Committee: not stated
    ("Tổng Bí thư Trần Văn Sơn thăm Bệnh viện Bạch Mai.", set()),
    # --- a photo credit glued to the next sentence (a page that lost its line breaks)
    ("Hiện trường vụ tai nạn. Ảnh: Quang Huy Thượng tá Lê Văn Tâm, Phó Giám đốc Công an tỉnh Nam Định "
     "cho biết vụ việc đang được điều tra làm rõ.",
     {("Lê Văn Tâm", "Phó Giám đốc", "Công an tỉnh Nam Định")}),
    # --- a team's head: the team goes into the title, its body is the organisation
    ("Thiếu tá Hoàng Văn Lợi, Đội trưởng Đội Cảnh sát giao thông - Công an huyện Yên Thành cho biết.",
     {("Hoàng Văn Lợi", "Đội trưởng Đội Cảnh sát giao thông", "Công an huyện Yên Thành")}),
    ("Phó Đội trưởng Đội Cảnh sát kinh tế Công an quận Ba Đình Trần Văn Lộc đã lập biên bản.",
     {("Trần Văn Lộc", "Phó Đội trưởng Đội Cảnh sát kinh tế", "Công an quận Ba Đình")}),
    # a team with no body after it is no role
    ("Anh Lê Văn Khánh là đội trưởng đội bóng của xã.", set()),
    # --- a People's Council session: "đại biểu NAME" is a deputy of that council
    ("Sáng 8-12, HĐND TP Đà Nẵng khai mạc kỳ họp thứ 5. Tại phiên chất vấn, đại biểu Lê Thị Hạnh "
     "đề nghị làm rõ trách nhiệm của ngành y tế.",
     {("Lê Thị Hạnh", "Đại biểu", "Hội đồng nhân dân thành phố Đà Nẵng")}),
    # a conference with no council session: a delegate, no post
    ("Hội thảo có sự tham dự của đại biểu Lê Thị Hạnh và đại diện Sở Y tế Đà Nẵng.", set()),
    # --- a school's head with no school read: the one school the article names
    ("Trường Tiểu học Hòa Bình có 600 học sinh. Hiệu phó Lê Thị Vân cho biết các em đã đi học lại.",
     {("Lê Thị Vân", "Hiệu phó", "Trường Tiểu học Hòa Bình")}),
    ("Bà Đỗ Thị Nga, hiệu trưởng trường Hòa Bình cho biết. Trường Tiểu học Hòa Bình có 600 học sinh.",
     {("Đỗ Thị Nga", "Hiệu trưởng", "Trường Tiểu học Hòa Bình")}),
    # another school's short name: not the one named
    ("Bà Đỗ Thị Nga, hiệu trưởng trường Lê Lợi cho biết. Trường Tiểu học Hòa Bình có 600 học sinh.", set()),
    # --- an office's deputy head with no body written: the one office the article names
    ("Hội đồng kỷ luật Văn phòng Bộ Công Thương đã khiển trách Phó chánh văn phòng Lê Minh Đức.",
     {("Lê Minh Đức", "Phó chánh văn phòng", "Văn phòng Bộ Công Thương")}),
    # --- a person named again by the given name alone, then given a post
    ("Ông Trần Văn Khởi, 52 tuổi, bị ngộ độc rượu. Ông Khởi là trưởng trạm y tế xã Hải Lâm.",
     {("Trần Văn Khởi", "Trưởng trạm", "Trạm Y tế xã Hải Lâm")}),
    # two full names end in the same syllable: whose post it is is not said
    ("Ông Trần Văn Khởi và ông Lê Văn Khởi bị ngộ độc. Ông Khởi là trưởng trạm y tế xã Hải Lâm.", set()),
    # a relative's post
    ("Ông Phan Văn Tâm bị kỷ luật. Vợ ông Tâm được bổ nhiệm làm Phó Giám đốc Sở Y tế Bình Định.", set()),
    # --- "Viện trưởng Viện nghiên cứu …" in lower case: the institute read from the title's words
    ("Ông Phạm Văn Tú, nguyên Phó Viện trưởng Viện nghiên cứu Hán Nôm, cho biết thêm.",
     {("Phạm Văn Tú", "nguyên Phó Viện trưởng", "Viện Nghiên cứu Hán Nôm")}),
    # a bare "Viện trưởng" then a verb names no institute
    ("Ông Phạm Văn Tú, Viện trưởng cho biết thêm.", set()),
    # --- bodies with no place in their name
    ("Ông Phạm Văn Hùng, Phó Bí thư Đảng ủy Công an Trung ương, dự lễ khánh thành bệnh viện.",
     {("Phạm Văn Hùng", "Phó Bí thư", "Đảng ủy Công an Trung ương")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_a_short_credit_is_still_no_sentence() -> None:
    from extractors.sentences import split
    text = "Bác sĩ khám cho trẻ. Ảnh: Minh Anh"
    assert [text[s:e] for s, e in split(text)] == ["Bác sĩ khám cho trẻ."]
