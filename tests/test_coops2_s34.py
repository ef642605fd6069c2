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
