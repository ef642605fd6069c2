"""Table tests for organisation families added in session 32 (recall: names read as nothing), run
through the real EXTRACTION chain with our own sentences: a regional office numbered by its region
("Chi cục Thú y vùng VI", "Cơ quan thú y vùng 3") is read whole and given no province; "Bí" opens a
title only in "Bí thư", so "Uông Bí" is read whole; national and international bodies the press
writes in sentence case are known by name ("Ban Thực hiện chính sách BHYT", "Hội đồng Chức danh
giáo sư nhà nước", "Ủy ban châu Âu", "Ủy ban Chữ thập đỏ quốc tế"); a two-syllable capitalised word
after a lower-case run closes a body's name ("Công ty Sinh phẩm Quảng Châu": full personal names in
the news have three syllables) unless the run goes on from it."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "regional_office": [
        ("Tin y tế. Chi cục Thú y vùng VI cảnh báo nguy cơ dịch tả lợn châu Phi.", {"Chi cục Thú y vùng VI"}),
        # a regional office belongs to no province, even in a story about one
        ("Tin Đồng Nai. Tại Đồng Nai, Chi cục Thú y vùng 6 đã lấy mẫu xét nghiệm.", {"Chi cục Thú y vùng 6"}),
        ("Tin y tế. Theo ông Bình, Cơ quan thú y vùng III, ổ dịch đã được khống chế.", {"Cơ quan Thú y vùng III"}),
        # "vùng" with no number is no region's office
        ("Tin y tế. Chi cục Thú y vùng sâu còn thiếu cán bộ.", set()),
    ],
    "bi_in_place": [
        ("Tin y tế. Ông Hòa, Công an thành phố Uông Bí cho biết vụ việc đang được điều tra.",
         {"Công an thành phố Uông Bí"}),
        # "Bí thư" still opens a title after a name
        ("Tin y tế. Bệnh viện Bạch Mai Bí thư Đảng ủy Nguyễn Văn An phát biểu.", {"Bệnh viện Bạch Mai"}),
    ],
    "known_bodies": [
        ("Tin y tế. Ông Hùng, Phó trưởng Ban Thực hiện chính sách BHYT, cho biết chi phí tăng.",
         {"Ban Thực hiện chính sách Bảo hiểm y tế"}),
        ("Tin y tế. Năm nay Hội đồng Chức danh giáo sư nhà nước công nhận 1.000 ứng viên.",
         {"Hội đồng Chức danh giáo sư nhà nước"}),
        ("Tin y tế. Ủy ban châu Âu vừa công bố khoản tài trợ mới.", {"Ủy ban châu Âu"}),
        ("Tin y tế. Ủy ban Chữ thập đỏ quốc tế kêu gọi hỗ trợ khẩn cấp.", {"Ủy ban Chữ thập đỏ quốc tế"}),
        ("Tin y tế. Ban Quản lý dự án y tế trọng điểm cho biết công trình sẽ hoàn thành.",
         {"Ban Quản lý dự án y tế trọng điểm"}),
    ],
    "two_syllable_brand": [
        ("Tin y tế. Lô vắc xin do Công ty Sinh phẩm Quảng Châu sản xuất bị thu hồi.", {"Công ty Sinh phẩm Quảng Châu"}),
        ("Tin y tế. Giám đốc Công ty TNHH Dịch vụ bảo vệ Bạch Hổ cho biết hợp đồng đã hết.",
         {"Công ty TNHH Dịch vụ bảo vệ Bạch Hổ"}),
        ("Tin y tế. Ông Kim, Chủ tịch Hội phẫu thuật thẩm mỹ Hàn Quốc, sang thăm bệnh viện.",
         {"Hội phẫu thuật thẩm mỹ Hàn Quốc"}),
        # a full (three-syllable) name after the run is a person, not the body's name
        ("Tin y tế. Suất ăn do công ty Bếp ăn tập thể Trần Thị Mai cung cấp.", set()),
        # a lower-case run that goes on from the pair to a place is a clause, not a name
        ("Tin y tế. Phụ huynh trường mầm non Thanh Khương đưa con xuống Hà Nội xét nghiệm.",
         {"Trường Mầm non Thanh Khương"}),
        # a portfolio's lower-case field before its place stays the Chi cục's
        ("Tin y tế. Ông Hoàng (Chi cục trưởng Nuôi trồng thủy sản Hà Tĩnh) cho biết.",
         {"Chi cục Nuôi trồng thủy sản Hà Tĩnh"}),
    ],
    "short_portfolio": [
        ("Tin y tế. Bộ trưởng Lao động Đào Ngọc Dung đã đến thăm các em.", {"Bộ Lao động - Thương binh và Xã hội"}),
        ("Tin y tế. Bộ trưởng Khoa học Chu Ngọc Anh phát biểu tại hội thảo.", {"Bộ Khoa học và Công nghệ"}),
        ("Tin y tế. Bộ trưởng Thông tin Trương Minh Tuấn đề nghị các báo gỡ bài.", {"Bộ Thông tin và Truyền thông"}),
        # another country's minister: that country's ministry, not Vietnam's
        ("Tin y tế. Bộ trưởng Khoa học Pháp Frédérique Vidal sang thăm.", {"Bộ Khoa học Pháp"}),
    ],
    "traffic_safety_abbreviation": [
        ("Tin y tế. Ban An toàn giao thông (ATGT) tỉnh Thái Nguyên cho biết vụ tai nạn làm 2 người chết.",
         {"Ban An toàn giao thông tỉnh Thái Nguyên"}),
        ("Tin y tế. Theo Ủy ban An toàn giao thông (ATGT) Quốc gia, số vụ tai nạn đã giảm.",
         {"Ủy ban An toàn giao thông quốc gia"}),
    ],
    "person_like_district": [
        ("Tin y tế. Anh được đưa đến Trung tâm Y tế huyện Dương Minh Châu cấp cứu.",
         {"Trung tâm Y tế huyện Dương Minh Châu"}),
        ("Tin y tế. Ông Sơn, Chủ tịch UBND huyện Hoàng Su Phì cho biết.", {"Ủy ban nhân dân huyện Hoàng Su Phì"}),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES)
def test_s32_family(family: str, text: str, expected: set[str]) -> None:
    got = {n.lower() for n in names(text)}
    assert got == {n.lower() for n in expected}, family
