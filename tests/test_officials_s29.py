"""Table tests (session 29, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

ASSOCIATION_CASES = [
    # --- an association's officer, its name written in lower case: up to the place that ends it
    ("Ông Lê Văn Tâm, chủ tịch Hiệp hội chăn nuôi Bình Dương, cho biết giá lợn đã giảm.",
     {("Lê Văn Tâm", "Chủ tịch", "Hiệp hội chăn nuôi Bình Dương")}),
    ("Bà Trần Thị Hoa - Phó chủ tịch Hội bảo trợ người khuyết tật và trẻ mồ côi tỉnh Quảng Nam - nói.",
     {("Trần Thị Hoa", "Phó chủ tịch", "Hội bảo trợ người khuyết tật và trẻ mồ côi tỉnh Quảng Nam")}),
    # … or up to the verb that follows it
    ("Ông Phạm Văn Đức, Tổng thư ký Hiệp hội thực phẩm chức năng cho biết thị trường đang tăng.",
     {("Phạm Văn Đức", "Tổng thư ký", "Hiệp hội thực phẩm chức năng")}),
    ("Ông Vũ Minh Hải (phó chủ tịch Tổng hội Y học Việt Nam) đề nghị sửa luật.",
     {("Vũ Minh Hải", "Phó chủ tịch", "Tổng hội Y học Việt Nam")}),
]


@pytest.mark.parametrize("text,expected", ASSOCIATION_CASES)
def test_association_officers(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


NOT_ASSOCIATION = [
    # a board, a conference, a fair: no association
    "Ông Lê Văn Tâm, Chủ tịch hội đồng quản trị cho biết công ty đã có lãi.",
    "Ông Lê Văn Tâm, chủ tịch hội nghị, phát biểu khai mạc.",
    # a name that runs into a second person: nothing read
    "Ông Lê Văn Tâm, chủ tịch hội nông dân và ông Trần Văn Bình đã đến.",
]


@pytest.mark.parametrize("text", NOT_ASSOCIATION)
def test_not_an_association(text: str) -> None:
    assert not roles(text)


MILITARY_CASES = [
    # --- a military unit's head, titled by the unit ("Đồn trưởng Đồn …", "Sư đoàn trưởng Sư đoàn …")
    ("Thượng tá Lê Văn Quang - đồn trưởng Đồn biên phòng Na Mèo - cho biết đã bắt giữ hai đối tượng.",
     {("Lê Văn Quang", "Đồn trưởng", "Đồn Biên phòng Na Mèo")}),
    ("Đại úy Trần Minh Tú, Phó đồn trưởng Đồn Biên phòng Cửa Tùng cho biết tàu đã vào bờ.",
     {("Trần Minh Tú", "Phó đồn trưởng", "Đồn Biên phòng Cửa Tùng")}),
    ("Đại tá Phan Văn Hùng, Sư đoàn trưởng Sư đoàn 341, đã đến thăm các chiến sĩ.",
     {("Phan Văn Hùng", "Sư đoàn trưởng", "Sư đoàn 341")}),
    ("Trung tá Đỗ Văn Long - phó trung đoàn trưởng Trung đoàn 935 - là lái chính.",
     {("Đỗ Văn Long", "Phó trung đoàn trưởng", "Trung đoàn 935")}),
    # a chief of staff of a named command
    ("Thiếu tướng Nguyễn Văn Bình, Phó Tư lệnh, Tham mưu trưởng Quân khu 5 chủ trì buổi diễn tập.",
     {("Nguyễn Văn Bình", "Tham mưu trưởng", "Quân khu 5")}),
]


@pytest.mark.parametrize("text,expected", MILITARY_CASES)
def test_military_unit_heads(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= roles(text)


def test_bare_chief_of_staff_names_nothing() -> None:
    assert not roles("Ông Lê Văn Quang, tham mưu trưởng cho biết đơn vị đã sẵn sàng.")


ENVOY_CASES = [
    # --- an embassy's counsellor and the field: the field is part of the title, the embassy the body
    ("Ông Lê Quang Huy - tham tán thương mại Đại sứ quán Việt Nam tại Hàn Quốc - cho biết hàng đã được thông quan.",
     {("Lê Quang Huy", "Tham tán thương mại", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    ("Bà Đỗ Thị Mai, Tham tán văn hóa Đại sứ quán Việt Nam tại Pháp, phát biểu tại buổi lễ.",
     {("Đỗ Thị Mai", "Tham tán văn hóa", "Đại sứ quán Việt Nam tại Pháp")}),
    # a defence attaché, a diplomat's rank
    ("Đại tá Phan Văn Kiên, Tùy viên quốc phòng Đại sứ quán Việt Nam tại Lào, đã đến thăm.",
     {("Phan Văn Kiên", "Tùy viên quốc phòng", "Đại sứ quán Việt Nam tại Lào")}),
    ("Ông Ngô Văn Tài, Bí thư thứ nhất Đại sứ quán Việt Nam tại Malaysia, cho biết các ngư dân đã an toàn.",
     {("Ngô Văn Tài", "Bí thư thứ nhất", "Đại sứ quán Việt Nam tại Malaysia")}),
]


@pytest.mark.parametrize("text,expected", ENVOY_CASES)
def test_counsellor_field(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


INSURANCE_CASES = [
    # --- a board of the social insurance agency named without the agency, in an article about it
    ("Bảo hiểm xã hội Việt Nam vừa công bố số liệu. Ông Lê Minh Tuấn, Phó trưởng ban phụ trách Ban Thực hiện "
     "chính sách BHYT nhấn mạnh chi phí đã tăng.",
     {("Lê Minh Tuấn", "Phó trưởng ban phụ trách", "Ban Thực hiện chính sách BHYT")}),
    ("BHXH Việt Nam cho biết thuốc đã trúng thầu. Bà Vũ Thị Hạnh, Trưởng ban Dược và vật tư y tế lấy ví dụ.",
     {("Vũ Thị Hạnh", "Trưởng ban", "Ban Dược và vật tư y tế")}),
]


@pytest.mark.parametrize("text,expected", INSURANCE_CASES)
def test_insurance_board_without_agency(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= roles(text)


def test_board_of_no_agency_article() -> None:
    # no insurance agency in the article: the board is not read as the agency's ("Ban Thực hiện chính
    # sách BHYT" is a known national body since stop 32, named alone; this board is not)
    assert not roles("Ông Lê Minh Tuấn, Phó trưởng ban phụ trách Ban Dược và vật tư y tế nhấn mạnh chi phí.")


FOREIGN_MINISTER_CASES = [
    # --- a foreign minister: the country written between the title and the name closes the ministry
    ("Bộ trưởng Y tế Hoa Kỳ Tom Price đã từ chức sau bê bối.",
     {("Tom Price", "Bộ trưởng", "Bộ Y tế Hoa Kỳ")}),
    ("Bộ trưởng Ngoại giao Thái Lan Prasert Chanthong gửi điện chúc mừng.",
     {("Prasert Chanthong", "Bộ trưởng", "Bộ Ngoại giao Thái Lan")}),
    # a Vietnamese holder keeps the ministry, whatever country the sentence names
    ("Tại Nhật Bản, Thứ trưởng Bộ Y tế Nguyễn Viết Tiến đã làm việc với đối tác.",
     {("Nguyễn Viết Tiến", "Thứ trưởng", "Bộ Y tế")}),
]


@pytest.mark.parametrize("text,expected", FOREIGN_MINISTER_CASES)
def test_foreign_minister_country(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
