"""Officials (session 39, own sentences): posts the rules used to miss on fresh press text."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check


@pytest.mark.parametrize("text, want", [
    # "Trưởng Chi cục X": the head's title written before the unit, like "Trưởng trạm Y tế xã"
    ("Ông Lê Văn Tâm, Trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình cho biết, cơ sở đã bị đình chỉ.",
     ("Lê Văn Tâm", "Trưởng Chi cục", "Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình")),
    ("Bà Phạm Thị Hoa, Phó trưởng Chi cục Thú y tỉnh Hà Tĩnh, đã kiểm tra các điểm giết mổ.",
     ("Phạm Thị Hoa", "Phó trưởng Chi cục", "Chi cục Thú y tỉnh Hà Tĩnh")),
    ("Trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nam Định Trần Văn Lợi cho biết tỷ lệ sinh đã giảm.",
     ("Trần Văn Lợi", "Trưởng Chi cục", "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nam Định")),
])
def test_head_of_a_sub_department_written_before_it(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


def test_sub_department_head_written_after_it_is_unchanged() -> None:
    got = roles("Ông Lê Văn Tâm, Chi cục trưởng Chi cục Thú y tỉnh Quảng Bình, cho biết dịch đã được khống chế.")
    assert got == {("Lê Văn Tâm", "Chi cục trưởng", "Chi cục Thú y tỉnh Quảng Bình")}


@pytest.mark.parametrize("text, want", [
    # a council named before its body: the council goes into the title, the body is the organisation
    ("Bà Trần Thị Lan, Chủ tịch Hội đồng cố vấn Y khoa Bệnh viện Quốc tế Hòa Bình, cho biết kế hoạch đã được duyệt.",
     ("Trần Thị Lan", "Chủ tịch Hội đồng cố vấn Y khoa", "Bệnh viện Quốc tế Hòa Bình")),
    ("Ông Lê Văn Hùng, Thư ký Hội đồng khoa học Bệnh viện Bạch Mai, trình bày báo cáo.",
     ("Lê Văn Hùng", "Thư ký Hội đồng khoa học", "Bệnh viện Bạch Mai")),
    ("Ông Phạm Văn Sơn, Phó Chủ tịch Hội đồng Quản lý chất lượng khám chữa bệnh Sở Y tế Hà Nội, phát biểu.",
     ("Phạm Văn Sơn", "Phó Chủ tịch Hội đồng Quản lý chất lượng khám chữa bệnh", "Sở Y tế Hà Nội")),
])
def test_council_named_before_its_body(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


@pytest.mark.parametrize("text, want", [
    # a council that is an organisation itself keeps the bare title
    ("Ông Lê Văn Hùng, Chủ tịch Hội đồng Y khoa Quốc gia, cho biết.", ("Lê Văn Hùng", "Chủ tịch", "Hội đồng Y khoa Quốc gia")),
    ("Ông Lê Văn Hùng, Chủ tịch Hội đồng nhân dân tỉnh Nghệ An, cho biết.",
     ("Lê Văn Hùng", "Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An")),
    ("Ông Lê Văn Hùng, Chủ tịch Hội đồng quản trị Bệnh viện Hồng Ngọc, cho biết.",
     ("Lê Văn Hùng", "Chủ tịch Hội đồng quản trị", "Bệnh viện Hồng Ngọc")),
])
def test_council_that_is_a_body_is_unchanged(text: str, want: tuple[str, str, str]) -> None:
    assert roles(text) == {want}


def test_council_with_no_body_after_it_gives_no_council_role() -> None:
    got = roles("Bà Trần Thị Lan, Chủ tịch Hội đồng thi tốt nghiệp, cho biết kỳ thi diễn ra an toàn.")
    assert not any(title.startswith("Chủ tịch Hội đồng") for _, title, _ in got)


def test_capitalised_remit_is_part_of_the_title_not_a_unit_name() -> None:
    # "Phụ trách" written in capitals after a title is the holder's remit, as in lower case:
    # it was read as the name of a "Vụ Phụ trách"
    got = roles("Ông Lê Văn Hùng, Phó Vụ trưởng Phụ trách Vụ Pháp chế Bộ Y tế, cho biết dự thảo đã được gửi đi.")
    assert ("Lê Văn Hùng", "Phó Vụ trưởng Phụ trách", "Vụ Pháp chế") in got
    assert all(org != "Vụ Phụ trách" for _, _, org in got)


def test_head_nurse_of_a_ward_written_before_the_name() -> None:
    # "Điều dưỡng trưởng khoa X" before a name: the ward goes into the title (like "Trưởng khoa X"),
    # the hospital is the one the article names
    got = roles("Bệnh viện Đa khoa tỉnh Quảng Trị đã tiếp nhận bệnh nhi. "
                "Điều dưỡng trưởng khoa Nhi Lê Thị Hạnh cho biết bé đã được xuất viện.")
    assert got == {("Lê Thị Hạnh", "Điều dưỡng trưởng khoa Nhi", "Bệnh viện Đa khoa tỉnh Quảng Trị")}


@pytest.mark.parametrize("text, want", [
    # "phụ trách Sở X" with no deputy's title before it: the one in charge of the department
    ("Ông Trần Văn Nam - phụ trách Sở Ngoại vụ Phú Yên - cho biết đoàn sẽ lưu lại ba ngày.",
     ("Trần Văn Nam", "Phụ trách", "Sở Ngoại vụ Phú Yên")),
    ("Phụ trách Sở Y tế Quảng Ngãi Lê Văn Tâm đã ký văn bản gửi các bệnh viện.",
     ("Lê Văn Tâm", "Phụ trách", "Sở Y tế Quảng Ngãi")),
])
def test_in_charge_of_a_department(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


def test_deputy_in_charge_of_a_department_keeps_the_deputy_title() -> None:
    got = roles("Ông Trần Văn Nam, Phó Giám đốc phụ trách Sở Y tế Phú Yên, cho biết.")
    assert got == {("Trần Văn Nam", "Phó Giám đốc phụ trách", "Sở Y tế Phú Yên")}


def test_name_run_straight_into_an_in_charge_title_ends_before_it() -> None:
    # no comma between the name and "Phụ trách …": "Phụ" is no given name of the holder
    got = roles("ThS. Trần Minh Khoa Phụ trách Trung tâm Chống độc, Bệnh viện Bạch Mai cho biết ca bệnh đã ổn.")
    assert ("Trần Minh Khoa", "Phụ trách Trung tâm Chống độc", "Bệnh viện Bạch Mai") in got
