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
