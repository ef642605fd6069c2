"""Finding entities from what a user types: accents, case, abbreviations and
old or new province names optional.

SQL-only against the KB (plus the small gazetteer index), so a one-off
lookup in a large KB does not load the resolver's whole index.
"""
from __future__ import annotations

import sqlite_utils

from . import geo
from .index import ORG, PERSON, PROVINCE, gazetteer_index
from .keys import canonical_key, entity_id
from .keys import fold as _fold
from .keys import person_key
from .match import find
from .names import parse
from .schema import ensure_schema


def fold(text: str) -> str:
    """Accent-free, lower-case key ("Bạch Mai" -> "bach mai") for user input."""
    return _fold(canonical_key(text))


def _type_clause(type_: str | None) -> tuple[str, list[str]]:
    if not type_:
        return "", []
    if type_ == ORG:
        return " AND e.type NOT IN ('person', 'province')", []
    return " AND e.type = ?", [type_]


def _redirect(db: sqlite_utils.Database, eid: str) -> str:
    for _ in range(10):
        row = db.execute("SELECT into_id FROM merges WHERE from_id = ? AND action = 'merge' "
                         "ORDER BY id DESC LIMIT 1", [eid]).fetchone()
        if not row:
            break
        eid = row[0]
    return eid


def find_entities(db: sqlite_utils.Database, query: str, type_: str | None = None,
                  limit: int = 20) -> list[str]:
    """Entity ids whose name or alias matches `query`, best first.

    Ranks: 0 same key (or the id itself, or the province named); 1 the same
    organisation by gazetteer or by name and province (renamed provinces
    included), or a province a queried new province was formed from; 2 same
    accent-free form; 3 accent-free substring. Ties: most mentioned first.
    """
    ensure_schema(db.conn)
    q = " ".join((query or "").split())
    if not q:
        return []
    clause, params = _type_clause(type_)
    ranks: dict[str, int] = {}

    def add(rows, rank: int) -> None:
        for (eid,) in rows:
            if rank < ranks.get(eid, 9):
                ranks[eid] = rank

    def ids(sql: str, args: list) -> list[tuple[str]]:
        return db.execute("SELECT DISTINCT e.id FROM entities e " + sql + clause,
                          [*args, *params]).fetchall()

    add(ids("WHERE e.id = ?", [_redirect(db, q)]), 0)
    add(ids("JOIN aliases a ON a.entity_id = e.id WHERE a.key IN (?, ?)",
            [canonical_key(q), person_key(q)]), 0)
    prov = geo.lookup(q)
    if prov:
        add(ids("WHERE e.id = ?", [entity_id(PROVINCE, canonical_key(prov))]), 0)
        for former in geo.former_names(prov):
            add(ids("WHERE e.id = ?", [entity_id(PROVINCE, canonical_key(former))]), 1)
    else:
        p = parse(q)
        m = find([gazetteer_index()], p, p.territory, None, "other", ok=lambda rec: True)
        if m:
            add(ids("WHERE e.id = ?", [_redirect(db, m.rec.eid)]), 1)
        if p.territory and not p.scoped:
            add(ids("WHERE e.core = ? AND e.territory = ?", [p.core, p.territory]), 1)
    folded = fold(q)
    add(ids("JOIN aliases a ON a.entity_id = e.id WHERE a.fold = ?", [folded]), 2)
    if len(folded) >= 2:
        like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        add(ids("JOIN aliases a ON a.entity_id = e.id WHERE a.fold LIKE ? ESCAPE '\\'", [like]), 3)
    if not ranks:
        return []
    marks = ",".join("?" * len(ranks))
    counts = dict(db.execute("SELECT entity_id, count(*) FROM mentions "
                             f"WHERE entity_id IN ({marks}) GROUP BY entity_id",
                             list(ranks)).fetchall())
    names = dict(db.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})",
                            list(ranks)).fetchall())
    order = sorted(ranks, key=lambda e: (ranks[e], -counts.get(e, 0), names.get(e, ""), e))
    return order[:limit]


__all__ = ["find_entities", "fold", "ORG", "PERSON", "PROVINCE"]
