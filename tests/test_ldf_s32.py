"""Session 32: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s31 import _figures


# ---------------------------------------------------------------- figures: more people counted in words
def test_suspects_counted_in_words_s32() -> None:
    assert _figures("Công an đã bắt giữ hai đối tượng cướp tài sản.") == [("hai đối tượng", 2.0, "đối tượng")]
    assert _figures("Ba nghi phạm bị tạm giữ để điều tra.") == [("Ba nghi phạm", 3.0, "nghi phạm")]


def test_children_of_a_family_counted_in_words_s32() -> None:
    assert _figures("Chị một mình nuôi hai đứa con đang đi học.") == [("hai đứa con", 2.0, "đứa con")]
    assert _figures("Anh còn hai con nhỏ ở quê.") == [("hai con nhỏ", 2.0, "con nhỏ")]


def test_fishers_farmers_and_bodies_counted_in_words_s32() -> None:
    assert _figures("Tàu cứu hộ đã đưa ba ngư dân vào bờ an toàn.") == [("ba ngư dân", 3.0, "ngư dân")]
    assert _figures("Hai nông dân bị rắn cắn khi đang gặt lúa.") == [("Hai nông dân", 2.0, "nông dân")]
    assert _figures("Lực lượng cứu hộ đã tìm thấy hai thi thể dưới sông.") == [("hai thi thể", 2.0, "thi thể")]


def test_a_classifier_con_is_no_person_s32() -> None:
    assert _figures("Kẻ gian mang theo hai con dao.") == []
