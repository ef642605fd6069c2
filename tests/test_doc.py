"""extractors.doc: the shared per-document helpers components lean on for speed."""
from __future__ import annotations

import random

from extractors import sentences, textnorm
from extractors.doc import Doc, Organization


def _org(start: int, end: int) -> Organization:
    return Organization(sentence=0, start=start, end=end, extractor="t", version="1",
                        confidence=1.0, name=f"O{start}")


def test_starting_in_is_the_filter_it_replaces():
    rng = random.Random(3)
    doc = Doc(text="x" * 1000)
    orgs: list[Organization] = []
    for _ in range(300):
        s = rng.randrange(990)
        orgs.append(_org(s, s + rng.randrange(1, 10)))   # unsorted, with equal starts
        if rng.random() < 0.2:   # the list grows between questions
            a = rng.randrange(1000)
            b = a + rng.randrange(0, 200)
            assert doc.starting_in(orgs, a, b) == [o for o in orgs if a <= o.start < b]
    for _ in range(200):
        a = rng.randrange(-5, 1000)
        b = a + rng.randrange(-3, 300)
        assert doc.starting_in(orgs, a, b) == [o for o in orgs if a <= o.start < b]
    assert doc.starting_in([], 0, 10) == []


def test_derived_is_computed_once_per_text_and_sentences():
    doc = sentences.split_sentences(textnorm.normalise(Doc(text="Một câu. Hai câu.")))
    calls = []

    def count(d: Doc) -> int:
        calls.append(1)
        return len(d.sentences)

    assert doc.derived("n", count) == 2 and doc.derived("n", count) == 2
    assert len(calls) == 1
    doc = sentences.split_sentences(doc)      # a new sentence list: computed again
    assert doc.derived("n", count) == 2 and len(calls) == 2
    doc.match = doc.match.replace("Hai", "Ba ")   # a new matching text: again
    assert doc.derived("n", count) == 2 and len(calls) == 3
