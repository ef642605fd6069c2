"""In-memory index of a KB's entities, cached per process and per KB file.

Resolution runs inside every document's transaction, so it must not re-read
the entity tables each time. The index is loaded once and then kept in step
by the resolver's own writes. A cheap fingerprint (highest rowids, merge
count, a generation counter) is checked when a resolver starts: if another
process wrote, or a document's transaction rolled back after resolving, the
fingerprint differs and the index is reloaded.
"""
from __future__ import annotations

import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from . import data, geo
from .keys import canonical_key, entity_id, fold, is_ascii_form, person_key
from .names import OrgName, parse
from .schema import ensure_schema

ORG, PERSON, PROVINCE = "organization", "person", "province"


def family(type_: str | None) -> str:
    return PERSON if type_ == PERSON else PROVINCE if type_ == PROVINCE else ORG


@dataclass(eq=False)
class OrgRec:
    """One known way of writing an organisation, pointing at its entity."""

    eid: str
    name: OrgName
    territory: str | None
    scoped: bool
    gaz: dict[str, Any] | None = None   # gazetteer entry, when not yet in the KB


@dataclass
class Entity:
    id: str
    name: str
    type: str
    key: str
    province: str | None
    territory: str | None
    source: str | None
    aliases: int = 0


@dataclass
class OrgIndex:
    """Blocks of organisation spellings: by key, by core, by head noun, by fold."""

    by_key: dict[str, list[OrgRec]] = field(default_factory=lambda: defaultdict(list))
    by_core: dict[str, list[OrgRec]] = field(default_factory=lambda: defaultdict(list))
    by_fold: dict[str, list[OrgRec]] = field(default_factory=lambda: defaultdict(list))
    by_head: dict[str, dict[str, list[OrgRec]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))

    def add(self, rec: OrgRec) -> None:
        n = rec.name
        self.by_key[n.key].append(rec)
        self.by_core[n.core].append(rec)
        self.by_fold[n.fold].append(rec)
        self.by_head[n.head][n.tail].append(rec)


def gazetteer_entity_id(entry: dict[str, Any]) -> str:
    return entity_id(ORG, canonical_key(entry["name"]))


@lru_cache(maxsize=1)
def gazetteer_index() -> OrgIndex:
    """Every official name and alias of the known organisations, as records."""
    idx = OrgIndex()
    for entry in data.organizations():
        if not entry.get("name"):
            continue
        eid = gazetteer_entity_id(entry)
        home = geo.territory(entry.get("province"))
        for form in (entry["name"], *entry.get("aliases", [])):
            p = parse(form)
            idx.add(OrgRec(eid, p, p.territory or home, p.scoped and not home, gaz=entry))
    return idx


@lru_cache(maxsize=1)
def gazetteer_by_id() -> dict[str, dict[str, Any]]:
    return {gazetteer_entity_id(e): e for e in data.organizations() if e.get("name")}


