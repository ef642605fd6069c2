"""Table tests for organisation families added in session 20, run through the real
EXTRACTION chain with our own sentences: a company named first with its line of
business in lower case ("Công ty dược phẩm X") and later by its brand alone is one
company; the US drug agency written "Cục Quản lý Thực phẩm và Dược phẩm Mỹ" is the FDA."""
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
}
# different brands stay apart
APART = [
    ("Công ty dược phẩm Kavita và công ty Lotumi ký hợp đồng phân phối.",
     {"Công ty dược phẩm Kavita", "Công ty Lotumi"}),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s20_families(text: str, expected: set) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", APART)
def test_s20_apart(text: str, expected: set) -> None:
    assert names(text) == expected
