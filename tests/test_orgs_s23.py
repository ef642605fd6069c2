"""Table tests for organisation families added in session 23, run through the real
EXTRACTION chain with our own sentences: a name closed by a bare "tỉnh" that goes on with
", thành phố" ("Bệnh viện Nhi tỉnh, thành phố trực thuộc Trung ương") is a kind of body in
every province, not one organisation; "tỉnh, TP Hà Nội" still names the city's body;
the Uông Bí hospital named without its town ("Bệnh viện Việt Nam - Thụy Điển") is the one
organisation the story also names with it."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "levels_after_name": [
        ("Trẻ được khám tại Bệnh viện Phụ sản tỉnh, thành phố trực thuộc Trung ương theo quy định.", set()),
        ("Trung tâm Kiểm soát bệnh tật tỉnh, thành phố phải báo cáo số ca mắc hằng tuần.", set()),
        ("Ban An toàn giao thông tỉnh/thành phố cần lập chốt kiểm tra nồng độ cồn.", set()),
    ],
    "uong_bi_short": [
        ("Bà Lan được đưa vào Bệnh viện Việt Nam - Thụy Điển Uông Bí lúc 5h sáng. Đại diện bệnh viện "
         "Việt Nam - Thụy Điển cho biết bệnh nhân đã qua cơn nguy kịch.",
         {"Bệnh viện Việt Nam - Thụy Điển"}),
    ],
}


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s23_families(text: str, expected: set) -> None:
    assert names(text) == expected


def test_a_bare_level_before_a_named_city_or_a_clause_is_still_read() -> None:
    """"tỉnh, TP Hà Nội" names a city, and "tỉnh, sau đó …" goes on with a clause: the bare
    level is the story's province, not every province's."""
    assert names("Đoàn làm việc với Sở Y tế tỉnh, TP Hà Nội về dịch sốt xuất huyết.") == {"Sở Y tế Hà Nội"}
    assert names("Bệnh nhân được chuyển lên Bệnh viện Đa khoa tỉnh, sau đó về Hà Tĩnh.") == \
        {"Bệnh viện Đa khoa tỉnh Hà Tĩnh"}
