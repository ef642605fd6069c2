"""Schema versioning: numbered SQL migrations applied once, in order.

Each feature owns one migration file in `migrations/` (NNNN_name.sql), so
adding a table never edits an older migration and an old KB upgrades in place.
"""
from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every bundled migration, oldest first."""
    folder = resources.files("pipeline.kb") / "migrations"
    out = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def latest_version() -> int:
    return max(v for v, _, _ in migrations())


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations, each in its own transaction; return their names."""
    applied = []
    version = current_version(conn)
    for number, name, sql in migrations():
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")  # the write lock first: no stale-snapshot failure
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    out, buf = [], []
    for line in sql.splitlines(keepends=True):
        buf.append(line)
        chunk = "".join(buf)
        if sqlite3.complete_statement(chunk):
            if chunk.strip():
                out.append(chunk.strip())
            buf = []
    rest = "".join(buf).strip()
    if rest and not all(l.strip().startswith("--") for l in rest.splitlines() if l.strip()):
        out.append(rest)
    return out

