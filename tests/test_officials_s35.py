"""Table tests (session 35, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

SHIFT_LEAD_CASES = [
    # --- the leader of a surgical team or of the night shift is a post of the hospital
    ("Bác sĩ Trần Minh Hòa, Trưởng kíp mổ, Bệnh viện Đa khoa tỉnh Nam Định cho biết ca mổ kéo dài 5 giờ.",
     ("Trần Minh Hòa", "Trưởng kíp mổ", "Bệnh viện Đa khoa tỉnh Nam Định")),
    ("Theo bác sĩ Lê Văn Tâm, trưởng kíp trực của Bệnh viện Đa khoa tỉnh Phú Thọ, bệnh nhân đã qua cơn nguy kịch.",
     ("Lê Văn Tâm", "Trưởng kíp trực", "Bệnh viện Đa khoa tỉnh Phú Thọ")),
    ("Bác sĩ Phạm Thu Hà - Trưởng ca trực cấp cứu Bệnh viện Việt Đức - cho biết hai nạn nhân đã tỉnh.",
     ("Phạm Thu Hà", "Trưởng ca trực cấp cứu", "Bệnh viện Việt Đức")),
]


def test_shift_lead_without_body_gives_no_role() -> None:
    # a guard leading the night shift of nobody named is no official
    got = roles("Hai bảo vệ là Nguyễn Văn Cường (25 tuổi, trưởng ca trực) và Lê Văn An bị thương.")
    assert not any(n == "Nguyễn Văn Cường" for n, _, _ in got)


WARD_PART_CASES = [
    # --- a ward named by two specialties joined by a comma, then its hospital
    ("Bác sĩ Đỗ Văn Nam, Phó Trưởng khoa Hồi sức, Chống độc, Bệnh viện Đa khoa tỉnh Thái Bình cho biết.",
     ("Đỗ Văn Nam", "Phó Trưởng khoa Hồi sức, Chống độc", "Bệnh viện Đa khoa tỉnh Thái Bình")),
]


def test_comma_after_ward_before_a_second_post_is_no_ward_part() -> None:
    # a post after the comma is a second post, not the ward's second name
    got = roles("Bác sĩ Đỗ Văn Nam, Trưởng khoa Ngoại, Phó Giám đốc Bệnh viện Bạch Mai cho biết.")
    assert ("Đỗ Văn Nam", "Trưởng khoa Ngoại", "Bệnh viện Bạch Mai") in got
    assert ("Đỗ Văn Nam", "Phó Giám đốc", "Bệnh viện Bạch Mai") in got


NAME_END_CASES = [
    # --- a given name that is also a body's head word keeps its place before a verb
    ("Giám đốc Sở Xây dựng Hà Nội Lê Văn Viện đã giao các quận kiểm tra lại.",
     ("Lê Văn Viện", "Giám đốc", "Sở Xây dựng Hà Nội")),
    ("Giám đốc Sở Y tế Nam Định Trần Văn Hội cho biết tỉnh đã đủ vắc xin.",
     ("Trần Văn Hội", "Giám đốc", "Sở Y tế Nam Định")),
]


def test_head_word_before_a_noun_is_no_name_end() -> None:
    # "Hội đồng" after the name: the head word starts a body, not the name's end
    got = roles("Ông Nguyễn Văn Hội đồng ý với đề xuất của Bệnh viện Bạch Mai.")
    assert not any(n == "Nguyễn Văn Hội" for n, _, _ in got)


INSPECTORATE_CASES = [
    # --- "tổng thanh tra Chính phủ" in lower case heads the Government Inspectorate, not the Government
    ("Theo quyết định do Phó tổng thanh tra Chính phủ Trần Văn Long ký, đoàn thanh tra gồm 8 người.",
     ("Trần Văn Long", "Phó tổng thanh tra Chính phủ", "Thanh tra Chính phủ")),
]


def test_inspector_general_is_not_the_governments_post() -> None:
    got = roles("Theo quyết định do Phó tổng thanh tra Chính phủ Trần Văn Long ký, đoàn thanh tra gồm 8 người.")
    assert not any(o == "Chính phủ" for _, _, o in got)


def test_verb_ends_an_inner_boards_name() -> None:
    # "trao quyết định" is what the head does, not part of the board's name; the Secretariat whose
    # decision it is holds no such post
    got = roles("Ông Trần Văn Bình, Trưởng ban Tuyên giáo trao quyết định của Ban Bí thư cho ông Lê Văn An.")
    assert not any("trao" in t or o == "Ban Bí thư" for _, t, o in got)


SHORT_FORM_CASES = [
    # --- a police chief written with the short form of the district police
    ("Đại tá Trần Minh Quân – Trưởng CAQ Ba Đình cho biết đã bắt giữ hai đối tượng.",
     ("Trần Minh Quân", "Trưởng Công an", "Công an quận Ba Đình")),
    ("Thượng tá Lê Văn Hòa, Phó CAH Gia Lâm cho biết vụ việc đang được điều tra.",
     ("Lê Văn Hòa", "Phó Công an", "Công an huyện Gia Lâm")),
    # --- a minister's secretary: the ministry after "Bộ trưởng" is the post's
    ("Ông Phạm Văn Tâm - thư ký Bộ trưởng Bộ Y tế cho biết hồ sơ đã được gửi đi.",
     ("Phạm Văn Tâm", "Thư ký Bộ trưởng", "Bộ Y tế")),
]


def test_lower_case_shift_is_no_police_chief() -> None:
    # only the capitalised short forms name a police; "phó ca" is a shift's deputy
    got = roles("Chị Lê Thị Hoa, phó ca sản xuất của Công ty May 10, cho biết công nhân đã về.")
    assert not any(t.endswith("Công an") for _, t, _ in got)


@pytest.mark.parametrize("text,expected", SHIFT_LEAD_CASES + WARD_PART_CASES + NAME_END_CASES + INSPECTORATE_CASES
                         + SHORT_FORM_CASES)
def test_stated_role(text: str, expected: tuple[str, str, str]) -> None:
    got = {(n, t.lower(), o) for n, t, o in roles(text)}
    assert (expected[0], expected[1].lower(), expected[2]) in got
