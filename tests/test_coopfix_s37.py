"""Review 2's cooperation items (session 37), each with sentences written for the test: a bare
delegation after "tại <place>" or "Tại Hội nghị" is still its sender's, a medical team after
"tại <province>" stays that province's; a building handed to a place or to listed bodies to run
is no technique transferred."""
from __future__ import annotations

import pytest

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view

# (a team named with its body, then the bare team after "tại …"; the link the second states)
SENDERS_TEAM = [
    # a dateline place: the delegation sent there
    ("Bệnh viện Trung ương Huế cử đoàn công tác vào Thành phố Hồ Chí Minh. "
     "Chiều 12/8, tại Thành phố Hồ Chí Minh, đoàn công tác đã làm việc với Sở Y tế Thành phố Hồ Chí Minh.",
     ("Bệnh viện Trung ương Huế", "Sở Y tế Thành phố Hồ Chí Minh")),
    # a meeting, no place
    ("Bộ Y tế đã thành lập đoàn công tác hỗ trợ tỉnh Quảng Trị phòng chống dịch. "
     "Tại Hội nghị sơ kết sáng 3/9, đoàn công tác đã làm việc với Sở Y tế Quảng Trị.",
     ("Bộ Y tế", "Sở Y tế Quảng Trị")),
    # doctors in a hall, no place
    ("Ngày 2/4, các bác sĩ Bệnh viện Bạch Mai đã lên tỉnh Hòa Bình. "
     "Tại Hội trường của bệnh viện, các bác sĩ đã phối hợp với Bệnh viện Đa khoa tỉnh Hòa Bình hội chẩn ca bệnh.",
     ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình")),
]


@pytest.mark.parametrize("text,pair", SENDERS_TEAM)
def test_a_team_after_tai_and_no_province_is_its_senders(text: str, pair: tuple[str, str]) -> None:
    assert pair in {(a, b) for a, b, _ in links(text)}


def test_doctors_after_a_named_province_stay_that_provinces() -> None:
    got = links("Bệnh viện Việt Đức đã cử đoàn bác sĩ lên Lào Cai. "
                "Cùng thời gian, tại Sơn La, các bác sĩ đã làm việc với Sở Y tế Sơn La.")
    assert not {k for k in got if k[:2] == ("Bệnh viện Việt Đức", "Sở Y tế Sơn La")}


HANDED_OVER = [
    # a place after its lower-case kind
    "Khu cách ly tập trung số 3 được Bộ Chỉ huy Quân sự tỉnh chuyển giao cho tỉnh Đồng Nai quản lý và khai thác.",
    # listed bodies that run it
    "Khu nhà mới được Tổng công ty Sông Đà chuyển giao cho Bệnh viện Đa khoa tỉnh Hòa Bình, "
    "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình và Sở Y tế Hòa Bình trực tiếp quản lý.",
]


@pytest.mark.parametrize("text", HANDED_OVER)
def test_a_building_handed_over_to_run_transfers_no_technique(text: str) -> None:
    assert not {k for k in links(text) if k[2] == "technology_transfer"}


def test_a_technique_of_management_handed_to_two_hospitals_is_still_transferred() -> None:
    got = links("Bệnh viện Nhi Trung ương đã chuyển giao cho Bệnh viện Sản Nhi Ninh Bình và Bệnh viện Đa khoa "
                "tỉnh Nam Định kỹ thuật quản lý trẻ sơ sinh non tháng.")
    assert ("Bệnh viện Nhi Trung ương", "Bệnh viện Sản Nhi Ninh Bình", "technology_transfer") in got
    assert ("Bệnh viện Nhi Trung ương", "Bệnh viện Đa khoa tỉnh Nam Định", "technology_transfer") in got
