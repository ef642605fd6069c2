"""Canonical keys, name parsing and provinces (pipeline.resolve.keys/names/geo)."""
from __future__ import annotations

import pytest

from pipeline.resolve import geo
from pipeline.resolve.keys import canonical_key, fold, numbers, person_key
from pipeline.resolve.names import contextual_name, parse


@pytest.mark.parametrize("a, b", [
    ("Bệnh viện Bạch Mai", "BV Bạch Mai"),
    ("Bệnh viện Bạch Mai", "bệnh viện Bạch Mai"),
    ("Bệnh viện Sản – Nhi Cà Mau", "Bệnh viện Sản - Nhi Cà Mau"),
    ("Bệnh viện Việt - Đức", "Bệnh viện Việt Đức"),
    ("Sở Y tế TP.HCM", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("Sở Y tế TPHCM", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("SỞ Y TẾ TP. HCM", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("Uỷ ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("BVĐK tỉnh Nghệ An", "Bệnh viện Đa khoa tỉnh Nghệ An"),
    ("TTYT huyện Pác Nặm", "Trung tâm Y tế huyện Pác Nặm"),
    ("SYT Nghệ An", "Sở Y tế Nghệ An"),
    ("BHXH tỉnh Bắc Kạn", "Bảo hiểm xã hội tỉnh Bắc Kạn"),
    ("ĐH Y Dược Huế", "Đại học Y Dược Huế"),
    ("CĐ Y tế Nghệ An", "Cao đẳng Y tế Nghệ An"),
    ("TTYT Q.1", "Trung tâm Y tế Quận 1"),
    ("TTYT H. Nghi Lộc", "Trung tâm Y tế Huyện Nghi Lộc"),
    ("BVTW Huế", "Bệnh viện Trung ương Huế"),
    ("Bệnh viện TP. Vinh", "Bệnh viện Thành phố Vinh"),
    ("Cục Quản lý Khám, chữa bệnh", "Cục quản lý khám chữa bệnh"),
    ("Thanh Hoá", "Thanh Hóa"),
])
def test_canonical_key_unifies_variants(a: str, b: str) -> None:
    assert canonical_key(a) == canonical_key(b)


@pytest.mark.parametrize("a, b", [
    ("Bệnh viện Nhi đồng 1", "Bệnh viện Nhi đồng 2"),
    ("Sở Y tế Hà Nội", "Sở Y tế Nghệ An"),
    ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"),
])
def test_canonical_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert canonical_key(a) != canonical_key(b)


def test_nfd_input_is_normalised() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Bệnh viện Bạch Mai")
    assert canonical_key(nfd) == canonical_key("Bệnh viện Bạch Mai")


def test_person_key_strips_honorifics_and_titles() -> None:
    for name in ("PGS.TS. Đào Xuân Cơ", "GS.TS Đào Xuân Cơ", "đồng chí Đào Xuân Cơ",
                 "ông Đào Xuân Cơ", "Thứ trưởng Đào Xuân Cơ", "BSCKII. Đào Xuân Cơ"):
        assert person_key(name) == "đào xuân cơ", name
    assert person_key("Bà Nguyễn Thị Bà") == "nguyễn thị bà"


def test_fold_is_secondary_only() -> None:
    assert fold("Đào Xuân Cơ") == "dao xuan co"
    # the accent-free form merges names that differ; it is only a blocking key
    assert fold("Nguyễn Văn Hùng") == fold("Nguyễn Văn Hưng")


def test_numbers_are_extracted() -> None:
    assert numbers(canonical_key("Bệnh viện Nhi đồng 1")) == ("1",)
    assert numbers(canonical_key("Bệnh viện Tâm thần Trung ương 2")) == ("2",)


def test_parse_splits_core_and_province() -> None:
    p = parse("Bệnh viện Đa khoa tỉnh Nghệ An")
    assert (p.head, p.core, p.province) == ("bệnh viện", "bệnh viện đa khoa", "Nghệ An")
    assert parse("Bệnh viện Hữu nghị Đa khoa Nghệ An").core == p.core
    assert parse("Sở Y tế TP.HCM").province == "Thành phố Hồ Chí Minh"
    assert parse("Sở Y tế Thừa Thiên Huế").territory == parse("Sở Y tế Huế").territory
    assert parse("Sở Y tế Bắc Kạn").territory != parse("Sở Y tế Thái Nguyên").territory


def test_parse_marks_scoped_and_local_names() -> None:
    assert parse("Sở Y tế").scoped
    assert parse("UBND tỉnh").scoped and parse("UBND tỉnh").bare
    assert parse("Bệnh viện Hữu nghị đa khoa tỉnh").scoped
    assert parse("Bệnh viện Ung bướu").scoped
    assert parse("Trung tâm Y tế huyện Ba Bể").local
    assert not parse("Bệnh viện Bạch Mai").scoped
    assert not parse("Bệnh viện Nhi Trung ương").scoped
    assert not parse("Ban Tuyên giáo Trung ương").scoped
    assert not parse("Bảo hiểm xã hội Việt Nam").scoped
    # a city name is not its province: "Đà Lạt" stays in the core
    assert parse("Bệnh viện Đa khoa Đà Lạt").province is None


def test_contextual_name() -> None:
    assert contextual_name("Sở Y tế", "Nghệ An") == "Sở Y tế Nghệ An"
    assert contextual_name("UBND tỉnh", "Bắc Kạn") == "UBND tỉnh Bắc Kạn"
    assert (contextual_name("Ủy ban nhân dân thành phố", "Thành phố Hồ Chí Minh")
            == "Ủy ban nhân dân Thành phố Hồ Chí Minh")


def test_provinces_old_and_new() -> None:
    assert geo.current("Bắc Kạn") == "Thái Nguyên"
    assert geo.current("Sóc Trăng") == "Cần Thơ"
    assert geo.current("Bạc Liêu") == "Cà Mau"
    assert geo.current("Thừa Thiên Huế") == "Huế"
    assert geo.current("Nghệ An") == "Nghệ An"
    assert geo.lookup("tỉnh Bắc Cạn") == "Bắc Kạn"
    assert geo.lookup("TP.HCM") == "Thành phố Hồ Chí Minh"
    assert geo.lookup("TT-Huế") == "Thừa Thiên Huế"
    assert geo.lookup("Vinh") is None
    assert "Bắc Kạn" in geo.former_names("Thái Nguyên")
