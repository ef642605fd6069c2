"""extractors.tokens and the fast scans built on it: each returns exactly what the plain
form returns (the speed changes must not change a single extracted fact)."""
from __future__ import annotations

import re
from pathlib import Path

from extractors.doc import Doc
from extractors.lexicon import alternation
from extractors.places import PlaceHit, _table, find_places, level_name
from extractors.textnorm import match_text, normalise
from extractors.titles import has_title, title_start_re, titles
from extractors.tokens import Word, word_at, word_start_alternation

ROOT = Path(__file__).resolve().parent


def _texts() -> list[str]:
    texts = [match_text(f.read_text(encoding="utf-8"))
             for f in sorted(ROOT.glob("data/heldout*/texts/*"))]
    assert len(texts) > 20
    return texts


def _spans(pattern: re.Pattern, texts: list[str]) -> list:
    return [[(m.span(), m.groups()) for m in pattern.finditer(t)] for t in texts]


def test_word_start_alternation_finds_what_the_lookbehind_form_finds():
    texts = [t.lower() for t in _texts()] + ["xsở y tế, bộ y tế; ban bí thư bộ"]
    names = sorted({t.lower() for t in titles()}) + ["bộ", "ban", "ban bí thư", "sở"]
    plain = re.compile(r"(?<![^\W\d_])(?:" + alternation(names) + r")(?![^\W\d_])")
    fast = re.compile(word_start_alternation(names) + r"(?![^\W\d_])")
    assert _spans(fast, texts) == _spans(plain, texts)
    assert fast.search("xsở y tế") is None   # inside a word: no match


def test_word_start_alternation_with_spaces_and_one_letter_words():
    names = ["Tổ chức Y tế Thế giới", "Quỹ Nhi đồng Liên Hợp Quốc", "A B C"]
    rx = re.compile("(" + word_start_alternation(names, space=r"\s+") + ")")
    assert rx.search("theo Tổ chức  Y tế\nThế giới").group(1) == "Tổ chức  Y tế\nThế giới"
    assert rx.search("xA B C") is None and rx.search(" A B C").start() == 1


def test_word_at_reads_words_spaces_and_limits():
    text = "Ông  Nguyễn Văn A, GS.TS. Trần B.\nSở Y tế"
    w = word_at(text, 3)
    assert w == Word("Nguyễn", 5, 11) and w.is_cap and w.is_alpha
    assert word_at(text, 3, 5) is None                 # only spaces before the limit
    assert word_at(text, 17).text == ","
    assert word_at(text, 18).text == "GS.TS."           # an abbreviation keeps its dot
    assert word_at(text, 31).text == "B"                # a sentence's dot does not
    assert word_at(text, text.index("\n")) is None      # a line break ends the scan
    assert hash(w) == hash(Word("Nguyễn", 5, 11)) and w != ("Nguyễn", 5, 11)


def capital_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceHit]:
    """The plain reading `find_places` speeds up: at each capital letter after the last
    name, the case-folding pattern's match there, named by the longer name lower-case
    words before it complete ("thành phố Huế": the city Huế)."""
    pattern, names = _table()
    end = len(text) if end is None else min(end, len(text))
    out, pos = [], start
    for i in range(start, end):
        m = pattern.match(text, i, end) if i >= pos and text[i].isupper() else None
        if m:
            out.append(PlaceHit(i, m.end(1), *names[level_name(text, i, m.end(1)) or m.group(1).lower()]))
            pos = m.end(1)
    return out


def test_title_gate_and_find_places_agree_with_the_case_folding_scans():
    for text in _texts() + ["GIÁM ĐỐC SỞ Y TẾ HÀ NỘI", "Thı trưởng", "hà nội, Hà Nội và TP.HCM"]:
        doc = normalise(Doc(text=text))
        for start in range(0, len(text), 97):
            end = min(len(text), start + 211)
            assert has_title(doc, start, end) == bool(title_start_re().search(doc.match, start, end))
        assert find_places(doc.match) == capital_places(doc.match)