class State:
    """The index of one KB, plus memo tables for names already resolved."""

    def __init__(self) -> None:
        self.fingerprint: tuple[Any, ...] = ()
        self.entities: dict[str, Entity] = {}
        self.orgs = OrgIndex()
        self.persons: dict[str, list[str]] = defaultdict(list)
        self.person_folds: dict[str, list[str]] = defaultdict(list)
        self.plain_person_folds: dict[str, list[str]] = defaultdict(list)
        self.scopes: dict[str, set[str]] = defaultdict(set)
        self.alias_keys: dict[str, set[str]] = defaultdict(set)
        self.seen_aliases: set[tuple[str, str]] = set()
        self.redirects: dict[str, str] = {}
        self.memo: dict[tuple[Any, ...], str] = {}
        self.applied: str | None = None     # digest of the overrides applied to this index
        self.dirty = False                  # written since the last finish(): maybe rolled back
        self.conn: Any = None               # a memory KB's connection, so its id stays unique
        # rows this process added to the fingerprint's tables (entities, aliases,
        # person_scopes) since `fingerprint` was read: see `remember`
        self.grown = [0, 0, 0]

    def add_alias(self, eid: str, alias: str) -> None:
        ent = self.entities.get(eid)
        if ent is None or (eid, alias) in self.seen_aliases:
            return
        self.seen_aliases.add((eid, alias))
        ent.aliases += 1
        fam = family(ent.type)
        if fam == ORG:
            p = parse(alias)
            self.orgs.add(OrgRec(eid, p, p.territory or ent.territory, p.scoped))
            self.alias_keys[eid].add(p.key)
        elif fam == PERSON:
            k = person_key(alias)
            if eid not in self.persons[k]:
                self.persons[k].append(eid)
                self.person_folds[fold(k)].append(eid)
                if is_ascii_form(alias):
                    self.plain_person_folds[fold(k)].append(eid)
            self.alias_keys[eid].add(k)
        else:
            self.alias_keys[eid].add(canonical_key(alias))

    def follow(self, eid: str) -> str:
        """The surviving id of an entity merged away by an override."""
        seen = set()
        while eid in self.redirects and eid not in seen:
            seen.add(eid)
            eid = self.redirects[eid]
        return eid


_STATES: dict[Any, State] = {}

_FINGERPRINT = """SELECT (SELECT max(rowid) FROM entities), (SELECT max(id) FROM aliases),
    (SELECT max(rowid) FROM person_scopes), (SELECT count(*) FROM merges),
    (SELECT v FROM resolve_meta WHERE k = 'generation')"""


# what is constant for one open KB: its file (the cache key) and that its resolution
# tables exist; asked once per Database object instead of twice per document
_OPENED: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _db_key(db: sqlite_utils.Database) -> Any:
    key = _OPENED.get(db)
    if key is None or key[0] is not db.conn:
        row = db.execute("PRAGMA database_list").fetchone()
        path = row[2] if row else ""
        key = (db.conn, path or ("memory", id(db.conn)))
        _OPENED[db] = key
    return key[1]


def fingerprint(db: sqlite_utils.Database) -> tuple[Any, ...]:
    return tuple(db.execute(_FINGERPRINT).fetchone())


def get_state(db: sqlite_utils.Database) -> State:
    """The cached index of this KB, reloaded if the KB changed behind it."""
    if _OPENED.get(db, (None,))[0] is not db.conn:
        ensure_schema(db.conn)
    key = _db_key(db)
    if isinstance(key, tuple) and key in _STATES and _STATES[key].conn is not db.conn:
        _STATES.pop(key)
    state = _STATES.get(key)
    fp = fingerprint(db)
    if state is None or state.dirty or state.fingerprint != fp:
        state = load(db)
        state.fingerprint = fp
        state.grown = [0, 0, 0]
        if isinstance(key, tuple):
            state.conn = db.conn
        _STATES[key] = state
    return state


def forget(db: sqlite_utils.Database | None = None) -> None:
    """Drop cached indexes (all of them, or one KB's)."""
    if db is None:
        _STATES.clear()
    else:
        _STATES.pop(_db_key(db), None)


