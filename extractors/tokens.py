"""Word scanning over the matching text, with Vietnamese-aware word shapes.

Organisation and official extractors walk the text word by word from a
position; these helpers keep that walking consistent (abbreviations such as
"TP.HCM" or "GD&ĐT" are one word; punctuation is its own token).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from . import gazetteer
from .lexicon import alternation
from .lazy import lazy_compile

# an upper-case letter, Vietnamese ones included ("[A-ZĐÀ-Ỹ]" would also take "đ", "ư", "ả"…)
UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha()) + "]"
WORD = re.compile(r"[^\W_]+(?:[.&'][^\W_]+)*\.?|[^\s\w]", re.UNICODE)
_SPACE = re.compile(r"[ \t]*")
# spaces, then a word (neither part can take the other's characters, so no backtracking)
_WORD_AT = re.compile(r"[ \t]*(" + WORD.pattern + ")")


class Word:
    """One word of the matching text (a plain slotted class: the walkers make tens of
    thousands of them per megabyte, and a frozen dataclass is twice as slow to build).
    Its first letter's case and kind are set once when it is built: they are read about
    twice per word (as properties they cost a call each time)."""

    __slots__ = ("text", "start", "end", "is_cap", "is_alpha")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_alpha = first.isalpha()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Word(text={self.text!r}, start={self.start!r}, end={self.end!r})"

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")


def word_start_alternation(names, space: str | None = None, not_after: str = r"[^\W\d_]",
                           fold_rest: bool = False) -> str:
    """`(?<!NOT_AFTER)(?:alternation(names))`, the same matches, written so that a search
    runs fast: the word-start test comes after each name's first letter, so the pattern
    opens with a set of letters the regex engine scans for in C instead of trying the
    whole pattern at every position. Case-sensitive patterns only (with IGNORECASE the
    engine cannot use the set); `fold_rest`: every letter after a name's first is matched
    in any case ("Tổ chức y tế Thế Giới" for "Tổ chức Y tế thế giới"), the first as written."""
    by_first: dict[str, list[str]] = {}
    for n in dict.fromkeys(names):
        by_first.setdefault(n[:1], []).append(n[1:])
    if "" in by_first or space is not None and any(r[:1] == " " for rests in by_first.values() for r in rests):
        if fold_rest:
            raise ValueError("fold_rest needs names of two letters or more")
        return f"(?<!{not_after})(?:" + alternation(names, space=space) + ")"   # an empty or one-letter word
    branches = []
    for first, rests in by_first.items():
        longer = [r for r in rests if r]
        body = re.escape(first) + f"(?<!{not_after}.)"
        if longer:
            body += ("(?i:" if fold_rest else "(?:") + alternation(longer, space=space, ignorecase=fold_rest) + ")" \
                + ("?" if "" in rests else "")
        branches.append(body)
    return "(?:" + "|".join(branches) + ")"


# (text, {(pos, limit): word}) for the last text word_at read; replaced as one tuple, so
# a thread that finds its own text here uses that text's table (crawl threads extract too)
_memo: tuple[str | None, dict[tuple[int, int | None], Word | None]] = (None, {})

_UNREAD = object()   # no table entry yet (None is an entry: no word there)


def word_at(text: str, pos: int, limit: int | None = None) -> Word | None:
    """The word starting at `pos` after optional spaces (None at line end or limit).

    Memoised for the last text asked about: the walkers read the same word from the
    same place several times (about 40% of calls on press text). Callers never change
    a Word, so sharing one is safe."""
    global _memo
    memo = _memo
    if memo[0] is not text:
        memo = _memo = (text, {})
    table = memo[1]
    key = (pos, limit)
    # .get, not try/except KeyError: most calls miss, and raising a KeyError costs more
    # than the lookup (it was a tenth of word_at's instructions)
    w = table.get(key, _UNREAD)
    if w is _UNREAD:
        w = table[key] = _read_word(text, pos, limit)
    return w


def _read_word(text: str, pos: int, limit: int | None) -> Word | None:
    m = _WORD_AT.match(text, pos, len(text) if limit is None else limit)
    if m is None:   # only spaces up to the limit or a line break
        return None
    start, end = m.span(1)
    # a trailing dot belongs to the word only for abbreviations ("TS.", "TP."), not sentence ends
    if text[end - 1] == "." and end - start > 1:
        tok = m.group(1)
        if not _is_abbrev(tok):
            return Word(tok[:-1], start, end - 1)
        return Word(tok, start, end)
    return Word(m.group(1), start, end)


def _is_abbrev(tok: str) -> bool:
    core = tok.rstrip(".")
    return "." in core or (len(core) <= 5 and sum(c.isupper() for c in core) >= 2) or core in {
        "TS", "BS", "GS", "TP", "Q", "H", "P", "ThS", "CN", "KS", "DS"}


def words(text: str, start: int, end: int) -> list[Word]:
    out = []
    pos = start
    while pos < end:
        w = word_at(text, pos, end)
        if w is None:
            nxt = text.find("\n", pos, end)
            if nxt < 0:
                break
            pos = nxt + 1
            continue
        out.append(w)
        pos = w.end
    return out


# Ê Đê men's names open with "Y" ("Y Thăng Mlô"): two more capitalised syllables, not "Y Dược"
_EDE_NAME = lazy_compile(r" (?!(?:Dược|Tế|Khoa|Học|Hà Nội)\b)[A-ZĐÀ-Ỹ][^\W\d_]*(?: [A-ZĐÀ-Ỹ][^\W\d_]*)+")
# Ê Đê, Jrai and K'Ho names open with a prefixed syllable: H'Lim Niê, K'Nhé
_PREFIXED = re.compile(r"^[HK]['’][A-ZĐÀ-Ỹ][^\W\d_]*$")


@cache
def surnames() -> frozenset[str]:
    """Surnames that cannot also be a sentence-opening word or an honorific ("Ông")."""
    return frozenset(gazetteer.surnames()) - name_stopwords()


@cache
def name_stopwords() -> frozenset[str]:
    getter = getattr(gazetteer, "given_name_stopwords", None)
    return frozenset(getter()) if getter else frozenset()


def person_at(text: str, pos: int, limit: int | None = None) -> tuple[int, str] | None:
    """A Vietnamese personal name starting at `pos`: known surname + 1-4 capitalised syllables."""
    first = word_at(text, pos, limit)
    if first is None or first.start != _SPACE.match(text, pos).end() or not first.is_cap:
        return None
    if first.text not in surnames() and not _PREFIXED.match(first.text) and \
            not (first.text == "Y" and _EDE_NAME.match(text, first.end)):
        return None
    parts = [first]
    cur = first.end
    while len(parts) < 5:
        w = word_at(text, cur, limit)
        if (w is None or w.start != cur + 1 or not w.is_cap or not w.is_alpha
                or w.text != w.bare or "." in w.text or w.text.isupper() and len(w.text) > 1
                or w.text in name_stopwords() or w.text in TITLE_STARTS
                or starts_title(text, w.start)):
            break
        parts.append(w)
        cur = w.end
    if len(parts) < 2:
        return None
    return parts[-1].end, " ".join(p.text for p in parts)


# Words that begin a title or organisation and so end a personal name. Single
# words here are never given names; multi-word starts are checked as phrases
# because "Trung", "Khoa" or "Công" alone are common given names.
TITLE_STARTS = frozenset({
    "Sở", "Bộ", "Cục", "Vụ", "Viện", "Ban", "UBND", "HĐND", "BV", "BVĐK", "TTYT", "BHXH",
    "SYT", "Ông", "Bà", "Các", "Những", "Tại", "Theo", "Trong", "Với", "Về", "Cùng", "Phó",
    "Quyền", "Chánh",
})
_MULTI_START = lazy_compile(
    r"(?:Giám đốc|Chủ tịch|Bí thư|Trưởng (?:ban|Ban|phòng|Phòng|khoa|Khoa|đoàn|trạm)|Thứ trưởng|"
    r"Bộ trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Tổng [Gg]iám đốc|Ủy viên|Tỉnh ủy|Thành ủy|"
    r"Bệnh viện|Trung tâm|Trường Đại học|Đại học|Hiệu trưởng|Tiến sĩ|Thạc sĩ|Bác sĩ|Giáo sư|"
    r"Dược sĩ|Điều dưỡng|Thành phố|Công ty|Tập đoàn|Học viện|Phòng khám|Trạm Y tế|Chủ nhiệm|Phụ trách|"
    r"Nguyên (?:Giám đốc|Phó|Chủ tịch|Bí thư|Trưởng|Thứ trưởng|Bộ trưởng|Cục trưởng|Vụ trưởng)|"
    r"Đại biểu|Đại tá|Thiếu tướng|Trung tướng|Thượng tá|Tỉnh|Huyện ủy|Đảng ủy)(?![^\W\d_])")


def starts_title(text: str, pos: int) -> bool:
    return bool(_MULTI_START.match(text, pos))


# one Vietnamese syllable, tone marks removed: initial consonant, vowel nucleus, final
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                       r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@lru_cache(maxsize=8192)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether `word` can be one Vietnamese syllable ("Nguyễn", "Khuê": yes;
    "James", "Morrison", "Australia": no), to tell foreign names from ours."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in _TONES)
    return bool(_SYLLABLE.fullmatch(unicodedata.normalize("NFC", bare)))


def occurrences(text: str, word: str) -> Iterator[int]:
    """Every start of `word` in `text`, overlapping ones too (str.find: no regex, no slicing)."""
    pos = text.find(word)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + 1)


def sentences_holding(text: str, word: str, sentences: Sequence, starts: list[int]) -> Iterator[int]:
    """The index of every sentence a whole occurrence of `word` lies in, once each and in
    order (`starts`: the sentences' starts, ascending). One pass over the document, not
    one per sentence; after an occurrence the search goes on from the next sentence's
    start, so a common word ("chỉ", "quy") costs one look-up per sentence holding it,
    not one per occurrence."""
    size, last = len(word), len(starts) - 1
    pos = text.find(word)
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos + size <= sentences[i].end:
            yield i
        if i >= last:
            return
        pos = text.find(word, starts[i + 1])   # the rest of sentence i can add nothing
