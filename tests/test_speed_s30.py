"""Session 30 speed work: the same answers, less work."""
from __future__ import annotations

from extractors.doc import Doc
from extractors.lexicon import lower_usable, odd_letters
from extractors.textnorm import normalise


def _doc(text: str) -> Doc:
    return normalise(Doc(text=text))


def test_odd_letters_are_what_case_folding_adds_beyond_lower_case() -> None:
    assert odd_letters(["hai", "bác sĩ"]) == {"ı", "ſ"}
    assert odd_letters(["bốn"]) == frozenset()


def test_lower_text_stands_in_only_without_odd_letters() -> None:
    odd = odd_letters(["sinh viên"])
    assert lower_usable(_doc("Hai sinh viên được cứu."), odd)
    assert not lower_usable(_doc("Hai ſinh viên được cứu."), odd)


def _people(text: str) -> list[tuple[float, str]]:
    from extractors import figures

    doc = _doc(text)
    out: list = []
    figures._spelled_people(doc, figures._Blocked(doc), out)
    return [(f.value, f.unit) for f in out]


def test_people_counted_in_words_on_lower_cased_text() -> None:
    assert _people("Có hai bác sĩ và ba  điều dưỡng trực; bảy học sinh nghỉ.") == \
        [(2.0, "bác sĩ"), (3.0, "điều dưỡng"), (7.0, "học sinh")]
    assert _people("Đoàn đến thăm Cu Ba, hai nước ký kết; thứ hai người bệnh.") == []
    # a letter case folding matches beyond lower case ("ſ"): the folding pattern reads it
    assert _people("Có hai bác ſĩ trực.") == [(2.0, "bác ſĩ")]


def test_title_test_reads_lower_cased_text_and_odd_letters_alike() -> None:
    from extractors.titles import has_title

    doc = _doc("Giám đốc Sở Y tế phát biểu.")
    assert has_title(doc, 0, len(doc.text))
    doc = _doc("Người dân xếp hàng.")
    assert not has_title(doc, 0, len(doc.text))
    doc = _doc("ıt GIÁM ĐỐC bệnh viện nói.")
    assert has_title(doc, 0, len(doc.text))


def test_province_scan_by_capitals_finds_what_the_plain_capital_reading_finds() -> None:
    from extractors.places import find_places, places_in
    from test_tokens import capital_places

    for text in ["Tại thành phố Hà Nội, bà rịa - Vũng Tàu và thừa thiên Huế, TP Hồ Chí Minh.",
                 "thành phố hà nội Hà Nam; ở Thành phố Hà Nội và tỉnh Thừa Thiên Huế, Huế",
                 "Đoàn từ Bà Rịa - Vũng Tàu đến Cần Thơ rồi Cà Mau; ıt thành phố Hà Nội"]:
        assert find_places(text) == capital_places(text)
        for start in range(0, len(text), 7):
            assert find_places(text, start, start + 40) == capital_places(text, start, start + 40)
        doc = _doc(text)
        assert places_in(doc, 0, len(text)) == capital_places(doc.match)
    # a capitalised name after a lower-case level is found on its own (s39: it was hidden)
    assert [h.name for h in find_places("ở thành phố Hà Nội")] == ["Hà Nội"]
    assert [h.name for h in find_places("ở Thành phố Hà Nội")] == ["Hà Nội"]


def test_word_start_branches_match_as_the_plain_alternation() -> None:
    import re

    from extractors.lexicon import top_level, word_start_branches, word_start_lexicon

    alts = [r"tiếp\s+đón", "đón tiếp", "tiếp", "đón", r"lấy\s+(?:\d+\s+)?mẫu", "Ủy ban"]
    plain = re.compile(r"(?<![^\W\d_])(?:" + "|".join(f"(?:{a})" for a in alts) + r")\s+\w+", re.IGNORECASE)
    fast = re.compile(word_start_branches(alts, ignorecase=True) + r"\s+\w+", re.IGNORECASE)
    for text in ["Bệnh viện TIẾP ĐÓN đoàn; đón tiếp khách, tiếp  nhận, lấy 12 mẫu máu, ủy ban nhân",
                 "Ông Tiếp đón tiếp; Đón  khách; mẫutiếp xúc; 3tiếp tục"]:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
    assert top_level(r"a(b|c)|[|)]x|\|y") == ["a(b|c)", "[|)]x", r"\|y"]
    kinds = re.compile(word_start_lexicon(["Nghị quyết", "Nghị định", "Luật"], space=r"\s+",
                                          not_after=r"\w", ignorecase=True), re.IGNORECASE)
    assert [m.group() for m in kinds.finditer("theo NGHỊ  QUYẾT và luật, không xLuật")] == ["NGHỊ  QUYẾT", "luật"]


