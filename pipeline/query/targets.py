"""What a user's QUERY refers to: entities, or a province and what is in it.

"bach mai" finds "Bệnh viện Bạch Mai": names are looked up accent-free through
the `entity_names` FTS index (fast on any KB size), then ranked: names equal to
the query beat names that merely contain it. Anything the index cannot find
(abbreviations such as "BV Bạch Mai") goes to `pipeline.resolve.lookup.find_entities`,
which knows the resolver's canonical keys.

A province ("Nghệ An", "tỉnh Nghệ An", "nghe an") also covers the organisations
located in it (entities.province) or named after it ("Sở Y tế Nghệ An"), under
its current name and every former one (the gazetteer's 2025 reform data).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import sqlite_utils

from pipeline.resolve.lookup import find_entities

from .formats import plural
from .common import chunks, placeholders
from .text import accented, contains_words, fold, fts_fold, fts_phrase, tone_keys, word_key, words

# Candidates read from the name index per lookup; a name shared by more
# entities than this is not a useful query anyway.
MAX_CANDIDATES = 20_000
_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp|thu do)\s+")


@dataclass
class Target:
    """The entities a query stands for (and the province, when it names one)."""

    query: str
    entity_ids: list[str] = field(default_factory=list)
    province: str | None = None
    province_names: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.entity_ids or self.province)

    def describe(self) -> str:
        count = plural(len(self.entity_ids), "entity", "entities")   # was: "1 entities"
        return f"province {self.province} ({count})" if self.province else count


def _candidates(db: sqlite_utils.Database, name: str) -> list[tuple[str, str, str]]:
    """(entity_id, indexed name, type) for names containing `name`'s words in order."""
    if not fold(name):
        return []
    try:
        return db.execute(
            "SELECT n.entity_id, n.name, e.type FROM entity_names n "
            "JOIN entities e ON e.id = n.entity_id WHERE entity_names MATCH ? LIMIT ?",
            [fts_phrase(fts_fold(name)), MAX_CANDIDATES]).fetchall()
    except sqlite3.OperationalError:  # a KB without the 0005 index
        return []


def entity_matches(db: sqlite_utils.Database, query: str, type_: str | None = None) -> list[str]:
    """Entity ids for a name: names equal to it (case aside) if any; else what
    `find_entities` finds (abbreviations, gazetteer names, substrings); else names
    containing it as whole words. Accents as in `ytekb search`: optional, but a word
    typed with them means them (`as_typed`)."""
    want = fold(query)
    exact: dict[str, None] = {}
    partial: dict[str, None] = {}
    for eid, name, etype in _candidates(db, query):
        if type_ and etype != type_:
            continue
        have = fold(name)
        if have == want:
            exact[eid] = None
        elif contains_words(have, want):
            partial[eid] = None
    found = as_typed(db, query, list(exact))
    if found:
        return found
    return (as_typed(db, query, find_entities(db, query, type_=type_, limit=500))
            or as_typed(db, query, list(partial)))


def as_typed(db: sqlite_utils.Database, query: str, ids: list[str]) -> list[str]:
    """`ids` whose names hold the words of a `query` typed with accents as typed (as
    `ytekb search` reads them: "Hùng" is not "Hưng", "hoà" is "hòa", "kỹ" is "kĩ"), its
    plain words too, as level-tone syllables ("Lê Thị Hoa" is not "Lê Thị Hòa"), unless
    no word of the name folds to them ("TPHCM" for "TP.HCM"). A plain query keeps every id."""
    wanted = tone_keys(query)
    if not wanted or not ids:
        return ids
    plain = {word_key(w) for w in words(query) if not accented(w)}
    keys: dict[str, set[str]] = {}
    toned: dict[str, set[str]] = {}   # folds of the names' accented words
    for part in chunks(ids):
        if part:
            marks = placeholders(len(part))
            for eid, name in db.execute(
                    f"SELECT id, name FROM entities WHERE id IN ({marks}) UNION ALL "
                    f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks})",
                    [*part, *part]):
                name_words = words(name)
                keys.setdefault(eid, set()).update(map(word_key, name_words))
                toned.setdefault(eid, set()).update(fold(w) for w in name_words if accented(w))
    return [eid for eid in ids if wanted <= keys.get(eid, set()) and all(
        p in keys[eid] or fold(p) not in toned.get(eid, ()) for p in plain)]


