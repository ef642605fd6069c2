"""Read-only queries on a KB file from tests, while a crawl may still be writing it."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def q(db: Path, sql: str, *args):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
