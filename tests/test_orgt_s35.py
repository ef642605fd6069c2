"""Organisations named inside officials' title phrases (session 35, issue 9), run through the real
EXTRACTION chain with our own sentences: a district's office written after a lower-case "phòng"
("Trưởng phòng Y tế huyện X", "phòng GD&ĐT quận Y") is an organisation of its own, as the officials
step already reads it as the post's body; a hospital's department after "Trưởng phòng" is not; a
body's office named by its chief's title with a lower-case "văn phòng" ("chánh văn phòng Sở Y tế X")
is listed beside the body; an association or fund written in lower case after its head and closed by
a province or the country without a level word is read ("Hiệp hội chăn nuôi Bình Dương")."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "district_office": [
        ("Ông Trần Văn Nam, Trưởng phòng Y tế huyện Kim Bôi, cho biết đã lấy mẫu thực phẩm.",
         {"Phòng Y tế huyện Kim Bôi"}),
        ("Bà Lê Thị Hoa, Phó trưởng phòng GD&ĐT quận Ba Đình, cho biết trường đã tạm dừng bán trú.",
         {"Phòng Giáo dục và Đào tạo quận Ba Đình"}),
        ("Theo phòng y tế thị xã Sơn Tây, cơ sở này chưa có giấy phép.",
         {"Phòng Y tế thị xã Sơn Tây"}),
        ("Ông Phạm Văn Tâm, trưởng phòng NN & PTNT huyện Nghi Lộc, cho hay dịch đã được khống chế.",
         {"Phòng Nông nghiệp và Phát triển nông thôn huyện Nghi Lộc"}),
    ],
    # not a district's office: a hospital's or a department's own unit, a room, a generic office
    "not_an_office": [
        ("Ông Lê Văn Hải, Trưởng phòng Kế hoạch tổng hợp Bệnh viện Đa khoa tỉnh Hòa Bình, cho biết.",
         {"Bệnh viện Đa khoa tỉnh Hòa Bình"}),
        ("Bệnh nhân được đưa vào phòng cấp cứu của bệnh viện lúc 2 giờ sáng.", set()),
        ("Trưởng phòng y tế các huyện được yêu cầu báo cáo trước ngày 15/3.", set()),
    ],
    "title_office": [
        ("Ông Trần Văn Bình - chánh văn phòng Sở Y tế Hà Tĩnh cho biết đã nhận được đơn.",
         {"Văn phòng Sở Y tế Hà Tĩnh", "Sở Y tế Hà Tĩnh"}),
        ("Ông Lê Văn Tùng, Phó chánh văn phòng UBND tỉnh Quảng Trị, cho biết tỉnh đã chỉ đạo.",
         {"Văn phòng Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"}),
        # no body after the title: nothing; a capitalised "Văn phòng X" stays the walker's one name
        ("Phó chánh văn phòng Nguyễn Văn Hùng đã trao quà cho các gia đình.", set()),
        ("Ông Hà Văn Minh, Chánh Văn phòng Bộ Y tế, cho biết công văn đã được gửi.", {"Văn phòng Bộ Y tế"}),
        # an inspectorate: a department's or a ministry's, beside its body
        ("Ông Phan Văn Lộc, chánh thanh tra Sở Y tế Đồng Nai, cho biết đã xử phạt 3 cơ sở.",
         {"Thanh tra Sở Y tế Đồng Nai", "Sở Y tế Đồng Nai"}),
        ("Ông Vũ Đức Hải, Phó chánh thanh tra Bộ Y tế cho biết đoàn sẽ làm việc trong 10 ngày.",
         {"Thanh tra Bộ Y tế", "Bộ Y tế"}),
        # a lower-case word after the title is no body's name
        ("Ông Vũ Đức Hải, chánh thanh tra bệnh viện cho biết đoàn sẽ làm việc trong 10 ngày.", set()),
    ],
    "association": [
        ("Ông Trần Văn Hòa, chủ tịch Hiệp hội chăn nuôi Bình Dương, cho biết giá lợn giảm mạnh.",
         {"Hiệp hội chăn nuôi Bình Dương"}),
        ("Theo Quỹ bảo trợ trẻ em Việt Nam, năm nay có 300 em được phẫu thuật tim.",
         {"Quỹ bảo trợ trẻ em Việt Nam"}),
        ("Bà Lê Thị Mai, Phó chủ tịch Liên hiệp các hội khoa học và kỹ thuật Cần Thơ, cho biết như vậy.",
         {"Liên hiệp các hội khoa học và kỹ thuật Cần Thơ"}),
        ("Ông Lê Văn Tâm, Phó giám đốc Trung tâm điều hành sân bay quốc tế Cần Thơ, cho biết như vậy.",
         {"Trung tâm điều hành sân bay quốc tế Cần Thơ"}),
        # an event, a council or a clause after the head is no association
        ("Hội nghị tổng kết Cần Thơ diễn ra trong hai ngày.", set()),
        ("Hội đồng chuyên môn của Bình Dương đã họp.", set()),
        # a name the walker reads (a level word closes it) is left to the walker
        ("Hội chữ thập đỏ tỉnh Nghệ An đã trao 200 suất quà.", {"Hội chữ thập đỏ tỉnh Nghệ An"}),
        # a function word inside the run is a clause, not a name
        ("Hiệp hội cho biết giá lợn ở Đồng Nai giảm.", set()),
    ],
}
CASES = [(family, text, want) for family, rows in FAMILIES.items() for text, want in rows]


@pytest.mark.parametrize("family,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_family(family: str, text: str, want: set[str]) -> None:
    assert names(text) == want


def test_office_is_a_health_department() -> None:
    from extractors.doc import Doc
    from extractors import run
    from pipeline.stages import EXTRACTION
    doc = run(Doc(text="Ông Trần Văn Nam, Trưởng phòng Y tế huyện Kim Bôi, cho biết như vậy."), EXTRACTION)
    assert [(o.name, o.type) for o in doc.organizations] == [("Phòng Y tế huyện Kim Bôi", "health_department")]
    assert [(o.title, o.organization) for o in doc.officials] == [("Trưởng phòng", "Phòng Y tế huyện Kim Bôi")]
