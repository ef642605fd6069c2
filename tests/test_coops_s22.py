"""Cooperation families added in session 22, with sentences written for the test: a body
issuing goods ("cấp" ambulances, equipment, vaccine) to another supplies it; "cấp" of a
licence, a certificate or a budget line links nobody."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def links(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published="2024-02-10"), EXTRACTION)
    return {(c.source, c.target, c.kind) for c in doc.cooperations}


def test_a_hospital_given_an_ambulance_by_the_ministry_is_supplied_by_it() -> None:
    got = links("Năm ngoái, Bệnh viện Đa khoa huyện Côn Đảo được Bộ Y tế cấp ô tô cứu thương để chở "
                "bệnh nhân vào đất liền.")
    assert ("Bộ Y tế", "Bệnh viện Đa khoa huyện Côn Đảo", "support") in got


def test_equipment_issued_to_a_named_centre_links_the_issuer_with_it() -> None:
    got = links("Hai máy thở này thuộc dự án của Ngân hàng Thế giới, được Cục Y tế Dự phòng cấp cho "
                "Trung tâm Y tế Dự phòng Nam Định từ năm 2015.")
    assert ("Cục Y tế Dự phòng", "Trung tâm Y tế Dự phòng Nam Định", "support") in got


def test_vaccine_issued_to_a_department_links_the_ministry_with_it() -> None:
    got = links("Bộ Y tế đã cấp cho Sở Y tế Quảng Ngãi 5.000 liều vắc xin sởi.")
    assert ("Bộ Y tế", "Sở Y tế Quảng Ngãi", "support") in got


def test_licences_and_certificates_are_no_supplies() -> None:
    assert not links("Sở Y tế Hà Nội đã cấp giấy phép hoạt động cho Bệnh viện Đa khoa Hồng Ngọc.")
    assert not links("Sở Y tế đang xem xét thu hồi giấy chứng nhận đã cấp cho Công ty Dược Hà Tây.")


def test_a_party_committee_visiting_a_hospital_of_its_own_city_is_a_party_in_its_own_name() -> None:
    got = links("Nhân Ngày Thầy thuốc Việt Nam, Bí thư Thành ủy Đà Nẵng Trần Văn Nam đã tới thăm, chúc mừng "
                "các bác sĩ, nhân viên của Bệnh viện Ung bướu Đà Nẵng.")
    assert {(a, b) for a, b, _ in got} == {("Thành ủy Đà Nẵng", "Bệnh viện Ung bướu Đà Nẵng")}


def test_a_party_committee_s_working_session_with_a_department_links_the_two() -> None:
    got = links("Chiều 8/8, Bí thư Tỉnh ủy Quảng Nam Lê Văn Hòa chủ trì buổi làm việc với Sở Y tế Quảng Nam.")
    assert ("Tỉnh ủy Quảng Nam", "Sở Y tế Quảng Nam", "exchange") in got
