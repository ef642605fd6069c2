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
from ..places import country_at, place_at
from ..tokens import is_vietnamese_syllable
from .known import known_key, lookup
from .person_names import NOT_IN_NAMES, dictionary
from .place_phrase import place_phrase

# a lower-case word right after the name, maybe after a dash or comma ("Cục Cứu hộ - cứu nạn")
_GOES_ON = re.compile(r"[ \t]*(?:[-–,][ \t]*)?([a-zđà-ỹ]+)(?![^\W\d_])")
_TYPES = frozenset({"agency", "government", "health_center", "ministry", "other"})
# one lower-case word after blanks (its text in group 1): the readers of name tails share it
LOWER_WORD = re.compile(r"[ \t]+([a-zđà-ỹ]+)(?![^\W\d_])")
_MAX_TAIL = 6
# an association's name going on with a capitalised part ("… cấp cứu và Chống độc")
_AND_NAME = re.compile(r"[ \t]+và[ \t]+[A-ZĐÀ-Ỹ]")
_CLOSE = re.compile(r"[ \t]*[,.;)]")   # or a short tail that punctuation closes ("Hội Hồi sức cấp cứu,")
_MIN_COUNT = 5   # the corpus lexicon's own floor
# what the press has an organisation do right after its name
VERBS = frozenset("""phụ trách|khẳng định|tiếp nhận|đề nghị|yêu cầu|thông tin|phát hiện|xác nhận|kiểm tra|
ban hành|công bố|chủ trì|đề xuất|báo cáo|khuyến cáo|quyết định|thực hiện|xử lý|hướng dẫn|cảnh báo|trả lời|
tiến hành|gửi|lấy|ghi nhận|thông báo|cấp|tiếp tục|điều tra|khởi tố|xét xử|tuyên|vừa|nay|hiện|sau|trước|
dự kiến|nhận định|lưu ý|chỉ đạo|khám|điều trị|cứu|mổ|phẫu thuật|tổ chức|phát động|trao|nhấn mạnh|
chia sẻ|giải thích|thừa nhận|họp|làm việc|ký|đã|đang|sẽ""".replace("\n", "").split("|"))


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
    if typ not in _TYPES or not cut_before_tail(text, end, rest):
        return False
    name = f"{head} {rest}"
    return not lookup(name, None) and known_key(name) not in _attested()


def cut_before_tail(text: str, end: int, rest: str) -> bool:
    """True when `rest` (a name's words after its head, ending at `end`) is one common
    compound that a lower-case word carries on, whatever the lexicons attest."""
    words = rest.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:]):
        return False
    if rest.lower() not in dictionary():
        return False   # a proper name ("Bạch Mai"), not a common compound
    m = _GOES_ON.match(text, end)
    if m is not None and m.group(1) == "và":
        # "Trung tâm Chăm sóc và điều trị sơ sinh", "Trung tâm Khảo thí và đánh giá chất lượng":
        # a second lower-case field after "và" (VietNews: 284 "Trung tâm X và y …")
        nxt = LOWER_WORD.match(text, m.end())
        return nxt is not None and nxt.group(1) not in NOT_IN_NAMES
    if m is None or m.group(1) in NOT_IN_NAMES:
        return False
    nxt = LOWER_WORD.match(text, m.end())
    direct = not re.match(r"[ \t]*[-–,]", text[end:m.start(1)])   # no dash or comma before it
    if direct and (m.group(1) in VERBS or nxt is not None and f"{m.group(1)} {nxt.group(1)}" in VERBS):
        return False   # "Trung tâm Sơ sinh phụ trách": a verb follows the whole name
    return True


_ONE_WORD_TYPES = frozenset({"agency", "company", "health_center", "other"})
_LEGAL_WORDS = re.compile(r"(?:(?:CP|Cổ phần|cổ phần|TNHH|MTV|Một thành viên|một thành viên)\s+)+")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![^\W\d_])")


def cut_at_first_syllable(text: str, end: int, rest: str, typ: str) -> bool:
    """True when the name read is one Vietnamese syllable that a lower-case word carries on:
    "Trung tâm Chống [độc]", "Công ty Bếp [ăn tập thể …]", "Viện Bỏng [quốc gia]",
    "Công ty CP Xơ [sợi …]". The cut form names nothing, and where the name ends is not
    known. Brand names ("Công ty Masan vừa …", "tập đoàn Samsung phủ nhận") are no
    Vietnamese syllables and stay; so do verbs and link words after a whole name.
    Measured on 3,000 VietNews health articles: 71 one-word names before a lower-case
    word; the Vietnamese-syllable ones were cut names but for a place ("Hội An")."""
    if typ not in _ONE_WORD_TYPES:
        return False
    word = _LEGAL_WORDS.sub("", rest + " ").strip()
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and is_vietnamese_syllable(word)):
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None or not m.group(1).islower() or m.group(1) in NOT_IN_NAMES or m.group(1) in VERBS:
        return False
    start = end - len(word)
    return text[start:end] == word and place_at(text, start) is None


