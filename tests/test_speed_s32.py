"""Session 32 speed work: the same answers, less work."""
from __future__ import annotations

import random

import pytest

from extractors import wordhits
from extractors.doc import Doc
from extractors.textnorm import normalise

needs_automaton = pytest.mark.skipif(not wordhits.available(), reason="pyahocorasick not installed")


def _doc(text: str) -> Doc:
    return normalise(Doc(text=text))


def _scans():
    """What the scans that read the word hits answer, read from the word hits and by regex."""
    from extractors import cooperations, figures, legal, organizations
    from extractors.orgs.heads import HEAD_LOWER_RE
    from extractors.orgs.known import headless_at
    from extractors.orgs.schools import schools_in
    from extractors.places import find_places
    from extractors.short_names import _SHORT
    from extractors.titles import _lower_title_start, has_title

    def by_regex(doc, start, end):
        return (_lower_title_start()[0].search(doc.lower, start, end) is not None,
                [m.start() for m in HEAD_LOWER_RE.finditer(doc.lower, start, end)],
                cooperations._TRIGGER.search(doc.lower, start, end) is not None,
                [m.span() for m in figures._PEOPLE_LOWER_RE.finditer(doc.lower, start, end)],
                headless_at(doc.match, start, end), schools_in(doc.match, start, end),
                [m.span() for m in legal._NUMBERED.finditer(doc.match[start:end])],
                find_places(doc.match, start, end), [m.span() for m in _SHORT.finditer(doc.match, start, end)])

    def by_hits(doc, start, end):
        found = wordhits.hits(doc)
        return (has_title(doc, start, end), list(organizations._heads_in(doc, start, end)),
                cooperations._trigger_test(doc)(start, end),
                [m.span() for m in wordhits.finditer(figures._PEOPLE_LOWER_RE, doc.lower, found["people"], start, end)],
                headless_at(doc.match, start, end, found), schools_in(doc.match, start, end, found),
                [m.span() for m in wordhits.finditer(legal._NUMBERED, doc.match[start:end], found["kinds"], 0,
                                                     end - start, offset=start)],
                find_places(doc.match, start, end, found["provinces"]),
                [m.span() for m in wordhits.finditer(_SHORT, doc.match, found["honorifics"], start, end)])

    return by_regex, by_hits


_SENTENCES = [
    "Giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn Hùng chủ trì hội nghị.",
    "Phó Chủ tịch UBND tỉnh đã ký quyết định, Bệnh viện Đa khoa tỉnh tiếp nhận 5 bác sĩ.",
    "Chiều 12/3, đoàn công tác của Bộ Y tế đến thăm và làm việc tại Trung tâm Y tế huyện.",
    "Người dân xếp hàng chờ tiêm vắc xin từ sáng sớm.",
    "Các bệnh viện tuyến tỉnh phối hợp với Trường Đại học Y Hà Nội đào tạo bác sĩ.",
    "Công ty TNHH ABC tặng 200 suất quà cho bệnh viện Chợ Rẫy.",
    "Thứ trưởng Bộ Y tế Trần Văn Thuấn cùng Tổng cục trưởng Tổng cục Dân số dự lễ.",
    "Cục trưởng Cục Quản lý Dược cho biết sẽ cử cán bộ xuống địa phương.",
    "Tổ chức Y tế Thế giới (WHO) và UNICEF hỗ trợ hai bác sĩ, ba  điều dưỡng cho tỉnh.",
    "Học sinh THCS Lê Lợi và hiệu trưởng tiểu học Bình Minh nhận quà; thi THPT Quốc gia sắp tới.",
    "Theo Thông tư số 12/2020/TT-BYT và Quyết định 1816/QĐ-BYT, công văn số 45/SYT-NVY hướng dẫn rõ.",
    "Ông Hùng là Giám đốc Sở từ năm 2020; bà Lan, hiện là Phó Giám đốc, phát biểu.",
    "Đoàn từ thành phố Hồ Chí Minh ra Hà Nội rồi vào Thừa Thiên Huế, qua tỉnh bà rịa - Vũng Tàu.",
]


@needs_automaton
def test_word_hits_answer_what_the_regex_scans_answer_on_every_window() -> None:
    by_regex, by_hits = _scans()
    doc = _doc(" ".join(_SENTENCES))
    size = len(doc.text)
    for start in range(0, size, 3):
        for end in range(start, min(size, start + 160) + 1, 7):
            assert by_hits(doc, start, end) == by_regex(doc, start, end), (start, end)


