"""Table tests for organisation families added in session 20, run through the real
EXTRACTION chain with our own sentences: a company named first with its line of
business in lower case ("Công ty dược phẩm X") and later by its brand alone is one
company; the US drug agency written "Cục Quản lý Thực phẩm và Dược phẩm Mỹ" is the FDA;
a body named with and without its level ("Công an Nghệ An", "công an tỉnh Nghệ An") keeps
its level; a provincial police department's unit ("Phòng CSGT Công an tỉnh X") is named
whole; "CAH X", "CAQ Y" are a district's police; "Thủ tướng Chính phủ" beside "Chính phủ"
is that government; "Ban chỉ đạo … các cấp" is no one committee; "Chính phủ và Bộ Y tế":
a whole-name head before "và" and a name is read; "Công an tỉnh," before a name (not a
level: "tỉnh, huyện") is the province's; "Đồn Biên phòng cửa khẩu X" is a border post; "Trường ĐH/CĐ X" is a university, and
its placeless later mention is the one named with its place; "ĐH X" is one too, not
an abbreviation in brackets; "bệnh viện Mỹ" (a hospital of a country) names none; the friendship-organisations union
is named by its place; "SCIC" is the state capital investment corporation."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2019-03-20"


def names(text: str) -> set[str]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    for o in doc.organizations:
        assert doc.text[o.start:o.end] == o.surface, o
    return {o.name for o in doc.organizations}


FAMILIES = {
    "business_line": [
        ("Công ty dược phẩm Kavita vừa khánh thành nhà máy mới. Công ty Kavita cho biết sẽ tuyển 200 công nhân.",
         {"Công ty Kavita"}),
        ("Đại diện công ty sữa Lotumi trao quà cho các em. Ngoài ra, công ty Lotumi còn tặng 500 hộp sữa.",
         {"Công ty Lotumi"}),
    ],
    "fda": [
        ("Cục Quản lý Thực phẩm và Dược phẩm Mỹ (FDA) vừa phê duyệt một loại thuốc mới.",
         {"Cục Quản lý Thực phẩm và Dược phẩm Mỹ"}),
    ],
    "level_kept": [
        ("Ngày 3/5, Công an Nghệ An đã bắt giữ 2 đối tượng. Hiện vụ việc đang được công an tỉnh Nghệ An điều tra.",
         {"Công an tỉnh Nghệ An"}),
        ("Bệnh nhân được đưa vào BVĐK Yên Dũng cấp cứu. Các bác sĩ BVĐK huyện Yên Dũng cho biết anh đã qua cơn nguy kịch.",
         {"Bệnh viện Đa khoa huyện Yên Dũng"}),
    ],
    "police_unit": [
        ("Ngày 2/4, Phòng CSGT Công an tỉnh Nghệ An đã xử phạt 12 tài xế.",
         {"Phòng Cảnh sát giao thông Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An"}),
        ("Vụ việc đang được phòng Cảnh sát điều tra tội phạm về ma túy, Công an TP Cần Thơ làm rõ.",
         {"Phòng Cảnh sát điều tra tội phạm về ma túy Công an thành phố Cần Thơ", "Công an thành phố Cần Thơ"}),
        ("Hồ sơ được chuyển cho Phòng Cảnh sát môi trường của Công an Quảng Bình xử lý.",
         {"Phòng Cảnh sát môi trường Công an tỉnh Quảng Bình", "Công an Quảng Bình"}),
    ],
    "prime_minister": [
        ("Tỉnh đã xin Chính phủ hỗ trợ kinh phí. Tờ trình cũng được gửi Thủ tướng Chính phủ để xem xét.",
         {"Chính phủ"}),
        ("Theo chỉ đạo của Thủ tướng Chính phủ, các trường học tạm đóng cửa.", {"Thủ tướng Chính phủ"}),
    ],
    "whole_head_and": [
        ("Đây là chủ trương mà Chính phủ và Bộ Y tế luôn khuyến khích.", {"Chính phủ", "Bộ Y tế"}),
        ("Bộ Chính trị và Ban Bí thư đã có ý kiến chỉ đạo.", {"Bộ Chính trị", "Ban Bí thư"}),
        ("Món quà do Đảng, Chính phủ và nhân dân Lào trao tặng.", set()),
    ],
    "province_body_before_comma": [
        ("Sáng nay tỉnh Gia Lai tiêm vắc xin cho 500 người thuộc Công an tỉnh, Cục Hải quan và lực lượng y tế.",
         {"Công an tỉnh Gia Lai", "Cục Hải quan"}),
    ],
    "border_gate_post": [
        ("Đồn Biên phòng cửa khẩu Tịnh Biên đã tiếp nhận 12 công dân.", {"Đồn Biên phòng cửa khẩu Tịnh Biên"}),
        ("Sự việc được trình báo lên Đồn biên phòng cửa khẩu quốc tế Hữu Nghị.",
         {"Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị"}),
        ("Các chiến sĩ Đồn Biên phòng cửa khẩu đã giúp dân chạy lũ.", set()),
    ],
    "university_short": [
        ("Trường ĐH Bách khoa Hà Nội vừa công bố điểm chuẩn.", {"Trường Đại học Bách khoa Hà Nội"}),
        ("Trường CĐ Y tế Hà Nội tuyển 500 sinh viên.", {"Trường Cao đẳng Y tế Hà Nội"}),
        ("Trường ĐH Y dược Thái Bình có 20 giảng viên mới. Trong năm nay, Trường ĐH Y dược sẽ mở thêm ngành.",
         {"Trường Đại học Y dược Thái Bình"}),
    ],
    "university_dh": [
        ("Chị tốt nghiệp ĐH Quốc gia Hà Nội năm 2012.", {"Đại học Quốc gia Hà Nội"}),
        ("Kỳ thi ĐH, CĐ năm nay có 900.000 thí sinh.", set()),
    ],
    "country_hospital": [
        ("Xả súng tại một bệnh viện Mỹ, 2 người thiệt mạng.", set()),
        ("Ông được chuyển sang bệnh viện Pháp điều trị.", set()),
        ("Ông vào bệnh viện Hoàn Mỹ Đà Nẵng cấp cứu.", {"Bệnh viện Hoàn Mỹ Đà Nẵng"}),
    ],
    "friendship_union": [
        ("Ông được điều chuyển đến Liên hiệp các tổ chức hữu nghị tỉnh Quảng Nam.",
         {"Liên hiệp các tổ chức hữu nghị tỉnh Quảng Nam"}),
        ("Hội Liên hiệp các tổ chức hữu nghị Đà Nẵng tổ chức lễ kỷ niệm.",
         {"Liên hiệp các tổ chức hữu nghị Đà Nẵng"}),
    ],
    "scic": [
        # the acronym alone names the corporation (s32: a foreign acronym written alone is the name)
        ("Năm nay SCIC sẽ thoái vốn tại 20 doanh nghiệp.", {"SCIC"}),
    ],
    "central_bodies": [
        ("Đại tướng dự phiên họp của Quân ủy Trung ương hôm qua.", {"Quân ủy Trung ương"}),
        ("Theo Trung tâm Dự báo khí tượng thủy văn Trung ương, nắng nóng kéo dài.",
         {"Trung tâm Dự báo khí tượng thủy văn Trung ương"}),
    ],
    "brands_apart": [
        ("Công ty dược phẩm Kavita và công ty Lotumi ký hợp đồng phân phối.",
         {"Công ty dược phẩm Kavita", "Công ty Lotumi"}),
    ],
    "district_police": [
        ("CAH Đông Anh đã tạm giữ 2 đối tượng.", {"Công an huyện Đông Anh"}),
        ("Theo CAQ Ba Đình, vụ việc xảy ra lúc 9h.", {"Công an quận Ba Đình"}),
    ],
}
# a clause between the unit and the police is no name; committees "of every level" are none
NOT_UNITS = [
    "Danh sách gồm nhân viên y tế, Ban chỉ đạo phòng chống dịch Covid-19 các cấp và lực lượng bảo vệ.",
    "Trước tình trạng này, phòng Cảnh sát hình sự đã đề xuất lãnh đạo Công an tỉnh Nghệ An lập chuyên án.",
    "Phòng Cảnh sát hình sự và Công an tỉnh Nghệ An cùng vào cuộc.",
]
# levels listed after a bare "tỉnh" are no one body
LEVELS = [
    "Tỉnh Gia Lai có nhiều bệnh nhân. Bộ Y tế đề nghị UBND tỉnh, thành phố trực thuộc Trung ương quan tâm.",
    "Tỉnh Gia Lai có nhiều vụ việc. Lực lượng Công an tỉnh, huyện đã vào cuộc.",
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s20_families(text: str, expected: set) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_UNITS)
def test_s20_clauses_are_no_units(text: str) -> None:
    assert not any(n.startswith(("Phòng", "Ban")) for n in names(text))


@pytest.mark.parametrize("text", LEVELS)
def test_s20_levels_are_no_body(text: str) -> None:
    assert not any("Gia Lai" in n for n in names(text)), names(text)


def test_s20_bracketed_dh_is_no_university() -> None:
    found = names("Bệnh viện Đại học Y Dược (ĐH YD) Huế tiếp nhận bệnh nhân.")
    assert not any(n.startswith("Đại học") for n in found), found
