"""Places whose names begin with a head noun: "Hội An", "Vụ Bản", "Sở Dầu". Written
alone they are the town or district, not an organisation ("du khách đến Hội An").

The names are those VietNews writes after an administrative word ("thành phố Hội
An" 632 times, "huyện Vụ Bản" 51, "Hội Nghĩa" 18, "Hội Phú" 17, "Vụ Bổn" 14, "Sở Dầu"
10, "Hội Sơn" 6, "Hội Thương" 5; --all, reserved files skipped) that the head walker
would otherwise read as an association, a department or a Sở; "Vụ Quang" is a
district of Hà Tĩnh.
"""
from __future__ import annotations

PLACE_LOOKALIKES = frozenset({"Hội An", "Vụ Bản", "Hội Nghĩa", "Hội Phú", "Vụ Bổn", "Sở Dầu", "Hội Sơn",
                              "Hội Thương", "Vụ Quang"})


def is_place(surface: str) -> bool:
    """True when the name read is only a place's name."""
    return " ".join(surface.split()) in PLACE_LOOKALIKES
