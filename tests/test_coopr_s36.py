"""Cooperation recall shapes added in session 36 (coopr), each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- a session written as a fronted clause after "sau khi" / "qua" (extractors/coop_fronted.py)
def test_a_session_after_sau_khi_links_the_body_after_the_comma() -> None:
    got = links("Sau khi làm việc với Sở Y tế Cần Thơ, Bệnh viện Chợ Rẫy đã cử bác sĩ xuống hỗ trợ.")
    assert ("Bệnh viện Chợ Rẫy", "Sở Y tế Cần Thơ", "exchange") in got


def test_a_session_after_qua_buoi_links_the_body_after_the_comma() -> None:
    got = pairs("Qua buổi làm việc với Cục An toàn thực phẩm, Sở Y tế Hải Phòng cho biết sản phẩm chưa được cấp phép.")
    assert ("Sở Y tế Hải Phòng", "Cục An toàn thực phẩm") in got
    got = pairs("Chiều 12/3, sau cuộc hội đàm với Bộ Y tế Lào, Bộ Y tế thống nhất mở rộng đào tạo bác sĩ.")
    assert ("Bộ Y tế", "Bộ Y tế Lào") in got


def test_a_person_or_the_press_after_the_comma_links_nothing() -> None:
    got = pairs("Sau khi làm việc với Sở Y tế Cần Thơ, phóng viên được biết bệnh nhân đã xuất viện.")
    assert not got
    got = pairs("Sau khi làm việc với Bệnh viện Nhi Trung ương, gia đình bệnh nhi đã đồng ý chuyển viện.")
    assert not got


def test_the_opening_counts_only_at_the_start_of_the_sentence() -> None:
    # "sau" inside the sentence is no fronted clause: the sentence's own cue decides
    got = pairs("Bệnh viện Chợ Rẫy cho biết sẽ báo cáo sau khi làm việc với Sở Y tế Cần Thơ, Bệnh viện Đa khoa "
                "Trung ương Cần Thơ.")
    assert ("Bệnh viện Đa khoa Trung ương Cần Thơ", "Sở Y tế Cần Thơ") not in got
