"""Cooperation families added in stop 19, each with sentences written for the test:
a provincial department working with a provincial branch of a national system
(social insurance, police, the military command) is cooperation between parties,
and (since session 24) its work with another department of its own province is cooperation
between peers."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def pairs(text: str) -> set[frozenset[str]]:
    doc = run(Doc(text=text, published="2024-08-15"), EXTRACTION)
    return {frozenset((c.source, c.target)) for c in doc.cooperations}


VERTICAL_CASES = [
    ("Sở Y tế Thái Bình phối hợp với Bảo hiểm xã hội tỉnh Thái Bình tổ chức hội nghị về khám bệnh theo thẻ.",
     frozenset(("Sở Y tế Thái Bình", "Bảo hiểm xã hội tỉnh Thái Bình"))),
    ("Thanh tra Sở Y tế Cần Thơ đã phối hợp với Công an thành phố Cần Thơ kiểm tra một phòng khám không phép.",
     frozenset(("Thanh tra Sở Y tế Cần Thơ", "Công an thành phố Cần Thơ"))),
    ("Sở Y tế Lạng Sơn phối hợp với Bộ Chỉ huy Quân sự tỉnh Lạng Sơn tổ chức diễn tập phòng chống dịch.",
     frozenset(("Sở Y tế Lạng Sơn", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"))),
]


@pytest.mark.parametrize("text,pair", VERTICAL_CASES)
def test_a_department_works_with_a_branch_of_a_national_system(text, pair):
    assert pair in pairs(text)


def test_two_departments_of_one_province_are_peers_that_cooperate():
    # decided in session 24: the gold links peer departments (neither directs the other)
    assert pairs("Sở Y tế Lạng Sơn phối hợp với Sở Tài chính Lạng Sơn rà soát giá dịch vụ.") == {
        frozenset(("Sở Y tế Lạng Sơn", "Sở Tài chính Lạng Sơn"))}


# co-organisers: joint by a word ("đồng/cùng tổ chức") or introduced by "do"; a unit's parent
# written after it (", thuộc B", "Vụ X, Bộ Y") is not a second organiser
ORGANISER_CASES = [
    ("Sáng 14/9, Bệnh viện Đa khoa tỉnh Bắc Giang và Trường Đại học Y Dược Thái Nguyên đã đồng tổ chức hội thảo về ung bướu.",
     {frozenset(("Bệnh viện Đa khoa tỉnh Bắc Giang", "Trường Đại học Y Dược Thái Nguyên"))}),
    ("Hội thảo do Bộ Y tế và Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) tổ chức chiều 3/6 tại Hà Nội.",
     {frozenset(("Bộ Y tế", "Quỹ Nhi đồng Liên Hợp Quốc"))}),
    ("Trung tâm Kiểm soát bệnh tật tỉnh Cà Mau, thuộc Sở Y tế Cà Mau và Chi cục Quản lý thị trường Cà Mau "
     "cùng tổ chức lớp tập huấn.",
     {frozenset(("Trung tâm Kiểm soát bệnh tật tỉnh Cà Mau", "Chi cục Quản lý thị trường Cà Mau"))}),
]


@pytest.mark.parametrize("text,expected", ORGANISER_CASES)
def test_bodies_that_organise_together(text, expected):
    def folded(found):
        return {frozenset(n.lower() for n in p) for p in found}
    assert folded(expected) <= folded(pairs(text))


@pytest.mark.parametrize("text", [
    "Hội thảo do Vụ Pháp chế, Bộ Y tế tổ chức sáng 2/4 tại Hà Nội.",     # a unit and its ministry
    "Tại Hà Nội, Bệnh viện Bạch Mai tổ chức hội thảo về tim mạch.",      # one organiser, a place
    "Theo Sở Y tế Hà Nội, Bệnh viện Thanh Nhàn tổ chức khám miễn phí.",   # a source, not an organiser
])
def test_one_organiser_is_no_pair(text):
    assert pairs(text) == set()


# a joint operation written with bare "phối hợp" before the police body's name; a unit followed
# by its ministry after a comma acts itself ("Tổng cục A, Bộ B - cho biết đơn vị đã phối hợp C")
@pytest.mark.parametrize("text,pair", [
    ("Thanh tra Sở Y tế Cần Thơ đã phối hợp Công an thành phố Cần Thơ kiểm tra một phòng khám không phép.",
     frozenset(("Thanh tra Sở Y tế Cần Thơ", "Công an thành phố Cần Thơ"))),
    ("Ông Hải, chánh thanh tra Tổng cục Lâm nghiệp, Bộ Nông nghiệp và Phát triển nông thôn, cho biết đơn vị "
     "vừa phối hợp Cục Cảnh sát phòng chống tội phạm về môi trường kiểm tra một nhà máy.",
     frozenset(("Tổng cục Lâm nghiệp", "Cục Cảnh sát phòng chống tội phạm về môi trường"))),
])
def test_joint_operation_and_a_unit_before_its_ministry(text, pair):
    assert pair in pairs(text)


def test_two_police_bodies_working_together_are_a_link():
    # (stop 35: the studied gold lists police bodies' joint work as links; it was refused before)
    assert pairs("Công an huyện Bình Chánh đang phối hợp Công an Thành phố Hồ Chí Minh điều tra vụ việc.") == {
        frozenset(("Công an huyện Bình Chánh", "Công an Thành phố Hồ Chí Minh"))}


def test_two_subjects_opening_their_clause_both_work_with_the_partner():
    # a comma-joined pair of subjects (the first with its ministry in brackets); a spaced slash
    # inside a name ("HIV / AIDS", a corpus artefact) is written closed
    found = pairs("Ngày 8-3, Cục Phòng chống HIV / AIDS (Bộ Y tế), Sở Y tế Đồng Nai phối hợp "
                  "Bảo hiểm xã hội tỉnh Đồng Nai tổ chức lễ cấp thuốc ARV qua thẻ bảo hiểm y tế.")
    assert frozenset(("Cục Phòng chống HIV/AIDS", "Bảo hiểm xã hội tỉnh Đồng Nai")) in found
    assert frozenset(("Sở Y tế Đồng Nai", "Bảo hiểm xã hội tỉnh Đồng Nai")) in found


def test_a_setting_before_a_comma_is_no_second_subject():
    found = pairs("Tại Bệnh viện Bạch Mai, Bệnh viện Việt Đức hỗ trợ Bệnh viện Đa khoa tỉnh Hòa Bình về ghép thận.")
    assert frozenset(("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình")) not in found
