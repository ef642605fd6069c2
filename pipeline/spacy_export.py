"""Knowledge base -> spaCy DocBin: silver-standard training data.

People who want to train or evaluate a statistical NER model on Vietnamese
health news get every document with its entity spans as a spaCy corpus
(`doc.ents` without overlaps, and every span in `doc.spans["ytekb"]`). Uses a
blank Vietnamese pipeline (no model download) with words split from punctuation
("Mai," is "Mai" and ","; codes such as "39-NQ/TW", "12/3/2024" and "1.200" stay
whole), so a span stops at word boundaries: a fact's span is trimmed of
surrounding spaces and punctuation, then widened to whole words.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import re

import spacy
import sqlite_utils
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

LABELS = {
    "organization": "ORG", "person": "PER", "date": "DATE", "legal": "LAW", "figure": "QUANTITY",
}

_SPANS = """
SELECT document_id, start, "end", CASE kind WHEN 'person' THEN 'person' ELSE 'organization' END
  FROM mentions
UNION ALL SELECT document_id, start, "end", 'date' FROM dates
UNION ALL SELECT document_id, start, "end", 'legal' FROM legal_documents
UNION ALL SELECT document_id, start, "end", 'figure' FROM figures
"""


# a word, a number or a code with inner . / - (39-NQ/TW, 12/3/2024, 1.200, TP.HCM), else
# one punctuation mark
_TOKEN = re.compile(r"\w+(?:[./\-–]\w+)*|[^\w\s]")
_TRIM = " \t\r\n,.;:!?()[]{}\"'“”‘’«»–-…/"


def blank_nlp() -> spacy.language.Language:
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def make_doc(nlp: spacy.language.Language, text: str) -> Doc:
    """`text` as words and punctuation marks; the Doc's text is `text` itself."""
    words, spaces = [], []
    found = list(_TOKEN.finditer(text))
    for i, m in enumerate(found):
        words.append(m.group())
        nxt = found[i + 1].start() if i + 1 < len(found) else len(text)
        gap = text[m.end():nxt]
        spaces.append(gap == " ")
        if gap and gap != " ":   # other white space becomes a token, so offsets stay exact
            words.append(gap[1:] if gap.startswith(" ") else gap)
            spaces.append(False)
            if gap.startswith(" "):
                spaces[-2] = True
    if found and found[0].start() > 0:
        words.insert(0, text[:found[0].start()])
        spaces.insert(0, False)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding white space and punctuation."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def iter_docs(db: sqlite_utils.Database, nlp: spacy.language.Language) -> Iterator[Doc]:
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for doc_id, start, end, kind in db.execute(_SPANS):
        spans.setdefault(doc_id, []).append((start, end, LABELS[kind]))
    for doc_id, key, text in db.execute("SELECT id, key, text FROM documents ORDER BY id"):
        doc = make_doc(nlp, text)
        doc.user_data["ytekb_key"] = key
        found: list[Span] = []
        for start, end, label in sorted(spans.get(doc_id, [])):
            start, end = trimmed(text, start, end)
            if start >= end:
                continue
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                found.append(span)
        doc.spans["ytekb"] = found
        doc.ents = filter_spans(found)
        yield doc


def export_docbin(db: sqlite_utils.Database, out: Path,
                  tick: Callable[[], None] | None = None) -> tuple[int, int]:
    """Write a .spacy file; return (documents, spans). `tick()` after each document."""
    nlp = blank_nlp()
    bin_ = DocBin(store_user_data=True)
    docs = spans = 0
    for doc in iter_docs(db, nlp):
        bin_.add(doc)
        docs += 1
        spans += len(doc.spans["ytekb"])
        if tick:
            tick()
    out.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    return docs, spans
