"""Organisations the gazetteer knows: lookups by name or alias, and names
written with no head noun ("Tổ chức Y tế Thế giới", "UNICEF")."""
from __future__ import annotations

import json
import re
from functools import cache, lru_cache

from .. import gazetteer, wordhits
from ..places import country_at, place_at
from ..textnorm import match_text
from ..tokens import word_at, word_start_alternation
from .heads import HEAD_RE
from .span import OrgSpan
from ..lazy import lazy_compile

Known = tuple[str, str, "str | None"]   # (official name, type, province)
_NON_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1 << 16)
def known_key(name: str) -> str:
    """Lookup key of a name: matching text, lower case, punctuation as spaces (cached:
    the same names come back in every document)."""
    text = _NON_WORD.sub(" ", match_text(name).lower().replace("–", "-").replace("&", " và "))
    return " ".join(text.split())


@cache
def known() -> dict[str, Known]:
    """Official names of known organisations by key, for every alias; then the names the
    corpus writes with a lower-case continuation the walker cannot bound (mined names)."""
    out: dict[str, Known] = {}
    for org in gazetteer.known_orgs():
        for variant in (org.name, *org.aliases):
            out.setdefault(known_key(variant), (org.name, org.type, org.province))
        for variant in _central_short_forms((org.name, *org.aliases)):
            out.setdefault(known_key(variant), (org.name, org.type, org.province))
    for name, typ in mined_names():
        out.setdefault(known_key(name), (name, typ, None))
    return out


_CENTRAL = "Trung ương"
CENTRAL_SHORT = ("TW", "TƯ", "T.Ư")   # how the press abbreviates "Trung ương" inside a name


def _central_short_forms(names: tuple[str, ...]) -> list[str]:
    """"Bệnh viện Phong - Da liễu T.Ư Quy Hòa": the press abbreviates "Trung ương" inside a
    name too, not only at its end (where the walker expands it)."""
    return [name.replace(_CENTRAL, short, 1) for name in names if _CENTRAL in name
            and not name.endswith(_CENTRAL) for short in CENTRAL_SHORT]


