"""Cooperation precision fixes of session 37, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s36 import pairs   # the same chain, as (source, target) pairs


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


# --- a unit's parent written after a dash is not the party that acts
def test_a_unit_with_its_parent_after_a_dash_acts_itself() -> None:
    got = pairs("Thời gian qua, Viện Dinh dưỡng Quốc gia – Bộ Y tế đã đồng hành với Công ty Cổ phần Sữa Việt Nam "
                "xây dựng thực đơn cho học sinh.")
    assert ("Viện Dinh dưỡng Quốc gia", "Công ty Cổ phần Sữa Việt Nam") in got
    assert not any("Bộ Y tế" in a for a, _ in got)
    got = pairs("Cục Cảnh sát hình sự - Bộ Công an vừa phối hợp với Công an huyện Năm Căn bắt giữ nghi phạm.")
    assert ("Cục Cảnh sát hình sự", "Công an huyện Năm Căn") in got


def test_a_technique_named_with_quan_ly_is_still_transferred() -> None:
    got = pairs("Bệnh viện Bạch Mai đã chuyển giao cho Bệnh viện Đa khoa tỉnh Hà Giang kỹ thuật quản lý bệnh nhân "
                "đột quỵ cấp.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hà Giang") in got
    got = pairs("Bệnh viện Chợ Rẫy chuyển giao cho Bệnh viện Đa khoa tỉnh Cà Mau quy trình quản lý đường thở khó.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau") in got


def test_a_plant_handed_over_for_a_body_to_run_is_no_transfer() -> None:
    got = pairs("Nhà máy nước do Tổng công ty Vinaconex xây dựng đã chuyển giao cho Công ty cổ phần Nước sạch "
                "Sông Đà để quản lý, vận hành.")
    assert not got
    got = pairs("Hồ chứa do Tổng công ty Sông Đà làm chủ đầu tư đã chuyển giao cho Công ty cổ phần Nước sạch Hòa Bình "
                "(Hawaco) quản lý từ năm 2012.")
    assert not got
