"""Text helpers for answers: accent folding, source sentences and short summaries.

The KB stores every fact's character span in `documents.text` but not the
sentence spans, so the source sentence is recovered here with the extractors'
own splitter (on the paragraph holding the fact, which is all a sentence can
span): the sentence shown is the one the extractor saw.
"""
from __future__ import annotations

from functools import lru_cache

from extractors.sentences import split as split_sentences
from extractors.textnorm import match_text
from pipeline.resolve.keys import fold  # "Bạch  Mai!" -> "bach mai": accents, đ, case, punctuation

__all__ = ["clip", "contains_words", "fold", "fts_fold", "fts_phrase", "sentence_at",
           "sentence_span", "window"]


def contains_words(haystack_folded: str, needle_folded: str) -> bool:
    """Whole-word containment of one folded string in another."""
    if not needle_folded:
        return False
    return f" {needle_folded} " in f" {haystack_folded} "


def fts_fold(text: str) -> str:
    """The form `entity_names` indexes (unicode61 does not fold đ itself)."""
    return (text or "").replace("đ", "d").replace("Đ", "D")


def fts_phrase(text: str) -> str:
    """`text` as one quoted FTS5 phrase: every character is literal inside quotes."""
    return '"' + text.replace('"', '""') + '"'


def sentence_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the sentence of `text` that holds offset `start`."""
    start = max(0, min(start, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    for s, e in _line_spans(text[line_start:line_end]):
        if s + line_start <= start < e + line_start:
            return s + line_start, e + line_start
    return line_start, line_end


@lru_cache(maxsize=4096)
def _line_spans(line: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of one paragraph (cached: facts cluster in paragraphs)."""
    return tuple(split_sentences(match_text(line)))


def sentence_at(text: str, start: int, end: int | None = None) -> str:
    """The sentence of `text` that holds offset `start`."""
    s, e = sentence_span(text, start, end)
    return text[s:e].strip()


def clip(text: str, width: int) -> str:
    """`text` shortened to `width` characters at a word boundary, with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width - 1)
    return text[:cut if cut > width // 2 else width - 1].rstrip(" ,;:") + "…"


def window(text: str, start: int, end: int, before: int = 90, after: int = 40) -> str:
    """A short extract of one sentence around [start, end): the summary of an event
    or a figure, which the fact's own few words ("ngày 17-18/10/2024") are not."""
    s, e = sentence_span(text, start, end)
    lo = max(s, start - before)
    hi = min(e, end + after)
    if lo > s:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < e:
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    out = " ".join(text[lo:hi].split()).strip(" ,;:")
    return ("…" if lo > s else "") + out + ("…" if hi < e else "")