# a national body's name closes on "quốc gia" or the country: "Trung tâm Phối hợp [tìm kiếm
# cứu nạn hàng hải] Việt Nam"
_NATIONAL = re.compile(r"[ \t]+([Qq]uốc[ \t]+gia|Việt[ \t]+Nam)(?![^\W\d_])")


def _country_after(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """A country closing a foreign body's name right after `end` (end, country as written),
    then punctuation or a predicate: "… bệnh truyền nhiễm Mỹ cho biết", not "… Anh em"."""
    if text[end:end + 1] != " ":
        return None
    hit = country_at(text, end + 1, ambiguous=True)
    if hit is None or hit.end > limit:
        return None
    if not closes_here(text, hit.end, limit):
        return None
    return hit.end, text[hit.start:hit.end]


# a continent closing a foreign or regional body's name: "Trung tâm Kiểm soát [dịch bệnh] châu Âu"
# the continents as written after a name ("… bệnh tật châu Âu"; foreign_bodies closes names with them too)
CONTINENTS = r"[Cc]hâu[ \t]+(?:Âu|Á|Phi|Mỹ|Úc)"
_CONTINENT = re.compile(r"[ \t]+(" + CONTINENTS + r")(?![^\W\d_])")


def continent_after(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """A continent right after `end` (end, continent as written), then punctuation or a predicate:
    "… bệnh tật châu Âu cho biết"; not "… châu Á Thái Bình Dương", whose name goes on."""
    m = _CONTINENT.match(text, end, limit)
    if m is None or not closes_here(text, m.end(), limit):
        return None
    return m.end(), m.group(1)


def tail_to_place(text: str, end: int, limit: int, open_end: bool = False) -> tuple[int, str, str, str | None] | None:
    """The lower-case tail of a cut name when a place closes it ("Trung tâm Kiểm soát [bệnh tật]
    TP. HCM", "Chi cục Nuôi trồng [thủy sản] Hà Tĩnh"): (end, tail, place as written, province).
    `open_end`: an association's tail may also end before "và" and a capitalised part
    ("Hội Hồi sức [cấp cứu] và Chống độc"), or a short tail before punctuation: read that far."""
    cur, words = end, []
    for _ in range(_MAX_TAIL):
        m = LOWER_WORD.match(text, cur, limit)
        if m is None or m.group(1) in NOT_IN_NAMES:
            break
        words.append(m.group(1))
        cur = m.end()
        place = place_phrase(text, cur, limit) if text[cur:cur + 1] == " " else None
        if place is not None:
            return place[0], " ".join(words), place[1], place[2]
        national = _NATIONAL.match(text, cur, limit)
        if national is not None:   # "Trung tâm Mã số [mã vạch] Quốc gia"
            country = _country_after(text, national.end(), limit)
            if country is not None:   # "Viện Hàn lâm [quốc gia] Đức"
                return country[0], f"{' '.join(words)} {national.group(1)}", country[1], None
            return national.end(), " ".join(words), national.group(1), None
        country = _country_after(text, cur, limit) or continent_after(text, cur, limit)
        if country is not None:   # "Trung tâm Kiểm soát [bệnh truyền nhiễm] Mỹ", "… [bệnh tật] châu Âu"
            return country[0], " ".join(words), country[1], None
    if open_end and words and (_AND_NAME.match(text, cur, limit) or len(words) <= 2 and _CLOSE.match(text, cur)):
        return cur, " ".join(words), "", None
    return None


# heads of state bodies whose names run on in lower case ("Cục Năng lượng nguyên tử")
SENTENCE_CASE_HEADS = frozenset({"Cục", "Tổng cục", "Vụ", "Viện"})
_SHORT_TAIL = 2
# what closes such a name: punctuation, or a word that starts a predicate or a place; not "và"
# or "nhận", which go on inside names ("Vụ Sức khỏe bà mẹ và trẻ em")
_ENDS = re.compile(r"[ \t]*(?:[,.;:)(]|$|(?:tại|ở|thuộc|của|cho biết|cũng|là)(?![^\W\d_]))")


def tail_words(text: str, pos: int, limit: int, most: int, stops: frozenset[str]) -> tuple[list[str], list[int]]:
    """The lower-case words of a name's tail from pos (at most `most`) and where each ends: the
    run stops before a word in `stops`, a one-word predicate or the first word of a two-word one
    ("Cục phát triển đô thị | nhấn mạnh")."""
    words, ends = [], []
    m = LOWER_WORD.match(text, pos, limit)
    while m is not None and len(words) < most and m.group(1) not in stops and m.group(1) not in VERBS:
        nxt = LOWER_WORD.match(text, m.end(), limit)
        if nxt is not None and f"{m.group(1)} {nxt.group(1)}" in VERBS:
            break
        words.append(m.group(1))
        ends.append(m.end())
        m = nxt
    return words, ends


def closed_tail(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """A state body's name written on in sentence case and closed right after: "Cục Năng
    lượng [nguyên tử],", "Viện Nghiên cứu [hạt nhân] đã …" (end, tail). At most two
    lower-case syllables, then punctuation, a verb or a word that opens a place ("tại"), so
    that where the name ends is known; a longer run stays unread."""
    words, ends = tail_words(text, end, limit, _SHORT_TAIL + 1, NOT_IN_NAMES)
    ends.insert(0, end)
    cur = ends[-1]
    if not 1 <= len(words) <= _SHORT_TAIL:
        return None
    nxt = LOWER_WORD.match(text, cur, limit)
    after = LOWER_WORD.match(text, nxt.end(), limit) if nxt is not None else None
    if after is not None and f"{nxt.group(1)} {after.group(1)}" in VERBS:
        return cur, " ".join(words)   # a two-word predicate follows: "Viện Tế bào [gốc] thực hiện"
    if nxt is not None and f"{words[-1]} {nxt.group(1)}" in dictionary():
        # "Viện Tế bào [gốc thực] hiện …": the tail's last word makes a word with the next; the
        # name ends before it when that word is a verb ("Viện Tế bào [gốc] thực hiện")
        if f"{words[-1]} {nxt.group(1)}" not in VERBS or len(words) == 1:
            return None
        words.pop()
        return ends[-2], " ".join(words)
    return (cur, " ".join(words)) if closes_here(text, cur, limit) else None


def closes_here(text: str, pos: int, limit: int) -> bool:
    """A name may end at pos: punctuation, a verb or a word that opens a place follows."""
    nxt = LOWER_WORD.match(text, pos, limit)
    return bool(_ENDS.match(text, pos, limit)) or (nxt is not None and nxt.group(1) in VERBS)


# a body of national scope written on in lower case: "Trung tâm điều phối hiến ghép mô tạng
# quốc gia", "Viện bỏng quốc gia"
_NATIONAL_RUN = re.compile(r"(?:([a-zđà-ỹ]+)[ \t]+){1,6}quốc[ \t]+gia(?![^\W\d_])")


_FUNCTION_WORDS = frozenset("""đã đang sẽ vừa cũng và với cho của tại là có được đến về từ trong trên các
những này đó khi để theo như thì mà nên nhưng hoặc hay bị vào ở""".split())


# a body's scope in lower case, at most one other word before it: "Viện Bỏng [quốc gia]", "Viện
# Hàn lâm Khoa học [trẻ toàn cầu]"
_SCOPE = re.compile(r"(?:([a-zđà-ỹ]+)[ \t]+(?=quốc[ \t]+gia|toàn[ \t]+cầu|thế[ \t]+giới))?"
                    r"(?:quốc[ \t]+gia|toàn[ \t]+cầu|thế[ \t]+giới|quốc[ \t]+tế|trung[ \t]+ương)(?![^\W\d_])")
# a level or a standard before a scope is no part of a name: "Bệnh viện K tuyến trung ương",
# "Bệnh viện X chuẩn quốc tế", "… hàng đầu thế giới"
_NOT_BEFORE_SCOPE = frozenset({"tuyến", "cấp", "chuẩn", "tầm", "đầu", "hàng", "khắp", "toàn"})


def scope_tail(text: str, pos: int, limit: int) -> int | None:
    """End of a lower-case scope at pos that closes a name (then punctuation, a verb or a place
    opener), None when the sentence goes on past it."""
    m = _SCOPE.match(text, pos, limit)
    if m is None or m.group(1) in _FUNCTION_WORDS or m.group(1) in VERBS or m.group(1) in NOT_IN_NAMES \
            or m.group(1) in _NOT_BEFORE_SCOPE:
        return None
    return m.end() if _scope_closes(text, m.end(), limit) else None


_NEXT_TWO = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")


def _scope_closes(text: str, pos: int, limit: int) -> bool:
    """After a scope the name ends: punctuation, or a lower-case word that cannot go on in a
    name ("từ", "đã", "tổ chức")."""
    if closes_here(text, pos, limit) or pos >= limit:
        return True
    m = _NEXT_TWO.match(text, pos, limit)
    if m is None:
        return not text[pos:pos + 1].isalnum()
    first = m.group(1)
    if first[:1].isupper():
        return False   # "Viện Ung thư quốc gia Hoa Kỳ", "Viện Bỏng quốc gia Lê Hữu Trác": the name goes on
    return (first in _FUNCTION_WORDS or first in VERBS or first in NOT_IN_NAMES
            or (m.group(2) is not None and f"{first} {m.group(2)}" in VERBS))


def national_run(text: str, pos: int, limit: int) -> int | None:
    """End of a lower-case run at pos that "quốc gia" closes, the name ending there."""
    m = _NATIONAL_RUN.match(text, pos, limit)
    if m is None or any(word in _FUNCTION_WORDS or word in VERBS for word in m.group(0).split()[:-2]):
        return None
    return m.end() if closes_here(text, m.end(), limit) else None
