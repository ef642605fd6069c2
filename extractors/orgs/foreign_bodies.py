"""Bodies named by their field and closed by a country, a continent or the United Nations.

"Tòa án Tối cao Ấn Độ", "Liên minh châu Phi", "Uỷ ban Olympic Mỹ (USOC)", "Ủy ban Bảo vệ dữ liệu Anh",
"Cơ quan Mạng và an ninh Hàn Quốc", "Tổ chức Lương nông Liên Hiệp Quốc", "Liên minh Doanh nghiệp
châu Âu - ASEAN", "Phòng Thương mại Hà Lan - Việt Nam": the walker reads nothing at these heads
(a lower-case field, a foreign word, a head it does not know), so the whole body was lost or cut to
the acronym after its dash. The country (or continent, or "Liên Hợp Quốc") says where the name
ends; a second one joined by a dash belongs to it. Read only where the walker reads nothing at the
head, when no verb or clause word sits inside, and when the sentence does not go on with a noun
after the country ("Trung tâm Anh ngữ" is not read: "Anh" needs a field before it). A head and a country alone
("Tòa án Mỹ đã bác …") is that country's court, not a named body: a field or level word must come between.
"""
from __future__ import annotations

import re

from .. import wordhits
from ..doc import Doc
from ..lazy import lazy_compile
from ..lexicon import word_start_branches
from ..gazetteer import surnames
from ..places import country_at
from ..tokens import is_vietnamese_syllable
from .person_names import NOT_IN_NAMES
from .span import OrgSpan
from .truncated import CONTINENTS, VERBS

FOREIGN_HEADS = {"Tòa án": "agency", "Toà án": "agency", "Ủy ban": "agency", "Uỷ ban": "agency", "Cơ quan": "agency",
          "Tổ chức": "other", "Liên minh": "other", "Phòng Thương mại": "other", "Hiệp hội": "other",
          "Trường": "university"}
# one branch per first letter with the word-start test after it (`lexicon.word_start_branches`):
# a search scans for those letters in C instead of trying the look-behind at every position
_HEAD = lazy_compile(r"(" + word_start_branches([re.escape(h) for h in sorted(FOREIGN_HEADS, key=len, reverse=True)])
                     + r")(?![^\W\d_])")
_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?)")
# closers that are not countries: continents and the United Nations
_REGIONS = re.compile(r"(?:" + CONTINENTS + r"|Liên[ \t]+(?:[Hh]ợp|[Hh]iệp)[ \t]+[Qq]uốc|ASEAN)(?![^\W\d_])")
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
# a school's field for "Trường" (its own word is also a given name and a place: "Trường Sa", "Trường Giang")
_SCHOOL_FIELDS = frozenset({"Y", "Đại", "Nha", "Dược", "Luật", "Kinh", "Sản", "Thú", "Nghiên", "Khoa", "Chính",
                            "Quốc", "Y khoa"})
_INSIDE_OK = frozenset({"và", "về"})
# the sentence going on after the name: a time or an adverb
_GOES_WITH = frozenset({"hôm", "sáng", "chiều", "tối", "trưa", "đêm", "mới", "gần", "không", "chưa", "còn", "luôn",
                        "từng", "nhằm", "ngày", "cũng", "đã", "đang", "sẽ", "vừa", "cho", "ra", "nói", "tuyên",
                        "xử", "thông", "đánh", "kêu", "lên", "phán", "bác", "chấp", "yêu", "là", "có", "được"})
_MAX_WORDS = 7
# a country's name as the first part of a word ("Hàn Quốc học", "Pháp ngữ", "Việt kiều")
_COMPOUNDS = frozenset({"học", "ngữ", "thuật", "kiều", "văn", "hóa", "hoá", "quốc"})


def _closer_at(text: str, pos: int, end: int) -> tuple[int, bool, bool] | None:
    """Where a country, continent or the UN starting at pos ends, whether its form is also a
    common word or given name ("Mỹ", "Anh", "Đức"), and whether it is a country."""
    region = _REGIONS.match(text, pos, end)
    if region is not None:
        return region.end(), False, False
    country = country_at(text, pos, ambiguous=True)
    if country is None or country.end > end:
        return None
    return country.end, country_at(text, pos) is None, True


def _joined(text: str, stop: int, end: int) -> int:
    """A second country or region joined by a dash ("châu Âu - ASEAN", "Hà Lan - Việt Nam")."""
    dash = _DASH.match(text, stop, end)
    if dash is None or dash.end() == stop:
        return stop
    other = _closer_at(text, dash.end(), end)
    return other[0] if other is not None else stop


def _ends(text: str, stop: int, end: int, ambiguous: bool) -> bool:
    """Nothing of the name goes on at stop: punctuation, the end, a bracket, a capital, a verb
    (after a form that is also a word, "Mỹ thuật", "Anh ngữ": only a verb or clause word)."""
    if stop >= end or text[stop] not in " \t":
        return True
    nxt = _WORD.match(text, stop, end)
    if nxt is None:
        return True
    word = nxt.group(1)
    if not word.islower() or word in VERBS or word in NOT_IN_NAMES or word in _GOES_WITH:
        return True
    return not ambiguous and word not in _COMPOUNDS


