"""Session 40 speed work (speedb): the same answers, less work."""
from __future__ import annotations

import pytest

from extractors import wordhits
from extractors.coop_ends import holds
from extractors.doc import Doc
from extractors.textnorm import normalise

needs_automaton = pytest.mark.skipif(not wordhits.available(), reason="pyahocorasick not installed")


def test_holds_reads_only_between_its_bounds() -> None:
    text = "Sở Y tế tỉnh đã phối hợp với bệnh viện này trong đợt khám."
    cut = text.index("bệnh viện")
    assert not holds(text, 0, cut, ("bệnh viện",))
    assert holds(text, 0, cut + len("bệnh viện"), ("bệnh viện",))
    assert not holds(text, cut + 1, len(text), ("bệnh viện", "phối hợp"))
    assert holds(text, 0, len(text), ("ký kết", "này"))   # the second word of the tuple
    assert not holds(text, 0, len(text), ())


@needs_automaton
def test_word_hits_give_each_start_its_lengths_as_a_tuple() -> None:
    text = "Bệnh viện Đa khoa tỉnh và Bệnh viện Nhi tỉnh cùng khám cho người dân."
    doc = normalise(Doc(text=text))
    starts, sizes = wordhits.hits(doc)["heads"]
    first, second = text.index("Bệnh viện"), text.rindex("Bệnh viện")
    assert sizes[starts.index(first)] == sizes[starts.index(second)] == (len("Bệnh viện"),)
    assert wordhits.hits(doc) is wordhits.hits(doc)   # computed once a document


@needs_automaton
def test_word_hits_none_when_lower_casing_changes_the_length() -> None:
    # "İ" lower-cases to two characters: the lower-cased text cannot stand for the matching one
    doc = normalise(Doc(text="Bác sĩ İbrahim, Giám đốc Bệnh viện Nhi tỉnh, đến thăm."))
    assert doc.lower is doc.match
    assert wordhits.hits(doc) is None
    assert wordhits.hits(doc) is None   # the answer is kept, asked again


def test_titled_sentences_answer_as_has_title_does(monkeypatch) -> None:
    from extractors.titles import has_title, titled_sentences

    text = ("Sáng nay, Giám đốc Sở Y tế tỉnh đã làm việc với bệnh viện. Đoàn kiểm tra ghi nhận nhiều tiến bộ. "
            "Ông Nguyễn Văn An, Phó Chủ tịch UBND huyện, dự buổi làm việc. Người dân rất vui.")
    doc = normalise(Doc(text=text))
    from extractors import REGISTRY
    doc = REGISTRY["sentences"][0](doc)
    expected = [has_title(doc, s.start, s.end) for s in doc.sentences]
    assert expected == [True, False, True, False]
    assert titled_sentences(doc) == expected
    monkeypatch.setattr(wordhits, "hits", lambda doc: None)   # without the word hits: the regex test
    assert titled_sentences(doc) == expected


def test_paren_spans_start_at_the_first_bracket() -> None:
    from extractors.coop_rules import paren_spans

    text = "Bệnh viện A) phối hợp với Trung tâm B (thuộc Sở Y tế (tỉnh C)) và D (mới"
    assert paren_spans(text, 0, text.index(" và")) == [(text.index("("), text.rindex(")"))]
    assert paren_spans(text, 0, len(text)) == [(text.index("("), text.rindex(")")), (text.rindex("("), len(text))]
    assert paren_spans(text, 0, text.index("(")) == []   # a closing bracket alone is no aside


@needs_automaton
def test_word_hit_finditer_answers_as_the_scan_between_any_bounds() -> None:
    from extractors.coop_cues import CUE_RE

    text = "Bệnh viện A hỗ trợ Trung tâm B; Sở Y tế phối hợp với Bệnh viện C và hỗ trợ xã D."
    doc = normalise(Doc(text=text))
    found = wordhits.hits(doc)["cues"]
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 5):
            assert [m.span() for m in wordhits.finditer(CUE_RE, doc.match, found, start, end)] == \
                [m.span() for m in CUE_RE.finditer(doc.match, start, end)], (start, end)


def test_lower_usable_false_before_and_without_a_same_length_lower_text() -> None:
    from extractors.lexicon import lower_usable

    raw = Doc(text="Sở Y tế tỉnh làm việc với bệnh viện.")   # not normalised: no lower-cased text yet
    assert not lower_usable(raw, frozenset())
    assert lower_usable(normalise(Doc(text=raw.text)), frozenset())
    assert not lower_usable(normalise(Doc(text="Bác sĩ İbrahim làm việc với bệnh viện.")), frozenset())


def test_short_mentions_read_only_the_sentences_a_hit_starts_in(monkeypatch) -> None:
    from extractors import REGISTRY
    from extractors.short_names import short_mentions

    text = ("Ông Trần Văn Bình, 52 tuổi, đã nhận quyết định. Buổi lễ diễn ra tại hội trường. "
            "Ông Bình là Giám đốc Trung tâm Y tế huyện từ năm ngoái.")
    doc = REGISTRY["sentences"][0](normalise(Doc(text=text)))
    read = [(m.name, m.start) for m in short_mentions(doc)]
    assert read == [("Trần Văn Bình", text.rindex("Bình"))]
    monkeypatch.setattr(wordhits, "hits", lambda doc: None)   # the plain scan of every sentence
    assert [(m.name, m.start) for m in short_mentions(doc)] == read
