"""Table tests (session 23, own sentences) for officials the rules used to miss."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

FOREIGN_CASES = [
    # --- a foreign name whose first word is also a Vietnamese syllable, after a title
    ("Đại sứ Trung Quốc tại Lào Lyu Wenjun đã đến thăm bệnh viện.",
     {("Lyu Wenjun", "Đại sứ", "Đại sứ quán Trung Quốc tại Lào")}),
    ("Thủ tướng Ireland Leo Varadkar đã chia sẻ về việc chăm sóc sức khỏe tâm thần.",
     {("Leo Varadkar", "Thủ tướng", "Chính phủ Ireland")}),
    # --- a country of two foreign-looking words before the name
    ("Thủ tướng New Zealand Jacinda Ardern kêu gọi người dân tiêm vắc xin.",
     {("Jacinda Ardern", "Thủ tướng", "Chính phủ New Zealand")}),
    # a name the text goes on with is not cut short to its first two words: read whole (s27)
    ("Thủ tướng Hàn Quốc Lee Nak - yon thăm khu cách ly.", {("Lee Nak-yon", "Thủ tướng", "Chính phủ Hàn Quốc")}),
]


@pytest.mark.parametrize("text,expected", FOREIGN_CASES)
def test_foreign_name_after_title(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles(text) == expected