@cache
def mined_names() -> tuple[tuple[str, str], ...]:
    """Names the corpus writes with a lower-case continuation the walker cannot bound
    ("Cục Cảnh sát giao thông"): data/mined_org_names.json, built by
    scripts/build_mined_org_names.py from the corpus lexicon."""
    try:
        data = json.loads((gazetteer.DATA_DIR / "mined_org_names.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple((n["name"], n["type"]) for n in data.get("names", ()))


@cache
def _mined_only() -> frozenset[str]:
    """Keys of the mined names the gazetteer does not know."""
    table = {known_key(v) for org in gazetteer.known_orgs() for v in (org.name, *org.aliases)}
    return frozenset(k for k in (known_key(n) for n, _ in mined_names()) if k not in table)


# what goes on inside a longer name after a mined one: a few lower-case words closed by a proper
# name or "quốc gia" ("Trung tâm Hỗ trợ thanh niên [công nhân Hà Nội]", "Viện Quy hoạch đô thị [và
# nông thôn quốc gia]", "Ban quản lý dự án đường sắt [đô thị Cát Linh]"), or a number ("Trung tâm
# Bảo trợ xã hội [số 2 Hà Nội]"); a predicate after the name ("Cục Cảnh sát giao thông đánh giá tai
# nạn …") closes no longer name
_LIST_WORDS = 6
_NUMBERED = re.compile(r"[ \t]+số[ \t]+\d")
_LOWER = re.compile(r"[ \t]+([a-zđà-ỹ]+)(?![^\W\d_])")
_CLOSER = re.compile(r"[ \t]+(?:quốc[ \t]+gia(?![^\W\d_])|[^\W\d_])")


def mined_cut(text: str, name: str, end: int, limit: int, stops: frozenset[str]) -> bool:
    """True when `name`, a mined name (not the gazetteer's) written up to `end`, is the start of a
    longer name: "số N", or one to three lower-case words (maybe after "và") that hold no function
    word or predicate (`stops`) and that a proper name or "quốc gia" closes."""
    if known_key(name) not in _mined_only():
        return False
    if _NUMBERED.match(text, end, limit):
        return True
    cur, words = end, []
    m = _LOWER.match(text, cur, limit)
    if m is not None and m.group(1) == "và":
        cur = m.end()
    # or a comma list of its fields that "và" ends: "Trung tâm Xúc tiến đầu tư[, thương mại và du
    # lịch TP.HCM]" (the list, "và" and one more field, then the proper name)
    listed = text.startswith(",", cur) and _LOWER.match(text, cur + 1, limit) is not None
    cur += listed
    most, joined = (_LIST_WORDS if listed else 3), not listed
    while len(words) < most:
        m = _LOWER.match(text, cur, limit)
        if m is not None and listed and m.group(1) == "và" and words and not joined:
            joined, cur = True, m.end()
            continue
        if m is None or m.group(1) in stops or (words and f"{words[-1]} {m.group(1)}" in stops):
            return False
        words.append(m.group(1))
        cur = m.end()
        close = _CLOSER.match(text, cur, limit)
        if joined and close is not None and (text[close.end() - 1].isupper()
                                             or close.group(0).strip().startswith("quốc")):
            return True
        if listed and not joined and text.startswith(",", cur):
            cur += 1
    return False


@lru_cache(maxsize=1 << 16)
def _fast_key(lowered_match: str) -> str:
    """`known_key` for text that is already matching text in lower case (cached: the
    walk asks for the same few hundred name prefixes in every document)."""
    return " ".join(_NON_WORD.sub(" ", lowered_match.replace("–", "-").replace("&", " và ")).split())


@lru_cache(maxsize=1 << 16)
def _written_key(prefix: str, written: str) -> str:
    """`_fast_key(prefix + written.lower())`, cached on the text as written: the walk asks for
    the same name prefixes again and again, and lower-casing them each time cost more than the look-up."""
    return _fast_key(prefix + written.lower())


@cache
def _known_prefixes() -> frozenset[str]:
    """Every word prefix of a known key, so the longest-match walk stops early."""
    out = set()
    for key in known():
        words = key.split()
        out.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return frozenset(out)


_MOST_WORDS = 20   # the longest known names run to 17 words


def known_at(text: str, pos: int, limit: int, prefix: str = "", head_end: int = -1) -> tuple[int, Known] | None:
    """The longest gazetteer name (or alias) written at pos: (end, (name, type, province)).

    `prefix` is a head the text implies but does not write ("Cục " before "Quân y"). `head_end`:
    where a head noun read at pos ends (`heads.head_at`); its words are walked once per head as
    written (`_head_walk`), not again at every mention."""
    prefix = prefix.lower()
    cur, best, budget = pos, None, _MOST_WORDS
    if pos < head_end <= limit and text.startswith((" ", "\t"), head_end):
        # a space ends the head's last word whatever follows: its walk is the head's own (a head
        # past the limit, as organizations.find's unbounded match may read, is walked as written)
        done, budget, rel = _head_walk(text, pos, head_end, prefix)
        best = (pos + rel[0], rel[1]) if rel is not None else None
        if done:
            return best
        cur = head_end
    return _walk(text, pos, cur, limit, prefix, best, budget)


def _walk(text: str, pos: int, cur: int, limit: int, prefix: str, best: tuple[int, Known] | None,
          budget: int) -> tuple[int, Known] | None:
    """`known_at`'s word walk from cur (the name starts at pos), at most `budget` more words."""
    table = known()
    prefixes = _known_prefixes()
    for _ in range(budget):
        w = word_at(text, cur, limit)
        if w is None:
            break
        cur = w.end
        if w.text in "()":
            break   # "Cục Quân y (Bộ Quốc phòng)": the name ends before the parenthesis
        if not w.text[:1].isalnum():
            continue
        key = _written_key(prefix, text[pos:cur])
        if key not in prefixes:
            break
        hit = table.get(key)
        if hit:
            best = (cur, hit)
    return best


# (head as written, prefix) -> (walk ended inside the head, words left, best hit as (end - pos, known))
_HEAD_WALKS: dict[tuple[str, str], tuple[bool, int, tuple[int, Known] | None]] = {}


def _head_walk(text: str, pos: int, head_end: int, prefix: str) -> tuple[bool, int, tuple[int, Known] | None]:
    """`_walk` over the head's words alone, kept per head as written: a few dozen spellings
    ("Bệnh viện", "UBND", "Trung tâm") open most names, and reading their words again at
    every mention was a third of the walk."""
    written = text[pos:head_end]
    got = _HEAD_WALKS.get((written, prefix))
    if got is not None:
        return got
    table = known()
    prefixes = _known_prefixes()
    cur, best, done, used = pos, None, False, 0
    while cur < head_end:
        if used == _MOST_WORDS:
            done = True
            break
        used += 1
        w = word_at(text, cur, head_end)
        if w is None or w.text in "()":
            done = True
            break
        cur = w.end
        if not w.text[:1].isalnum():
            continue
        key = _written_key(prefix, text[pos:cur])
        if key not in prefixes:
            done = True
            break
        hit = table.get(key)
        if hit:
            best = (cur - pos, hit)
    if len(_HEAD_WALKS) > 4096:   # heads come from a fixed list: only odd spellings pile up
        _HEAD_WALKS.clear()
    got = _HEAD_WALKS[(written, prefix)] = (done, _MOST_WORDS - used, best)
    return got


@lru_cache(maxsize=1 << 14)
def lookup(name: str, province: str | None) -> Known | None:
    """The known organisation a parsed name refers to, with or without its place."""
    table = known()
    candidates = [name, _LEVEL_WORD.sub(_drop_level, name)]
    if province and name.endswith(" " + province):
        candidates.append(name[: -len(province) - 1])
    for cand in candidates:
        hit = table.get(known_key(cand))
        if hit:
            return hit
    return None


_LEVEL_WORD = re.compile(r"\b(tỉnh|thành phố)\s")


def _drop_level(m: re.Match[str]) -> str:
    """"Bệnh viện Đa khoa tỉnh Thanh Hóa" is the known "… Thanh Hóa"; but "… thành phố Thanh
    Hóa" is the provincial capital's own hospital (or police, court …), another body: "thành
    phố" is dropped only before a provincial-level city ("… thành phố Đà Nẵng")."""
    if m.group(1) == "tỉnh":
        return ""
    hit = place_at(m.string, m.end())
    return m.group(0) if hit is not None and hit.kind == "tỉnh" else ""


# three-letter acronyms that name one body in the news ("BTC" may be "Ban Tổ chức" too)
_SHORT_ACRONYMS = frozenset({"WHO", "IMF", "WTO", "FAO", "FDA",
                             "LHQ"})   # 502 times in 30,000 VietNews articles, 25/25 sampled the UN
# two-word names the press writes with no head for a foreign government ("người phát ngôn Nhà
# Trắng", "Điện Kremlin cho biết"): 2,615 and 485 times in 30,000 VietNews articles
_TWO_WORD_NAMES = frozenset({"Nhà Trắng", "Điện Kremlin"})


@cache
def headless_forms() -> frozenset[str]:
    """Gazetteer names that start with no head noun ("Tổ chức Y tế Thế giới", "UNICEF").

    Only names of three words or more ("Việt - Đức" is two), and upper-case acronyms of four letters or
    more (and WHO), so that short aliases ("Bạch Mai") and common abbreviations
    ("BTC" is also "Ban Tổ chức") do not fire on their own.
    """
    forms = set()
    for org in gazetteer.known_orgs():
        for variant in (org.name, *org.aliases):
            v = " ".join(match_text(variant).split())
            if not v or HEAD_RE.match(v) or place_at(v, 0):
                continue
            acronym = v.isupper() and " " not in v and v.isalpha()
            if acronym and (len(v) >= 4 or v in _SHORT_ACRONYMS):
                forms.add(v)
            elif not acronym and (sum(w[0].isalnum() for w in v.split()) >= 3 or v in _TWO_WORD_NAMES) \
                    and v[0].isupper():
                forms.add(v)
    return frozenset(forms)


@cache
def _headless_re() -> re.Pattern[str] | None:
    """`headless_forms` as one pattern (None: there are none). A name of several words is
    matched whatever the case of its letters after the first: the press writes "Tổ chức Y
    tế thế giới", "Tổ chức y tế thế giới", "… Nông nghiệp Liên Hợp Quốc" (fresh VietNews
    health articles: 15 such mentions the gazetteer's spellings missed, each that body); an
    acronym only as spelt ("Who" is no WHO)."""
    forms = headless_forms()
    if not forms:
        return None
    names = [f for f in forms if " " in f]
    acronyms = [f for f in forms if " " not in f]
    branches = [word_start_alternation(sorted(group), space=r"\s+", fold_rest=fold)
                for group, fold in ((names, True), (acronyms, False)) if group]
    return re.compile("(" + "|".join(branches) + r")(?![^\W\d_])")


def headless_at(text: str, start: int, end: int, found=None) -> dict[int, OrgSpan]:
    """Known names without a head noun in [start, end), by start offset (`found`: the
    document's word hits, `wordhits.hits(doc)`, when `text` is its matching text)."""
    pattern = _headless_re()
    out: dict[int, OrgSpan] = {}
    if pattern is None:
        return out
    for m in wordhits.matches(pattern, text, found, "headless", start, end, capital=True):
        hit = known().get(known_key(m.group(1)))
        if hit:
            out[m.start(1)] = (_foreign_union(text, m.end(1), end, m.start(1)) if hit[0] == _YOUTH_UNION else None) \
                or OrgSpan(m.start(1), m.end(1), hit[0], hit[1], hit[2], hit[0])
    return out


_YOUTH_UNION = "Trung ương Đoàn TNCS Hồ Chí Minh"
# "Trung ương Đoàn TNCS Cuba", "… Thanh niên cộng sản Trung Quốc": another country's youth union
_UNION_OF = lazy_compile(r"[ \t]+(?:TNCS|Thanh[ \t]+niên[ \t]+[Cc]ộng[ \t]+sản)[ \t]+")


def _foreign_union(text: str, pos: int, end: int, start: int) -> OrgSpan | None:
    """The central committee of a foreign communist youth union (VietNews: Cuba's, China's;
    the country follows where "Hồ Chí Minh" or "HCM" would)."""
    m = _UNION_OF.match(text, pos, end)
    hit = country_at(text, m.end()) if m else None
    if hit is None or hit.name == "Việt Nam":
        return None
    return OrgSpan(start, hit.end, f"Trung ương Đoàn TNCS {text[hit.start:hit.end]}", "other", None)
