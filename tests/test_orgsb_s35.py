"""Table tests for the organisation precision and boundary families of session 35 (helper
orgsb), run through the real EXTRACTION chain with our own sentences: a head word that begins a
village's or town's name ("thôn Sở Hạ", "thị trấn Lịch Hội Thượng") or a street named after a
person ("đường Đinh Bộ Lĩnh") is no organisation; a head with only Mỹ/Việt Nam after it ("Bệnh
viện Mỹ bị kiện", "Đại học Việt Nam") is a kind, not a body, while "Đại học Hong Kong" is one;
a credit or caption glued after a dash ("Bộ Y tế - Đồ họa", "BV X - Bệnh án") is not part of the
name; "Tổng" before a capitalised head ("Tổng Hội Y học Việt Nam", "Tổng Cty …") is the general
body's name; "bộ" in "đánh bộ", "Bắc Bộ Phủ", "bộ HCV" is no ministry; a name does not end on "và" before the next post, nor run on over "và TP X" (the city worked with); "Hội Liên hiệp" left alone is no body; a bare "Thành ủy" in a story of a
province (not a city) is the one city committee the story names ("Thành ủy Vinh")."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "head_in_a_place_name": [
        ("Tin y tế. Ba em nhỏ tắm ao ở thôn Sở Thượng, xã Ninh Sở. Sở Y tế Hà Nội đã vào cuộc.",
         {"Sở Y tế Hà Nội"}),
        ("Tin y tế. Sản phụ quê thị trấn Lịch Hội Thượng, huyện Trần Đề đã xuất viện.", set()),
        ("Tin y tế. Xe buýt chạy qua đường Đinh Bộ Lĩnh - Bạch Đằng mỗi 15 phút.", set()),
        # the bodies themselves, after a place word with a comma or none, are read as before
        ("Tin y tế. Hội Chữ thập đỏ xã Đại Cường đã trao quà cho bệnh nhân.", {"Hội Chữ thập đỏ xã Đại Cường"}),
        ("Tin y tế. Ông là Phó giám đốc Sở Y tế tỉnh Nghệ An.", {"Sở Y tế Nghệ An"}),
    ],
    "head_and_a_country_only": [
        ("Tin y tế. Bệnh viện Mỹ bị kiện vì quay lén bệnh nhân. Bệnh viện Sharp Grossmont đã xin lỗi.",
         {"Bệnh viện Sharp Grossmont"}),
        ("Tin y tế. Ông cho rằng hệ thống BV Mỹ tổ chức khoa khám bệnh tốt hơn.", set()),
        ("Tin y tế. Đại học Việt Nam không có tên trên bảng xếp hạng năm nay.", set()),
        # one named university of a country or city is one body
        ("Tin y tế. Các nhà khoa học Đại học Hong Kong vừa công bố nghiên cứu.", {"Đại học Hong Kong"}),
        ("Tin y tế. Các bác sĩ Bệnh viện Đại học Chile đã phẫu thuật thành công.", {"Đại học Chile"}),
    ],
    "credit_after_a_dash": [
        ("Tin y tế. Số liệu: Cục Quản lý Khám, chữa bệnh, Bộ Y tế - Đồ hoạ: Minh Khánh.",
         {"Cục Quản lý Khám, chữa bệnh", "Bộ Y tế"}),
        ("Tin y tế. Bệnh nhân được chuyển từ BV Nhân dân Gia Định - Bệnh án ghi rõ chẩn đoán.",
         {"Bệnh viện Nhân dân Gia Định"}),
        # a dash inside a name stays
        ("Tin y tế. Bệnh viện Phụ sản - Nhi Đà Nẵng đã cứu sống bé.", {"Bệnh viện Phụ sản - Nhi Đà Nẵng"}),
    ],
    "general_body": [
        ("Tin y tế. Bộ Y tế và Tổng Hội Y học Việt Nam đã gửi kiến nghị.",
         {"Bộ Y tế", "Tổng hội Y học Việt Nam"}),
        ("Tin y tế. Đại diện Tổng Cty Điện lực Hà Nội cho biết nguồn điện bệnh viện được ưu tiên.",
         {"Tổng công ty Điện lực Hà Nội"}),
        # a post's title before its body stays the body's
        ("Tin y tế. Tổng Thanh tra Chính phủ đã ký quyết định thanh tra.", {"Thanh tra Chính phủ"}),
    ],
    "bo_that_is_no_ministry": [
        ("Tin quốc tế. Khoảng 285 lính thủy đánh bộ Mỹ đến Na Uy. Bộ Quốc phòng Mỹ xác nhận.",
         {"Bộ Quốc phòng Mỹ"}),
        ("Tin Hà Nội. Lực lượng chốt dọc đường Phan Đình Phùng đến Bắc Bộ Phủ.", set()),
        ("Tin thể thao. Đội tuyển giành đủ bộ HCV. Bộ GTVT gửi thư chúc mừng.", {"Bộ Giao thông vận tải"}),
        # a country's name before "Bộ" ends in "Nam" and is no region
        ("Tin y tế. Chính phủ Việt Nam Bộ Y tế đã gửi thư cảm ơn.", {"Chính phủ Việt Nam", "Bộ Y tế"}),
    ],
    "dangling_and": [
        ("Tin y tế. Bộ Nội vụ thi tuyển Phó vụ trưởng Vụ Hợp tác quốc tế và Phó vụ trưởng Vụ Đào tạo.",
         {"Bộ Nội vụ", "Vụ Hợp tác quốc tế", "Vụ Đào tạo"}),
        # "và" inside a name stays
        ("Tin y tế. Bộ Lao động - Thương binh và Xã hội vừa ban hành thông tư.",
         {"Bộ Lao động - Thương binh và Xã hội"}),
    ],
    "city_joined_by_and": [
        ("Tin y tế. Kết quả quan trắc giữa Bộ Tài nguyên và Môi trường và TP Hà Nội khác nhau.",
         {"Bộ Tài nguyên và Môi trường"}),
        ("Tin y tế. Sáng kiến của Viện Huyết học – Truyền máu TW và TP. Hà Nội được ghi nhận.",
         {"Viện Huyết học - Truyền máu Trung ương"}),
        # a city that is the body's own place stays in its name
        ("Tin y tế. Ủy ban nhân dân thành phố Tân An vừa họp.", {"Ủy ban nhân dân thành phố Tân An"}),
    ],
    "half_a_union_name": [
        ("Tin y tế. Sau khi xác minh tại Hội Liên hiệp phụ nữ địa phương, chúng tôi đã báo cáo.", set()),
        ("Tin y tế. Chủ tịch Hội Liên hiệp phụ nữ tỉnh Nghệ An cho biết.", {"Hội Liên hiệp phụ nữ tỉnh Nghệ An"}),
    ],
    "bare_city_committee": [
        ("Tin Nghệ An. Ông Võ Viết Thanh, Bí thư Thành ủy Vinh, cho biết. Cán bộ thuộc diện Ban thường vụ "
         "Thành ủy quản lý. UBND tỉnh Nghệ An đã chỉ đạo.",
         {"Thành ủy Vinh", "Ủy ban nhân dân tỉnh Nghệ An"}),
        # a city province's own committee stays the province's
        ("Tin TP.HCM. Bí thư Thành ủy TP.HCM thăm bệnh viện. Thường trực Thành ủy đã chỉ đạo Sở Y tế TP.HCM.",
         {"Thành ủy Thành phố Hồ Chí Minh", "Sở Y tế Thành phố Hồ Chí Minh"}),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_orgsb_s35_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
