"""Text helpers for answers: accent folding, source sentences and short summaries.

The KB stores every fact's character span in `documents.text` but not the
sentence spans, so the source sentence is recovered here with the extractors'
own splitter (on the paragraph holding the fact, which is all a sentence can
span): the sentence shown is the one the extractor saw.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.sentences import split as split_sentences
from extractors.textnorm import fix_syllable, match_text
from pipeline.resolve.keys import fold  # "Bạch  Mai!" -> "bach mai": accents, đ, case, punctuation

__all__ = ["accented", "clip", "contains_words", "fold", "fts_fold", "fts_phrase", "iy_twin", "sentence_at",
           "sentence_span", "tone_key", "tone_keys", "unaccented", "window", "word_key",
           "words"]

# A syllable of one of these onsets and a lone i or y is spelt either way in the press
# ("kỹ"/"kĩ", "lý"/"lí", "quý"/"quí", "mỹ"/"mĩ", "sỹ"/"sĩ", "tỷ"/"tỉ", "hy"/"hi"): search
# treats the two spellings as one word, with the tone kept ("kỹ" is not "kỳ").
_IY_SYLLABLE = re.compile(r"(h|k|l|m|s|t|v|qu)([iy])", re.IGNORECASE)


def iy_twin(word: str) -> str | None:
    """`word` spelt with the other of i/y ("kỹ" -> "kĩ", "ki" -> "ky"), or None when it
    is not a syllable of onset + i/y ("kia", "ty" is one; "y", "vinh" are not)."""
    nfd = unicodedata.normalize("NFD", word or "")
    base = "".join(ch for ch in nfd if not unicodedata.combining(ch))
    m = _IY_SYLLABLE.fullmatch(base)
    if not m:
        return None
    at = nfd.index(m.group(2), len(m.group(1)))   # the vowel (marks follow it)
    other = {"i": "y", "y": "i", "I": "Y", "Y": "I"}[nfd[at]]
    return unicodedata.normalize("NFC", nfd[:at] + other + nfd[at + 1:])


def accented(text: str) -> bool:
    """Whether `text` has a diacritic or đ: then its tones are meant (`ytekb search`)."""
    nfd = unicodedata.normalize("NFD", text or "")
    return "đ" in nfd.lower() or any(unicodedata.combining(ch) for ch in nfd)


def tone_key(word: str) -> str | None:
    """One word as an accented query means it, or None when it has no accent (nor đ)."""
    return word_key(word) if accented(word) else None


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """One word as a query typed with accents means it: lower case, the modern tone
    placement ("hoà" -> "hòa"), a lone y as i ("kỹ" -> "kĩ"); a plain word as typed.
    Cached: an accented lookup reads every name of its candidates (500 hospitals for
    "Bệnh viện"), and their words repeat ("Bệnh", "viện", "Nguyễn")."""
    low = unicodedata.normalize("NFC", word).lower()
    low = fix_syllable(low) if low.isalpha() else low
    twin = iy_twin(low)
    return twin if twin and "i" in unicodedata.normalize("NFD", twin) else low


_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of `text` (NFC)."""
    return _WORD.findall(unicodedata.normalize("NFC", text or ""))


def unaccented(text: str) -> str:
    """`text` without its diacritics and đ, case and punctuation kept ("Lê Thị Hoa" ->
    "Le Thi Hoa"): a query typed with accents as the accent-free one to offer."""
    nfd = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in nfd if not unicodedata.combining(c)))


def tone_keys(text: str) -> set[str]:
    """The `tone_key`s of the accented words of `text`."""
    return {k for w in words(text) if (k := tone_key(w))}


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


def slug(text: str) -> str:
    """A file name's part for a query: "Nghệ An" -> "nghe-an" (at most 60 characters)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "all"


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
