"""Cooperation families added in session 34, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in links(text)}


_UNIVERSITY = ("Trường Đại học Y Dược Huế mở rộng hợp tác đào tạo\n"
               "Trường Đại học Y Dược Huế vừa tổng kết năm học với 2.000 sinh viên tốt nghiệp. "
               "Theo lãnh đạo Trường Đại học Y Dược Huế, chất lượng thực hành lâm sàng được nâng lên rõ rệt. ")


# --- a cue opening its sentence with partners and no party of its own: the article's own institution
def test_signing_with_listed_hospitals_in_an_article_about_a_university_links_the_university() -> None:
    got = pairs(_UNIVERSITY + "Bên cạnh đó, việc ký kết cùng các bệnh viện gồm: Bệnh viện Trung ương Huế, "
                "Bệnh viện Đa khoa tỉnh Quảng Trị giúp sinh viên có nơi thực hành.")
    assert frozenset(("Trường Đại học Y Dược Huế", "Bệnh viện Trung ương Huế")) in got
    assert frozenset(("Trường Đại học Y Dược Huế", "Bệnh viện Đa khoa tỉnh Quảng Trị")) in got


def test_a_clause_after_a_semicolon_that_opens_on_its_cue_is_the_institutions_too() -> None:
    got = pairs(_UNIVERSITY + "Năm nay trường mở thêm ngành điều dưỡng; ký kết với Đại học Khon Kaen để trao đổi "
                "sinh viên.")
    assert frozenset(("Trường Đại học Y Dược Huế", "Đại học Khon Kaen")) in got


def test_a_working_session_opening_its_sentence_is_left_to_its_holder() -> None:
    # "Làm việc với A, <official> …": the one who speaks after the comma holds the session, not the article's subject
    got = pairs(_UNIVERSITY + "Làm việc với Sở Y tế Quảng Trị sáng 5/3, Bộ trưởng Bộ Y tế đề nghị tăng cường "
                "đào tạo nhân lực.")
    assert frozenset(("Trường Đại học Y Dược Huế", "Sở Y tế Quảng Trị")) not in got


def test_a_framing_clause_that_is_a_subject_gives_no_link_to_the_institution() -> None:
    # "nhu cầu hỗ trợ …, hội chẩn … của Bộ Y tế": a list of needs, no cooperation of the article's subject
    got = pairs(_UNIVERSITY + "Các đơn vị nêu nhu cầu hỗ trợ khám chữa bệnh, hội chẩn từ xa theo đề án của Bộ Y tế.")
    assert frozenset(("Trường Đại học Y Dược Huế", "Bộ Y tế")) not in got


_HOSPITAL = ("Bệnh viện Bạch Mai mở rộng hợp tác\n"
             "Bệnh viện Bạch Mai vừa tổng kết năm. Theo Giám đốc Bệnh viện Bạch Mai, số ca ghép tạng tăng. "
             "Năm nay Bệnh viện Bạch Mai tiếp nhận 2.000 bệnh nhân. ")


def test_a_fronted_help_phrase_with_its_own_actor_gives_the_article_subject_no_link() -> None:
    got = pairs(_HOSPITAL + "Hỗ trợ cho Bệnh viện Đa khoa tỉnh Lào Cai, Bộ Y tế đã cử 5 bác sĩ lên công tác.")
    assert not any("Bệnh viện Bạch Mai" in p for p in got)


def test_a_fronted_cooperation_phrase_with_its_own_actor_gives_the_article_subject_no_link() -> None:
    got = pairs(_HOSPITAL + "Hợp tác với Đại học Harvard, Trường Đại học Y Hà Nội đã mở chương trình đào tạo mới.")
    assert not any("Bệnh viện Bạch Mai" in p for p in got)


def test_no_institution_no_link() -> None:
    got = pairs("Bên cạnh đó, việc ký kết cùng Bệnh viện Trung ương Huế giúp sinh viên có nơi thực hành.")
    assert not got


# --- co-organisers: "cùng" anywhere in the list joins the whole list
def test_cung_before_a_list_of_organisers_makes_them_all_co_organisers() -> None:
    got = pairs("Bộ Tư lệnh Cảnh sát biển cùng Sở Y tế Quảng Ngãi, Trung tâm Y tế huyện Lý Sơn tổ chức khám "
                "bệnh cho ngư dân.")
    assert frozenset(("Bộ Tư lệnh Cảnh sát biển", "Sở Y tế Quảng Ngãi")) in got
    assert frozenset(("Bộ Tư lệnh Cảnh sát biển", "Trung tâm Y tế huyện Lý Sơn")) in got


def test_two_bodies_listed_before_tổ_chức_without_a_joint_word_stay_apart() -> None:
    got = pairs("Sở Y tế Quảng Ngãi, Trung tâm Y tế huyện Lý Sơn tổ chức tiêm vắc xin cho trẻ em.")
    assert not got


# --- a body named as where an incident happened is the scene of the case, no party
def test_handling_an_accident_at_a_company_does_not_link_the_company() -> None:
    got = pairs("Liên đoàn Lao động huyện Long Thành đang phối hợp xử lý vụ tai nạn lao động xảy ra tại "
                "Công ty TNHH Thép Miền Nam.")
    assert not any("Công ty TNHH Thép Miền Nam" in p for p in got)


def test_a_working_session_about_an_incident_at_a_hospital_still_links_it() -> None:
    got = pairs("Đoàn công tác của Bộ Y tế đã làm việc về sự cố y khoa tại Bệnh viện Đa khoa tỉnh Hòa Bình.")
    assert frozenset(("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Hòa Bình")) in got


def test_staff_sent_to_work_at_a_hospital_still_link_it() -> None:
    # "phục vụ … tại B": "vụ" inside "phục vụ" is no incident
    got = pairs("Bệnh viện Bạch Mai đã cử bác sĩ lên phục vụ công tác cứu chữa bệnh nhân tại Bệnh viện Đa khoa "
                "tỉnh Hòa Bình.")
    assert frozenset(("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình")) in got
