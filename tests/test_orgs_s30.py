"""Table tests for organisation families added in session 30, run through the real EXTRACTION
chain with our own sentences: an insurance fund written short ("Quỹ BHYT") is money, not an
organisation; a title joined to the next line by two spaces ends the name before it; a second
company's head ends a lower-case run ("công ty A thuê công ty B"); a speech verb ends a name
("Cục X nói gì …"); a bare "bệnh viện đa khoa tỉnh" right after another province is named is
that province's, in a story about a centrally-run city; a foreign communist youth union is not
Vietnam's; the Youth Union's central committee written "BCH Trung ương Đoàn" is read; a
province's traffic-safety board ("Ban ATGT tỉnh X") is named."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "insurance_fund": [
        ("Nhiều cơ sở đã trục lợi Quỹ BHYT trong năm qua.", set()),
        ("Về tình hình sử dụng Quỹ BHXH, số dư vẫn tăng.", set()),
        ("Quỹ Bảo trợ trẻ em Việt Nam đã trao 100 suất quà.", {"Quỹ Bảo trợ trẻ em Việt Nam"}),
    ],
    "two_spaces": [
        ("Trưởng khoa Nội, Bệnh viện E  Tiêm vắc xin sớm giúp trẻ an toàn.", {"Bệnh viện E"}),
    ],
    "second_company": [
        ("Việc công ty Minh Long thuê công ty Hải Yến bảo trì máy lọc nước là sai.",
         {"Công ty Minh Long", "Công ty Hải Yến"}),
    ],
    "speech_verb": [
        ("Cục An toàn thực phẩm nói gì về việc Việt Nam cho dùng chất bảo quản này?", {"Cục An toàn thực phẩm"}),
    ],
    "nearby_province": [
        ("Bệnh viện Nhi đồng 1, TP Hồ Chí Minh vừa tiếp nhận bé. Một học sinh ở Phú Yên bị xe tông. "
         "Em được cấp cứu tại bệnh viện đa khoa tỉnh. Sau đó em được chuyển vào TP Hồ Chí Minh.",
         {"Bệnh viện Nhi đồng 1", "Bệnh viện Đa khoa tỉnh Phú Yên"}),
        # the story's own province: unchanged
        ("Sở Y tế Phú Yên cho biết bé được đưa vào bệnh viện đa khoa tỉnh.",
         {"Sở Y tế Phú Yên", "Bệnh viện Đa khoa tỉnh Phú Yên"}),
    ],
    "youth_unions": [
        ("Đoàn đại biểu Trung ương Đoàn TNCS Cuba đã đến thăm Hà Nội.", {"Trung ương Đoàn TNCS Cuba"}),
        ("Ông là Bí thư Trung ương Đoàn TNCS Hồ Chí Minh.", {"Trung ương Đoàn TNCS Hồ Chí Minh"}),
        ("Trung ương Đoàn đã phát động chiến dịch.", {"Trung ương Đoàn TNCS Hồ Chí Minh"}),
        ("Ông là Ủy viên BCH Trung ương Đoàn, Phó Chủ tịch Hội.", {"Trung ương Đoàn TNCS Hồ Chí Minh"}),
    ],
    "traffic_safety_board": [
        ("Hôm qua, Ban An toàn giao thông tỉnh Nghệ An đã họp.", {"Ban An toàn giao thông tỉnh Nghệ An"}),
        ("Ban ATGT tỉnh Hà Tĩnh đã họp.", {"Ban An toàn giao thông tỉnh Hà Tĩnh"}),
        ("Ban An toàn giao thông đã họp.", set()),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_s30_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
