"""A person named again by the given name alone, then given a post: "Ông Nhật là trưởng
trạm y tế xã Triệu Độ", "ông Trang được phân công làm Phó giám đốc Trung tâm …".

The press names a person in full once ("ông Nguyễn Văn Nhật, 48 tuổi, …") and later by
the last syllable with "ông"/"bà"; the post is often stated only then. VietNews health
articles: ~25 "ông/bà X là|làm|giữ chức <title>" lines. The mention is read as the one
full name of the article that ends in that syllable; with none or two, nothing is read.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from . import wordhits
from .doc import Doc
from .lexicon import late_word_start
from .people import find_people
from .tokens import UPPER, sentences_holding

# (`late_word_start`: one branch per spelling, the word-start test after the second letter:
# a search scans for the first letters in C, and most "b" fail on the second)
SHORT_WORDS = ("Ông", "ông", "Bà", "bà")   # what every _SHORT match opens with (wordhits)
_SHORT = re.compile(late_word_start(SHORT_WORDS) + r"\s+(" + UPPER + r"[^\W\d_]*)\s*,?\s+"
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
    found = wordhits.hits(doc)   # (with it, the pattern is tried only where "ông"/"bà" starts a word)
    if found is None and _SHORT.search(doc.match) is None:
        return   # one scan of the article first: most have no such mention
    if found is None:
        hits = [(s, m) for s in doc.sentences for m in _SHORT.finditer(doc.match, s.start, s.end)]
    else:   # (only the sentences a hit starts in: a finditer for each sentence cost more than the rest)
        starts = found["honorifics"][0]
        hits = [(s, m) for s in doc.sentences
                if (i := bisect_left(starts, s.start)) < len(starts) and starts[i] < s.end
                for m in wordhits.finditer(_SHORT, doc.match, found["honorifics"], s.start, s.end)]
    if not hits:
        return
    # "vợ ông Hóa được bổ nhiệm làm …": the post is the wife's
    kept = [(s, m) for s, m in hits if not _KIN.search(doc.match, max(s.start, m.start() - 12), m.start())]
    starts = [s.start for s in doc.sentences]
    full = {given: _one_full_name(doc, given, starts) for given in dict.fromkeys(m.group(1) for _, m in kept)}
    for s, m in kept:
        if full[m.group(1)] is not None:
            yield ShortMention(full[m.group(1)], m.start(1), m.end(1), m.end(), s.end)


def _one_full_name(doc: Doc, given: str, starts: list[int]) -> str | None:
    """The article's one personal name of three or more syllables that ends in `given`
    (None with none or two). A name's last word is a word of its own sentence, so only
    the sentences that write `given` are read (`starts`: the sentences' starts), and the
    reading stops at a second name: a common given name in a long document costs a few
    sentences, not every one that writes it."""
    tail = " " + given
    found: set[str] = set()
    for i in sentences_holding(doc.match, given, doc.sentences, starts):   # each once, in order
        s = doc.sentences[i]
        found.update(p.name for p in find_people(doc, s.start, s.end)
                     if p.name.endswith(tail) and len(p.name.split()) >= 3)
        if len(found) > 1:
            return None
    return found.pop() if found else None
