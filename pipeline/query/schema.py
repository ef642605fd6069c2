"""Keeping the query layer's views, name index and timeline index current.

Migrations run once per version number, so a KB that was past version 5 when
0005_views.sql arrived, or that ran an earlier draft of it, would keep missing
or stale objects. All of them are derived data: `ensure_views` recreates what
differs from the migration file (views and triggers compared by their SQL,
tables created when missing, the timeline index rebuilt when the views that
fill it changed), so the CLI, sqlite3 and Datasette read the same definitions.
"""
from __future__ import annotations

import re
import sqlite3
from functools import cache

from pipeline.kb.schema import _statements

MIGRATION = "0005_views.sql"  # the first; later migrations may redefine its objects
_OBJECT = re.compile(r"^CREATE (VIEW|TRIGGER|TABLE|VIRTUAL TABLE|INDEX) (?:IF NOT EXISTS )?(\w+)\b(.*)$",
                     re.DOTALL | re.IGNORECASE)
_INSERT = re.compile(r"^INSERT (?:OR \w+ )?INTO (\w+)", re.IGNORECASE)


def tune(conn: sqlite3.Connection) -> None:
    """Read-side settings for query commands: memory-mapped reads and a larger page
    cache make the random document lookups of a query several times cheaper on a
    big KB (nothing is written; the file and its journal mode are unchanged)."""
    conn.execute("PRAGMA mmap_size = 1073741824")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")


def _norm(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").rstrip()


@cache
def _migration() -> list[tuple[str, str, str]]:
    """(kind, name, sql) per statement of 0005 and the migrations after it, comments
    removed, in order; an object redefined by a later migration keeps only its last
    definition. kind is view, trigger, table, virtual table, index or insert."""
    from pipeline.kb.schema import migrations

    first = int(MIGRATION[:4])
    out: list[tuple[str, str, str]] = []
    for number, _, sql in migrations():
        if number >= first:
            for item in _parsed(sql):
                out = [o for o in out if item[0] == "insert" or o[:2] != item[:2]]
                out.append(item)
    return out


def _parsed(sql: str) -> list[tuple[str, str, str]]:
    out = []
    for statement in _statements(sql):
        body = "\n".join(l for l in statement.splitlines() if not l.lstrip().startswith("--"))
        body = body.strip()
        m = _OBJECT.match(body)
        if m:
            out.append((m.group(1).lower(), m.group(2), body))
        else:
            ins = _INSERT.match(body)
            out.append(("insert", ins.group(1) if ins else "", body))
    return out


def _body(sql: str) -> str:
    m = _OBJECT.match(sql.strip())
    return _norm(m.group(3)) if m else _norm(sql)


def ensure_views(conn: sqlite3.Connection) -> list[str]:
    """Bring the 0005 objects in line with the migration file; the names changed."""
    statements = _migration()
    have = {name: sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    stale = [(kind, name) for kind, name, sql in statements if kind in ("view", "trigger")
             and (name not in have or _body(have[name]) != _body(sql))]
    missing = {name for kind, name, _ in statements
               if kind in ("table", "virtual table") and name not in have}
    if not stale and not missing:
        return []
    # new view definitions, or index triggers that were missing or different, may
    # have left the timeline index out of date: refill it
    refill = any(kind == "view" or "_tl_" in name for kind, name in stale)
    in_tx = conn.in_transaction
    if not in_tx:
        conn.execute("BEGIN")
    try:
        for kind, name in stale:
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        if refill and "timeline_index" in have:
            conn.execute("DELETE FROM timeline_index")
            missing.add("timeline_index")
        for kind, name, sql in statements:
            if kind != "insert" or name in missing:  # backfills only where needed
                conn.execute(sql)
        if not in_tx:
            conn.execute("COMMIT")
    except Exception:
        if not in_tx:
            conn.execute("ROLLBACK")
        raise
    return [name for _, name in stale] + sorted(missing)
