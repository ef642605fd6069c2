"""Review 2's cooperation items (session 37), each with sentences written for the test: a bare
delegation after "tại <place>" or "Tại Hội nghị" is still its sender's; a medical team after
"tại <province>" stays that province's."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


def test_a_delegation_after_a_dateline_place_is_still_its_senders() -> None:
    got = pairs("Bệnh viện Trung ương Huế cử đoàn công tác vào Thành phố Hồ Chí Minh. "
                "Chiều 12/8, tại Thành phố Hồ Chí Minh, đoàn công tác đã làm việc với Sở Y tế Thành phố Hồ Chí Minh.")
    assert ("Bệnh viện Trung ương Huế", "Sở Y tế Thành phố Hồ Chí Minh") in got


def test_a_delegation_after_a_meeting_named_with_tai_is_still_its_senders() -> None:
    got = pairs("Bộ Y tế đã thành lập đoàn công tác hỗ trợ tỉnh Quảng Trị phòng chống dịch. "
                "Tại Hội nghị sơ kết sáng 3/9, đoàn công tác đã làm việc với Sở Y tế Quảng Trị.")
    assert ("Bộ Y tế", "Sở Y tế Quảng Trị") in got


def test_doctors_after_a_named_province_stay_that_provinces() -> None:
    got = pairs("Bệnh viện Việt Đức đã cử đoàn bác sĩ lên Lào Cai. "
                "Cùng thời gian, tại Sơn La, các bác sĩ đã làm việc với Sở Y tế Sơn La.")
    assert ("Bệnh viện Việt Đức", "Sở Y tế Sơn La") not in got


def test_doctors_after_a_meeting_named_with_tai_are_the_senders() -> None:
    got = pairs("Ngày 2/4, các bác sĩ Bệnh viện Bạch Mai đã lên tỉnh Hòa Bình. "
                "Tại Hội trường của bệnh viện, các bác sĩ đã phối hợp với Bệnh viện Đa khoa tỉnh Hòa Bình hội chẩn ca bệnh.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình") in got


def test_a_building_handed_over_to_a_province_to_run_transfers_no_technique() -> None:
    got = links("Khu cách ly tập trung số 3 được Bộ Chỉ huy Quân sự tỉnh chuyển giao cho tỉnh Đồng Nai quản lý "
                "và khai thác.")
    assert not {k for k in got if k[2] == "technology_transfer"}


def test_a_building_handed_over_to_two_listed_bodies_to_run_transfers_no_technique() -> None:
    got = links("Khu nhà mới được Tổng công ty Sông Đà chuyển giao cho Bệnh viện Đa khoa tỉnh Hòa Bình, "
                "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình và Sở Y tế Hòa Bình trực tiếp quản lý.")
    assert not {k for k in got if k[2] == "technology_transfer"}


def test_a_technique_of_management_handed_to_two_hospitals_is_still_transferred() -> None:
    got = links("Bệnh viện Nhi Trung ương đã chuyển giao cho Bệnh viện Sản Nhi Ninh Bình và Bệnh viện Đa khoa "
                "tỉnh Nam Định kỹ thuật quản lý trẻ sơ sinh non tháng.")
    assert ("Bệnh viện Nhi Trung ương", "Bệnh viện Sản Nhi Ninh Bình", "technology_transfer") in got
    assert ("Bệnh viện Nhi Trung ương", "Bệnh viện Đa khoa tỉnh Nam Định", "technology_transfer") in got
