"""Entities no fact cites any more leave the KB.

A document re-extracted (`ytekb reextract`, or a changed page ingested again) has its
facts replaced; an entity only its old facts named would stay behind as a ghost: an
entity page, a count on the home page, a search hit with nothing under it. `prune`
removes such entities in the caller's transaction, with their aliases and person
scopes (cascaded) and the person scopes that point at them, so the KB holds what a
fresh ingest of the same documents would hold. Running it again removes nothing.

Kept whatever cites them: a province entity while an entity it contains remains (the
resolver makes one with the first organisation or person of the province), and every
entity an override made or names: one it created (`source = 'override'`), the target
(or the kept side) of a merge or split in `merges`, whose redirect would otherwise point
at nothing, and one holding an alias the overrides file gave it (`method = 'override'`),
which the file, applied already, would not give again.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import geo
from .keys import canonical_key, entity_id
from .index import PROVINCE, drop
from .report import FACT_LINKS

# every column that names an entity
CITED = tuple(f"SELECT {column} FROM {table} WHERE {{w}}" for table, column in FACT_LINKS)
# what the user's overrides hold in the KB, cited or not
KEPT = ("SELECT into_id FROM merges WHERE {w}",
        "SELECT from_id FROM merges WHERE {w}",
        "SELECT entity_id FROM aliases WHERE method = 'override' AND {w}")
_UNCITED = " AND ".join(
    f"NOT EXISTS ({sql.format(w=sql.split()[1] + ' = e.id')})" for sql in CITED + KEPT)


def cited_by(db: Any, doc_id: int) -> set[str]:
    """The entities a document's stored facts name (read before they are replaced)."""
    sql = " UNION ".join(s.format(w="document_id = ?") for s in CITED)
    return {r[0] for r in db.execute(sql, [doc_id] * len(CITED)) if r[0]}


def province_entity_id(name: str) -> str:
    """The id the resolver gives the province entity of an entity in province `name` (a renamed
    unit's successor: `geo.territory`)."""
    return entity_id(PROVINCE, canonical_key(geo.territory(name)))


def prune(db: Any, candidates: Iterable[str] | None = None) -> list[str]:
    """Delete the entities (of `candidates`, or of the whole KB) no fact cites; their ids."""
    gone: list[str] = []
    todo = None if candidates is None else sorted(set(candidates))
    while todo is None or todo:
        where = "e.source IS NOT 'override' AND " + _UNCITED
        params: list[Any] = []
        if todo is not None:
            where += f" AND e.id IN ({','.join('?' * len(todo))})"
            params = todo
        rows = db.execute(f"SELECT e.id, e.type, e.province FROM entities e WHERE {where}",
                          params).fetchall()
        homes = _provinces_in_use(db)
        doomed = [eid for eid, type_, _ in rows if type_ != PROVINCE or eid not in homes]
        if not doomed:
            break
        marks = ",".join("?" * len(doomed))
        db.execute(f"DELETE FROM person_scopes WHERE scope IN ({marks})",
                   [f"org:{e}" for e in doomed])
        db.execute(f"DELETE FROM aliases WHERE entity_id IN ({marks})", doomed)
        db.execute(f"DELETE FROM person_scopes WHERE person_id IN ({marks})", doomed)
        db.execute(f"DELETE FROM entities WHERE id IN ({marks})", doomed)
        gone += doomed
        # the province entities of what left may have nothing left in them
        todo = sorted({province_entity_id(p) for _, t, p in rows if p and t != PROVINCE
                       and p in geo.provinces()} - set(gone))
    if gone:
        drop(db, gone)   # the resolver's cached index still holds them
    return gone


def _provinces_in_use(db: Any) -> set[str]:
    return {province_entity_id(p) for (p,) in db.execute(
        "SELECT DISTINCT province FROM entities WHERE type != ? AND province IS NOT NULL",
        [PROVINCE]) if p in geo.provinces()}
