"""A person named again by the given name alone, then given a post: "Ông Nhật là trưởng
trạm y tế xã Triệu Độ", "ông Trang được phân công làm Phó giám đốc Trung tâm …".

The press names a person in full once ("ông Nguyễn Văn Nhật, 48 tuổi, …") and later by
the last syllable with "ông"/"bà"; the post is often stated only then. VietNews health
articles: ~25 "ông/bà X là|làm|giữ chức <title>" lines. The mention is read as the one
full name of the article that ends in that syllable; with none or two, nothing is read.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .doc import Doc
from .people import find_people
from .tokens import UPPER, sentences_holding

# the first letter tested alone first: the scan skips every other position on one class test
_SHORT = re.compile(r"[ÔôBb](?<![^\W\d_].)(?:(?<=[Ôô])ng|(?<=[Bb])à)\s+(" + UPPER + r"[^\W\d_]*)\s*,?\s+"
                    r"(?:(?:hiện|đang|vẫn|từng|hiện nay)\s+)*"
                    r"(?:là|làm|giữ chức(?: vụ)?|được phân công(?: làm| giữ chức(?: vụ)?)?|"
                    r"được bổ nhiệm(?: làm| giữ chức(?: vụ)?)?)\s+")


# a relative written before "ông X": the sentence is about that relative
_KIN = re.compile(r"(?<![^\W\d_])(?:vợ|chồng|con|con trai|con gái|em|anh|chị|mẹ|bố|cha|cháu)\s+$", re.IGNORECASE)


@dataclass
class ShortMention:
    name: str          # the full name it stands for
    start: int         # the given name as written
    end: int
    role_pos: int      # where the post's title may start
    sentence_end: int


def short_mentions(doc: Doc) -> Iterator[ShortMention]:
    """Every "ông/bà X là <…>" whose X ends exactly one full name of the article."""
    if _SHORT.search(doc.match) is None:
        return   # one scan of the article first: most have no such mention
    hits = [(s, m) for s in doc.sentences for m in _SHORT.finditer(doc.match, s.start, s.end)]
    if not hits:
        return
    full = _full_names(doc, {m.group(1) for _, m in hits})
    for s, m in hits:
        if _KIN.search(doc.match, max(s.start, m.start() - 12), m.start()):
            continue   # "vợ ông Hóa được bổ nhiệm làm …": the post is the wife's
        given = m.group(1)
        names = {n for n in full if n.endswith(" " + given)}
        if len(names) == 1:
            yield ShortMention(names.pop(), m.start(1), m.end(1), m.end(), s.end)


def _full_names(doc: Doc, givens: set[str]) -> set[str]:
    """The article's personal names of three or more syllables, read only in the sentences
    that write one of `givens`: a name's last word is always a word of its own sentence, so
    the others hold none that ends in one (and one long document stays linear)."""
    return {p.name for s in _sentences_writing(doc, givens)
            for p in find_people(doc, s.start, s.end) if len(p.name.split()) >= 3}


def _sentences_writing(doc: Doc, words: set[str]) -> list:
    """The sentences that hold one of `words` whole, in text order (each word found
    with str.find over the article, not sentence by sentence)."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    picked = {i for word in words for i in sentences_holding(doc.match, word, sentences, starts)}
    return [sentences[i] for i in sorted(picked)]
