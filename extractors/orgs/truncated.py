"""Names the walker cut short: "Cục Quản lý [xuất nhập cảnh]", "Vụ Sức khỏe [bà mẹ và trẻ em]".

Real press writes many agency names on in lower case. When the walker has read only
a common compound after the head ("Quản lý", "Sức khỏe", "Điều phối") and the text
goes on with a lower-case word, the name is cut and the cut form is no organisation:
it is dropped, unless the gazetteer or the corpus lexicon (names mined from VietNews,
data/corpus/org_names.json, where truncated prefixes were already left out) attests
the short form as a whole name ("Cục Thú y", "Sở Xây dựng", "Vụ Pháp chế").

Measured on VietNews health articles (reserved files skipped): see /work/team notes
and the gen-orgs2 commit message for the counts.
"""
from __future__ import annotations

import json
import re
from functools import cache

from .. import gazetteer
from .known import known_key, lookup
from .person_names import NOT_IN_NAMES, dictionary

# a lower-case word right after the name, maybe after a dash or comma ("Cục Cứu hộ - cứu nạn")
_GOES_ON = re.compile(r"[ \t]*(?:[-–,][ \t]*)?([a-zđà-ỹ]+)(?![^\W\d_])")
_TYPES = frozenset({"agency", "government", "health_center", "ministry", "other"})
_MIN_COUNT = 5   # the corpus lexicon's own floor


@cache
def _attested() -> frozenset[str]:
    """Keys of the names the corpus lexicon holds as whole names."""
    try:
        data = json.loads((gazetteer.DATA_DIR / "corpus" / "org_names.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    return frozenset(known_key(r["name"]) for r in data.get("organizations", ())
                     if r.get("count", 0) >= _MIN_COUNT)


def cut_short(text: str, end: int, head: str, rest: str, typ: str) -> bool:
    """True when `head rest`, ending at `end` in `text`, is a name cut before its lower-case tail."""
    if typ not in _TYPES:
        return False
    words = rest.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:]):
        return False
    if rest.lower() not in dictionary():
        return False   # a proper name ("Bạch Mai"), not a common compound
    m = _GOES_ON.match(text, end)
    if m is None or m.group(1) in NOT_IN_NAMES:
        return False
    name = f"{head} {rest}"
    return not lookup(name, None) and known_key(name) not in _attested()