@needs_automaton
def test_word_hits_agree_on_words_glued_to_letters_digits_and_signs() -> None:
    """Lexicon words cut, glued to letters or digits, in both cases: the word-start and
    word-end tests, overlapping heads and windows that cut a word all read as the scans do."""
    from extractors.cooperations import _TRIGGERS
    from extractors.figures import _PEOPLE_WORDS
    from extractors.legal import KINDS
    from extractors.orgs.heads import HEADS
    from extractors.orgs.known import headless_forms
    from extractors.titles import titles

    rng = random.Random(32)
    words = [h for h, _, _ in HEADS] + sorted(titles())[:200] + list(_TRIGGERS) + sorted(headless_forms())[:200] \
        + [f"{w} bác sĩ" for w in _PEOPLE_WORDS] + ["THCS Lê Lợi", "học sinh tiểu học Hòa Bình", "Mầm non Hoa Sen"] \
        + [f"{k} số 12/2020/TT-BYT" for k in KINDS] + [f"{k.upper()} 05" for k in KINDS] \
        + ["thành phố Hà Nội", "Thành phố Hồ Chí Minh", "tỉnh Thừa Thiên Huế", "TP. Hồ Chí Minh", "Huế",
           "Hà Nam", "thành phố hà nội", "Nam Định", "tp Cần Thơ", "Bà Rịa - Vũng Tàu", "bà rịa - Vũng Tàu",
           "ông Hùng là", "Bà Lan, hiện là", "ÔNG Nam làm", "bà Mai được bổ nhiệm làm", "12", "٣", "2024"]
    glue = [" ", " ", " ", "", "a", "7", ".", ", ", "(", "-", "\n", "đ", "²"]
    by_regex, by_hits = _scans()
    for _ in range(60):
        parts = []
        for _ in range(12):
            w = rng.choice(words)
            if rng.random() < 0.3:
                w = w.upper() if rng.random() < 0.5 else w[: rng.randrange(1, len(w) + 1)]
            parts += [w, rng.choice(glue)]
        doc = _doc("".join(parts))
        size = len(doc.text)
        for _ in range(40):
            start = rng.randrange(0, size)
            end = rng.randrange(start, size + 1)
            assert by_hits(doc, start, end) == by_regex(doc, start, end), (doc.text, start, end)


def test_without_the_automaton_the_regex_scans_answer(monkeypatch) -> None:
    from extractors import organizations
    from extractors.titles import has_title

    monkeypatch.setattr(wordhits, "_automaton", lambda: None)
    doc = _doc(_SENTENCES[0])
    assert wordhits.hits(doc) is None
    assert has_title(doc, 0, len(doc.text))
    assert doc.text.index("Sở") in organizations._heads_in(doc, 0, len(doc.text))


@needs_automaton
def test_extraction_reads_heads_titles_and_triggers_from_the_word_hits() -> None:
    from pipeline.extract import extract
    from pipeline.records import Article

    ex = extract(Article(source="t", title="", path="t.txt", text=" ".join(_SENTENCES)))
    names = {o.name for o in ex.organizations}
    assert {"Sở Y tế Nghệ An", "Trường Đại học Y Hà Nội", "Tổ chức Y tế Thế giới", "Trường THCS Lê Lợi"} <= names
    assert ("Nguyễn Văn Hùng", "Giám đốc", "Sở Y tế Nghệ An") in {(o.name, o.title, o.organization) for o in ex.officials}
    assert ("Công ty TNHH ABC", "Bệnh viện Chợ Rẫy", "donation") in {(c.source, c.target, c.kind) for c in ex.cooperations}
    assert {(2.0, "bác sĩ"), (3.0, "điều dưỡng")} <= {(f.value, f.unit) for f in ex.figures}


def test_honorific_run_matches_what_the_plain_alternation_matched() -> None:
    """`people._HONORIFIC_WORDS`, written as first-letter branches, finds the run of
    honorifics before a name where the plain alternation did, with the same span."""
    import re

    from extractors import people

    alts = people._HONORIFIC_ALTS
    old = re.compile(r"(?<![^\W\d_])(?:(?:" + alts + r")(?:[.,]?\s*|\.))+$", re.IGNORECASE)
    words = ["ông", "Bà", "ANH", "PGS.TS.", "ThS.BS", "BSCKII", "bác sĩ chuyên khoa II", "Đại úy",
             "thượng uý", "Thầy thuốc Nhân dân", "đ/c", "GS.TSKH", "Nhà giáo ưu tú", "xã Đông", "Hà",
             "tỉnh", "Anh hùng lao động", "BS.CK1", "CKI", "BS"]
    rng = random.Random(7)
    for _ in range(3000):
        window = "".join(rng.choice(words) + rng.choice([" ", ". ", ", ", "", ".", "\n", "  "])
                         for _ in range(rng.randrange(1, 6)))
        for start in range(len(window)):
            a, b = old.search(window, start), people._HONORIFIC_WORDS.search(window, start)
            assert (a and a.span()) == (b and b.span()), (window, start)
    assert people._honorifics_before("Hôm qua, PGS.TS. Nguyễn Văn A", 17, 0) == (["PGS.TS."], 9)


def test_words_before_a_number_read_back_as_the_searches_found_them() -> None:
    """`figures._tail_words` gives the groups and start of `_PREV3_RE`, `_PREV2_RE` and
    `_PREV_WORD_RE` searched in a window (letters, hyphens, spaces, digits, signs)."""
    from extractors.figures import _PREV2_RE, _PREV3_RE, _PREV_WORD_RE, _tail_words

    rng = random.Random(9)
    alphabet = ["a", "b", "ệ", "Đ", "-", "-", " ", " ", "  ", "\n", "1", "_", ".", ",", "²", "ǅ", "\t", "\u00a0"]
    for _ in range(20000):
        window = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        for n, rx in ((3, _PREV3_RE), (2, _PREV2_RE), (1, _PREV_WORD_RE)):
            m = rx.search(window)
            assert _tail_words(window, n) == ((list(m.groups()), m.start(1)) if m else None), (window, n)
    assert _tail_words("theo số liệu của khoa xét nghiệm ", 2) == (["xét", "nghiệm"], 22)
