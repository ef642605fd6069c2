"""Knowledge base -> spaCy DocBin: silver-standard training data.

People who want to train or evaluate a statistical NER model on Vietnamese
health news get every document with its entity spans as a spaCy corpus
(`doc.ents` without overlaps, and every span in `doc.spans["ytekb"]`). Uses a
blank Vietnamese pipeline with plain whitespace tokenisation: no model download.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

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


def blank_nlp() -> spacy.language.Language:
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def iter_docs(db: sqlite_utils.Database, nlp: spacy.language.Language) -> Iterator[Doc]:
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for doc_id, start, end, kind in db.execute(_SPANS):
        spans.setdefault(doc_id, []).append((start, end, LABELS[kind]))
    for doc_id, key, text in db.execute("SELECT id, key, text FROM documents ORDER BY id"):
        doc = nlp.make_doc(text)
        doc.user_data["ytekb_key"] = key
        found: list[Span] = []
        for start, end, label in sorted(spans.get(doc_id, [])):
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
