"""Parsing an organisation name into the parts resolution blocks and scores on.

"Bệnh viện Đa khoa tỉnh Nghệ An" -> head "bệnh viện", core "bệnh viện đa
khoa", province "Nghệ An". Matching compares cores within one province
(territory), so "Sở Y tế Hà Nội" and "Sở Y tế Nghệ An" share a core but never
a block. A *scoped* name ("Sở Y tế", "Bệnh viện Đa khoa tỉnh") names an
organisation only together with a province, which the document supplies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import data, geo
from .keys import canonical_key, fold, numbers

# Bodies that exist once per province: bare, they mean the article's province.
PROVINCIAL_HEADS = frozenset({
    "sở", "ủy ban nhân dân", "hội đồng nhân dân", "tỉnh ủy", "thành ủy", "bảo hiểm xã hội",
    "công an", "trung tâm kiểm soát bệnh tật", "chi cục", "đoàn đại biểu quốc hội",
    "ủy ban mặt trận tổ quốc", "bộ chỉ huy quân sự", "văn phòng ủy ban nhân dân", "đảng bộ",
    "ban tuyên giáo", "ban tổ chức", "ban dân vận", "ban nội chính", "ủy ban kiểm tra",
    "ban bảo vệ chăm sóc sức khỏe cán bộ", "ban tuyên giáo và dân vận", "liên đoàn lao động",
    "hội chữ thập đỏ", "tòa án nhân dân", "viện kiểm sát nhân dân", "thanh tra",
})
# Words that mark a national body: never scoped to the article's province.
NATIONAL = frozenset({"trung ương", "việt nam", "quốc gia", "quốc hội", "chính phủ", "bộ"})
# Specialty words: "Bệnh viện Ung bướu" alone is the province's own hospital.
GENERIC_WORDS = frozenset(
    "đa khoa sản nhi phụ ung bướu y học cổ truyền dược phục hồi chức năng lao và bệnh phổi tâm "
    "thần mắt da liễu nội tiết tim mạch nhiệt đới phong chấn thương chỉnh hình răng hàm mặt tai "
    "mũi họng điều dưỡng tế huyết truyền máu".split())
SCOPED_GENERIC_HEADS = frozenset({"bệnh viện", "trung tâm", "viện", "phòng khám", "trung tâm y tế"})
# Admin-level words before a place name: "Trung tâm Y tế huyện Nghi Lộc" = "... Nghi Lộc".
ADMIN = ("thành phố", "thị xã", "thị trấn", "huyện", "quận", "tp", "xã", "phường")
BARE_MARKERS = ("tỉnh", "thành phố", "tp")
_LEADING_NOISE = ("cơ quan",)


@dataclass(frozen=True)
class OrgName:
    text: str                 # the name as given
    key: str                  # canonical key of the whole name
    core: str                 # key without province, admin words and optional words
    head: str                 # coarse head noun ("bệnh viện", "sở", "ủy ban")
    tail: str                 # core after the head: the distinctive part
    province: str | None      # province written in the name (official name)
    bare: bool                # ends in "tỉnh"/"thành phố" with no place after it
    marker: str | None        # that last word: "tỉnh" or "thành phố"
    local: bool               # a district/commune body ("huyện Ba Bể"): scoped, name kept
    scoped: bool              # names an organisation only with a province
    numbers: tuple[str, ...]
    fold: str                 # fold(core): secondary blocking key
    type: str                 # type implied by the head noun, "other" if none

    @property
    def territory(self) -> str | None:
        return geo.territory(self.province)


@lru_cache(maxsize=1)
def _heads() -> tuple[list[tuple[list[str], str]], dict[str, str]]:
    """(head tokens, type) longest first, and head key -> coarse head."""
    table: dict[str, str] = {}
    for h in data.heads():
        k = canonical_key(h.get("head", ""))
        if k:
            table.setdefault(k, h.get("type", "other"))
    for k, t in (("bệnh viện", "hospital"), ("sở", "health_department"), ("bộ", "ministry"),
                 ("cục", "agency"), ("viện", "agency"), ("trung tâm", "health_center"),
                 ("đại học", "university"), ("học viện", "university"), ("ủy ban", "government"),
                 ("ban", "party"), ("hội", "other"), ("trường", "university"),
                 ("vụ", "agency"), ("quỹ", "other"), ("công ty", "company")):
        table.setdefault(k, t)
    table["sở y tế"] = "health_department"
    heads = sorted(((k.split(), t) for k, t in table.items()), key=lambda x: -len(x[0]))
    coarse = {}
    for k in table:
        toks = k.split()
        coarse[k] = next((" ".join(toks[:n]) for n in range(1, len(toks) + 1)
                          if " ".join(toks[:n]) in table), k)
    return heads, coarse


@lru_cache(maxsize=1)
def _head_folds() -> dict[tuple[str, ...], list[str]]:
    heads, _ = _heads()
    out: dict[tuple[str, ...], list[str]] = {}
    for toks, _t in heads:
        out.setdefault(tuple(fold(t) for t in toks), toks)
    return out


def _fix_head(tokens: list[str]) -> list[str]:
    """Repair a misspelt or unaccented head noun ("Bênh viện", "Benh vien")."""
    folds = _head_folds()
    for n in (4, 3, 2):
        toks = folds.get(tuple(fold(t) for t in tokens[:n]))
        if toks and len(tokens) > n:
            return list(toks) + tokens[n:]
    return tokens


def _match_head(tokens: list[str]) -> tuple[str, str, int]:
    """(coarse head, type, tokens used) of the longest known head at the start."""
    heads, coarse = _heads()
    for toks, typ in heads:
        if tokens[:len(toks)] == toks:
            return coarse[" ".join(toks)], typ, len(toks)
    return (tokens[0] if tokens else ""), "other", min(1, len(tokens))


def _drop_admin(tokens: list[str]) -> tuple[list[str], bool]:
    """Drop admin-level words before a place name; report whether any was seen
    ("huyện Ba Bể", "quận 1", "xã"), which makes the name a local body."""
    out: list[str] = []
    local = False
    i = 0
    while i < len(tokens):
        for word in ADMIN:
            w = word.split()
            if tokens[i:i + len(w)] != w:
                continue
            nxt = tokens[i + len(w):i + len(w) + 1]
            if word == "xã" and nxt == ["hội"]:
                continue
            local = True
            if nxt and not nxt[0].isdigit():
                i += len(w)
                break
        else:
            out.append(tokens[i])
            i += 1
            continue
    return out, local


@lru_cache(maxsize=200_000)
def parse(name: str) -> OrgName:
    key = canonical_key(name)
    tokens = key.split()
    for noise in _LEADING_NOISE:
        n = noise.split()
        if tokens[:len(n)] == n and len(tokens) > len(n):
            tokens = tokens[len(n):]
    province = None
    hit = geo.trailing(tokens)
    if hit and hit[1] > 0:
        province, start = hit
        tokens = tokens[:start]
    bare, marker = False, None
    if province is None:
        for word in BARE_MARKERS:
            m = word.split()
            if len(tokens) > len(m) and tokens[-len(m):] == m:
                bare, marker = True, ("tỉnh" if word == "tỉnh" else "thành phố")
                tokens = tokens[:-len(m)]
                break
    if tokens[:3] in (["trường", "đại", "học"], ["trường", "cao", "đẳng"]):
        tokens = tokens[1:]
    tokens = _fix_head(tokens)
    head, typ, used = _match_head(tokens)
    rest, local = _drop_admin(tokens[used:] if used else tokens)
    # "Bệnh viện Hữu nghị Đa khoa Nghệ An" = "Bệnh viện Đa khoa Nghệ An"
    if rest[:2] == ["hữu", "nghị"] and len(rest) > 2:
        rest = rest[2:]
    head_tokens = tokens[:used]
    core_tokens = head_tokens + rest
    core = " ".join(core_tokens)
    tail = " ".join(core_tokens[len(head.split()):])
    scoped = province is None and (local or _is_scoped(head, " ".join(head_tokens), rest, bare))
    return OrgName(text=name, key=key, core=core, head=head, tail=tail, province=province,
                   bare=bare, marker=marker, local=local, scoped=scoped, numbers=numbers(core),
                   fold=fold(core), type=typ)


def _is_scoped(head: str, full_head: str, rest: list[str], bare: bool) -> bool:
    if bare:
        return True
    text = " ".join(rest)
    if any(re.search(rf"(?<!\w){w}(?!\w)", text) for w in NATIONAL):
        return False
    if full_head in PROVINCIAL_HEADS or head in PROVINCIAL_HEADS or "tỉnh ủy" in text:
        return True
    if head in SCOPED_GENERIC_HEADS or full_head in SCOPED_GENERIC_HEADS:
        return all(t in GENERIC_WORDS for t in rest)
    return False


def contextual_name(name: str, province: str) -> str:
    """"Sở Y tế" + Nghệ An -> "Sở Y tế Nghệ An"; "UBND tỉnh" -> "UBND tỉnh Nghệ An";
    "Ủy ban nhân dân thành phố" + TP.HCM -> "Ủy ban nhân dân Thành phố Hồ Chí Minh"."""
    text = name.rstrip(" ,.;:")
    if province.lower().startswith("thành phố"):
        text = re.sub(r"\s+(?:thành phố|tp\.?)$", "", text, flags=re.IGNORECASE)
    return f"{text} {province}"

