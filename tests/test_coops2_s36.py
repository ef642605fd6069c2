"""Review-2 follow-up (session 36): each sentence written for the test, failing before its fix."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- review 2 item 1: a leader named with title and body who goes to work at another body is the body visiting
def test_a_vice_minister_going_to_work_at_a_department_is_his_ministrys_visit() -> None:
    got = pairs("Thứ trưởng Bộ Y tế Nguyễn Trường Sơn đã về làm việc tại Sở Y tế Nghệ An.")
    assert ("Bộ Y tế", "Sở Y tế Nghệ An") in got or ("Sở Y tế Nghệ An", "Bộ Y tế") in got


def test_a_provincial_leader_going_in_to_work_at_a_hospital_links_the_two() -> None:
    got = pairs("Chiều 12/3, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã vào làm việc tại Bệnh viện Đa khoa tỉnh "
                "Quảng Trị.")
    assert any("Quảng Trị" in a and "Bệnh viện" in b or "Bệnh viện" in a and "UBND" in b for a, b in got)


def test_a_person_taken_on_or_sent_to_work_at_a_body_is_still_a_job() -> None:
    assert not pairs("Bệnh viện Đa khoa tỉnh Thanh Hóa đã tiếp nhận bác sĩ Lê Văn Tâm về làm việc tại Trung tâm Y "
                     "tế huyện Nga Sơn.")
    assert not pairs("Sở Y tế Bắc Giang đã cử chị Nguyễn Thị Hoa về làm việc tại Bệnh viện Sản Nhi Bắc Giang.")


# --- review 2 item 5: police going to a hospital to help an investigation give the hospital nothing
def test_police_going_to_a_hospital_to_help_investigate_is_no_support() -> None:
    assert not pairs("Công an quận Hoàng Mai đã đến Bệnh viện Thanh Nhàn để hỗ trợ điều tra vụ tai nạn.")
    assert not pairs("Ngay trong đêm, Công an thị xã Sơn Tây tới Bệnh viện Đa khoa Sơn Tây để hỗ trợ xác minh "
                     "danh tính nạn nhân.")
    assert not pairs("Cán bộ Công an tỉnh Bình Dương đã xuống Bệnh viện Đa khoa tỉnh Bình Dương để hỗ trợ làm rõ "
                     "vụ việc.")


def test_a_ministry_going_to_a_hospital_to_help_its_work_is_still_support() -> None:
    got = pairs("Bộ Y tế đã đến Bệnh viện Đa khoa tỉnh Điện Biên để hỗ trợ chuyên môn.")
    assert ("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Điện Biên") in got


# --- review 2 item D10: the look-behinds and the adverbs are spelled once
def test_delegation_and_host_people_share_the_bodies_named_doan() -> None:
    from extractors import coop_rules as r
    for body in ("Công đoàn", "Thành đoàn", "Tỉnh đoàn", "Liên đoàn", "huyện đoàn", "Quận đoàn"):
        assert not r._DELEGATION.search(body), body
        assert not r._HOST_PEOPLE.search(body), body
    assert r._DELEGATION.search("đoàn công tác") and r._HOST_PEOPLE.search("đoàn công tác")
    for adverb in ("đã", "đang", "sẽ", "vừa", "cũng", "trực tiếp", "tiếp tục"):
        assert r._GOES_ITSELF.fullmatch(f" {adverb} đến "), adverb


def test_police_going_to_a_hospital_itself_gives_it_nothing() -> None:
    assert not pairs("Công an huyện Đông Anh đã đến Bệnh viện Đa khoa Đông Anh để hỗ trợ gia đình nạn nhân.")
    assert not pairs("Viện Kiểm sát nhân dân quận Cầu Giấy đã tới Bệnh viện E để hỗ trợ người nhà bệnh nhân.")
