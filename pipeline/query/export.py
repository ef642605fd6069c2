"""`ytekb export`: tables, views or a read-only SELECT to CSV, JSON or JSONL files.

Rows stream from SQLite to the file, so a 100k-document table never sits in
memory. Exports read through a read-only connection with an authorizer that
allows nothing but reading: `--query` may be SQL, and it still cannot write,
attach another file or change a pragma.
"""
from __future__ import annotations

import base64
import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import QueryError

EXPORT_FORMATS = ("csv", "json", "jsonl")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Derived tables left out of a whole-KB export (rebuilt from the others).
DERIVED = {"timeline_index"}
_READ_ONLY = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
              getattr(sqlite3, "SQLITE_RECURSIVE", 33)}


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    conn.set_authorizer(lambda action, *_: sqlite3.SQLITE_OK if action in _READ_ONLY
                        else sqlite3.SQLITE_DENY)
    return conn


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables people want: no SQLite internals, FTS indexes or their shadow tables."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [n for n, _ in rows
            if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]


def views(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")]


def _value(v: Any) -> Any:
    return base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v


def _write(cursor: sqlite3.Cursor, path: Path, fmt: str) -> int:
    cols = [c[0] for c in cursor.description]
    n = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            writer = csv.writer(out)
            writer.writerow(cols)
            for row in cursor:
                writer.writerow([_value(v) for v in row])
                n += 1
        elif fmt == "jsonl":
            for row in cursor:
                out.write(json.dumps(dict(zip(cols, map(_value, row))), ensure_ascii=False) + "\n")
                n += 1
        else:
            out.write("[")
            for row in cursor:
                out.write(("," if n else "") + "\n" + json.dumps(
                    dict(zip(cols, map(_value, row))), ensure_ascii=False))
                n += 1
            out.write("\n]\n")
    return n


def export_tables(db_path: Path, out_dir: Path, fmt: str,
                  tables: list[str] | None = None) -> Iterator[tuple[str, Path, int]]:
    """(table, file, rows) for each table written (all user tables by default)."""
    conn = connect_read_only(db_path)
    try:
        known = user_tables(conn) + views(conn)
        for name in tables or [t for t in user_tables(conn) if t not in DERIVED]:
            if name not in known:
                raise QueryError(f"no table or view {name!r}; have: {', '.join(known)}")
            path = out_dir / f"{name}.{fmt}"
            yield name, path, _write(conn.execute(f'SELECT * FROM "{name}"'), path, fmt)
    finally:
        conn.close()


def export_query(db_path: Path, query: str, out_dir: Path, fmt: str,
                 name: str | None = None) -> tuple[str, Path, int]:
    """A view or table by name, or one read-only SELECT statement, to one file."""
    conn = connect_read_only(db_path)
    try:
        query = query.strip().rstrip(";").strip()
        if _NAME.match(query):
            if query not in user_tables(conn) + views(conn):
                raise QueryError(f"no table or view {query!r}; views: {', '.join(views(conn))}")
            label, sql = query, f'SELECT * FROM "{query}"'
        else:
            if not re.match(r"(?is)^\s*(select|with)\b", query):
                raise QueryError("--query takes a table or view name, or a SELECT statement")
            label, sql = name or "query", query
        try:
            cursor = conn.execute(sql)
        except sqlite3.DatabaseError as err:
            raise QueryError(f"query failed: {err}") from None
        path = out_dir / f"{name or label}.{fmt}"
        return label, path, _write(cursor, path, fmt)
    finally:
        conn.close()
