"""Foreign personal names: "Scott Morrison", "Jean-Pierre Lacroix", "Hala Zayed".

No surname lexicon covers them, but their words are not Vietnamese syllables.
A run of two to four capitalised words, most of them impossible as Vietnamese
syllables, is a foreign name where a title or an address term says a person
is named there (the officials extractor decides where to look).
"""
from __future__ import annotations

import re

from .tokens import UPPER, is_vietnamese_syllable
from .lazy import lazy_compile

_WORD = UPPER + r"[^\W\d_]*(?:[-'’][^\W\d_]+)*"
# a lower-case particle inside the name: "Hilmi bin Yahya", "Noor Hisham binti Abdullah",
# "Ursula von der Leyen", "Mark van der Berg" (kept in the name, as the press writes it)
_PARTICLE = r"(?:(?:bin|binti|bte|von|van)(?:[ ]+(?:der|den))?[ ]+)?"
_RUN = lazy_compile(_WORD + r"(?:[ ]+" + _PARTICLE + _WORD + r"){1,3}")


def _foreign(word: str) -> bool:
    return any(not is_vietnamese_syllable(part) for part in re.split(r"[-'’]", word) if part)


# a compound first name spaced around its hyphen, as the press's tokenised text writes it:
# "Jean - Pierre Lacroix", "Jean - Marc Ayoubi", "Hans - Georg Maassen" (VietNews health: 10
# such names after "ông"/"bà"/a title; both halves foreign, so "Hà Nội - Hải Phòng" is none)
_SPACED_FIRST = lazy_compile("(" + _WORD + ") - (" + _WORD + ")")
_TAIL = lazy_compile(r"(?:[ ]+" + _WORD + r"){1,3}")


# a Korean given name's second syllable after a spaced hyphen, in lower case: "Park Neung - hoo",
# "Lee Nak - yon", "Kim Kang - lip" (VietNews: ~160 "Xx Yy - zz"), written as one word "Neung-hoo"
_SPACED_TAIL = re.compile(r" [-–] ([a-z]{1,6})(?![^\W\d_]|\s*[-–])")


def _words_at(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """The capitalised words of a run starting at pos, each with its end ("Jean-Pierre" one word)."""
    spaced = _SPACED_FIRST.match(text, pos, limit)
    if spaced and _foreign(spaced.group(1)) and _foreign(spaced.group(2)):
        tail = _TAIL.match(text, spaced.end(), limit)
        rest = [(w.group(0), spaced.end() + w.end()) for w in re.finditer(r"\S+", tail.group(0))] if tail else []
        return [(f"{spaced.group(1)}-{spaced.group(2)}", spaced.end())] + rest
    m = _RUN.match(text, pos, limit)
    words = [(w.group(0), pos + w.end()) for w in re.finditer(r"\S+", m.group(0))] if m else []
    tail = _SPACED_TAIL.match(text, words[-1][1], limit) if len(words) == 2 else None
    if tail is not None and any(_foreign(w) for w in (words[0][0], words[1][0], tail.group(1))):
        words[-1] = (f"{words[-1][0]}-{tail.group(1)}", tail.end())
    if len(words) >= 2 and (article := _ARTICLE_TAIL.match(text, words[-1][1], limit)) is not None:
        words.append((f"{article.group(1)}-{article.group(2)}", article.end()))   # "… al - Attiyah"
    elif len(words) >= 2 and words[-1][0] in _ARTICLES and (dash := _DASHED.match(text, words[-1][1], limit)):
        words[-1] = (f"{words[-1][0]}-{dash.group(1)}", dash.end())   # "… Al - Attiyah"
    return words


# an Arabic name's article joined by a spaced hyphen: "Khalid bin Mohammed al - Attiyah" (VietNews:
# the press's tokenised text spaces "al-Attiyah"), written back as one word
_ARTICLE_TAIL = lazy_compile(r" (al|el) [-–] (" + _WORD + ")")
_DASHED = lazy_compile(r" [-–] (" + _WORD + ")")


# the name's run closed by a separator before the post: "Theresa May, Thủ tướng Anh", "GS Chue
# Shue Lee - Chủ tịch …" (VietNews: ~160 such names after an address term or degree whose last word
# spells one of our syllables: Lee, Kim, Lim, Lam, May, Ho …)
# ("Prayuth Chan - ocha", "Prayut Chan - o - cha": a dash inside the name goes on with a foreign or
# hyphen-bound lower-case word, and closes nothing)
# (or the verb after it: "Thủ tướng Anh Theresa May cho biết")
_CLOSED = lazy_compile(r"\s*(?:,|[-–]\s+(?![^\W\d_]+\s*[-–])(?=[A-ZĐÀ-Ỹ]|(?P<word>[^\W\d_]+)))|"
                     r"[ ](?=(?:cho|nói|cũng|đã|đang|sẽ|vừa|khẳng|nhấn|tuyên|phát biểu|kêu gọi)[ ])")


def _closed(text: str, pos: int, limit: int) -> bool:
    m = _CLOSED.match(text, pos, limit)
    return m is not None and (m.group("word") is None or is_vietnamese_syllable(m.group("word")))


_PARTICLE_WORDS = frozenset({"bin", "binti", "bte", "von", "van", "der", "den"})
_ARTICLES = frozenset({"Al", "El"})


def _after_particle(words: list[tuple[str, int]]) -> bool:
    return len(words) >= 2 and words[-2][0] in _PARTICLE_WORDS


def foreign_name_at(text: str, pos: int, limit: int, closed: bool = False) -> tuple[int, str] | None:
    """(end, name) of a foreign personal name starting at pos, or None. closed: a run that a
    separator ends keeps its last words even when they spell syllables of ours."""
    words = _words_at(text, pos, limit)
    kept = closed and len(words) >= 2 and _closed(text, words[-1][1], limit) \
        and _foreign(words[0][0]) + _foreign(words[1][0]) > 0 and not any(w.isupper() for w, _ in words)
    # trailing words that are ours belong to what follows ("Scott Morrison Thăm …")
    # (a word after a particle is the name's: "von der Leyen"; an article ends none: "Mohamed Al - Attiyah")
    while words and (not kept and not _foreign(words[-1][0]) and not _after_particle(words)
                     or words[-1][0] in _PARTICLE_WORDS | _ARTICLES):
        words.pop()
    foreign = sum(_foreign(w) for w, _ in words)
    if len(words) < 2 or foreign * (3 if kept else 2) < len(words):
        return None
    if any(w.isupper() and len(w) > 1 for w, _ in words):
        return None   # acronyms ("WHO", "UNICEF") are no names
    return words[-1][1], " ".join(w for w, _ in words)
