"""Personal names next to organisation names: part of the name or the next word?

"Bệnh viện Nguyễn Tri Phương" is named after a person; in "Giám đốc Bệnh viện
Bạch Mai Đào Xuân Cơ" the person follows the name. These rules decide where
the organisation ends.
"""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from ..places import place_at
from ..textnorm import match_text
from ..tokens import Word, person_at, word_at
from .heads import HEAD_RE


def name_part(text: str, pos: int, limit: int, person: tuple[int, str]) -> list[Word]:
    """Words of a person-like name that belong to an organisation name.

    Up to three syllables are the name ("Bệnh viện Nguyễn Tri Phương"); from four,
    a trailing three-syllable personal name is split off ("Bệnh viện Hồng Ngọc
    Nguyễn Văn An" -> "Hồng Ngọc").
    """
    out = []
    cur = pos
    n = len(person[1].split())
    for i in range(n):
        w = word_at(text, cur, limit)
        if w is None:
            break
        if i and n > 3:
            later = person_at(text, w.start, limit)
            if later and len(later[1].split()) == 3:
                break
        out.append(w)
        cur = w.end
    return out


def person_starts_here(text: str, pos: int, limit: int) -> bool:
    """A personal name starts at pos, and not one syllable later.

    "Bệnh viện Bạch Mai Đào Xuân Cơ": "Mai Đào Xuân Cơ" and "Đào Xuân Cơ" both
    look like names (Mai is a surname); full names are usually three syllables,
    so the later start wins when it leaves a three-syllable name.
    """
    here = person_at(text, pos, limit)
    if not here or len(here[1].split()) < 3:
        return False   # full names in the news have three syllables or more; "Phương Đông" is a name part
    w = word_at(text, pos, limit)
    nxt = person_at(text, w.end + 1, limit) if w else None
    if nxt and len(nxt[1].split()) == 3 and len(here[1].split()) > 3:
        return False
    return True


# words that end a name when they follow it: verbs, prepositions, conjunctions
NOT_IN_NAMES = frozenset("""đã đang sẽ vừa cũng và với cho của tại là có được đến tới về từ trong trên
ngày năm tháng tổ chức triển khai đạt tiến hoàn thành nhận chuyển hỗ trợ phối hợp ký kết làm trao
tặng các những này đó khi để theo như thì mà nên nhưng hoặc hay khiến bị buộc vào thuộc ở
nói khẳng kêu yêu ủng quyên""".split())


_PROVINCE_RUN = 2


def lowercase_bridge(text: str, pos: int, limit: int, words: int = 5, provinces_close: bool = True) -> int | None:
    """End of a run of lower-case name words at pos that a capitalised word closes, found
    among the next `words` words (`provinces_close`: a province that could be a person's name,
    "Hà Nam", closes a run of one or two words too; a longer one is a clause as often: "… Thanh
    Khương đưa con xuống Hà Nội")."""
    cur = pos
    for read in range(words):
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha:
            return None
        if w.is_cap:
            if HEAD_RE.match(text, w.start):
                return None
            person = person_at(text, w.start, limit)
            if person is not None and not _closing_pair(text, w.start, person, limit, words,
                                                        provinces_close and read <= _PROVINCE_RUN):
                return None
            return cur
        if w.text in NOT_IN_NAMES or (w.text == "công" and text.startswith(" ty", w.end)):
            return None   # "công ty A thuê công ty B": another company's head ends the run
        cur = w.end
    return None


def _closing_pair(text: str, start: int, person: tuple[int, str], limit: int, words: int,
                  provinces_close: bool) -> bool:
    """A two-syllable "name" after a lower-case run that ends the body's name: "Công ty Sinh phẩm
    Quảng Châu", "Công ty Dịch vụ bảo vệ Bạch Hổ" (full names in the news have three syllables),
    when no further lower-case run goes on from it to another capitalised word ("trường mầm non
    Thanh Khương đưa con xuống Hà Nội": that run's place is no closer here). A province read as
    a name closes it: "Hội Người mù Hà Nam", "Hội Người khuyết tật Quảng Ninh"."""
    place = place_at(text, start)
    if place is not None:
        return provinces_close and place.end >= person[0]
    return len(person[1].split()) == 2 and lowercase_bridge(text, person[0], limit, words, False) is None


@cache
def dictionary() -> frozenset[str]:
    """Two- and three-syllable Vietnamese words (underthesea's word list), to keep compounds whole."""
    spec = importlib.util.find_spec("underthesea")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    for root in roots:
        path = root / "corpus" / "data" / "Viet74K.txt"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            # the matching form of the whole list at once (same length, same lines; a word's
            # edges are spaces or line ends either way), then each word's stripped part
            return frozenset(m[len(w) - len(w.lstrip()):len(w.rstrip())].lower()
                             for w, m in zip(text.splitlines(), match_text(text).splitlines())
                             if 1 <= w.count(" ") <= 2)
    return frozenset()
