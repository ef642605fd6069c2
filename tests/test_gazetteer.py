"""Pins the real-world facts in extractors/data/ and the behaviour of extractors.gazetteer."""
from __future__ import annotations

import importlib.util
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from extractors import gazetteer as g

DATA_FILES = ["provinces", "organizations", "hospitals", "titles", "honorifics", "surnames",
              "org_heads", "legal_kinds"]
ORG_TYPES = {"hospital", "health_department", "ministry", "government", "party", "agency",
             "university", "health_center", "company", "other"}

# The 2025 reform (NQ 202/2025/QH15) as a table: new unit -> old units.
REFORM = {
    "Hà Nội": ["Hà Nội"],
    "Huế": ["Thừa Thiên Huế"],
    "Lai Châu": ["Lai Châu"],
    "Điện Biên": ["Điện Biên"],
    "Sơn La": ["Sơn La"],
    "Lạng Sơn": ["Lạng Sơn"],
    "Quảng Ninh": ["Quảng Ninh"],
    "Thanh Hóa": ["Thanh Hóa"],
    "Nghệ An": ["Nghệ An"],
    "Hà Tĩnh": ["Hà Tĩnh"],
    "Cao Bằng": ["Cao Bằng"],
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
    "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"],
    "Ninh Bình": ["Ninh Bình", "Nam Định", "Hà Nam"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
    "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
    "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "Thành phố Hồ Chí Minh": ["Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"],
    "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
    "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
OLD_TO_NEW = [(old, new) for new, olds in REFORM.items() for old in olds]


def raw(name: str) -> dict:
    return json.loads((g.DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


# ----------------------------------------------------------------------- data files

@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_nfc_json_with_source(name):
    text = (g.DATA_DIR / f"{name}.json").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    data = json.loads(text)
    assert data.get("_source"), f"{name}.json must say where its facts come from"


def test_data_dir_is_next_to_module():
    assert g.DATA_DIR == Path(g.__file__).resolve().parent / "data"


# ------------------------------------------------------------------------ provinces

def test_unit_counts():
    data = raw("provinces")
    assert len(data["old_units"]) == 63
    assert len(data["new_units"]) == 34
    assert len(g.old_provinces()) == 63
    assert len(g.new_provinces()) == 34
    assert len({p.name for p in g.old_provinces()}) == 63
    assert len({p.name for p in g.new_provinces()}) == 34


def test_reform_table_is_complete():
    assert len(OLD_TO_NEW) == 63
    assert {p.name for p in g.old_provinces()} == {old for old, _ in OLD_TO_NEW}
    assert {p.name for p in g.new_provinces()} == set(REFORM)


@pytest.mark.parametrize("old,new", OLD_TO_NEW)
def test_old_unit_maps_to_new_unit(old, new):
    assert g.current_province(old) == new
    assert old in g.former_names(new)


def test_every_old_unit_in_exactly_one_new_unit():
    new_names = {p.name for p in g.new_provinces()}
    seen: dict[str, str] = {}
    for p in g.new_provinces():
        for old in p.formed_from:
            assert old not in seen, f"{old} in both {seen.get(old)} and {p.name}"
            seen[old] = p.name
    for p in g.old_provinces():
        assert p.merged_into in new_names
        assert seen[p.name] == p.merged_into


def test_formed_from_and_seat_exist():
    old_names = {p.name for p in g.old_provinces()}
    for p in g.new_provinces():
        assert p.formed_from and set(p.formed_from) <= old_names
        assert p.seat in p.formed_from


@pytest.mark.parametrize("old,new", [
    ("Bắc Kạn", "Thái Nguyên"), ("Sóc Trăng", "Cần Thơ"), ("Bạc Liêu", "Cà Mau"),
    ("Hậu Giang", "Cần Thơ"), ("Hà Giang", "Tuyên Quang"), ("Yên Bái", "Lào Cai"),
    ("Bình Dương", "Thành phố Hồ Chí Minh"), ("Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh"),
    ("Quảng Bình", "Quảng Trị"), ("Kon Tum", "Quảng Ngãi"), ("Bình Định", "Gia Lai"),
    ("Ninh Thuận", "Khánh Hòa"), ("Bình Phước", "Đồng Nai"), ("Long An", "Tây Ninh"),
    ("Tiền Giang", "Đồng Tháp"), ("Bến Tre", "Vĩnh Long"), ("Trà Vinh", "Vĩnh Long"),
    ("Kiên Giang", "An Giang"), ("Đắk Nông", "Lâm Đồng"), ("Bình Thuận", "Lâm Đồng"),
    ("Phú Yên", "Đắk Lắk"), ("Quảng Nam", "Đà Nẵng"), ("Hải Dương", "Hải Phòng"),
    ("Thái Bình", "Hưng Yên"), ("Nam Định", "Ninh Bình"), ("Hà Nam", "Ninh Bình"),
    ("Hòa Bình", "Phú Thọ"), ("Vĩnh Phúc", "Phú Thọ"), ("Bắc Giang", "Bắc Ninh"),
    ("Thừa Thiên Huế", "Huế"), ("Hà Nội", "Hà Nội"), ("Cao Bằng", "Cao Bằng"),
])
def test_known_merger_facts(old, new):
    assert g.current_province(old) == new


@pytest.mark.parametrize("name", ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
                                  "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"])
def test_unchanged_units(name):
    p = g.find_province(name)
    assert p.is_current and g.current_province(name) == name
    assert g.former_names(name) == (["Thừa Thiên Huế"] if name == "Huế" else [name])


def test_hue():
    tth = g.find_province("Thừa Thiên Huế")
    assert tth.name == "Thừa Thiên Huế" and tth.is_old and not tth.is_current
    assert tth.merged_into == "Huế" and tth.since == "2025-01-01"
    hue = g.find_province("Huế")
    assert hue.name == "Huế" and hue.kind == "thành phố" and hue.is_current
    assert g.former_names("Huế") == ["Thừa Thiên Huế"]
    assert g.current_province("Thành phố Huế") == "Huế"


def test_hanoi_unchanged():
    p = g.find_province("Hà Nội")
    assert p.kind == "thành phố" and p.merged_into == "Hà Nội" and p.formed_from == ("Hà Nội",)
    assert p.status == "unchanged"


def test_kinds():
    assert {p.name for p in g.old_provinces() if p.kind == "thành phố"} == {
        "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh"}
    assert {p.name for p in g.new_provinces() if p.kind == "thành phố"} == {
        "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh"}
    assert {p.kind for p in g.provinces()} == {"tỉnh", "thành phố"}


@pytest.mark.parametrize("text", ["TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Tp.HCM", "tp. hồ chí minh",
                                  "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Hồ Chí Minh",
                                  "Sài Gòn", "HCMC"])
def test_hcm_spellings_resolve_to_one_unit(text):
    assert g.find_province(text) is g.find_province("Thành phố Hồ Chí Minh")


@pytest.mark.parametrize("text,name", [
    ("tỉnh Nghệ An", "Nghệ An"), ("Tỉnh Nghệ An", "Nghệ An"), ("Thành phố Hà Nội", "Hà Nội"),
    ("TP Hà Nội", "Hà Nội"), ("thủ đô Hà Nội", "Hà Nội"), ("Hoà Bình", "Hòa Bình"), ("HÒA BÌNH", "Hòa Bình"),
    ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("Đắc Lắc", "Đắk Lắk"), ("Đăk Lăk", "Đắk Lắk"),
    ("Bắc Cạn", "Bắc Kạn"), ("BR-VT", "Bà Rịa - Vũng Tàu"), ("BRVT", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("TT-Huế", "Thừa Thiên Huế"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("  Cần Thơ. ", "Cần Thơ"),
    ("Nha Trang", "Khánh Hòa"), ("Đà Lạt", "Lâm Đồng"), ("Buôn Ma Thuột", "Đắk Lắk"),
])
def test_find_province_spellings(text, name):
    p = g.find_province(text)
    assert p is not None and p.name == name


@pytest.mark.parametrize("text", ["", "Vinh", "Tân An", "Bệnh viện Bạch Mai", "Paris", "Hà"])
def test_find_province_rejects(text):
    assert g.find_province(text) is None


def test_current_province_idempotent_and_unknown():
    for p in g.new_provinces():
        assert g.current_province(p.name) == p.name
        assert g.current_province(g.current_province(p.name)) == p.name
    for p in g.old_provinces():
        assert g.current_province(g.current_province(p.name)) == p.merged_into
    with pytest.raises(KeyError):
        g.current_province("Atlantis")
    assert g.current_province("Atlantis", None) is None
    assert g.former_names("Bắc Kạn") == []


def test_no_alias_points_to_two_provinces():
    """An alias may only be shared along a lineage (Thừa Thiên Huế's alias 'Huế' is the new Huế)."""
    for keyfn in (g.tone_key, g.loose_key):
        owners: dict[str, set[str]] = defaultdict(set)
        for p in g.provinces():
            for text in (p.name, *p.aliases):
                owners[keyfn(text)].add(p.name)
        for key, names in owners.items():
            if len(names) > 1:
                recs = [g.find_province(n) for n in names]
                currents = {r.current for r in recs}
                assert len(currents) == 1, f"{key!r} -> {sorted(names)}"


def test_every_alias_resolves_to_its_province():
    for p in g.provinces():
        for text in (p.name, *p.aliases):
            assert g.find_province(text).current == p.current, text


def test_canonical_names_use_modern_tone_placement():
    for p in g.provinces():
        assert g.normalize_tones(p.name) == p.name
    for o in g.known_orgs():
        assert g.normalize_tones(o.name) == o.name, o.name


def test_agrees_with_underthesea_mapping_if_available():
    try:
        from underthesea.address import converter  # noqa: F401
    except Exception:
        pytest.skip("underthesea not installed")
    import underthesea.address as ua
    path = Path(ua.__file__).parent / "data" / "mapping.json"
    if not path.exists():
        pytest.skip("underthesea address data not shipped")
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {k: v["short"] for k, v in data["province_names"].items()}
    old = {k: v["short"] for k, v in data["old_province_names"].items()}
    for old_key, new_key in data["province_mapping"].items():
        ours = g.current_province("Thừa Thiên Huế" if old[old_key] == "Huế" else old[old_key])
        assert g.find_province(ours) is g.find_province(names[new_key]), old[old_key]


# ----------------------------------------------------------------------------- keys

@pytest.mark.parametrize("a,b", [
    ("Hoà Bình", "Hòa Bình"), ("Tỉnh uỷ", "Tỉnh ủy"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("THANH HOÁ", "thanh hóa"), ("Thuý", "Thúy"),
    ("Bà  Rịa -Vũng Tàu", "bà rịa - vũng tàu"), ("Hoà\u00a0Bình", "hòa bình"),
    (unicodedata.normalize("NFD", "Nguyễn"), "nguyễn"),
])
def test_tone_key_equivalences(a, b):
    assert g.tone_key(a) == g.tone_key(b)


@pytest.mark.parametrize("word", ["quý", "quỹ", "quả", "giữa", "giá", "gìn", "hoàng", "huỳnh", "hoài",
                                  "khuỷu", "người", "nguyễn", "thuở", "cứu", "Ksor", "H'Hen", "BVĐK"])
def test_normalize_tones_keeps_correct_words(word):
    assert g.normalize_tones(word) == word


@pytest.mark.parametrize("old,new", [("hoà", "hòa"), ("uỷ", "ủy"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"),
                                     ("Hoá", "Hóa"), ("toà", "tòa"), ("HOÀ", "HÒA")])
def test_normalize_tones_moves_old_style(old, new):
    assert g.normalize_tones(old) == new
    assert g.normalize_tones(new) == new


def test_tone_key_not_distinguishing_different_words():
    assert g.tone_key("Hà Nam") != g.tone_key("Hà Nội")
    assert g.tone_key("Hoà") != g.tone_key("Hoa")


# ---------------------------------------------------------------- organisations

def test_org_records_are_valid():
    old_names = {p.name for p in g.old_provinces()}
    for o in g.known_orgs():
        assert o.type in ORG_TYPES, o
        assert o.province is None or o.province in old_names, o
        assert o.level in {None, "central", "provincial", "city", "private", "international"}, o


def test_hospitals():
    hospitals = raw("hospitals")["hospitals"]
    old_names = {p.name for p in g.old_provinces()}
    assert len(hospitals) >= 150
    for h in hospitals:
        assert h["type"] == "hospital"
        assert h["province"] is None or h["province"] in old_names, h["name"]
        assert h["level"] in {"central", "provincial", "city", "private"}, h["name"]
    mains = [h["province"] for h in hospitals if h.get("main")]
    assert len(mains) == len(set(mains))
    assert len(mains) >= 55


def test_org_names_unique_and_no_alias_points_to_two_orgs():
    names = [o.name for o in g.known_orgs()]
    assert len(names) == len(set(names))
    for keyfn in (g.tone_key, g.loose_key):
        owners: dict[str, set[str]] = defaultdict(set)
        for org, primary, aliases in g._org_entries():
            for text in primary + aliases:
                owners[keyfn(text)].add(org.name)
        clashes = {k: v for k, v in owners.items() if len(v) > 1}
        assert not clashes, clashes


@pytest.mark.parametrize("text,name", [
    ("Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai"), ("BV Bạch Mai", "Bệnh viện Bạch Mai"),
    ("Việt Đức", "Bệnh viện Hữu nghị Việt Đức"), ("Việt - Đức", "Bệnh viện Hữu nghị Việt Đức"),
    ("BV Việt Đức", "Bệnh viện Hữu nghị Việt Đức"), ("Bệnh viện Chợ Rẫy", "Bệnh viện Chợ Rẫy"),
    ("Bệnh viện TW Huế", "Bệnh viện Trung ương Huế"), ("BVTW Huế", "Bệnh viện Trung ương Huế"),
    ("Bệnh viện Đa khoa Trung ương Thái Nguyên", "Bệnh viện Trung ương Thái Nguyên"),
    ("Bệnh viện K", "Bệnh viện K"), ("Bệnh viện E", "Bệnh viện E"), ("Bệnh viện Nhi TW", "Bệnh viện Nhi Trung ương"),
    ("Bệnh viện 108", "Bệnh viện Trung ương Quân đội 108"), ("Bệnh viện Trung ương Cần Thơ", "Bệnh viện Đa khoa Trung ương Cần Thơ"),
    ("Bệnh viện Saint Paul", "Bệnh viện Đa khoa Xanh Pôn"), ("Bệnh viện Ung bướu TP.HCM", "Bệnh viện Ung Bướu Thành phố Hồ Chí Minh"),
    ("Bệnh viện Đa khoa tỉnh Nghệ An", "Bệnh viện Hữu nghị Đa khoa Nghệ An"),
    ("BVHNĐK Nghệ An", "Bệnh viện Hữu nghị Đa khoa Nghệ An"),
    ("BVĐK tỉnh Bắc Kạn", "Bệnh viện Đa khoa tỉnh Bắc Kạn"), ("Bệnh viện Đa khoa Sóc Trăng", "Bệnh viện Đa khoa tỉnh Sóc Trăng"),
    ("Bộ Y tế", "Bộ Y tế"), ("BYT", "Bộ Y tế"), ("Cục QLKCB", "Cục Quản lý Khám, chữa bệnh"),
    ("BHXH Việt Nam", "Bảo hiểm xã hội Việt Nam"), ("BHXH VN", "Bảo hiểm xã hội Việt Nam"),
    ("WHO", "Tổ chức Y tế Thế giới"), ("UNICEF", "Quỹ Nhi đồng Liên hợp quốc"),
    ("Đại học Y Hà Nội", "Trường Đại học Y Hà Nội"), ("Đại học Y Dược TP.HCM", "Đại học Y Dược Thành phố Hồ Chí Minh"),
    ("Đại học Y Dược Huế", "Trường Đại học Y - Dược, Đại học Huế"), ("Trường Đại học Y khoa Vinh", "Trường Đại học Y khoa Vinh"),
    ("Viện Pasteur TP.HCM", "Viện Pasteur Thành phố Hồ Chí Minh"), ("Viện Vệ sinh dịch tễ Trung ương", "Viện Vệ sinh dịch tễ Trung ương"),
    ("Sở Y tế Nghệ An", "Sở Y tế Nghệ An"), ("Sở Y tế tỉnh Nghệ An", "Sở Y tế Nghệ An"), ("Sở Y tế TP.HCM", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("CDC Hà Nội", "Trung tâm Kiểm soát bệnh tật Thành phố Hà Nội"), ("HCDC", "Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh"),
    ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"), ("Bộ Chính trị", "Bộ Chính trị"), ("Ban Bí thư", "Ban Bí thư"),
    ("Chính phủ", "Chính phủ"), ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"), ("Quốc hội", "Quốc hội"),
    ("Cục Y tế dự phòng", "Cục Y tế dự phòng"), ("Cục Quản lý Dược", "Cục Quản lý Dược"),
    ("Cục Khoa học công nghệ và Đào tạo", "Cục Khoa học công nghệ và Đào tạo"), ("Vụ Kế hoạch - Tài chính", "Vụ Kế hoạch - Tài chính"),
])
def test_find_org(text, name):
    org = g.find_org(text)
    assert org is not None and org.name == name, (text, org)


@pytest.mark.parametrize("name", [
    "Bệnh viện Phụ sản Trung ương", "Bệnh viện Nội tiết Trung ương", "Bệnh viện Lão khoa Trung ương",
    "Bệnh viện Mắt Trung ương", "Bệnh viện Răng Hàm Mặt Trung ương Hà Nội",
    "Bệnh viện Răng Hàm Mặt Trung ương Thành phố Hồ Chí Minh", "Bệnh viện Da liễu Trung ương",
    "Bệnh viện Phổi Trung ương", "Bệnh viện Bệnh Nhiệt đới Trung ương", "Bệnh viện Hữu Nghị",
    "Bệnh viện Thống Nhất", "Bệnh viện Quân y 175", "Bệnh viện Đa khoa Trung ương Quảng Nam",
    "Bệnh viện Tim Hà Nội", "Bệnh viện Phụ sản Hà Nội", "Bệnh viện Ung bướu Hà Nội", "Bệnh viện Thanh Nhàn",
    "Bệnh viện Đa khoa Đống Đa", "Bệnh viện Nhi Hà Nội", "Bệnh viện Nhi đồng 1", "Bệnh viện Nhi đồng 2",
    "Bệnh viện Nhi đồng Thành phố", "Bệnh viện Từ Dũ", "Bệnh viện Hùng Vương", "Bệnh viện Nhân dân 115",
    "Bệnh viện Nhân dân Gia Định", "Bệnh viện Đại học Y Dược Thành phố Hồ Chí Minh",
    "Bệnh viện Chấn thương Chỉnh hình Thành phố Hồ Chí Minh", "Bệnh viện Bình Dân", "Bệnh viện Nguyễn Tri Phương",
    "Bệnh viện Cấp cứu Trưng Vương", "Bệnh viện Tâm thần Thành phố Hồ Chí Minh",
    "Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh",
])
def test_required_hospitals_present(name):
    org = g.find_org(name)
    assert org is not None and org.name == name and org.type == "hospital"


def test_hospital_levels_and_provinces_facts():
    assert g.find_org("Bệnh viện Bạch Mai").level == "central"
    assert g.find_org("Bệnh viện Chợ Rẫy").province == "Thành phố Hồ Chí Minh"
    assert g.find_org("Bệnh viện Trung ương Huế").province == "Thừa Thiên Huế"
    assert g.find_org("Bệnh viện Đa khoa tỉnh Bắc Kạn").province == "Bắc Kạn"
    assert g.current_province(g.find_org("Bệnh viện Đa khoa tỉnh Sóc Trăng").province) == "Cần Thơ"
    assert g.find_org("Bệnh viện Tim Hà Nội").level == "city"


def test_every_old_province_has_health_department_and_cdc():
    by_type = defaultdict(set)
    for o in g.known_orgs():
        by_type[o.type].add(o.province)
    old_names = {p.name for p in g.old_provinces()}
    assert old_names <= by_type["health_department"]
    assert old_names <= by_type["health_center"]
    assert g.find_org("Sở Y tế Bắc Kạn").successor == "Sở Y tế Thái Nguyên"


def test_org_variants():
    v = g.org_variants("Bệnh viện Nhi Trung ương")
    assert {"BV Nhi Trung ương", "Bệnh viện Nhi TW", "BV Nhi TW", "Bệnh viện Nhi TƯ"} <= set(v)
    assert g.org_variants("Bộ Y tế") == ["Bộ Y tế"]


# ------------------------------------------------------------------------ lexicons

REQUIRED_TITLES = [
    "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch", "Phó Chủ tịch", "Chủ tịch UBND",
    "Bí thư", "Phó Bí thư", "Bí thư Tỉnh ủy", "Tỉnh ủy viên", "Thành ủy viên", "Ủy viên Ban Thường vụ",
    "Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng", "Trưởng Ban", "Phó Trưởng Ban",
    "Trưởng Ban Tuyên giáo", "Giám đốc", "Phó Giám đốc", "Quyền Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc",
    "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Viện trưởng", "Phó Viện trưởng",
    "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh Thanh tra", "Trưởng phòng", "Phó Trưởng phòng",
    "Trưởng khoa", "Phó Trưởng khoa", "Điều dưỡng trưởng", "Hiệu trưởng", "Phó Hiệu trưởng", "Chủ nhiệm",
    "Phó Chủ nhiệm", "Đại biểu Quốc hội", "Trưởng đoàn", "Chủ tịch Hội đồng quản trị", "Chủ tịch HĐND",
    "Phó Chủ tịch HĐND", "Trưởng trạm", "Giám đốc Trung tâm",
]


def test_titles():
    ts = g.titles()
    by_title = {t["title"]: t for t in ts}
    assert len(by_title) == len(ts)
    for t in REQUIRED_TITLES:
        assert t in by_title, t
    kinds = {"government", "party", "health", "academic", "military", "other"}
    for t in ts:
        assert t["kind"] in kinds and isinstance(t["takes_org"], bool), t
        assert t.get("base", t["title"]) in by_title, t
    assert [len(t["title"]) for t in ts] == sorted((len(t["title"]) for t in ts), reverse=True)
    assert by_title["Chủ tịch UBND"]["base"] == "Chủ tịch"
    assert by_title["Bí thư Tỉnh ủy"]["base"] == "Bí thư"
    owner: dict[str, str] = {}
    for t in ts:  # spelling variants may repeat a key, but never across two titles
        for a in (t["title"], *t.get("aliases", ())):
            assert owner.setdefault(g.tone_key(a), t["title"]) == t["title"], a


REQUIRED_HONORIFICS = [
    "ông", "bà", "anh", "chị", "đồng chí", "GS", "PGS", "TS", "ThS", "BS", "BSCKI", "BSCKII", "BS.CKI", "BS.CKII",
    "CKI", "CKII", "Bác sĩ Chuyên khoa I", "Bác sĩ Chuyên khoa II", "Bác sĩ", "Tiến sĩ", "Thạc sĩ", "Giáo sư",
    "Phó Giáo sư", "Dược sĩ", "DS", "DSCKI", "Điều dưỡng", "CN", "KS", "TTND", "TTƯT", "Thầy thuốc Nhân dân",
    "Thầy thuốc Ưu tú", "Anh hùng Lao động", "Thiếu tướng", "Đại tá", "Trung tá", "PGS.TS.", "GS.TS", "ThS.BS.",
    "TS.BS", "BSCKII.", "PGS.TS.BS.",
]


def test_honorifics():
    hs = g.honorifics()
    assert len(hs) == len(set(hs))
    for h in REQUIRED_HONORIFICS:
        assert h in hs, h
    assert [len(h) for h in hs] == sorted((len(h) for h in hs), reverse=True)


@pytest.mark.parametrize("text,prefixes,rest", [
    ("PGS.TS.BS Nguyễn Văn A", ["PGS", "TS", "BS"], "Nguyễn Văn A"),
    ("PGS.TS. Trần Văn B", ["PGS", "TS"], "Trần Văn B"),
    ("Thiếu tướng, GS.TS Lê Bá C", ["Thiếu tướng", "GS", "TS"], "Lê Bá C"),
    ("ThS.BS.CKII Phạm D", ["ThS", "BS.CKII"], "Phạm D"),
    ("BSCKII. Hoàng E", ["BSCKII"], "Hoàng E"),
    ("TTƯT, BSCKII Lò Văn F", ["TTƯT", "BSCKII"], "Lò Văn F"),
    ("ông Nguyễn Văn G", ["ông"], "Nguyễn Văn G"),
    ("Bác sĩ Chuyên khoa II Lý H", ["Bác sĩ Chuyên khoa II"], "Lý H"),
    ("Nguyễn Thị I", [], "Nguyễn Thị I"),
    ("TSKH Vũ K", ["TSKH"], "Vũ K"),
])
def test_split_honorifics(text, prefixes, rest):
    assert g.split_honorifics(text) == (prefixes, rest)


REQUIRED_SURNAMES = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý", "Đào", "Đinh", "Mai", "Trịnh", "Tạ", "Lương", "Cao", "Lâm", "Hà", "Chu", "Quách", "Thái", "Kiều", "Tô",
    "Tăng", "Triệu", "Khúc", "Kim", "Lưu", "Văn", "La", "Giang", "Mạc", "Âu", "Châu", "Bạch", "Trương", "Lại", "Nông",
    "Lò", "Hầu", "Vi", "Sầm", "Quàng", "Lục", "Ma", "Đèo", "Cầm", "Mùa", "Sùng", "Giàng", "Thào", "Vàng", "Niê", "Ksor",
]


def test_surnames():
    s = g.surnames()
    assert len(s) >= 150
    for name in REQUIRED_SURNAMES:
        assert name in s, name
    data = raw("surnames")
    overlap = set(data["given_name_stopwords"]) & s
    assert overlap == set(data["stopword_surname_overlap"])
    stop = g.given_name_stopwords()
    for w in ["Tại", "Theo", "Trong", "Sở", "Bệnh", "Viện", "Ban", "Hội", "Phó"]:
        assert w in stop
    for w in ["Nguyễn", "Thị", "Văn", "Anh", "Nam"]:
        assert w not in stop


def test_org_heads_and_abbreviations():
    heads = g.org_heads()
    assert [len(h) for h, _ in heads] == sorted((len(h) for h, _ in heads), reverse=True)
    types = dict(heads)
    assert set(types.values()) <= ORG_TYPES
    expected = {"Bệnh viện": "hospital", "Sở Y tế": "health_department", "Sở": "government", "Bộ": "ministry",
                "Ủy ban nhân dân": "government", "UBND": "government", "HĐND": "government", "Cục": "agency",
                "Vụ": "agency", "Tổng cục": "agency", "Viện": "agency", "Trung tâm Y tế": "health_center",
                "CDC": "health_center", "Trạm Y tế": "health_center", "Trường Đại học": "university",
                "Đại học": "university", "Học viện": "university", "Bảo hiểm xã hội": "agency", "Tỉnh ủy": "party",
                "Thành ủy": "party", "Bộ Chính trị": "party", "Tập đoàn": "company", "Công ty": "company",
                "Tổng công ty": "company", "Chi cục": "agency", "Văn phòng": "government"}
    for head, typ in expected.items():
        assert types[head] == typ, head
    order = [h for h, _ in heads]
    assert order.index("Bệnh viện Đa khoa") < order.index("Bệnh viện")
    assert order.index("Sở Y tế") < order.index("Sở")
    ab = g.abbreviations()
    for k, v in {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "BV": "Bệnh viện", "BVĐK": "Bệnh viện Đa khoa",
                 "BVĐKTW": "Bệnh viện Đa khoa Trung ương", "TTYT": "Trung tâm Y tế", "BHXH": "Bảo hiểm xã hội",
                 "SYT": "Sở Y tế", "TP.HCM": "Thành phố Hồ Chí Minh", "TPHCM": "Thành phố Hồ Chí Minh",
                 "TP. HCM": "Thành phố Hồ Chí Minh", "TP": "Thành phố", "ĐH": "Đại học", "TW": "Trung ương",
                 "TƯ": "Trung ương", "CDC": "Trung tâm Kiểm soát bệnh tật", "GD&ĐT": "Giáo dục và Đào tạo",
                 "LĐTB&XH": "Lao động - Thương binh và Xã hội"}.items():
        assert ab[k] == v, k
    # every abbreviation expanding to a province name resolves
    assert g.find_province(ab["TP.HCM"]).name == "Thành phố Hồ Chí Minh"


def test_legal_kinds_and_issuers():
    codes = g.legal_kind_codes()
    for code, name in {"NQ": "Nghị quyết", "QĐ": "Quyết định", "NĐ": "Nghị định", "TT": "Thông tư", "CT": "Chỉ thị",
                       "CV": "Công văn", "ĐA": "Đề án", "CTr": "Chương trình hành động", "KH": "Kế hoạch",
                       "KL": "Kết luận", "TB": "Thông báo", "HD": "Hướng dẫn", "TTLT": "Thông tư liên tịch",
                       "PL": "Pháp lệnh"}.items():
        assert codes[code] == name, code
    names = {k["name"] for k in g.legal_kinds()}
    assert {"Luật", "Chương trình"} <= names
    iss = g.legal_issuers()
    for code, body in {"TW": "Ban Chấp hành Trung ương Đảng", "TU": "Tỉnh ủy", "QH": "Quốc hội", "CP": "Chính phủ",
                       "TTg": "Thủ tướng Chính phủ", "BYT": "Bộ Y tế", "UBND": "Ủy ban nhân dân",
                       "HĐND": "Hội đồng nhân dân", "BTC": "Bộ Tài chính", "BHXH": "Bảo hiểm xã hội Việt Nam",
                       "SYT": "Sở Y tế"}.items():
        assert iss[code] == body, code
    tw = next(i for i in raw("legal_kinds")["issuers"] if i["code"] == "TW")
    assert "Bộ Chính trị" in tw["alternatives"]
    # every issuer that is a known organisation resolves
    for body in iss.values():
        if body not in {"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Đảng ủy", "Đảng ủy Khối", "Ban cán sự đảng",
                        "Ủy ban nhân dân", "Hội đồng nhân dân", "Sở Y tế", "Ban Chỉ đạo", "Chủ tịch nước"}:
            assert g.find_org(body) is not None, body


def test_loaders_are_cached():
    assert g.provinces() is g.provinces()
    assert g.known_orgs() is g.known_orgs()
    assert g.province_index() is g.province_index()


def test_countries():
    data = g.countries()
    names = [name for name, _, _ in data]
    assert len(names) == len(set(names)) >= 150
    for name, aliases, ambiguous in data:
        # an ambiguous form is one of the country's own forms
        assert ambiguous <= {name, *aliases}, name
    by_name = {name: (aliases, ambiguous) for name, aliases, ambiguous in data}
    assert "Úc" in by_name["Australia"][0] and "Úc" in by_name["Australia"][1]
    assert not by_name["Thái Lan"][1]   # unambiguous: never a given name on its own
    # no country is also a province of Việt Nam
    assert not {n for n in names if g.find_province(n) is not None}


def test_corpus_grown_entries_say_how_often_they_were_seen():
    """Entries grown from the corpus carry their article count, and are not one-offs."""
    grown = [o for o in raw("organizations")["organizations"] if "_corpus_docs" in o]
    assert grown
    for o in grown:
        assert o["_corpus_docs"] >= 10, o["name"]
        assert g.find_org(o["name"]) is not None
    assert g.find_org("UNMISS").name.startswith("Phái bộ")


def test_mined_organisation_names_are_built_from_the_corpus_lexicon():
    """data/mined_org_names.json says how it was built, and every name in it is one the
    corpus lexicon holds often enough."""
    mined = raw("mined_org_names")
    assert "scripts/build_mined_org_names.py" in mined["_provenance"]["builder"]
    corpus = {o["name"]: o for o in json.loads((g.DATA_DIR / "corpus" / "org_names.json").read_text())["organizations"]}
    assert mined["names"]
    spec = importlib.util.spec_from_file_location(
        "build_mined_org_names", Path(__file__).resolve().parents[1] / "scripts" / "build_mined_org_names.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    for n in mined["names"]:
        rec = corpus[n["name"]]
        if n["name"] in builder.FIRST_BUILD or (rec["count"] >= builder.MIN_COUNT and rec["docs"] >= builder.MIN_DOCS):
            continue
        # below the main floor: a head, one capitalised word and a lower-case run, from the lower floor
        assert rec["count"] >= builder.SHORT_MIN_COUNT and rec["docs"] >= builder.SHORT_MIN_DOCS, n
        assert builder.one_word_then_lower(n["name"]), n