def foreign_bodies_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Bodies closed by a country, continent or the UN in [start, end) of the matching text."""
    text = doc.match
    spans = []
    found = wordhits.hits(doc)   # (with it, the pattern is tried only where a head's first word starts)
    for m in wordhits.matches(_HEAD, text, found, "foreign_heads", start, end, capital=True):
        head, pos, words = m.group(1), m.end(), []
        stop, ambiguous = None, False
        while len(words) <= _MAX_WORDS:
            if text[pos:pos + 1] in (" ", "\t"):
                closer = _closer_at(text, pos + 1, end)
                # a head and a country alone is that country's court or agency, no one body ("Tòa án
                # Mỹ đã bác…"); a continent's or the UN's is ("Liên minh châu Phi", "Ủy ban châu Âu")
                if closer is not None and (words or not closer[2] and head not in ("Trường", "Hiệp hội")
                                           or head == "Phòng Thương mại"):
                    stop, ambiguous = _joined(text, closer[0], end), closer[1]
                    break
            w = _WORD.match(text, pos, end)
            if w is None:
                break
            word = w.group(1)
            if not words and not word[0].isupper():
                break   # "tổ chức các hoạt động": a field starts capitalised
            if word.islower() and (word in VERBS or word in NOT_IN_NAMES) and word not in _INSIDE_OK:
                break
            words.append(word)
            pos = w.end()
        if stop is None or not _ends(text, stop, end, ambiguous):
            continue
        if head == "Trường" and words[0] not in _SCHOOL_FIELDS:
            continue
        if words and words[-1] in _INSIDE_OK:
            continue
        if ambiguous and words and words[0] in surnames():
            continue   # "Chủ nhiệm Uỷ ban Nguyễn Thuý Anh": the chair's name, "Anh" a given name
        from .walker import org_at   # (walker imports modules this one shares; imported where used:
        # an import statement costs ~3 µs a run, and most sentences reach no name)
        if org_at(doc, m.start(), end) is not None:
            continue   # the walker reads a name here already
        name = " ".join(text[m.start():stop].split()).replace("Uỷ ban", "Ủy ban").replace("Toà án", "Tòa án")
        name = re.sub(r"[ \t]*[-–][ \t]*", " - ", name)
        spans.append(OrgSpan(m.start(), stop, name, FOREIGN_HEADS[head], None))
    return spans


# "đại học Stanford", "đại học Y Harvard", "đại học bang Ohio", "tổ chức Human Rights Watch": a
# lower-case head before a foreign (Latin, not Vietnamese-syllable) name. The walker opens no name
# at these heads in lower case, where they are mostly words ("thi đại học", "tổ chức Hội nghị");
# a foreign name after them is a body's own name.
LATIN_HEADS = {"đại học": ("Đại học", "university"), "tổ chức": ("Tổ chức", "other")}
_LATIN_NAMED = lazy_compile(r"(" + word_start_branches([r"đại[ \t]+học", r"tổ[ \t]+chức"]) + r")[ \t]+((?:(?:Y|bang)[ \t]+)?)"
                            r"([A-Z][A-Za-z'’]+(?:[ \t]+(?:[A-Z][A-Za-z'’]+|of|for|and))*)(?![^\W\d_])")
_LATIN_LINKS = ("of", "for", "and")
_ORGANISERS = re.compile(r"(?<![^\W\d_])[Bb]an[ \t]+$")
_LATIN_WORD = re.compile(r"[^\W\d_][\w'’]*")


def latin_named_in(text: str, start: int, end: int, found=None) -> list[OrgSpan]:
    """Lower-case "đại học" / "tổ chức" before a foreign name in [start, end) of the matching text
    (`found`: the document's word hits when `text` is its matching text; the pattern is then
    tried only where "đại" or "tổ" starts a word)."""
    spans = []
    for m in wordhits.matches(_LATIN_NAMED, text, found, "latin_heads", start, end):
        words = list(_LATIN_WORD.finditer(text, m.start(3), m.end(3)))
        while words and words[-1].group() in _LATIN_LINKS:
            words.pop()
        first = words[0].group()
        if len(first) < 3 or first.isupper() or is_vietnamese_syllable(first):
            continue   # "tổ chức Lễ", "đại học Y Hà Nội" (not Latin), "tổ chức IS" (an acronym)
        if any(country_at(text, w.start()) is not None for w in words):
            continue   # "đại học Mỹ": the country's universities, no one body
        if _ORGANISERS.search(text, max(start, m.start() - 5), m.start()):
            continue   # "ban tổ chức Defqon.1": an event's organisers, no body named
        head, typ = LATIN_HEADS[" ".join(m.group(1).split())]
        name = " ".join(f"{head} {m.group(2)}{' '.join(w.group() for w in words)}".split())
        spans.append(OrgSpan(m.start(), words[-1].end(), name, typ, None))
    return spans
