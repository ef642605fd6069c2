"""Session 39 speed work: `organizations.find` calls a gated scanner only for the sentences that
spell its literals (`orgs.gates`: one literal pass per document, one bisect a group a sentence).
A gate must say "missing" exactly where the scanner's own `str.find(literal, start, end)` finds
nothing, and the bodies those scanners read are still read in whichever sentence holds them."""
from __future__ import annotations

from extractors import organizations
from extractors.orgs.gates import document_gates, spellings, unspelt
from pipeline.extract import extract
from pipeline.records import Article

_TEXT = "Sở Y tế (SYT) họp. Ban chỉ đạo phòng dịch họp; Phòng Y tế huyện báo cáo (số liệu) sau."
_TABLE = {"paren": ((("t", "("),),), "office": ((("t", "phòng"), ("t", "Phòng")),),
          "both": ((("t", "Ban "),), (("t", "họp"), ("t", "báo cáo"))),
          "lower": ((("l", "ban chỉ"),),)}


def test_unspelt_agrees_with_str_find_in_every_window() -> None:
    """For every window of the text, a scanner is gated off exactly when one of its groups has
    no literal `str.find` would find inside the window (overlapping and edge spellings too)."""
    texts = {"t": _TEXT, "l": _TEXT.lower()}
    absent, live = document_gates(texts, _TABLE, {})
    assert absent == frozenset()
    for start in range(len(_TEXT) + 1):
        for end in range(start, len(_TEXT) + 2):
            expected = {name for name, groups in _TABLE.items()
                        if any(all(texts[k].find(lit, start, end) < 0 for k, lit in literals) for literals in groups)}
            assert unspelt(absent, live, start, end) == expected, (start, end)


def test_document_gates_skip_what_the_document_never_spells() -> None:
    """A literal spelt nowhere (or a document-only need missing) drops the scanner for the whole
    document; a text the scanner does not read (None) gates nothing."""
    texts = {"t": _TEXT, "l": _TEXT.lower(), "L": None}
    absent, live = document_gates(texts, {"troops": ((("t", "Quân"),),), "aligned": ((("L", "ban"),),),
                                          "paren": ((("t", "("),),)},
                                  {"paren": ((("t", "BHXH"),),)})
    assert absent == {"troops", "paren"}
    assert unspelt(absent, live, 0, 5) == {"troops", "paren"}   # "aligned": never gated
    assert spellings(texts, (("t", "họp"),)) == ([_TEXT.index("họp"), _TEXT.rindex("họp")],
                                                 [_TEXT.index("họp") + 3, _TEXT.rindex("họp") + 3])


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(Article(source="t", title="", text=text)).organizations]


def test_gated_scanner_called_only_where_its_literal_is(monkeypatch) -> None:
    """`defined_names_in` opens with a find of "(": it is called for the sentence that writes one
    and not for the sentences before it; the body it reads there is kept."""
    seen = []
    real = organizations.defined_names_in

    def spy(doc, start, end):
        seen.append(doc.match[start:end])
        return real(doc, start, end)

    monkeypatch.setattr(organizations, "defined_names_in", spy)
    text = ("Chiều qua, đoàn công tác đã làm việc với lãnh đạo tỉnh. Buổi làm việc kéo dài hai giờ. "
            "Sau đó Viện vệ sinh dịch tễ (VSDT) đã báo cáo tình hình dịch.")
    names = _orgs(text)
    assert len(seen) == 1 and "(VSDT)" in seen[0]
    assert names == ["Viện vệ sinh dịch tễ"]


def test_bodies_read_in_any_sentence_of_the_document() -> None:
    """A district office, a ministry list and a bracketed name, each in a later sentence of its
    own, are read as before the gates."""
    names = _orgs("Sáng nay tỉnh tổ chức hội nghị. Đại diện phòng y tế huyện Cần Giờ đã phát biểu. "
                  "Đoàn công tác của các Bộ Y tế - Tài chính đã làm việc với tỉnh.")
    assert names == ["Phòng Y tế huyện Cần Giờ", "Bộ Y tế", "Bộ Tài chính"]


def test_word_gated_scanners_called_only_where_a_head_starts(monkeypatch) -> None:
    """`latin_named_in` tries its pattern only where "đại" or "tổ" starts a word: it is called for
    the sentence that writes one, and the foreign university there is read."""
    seen = []
    real = organizations.latin_named_in

    def spy(text, start, end, found=None):
        seen.append(text[start:end])
        return real(text, start, end, found)

    monkeypatch.setattr(organizations, "latin_named_in", spy)
    names = _orgs("Sáng nay tỉnh họp giao ban. Buổi họp kéo dài hai giờ. "
                  "Ông là giáo sư của đại học Harvard danh tiếng.")
    assert len(seen) == 1 and "đại học Harvard" in seen[0]
    assert names == ["Đại học Harvard"]


def test_word_starts_gate_like_their_lexicon() -> None:
    """A lexicon's starts gate a scanner to the windows holding one; none in the document drops it."""
    absent, live = document_gates({}, {}, {}, {"heads": [4, 20], "none": [], "plain": None})
    assert absent == {"none"}
    assert unspelt(absent, live, 0, 4) == {"none", "heads"}
    assert unspelt(absent, live, 0, 5) == {"none"}
    assert unspelt(absent, live, 5, 20) == {"none", "heads"}
    assert unspelt(absent, live, 5, 21) == {"none"}
