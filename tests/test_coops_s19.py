"""Cooperation families added in stop 19, each with sentences written for the test:
a provincial department working with a provincial branch of a national system
(social insurance, police, the military command) is cooperation between parties,
while its work with another department of its own province stays administration."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def pairs(text: str) -> set[frozenset[str]]:
    doc = run(Doc(text=text, published="2024-08-15"), EXTRACTION)
    return {frozenset((c.source, c.target)) for c in doc.cooperations}


VERTICAL_CASES = [
    ("Sở Y tế Thái Bình phối hợp với Bảo hiểm xã hội tỉnh Thái Bình tổ chức hội nghị về khám bệnh theo thẻ.",
     frozenset(("Sở Y tế Thái Bình", "Bảo hiểm xã hội tỉnh Thái Bình"))),
    ("Thanh tra Sở Y tế Cần Thơ đã phối hợp với Công an thành phố Cần Thơ kiểm tra một phòng khám không phép.",
     frozenset(("Thanh tra Sở Y tế Cần Thơ", "Công an thành phố Cần Thơ"))),
    ("Sở Y tế Lạng Sơn phối hợp với Bộ Chỉ huy Quân sự tỉnh Lạng Sơn tổ chức diễn tập phòng chống dịch.",
     frozenset(("Sở Y tế Lạng Sơn", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"))),
]


@pytest.mark.parametrize("text,pair", VERTICAL_CASES)
def test_a_department_works_with_a_branch_of_a_national_system(text, pair):
    assert pair in pairs(text)


def test_two_departments_of_one_province_stay_administration():
    assert pairs("Sở Y tế Lạng Sơn phối hợp với Sở Tài chính Lạng Sơn rà soát giá dịch vụ.") == set()
