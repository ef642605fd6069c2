"""Cooperation families changed in session 35 (second round), each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


# --- a hospital where patients lie, or where an event is held, is the venue, not the receiver
def test_gifts_to_children_treated_at_a_hospital_do_not_link_the_hospital() -> None:
    got = links("Sáng 2/6, Công ty Cổ phần Sữa Hà Long đã trao 200 suất quà cho các bệnh nhi đang điều trị "
                "tại Bệnh viện Đa khoa tỉnh Thanh Hóa.")
    assert not links_with(got, "Bệnh viện")


def test_gifts_to_patients_of_a_list_of_hospitals_link_none_of_them() -> None:
    got = links("Ngân hàng Thương mại Cổ phần Á Châu đã tặng 300 suất quà cho bệnh nhân nghèo ở hai bệnh viện "
                "tại Hà Nội gồm: Bệnh viện Bạch Mai và Bệnh viện Việt Đức.")
    assert not links_with(got, "Bệnh viện")


def test_a_programme_held_at_a_school_does_not_link_the_school() -> None:
    got = links("Chương trình do Sở Y tế tỉnh Vĩnh Long và Quỹ Hy vọng phối hợp tổ chức tại Trường Tiểu học "
                "Lê Lợi.")
    assert not links_with(got, "Trường")


def test_a_delegation_visiting_the_injured_at_a_hospital_does_not_link_the_hospital() -> None:
    got = links("Chiều 3/1, đoàn công tác của Sở Du lịch tỉnh Khánh Hòa đã tới Bệnh viện Đa khoa tỉnh Khánh Hòa "
                "thăm hỏi các nạn nhân vụ tai nạn.")
    assert not links_with(got, "Bệnh viện")


def test_training_for_doctors_at_a_hospital_still_links_the_hospital() -> None:
    # its staff receive: the hospital is the receiver, not a venue
    got = links("Bệnh viện Chợ Rẫy đã chuyển giao kỹ thuật can thiệp mạch vành cho các bác sĩ tại "
                "Bệnh viện Đa khoa tỉnh Cà Mau.")
    assert links_with(got, "Bệnh viện Đa khoa tỉnh Cà Mau")


def test_a_gift_to_a_hospital_itself_still_links_it() -> None:
    got = links("Công ty Cổ phần Sữa Hà Long đã trao tặng Bệnh viện Đa khoa tỉnh Thanh Hóa 2 máy thở.")
    assert links_with(got, "Bệnh viện Đa khoa tỉnh Thanh Hóa")


def links_with(got, word: str) -> list:
    return [l for l in got if word in l[0] or word in l[1]]


# --- a travelling team's giver: only a request written between giver and host refuses the link
def test_a_team_from_a_hospital_going_down_to_support_another_links_them() -> None:
    got = links("Đoàn bác sĩ từ Bệnh viện Chợ Rẫy đã xuống Bệnh viện Đa khoa tỉnh Cà Mau để hỗ trợ chuyên môn.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "support") in got


def test_a_fronted_date_or_request_does_not_refuse_the_travelling_team() -> None:
    for lead in ("Từ ngày 5/7, các", "Theo đề nghị của Sở Y tế,"):
        got = links(f"{lead} bác sĩ Bệnh viện Bạch Mai đã lên Bệnh viện Đa khoa tỉnh Sơn La để hỗ trợ chuyên môn.")
        assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La", "support") in got


def test_a_paper_sent_up_to_the_ministry_asks_for_help_and_links_nobody() -> None:
    assert not links("Sở Y tế Lai Châu đã có văn bản gửi lên Bộ Y tế để hỗ trợ kinh phí.")
