"""Table tests (session 29, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

ASSOCIATION_CASES = [
    # --- an association's officer, its name written in lower case: up to the place that ends it
    ("Ông Lê Văn Tâm, chủ tịch Hiệp hội chăn nuôi Bình Dương, cho biết giá lợn đã giảm.",
     {("Lê Văn Tâm", "Chủ tịch", "Hiệp hội chăn nuôi Bình Dương")}),
    ("Bà Trần Thị Hoa - Phó chủ tịch Hội bảo trợ người khuyết tật và trẻ mồ côi tỉnh Quảng Nam - nói.",
     {("Trần Thị Hoa", "Phó chủ tịch", "Hội bảo trợ người khuyết tật và trẻ mồ côi tỉnh Quảng Nam")}),
    # … or up to the verb that follows it
    ("Ông Phạm Văn Đức, Tổng thư ký Hiệp hội thực phẩm chức năng cho biết thị trường đang tăng.",
     {("Phạm Văn Đức", "Tổng thư ký", "Hiệp hội thực phẩm chức năng")}),
    ("Ông Vũ Minh Hải (phó chủ tịch Tổng hội Y học Việt Nam) đề nghị sửa luật.",
     {("Vũ Minh Hải", "Phó chủ tịch", "Tổng hội Y học Việt Nam")}),
]


@pytest.mark.parametrize("text,expected", ASSOCIATION_CASES)
def test_association_officers(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


NOT_ASSOCIATION = [
    # a board, a conference, a fair: no association
    "Ông Lê Văn Tâm, Chủ tịch hội đồng quản trị cho biết công ty đã có lãi.",
    "Ông Lê Văn Tâm, chủ tịch hội nghị, phát biểu khai mạc.",
    # a name that runs into a second person: nothing read
    "Ông Lê Văn Tâm, chủ tịch hội nông dân và ông Trần Văn Bình đã đến.",
]


@pytest.mark.parametrize("text", NOT_ASSOCIATION)
def test_not_an_association(text: str) -> None:
    assert not roles(text)
