"""Making sure the resolution tables exist.

Migrations run once per version number, so a KB that was already past
version 3 when 0003_resolution.sql was added never ran it. This re-applies
that file idempotently whenever its tables are missing.
"""
from __future__ import annotations

import sqlite3
from importlib import resources

from pipeline.kb.schema import _statements

MIGRATION = "0003_resolution.sql"


def ensure_schema(conn: sqlite3.Connection) -> bool:
    """Create missing resolution tables and columns; True if anything was done."""
    have = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='resolve_meta'"
                        ).fetchone()
    if have:
        return False
    sql = (resources.files("pipeline.kb") / "migrations" / MIGRATION).read_text(encoding="utf-8")
    for statement in _statements(sql):
        try:
            conn.execute(statement)
        except sqlite3.OperationalError as err:
            if "duplicate column" not in str(err) and "already exists" not in str(err):
                raise
    return True
