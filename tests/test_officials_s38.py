"""Table tests (session 38, own sentences): ministers written bare in an article that names
several ministries or none, and a district whose name ends in a surname before its head's name."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check (published 2018-06-15)

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def roles_at(text: str, published: str | None) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=published), EXTRACTION)
    return {(o.name, o.title, o.organization) for o in doc.officials}


@pytest.mark.parametrize("text, role", [
    # --- a known holder's post written bare: the holder's own ministry
    ("Bộ trưởng Nguyễn Thị Kim Tiến cho rằng thủ tục kiểm tra chuyên ngành cần giảm mạnh.",
     ("Nguyễn Thị Kim Tiến", "Bộ trưởng", "Bộ Y tế")),
    ("Công văn gửi Bộ Công an và Bộ Tài chính do Thứ trưởng Nguyễn Viết Tiến ký ngày 12/3.",
     ("Nguyễn Viết Tiến", "Thứ trưởng", "Bộ Y tế")),
    ("Thứ trưởng Cao Quốc Hưng đã có mặt tại nhà máy để kiểm tra an toàn hóa chất.",
     ("Cao Quốc Hưng", "Thứ trưởng", "Bộ Công Thương")),
    # the article names one ministry, the holder serves in another: the holder's
    ("Bộ Y tế đã làm việc với các tỉnh. Bộ trưởng Tô Lâm yêu cầu xử lý nghiêm đường dây thuốc giả.",
     ("Tô Lâm", "Bộ trưởng", "Bộ Công an")),
    ("Bộ trưởng Tô Lâm yêu cầu làm rõ đường dây buôn bán thuốc giả.",
     ("Tô Lâm", "Bộ trưởng", "Bộ Công an")),
])
def test_known_holder_takes_own_ministry(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)


def test_the_articles_spelling_of_the_holders_ministry_is_kept() -> None:
    # the one ministry the article names is the holder's: as written there
    got = roles("Bộ Giao thông Vận tải họp khẩn. Bộ trưởng Nguyễn Văn Thể yêu cầu xử lý nghiêm.")
    assert ("Nguyễn Văn Thể", "Bộ trưởng", "Bộ Giao thông Vận tải") in got


def test_unknown_holder_gets_no_ministry() -> None:
    assert roles("Bộ Y tế và Bộ Công an họp. Bộ trưởng Lê Văn Khang phát biểu khai mạc.") == set()


def test_a_list_of_ministers_shares_no_ministry() -> None:
    # "các bộ trưởng A, B và C": each of another ministry, none said here
    got = roles("Bộ Y tế và Bộ Tài chính trả lời chất vấn. Từ trái qua các bộ trưởng Nguyễn Ngọc Thiện, "
                "Nguyễn Chí Dũng và Nguyễn Thị Kim Tiến.")
    assert not any(org == "Bộ Văn hóa, Thể thao và Du lịch" for _, _, org in got)


@pytest.mark.parametrize("published, org", [
    # --- the ministry the holder served in at the article's date
    ("2018-06-01", "Bộ Lao động - Thương binh và Xã hội"),
    ("2023-03-10", "Bộ Y tế"),
])
def test_holder_of_two_ministries_by_date(published: str, org: str) -> None:
    got = roles_at("Tại hội nghị về chăm sóc trẻ em, Thứ trưởng Đào Hồng Lan nhấn mạnh vai trò của gia đình.",
                   published)
    assert got == {("Đào Hồng Lan", "Thứ trưởng", org)}


def test_holder_of_two_ministries_undated_gets_none() -> None:
    assert roles_at("Tại hội nghị, Thứ trưởng Đào Hồng Lan nhấn mạnh vai trò của gia đình.", None) == set()


def test_holder_out_of_office_at_the_date_gets_none() -> None:
    assert roles_at("Bộ trưởng Hoàng Tuấn Anh dự lễ khai mạc tuần văn hóa.", "2019-04-02") == set()
    assert ("Hoàng Tuấn Anh", "Bộ trưởng", "Bộ Văn hóa, Thể thao và Du lịch") in \
        roles_at("Bộ trưởng Hoàng Tuấn Anh dự lễ khai mạc tuần văn hóa.", "2014-04-02")


@pytest.mark.parametrize("text, role", [
    # --- "huyện Quỳnh Lưu" ends in a surname: the head's name starts after the place
    ("Chủ tịch huyện Quỳnh Lưu Nguyễn Văn Hải kiểm tra khu cách ly tập trung.",
     ("Nguyễn Văn Hải", "Chủ tịch", "Ủy ban nhân dân huyện Quỳnh Lưu")),
    ("Bí thư huyện Quỳnh Lưu Trần Đức Minh đến thăm các y bác sĩ.",
     ("Trần Đức Minh", "Bí thư", "Huyện ủy Quỳnh Lưu")),
    ("Giám đốc Trung tâm Y tế huyện Quỳnh Lưu Lê Thị Hằng cho biết có 12 ca mắc mới.",
     ("Lê Thị Hằng", "Giám đốc", "Trung tâm Y tế huyện Quỳnh Lưu")),
])
def test_district_ending_in_a_surname(text: str, role: tuple[str, str, str]) -> None:
    got = roles(text)
    assert role in got
    assert not any(name.startswith("Lưu ") for name, _, _ in got)


def test_a_holder_named_like_the_district_end_keeps_the_name() -> None:
    # the place reader ends "huyện Kỳ Anh" before the holder, so "Hà" opens the name
    assert ("Hà Văn Lâm", "Chủ tịch", "Ủy ban nhân dân huyện Kỳ Anh") in \
        roles("Chủ tịch huyện Kỳ Anh Hà Văn Lâm cho biết đã sơ tán 300 hộ dân.")