def test_heads_and_counts_before_them_still_fold_case() -> None:
    from extractors.organizations import _PLURAL_BEFORE
    from extractors.orgs.heads import HEAD_RE

    assert HEAD_RE.match("BỆNH VIỆN Bạch Mai").group(1) == "BỆNH VIỆN"
    assert HEAD_RE.match("sở Y tế").group(1) == "sở"
    assert HEAD_RE.match("xBệnh viện", 1) is None   # inside a word
    for before in ("các ", "CÁC  ", "hàng trăm ", "12 ", "Những "):
        assert _PLURAL_BEFORE.search("ở " + before), before
    for before in ("cáci ", "ở đó ", ""):
        assert not _PLURAL_BEFORE.search(before), before


def test_first_letter_branches_of_leads_levels_and_place_words() -> None:
    from extractors.orgs.place_phrase import _PLACE_BEFORE_RE
    from extractors.orgs.schools import _LEVEL
    from extractors.people import _NER_LEAD
    from extractors.short_names import _SHORT

    assert [m.group().strip() for m in _LEVEL.finditer("trường THCS Lê Lợi, Tiểu học Kim Đồng, xTHPT An")] == \
        ["THCS", "Tiểu học"]
    assert [m.group().strip() for m in _NER_LEAD.finditer("Ông Ba gặp PGS. TS Lê, bác sỹ An và xGS Hà")] == \
        ["Ông", "PGS. TS", "bác sỹ"]
    assert [m.group().strip() for m in _PLACE_BEFORE_RE.finditer("huyện Đông Anh, TP. Huế, Trung tâm Y tế Bắc")] == \
        ["huyện", "TP.", "Trung tâm Y tế"]
    assert _SHORT.search("Bà Lan là giám đốc").group(1) == "Lan"
    assert _SHORT.search("Hoàng bà Lan là giám đốc").group(1) == "Lan"
    assert _SHORT.search("Xbà Lan là giám đốc") is None


def test_tet_years_and_province_table_still_fold_case() -> None:
    from extractors.dates import _TET_YEAR
    from extractors.places import _table, place_at

    assert [m.group("can", "chi") for m in _TET_YEAR.finditer("Tết Nguyên Đán Giáp Thìn, xuân Ất Tỵ, xTết Giáp Tý")] == \
        [("Giáp", "Thìn"), ("Ất", "Tỵ")]
    pattern, _ = _table()
    assert pattern.match("HÀ NỘI mùa thu").group(1) == "HÀ NỘI"
    assert place_at("ở Hà Nội", 2).name == "Hà Nội"
    assert place_at("ở xHà Nội", 3) is None


def test_anaphors_read_by_first_letter_branches() -> None:
    from extractors.coop_ends import _ANAPHOR, _NAMED_ANAPHOR

    assert [m.group("head") for m in _ANAPHOR.finditer("Bệnh viện này và cơ sở trên; xBệnh viện này")] == \
        ["Bệnh viện", "cơ sở"]
    assert [m.group("head") for m in _NAMED_ANAPHOR.finditer("Sở này, Công ty này, tổng cục này, Cục nàyx")] == \
        ["Sở", "Công ty", "tổng cục"]


def test_first_letter_spellings_are_every_character_ignorecase_matches() -> None:
    """word_start_branches writes one branch per spelling of a first letter: a spelling left
    out would silently lose matches ("ı", "İ" and the Kelvin sign fold to Latin letters)."""
    import re

    from extractors import gazetteer
    from extractors.lexicon import _letters_like

    letters = {n[0] for p in gazetteer.provinces() for n in (p.name, *p.aliases) if n[:1].isalpha()}
    letters |= set("iIıİsSſkKKđĐưƯạẠ")
    for key in sorted(letters):
        one = re.compile(re.escape(key), re.IGNORECASE)
        assert _letters_like(key, True) == tuple(c for c in map(chr, range(0x10000)) if one.fullmatch(c)), key
    assert _letters_like("a", False) == ("a",)


def test_late_word_start_matches_the_plain_word_start_alternation() -> None:
    """The anaphors, schools, short names and Tết years read their first words this way: the
    same matches as the lookbehind written first, including after a letter ("xBệnh viện")."""
    import re

    from extractors.lexicon import late_word_start

    spellings = ("Bệnh viện", "bệnh viện", "Bà", "bà", r"Tiểu[ \t]+học", "TH(?:CS|PT)")
    text = "Bệnh viện này, xBệnh viện, Bà Lan, Ba bà, xbà, Tiểu  học A, THCS B, xTHPT C, bệnh viện"
    plain = re.compile(r"(?<![^\W\d_])(?:" + "|".join(spellings) + ")")
    late = re.compile(late_word_start(spellings))
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in late.finditer(text)] == ["Bệnh viện", "Bà", "bà", "Tiểu  học", "THCS", "bệnh viện"]
    assert re.compile(late_word_start(("Tết",), not_after=r"\w")).search("1Tết") is None
