"""A province-level city written after a lower-case level ("thành phố Đà Nẵng") is a place.

The case-folding scan read "thành phố Đà Nẵng" as the whole alias "Thành phố Đà Nẵng", dropped
it for its lower-case first letter and lost the city, so no extractor saw it (no link in "Bộ Y
tế hỗ trợ thành phố Đà Nẵng …"), while "tỉnh Quảng Nam" and "TP Đà Nẵng" were found.
"""
from __future__ import annotations

from extractors.places import find_places, level_name
from pipeline.contract import to_contract
from pipeline.extract import extract
from pipeline.records import Article


def _names(text: str) -> list[str]:
    return [h.name for h in find_places(text)]


def _contract(text: str) -> dict:
    return to_contract(extract(Article(source="test", title="", text=text)))


def test_a_city_after_a_lower_case_level_is_found() -> None:
    assert _names("Đoàn công tác đã đến thành phố Đà Nẵng chiều qua.") == ["Đà Nẵng"]
    assert _names("Các bệnh viện của thành phố Hải Phòng và thành phố Cần Thơ đều quá tải.") \
        == ["Hải Phòng", "Cần Thơ"]
    assert _names("Nhiều bác sĩ từ thủ đô Hà Nội vào hỗ trợ.") == ["Hà Nội"]
    assert _names("Bệnh nhân được chuyển về tp. Hồ Chí Minh điều trị.") == ["Thành phố Hồ Chí Minh"]
    # the span is the name's own, as after "tỉnh": consumers read the level before it
    hit = find_places("Sở Y tế thành phố Đà Nẵng cho biết")[0]
    assert "Sở Y tế thành phố Đà Nẵng cho biết"[hit.start:hit.end] == "Đà Nẵng"


def test_other_levels_and_capitalised_forms_are_unchanged() -> None:
    assert _names("Ở tỉnh Quảng Nam và Thành phố Hà Nội, TP Hồ Chí Minh") \
        == ["Quảng Nam", "Hà Nội", "Thành phố Hồ Chí Minh"]
    assert _names("Trạm y tế thị trấn Hà Lam, huyện Thăng Bình") == []   # no province named


def test_the_level_names_the_city_a_bare_name_would_not() -> None:
    """"thành phố Huế" is the alias "Thành phố Huế" (today's city); a bare "Huế" the old province."""
    assert _names("Bộ Y tế hỗ trợ thành phố Huế, Huế") == ["Huế", "Thừa Thiên Huế"]
    for text, expected in [("đến thành phố Huế", "thành phố huế"), ("đến Huế", None),
                           ("ghé xthành phố Huế", None)]:   # (there the level is no word of its own)
        assert level_name(text, len(text) - 3, len(text)) == expected


def test_a_city_after_a_lower_case_level_is_a_cooperation_end() -> None:
    out = _contract("Ngày 12/3, Bộ Y tế đã hỗ trợ thành phố Đà Nẵng 3 tấn hóa chất để phòng chống dịch.")
    assert [(c["from"], c["to"]) for c in out["cooperations"]] == [("Bộ Y tế", "Đà Nẵng")]


def test_a_body_of_the_city_stays_one_organisation() -> None:
    out = _contract("Sáng 4/5, Sở Y tế thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm.")
    assert [(o["name"], o["surface"]) for o in out["organizations"]] \
        == [("Sở Y tế Đà Nẵng", "Sở Y tế thành phố Đà Nẵng")]


def _province(text: str) -> str | None:
    return extract(Article(source="test", title="", text=text)).province


def test_a_city_written_with_a_lower_case_level_is_no_article_context() -> None:
    """In running text "thành phố Hà Nội" is mostly a national article's passing city (a list,
    a hometown): no context; a "tỉnh" still weighs two."""
    national = ("Bộ Y tế vừa gửi văn bản tới các địa phương.\nCác tỉnh đã ban hành nghị quyết.\n"
                "Trong đó có Yên Bái, Thanh Hóa và thành phố Hà Nội.")
    assert _province(national) is None
    assert _province(national.replace("thành phố Hà Nội", "tỉnh Nghệ An")) == "Nghệ An"


def test_a_city_the_bare_name_would_misread_is_named_with_its_level() -> None:
    out = _contract("Ngày 5/11, Bộ Y tế đã hỗ trợ thành phố Huế 2 tấn hóa chất khử khuẩn sau lũ.")
    assert [(c["from"], c["to"]) for c in out["cooperations"]] == [("Bộ Y tế", "thành phố Huế")]