@cache
def _gazetteer() -> Any:
    try:
        from extractors import gazetteer
    except Exception:  # noqa: BLE001 - the gazetteer is optional here
        return None
    return gazetteer if hasattr(gazetteer, "find_province") else None


@cache
def _folded_provinces() -> dict[str, Any]:
    """fold(name or alias) -> Province, ambiguous folds dropped ("nghe an" -> Nghệ An)."""
    gaz = _gazetteer()
    out: dict[str, Any] = {}
    clash: set[str] = set()
    for p in gaz.provinces():
        for name in (p.name, *p.aliases):
            key = fold(name)
            if key in out and out[key] is not p:
                clash.add(key)
            out.setdefault(key, p)
    for key in clash:
        out.pop(key, None)
    return out


def _gazetteer_province(query: str) -> tuple[str, tuple[str, ...]] | None:
    gaz = _gazetteer()
    if gaz is None:
        return None
    prov = gaz.find_province(query)
    if prov is None:
        key = fold(query)
        table = _folded_provinces()
        prov = table.get(key) or table.get(_PREFIX.sub("", key))
    if prov is None:
        return None
    names = [prov.name, *prov.aliases]
    if prov.is_current:
        # a current unit covers the old units it was formed from
        for old in prov.formed_from:
            former = gaz.find_province(old)
            if former is not None:
                names += [former.name, *former.aliases]
    elif prov.current != prov.name:
        current = gaz.find_province(prov.current)
        if current is not None and tuple(current.formed_from) == (prov.name,):
            names += [current.name, *current.aliases]  # a plain rename: one place
    return prov.name, tuple(dict.fromkeys(n for n in names if fold(n)))


def province_of(db: sqlite_utils.Database, query: str) -> tuple[str, tuple[str, ...]] | None:
    """(name, every name to match) when the whole query names a province."""
    if _gazetteer() is not None:
        return _gazetteer_province(query)
    # Without the gazetteer: the province names the KB's entities record.
    key = fold(query)
    bare = _PREFIX.sub("", key)
    for (value,) in db.execute("SELECT DISTINCT province FROM entities WHERE province IS NOT NULL"):
        if fold(value) in (key, bare):
            return value, (value,)
    return None


def province_entities(db: sqlite_utils.Database, names: tuple[str, ...]) -> list[str]:
    """Organisations (not people) located in a province or named after it."""
    folded = {fold(n) for n in names}
    ids: dict[str, None] = {}
    values = [r[0] for r in db.execute(
        "SELECT DISTINCT province FROM entities WHERE province IS NOT NULL")]
    located = [v for v in values if fold(v) in folded]
    if located:
        marks = ", ".join("?" * len(located))
        for (eid,) in db.execute(
                f"SELECT id FROM entities WHERE province IN ({marks}) AND type != 'person'",
                located):
            ids[eid] = None
    for name in names:
        want = fold(name)
        for eid, indexed, etype in _candidates(db, name):
            if etype != "person" and contains_words(fold(indexed), want):
                ids[eid] = None
    return list(ids)


def resolve(db: sqlite_utils.Database, query: str) -> Target:
    """The entities (and province) a free-text query refers to."""
    query = (query or "").strip()
    target = Target(query)
    if not fold(query):
        return target
    prov = province_of(db, query)
    ids = dict.fromkeys(entity_matches(db, query))
    if prov:
        target.province, target.province_names = prov
        ids.update(dict.fromkeys(province_entities(db, target.province_names)))
    target.entity_ids = sorted(ids)
    return target
