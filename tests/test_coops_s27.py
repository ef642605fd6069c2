"""Cooperation families added in session 27, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- a hub's group of hospitals, listed a few sentences later
_HUB = ("Chương trình nâng cao năng lực cấp cứu tại Bệnh viện Chợ Rẫy với một số bệnh viện tuyến dưới "
        "vừa được phê duyệt. Chương trình kéo dài hai năm. ")


def test_the_hospitals_listed_for_a_hub_s_group_are_linked_to_the_hub() -> None:
    got = links(_HUB + "Các đơn vị tham gia gồm: Bệnh viện Chợ Rẫy; Bệnh viện Đa khoa tỉnh Bình Phước "
                "và Bệnh viện Đa khoa tỉnh Long An.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Bình Phước", "support") in got
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Long An", "support") in got


def test_a_satellite_group_s_members_are_satellites() -> None:
    got = links("Bệnh viện Nhi Trung ương chuyển giao kỹ thuật cho các bệnh viện vệ tinh. Các bệnh viện vệ tinh "
                "gồm: Bệnh viện Sản Nhi tỉnh Ninh Bình, Bệnh viện Sản Nhi tỉnh Quảng Ninh.")
    assert ("Bệnh viện Nhi Trung ương", "Bệnh viện Sản Nhi tỉnh Ninh Bình", "satellite") in got


def test_a_list_without_a_hub_phrase_links_nothing() -> None:
    assert pairs("Chương trình được thực hiện tại các bệnh viện gồm: Bệnh viện Chợ Rẫy, Bệnh viện Nhi đồng 1 "
                 "và Bệnh viện Nhi đồng 2.") == set()


def test_a_list_far_from_the_hub_phrase_is_not_its_group() -> None:
    filler = "Kinh phí do ngân sách nhà nước cấp. " * 6
    assert pairs(_HUB + filler + "Các đơn vị tham gia gồm: Bệnh viện Đa khoa tỉnh Bình Phước và "
                 "Bệnh viện Đa khoa tỉnh Long An.") == set()


# --- transport as support
def test_a_country_flying_a_hospital_s_staff_to_a_mission_supports_the_hospital() -> None:
    got = links("Hàn Quốc đã cử máy bay vận tải chở 50 cán bộ và trang thiết bị của Bệnh viện Quân y 175 "
                "tới phái bộ.")
    assert ("Hàn Quốc", "Bệnh viện Quân y 175", "support") in got


def test_a_ship_sent_to_carry_victims_to_a_hospital_links_nothing() -> None:
    assert pairs("Bộ đội Biên phòng tỉnh Quảng Ngãi đã điều động tàu đưa hai nạn nhân vào Bệnh viện Đa khoa "
                 "tỉnh Quảng Ngãi.") == set()


def test_a_quoted_sentence_opened_by_a_country_names_it_as_the_carrier() -> None:
    got = links("Hai bên đã hội đàm tại Hà Nội.\n\" Hàn Quốc sẽ cử máy bay đưa Bệnh viện Quân y 175 sang phái bộ \", "
                "ông nói.")
    assert ("Hàn Quốc", "Bệnh viện Quân y 175", "support") in got
