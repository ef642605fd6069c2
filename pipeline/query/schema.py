"""Keeping the query layer's views, name index and timeline index current.

Migrations run once per version number, so a KB that was past a version when its
file arrived, or that ran an earlier draft of it, would keep missing or stale
objects. All of them are derived data. `ensure_views` reads every migration from
0005 (the query layer) onwards in order, keeps each object's latest definition (a
later `DROP VIEW`/`DROP TRIGGER` removes it, a later `CREATE` replaces it) and
recreates what differs in the KB: views and triggers compared by their SQL,
tables created when missing, columns added when missing, and the timeline index
refilled when the views that fill it changed. So the CLI, sqlite3 and Datasette
always read the same definitions.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache

from pipeline.kb.schema import _statements, migrations

FIRST = 5   # 0005_views.sql starts the query layer
_OBJECT = re.compile(r"^CREATE (VIEW|TRIGGER|TABLE|VIRTUAL TABLE|INDEX) (?:IF NOT EXISTS )?(\w+)\b(.*)$",
                     re.DOTALL | re.IGNORECASE)
_DROP = re.compile(r"^DROP (VIEW|TRIGGER|TABLE|INDEX) (?:IF EXISTS )?(\w+)", re.IGNORECASE)
_INSERT = re.compile(r"^INSERT (?:OR \w+ )?INTO (\w+)", re.IGNORECASE)
_COLUMN = re.compile(r"^ALTER TABLE (\w+) ADD COLUMN (\w+)", re.IGNORECASE)


def tune(conn: sqlite3.Connection) -> None:
    """Read-side settings for query commands: memory-mapped reads and a larger page
    cache make the random document lookups of a query several times cheaper on a
    big KB (nothing is written; the file and its journal mode are unchanged)."""
    conn.execute("PRAGMA mmap_size = 1073741824")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")


def _norm(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").rstrip()


@dataclass
class Expected:
    """The query layer as the migrations leave it."""

    objects: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (kind, sql)
    dropped: dict[str, str] = field(default_factory=dict)              # name -> kind
    backfills: dict[str, str] = field(default_factory=dict)            # table -> last INSERT
    columns: list[tuple[str, str, str]] = field(default_factory=list)  # (table, column, sql)


@cache
def expected() -> Expected:
    """Every statement of migrations 0005+, comments removed, folded in order."""
    out = Expected()
    for number, _name, sql in migrations():
        if number < FIRST:
            continue
        for statement in _statements(sql):
            body = "\n".join(l for l in statement.splitlines()
                             if not l.lstrip().startswith("--")).strip()
            if m := _OBJECT.match(body):
                kind, name = m.group(1).lower(), m.group(2)
                out.objects.pop(name, None)
                out.objects[name] = (kind, body)   # re-inserted: keeps migration order
                out.dropped.pop(name, None)
            elif m := _DROP.match(body):
                out.objects.pop(m.group(2), None)
                out.dropped[m.group(2)] = m.group(1).lower()
            elif m := _INSERT.match(body):
                out.backfills[m.group(1)] = body
            elif m := _COLUMN.match(body):
                out.columns.append((m.group(1), m.group(2), body))
    return out


def _body(sql: str) -> str:
    m = _OBJECT.match(sql.strip())
    return _norm(m.group(3)) if m else _norm(sql)


def _missing_columns(conn: sqlite3.Connection, want: Expected) -> list[str]:
    out = []
    for table, column, sql in want.columns:
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if have and column not in have:
            out.append(sql)
    return out


def ensure_views(conn: sqlite3.Connection) -> list[str]:
    """Bring the query objects in line with the migrations; the names changed."""
    want = expected()
    have = {name: (kind, sql) for name, kind, sql in conn.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    stale = [(kind, name) for name, (kind, sql) in want.objects.items()
             if kind in ("view", "trigger")
             and (name not in have or _body(have[name][1]) != _body(sql))]
    gone = [(kind, name) for name, kind in want.dropped.items()   # derived objects only
            if kind in ("view", "trigger", "index") and name in have and name not in want.objects]
    missing = {name for name, (kind, _) in want.objects.items()
               if kind in ("table", "virtual table") and name not in have}
    columns = _missing_columns(conn, want)
    if not stale and not missing and not gone and not columns:
        return []
    # new view definitions, or index triggers that were missing or different, may
    # have left the timeline index out of date: refill it
    refill = any(kind == "view" or "_tl_" in name for kind, name in stale + gone)
    in_tx = conn.in_transaction
    if not in_tx:
        conn.execute("BEGIN")
    try:
        for sql in columns:
            conn.execute(sql)
        for kind, name in stale + gone:
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        if refill and "timeline_index" in have:
            conn.execute("DELETE FROM timeline_index")
            missing.add("timeline_index")
        for name, (kind, sql) in want.objects.items():
            if (kind, name) in stale or name in missing or (kind == "index" and name not in have):
                conn.execute(sql)
        for table, sql in want.backfills.items():
            if table in missing:   # backfills only where needed
                conn.execute(sql)
        if not in_tx:
            conn.execute("COMMIT")
    except Exception:
        if not in_tx:
            conn.execute("ROLLBACK")
        raise
    return [name for _, name in stale + gone] + sorted(missing)
