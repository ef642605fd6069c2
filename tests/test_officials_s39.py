"""Officials (session 39, own sentences): posts the rules used to miss on fresh press text."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check


@pytest.mark.parametrize("text, want", [
    # "Trưởng Chi cục X": the head's title written before the unit, like "Trưởng trạm Y tế xã"
    ("Ông Lê Văn Tâm, Trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình cho biết, cơ sở đã bị đình chỉ.",
     ("Lê Văn Tâm", "Trưởng Chi cục", "Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình")),
    ("Bà Phạm Thị Hoa, Phó trưởng Chi cục Thú y tỉnh Hà Tĩnh, đã kiểm tra các điểm giết mổ.",
     ("Phạm Thị Hoa", "Phó trưởng Chi cục", "Chi cục Thú y tỉnh Hà Tĩnh")),
    ("Trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nam Định Trần Văn Lợi cho biết tỷ lệ sinh đã giảm.",
     ("Trần Văn Lợi", "Trưởng Chi cục", "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nam Định")),
])
def test_head_of_a_sub_department_written_before_it(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


def test_sub_department_head_written_after_it_is_unchanged() -> None:
    got = roles("Ông Lê Văn Tâm, Chi cục trưởng Chi cục Thú y tỉnh Quảng Bình, cho biết dịch đã được khống chế.")
    assert got == {("Lê Văn Tâm", "Chi cục trưởng", "Chi cục Thú y tỉnh Quảng Bình")}
