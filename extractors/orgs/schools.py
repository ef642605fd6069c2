"""Schools written without "Trường": "học sinh THCS Lương Thế Vinh", "Hiệu trưởng THPT Long
Thới", "68 học sinh tiểu học Bình Thanh Tây".

The press drops "Trường" after the pupils, the head teacher or a list; the walker needs the
head, so these schools were lost. A bare "THCS"/"THPT" and a capitalised name is read as the
school unless the word before makes it part of a longer name ("Trường Tiểu học và THCS X",
"Trường PTDTNT THCS X", "TH & THCS X") or an exam ("thi THPT Quốc gia"). The lower-case
"tiểu học"/"mầm non" is read only after the pupils, teachers or head teacher. A province or
country after the level is the level's pupils there ("học sinh THPT Hà Nội"), not a school.
VietNews: bare "THCS/THPT X" 7,966 times outside "Trường …"; after "học sinh" or "hiệu trưởng"
each of the 30 read names one school.
"""
from __future__ import annotations

import re

from .. import wordhits
from ..lexicon import late_word_start
from ..places import country_at, place_at
from ..tokens import word_at
from .heads import head_at
from .span import OrgSpan

# (its first letters as one set, then the word-start test: re then scans for the set in C, as
# the scans the speed work rewrote do)
# (one branch per first letter, the word-start test after the second letter: most "t" fail on it)
_LEVEL = re.compile(late_word_start(("TH(?:CS|PT)", r"Tiểu[ \t]+học", r"tiểu[ \t]+học", r"Mầm[ \t]+non", r"mầm[ \t]+non"))
                    + r"[ \t]+(?=[A-ZĐÀ-Ỹ])")
LEVEL_WORDS = ("THCS", "THPT", "Tiểu", "Mầm")   # what every _LEVEL match opens with (wordhits)
_FULL = {"thcs": "Trường THCS", "thpt": "Trường THPT", "tiểu học": "Trường Tiểu học", "mầm non": "Trường Mầm non"}
# a word before the level that makes it part of a longer school name or an exam
_PART_OF = frozenset({"trường", "trú", "và", "&", "-", "–", "/", "ptdtnt", "dtnt", "thi", "học", "cấp", "th", "bậc",
                      "liên", "phổ", "nội"})
# the pupils, teachers or head teacher: the only words a lower-case level is read after
_PEOPLE = re.compile(r"(?:học[ \t]+sinh|sinh[ \t]+viên|giáo[ \t]+viên|hiệu[ \t]+trưởng)(?:[ \t]+lớp[ \t]+\w+)?[ \t,]*$",
                     re.IGNORECASE)
# "THPT Quốc gia" is the exam; "Tiểu học Việt Nam" a level
_NOT_NAMES = frozenset({"Quốc", "QG", "Việt", "Ông", "Bà", "Giám", "Phó", "Hiệu"})
_MAX_WORDS = 5


def schools_in(text: str, start: int, end: int, found=None) -> list[OrgSpan]:
    """Schools named after a bare level word in [start, end) of the matching text (`found`:
    the document's word hits, `wordhits.hits(doc)`)."""
    spans = []
    for m in wordhits.matches(_LEVEL, text, found, "levels", start, end):
        level = " ".join(m.group(0).lower().split())
        before = text[max(start, m.start() - 30):m.start()]
        prev = before.split()[-1].lstrip("(").lower() if before.split() else ""
        if prev in _PART_OF or (level in ("tiểu học", "mầm non") and not _PEOPLE.search(before)):
            continue
        stop = _name_end(text, m.end(), end)
        if stop is None:
            continue
        name = " ".join(text[m.end():stop].split())
        spans.append(OrgSpan(m.start(), stop, f"{_FULL[level]} {name}", "other", None))
    return spans


def _name_end(text: str, pos: int, limit: int) -> int | None:
    """Where the capitalised name after the level ends; None for no school name."""
    first = word_at(text, pos, limit)
    if first is None or first.text in _NOT_NAMES or head_at(text, pos) or place_at(text, pos) \
            or country_at(text, pos) is not None:
        return None
    stop, w = pos, first
    for _ in range(_MAX_WORDS):
        if w is None or not (w.is_cap and w.is_alpha or w.text.isdigit() and len(w.text) <= 2):
            break
        stop = w.end
        w = word_at(text, w.end, limit)
    return stop if stop > pos else None
