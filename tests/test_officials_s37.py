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


@pytest.mark.parametrize("text, role", [
    # --- a hospital's surgical or andrology centre written in lower case, its hospital named in the
    # sentence before
    ("Bệnh viện Nhi Trung ương vừa mổ thành công cho một bé gái 8 tháng tuổi. Bác sĩ Lê Văn Hải, "
     "Phó giám đốc Trung tâm phẫu thuật nội soi, cho biết bé đã tự thở.",
     ("Lê Văn Hải", "Phó giám đốc Trung tâm Phẫu thuật nội soi", "Bệnh viện Nhi Trung ương")),
    ("Bệnh viện Hữu nghị Việt Đức tổ chức tư vấn miễn phí. Ông Đỗ Minh Tâm, Giám đốc Trung tâm "
     "nam học cho biết nhiều người bệnh đến muộn.",
     ("Đỗ Minh Tâm", "Giám đốc Trung tâm Nam học", "Bệnh viện Hữu nghị Việt Đức")),
    # --- a specialty written capitalised between the name and the post
    ("Bệnh viện Nhi Trung ương vừa mổ thành công cho một bé gái 8 tháng tuổi. Bác sĩ Lê Văn Hải, "
     "chuyên khoa Ngoại Tiêu hóa, Phó giám đốc Trung tâm phẫu thuật nội soi, người mổ chính, cho biết bé đã tự thở.",
     ("Lê Văn Hải", "Phó giám đốc Trung tâm Phẫu thuật nội soi", "Bệnh viện Nhi Trung ương")),
])
def test_hospital_centre_heads(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


def test_specialty_then_a_body_is_no_post() -> None:
    # the specialty runs into the hospital's name: no post is written after it
    assert roles("Bác sĩ Lê Văn Hải, chuyên khoa Nội Bệnh viện Bạch Mai, cho biết bệnh nhân đã ổn định.") == set()
