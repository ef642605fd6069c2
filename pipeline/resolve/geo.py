"""Provinces: old (63) and new (34) names, renames and mergers.

Organisations are matched per *territory*: a rename (Thừa Thiên Huế -> Huế)
keeps the territory, a merger (Bắc Kạn -> Thái Nguyên) does not, so
"Sở Y tế Huế" = "Sở Y tế Thừa Thiên Huế" but "Sở Y tế Bắc Kạn" stays apart
from "Sở Y tế Thái Nguyên". Persons compare by the province a place is part
of *now*, since a person's career may cross the 2025 reform.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from . import data
from .keys import canonical_key, fold

# Words that introduce a province name and carry no identity of their own.
PREFIXES = ("tỉnh", "thành phố", "tp", "thủ đô")


@dataclass
class Province:
    name: str
    kind: str = "tỉnh"
    status: str = "unchanged"        # unchanged | absorbing | merged | renamed | new
    merged_into: str | None = None   # the unit it is part of now
    since: str | None = None
    formed_from: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    capital: str | None = None
    old: bool = False
    new: bool = False


@lru_cache(maxsize=1)
def provinces() -> dict[str, Province]:
    """Every old and new unit by official name (a name shared by both is one record)."""
    out: dict[str, Province] = {}
    for u in data.items("provinces", "old_units"):
        out[u["name"]] = Province(u["name"], u.get("kind", "tỉnh"), u.get("status", "unchanged"),
                                  u.get("merged_into") or u["name"], u.get("since"),
                                  aliases=list(u.get("aliases", [])), capital=u.get("capital"),
                                  old=True)
    for u in data.items("provinces", "new_units"):
        p = out.setdefault(u["name"], Province(u["name"], u.get("kind", "tỉnh"), "new",
                                               u["name"], u.get("since")))
        p.new = True
        p.kind = u.get("kind", p.kind)
        p.formed_from = list(u.get("formed_from", []))
        p.aliases += [a for a in u.get("aliases", []) if a not in p.aliases]
    return out


def _strip_prefix(key: str) -> str:
    for pre in PREFIXES:
        if key.startswith(pre + " ") and len(key) > len(pre) + 1:
            return key[len(pre) + 1:]
    return key


def _is_spelling(alias: str, p: Province) -> bool:
    """Spelling variants ("Bắc Cạn", "TP.HCM") identify the province inside an
    organisation name; city names ("Vinh", "Đà Lạt") do not: "Bệnh viện Đa
    khoa Đà Lạt" is not "Bệnh viện Đa khoa Lâm Đồng"."""
    a, n = _strip_prefix(canonical_key(alias)), _strip_prefix(canonical_key(p.name))
    if not a or a == n:
        return True
    if _is_acronym(a, n):
        return True
    if (p.capital and alias == p.capital) or abs(len(a.split()) - len(n.split())) > 1:
        return False
    return fuzz.ratio(fold(a).replace(" ", ""), fold(n).replace(" ", "")) >= 65


def _is_acronym(alias_key: str, name_key: str) -> bool:
    """"tt huế" / "thừa thiên huế", "br vt" / "bà rịa vũng tàu": each alias word is
    a name word or the initials of consecutive name words."""
    words = [fold(w) for w in name_key.split()]
    i = 0
    for tok in (fold(t) for t in alias_key.split()):
        if i < len(words) and tok == words[i]:
            i += 1
            continue
        if len(tok) < 2 or "".join(w[0] for w in words[i:i + len(tok)]) != tok:
            return False
        i += len(tok)
    return i == len(words) and alias_key != name_key


@lru_cache(maxsize=1)
def variant_index() -> dict[str, str]:
    """Province key (no "tỉnh"/"thành phố") -> official name, spelling variants only."""
    out: dict[str, str] = {}
    ps = provinces()
    for p in sorted(ps.values(), key=lambda p: (not p.new, p.name)):
        for v in (p.name, *p.aliases):
            if not _is_spelling(v, p):
                continue
            k = _strip_prefix(canonical_key(v))
            if k and k not in out:
                out[k] = p.name
    return out


@lru_cache(maxsize=1)
def place_index() -> dict[str, str]:
    """Every alias including city names -> official name, for whole-name lookups."""
    out = dict(variant_index())
    for p in provinces().values():
        for v in p.aliases:
            out.setdefault(_strip_prefix(canonical_key(v)), p.name)
    return out


def lookup(name: str, cities: bool = False) -> str | None:
    """Official province name for a whole name ("TP.HCM", "tỉnh Bắc Cạn"), else None."""
    key = _strip_prefix(canonical_key(name))
    return (place_index() if cities else variant_index()).get(key)


def trailing(tokens: list[str]) -> tuple[str, int] | None:
    """(province, start index) of a province name ending `tokens`, with its
    "tỉnh"/"thành phố" prefix included in the span."""
    index = variant_index()
    for n in range(min(5, len(tokens)), 0, -1):
        name = index.get(" ".join(tokens[-n:]))
        if name:
            start = len(tokens) - n
            for pre in PREFIXES:
                p = pre.split()
                if tokens[max(0, start - len(p)):start] == p:
                    start -= len(p)
                    break
            return name, start
    return None


def current(name: str | None) -> str | None:
    """The unit a province is part of now (Bắc Kạn -> Thái Nguyên)."""
    if not name:
        return None
    p = provinces().get(name)
    if p is None:
        return name
    seen = {name}
    while p and p.merged_into and p.merged_into not in seen:
        seen.add(p.merged_into)
        nxt = provinces().get(p.merged_into)
        if nxt is None or nxt.name == p.name:
            return p.merged_into
        p = nxt
    return p.name if p else name


def territory(name: str | None) -> str | None:
    """Identity for organisation matching: renames collapse, mergers do not."""
    if not name:
        return None
    p = provinces().get(name)
    if p and p.status == "renamed" and p.merged_into:
        return p.merged_into
    return name


def former_names(name: str) -> list[str]:
    """Units this one was formed from (other than itself), and names it had."""
    p = provinces().get(name)
    if not p:
        return []
    return [f for f in p.formed_from if f != name]


def renamed_from(name: str) -> list[str]:
    """Old names of the same territory (Huế <- Thừa Thiên Huế)."""
    return [p.name for p in provinces().values()
            if p.status == "renamed" and p.merged_into == name]


def spellings(name: str) -> list[str]:
    """Every alias of a unit and of the units renamed into it, for lookups."""
    out: list[str] = []
    for n in [name, *renamed_from(name)]:
        p = provinces().get(n)
        out += [a for a in (p.aliases if p else []) if a not in out and a != name]
    return out

