"""Session 29 speed work: the same answers, less work."""
from __future__ import annotations

import re
from bisect import bisect_right

from extractors.doc import Sentence
from extractors.titles import central_board_re
from extractors.tokens import occurrences, sentences_holding


def _naive_holding(text: str, word: str, sentences: list[Sentence]) -> list[int]:
    starts = [s.start for s in sentences]
    out = set()
    for pos in occurrences(text, word):
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos + len(word) <= sentences[i].end:
            out.add(i)
    return sorted(out)


def _sentences(text: str) -> list[Sentence]:
    out, pos = [], 0
    for i, part in enumerate(re.split(r"(?<=\.) ", text)):
        out.append(Sentence(i, pos, pos + len(part)))
        pos += len(part) + 1
    return out


def test_sentences_holding_names_each_sentence_once_in_order() -> None:
    text = ("Chỉ thị số 05 chỉ rõ quy định mới. Bộ Y tế chỉ đạo các sở. "
            "Không có gì ở đây. Quy chế và quy định chỉ áp dụng từ năm 2024.")
    sentences = _sentences(text)
    starts = [s.start for s in sentences]
    for word in ("chỉ", "quy", "Bộ", "sở. ", "năm 2024.", "không có", "y"):
        got = list(sentences_holding(text, word, sentences, starts))
        assert got == _naive_holding(text, word, sentences), word


def test_sentences_holding_skips_words_across_a_sentence_end_and_in_gaps() -> None:
    text = "Bệnh viện A.  Sở Y tế B."
    sentences = [Sentence(0, 0, 12), Sentence(1, 14, 24)]
    starts = [0, 14]
    assert list(sentences_holding(text, ".  S", sentences, starts)) == []
    assert list(sentences_holding(text, "  ", sentences, starts)) == []
    assert list(sentences_holding(text, "Sở", sentences, starts)) == [1]


def test_central_board_pattern_still_folds_case_after_its_first_letter() -> None:
    pattern = central_board_re()
    assert pattern.search("Ông là Trưởng ban Tổ chức Trung ương.")
    assert pattern.search("BAN TỔ CHỨC TRUNG ƯƠNG họp.")
    assert pattern.search("Trưởng Ban Tuyên giáo TW.")
    assert not pattern.search("Trưởng ban tổ chức hội nghị.")


def test_country_pattern_finds_what_the_lookbehind_first_form_finds() -> None:
    from extractors.lexicon import alternation
    from extractors.places import _country_table

    new, forms = _country_table()
    old = re.compile(r"(?<![\w.])(" + alternation(forms) + r")(?![\w])")
    text = ("Đoàn chuyên gia Nhật Bản và Hàn Quốc sang Việt Nam; bệnh viện Việt - Đức, "
            "Thái Lan.Lào, xTrung Quốc, 5Mỹ, (Australia) và Cộng hòa Séc hỗ trợ Lào.")
    assert [m.span(1) for m in new.finditer(text)] == [m.span(1) for m in old.finditer(text)]
    assert [m.group(1) for m in new.finditer(text)][:3] == ["Nhật Bản", "Hàn Quốc", "Việt Nam"]
    assert new.match(text, text.index("Thái Lan")) and not new.match(text, text.index("Trung Quốc"))


def test_plural_before_a_head_still_reads_counts_and_quantifiers() -> None:
    from extractors.organizations import _PLURAL_BEFORE

    for before in ("các ", "Những ", "một số ", "5 ", "TẤT CẢ ", "hàng chục ", "Cơ "):
        assert _PLURAL_BEFORE.search(before), before
    for before in ("tại ", "Giám đốc ", "cùng với ", "ông "):
        assert not _PLURAL_BEFORE.search(before), before


def test_appointment_phrases_still_found_in_any_case() -> None:
    from extractors.officials import _APPOINT

    text = "Bà Lê Thị Hoa ĐƯỢC BỔ NHIỆM giữ chức vụ Phó Giám đốc; ông An với cương vị Trưởng ban."
    found = [m.group(0).strip() for m in _APPOINT.finditer(text)]
    assert found[0] == "ĐƯỢC BỔ NHIỆM"
    assert "giữ chức vụ" in found and "với cương vị" in found


def test_numbered_documents_and_hospital_groups_still_read() -> None:
    from extractors.coop_groups import _GROUP
    from extractors.lexicon import starts_with
    from extractors.legal import _NUMBERED

    assert starts_with("với", "Cho") == "(?=[CVcv])"
    m = _NUMBERED.search("Theo QUYẾT ĐỊNH số 123/QĐ-BYT của Bộ Y tế")
    assert m and m.group("kind") == "QUYẾT ĐỊNH"
    assert _NUMBERED.search("theo thông tư 05/2023/TT-BYT")
    assert _GROUP.search("chuyển giao kỹ thuật cho 5 bệnh viện vệ tinh").group("tier") == "vệ tinh"


def test_planned_body_and_joined_team_tests_still_fold_case() -> None:
    from extractors.coop_teams import _JOINED
    from extractors.orgs.walker import _PLANNED_BEFORE

    assert _PLANNED_BEFORE.search("Tỉnh đang XÂY DỰNG một ")
    assert not _PLANNED_BEFORE.search("Tỉnh đã khen thưởng ")
    assert _JOINED.search("các bác sĩ Cùng ê-kíp")
    assert not _JOINED.search("vùng kíp")


def test_dates_still_open_with_their_day_and_time_words() -> None:
    from extractors.dates import _DM

    assert _DM.search("Sáng 12/8, đoàn công tác").group("pre").strip() == "Sáng"
    assert _DM.search("KỂ TỪ NGÀY 5-8 trở đi").group("pre").strip() == "KỂ TỪ NGÀY"
    assert _DM.search("hạn chót 24/7").group("d") == "24"


def test_units_and_qualifiers_still_read_whole_in_any_case() -> None:
    from extractors.figures import _QUAL_RE, _UNIT_RE, counted_noun_at

    assert _UNIT_RE.match("bệnh  nhân đang điều trị").group(0) == "bệnh  nhân"
    assert _UNIT_RE.match("Người").group(0).lower() == "người"
    assert _UNIT_RE.match("bệnh nhânx") is None or _UNIT_RE.match("bệnh nhânx").group(0) != "bệnh nhânx"
    assert counted_noun_at("1816 bệnh nhân", 4)
    assert _QUAL_RE.search("đã tiếp nhận KHOẢNG  ") or _QUAL_RE.search("đã tiếp nhận khoảng ")
