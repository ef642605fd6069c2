"""Table tests for organisation recall added in session 37, run through the real EXTRACTION chain
with our own sentences: a board of the social insurance agency named only after its head's title
("Phó trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam)") is one of the article's organisations,
beside the agency; a Party board named after its head's title stays the walker's. Hospitals the
gazetteer knows, listed by their short names after one written with a singular head ("Bệnh viện
Bạch Mai, Việt Đức và Phụ sản T.Ư"), are each a hospital; a place or a person after the comma is not. An international school is named after "trường quốc tế" in any case
("trường Quốc tế Singapore"); an officer school also in the older spelling "Sỹ quan". A school or a company numbered with a lower-case "số" keeps its
number ("Trường Tiểu học số 1 Hòa Bình", "Công ty cổ phần xây dựng số 4 - Phú Mỹ"); an address or a
ranking after the number ("số 4 đường …", "số 1 thế giới") is no part of the name. A diplomatic mission written
in lower case before its country ("đại sứ quán Hàn Quốc tại Lào", "Trưởng phái đoàn thường trực của
Việt Nam tại …") is named; "đại sứ quán" alone is not."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "insurance_board": [
        ("Bà Lê Thị Hoa, Phó trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam), cho biết số chi đã tăng.",
         {"Ban Thực hiện chính sách BHYT", "Bảo hiểm xã hội Việt Nam"}),
        ("Theo ông Đỗ Văn Tâm, trưởng ban Dược và vật tư y tế thuộc Bảo hiểm xã hội Việt Nam, giá thuốc đã giảm.",
         {"Ban Dược và vật tư y tế", "Bảo hiểm xã hội Việt Nam"}),
        ("Ông Trần Văn Lộc - phó trưởng ban phụ trách ban thực hiện chính sách BHYT, BHXH VN - nêu ví dụ.",
         {"Ban Thực hiện chính sách BHYT", "Bảo hiểm xã hội Việt Nam"}),
    ],
    "singular_head_list": [
        ("Hai bệnh nhân đã được chuyển lên Bệnh viện Chợ Rẫy, Nhân dân 115 trong đêm.",
         {"Bệnh viện Chợ Rẫy", "Bệnh viện Nhân dân 115"}),
        ("Bộ Y tế đang cho xây cơ sở 2 của BV Bạch Mai và Việt Đức tại tỉnh Hà Nam.",
         {"Bộ Y tế", "Bệnh viện Bạch Mai", "Bệnh viện Việt Đức"}),
        ("Chuyên gia của Bệnh viện Việt Đức, Hà Nội đã hội chẩn cho em.", {"Bệnh viện Việt Đức"}),
        ("Đại diện Bệnh viện Bạch Mai, Nguyễn Văn Hùng cho biết tình hình đã ổn định.", {"Bệnh viện Bạch Mai"}),
    ],
    "international_school": [
        ("Sáng nay, Trường Quốc tế Gateway đã tổ chức họp phụ huynh.", {"Trường Quốc tế Gateway"}),
        ("Cháu bé học lớp 2 ở trường quốc tế Sunrise (quận 7) từ năm ngoái.", {"Trường Quốc tế Sunrise"}),
        ("Hai con anh đều học trường Quốc tế Singapore tại Hà Nội.", {"Trường Quốc tế Singapore"}),
        ("Đây là trường quốc tế đầu tiên ở tỉnh được cấp phép.", set()),
        ("Nhiều trường quốc tế ở Hà Nội đã tăng học phí.", set()),
    ],
    "officer_school": [
        ("Năm ngoái, em nhận giấy báo trúng tuyển của Trường Sỹ quan Thông tin.", {"Trường Sĩ quan Thông tin"}),
    ],
    "numbered_unit": [
        ("Hai học sinh Trường Tiểu học số 1 Hòa Bình đã được đưa đi cấp cứu.", {"Trường Tiểu học số 1 Hòa Bình"}),
        ("Bếp ăn của trường mầm non số 3 thị trấn Phú Lộc đã bị đình chỉ.",
         {"Trường Mầm non số 3 thị trấn Phú Lộc"}),
        ("Trường THCS số 2 đã khai giảng sớm hơn mọi năm.", {"Trường THCS số 2"}),
        ("Thanh tra kiến nghị xử lý Công ty cổ phần xây dựng số 4 - Phú Mỹ vì chậm tiến độ.",
         {"Công ty cổ phần xây dựng số 4 - Phú Mỹ"}),
        ("Công ty Cổ phần Xây lắp số 7 nợ bảo hiểm xã hội 20 tháng.", {"Công ty Cổ phần Xây lắp số 7"}),
        ("Công ty Cổ phần Minh Long số 4 đường Lê Lợi bị phạt.", {"Công ty Cổ phần Minh Long"}),
        ("Công ty Cổ phần Minh Long số 1 thế giới về gốm sứ.", {"Công ty Cổ phần Minh Long"}),
    ],
    "lower_mission": [
        ("Theo thông cáo của đại sứ quán Hàn Quốc tại Lào, ba du khách bị thương nhẹ.",
         {"Đại sứ quán Hàn Quốc tại Lào"}),
        ("Bà Lê Thị Thu - Trưởng phái đoàn thường trực của Việt Nam tại Liên Hợp Quốc, đã phát biểu.",
         {"Phái đoàn thường trực của Việt Nam tại Liên Hợp Quốc"}),
        ("Gia đình đã nhờ đại sứ quán hỗ trợ làm giấy tờ.", set()),
    ],
    "other_board": [
        ("Ông Nguyễn Văn Tài, Trưởng ban Tuyên giáo Tỉnh ủy Bạc Liêu, phát biểu tại hội nghị.",
         {"Ban Tuyên giáo Tỉnh ủy Bạc Liêu"}),
    ],
}

CASES = [(family, text, want) for family, rows in FAMILIES.items() for text, want in rows]


@pytest.mark.parametrize("family,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_family(family: str, text: str, want: set[str]) -> None:
    assert names(text) == want


def test_board_written_with_its_head_keeps_the_walker_name() -> None:
    """"Ban Thực hiện chính sách BHYT" written whole is read by the walker, short forms spelt out."""
    got = names("Ông Lý Văn Sơn, Phó trưởng ban phụ trách Ban Thực hiện chính sách BHYT, nói thêm về quỹ "
                "của Bảo hiểm xã hội Việt Nam.")
    assert "Ban Thực hiện chính sách Bảo hiểm y tế" in got and "Ban Thực hiện chính sách BHYT" not in got


@pytest.mark.parametrize("text, name", [
    # --- a ranking after a company's name is no number of it: only a verb or punctuation closes "số N"
    ("Công ty Cổ phần Sữa Hà Long số 1 hiện nay trong ngành sữa đã tặng 5.000 hộp sữa.", "Công ty Cổ phần Sữa Hà Long"),
    ("Tập đoàn Thép Phương Nam số 1 ngành thép đã ủng hộ quỹ vắc xin 5 tỷ đồng.", "Tập đoàn Thép Phương Nam"),
    ("Công ty Cổ phần Dược Minh Tâm số 1 miền Bắc vừa ra mắt sản phẩm mới.", "Công ty Cổ phần Dược Minh Tâm"),
    # --- the number is the company's when a verb or punctuation follows it
    ("Công ty Cổ phần Xây lắp số 3 đã bàn giao khu điều trị mới.", "Công ty Cổ phần Xây lắp số 3"),
    ("Tổng công ty Xây dựng số 2 thực hiện gói thầu của bệnh viện.", "Tổng công ty Xây dựng số 2"),
    ("Công ty Cổ phần Cơ khí số 6 cho biết sẽ nộp đủ bảo hiểm.", "Công ty Cổ phần Cơ khí số 6"),
    ("Bệnh viện vừa ký hợp đồng với Công ty Cổ phần Xây lắp số 5, đơn vị thi công khu nhà.",
     "Công ty Cổ phần Xây lắp số 5"),
])
def test_company_number_or_ranking(text: str, name: str) -> None:
    assert name in names(text)


def test_company_number_before_and_another_body() -> None:
    got = names("Khu đất do Công ty cổ phần Xây lắp số 6 và Công ty Môi trường Đô thị quản lý sẽ xây bệnh viện.")
    assert "Công ty cổ phần Xây lắp số 6" in got
