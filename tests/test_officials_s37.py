"""Table tests (session 37, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check


@pytest.mark.parametrize("text, role, wrong", [
    # --- "ông" inside "sông" leads no name: the river's name is no holder of the post after it
    ("Sau khi đi thuyền trên sông Cửu Long, Phó Thủ tướng Trần Văn Lộc đến thăm trạm y tế xã.",
     ("Trần Văn Lộc", "Phó Thủ tướng", "Chính phủ"), "Cửu Long"),
    ("Trong chuyến khảo sát các tuyến đê dọc sông Hồng Hà, Phó Thủ tướng Trần Văn Lộc yêu cầu "
     "các địa phương chuẩn bị phương án sơ tán.",
     ("Trần Văn Lộc", "Phó Thủ tướng", "Chính phủ"), "Hồng Hà"),
])
def test_ong_inside_a_word_leads_no_name(text: str, role: tuple[str, str, str], wrong: str) -> None:
    got = roles(text)
    assert role in got
    assert not any(n == wrong for n, _, _ in got)


@pytest.mark.parametrize("text, role", [
    # --- a hospital's surgical or andrology centre written in lower case, its hospital named in the
    # sentence before
    ("Bệnh viện Nhi Trung ương vừa mổ thành công cho một bé gái 8 tháng tuổi. Bác sĩ Lê Văn Hải, "
     "Phó giám đốc Trung tâm phẫu thuật nội soi, cho biết bé đã tự thở.",
     ("Lê Văn Hải", "Phó giám đốc Trung tâm Phẫu thuật nội soi", "Bệnh viện Nhi Trung ương")),
    ("Bệnh viện Hữu nghị Việt Đức tổ chức tư vấn miễn phí. Ông Đỗ Minh Tâm, Giám đốc Trung tâm "
     "nam học cho biết nhiều người bệnh đến muộn.",
     ("Đỗ Minh Tâm", "Giám đốc Trung tâm Nam học", "Bệnh viện Hữu nghị Việt Đức")),
    # --- a specialty written capitalised between the name and the post
    ("Bệnh viện Nhi Trung ương vừa mổ thành công cho một bé gái 8 tháng tuổi. Bác sĩ Lê Văn Hải, "
     "chuyên khoa Ngoại Tiêu hóa, Phó giám đốc Trung tâm phẫu thuật nội soi, người mổ chính, cho biết bé đã tự thở.",
     ("Lê Văn Hải", "Phó giám đốc Trung tâm Phẫu thuật nội soi", "Bệnh viện Nhi Trung ương")),
])
def test_hospital_centre_heads(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


def test_specialty_then_a_body_is_no_post() -> None:
    # the specialty runs into the hospital's name: no post is written after it
    assert roles("Bác sĩ Lê Văn Hải, chuyên khoa Nội Bệnh viện Bạch Mai, cho biết bệnh nhân đã ổn định.") == set()


@pytest.mark.parametrize("text, both", [
    # --- a post before the name and one after a dash: both the name's, as after a comma
    ("Phó Thủ tướng Lê Văn Thành – Trưởng Ban Chỉ đạo quốc gia phòng chống dịch phát biểu khai mạc.",
     {("Lê Văn Thành", "Phó Thủ tướng", "Chính phủ"),
      ("Lê Văn Thành", "Trưởng Ban", "Ban Chỉ đạo quốc gia phòng chống dịch")}),
    ("Thứ trưởng Bộ Y tế Phạm Văn Lộc - Phó Chủ tịch Hội Y học Việt Nam chủ trì hội nghị.",
     {("Phạm Văn Lộc", "Thứ trưởng", "Bộ Y tế"), ("Phạm Văn Lộc", "Phó Chủ tịch", "Hội Y học Việt Nam")}),
])
def test_posts_on_both_sides_of_a_dash(text: str, both: set[tuple[str, str, str]]) -> None:
    assert both <= roles(text)


def test_post_after_a_dash_unread_keeps_the_one_before() -> None:
    # the body after the dash is written bare ("Ủy ban"): the minister's post still stands
    got = roles("Đoàn công tác do Bộ trưởng Y tế Trần Thị Hoa - Phó Chủ tịch thường trực Ủy ban dẫn đầu "
                "đã làm việc với tỉnh.")
    assert ("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế") in got


def test_post_after_another_name_and_dash_is_not_the_next_names() -> None:
    # "Trần Ban" (a name our readers miss) holds the post written after its dash, not the next name
    got = roles("Tham dự có Trần Ban - Phó Trưởng ban Tổ chức Trung ương, Lê Văn Chung - Chủ tịch UBND "
                "thành phố Hà Nội.")
    assert ("Lê Văn Chung", "Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội") in got
    assert not any(n == "Lê Văn Chung" and t.startswith("Phó Trưởng") for n, t, _ in got)


@pytest.mark.parametrize("text, role", [
    # --- a unit's head written bare: the one institute, department or directorate the article names
    ("Viện Pasteur Nha Trang đã nhận hơn 300 mẫu bệnh phẩm. Ông Trần Quốc Bảo - phó viện trưởng, cho biết "
     "kết quả sẽ có sau hai ngày.",
     ("Trần Quốc Bảo", "Phó viện trưởng", "Viện Pasteur Nha Trang")),
    ("Công văn của Vụ Sức khỏe Bà mẹ - Trẻ em do Vụ trưởng Lê Thị Mai ký yêu cầu các sở báo cáo.",
     ("Lê Thị Mai", "Vụ trưởng", "Vụ Sức khỏe Bà mẹ - Trẻ em")),
])
def test_bare_unit_head_takes_the_named_unit(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


def test_bare_unit_head_before_a_name_is_that_names() -> None:
    # "A, Viện trưởng B nói": the post written before B is B's, though the institute's name
    # ends in a lower-case word
    got = roles("Viện Kiểm sát nhân dân tối cao đã trả lời. Về việc đổi tội danh với bác sĩ Hoàng Văn Tư, "
                "Viện trưởng Lê Minh Trí nói rằng đó là lẽ thường.")
    assert ("Lê Minh Trí", "Viện trưởng", "Viện Kiểm sát nhân dân tối cao") in got
    assert not any(n == "Hoàng Văn Tư" for n, _, _ in got)


def test_unit_written_after_the_title_wins() -> None:
    # the unit after the title ("vụ đào tạo chính quy"), not the one other Vụ the article names
    got = roles("Vụ Giáo dục đại học vừa công bố danh sách. Ông Vũ Văn Hải - Vụ trưởng vụ đào tạo chính quy - "
                "Tổng cục giáo dục nghề nghiệp, cho rằng năm nay thí sinh tăng.")
    assert not any(n == "Vũ Văn Hải" and o == "Vụ Giáo dục đại học" for n, _, o in got)


@pytest.mark.parametrize("text, role", [
    # --- a bare unit head that closes its clause: a comma, a verb or the holder's name follows
    ("Cục Quản lý Môi trường y tế vừa kiểm tra các lò đốt rác. Bà Phạm Thu Hà, phó cục trưởng cho biết "
     "nhiều lò đã quá cũ.",
     ("Phạm Thu Hà", "Phó cục trưởng", "Cục Quản lý Môi trường y tế")),
    ("Viện Vệ sinh dịch tễ Tây Nguyên đã gửi mẫu đi xét nghiệm. Ông Lê Văn Tùng, viện trưởng, nói rằng "
     "kết quả sẽ có trong tuần.",
     ("Lê Văn Tùng", "Viện trưởng", "Viện Vệ sinh dịch tễ Tây Nguyên")),
])
def test_bare_unit_head_closing_its_clause_takes_the_named_unit(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


@pytest.mark.parametrize("text, name, wrong", [
    # --- a lower-case account of another unit after the bare head: not the article's one unit
    ("Theo Viện Dinh dưỡng quốc gia, người lớn cần ngủ đủ giấc. Ông Ngô Đức Thịnh, nguyên viện trưởng "
     "một viện nghiên cứu ở Hàn Quốc, cho biết thêm điều này.", "Ngô Đức Thịnh", "Viện Dinh dưỡng quốc gia"),
    ("Cục An toàn thực phẩm vừa cảnh báo về nấm độc. Bà Vũ Thị Lan, cục trưởng một cục thú y của "
     "nước bạn, cũng có mặt.", "Vũ Thị Lan", "Cục An toàn thực phẩm"),
])
def test_bare_unit_head_before_another_units_account_takes_no_unit(text: str, name: str, wrong: str) -> None:
    assert not any(n == name and o == wrong for n, _, o in roles(text))


@pytest.mark.parametrize("text, role", [
    # --- a deputy written "cục phó", "vụ phó", "viện phó" is of the one unit as "phó cục trưởng" is
    ("Cục Quản lý Dược vừa đình chỉ lưu hành một lô kháng sinh. Ông Lý Văn Tài, cục phó, cho biết "
     "lô thuốc không đạt độ hòa tan.",
     ("Lý Văn Tài", "Cục phó", "Cục Quản lý Dược")),
    ("Cục Quản lý Dược vừa đình chỉ lưu hành một lô kháng sinh. Ông Lý Văn Tài, phó cục trưởng, cho biết "
     "lô thuốc không đạt độ hòa tan.",
     ("Lý Văn Tài", "Phó cục trưởng", "Cục Quản lý Dược")),
    ("Viện Sốt rét - Ký sinh trùng - Côn trùng Quy Nhơn đã cử người xuống xã. Bà Đinh Thị Nga, viện phó, "
     "cho biết số ca sốt rét đang giảm.",
     ("Đinh Thị Nga", "Viện phó", "Viện Sốt rét - Ký sinh trùng - Côn trùng Quy Nhơn")),
])
def test_every_bare_unit_head_takes_the_one_named_unit(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)
