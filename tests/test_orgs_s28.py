"""Table tests for organisation families added in session 28, run through the real
EXTRACTION chain with our own sentences: the press's short "Cty" opens a company's name
as "Công ty" does ("Cty CP X" is "Công ty Cổ phần X"), but "Cty này" names nothing; a
one-syllable remit that makes a word with the next syllable after a proper name ("do Công
ty X sản xuất") is the sentence's verb, not part of the name."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "cty_short_head": [
        ("Lô thuốc do Cty CP Dược phẩm Hòa Khang phân phối.", {"Công ty Cổ phần Dược phẩm Hòa Khang"}),
        ("Ông Lê Văn B, Giám đốc Cty TNHH Thiết bị y tế Nam Sơn, cho biết.",
         {"Công ty TNHH Thiết bị y tế Nam Sơn"}),
        ("Hồ sơ của cty Kim Long đã được duyệt.", {"Công ty Kim Long"}),
        ("Cty này đã bị xử phạt 50 triệu đồng.", set()),
    ],
    "verb_after_name": [
        ("Viên nén này do Công ty Cổ phần Dược Phúc Thành sản xuất.", {"Công ty Cổ phần Dược Phúc Thành"}),
        ("Sữa do Cty TNHH An Bình sản xuất và phân phối.", {"Công ty TNHH An Bình"}),
        # a remit with no proper name before it stays in the name
        ("Chị sinh con tại Bệnh viện Sản Nhi Quảng Ngãi.", {"Bệnh viện Sản Nhi Quảng Ngãi"}),
    ],
}


@pytest.mark.parametrize("text,expected", [(t, e) for fam in FAMILIES.values() for t, e in fam],
                         ids=[f"{k}-{i}" for k, fam in FAMILIES.items() for i in range(len(fam))])
def test_s28_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
