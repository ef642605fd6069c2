"""Table tests (session 37, own sentences) for officials the rules used to miss or misread."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check


@pytest.mark.parametrize("text, role, wrong", [
    # --- "ông" inside "sông" leads no name: the river's name is no holder of the post after it
    ("Sau khi đi thuyền trên sông Cửu Long, Phó Thủ tướng Trần Văn Lộc đến thăm trạm y tế xã.",
     ("Trần Văn Lộc", "Phó Thủ tướng", "Chính phủ"), "Cửu Long"),
    ("Trong chuyến khảo sát các tuyến đê dọc sông Hồng Hà, Phó Thủ tướng Trần Văn Lộc yêu cầu "
     "các địa phương chuẩn bị phương án sơ tán.",
     ("Trần Văn Lộc", "Phó Thủ tướng", "Chính phủ"), "Hồng Hà"),
])
def test_ong_inside_a_word_leads_no_name(text: str, role: tuple[str, str, str], wrong: str) -> None:
    got = roles(text)
    assert role in got
    assert not any(n == wrong for n, _, _ in got)
