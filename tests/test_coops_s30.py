"""Cooperation families added in session 30, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in links(text)}


# --- "từ xa" is remote, not "from": the name after "với" is the partner, the subject provides
def test_remote_consultation_with_a_partner_keeps_the_subject_as_provider() -> None:
    got = links("Bệnh viện Chợ Rẫy đề xuất kết nối hệ thống hội chẩn từ xa với Bệnh viện Đa khoa tỉnh Cà Mau.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "support") in got
    assert not any(a == "Bệnh viện Đa khoa tỉnh Cà Mau" for a, _, _ in got)


def test_support_received_from_a_body_still_comes_from_it() -> None:
    got = links("Bệnh viện Đa khoa tỉnh Cà Mau tiếp nhận chuyển giao kỹ thuật từ Bệnh viện Chợ Rẫy.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "technology_transfer") in got


# --- "A bàn giao <goods> cho B": handing equipment over is a gift to B
def test_equipment_handed_over_to_a_hospital_is_a_donation() -> None:
    got = links("Công ty Vinamilk đã bàn giao 2 máy thở cho Bệnh viện Nhi Trung ương.")
    assert ("Công ty Vinamilk", "Bệnh viện Nhi Trung ương", "donation") in got
    got = links("Bệnh viện Nhi Trung ương được Công ty Vinamilk bàn giao 2 máy thở.")
    assert ("Công ty Vinamilk", "Bệnh viện Nhi Trung ương", "donation") in got


def test_handing_over_land_suspects_or_files_is_no_gift() -> None:
    assert not links("Ủy ban nhân dân thành phố Vinh bàn giao mặt bằng cho Công ty cổ phần Bệnh viện Hữu nghị.")
    assert not links("Công an huyện Yên Thành đã bàn giao hồ sơ vụ việc cho Công an tỉnh Nghệ An.")


# --- "A cùng (với) B tổ chức …": the two organise the event together
def test_a_body_together_with_another_organising_an_event_works_with_it() -> None:
    assert pairs("Ngày 7/11, Sở Y tế Kiên Giang cùng với Quỹ Bảo trợ trẻ em Việt Nam đã tổ chức hội thảo "
                 "về dinh dưỡng.") == {frozenset(("Sở Y tế Kiên Giang", "Quỹ Bảo trợ trẻ em Việt Nam"))}
    assert frozenset(("Bệnh viện Chợ Rẫy", "Sở Y tế Cà Mau")) in pairs(
        "Bệnh viện Chợ Rẫy cùng Sở Y tế Cà Mau tổ chức chương trình khám bệnh miễn phí cho người dân.")


def test_two_places_or_a_generic_group_organising_are_no_pair() -> None:
    assert not links("Sáng 3/4, tỉnh Quảng Nam cùng thành phố Hội An tổ chức lễ đón bằng công nhận.")
    assert not links("Bệnh viện Bạch Mai cùng các bệnh viện tuyến tỉnh tổ chức hội chẩn.")


# --- "A liên hệ/liên lạc (với) B, đề nghị (được) hỗ trợ": B is asked for help and gives it to A
def test_a_body_contacting_another_for_help_is_supported_by_it() -> None:
    got = links("Bộ Ngoại giao đã liên hệ với Đại sứ quán Ai Cập tại Việt Nam, đề nghị hỗ trợ cấp thị thực khẩn "
                "cho thân nhân các nạn nhân.")
    assert ("Đại sứ quán Ai Cập tại Việt Nam", "Bộ Ngoại giao", "support") in got
    got = links("Bệnh viện Đa khoa tỉnh Hòa Bình đã liên lạc với Bệnh viện Bạch Mai đề nghị được hỗ trợ chuyên môn.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình", "support") in got


def test_people_told_to_contact_a_hospital_link_nobody() -> None:
    assert not links("Người dân có thể liên hệ với Bệnh viện Bạch Mai để được tư vấn miễn phí.")


# --- "A cử bác sĩ lên phục vụ … tại B": staff sent to work at B support B; sent to inspect B, they do not
def test_doctors_sent_to_work_at_a_hospital_support_it() -> None:
    got = links("Bệnh viện Bạch Mai đã cử bác sĩ và đưa máy móc lên phục vụ công tác cấp cứu bệnh nhân tại "
                "Bệnh viện Đa khoa tỉnh Hòa Bình.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình", "support") in got


def test_staff_sent_to_inspect_a_hospital_is_no_support() -> None:
    assert not links("Bộ Y tế đã cử cán bộ xuống kiểm tra tại Bệnh viện Đa khoa tỉnh Hòa Bình.")
