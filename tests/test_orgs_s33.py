"""Table tests for organisation families added in session 33 (recall: names read as nothing), run
through the real EXTRACTION chain with our own sentences: the management board of a province's
economic zone, industrial parks or high-tech park ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "Ban quản
lý các KCN tỉnh Bắc Giang") is read whole when a place or its owner closes it, the short forms KCN/KKT
and TP.HCM written out; two national bodies the press writes in sentence case are known by name
("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh"); a
mass organisation's local chapter written with "Việt Nam" before its place ("Ủy ban MTTQ Việt Nam
tỉnh Nghệ An", "Hội Chữ thập đỏ Việt Nam tỉnh Quảng Nam") is read to the place, not cut at the
country as the national body; a continent closes a body's lower-case name ("Trung tâm kiểm
soát dịch bệnh châu Âu", "Cục hàng không châu Âu"), but not a city's role ("trung tâm tài chính châu
Á"); known names written in sentence case ("Tổ chức y tế thế giới") are read; a district's farm-service
station ("Trạm Chăn nuôi và Thú y huyện Ninh Sơn", "Trạm Khuyến nông Tiên Phước") is read with its place."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "zone_board": [
        ("Tin kinh tế. Ông An, Phó trưởng Ban quản lý Khu kinh tế tỉnh Hà Tĩnh cho hay dự án đã dừng.",
         {"Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"}),
        ("Tin lao động. Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh đã kiểm tra nhà máy.",
         {"Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"}),
        # the press's short form is written out
        ("Tin lao động. Ông Bình, Trưởng Ban Quản lý các KCN tỉnh Bắc Giang cho biết công nhân đã đi làm lại.",
         {"Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang"}),
        ("Tin công nghệ. Ban quản lý Khu công nghệ cao TP.HCM đề nghị hỗ trợ nhà đầu tư.",
         {"Ban Quản lý Khu công nghệ cao Thành phố Hồ Chí Minh"}),
        # no place and no owner: which zone's board is not known
        ("Tin lao động. Ban quản lý khu công nghiệp cho biết sẽ xử lý.", set()),
    ],
    "known_bodies": [
        ("Tin khoa học. Ông Hùng, Chủ tịch Liên hiệp các hội khoa học và kỹ thuật Việt Nam phát biểu.",
         {"Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"}),
        ("Tin y tế. Ban Quản lý Lăng Chủ tịch Hồ Chí Minh đã đón tiếp đoàn đại biểu.",
         {"Ban Quản lý Lăng Chủ tịch Hồ Chí Minh"}),
    ],
    "local_chapter": [
        # a national mass organisation's chapter: the place after "Việt Nam" belongs to the name
        ("Tin y tế. Ủy ban MTTQ Việt Nam tỉnh Nghệ An đã trao 200 suất quà cho bệnh nhân nghèo.",
         {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"}),   # MTTQ written out (orgsb_s33)
        ("Tin y tế. Bà Lan, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam TP Cần Thơ, thăm bệnh nhân.",
         {"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"}),
        ("Tin y tế. Hội Chữ thập đỏ Việt Nam tỉnh Quảng Nam trao quà cho bệnh nhân.",
         {"Hội Chữ thập đỏ Việt Nam tỉnh Quảng Nam"}),
        # a person after it: the national body
        ("Tin y tế. Chủ tịch Ủy ban MTTQ Việt Nam Trần Thanh Mẫn phát biểu.",
         {"Ủy ban Mặt trận Tổ quốc Việt Nam"}),
    ],
    "continent_closes": [
        # a body written on in lower case, closed by its continent
        ("Tin y tế. Trung tâm kiểm soát dịch bệnh châu Âu cho biết số ca sởi tăng.",
         {"Trung tâm kiểm soát dịch bệnh châu Âu"}),
        ("Tin hàng không. Ghế phải đạt quy định của Cục hàng không châu Âu, ông Nam nói.", {"Cục hàng không châu Âu"}),
        # a city's role is no body
        ("Tin kinh tế. Trung tâm tài chính châu Á đang gặp khó khăn.", set()),
    ],
    "sentence_case_known": [
        ("Tin y tế. Theo Tổ chức y tế thế giới, số ca mắc tăng.", {"Tổ chức Y tế Thế giới"}),
        ("Tin y tế. Tổ chức động vật châu Á đã cứu hộ hai cá thể gấu.", {"Tổ chức Động vật châu Á"}),
    ],
    "farm_station": [
        # a district's farm-service station, with or without the admin word
        ("Tin y tế. Trạm Chăn nuôi và Thú y huyện Ninh Sơn đã tiêu hủy 30 con lợn.",
         {"Trạm Chăn nuôi và Thú y huyện Ninh Sơn"}),
        ("Tin y tế. Ông Hải, Trạm trưởng Trạm thú y TP Biên Hòa cho biết lô thịt không có dấu kiểm dịch.",
         {"Trạm Thú y thành phố Biên Hòa"}),
        ("Tin y tế. Trạm Khuyến nông Tiên Phước hướng dẫn bà con tiêu độc chuồng trại.", {"Trạm Khuyến nông Tiên Phước"}),
        # no place: which station is not known
        ("Tin y tế. Trạm thú y đã tiêu hủy 20 con lợn.", set()),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES)
def test_s33_family(family: str, text: str, expected: set[str]) -> None:
    got = {n.lower() for n in names(text)}
    assert got == {n.lower() for n in expected}, family
