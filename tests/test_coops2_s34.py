"""Cooperation families of session 34's second round, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in links(text)}


# --- "giữa A với B, C": A on one side, B and C on the other; B and C are no pair of their own
def test_between_one_body_and_a_list_after_with_pairs_the_body_with_each() -> None:
    got = pairs("Theo kết quả làm việc ngày 5/7 giữa Bộ Y tế với Bệnh viện Chợ Rẫy, "
                "Bệnh viện Nhân dân Gia Định, hai bệnh viện sẽ mở rộng khoa cấp cứu.")
    assert frozenset(("Bộ Y tế", "Bệnh viện Chợ Rẫy")) in got
    assert frozenset(("Bộ Y tế", "Bệnh viện Nhân dân Gia Định")) in got
    assert frozenset(("Bệnh viện Chợ Rẫy", "Bệnh viện Nhân dân Gia Định")) not in got


def test_between_a_list_joined_by_and_still_pairs_every_party() -> None:
    got = pairs("Lễ ký kết thỏa thuận hợp tác giữa Bệnh viện Bạch Mai, Bệnh viện Đa khoa tỉnh Hà Nam "
                "và Bệnh viện Đa khoa tỉnh Nam Định diễn ra sáng nay.")
    assert frozenset(("Bệnh viện Đa khoa tỉnh Hà Nam", "Bệnh viện Đa khoa tỉnh Nam Định")) in got
    assert frozenset(("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Nam Định")) in got


# --- "Làm việc với A, B, <official> …": B, right after the comma with the list going on, is a partner, not the holder
def test_a_second_partner_after_the_comma_is_not_the_sessions_holder() -> None:
    got = pairs("Sáng 31/5, làm việc với Giám đốc Sở Y tế Hòa Bình, Bệnh viện Đa khoa tỉnh Hòa Bình, "
                "Bộ trưởng Bộ Y tế yêu cầu làm rõ quy trình chạy thận.")
    assert frozenset(("Sở Y tế Hòa Bình", "Bệnh viện Đa khoa tỉnh Hòa Bình")) not in got


def test_the_body_after_the_comma_that_speaks_holds_the_session() -> None:
    got = pairs("Tại buổi làm việc với Bộ Y tế, Bệnh viện Đa khoa tỉnh Lào Cai đề nghị hỗ trợ máy chạy thận.")
    assert frozenset(("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Lào Cai")) in got


# --- "cảm ơn sự chỉ đạo của A và sự giúp đỡ của B": A gives too, it is not the receiver of B's help
def test_two_givers_thanked_side_by_side_are_no_pair() -> None:
    got = pairs("Bệnh viện Đa khoa tỉnh Lào Cai gửi lời cảm ơn sự quan tâm, chỉ đạo của Bộ Y tế "
                "và sự giúp đỡ của Bệnh viện Bạch Mai.")
    assert frozenset(("Bộ Y tế", "Bệnh viện Bạch Mai")) not in got
    assert frozenset(("Bệnh viện Đa khoa tỉnh Lào Cai", "Bệnh viện Bạch Mai")) in got


def test_a_unit_of_the_receiver_still_receives_the_help() -> None:
    got = pairs("Khoa Nhi của Bệnh viện Đa khoa tỉnh Lào Cai nhận được sự hỗ trợ của Bệnh viện Bạch Mai.")
    assert frozenset(("Bệnh viện Đa khoa tỉnh Lào Cai", "Bệnh viện Bạch Mai")) in got


def test_a_giver_with_its_parent_after_a_dash_is_no_receiver_either() -> None:
    got = pairs("Phần mềm do Công ty Ajinomoto Việt Nam phát triển với sự tư vấn chuyên môn của Viện Dinh dưỡng "
                "Quốc gia – Bộ Y tế và sự phối hợp triển khai của Bộ Giáo dục và Đào tạo.")
    assert frozenset(("Bộ Y tế", "Bộ Giáo dục và Đào tạo")) not in got
    assert frozenset(("Công ty Ajinomoto Việt Nam", "Bộ Giáo dục và Đào tạo")) in got
