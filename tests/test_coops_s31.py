"""Cooperation families added in session 31, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- signing a memorandum, a coordination regulation or a cooperation programme
def test_signing_a_memorandum_with_a_company_is_an_agreement() -> None:
    got = links("Trường Đại học Y Dược Cần Thơ vừa ký bản ghi nhớ với Công ty Cổ phần Dược Hậu Giang về đào tạo "
                "dược sĩ.")
    assert ("Trường Đại học Y Dược Cần Thơ", "Công ty Cổ phần Dược Hậu Giang", "agreement") in got


def test_two_bodies_signing_a_coordination_regulation_are_a_pair() -> None:
    got = pairs("Sở Y tế Đồng Nai và Bảo hiểm xã hội tỉnh Đồng Nai đã ký quy chế phối hợp trong khám chữa bệnh "
                "bảo hiểm y tế.")
    assert got == {("Sở Y tế Đồng Nai", "Bảo hiểm xã hội tỉnh Đồng Nai")}


def test_signing_a_plan_or_a_decision_is_no_agreement() -> None:
    assert links("Giám đốc Sở Y tế Đồng Nai đã ký kế hoạch kiểm tra Bệnh viện Đa khoa Thống Nhất.") == set()
    assert links("Bộ trưởng Bộ Y tế đã ký quyết định công nhận Bệnh viện Đa khoa tỉnh Phú Thọ là bệnh viện "
                 "hạng I.") == set()


# --- "giữa hai đơn vị" points back at the two signers, it names no pair of its own
def test_between_the_two_units_leaves_the_signers_as_the_pair() -> None:
    got = pairs("Bệnh viện Chợ Rẫy và Bệnh viện Đa khoa tỉnh Kiên Giang đã ký kết thỏa thuận hợp tác giữa "
                "hai bệnh viện trong giai đoạn 2024-2026.")
    assert got == {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kiên Giang")}


def test_between_generic_groups_still_links_nothing() -> None:
    assert links("Cần sự phối hợp chặt chẽ giữa các cơ quan chuyên môn của Ủy ban nhân dân Thành phố Hồ Chí Minh "
                 "với Thanh tra Chính phủ.") == set()


def test_between_three_ministries_listed_after_is_their_own_coordination() -> None:
    got = pairs("Đại biểu Quốc hội cho rằng chưa có sự kết hợp chặt chẽ giữa ba bộ liên quan gồm: Bộ Y tế, "
                "Bộ Nông nghiệp và Phát triển nông thôn và Bộ Công Thương.")
    assert not any("Quốc hội" in a or "Quốc hội" in b for a, b in got)


# --- "trường" opening a clause stands for the university named last
def test_a_bare_school_head_signing_is_the_university_named_before() -> None:
    got = pairs("Trường Đại học Y Dược Hải Phòng có hơn 8.000 sinh viên. Ngoài ra, trường còn có ký kết hợp tác "
                "với Bệnh viện Hữu nghị Việt Tiệp để sinh viên thực hành lâm sàng.")
    assert ("Trường Đại học Y Dược Hải Phòng", "Bệnh viện Hữu nghị Việt Tiệp") in got


def test_a_bare_school_head_with_no_university_before_links_nothing() -> None:
    assert links("Sau buổi học, trường đã phối hợp với Bệnh viện Hữu nghị Việt Tiệp để khám cho học sinh.") == set()


# --- a partner's parent after a dash does not end the list of partners
def test_a_dashed_parent_inside_a_list_of_partners_keeps_the_list_going() -> None:
    got = pairs("Trường Đại học Y Dược Huế đã ký kết hợp tác với Bệnh viện 199 - Bộ Công an, Bệnh viện Quân y 17 "
                "và Bệnh viện Trung ương Huế.")
    assert ("Trường Đại học Y Dược Huế", "Bệnh viện Trung ương Huế") in got
    assert ("Trường Đại học Y Dược Huế", "Bệnh viện Quân y 17") in got
    assert not any("Bộ Công an" in b for _, b in got)


# --- an interview is no exchange, whoever the sentence names next
def test_talking_to_a_newspaper_links_no_one_named_after_it() -> None:
    got = links("Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh trao đổi với báo Pháp luật, cho biết đơn vị đã "
                "gửi công văn cho Sở Y tế Thành phố Hồ Chí Minh.")
    assert not any(b == "Sở Y tế Thành phố Hồ Chí Minh" or a == "Sở Y tế Thành phố Hồ Chí Minh" for a, b, _ in got)


def test_exchanging_experience_with_a_hospital_is_still_an_exchange() -> None:
    got = pairs("Bệnh viện Đa khoa tỉnh Phú Thọ đã trao đổi kinh nghiệm với Bệnh viện Bạch Mai về ghép thận.")
    assert got == {("Bệnh viện Đa khoa tỉnh Phú Thọ", "Bệnh viện Bạch Mai")}


# --- the body a report goes to is not the one helped
def test_the_ministry_reported_to_is_not_the_receiver_of_help() -> None:
    got = pairs("Bệnh viện Đa khoa tỉnh Hòa Bình đã huy động bác sĩ, đồng thời báo cáo Bộ Y tế, xin chỉ đạo và hỗ trợ "
                "chuyên môn từ Bệnh viện Bạch Mai.")
    assert ("Bệnh viện Bạch Mai", "Bộ Y tế") not in got and ("Bộ Y tế", "Bệnh viện Bạch Mai") not in got


# --- coordination or a working session that a body is told to hold is administration
def test_a_body_assigned_to_coordinate_is_no_party() -> None:
    assert links("Theo kết luận, Bộ Y tế được giao phối hợp với Bộ Công an rà soát các cơ sở cai nghiện.") == set()


def test_a_department_that_needs_to_meet_another_is_no_link_yet() -> None:
    assert links("Cục trưởng yêu cầu Sở Y tế Cà Mau cần có buổi làm việc với Sở Tài nguyên và Môi trường Cà Mau "
                 "để xem xét lại kết luận.") == set()


def test_a_working_session_held_is_still_an_exchange() -> None:
    got = pairs("Sáng 12/3, Sở Y tế Cà Mau đã làm việc với Sở Tài nguyên và Môi trường Cà Mau về xử lý chất thải.")
    assert got == {("Sở Y tế Cà Mau", "Sở Tài nguyên và Môi trường Cà Mau")}


# --- a session opening on a province's health sector
def test_a_session_with_a_provinces_health_sector_links_the_speaker_body() -> None:
    got = pairs("Làm việc với ngành y tế tỉnh Hòa Bình sáng 31-5, Bộ trưởng Bộ Y tế yêu cầu rà soát quy trình "
                "chạy thận.")
    assert got == {("Bộ Y tế", "Hòa Bình")}


# --- the giver's own address is not its receiver
def test_a_givers_address_is_not_the_receiver_of_its_help() -> None:
    got = pairs("Bệnh viện Quân y 175 nhận được yêu cầu hỗ trợ cấp cứu của Ủy ban nhân dân xã Thổ Châu, huyện Phú Quốc, "
                "tỉnh Kiên Giang.")
    assert not any("Kiên Giang" in (a, b) for a, b in got)
