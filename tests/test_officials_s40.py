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


@pytest.mark.parametrize("text, want", [
    # a minister heading a ministerial-level body: the body, not the article's one ministry
    ("Bộ Tài chính đã có ý kiến. Theo Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lê Minh Hải, các bộ phải báo cáo trước tháng 6.",
     ("Lê Minh Hải", "Bộ trưởng", "Văn phòng Chính phủ")),
    ("Bộ Y tế đã tiếp đoàn. Dự buổi làm việc có ông Trần Văn Sáu, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc.",
     ("Trần Văn Sáu", "Thứ trưởng", "Ủy ban Dân tộc")),
])
def test_minister_heading_a_ministerial_body(text: str, want: tuple[str, str, str]) -> None:
    got = roles(text)
    assert want in got
    assert not any(name == want[0] and org.startswith("Bộ ") for name, _, org in got)


def test_bare_post_of_the_government_office_head() -> None:
    # a known holder: the government office's minister-head, not the article's one ministry
    got = roles("Bộ Nông nghiệp và Phát triển nông thôn báo cáo về dịch bệnh. Bộ trưởng Mai Tiến Dũng cho biết "
                "Chính phủ sẽ họp tiếp vào tuần sau.")
    assert ("Mai Tiến Dũng", "Bộ trưởng", "Văn phòng Chính phủ") in got
    assert not any(org.startswith("Bộ Nông nghiệp") for name, _, org in got if name == "Mai Tiến Dũng")


@pytest.mark.parametrize("text, person", [
    # a plural list of posts: several people, none of them a minister of the committee
    ("Tham dự có các Phó Thủ tướng, Bộ trưởng, Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh.",
     "Vũ Hồng Thanh"),
    ("Bộ Y tế chủ trì. Dự phiên họp có các Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lê Minh Hải.", "Lê Minh Hải"),
    # a body that is no ministerial-level body of the government after "Bộ trưởng, Chủ nhiệm"
    ("Bộ Y tế đã họp với đoàn. Bộ trưởng, Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội Trần Thị Mai phát biểu.",
     "Trần Thị Mai"),
])
def test_no_minister_of_a_body_in_a_list_or_outside_the_government(text: str, person: str) -> None:
    got = roles(text)
    assert not any(name == person and title == "Bộ trưởng" for name, title, _ in got)


def test_a_listed_ministerial_body_head_keeps_his_own_post() -> None:
    got = roles("Tham dự có các Phó Thủ tướng, Bộ trưởng, Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh.")
    assert ("Vũ Hồng Thanh", "Chủ nhiệm", "Ủy ban Kinh tế của Quốc hội") in got


def test_a_single_minister_heading_the_ethnic_committee() -> None:
    got = roles("Bộ Y tế đã họp. Dự họp có ông Nguyễn Văn Nam, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.")
    assert ("Nguyễn Văn Nam", "Bộ trưởng", "Ủy ban Dân tộc") in got
