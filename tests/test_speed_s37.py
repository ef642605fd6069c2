"""Session 37 speed edits: what the first documents build to last is frozen out of the
cyclic collector's reach, and extraction answers as before."""
from __future__ import annotations

import gc

import pytest

from pipeline import extract as stage
from pipeline.records import Article

ARTICLE = Article(source="test", title="", path="t.txt",
                  text="Ngày 3/4, Sở Y tế tỉnh Nghệ An phối hợp với Bệnh viện Bạch Mai khám cho 200 người.")


def test_the_first_document_freezes_what_it_built(monkeypatch) -> None:
    """After the first document extracted in a process, the lexicons and patterns it built sit in
    the permanent generation (full collections no longer walk them); the facts are the same."""
    before = stage.extract(ARTICLE)
    monkeypatch.setattr(stage, "_first_use_frozen", stage._FirstUseFrozen())
    gc.unfreeze()
    try:
        after = stage.extract(ARTICLE)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert after.organizations == before.organizations and after.dates == before.dates
    assert [o.name for o in after.organizations] == ["Sở Y tế Nghệ An", "Bệnh viện Bạch Mai"]


def test_later_freezes_follow_the_schedule(monkeypatch) -> None:
    """Frozen (after a collection) at the 1st, 8th and 64th document, not at every one."""
    frozen = stage._FirstUseFrozen()
    calls: list[object] = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(frozen._done))
    for _ in range(100):
        frozen.count()
    assert calls == ["collect", 1, "collect", 8, "collect", 64]


def test_lower_usable_answers_the_old_expression_with_one_test_per_letter_set() -> None:
    """The key and test of a letter set are made once; the answer is the old one: `doc.lower`
    stands for the matching text only where none of the odd letters is written."""
    from extractors import REGISTRY
    from extractors.doc import Doc
    from extractors.lexicon import _USABLE_TESTS, lower_usable

    plain = REGISTRY["textnorm"][0](Doc(text="Sở Y tế tỉnh Hà Tĩnh làm việc với Bệnh viện Bạch Mai."))
    dotless = REGISTRY["textnorm"][0](Doc(text="Trung tâm Y tế huyện Kỳ Anh nhận quà từ Istanbul (Türkiye, ıstanbul)."))
    for odd in (frozenset("ıſ"), frozenset("ı"), frozenset("ſ")):
        for doc in (plain, dotless):
            assert lower_usable(doc, odd) == (not any(c in doc.lower for c in odd))
        assert _USABLE_TESTS[odd][0] == "lower_usable:" + "".join(sorted(odd))
    assert not lower_usable(dotless, frozenset("ı")) and lower_usable(dotless, frozenset("ſ"))
    assert lower_usable(plain, frozenset("ıſ"))


def test_word_hits_list_every_length_at_a_start_longest_first() -> None:
    """Where heads of several lengths start at one place ("Ủy ban", "Ủy ban nhân dân"), the
    document's word hits give every length, longest first; starts ascend, one length alone
    stays a one-length tuple (shared: session 40)."""
    pytest.importorskip("ahocorasick")   # the automaton wordhits builds needs pyahocorasick
    from extractors import REGISTRY, wordhits
    from extractors.doc import Doc

    text = "Hôm qua, Ủy ban nhân dân huyện Quỳnh Lưu và Bệnh viện Đa khoa tỉnh Nghệ An ký kết hợp tác."
    doc = REGISTRY["textnorm"][0](Doc(text=text))
    starts, sizes = wordhits.hits(doc)["heads"]
    assert starts == sorted(starts) and all(list(s) == sorted(s, reverse=True) for s in sizes)
    assert sizes[starts.index(text.index("Ủy ban"))] == (len("Ủy ban nhân dân"), len("Ủy ban"))
    assert sizes[starts.index(text.index("Bệnh viện"))][-1] == len("Bệnh viện")
