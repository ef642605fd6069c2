"""Organisation boundaries of session 35 (helper orgsb2), through the real extraction chain, on
our own sentences: a local place named after its province plus a direction or "Mười" ("huyện
Điện Biên Đông", "xã Bình Định Bắc", "khu vực Đồng Tháp Mười") keeps its last word; "Pháp" that
begins "Pháp luật"/"Pháp lý" is the law, not France ("Viện Y học Pháp lý"); a place's "Bà"
("Cát Bà", "Thác Bà") before a lower-case word or a mark is the place's, not an honorific. Two provinces in a
row, a military rank after a ministry, and a province-level name are left as they were."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

CASES = [
    ("Tin y tế. Ông Minh, giám đốc Trung tâm Y tế huyện Điện Biên Đông cho biết.",
     {"Trung tâm Y tế huyện Điện Biên Đông"}),
    ("Tin y tế. Chủ tịch UBND xã Bình Định Bắc cho biết có 9 em đi bơi.",
     {"Ủy ban nhân dân xã Bình Định Bắc"}),
    ("Tin y tế. Bệnh viện đa khoa khu vực Đồng Tháp Mười đã cấp cứu kịp thời cho bệnh nhân.",
     {"Bệnh viện Đa khoa khu vực Đồng Tháp Mười"}),
    ("Tin y tế. Hai bác sĩ của Trung tâm Y tế huyện Điện Biên Đông, Điện Biên đã được khen thưởng.",
     {"Trung tâm Y tế huyện Điện Biên Đông"}),
    ("Tin y tế. Mẫu được gửi đến Viện Y học Pháp lý để xác định nguyên nhân tử vong.",
     {"Viện Y học Pháp lý"}),
    ("Tin y tế. Luật sư của Trung tâm Tư vấn Pháp luật đã hỗ trợ gia đình nạn nhân.",
     {"Trung tâm Tư vấn Pháp luật"}),
    ("Tin y tế. Các bệnh nhân được đưa vào bệnh viện đa khoa Cát Bà cấp cứu trong đêm.",
     {"Bệnh viện Đa khoa Cát Bà"}),
    ("Tin y tế. Nạn nhân được đưa vào Phòng khám đa khoa khu vực Thác Bà – Yên Bái để cấp cứu.",
     {"Phòng khám đa khoa khu vực Thác Bà"}),
    # left as they were
    ("Tin y tế. Lãnh đạo Bệnh viện Bạch Mai Bà Nguyễn Thị Hoa cho biết.", {"Bệnh viện Bạch Mai"}),
    ("Tin y tế. Bộ trưởng Bộ Công an Thượng tướng Tô Lâm cho biết.", {"Bộ Công an"}),
    ("Tin y tế. Giám đốc Sở Y tế Quảng Nam cho biết dịch đã được khống chế.", {"Sở Y tế Quảng Nam"}),
    ("Tin y tế. Trung tâm Y tế huyện Nam Đông đã cấp cứu cho 3 bệnh nhân.", {"Trung tâm Y tế huyện Nam Đông"}),
    ("Tin y tế. Bệnh viện Việt Pháp đã mổ thành công cho bệnh nhân.", {"Bệnh viện Việt Pháp"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_orgsb2_s35_boundaries(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_two_provinces_in_a_row_are_not_joined() -> None:
    got = names("Tin y tế. UBND tỉnh Hà Tĩnh Nam Định đã họp bàn về dịch bệnh.")
    assert not any(n.endswith(" Nam") for n in got)


# review2 (s35) items 3 and 4
REVIEW2 = [
    # a region word before a ministry's own name is a fronted place written without a comma
    ("Tại các tỉnh phía Nam Bộ Y tế đã cử 5 đoàn công tác hỗ trợ chống dịch.", {"Bộ Y tế"}),
    ("Ở khu vực miền Trung Bộ Y tế đã chỉ đạo các địa phương tăng cường giám sát.", {"Bộ Y tế"}),
    ("Tin y tế. Đoàn khách đã đến Bắc Bộ Phủ tham quan.", set()),
    # ", tỉnh/huyện" opening the next clause does not make the director's name a hospital
    ("Theo Giám đốc Bệnh viện Nguyễn Văn Hùng, tỉnh cần thêm 200 giường bệnh.", set()),
    ("Sau khi gặp Phó Giám đốc Bệnh viện Lê Thị Hồng, huyện cho biết sẽ hỗ trợ thêm.", set()),
    ("Tin y tế. Giám đốc Bệnh viện Lê Lợi, TP Vũng Tàu cho biết bệnh nhân đã ổn định.", {"Bệnh viện Lê Lợi"}),
]


@pytest.mark.parametrize("text,expected", REVIEW2)
def test_orgsb2_s35_review2(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_bare_city_committee_of_another_province_is_not_taken() -> None:
    """review2 item 7: the one named "Thành ủy Hà Nội" in a Nghệ An story is not the bare one's."""
    from test_orgs_s20 import EXTRACTION, Doc, P, run
    doc = run(Doc(text="Sở Y tế Nghệ An cho biết tỉnh Nghệ An đã học tập kinh nghiệm của Thành ủy Hà Nội. "
                       "Ông Nguyễn Văn A thuộc diện Ban thường vụ Thành ủy quản lý.", published=P), EXTRACTION)
    assert [(o.surface, o.name) for o in doc.organizations if o.name.startswith("Thành ủy")] == \
        [("Thành ủy Hà Nội", "Thành ủy Hà Nội")]
