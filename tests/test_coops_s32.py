"""Cooperation families added in session 32, each with sentences written for the test."""
from __future__ import annotations

import pytest

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- aid goods named as a noun ("hàng/thuốc/nguồn viện trợ") give no donation between the bodies around them
def test_aid_goods_reported_to_a_ministry_are_no_gift_of_the_ministry() -> None:
    assert links("Sở Y tế Đà Nẵng đã báo cáo Bộ Y tế về việc sử dụng thuốc viện trợ tại Bệnh viện Đà Nẵng.") == set()


def test_aid_goods_with_their_giver_named_still_link() -> None:
    got = pairs("Bệnh viện Đà Nẵng đã tiếp nhận lô hàng viện trợ của Tổ chức Y tế Thế giới.")
    assert ("Tổ chức Y tế Thế giới", "Bệnh viện Đà Nẵng") in got


def test_aid_as_a_verb_is_still_a_donation() -> None:
    got = links("Tổ chức Y tế Thế giới viện trợ cho Bệnh viện Đà Nẵng 2 máy thở.")
    assert ("Tổ chức Y tế Thế giới", "Bệnh viện Đà Nẵng", "donation") in got


# --- a directive between the body before a cue and the cue: someone else is asked to act
def test_an_official_asking_another_body_to_coordinate_gives_his_body_no_link() -> None:
    got = pairs("Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh đề nghị Ban quản lý an toàn thực phẩm phối hợp "
                "với Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh kiểm tra bếp ăn.")
    assert not any(a == "Thành phố Hồ Chí Minh" or b == "Thành phố Hồ Chí Minh" for a, b in got)


def test_a_body_directing_its_own_team_to_help_still_gives() -> None:
    got = pairs("Giám đốc Bệnh viện Bạch Mai đã chỉ đạo đoàn công tác tập trung nhân lực hỗ trợ cho Bệnh viện "
                "Đa khoa tỉnh Hòa Bình.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình") in got


# --- the article's own hospital, written "bệnh viện" in lower case, opening a clause before a verb of giving
_HOME = ("Bệnh viện Đa khoa tỉnh Sóc Trăng vừa khánh thành khu điều trị mới. Giám đốc Bệnh viện Đa khoa tỉnh Sóc "
         "Trăng cho biết khu này có 200 giường. Năm 2024, Bệnh viện Đa khoa tỉnh Sóc Trăng khám cho 300.000 lượt "
         "người. ")


