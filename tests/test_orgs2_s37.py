"""Organisation names that left an official's post or a cooperation without its body (session 37,
helper orgs2), run through the real EXTRACTION chain with our own sentences.

The Party's central health board is written in many shortened forms ("Ban Bảo vệ sức khỏe Trung
ương", "ban bảo vệ chăm sóc sức khoẻ cán bộ trung ương"); after a lower-case "Trưởng ban" only the
central-board reader sees it, so each form must be one of its variants, all read as the board's
one name. Japan's health ministry, its country written last, is not Vietnam's "Bộ Y tế". A bare
"UBND xã"/"Trạm Y tế xã" takes the one commune the story names before it, as "huyện" bodies do.
"UBMTTQ" before a place is that place's Fatherland Front committee; alone it names none."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names
from test_press_officials import roles

BOARD = "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương"


@pytest.mark.parametrize("text, role", [
    ("Trưởng ban Bảo vệ sức khỏe Trung ương Lê Văn Hòa đã thăm hỏi gia đình bệnh nhân.",
     ("Lê Văn Hòa", "Trưởng ban", BOARD)),
    ("Ông Phan Minh Đức, Trưởng ban bảo vệ sức khoẻ cán bộ trung ương, cho biết ca mổ thành công.",
     ("Phan Minh Đức", "Trưởng ban", BOARD)),
    ("Phó trưởng ban Bảo vệ chăm sóc sức khỏe Trung ương Đỗ Thị Lan dự buổi lễ.",
     ("Đỗ Thị Lan", "Phó trưởng ban", BOARD)),
])
def test_health_board_short_forms_after_a_title(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


@pytest.mark.parametrize("text", [
    "Các giáo sư của Ban bảo vệ sức khoẻ trung ương sẽ hội chẩn cho ông.",
    "Hội đồng chuyên môn gồm đại diện ban Bảo vệ chăm sóc sức khoẻ cán bộ Trung ương và bệnh viện.",
])
def test_health_board_short_forms_are_one_name(text: str) -> None:
    assert BOARD in names(text)


def test_a_province_health_board_is_not_the_central_one() -> None:
    assert BOARD not in names("Ban Bảo vệ sức khỏe cán bộ tỉnh Nghệ An vừa tổ chức khám định kỳ.")


@pytest.mark.parametrize("text, body", [
    ("Đoàn công tác đã làm việc với Bộ Y tế, Lao động và Phúc lợi Nhật Bản về việc tuyển điều dưỡng.",
     "Bộ Y tế, Lao động và Phúc lợi Nhật Bản"),
    ("Bộ Ngoại giao, Bộ Y tế, Lao động và Phúc lợi Nhật Bản cùng cử đại diện tham dự.",
     "Bộ Y tế, Lao động và Phúc lợi Nhật Bản"),
])
def test_japans_health_ministry_is_not_vietnams(text: str, body: str) -> None:
    found = names(text)
    assert body in found and "Bộ Y tế" not in found


@pytest.mark.parametrize("text, body", [
    ("Vụ ngộ độc xảy ra tại xã Tân Lập, huyện Đan Phượng. Ngay trong đêm, UBND xã đã báo cáo lên huyện.",
     "Ủy ban nhân dân xã Tân Lập"),
    ("Bé trai ở xã Hòa Phú được đưa đến Trạm Y tế xã cấp cứu.", "Trạm Y tế xã Hòa Phú"),
])
def test_bare_commune_body_takes_the_named_commune(text: str, body: str) -> None:
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Người dân thị xã Sơn Tây rất lo lắng. Trạm Y tế xã đã phun thuốc khử khuẩn.",
    "Ông ở xã Tân Lập, vợ ở xã Hòa Phú. UBND xã đã xác nhận hoàn cảnh khó khăn.",
])
def test_bare_commune_body_without_one_commune_is_unread(text: str) -> None:
    assert not any(" xã " in n for n in names(text))


def test_lower_case_commune_station_stays_generic() -> None:
    text = "Khi khám bệnh ở xã Phú Mỹ, nhiều người nói không tin việc chữa bệnh ở trạm y tế xã."
    assert not any(" xã " in n for n in names(text))


@pytest.mark.parametrize("text, body", [
    ("Bà Lê Thị Mai, Chủ tịch UBMTTQ tỉnh Hà Nam, đã trao 50 suất quà.", "Ủy ban Mặt trận Tổ quốc tỉnh Hà Nam"),
    ("Sáng nay, UBMTTQ xã Tân Phú phối hợp với trạm y tế phát khẩu trang.", "Ủy ban Mặt trận Tổ quốc xã Tân Phú"),
])
def test_front_committee_abbreviated(text: str, body: str) -> None:
    assert body in names(text)


def test_bare_front_committee_names_no_level() -> None:
    assert not any("Mặt trận" in n for n in names("UBMTTQ đã vận động được 300 triệu đồng."))
