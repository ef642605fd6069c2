"""Table tests for organisation families added in session 34 (recall: lower-case names the walker
cut and dropped), run through the real EXTRACTION chain with our own sentences: a lower-case tail
that joins two fields with "và" or a dash is read when a place, the country or a continent closes it
("Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Định", "Trung tâm Kiểm soát và phòng ngừa
bệnh tật châu Âu", "Trung tâm Chăm sóc bà mẹ - trẻ em Đà Nẵng"), not when a second body follows
"và" or nothing closes it; a lower-case tail closed by a bracket holding only a parent the gazetteer
knows ("(ĐHQG Hà Nội)", "(BHXH Việt Nam)") is read."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "joined_tail": [
        ("Tin xã hội. Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Định đã trao 50 suất quà.",
         {"Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Định"}),
        ("Tin y tế. Theo Trung tâm Kiểm soát và phòng ngừa bệnh tật châu Âu, chưa có ca bệnh nào.",
         {"Trung tâm Kiểm soát và phòng ngừa bệnh tật châu Âu"}),
        ("Tin y tế. Sản phụ được đưa tới Trung tâm Chăm sóc bà mẹ - trẻ em Đà Nẵng để theo dõi.",
         {"Trung tâm Chăm sóc bà mẹ - trẻ em Đà Nẵng"}),
        ("Tin thể thao. Trung tâm Huấn luyện và thi đấu thể dục thể thao tỉnh Nghệ An có 300 vận động viên.",
         {"Trung tâm Huấn luyện và thi đấu thể dục thể thao tỉnh Nghệ An"}),
        # nothing closes the tail: where the name ends is not known
        ("Tin y tế. Trung tâm Kiểm soát và phòng ngừa bệnh tật cho biết sẽ họp.", set()),
    ],
    "known_parent": [
        ("Tin giáo dục. Ông An, Giám đốc Trung tâm Kiểm định chất lượng giáo dục (ĐHQG Hà Nội), phát biểu.",
         {"Trung tâm Kiểm định chất lượng giáo dục", "Đại học Quốc gia Hà Nội"}),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES)
def test_s34_family(family: str, text: str, expected: set[str]) -> None:
    got = {n.lower() for n in names(text)}
    assert got == {n.lower() for n in expected}, family