@pytest.mark.parametrize("sentence, pair", [
    ("Dịp này, bệnh viện đã trao tặng 50 suất quà cho Trạm Y tế xã Phú Tân.",
     ("Bệnh viện Đa khoa tỉnh Sóc Trăng", "Trạm Y tế xã Phú Tân")),
    ("Trong năm, bệnh viện đã cử 20 lượt bác sĩ xuống hỗ trợ Trung tâm Y tế huyện Châu Thành.",
     ("Bệnh viện Đa khoa tỉnh Sóc Trăng", "Trung tâm Y tế huyện Châu Thành")),
    ("Bệnh viện Chợ Rẫy đã chuyển giao cho bệnh viện 5 kỹ thuật mới.",
     ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Sóc Trăng")),
    ("Được sự hỗ trợ của Bệnh viện Chợ Rẫy, bệnh viện đã làm chủ kỹ thuật can thiệp mạch vành.",
     ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Sóc Trăng")),
])
def test_the_home_hospital_in_lower_case_gives_and_receives(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(_HOME + sentence)


def test_a_lower_case_hospital_without_a_home_hospital_links_nothing() -> None:
    assert links("Dịp này, bệnh viện đã trao tặng 50 suất quà cho Trạm Y tế xã Phú Tân.") == set()


def test_a_numbered_hospital_after_the_verb_is_not_the_home_hospital() -> None:
    got = pairs(_HOME + "Bệnh viện Chợ Rẫy đã hỗ trợ bệnh viện 108 trong việc cấp cứu bệnh nhân.")
    assert not any("Sóc Trăng" in b for _, b in got)


def test_an_award_in_quotes_is_no_gift() -> None:
    got = links(_HOME + "Năm qua, bệnh viện đã được Bộ Y tế tặng “Cờ thi đua” đơn vị xuất sắc.")
    assert got == set()


# --- a hospital that itself works with the police is a party, not the scene of a case
def test_a_hospital_coordinating_with_ward_police_is_a_party() -> None:
    got = pairs("Bệnh viện Chợ Rẫy đã phối hợp với Công an phường 12, quận 5 kiểm tra an ninh trật tự quanh bệnh viện.")
    assert ("Bệnh viện Chợ Rẫy", "Công an phường 12, quận 5") in got


def test_police_working_with_a_hospital_on_a_case_is_a_link() -> None:
    # (stop 35: the studied gold lists such joint work; it was refused before)
    assert {(a, b) for a, b, _ in links("Công an phường 12 phối hợp với Bệnh viện Chợ Rẫy điều tra vụ trộm tài sản.")} \
        == {("Công an phường 12", "Bệnh viện Chợ Rẫy")}


# --- "ủng hộ" a proposal or a view endorses it; it is no gift
def test_endorsing_a_ministry_proposal_is_no_donation() -> None:
    assert links("Ủng hộ các đề xuất của Bộ Y tế, Viện trưởng cho rằng Chính phủ nên cấm quảng cáo rượu bia.") == set()


def test_supporting_a_hospital_with_a_ventilator_is_still_a_donation() -> None:
    got = links("Bệnh viện Bạch Mai đã ủng hộ Bệnh viện Đa khoa huyện Bắc Hà một máy thở.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa huyện Bắc Hà", "donation") in got


# --- "A, tỉnh X cho biết đang phối hợp với B": the province is A's address, A acts
def test_a_bodys_address_is_not_the_provider() -> None:
    got = pairs("Ngày 4-9, Trung tâm Y tế huyện Chợ Gạo, tỉnh Tiền Giang cho biết đang phối hợp với Bệnh viện "
                "Đa khoa Trung tâm Tiền Giang điều trị cho bệnh nhân.")
    assert ("Trung tâm Y tế huyện Chợ Gạo", "Bệnh viện Đa khoa Trung tâm Tiền Giang") in got
    assert not any(a == "Tiền Giang" for a, _ in got)


# --- "từ A" after the people helped says where they come from, not who gives
def test_patients_from_a_province_do_not_make_it_a_giver() -> None:
    got = pairs("Bệnh viện Bạch Mai cũng hỗ trợ nhiều bệnh nhân khác từ Hòa Bình xuống để lọc máu định kỳ.")
    assert not any(a == "Hòa Bình" for a, _ in got)


def test_techniques_received_from_a_hospital_still_come_from_it() -> None:
    got = pairs("Bệnh viện Đa khoa tỉnh Hòa Bình đã tiếp nhận chuyển giao kỹ thuật lọc máu từ Bệnh viện Bạch Mai.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình") in got


# --- the partner of a session named through its head: "làm việc với ông A, Giám đốc Bệnh viện B"
@pytest.mark.parametrize("sentence, pair", [
    ("Giám đốc Sở Y tế Nghệ An đã làm việc với ông Nguyễn Văn An, Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh.",
     ("Sở Y tế Nghệ An", "Bệnh viện Đa khoa tỉnh Hà Tĩnh")),
    ("Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã hội đàm với Bộ trưởng Bộ Y tế Lào Bounkong Syhavong.",
     ("Bộ Y tế", "Bộ Y tế Lào")),
    ("Bộ trưởng Bộ Y tế đã hội đàm với ông Bounkong Syhavong - Bộ trưởng Bộ Y tế Lào.",
     ("Bộ Y tế", "Bộ Y tế Lào")),
    ("Bộ trưởng Bộ Y tế đã tiếp ông Nguyễn Văn An, Tổng giám đốc Công ty Cổ phần Dược Hậu Giang.",
     ("Bộ Y tế", "Công ty Cổ phần Dược Hậu Giang")),
])
def test_a_session_partner_named_through_its_head(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(sentence)


def test_a_person_who_is_no_head_names_no_partner() -> None:
    assert links("Sở Y tế Nghệ An đã làm việc với chị Hoa - người tố cáo Bệnh viện Đa khoa tỉnh Hà Tĩnh.") == set()


def test_a_reporter_talking_with_a_minister_is_no_session_of_the_setting() -> None:
    assert links("Bên hành lang Quốc hội sáng 9/11, PV báo Sức khỏe đã có cuộc trao đổi với Bộ trưởng Bộ Y tế "
                 "Nguyễn Thị Kim Tiến.") == set()


def test_receiving_a_visitor_is_read_only_before_a_person_or_a_title() -> None:
    assert links("Bệnh viện Bạch Mai tiếp tục điều trị cho bệnh nhân của Bệnh viện Đa khoa tỉnh Hòa Bình.") == set()


def test_asking_the_hospital_named_before_to_keep_helping_still_links_it() -> None:
    got = pairs("Phó Chủ tịch tỉnh cảm ơn y bác sĩ Bệnh viện Trung ương Quân đội 108 và đề nghị bệnh viện tiếp tục "
                "hỗ trợ đào tạo cho Bệnh viện Đa khoa tỉnh Hà Giang.")
    assert ("Bệnh viện Trung ương Quân đội 108", "Bệnh viện Đa khoa tỉnh Hà Giang") in got
