"""Scoring organisation candidates: exact key, same core, rapidfuzz, accents.

Candidates come from blocks (same key, same core, same head noun, same
accent-free core) and must be compatible in province: a name with a province
never joins an entity in another one, and a scoped name ("Sở Y tế") never
joins anything without its province. Fuzzy matching only forgives spelling
inside words ("Chợ Rẩy" / "Chợ Rẫy"): a different word or number is a
different organisation ("Nhi đồng 1" / "Nhi đồng 2", "Nghi Lộc" / "Nghi Xuân").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .index import OrgIndex, OrgRec
from .keys import fold, is_ascii_form
from .names import OrgName

# Per-type thresholds on the distinctive part of the name (rapidfuzz ratio).
# `aligned` already limits differences to spelling inside words, so these can be
# moderate; bodies whose names are formulaic (departments, committees) get more.
THRESHOLDS = {"hospital": 85.0, "health_department": 95.0, "government": 95.0, "party": 95.0,
              "ministry": 95.0, "agency": 88.0, "university": 88.0, "health_center": 88.0,
              "company": 88.0, "other": 88.0}
MIN_FUZZY_CHARS = 8       # shorter tails ("K", "E", "Nhi") must match exactly
SAME_CORE_SCORE = 96.0    # same name, province only on one side
ACCENT_SCORE = 90.0       # a name written without diacritics


@dataclass
class Match:
    rec: OrgRec
    score: float
    method: str
    reason: str


def compatible(rec: OrgRec, name: OrgName, territory: str | None) -> bool:
    """Province compatibility of a candidate spelling with a mention."""
    if territory and rec.territory:
        return territory == rec.territory
    if territory:
        return not rec.scoped
    if rec.territory:
        return not name.scoped
    return name.scoped == rec.scoped


def aligned(a: str, b: str) -> bool:
    """Same words up to spelling: equal count, each pair equal when folded or
    one edit apart in a long word; numbers exactly equal."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    for x, y in zip(ta, tb):
        if x == y:
            continue
        if x.isdigit() or y.isdigit():
            return False
        if fold(x) != fold(y) and not (min(len(x), len(y)) >= 5
                                       and Levenshtein.distance(x, y) <= 1):
            return False
    return True


def _pick(cands: Iterable[OrgRec], name: OrgName, territory: str | None,
          hint: str | None, ok: Callable[[OrgRec], bool]) -> list[OrgRec]:
    """Compatible candidates, one per entity, best placed first; [] if the
    choice between provinces is ambiguous and nothing in the context decides."""
    best: dict[str, OrgRec] = {}
    for rec in cands:
        if not compatible(rec, name, territory) or not ok(rec):
            continue
        cur = best.get(rec.eid)
        if cur is None or (rec.gaz is None and cur.gaz is not None):
            best[rec.eid] = rec
    if len(best) <= 1:
        return list(best.values())
    recs = list(best.values())
    want = territory or hint
    same = [r for r in recs if want and r.territory == want]
    if same:
        recs = same
    elif territory is None and len({r.territory for r in recs}) > 1:
        unplaced = [r for r in recs if r.territory is None]
        if not unplaced:
            return []
        recs = unplaced
    # an entity already in the KB wins over a gazetteer entry it predates
    recs.sort(key=lambda r: (r.gaz is not None, r.eid))
    return recs


def find(indexes: list[OrgIndex], name: OrgName, territory: str | None, hint: str | None,
         type_: str, ok: Callable[[OrgRec], bool]) -> Match | None:
    """Best compatible candidate across the KB index and the gazetteer index."""
    where = territory or "no province"
    recs = _pick((r for ix in indexes for r in ix.by_key.get(name.key, ())),
                 name, territory, hint, ok)
    if recs:
        return Match(recs[0], 100.0, "exact", f"same canonical key '{name.key}'")
    recs = _pick((r for ix in indexes for r in ix.by_core.get(name.core, ())),
                 name, territory, hint, ok)
    if recs:
        r = recs[0]
        same_place = territory is not None and r.territory == territory
        score = 100.0 if same_place else SAME_CORE_SCORE
        why = (f"same name '{name.core}' in {where}" if same_place else
               f"same name '{name.core}'; province {r.territory or 'none'} vs {where}")
        return Match(r, score, "core", why)
    if len(name.tail) >= MIN_FUZZY_CHARS:
        threshold = THRESHOLDS.get(type_, THRESHOLDS["other"])
        found: list[tuple[float, OrgRec]] = []
        for ix in indexes:
            block = ix.by_head.get(name.head)
            if not block:
                continue
            # rapidfuzz scores a mapping's values: give it the tails themselves
            for tail, score, _ in process.extract(name.tail, block.keys(), scorer=fuzz.ratio,
                                                  score_cutoff=threshold, limit=8):
                if tail == name.tail or not aligned(name.tail, tail):
                    continue
                for rec in block[tail]:
                    if rec.name.numbers == name.numbers:
                        found.append((score, rec))
        if found:
            top = max(s for s, _ in found)
            recs = _pick((r for s, r in found if s == top), name, territory, hint, ok)
            if recs:
                return Match(recs[0], round(top, 1), "fuzzy",
                             f"rapidfuzz {top:.1f} >= {threshold:.0f}: '{name.tail}' ~ "
                             f"'{recs[0].name.tail}' ({where})")
    # a name written without diacritics matches its accented form, either way round
    plain = is_ascii_form(name.text)
    recs = _pick((r for ix in indexes for r in ix.by_fold.get(name.fold, ())
                  if plain or is_ascii_form(r.name.text)), name, territory, hint, ok)
    if recs:
        return Match(recs[0], ACCENT_SCORE, "accent",
                     f"same name written without diacritics: '{name.fold}'")
    return None
