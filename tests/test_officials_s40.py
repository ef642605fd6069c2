"""Officials (session 40, own sentences): posts the rules used to miss on fresh press text."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check


@pytest.mark.parametrize("text, want", [
    # the standing deputy head of a police investigation agency
    ("Đại tá Lê Văn Hải, Phó thủ trưởng thường trực Cơ quan CSĐT Công an tỉnh Gia Lai cho biết, nghi phạm đã bị bắt.",
     ("Lê Văn Hải", "Phó thủ trưởng thường trực", "Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai")),
    ("Phó Thủ trưởng Thường trực Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội, Đại tá Trần Văn Hòa, cho hay vụ án đang được mở rộng.",
     ("Trần Văn Hòa", "Phó Thủ trưởng Thường trực", "Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội")),
])
def test_standing_deputy_of_an_investigation_agency(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


@pytest.mark.parametrize("text, want", [
    # the general staff's posts belong to the army, written out or abbreviated
    ("Thượng tướng Nguyễn Văn Bình, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, đã thăm các bệnh nhân.",
     ("Nguyễn Văn Bình", "Phó Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam")),
    ("Đại tướng Lê Quang Hưng, Tổng Tham mưu trưởng QĐND Việt Nam, chủ trì buổi diễn tập.",
     ("Lê Quang Hưng", "Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam")),
    ("Phó Tổng Tham mưu trưởng QĐND VN Trung tướng Đỗ Văn Long cho biết sức khỏe của bệnh nhân đã ổn định.",
     ("Đỗ Văn Long", "Phó Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam")),
    # the national border guard, named bare after its commander's post
    ("Thiếu tướng Hoàng Văn Tám - phó tư lệnh Bộ đội biên phòng - xác nhận hai chiến sĩ bị thương.",
     ("Hoàng Văn Tám", "Phó tư lệnh", "Bộ đội Biên phòng")),
])
def test_national_armed_body_of_a_military_post(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


def test_a_provincial_border_command_keeps_its_province() -> None:
    got = roles("Đại tá Phạm Văn Lực, Chính ủy Bộ đội Biên phòng tỉnh Lạng Sơn, đã trao quà cho các gia đình.")
    assert got == {("Phạm Văn Lực", "Chính ủy", "Bộ đội Biên phòng tỉnh Lạng Sơn")}


def test_a_foreign_general_staff_is_not_our_army() -> None:
    assert roles("Tổng tham mưu trưởng quân đội Nga Valery Gerasimov đã đến thăm bệnh viện dã chiến.") == set()

