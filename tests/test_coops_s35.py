"""Cooperation families changed in session 35, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- A's people travel to B for a purpose of giving and name no other receiver: A gives to B
def test_a_doctor_travelling_to_a_hospital_to_support_it_links_the_two_hospitals() -> None:
    got = links("Chiều 12/3, PGS.TS Trần Văn An, Trưởng khoa Hồi sức, Bệnh viện Chợ Rẫy đã xuống tận "
                "Bệnh viện Đa khoa tỉnh Cà Mau để hỗ trợ chuyên môn.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "support") in got


def test_a_team_going_up_to_a_hospital_to_transfer_a_technique_links_them() -> None:
    got = links("Các bác sĩ Bệnh viện Việt Đức đã lên Bệnh viện Đa khoa tỉnh Phú Thọ để trực tiếp chuyển giao "
                "kỹ thuật mổ nội soi.")
    assert ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ", "technology_transfer") in got


def test_a_patient_carried_from_one_hospital_to_another_for_care_links_nobody() -> None:
    got = pairs("Bệnh nhân được chuyển từ Bệnh viện Đa khoa huyện Hoài Nhơn đến Bệnh viện Đa khoa tỉnh Bình Định "
                "để hỗ trợ điều trị.")
    assert not got


def test_a_trip_to_a_hospital_to_work_with_a_named_body_links_that_body() -> None:
    # the receiver is named after the cue: the host hospital is where they meet, not who is given to
    got = pairs("Đoàn chuyên gia của Bệnh viện Bạch Mai đã đến Bệnh viện Đa khoa tỉnh Sơn La để hỗ trợ "
                "Trung tâm Y tế huyện Mai Sơn.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La") not in got


# --- police, procuracy and courts are parties: the studied gold lists their joint work and sessions
def test_two_police_bodies_investigating_together_are_a_link() -> None:
    got = pairs("Ngày 5/4, Công an huyện Hưng Nguyên đã phối hợp với Công an tỉnh Nghệ An khám nghiệm hiện trường.")
    assert ("Công an huyện Hưng Nguyên", "Công an tỉnh Nghệ An") in got


def test_the_police_working_with_a_health_centre_is_a_link() -> None:
    got = pairs("Công an huyện Hải Hậu đang phối hợp với Trung tâm Y tế huyện Hải Hậu xác minh vụ ngộ độc.")
    assert ("Công an huyện Hải Hậu", "Trung tâm Y tế huyện Hải Hậu") in got


def test_the_ministry_of_public_security_with_a_provincial_police_is_a_link() -> None:
    got = pairs("Các đơn vị nghiệp vụ của Bộ Công an đã phối hợp với Công an tỉnh Hòa Bình điều tra vụ việc.")
    assert ("Bộ Công an", "Công an tỉnh Hòa Bình") in got


# --- review s35 item 2: trainees, a paper sent up and a report are no help given to the host
def test_doctors_going_up_to_a_hospital_to_be_trained_give_it_nothing() -> None:
    got = pairs("Bác sĩ của Trung tâm Y tế huyện Mèo Vạc lên Bệnh viện Đa khoa tỉnh Hà Giang để đào tạo về siêu âm.")
    assert ("Trung tâm Y tế huyện Mèo Vạc", "Bệnh viện Đa khoa tỉnh Hà Giang") not in got


def test_a_paper_sent_up_to_the_ministry_for_funds_is_a_request() -> None:
    got = pairs("Sở Y tế Lai Châu đã có văn bản gửi lên Bộ Y tế để hỗ trợ kinh phí sửa chữa trạm y tế.")
    assert ("Sở Y tế Lai Châu", "Bộ Y tế") not in got


def test_a_report_to_the_department_for_help_is_a_request() -> None:
    got = pairs("Bệnh viện Đa khoa huyện Mường Tè đã báo cáo về Sở Y tế Lai Châu để hỗ trợ xử lý.")
    assert ("Bệnh viện Đa khoa huyện Mường Tè", "Sở Y tế Lai Châu") not in got
