"""Cooperation recall shapes added in session 40 (coopsr), each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view
from test_coops_s26 import pairs   # the same chain, as (source, target) pairs


def _has_pair(got: set[tuple[str, str]], a: str, b: str) -> bool:
    return (a, b) in got or (b, a) in got


# --- two bodies signing or meeting through their heads (coop_heads)
def test_two_heads_named_with_their_bodies_sign_for_them() -> None:
    got = links("Giám đốc Bệnh viện Trung ương Huế Phạm Như Hiệp và Giám đốc Sở Y tế Quảng Bình Nguyễn Đức Cường "
                "đã ký kết thỏa thuận hợp tác về chuyển giao kỹ thuật.")
    assert ("Bệnh viện Trung ương Huế", "Sở Y tế Quảng Bình", "agreement") in got


def test_heads_named_first_then_titled_sign_for_their_bodies() -> None:
    got = pairs("Sáng 20/5, ông Trần Văn Bình, Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ và bà Lê Thị Hoa, "
                "Giám đốc Sở Y tế Yên Bái đã ký bản ghi nhớ hợp tác.")
    assert _has_pair(got, "Bệnh viện Đa khoa tỉnh Phú Thọ", "Sở Y tế Yên Bái")


def test_a_head_of_a_province_signs_for_it() -> None:
    got = pairs("Bộ trưởng Bộ Y tế Đào Hồng Lan và Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn đã ký kết "
                "chương trình phối hợp giai đoạn 2024-2026.")
    assert _has_pair(got, "Bộ Y tế", "Hà Giang")


def test_two_heads_going_together_to_a_third_body_are_no_pair() -> None:
    got = pairs("Thứ trưởng Bộ Y tế Trần Văn Thuấn cùng Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn đã làm việc "
                "với Bệnh viện Đa khoa tỉnh Hà Giang.")
    assert not _has_pair(got, "Bộ Y tế", "Hà Giang")


def test_heads_who_only_witness_or_plan_sign_nothing() -> None:
    assert not pairs("Giám đốc Bệnh viện Trung ương Huế và Giám đốc Sở Y tế Quảng Bình đã chứng kiến lễ "
                     "khánh thành khoa mới.")


def test_representatives_of_two_bodies_sign_for_them() -> None:
    got = pairs("Đại diện Bệnh viện Đa khoa tỉnh Gia Lai và đại diện Công ty Cổ phần Dược phẩm Hòa Bình đã ký "
                "kết hợp đồng cung ứng thuốc.")
    assert _has_pair(got, "Bệnh viện Đa khoa tỉnh Gia Lai", "Công ty Cổ phần Dược phẩm Hòa Bình")
    got = pairs("Giám đốc Sở Y tế Gia Lai cùng lãnh đạo Bệnh viện Chợ Rẫy đã ký kết chương trình hợp tác.")
    assert _has_pair(got, "Sở Y tế Gia Lai", "Bệnh viện Chợ Rẫy")


def test_two_heads_talking_to_the_press_are_no_pair() -> None:
    assert not pairs("Giám đốc Sở Y tế Gia Lai và Giám đốc Bệnh viện Đa khoa tỉnh Gia Lai đã trao đổi với "
                     "phóng viên về vụ việc.")


def test_two_heads_working_at_a_place_are_no_pair() -> None:
    assert not pairs("Giám đốc Sở Y tế Kon Tum và Giám đốc Bệnh viện Đa khoa tỉnh Kon Tum đã làm việc tại "
                     "khoa Hồi sức để nắm tình hình điều trị.")
    assert not pairs("Giám đốc Sở Y tế Kon Tum cùng Giám đốc Bệnh viện Đa khoa tỉnh Kon Tum đã đến thăm các "
                     "bệnh nhân bị ngộ độc.")


def test_two_heads_holding_talks_at_a_city_are_a_pair() -> None:
    got = pairs("Bộ trưởng Bộ Y tế Đào Hồng Lan và Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith đã hội đàm tại "
                "Hà Nội.")
    assert _has_pair(got, "Bộ Y tế", "Bộ Y tế Lào")


def test_a_second_head_with_a_rank_signs_for_his_body() -> None:
    got = pairs("Giám đốc Sở Y tế Quảng Trị Lê Văn Tâm và Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Quảng Trị "
                "đã ký kết quy chế phối hợp.")
    assert _has_pair(got, "Sở Y tế Quảng Trị", "Công an tỉnh Quảng Trị")


def test_heads_written_in_lower_case_still_sign_for_their_bodies() -> None:
    got = pairs("Sáng nay, giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị và hiệu trưởng Trường Đại học Y Dược Huế đã ký "
                "kết thỏa thuận hợp tác đào tạo.")
    assert _has_pair(got, "Bệnh viện Đa khoa tỉnh Quảng Trị", "Trường Đại học Y Dược Huế")


# --- review_2 items 4 and 8: a venue or third party further on in an exchange's clause; the title gate
def test_two_heads_inspecting_a_ward_after_a_second_verb_are_no_pair() -> None:
    got = pairs("Giám đốc Sở Y tế Kon Tum và Giám đốc Bệnh viện Đa khoa tỉnh Kon Tum đã làm việc và khảo sát "
                "tại khoa Hồi sức tích cực.")
    assert not _has_pair(got, "Sở Y tế Kon Tum", "Bệnh viện Đa khoa tỉnh Kon Tum")


def test_two_heads_meeting_a_family_after_a_comma_are_no_pair() -> None:
    got = pairs("Giám đốc Sở Y tế Bắc Giang và Giám đốc Bệnh viện Sản Nhi Bắc Giang đã thăm hỏi, làm việc "
                "trực tiếp với người nhà bệnh nhân.")
    assert not _has_pair(got, "Sở Y tế Bắc Giang", "Bệnh viện Sản Nhi Bắc Giang")


def test_two_heads_signing_at_a_venue_stay_a_pair() -> None:
    got = pairs("Giám đốc Bệnh viện Trung ương Huế và Giám đốc Sở Y tế Quảng Trị đã ký kết thỏa thuận hợp tác "
                "chuyên môn tại Hà Nội.")
    assert _has_pair(got, "Bệnh viện Trung ương Huế", "Sở Y tế Quảng Trị")


def test_a_place_in_the_topic_of_two_heads_talks_is_no_venue() -> None:
    got = pairs("Giám đốc Sở Y tế Lào Cai và Giám đốc Sở Y tế Yên Bái đã trao đổi về công tác phòng dịch "
                "ở các xã biên giới.")
    assert _has_pair(got, "Sở Y tế Lào Cai", "Sở Y tế Yên Bái")


def test_the_head_title_gate_is_built_from_the_titles_and_skips_look_alike_words() -> None:
    from extractors.coop_heads import _TITLE_WORDS
    assert "iám đốc" in _TITLE_WORDS and "ục trưởng" in _TITLE_WORDS
    text = "Tăng trưởng toàn diện trên lãnh thổ"
    assert not any(w in text for w in _TITLE_WORDS)
