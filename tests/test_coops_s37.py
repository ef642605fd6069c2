"""Cooperation precision fixes of session 37, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- a meeting still to come is no session held
def test_a_meeting_someone_says_will_happen_is_no_link() -> None:
    got = pairs("Ông Trần Văn Minh, trưởng phòng tổ chức Sở Y tế Quảng Bình, cho biết sẽ làm việc với "
                "Sở Nội vụ Quảng Bình để rút lại quyết định.")
    assert not got
    got = pairs("Một lãnh đạo Bộ Y tế cho biết có thể sẽ trao đổi với Sở Y tế Phú Yên về vụ việc.")
    assert not got


def test_a_meeting_that_was_held_still_links() -> None:
    got = pairs("Chiều 5/3, Sở Y tế Quảng Bình đã làm việc với Sở Nội vụ Quảng Bình về biên chế.")
    assert ("Sở Y tế Quảng Bình", "Sở Nội vụ Quảng Bình") in got or ("Sở Nội vụ Quảng Bình", "Sở Y tế Quảng Bình") in got


def test_planned_help_still_links() -> None:
    got = pairs("Bệnh viện Chợ Rẫy sẽ hỗ trợ Bệnh viện Đa khoa tỉnh Kiên Giang về chuyên môn.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kiên Giang") in got


# --- a province's police is named with its level
def test_a_provincial_police_end_is_named_with_its_level() -> None:
    got = pairs("Công an huyện Hải Lăng đang phối hợp với Công an Quảng Trị làm rõ nguyên nhân vụ tai nạn.")
    assert ("Công an huyện Hải Lăng", "Công an tỉnh Quảng Trị") in got
    got = pairs("Công an quận Ngô Quyền đã phối hợp với Công an Hải Phòng truy bắt nghi phạm.")
    assert ("Công an quận Ngô Quyền", "Công an thành phố Hải Phòng") in got


# --- a facility handed over for a body to run is no technique transferred
def test_a_project_handed_over_to_be_run_is_no_transfer() -> None:
    got = pairs("Công trình hoàn thành năm 2012 và được Sở Y tế Lạng Sơn chuyển giao cho Trung tâm Y tế huyện "
                "Cao Lộc quản lý, sử dụng.")
    assert not got
    got = pairs("Năm 2015, Tổng công ty Sông Đà chuyển giao lại cho Công ty cổ phần Thủy điện Nậm Chiến tiếp quản "
                "nhà máy.")
    assert not got


def test_a_technique_handed_over_still_links() -> None:
    got = pairs("Bệnh viện Chợ Rẫy đã chuyển giao cho Bệnh viện Đa khoa tỉnh Long An quy trình ghép thận.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Long An") in got