def drop(db: sqlite_utils.Database, ids: Iterable[str]) -> None:
    """Take entities the caller deleted (the prune: no alias, scope or merge points at
    them any more) out of this KB's cached index, instead of `forget`ting it: a reload
    reads every entity and alias again (0.5 s on a 3,000-entity KB) and a reextract
    prunes in most documents after an extractor change.

    The KB's generation is bumped in the caller's transaction and the index takes the new
    fingerprint: another process reloads, and so does this one if the transaction rolls
    back (the generation goes back with it)."""
    gone = set(ids)
    state = _STATES.get(_db_key(db))
    if not gone or state is None or state.dirty:
        forget(db)
        return
    for eid in gone:
        state.entities.pop(eid, None)
        state.scopes.pop(eid, None)
        state.alias_keys.pop(eid, None)
    for blocks in (state.orgs.by_key, state.orgs.by_core, state.orgs.by_fold,
                   *state.orgs.by_head.values()):
        for k, recs in blocks.items():
            if any(r.eid in gone for r in recs):
                blocks[k] = [r for r in recs if r.eid not in gone]
    for table in (state.persons, state.person_folds, state.plain_person_folds):
        for k, eids in table.items():
            if not gone.isdisjoint(eids):
                table[k] = [e for e in eids if e not in gone]
    scopes = {f"org:{e}" for e in gone}
    for held in state.scopes.values():
        held -= scopes
    state.seen_aliases = {pair for pair in state.seen_aliases if pair[0] not in gone}
    state.memo.clear()   # (names resolved to them, persons keyed by their scopes)
    row = db.execute("SELECT v FROM resolve_meta WHERE k = 'generation'").fetchone()
    db.execute("INSERT OR REPLACE INTO resolve_meta(k, v) VALUES ('generation', ?)",
               [str(int(row[0]) + 1 if row and row[0] else 1)])
    state.fingerprint = fingerprint(db)
    state.grown = [0, 0, 0]


def remember(db: sqlite_utils.Database, state: State, counted: bool = False) -> None:
    """Record the KB's fingerprint after this process's own writes.

    `counted`: every write since the fingerprint was read is in `state.grown` (rows
    inserted into entities, aliases and person_scopes; updates that change no
    fingerprint column). A new row's rowid is the table's largest plus one, so the
    fingerprint is the old one moved by those counts, without reading the KB. Were
    it wrong, the next `get_state` would find it differs from the KB's and reload:
    a slower document, never a stale index."""
    fp = state.fingerprint
    if counted and len(fp) == 5:
        fp = tuple((old or 0) + n if n else old for old, n in zip(fp, state.grown)) + fp[3:]
    else:
        fp = fingerprint(db)
    state.fingerprint = fp
    state.grown = [0, 0, 0]
    state.dirty = False
    _STATES[_db_key(db)] = state


def load(db: sqlite_utils.Database) -> State:
    state = State()
    for eid, name, type_, key, province, territory, source in db.execute(
            "SELECT id, name, type, key, province, territory, source FROM entities"):
        state.entities[eid] = Entity(eid, name, type_, key, province, territory, source)
    for eid, alias in db.execute("SELECT entity_id, alias FROM aliases ORDER BY id"):
        state.add_alias(eid, alias)
    for eid, scope in db.execute("SELECT person_id, scope FROM person_scopes"):
        state.scopes[eid].add(scope)
    for src, dst in db.execute("SELECT from_id, into_id FROM merges WHERE action = 'merge' "
                               "ORDER BY id"):
        state.redirects[src] = dst
    return state


def rekey(db: sqlite_utils.Database) -> bool:
    """Recompute stored keys when the key rules changed (ids never change)."""
    from .keys import KEY_VERSION

    row = db.execute("SELECT v FROM resolve_meta WHERE k = 'key_version'").fetchone()
    if row and row[0] == KEY_VERSION:
        return False
    types = dict(db.execute("SELECT id, type FROM entities").fetchall())
    for aid, eid, alias in db.execute("SELECT id, entity_id, alias FROM aliases").fetchall():
        key = person_key(alias) if types.get(eid) == PERSON else canonical_key(alias)
        db.execute("UPDATE aliases SET key = ?, fold = ? WHERE id = ?", [key, fold(key), aid])
    for eid, name, type_ in db.execute("SELECT id, name, type FROM entities").fetchall():
        if type_ == PERSON:
            continue
        p = parse(name)
        db.execute("UPDATE entities SET key = ?, core = coalesce(?, core) WHERE id = ?",
                   [canonical_key(name), p.core if type_ != PROVINCE else None, eid])
    db.execute("INSERT OR REPLACE INTO resolve_meta(k, v) VALUES ('key_version', ?)",
               [KEY_VERSION])
    return True
