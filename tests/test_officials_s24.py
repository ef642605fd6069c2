"""Table tests (session 24, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

INSPECTORATE_CASES = [
    # --- a department's inspector general: the department, and its inspectorate too
    ("Bà Lê Thị Hạnh, Chánh Thanh tra Sở Y tế Đồng Nai, cho biết đoàn đã lập biên bản.",
     {("Lê Thị Hạnh", "Chánh Thanh tra", "Sở Y tế Đồng Nai"),
      ("Lê Thị Hạnh", "Chánh Thanh tra", "Thanh tra Sở Y tế Đồng Nai")}),
    ("Ông Trịnh Văn Lộc - phó chánh thanh tra Sở Y tế Hải Phòng - nói cơ sở đã bị đình chỉ.",
     {("Trịnh Văn Lộc", "Phó chánh thanh tra", "Sở Y tế Hải Phòng"),
      ("Trịnh Văn Lộc", "Phó chánh thanh tra", "Thanh tra Sở Y tế Hải Phòng")}),
    # --- a ministry's: its inspectorate only, in either case
    ("Ông Phan Quốc Bảo, chánh thanh tra Bộ Y tế, cho biết sẽ kiểm tra lại hồ sơ.",
     {("Phan Quốc Bảo", "Chánh thanh tra", "Thanh tra Bộ Y tế")}),
    ("Phó Chánh Thanh tra Bộ Y tế Đỗ Minh Tâm dẫn đầu đoàn kiểm tra.",
     {("Đỗ Minh Tâm", "Phó Chánh Thanh tra", "Thanh tra Bộ Y tế")}),
    # --- an office is named as such, once
    ("Ông Hà Văn Tiến, Chánh văn phòng Sở Y tế Nghệ An, cho biết sở đã nhận đơn.",
     {("Hà Văn Tiến", "Chánh văn phòng", "Văn phòng Sở Y tế Nghệ An")}),
]


@pytest.mark.parametrize("text,expected", INSPECTORATE_CASES)
def test_inspectorate_heads(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
