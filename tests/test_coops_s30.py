"""Cooperation families added in session 30, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in links(text)}


# --- "từ xa" is remote, not "from": the name after "với" is the partner, the subject provides
def test_remote_consultation_with_a_partner_keeps_the_subject_as_provider() -> None:
    got = links("Bệnh viện Chợ Rẫy đề xuất kết nối hệ thống hội chẩn từ xa với Bệnh viện Đa khoa tỉnh Cà Mau.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "support") in got
    assert not any(a == "Bệnh viện Đa khoa tỉnh Cà Mau" for a, _, _ in got)


def test_support_received_from_a_body_still_comes_from_it() -> None:
    got = links("Bệnh viện Đa khoa tỉnh Cà Mau tiếp nhận chuyển giao kỹ thuật từ Bệnh viện Chợ Rẫy.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "technology_transfer") in got
