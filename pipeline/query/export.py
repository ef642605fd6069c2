"""`ytekb export`: tables, views or a read-only SELECT to CSV, JSON or JSONL files.

Rows stream from SQLite to the file, so a 100k-document table never sits in
memory. Exports read through a read-only connection with an authorizer that
allows nothing but reading: `--query` may be SQL, and it still cannot write,
attach another file or change a pragma.

Files are safe to open and to replace: each is written to a temporary file in
`--out` and renamed over the target (never written through a symlink, never
left half-written); `--name` is a plain file name that cannot leave `--out`;
CSV cells that a spreadsheet would run as a formula (`= + - @`, tab, CR) get a
leading apostrophe, as OWASP's CSV-injection advice says; and a `--query`
stops after QUERY_TIME_LIMIT_S seconds or QUERY_ROW_LIMIT rows (a recursive
SELECT can be endless), leaving no file.
"""
from __future__ import annotations

import base64
import contextlib
import csv
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_text

from .common import QueryError

EXPORT_FORMATS = ("csv", "json", "jsonl")
QUERY_TIME_LIMIT_S = 120.0
QUERY_ROW_LIMIT = 5_000_000
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FILE_NAME = re.compile(r"^[^\W.][\w.-]{0,99}$")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
# Derived tables left out of a whole-KB export (rebuilt from the others), and the writer's
# bookkeeping (timeline_deferred: empty outside a transaction).
DERIVED = {"timeline_index", "timeline_deferred"}
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


def _cell(v: Any) -> Any:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    v = _value(v)
    if isinstance(v, str) and v.startswith(_FORMULA):
        return "'" + v
    return v


class _Limits:
    """Stops a query (through SQLite's progress handler) after a time limit, and
    counts rows against a row limit; either one raises QueryError."""

    def __init__(self, conn: sqlite3.Connection, seconds: float | None, rows: int | None):
        self.conn, self.seconds, self.rows = conn, seconds, rows
        self.deadline = time.monotonic() + seconds if seconds else None
        if self.deadline is not None:
            conn.set_progress_handler(lambda: int(time.monotonic() > self.deadline), 20_000)

    def check(self, n: int) -> None:
        if self.rows is not None and n > self.rows:
            raise QueryError(f"stopped after {self.rows:,} rows (the export row limit); "
                             "add a LIMIT or a narrower WHERE")

    def explain(self, err: sqlite3.Error) -> QueryError:
        if self.deadline is not None and time.monotonic() > self.deadline:
            return QueryError(f"stopped after {self.seconds:g} s (the export time limit); "
                              "add a LIMIT or a narrower WHERE")
        return QueryError(f"query failed: {err}")

    def close(self) -> None:
        self.conn.set_progress_handler(None, 0)


def _rows(cursor: sqlite3.Cursor, limits: _Limits | None,
          tick: Callable[[], None] | None) -> Iterator[tuple]:
    n = 0
    try:
        for row in cursor:
            n += 1
            if limits:
                limits.check(n)
            if tick:
                tick()
            yield row
    except sqlite3.Error as err:
        raise (limits.explain(err) if limits else QueryError(f"query failed: {err}")) from None


def _write(cursor: sqlite3.Cursor, path: Path, fmt: str, limits: _Limits | None = None,
           tick: Callable[[], None] | None = None) -> int:
    """Rows to `path`, through a temporary file renamed into place; the row count."""
    cols = [c[0] for c in cursor.description]
    n = 0
    if path.is_dir() and not path.is_symlink():
        raise QueryError(f"{path} is a directory")
    with atomic_text(path) as out:
        rows = _rows(cursor, limits, tick)
        if fmt == "csv":
            writer = csv.writer(out)
            writer.writerow([_cell(c) for c in cols])
            for row in rows:
                writer.writerow([_cell(v) for v in row])
                n += 1
        elif fmt == "jsonl":
            for row in rows:
                out.write(json.dumps(dict(zip(cols, map(_value, row))), ensure_ascii=False) + "\n")
                n += 1
        else:
            out.write("[")
            for row in rows:
                out.write(("," if n else "") + "\n" + json.dumps(
                    dict(zip(cols, map(_value, row))), ensure_ascii=False))
                n += 1
            out.write("\n]\n")
    return n


def file_name(name: str) -> str:
    """`--name` as one plain file name inside `--out` (no folders, no leading dot)."""
    if not _FILE_NAME.match(name) or name in (".", ".."):
        raise QueryError(f"--name {name!r} must be a plain file name: letters, digits, "
                         "'_', '-' and '.', not starting with '.', at most 100 characters")
    return name


def export_tables(db_path: Path, out_dir: Path, fmt: str, tables: list[str] | None = None,
                  progress: Callable[[int], Any] | None = None
                  ) -> Iterator[tuple[str, Path, int]]:
    """(table, file, rows) for each table written (all user tables by default);
    `progress(total)` makes a bar advanced once per table."""
    conn = connect_read_only(db_path)
    try:
        known = user_tables(conn) + views(conn)
        names = tables or [t for t in user_tables(conn) if t not in DERIVED]
        for name in names:
            if name not in known:
                raise QueryError(f"no table or view {name!r}; have: {', '.join(known)}")
        with (progress(len(names)) if progress else contextlib.nullcontext()) as bar:
            for name in names:
                path = out_dir / f"{name}.{fmt}"
                n = _write(conn.execute(f'SELECT * FROM "{name}"'), path, fmt)
                if bar is not None:
                    bar.update(1, name)
                yield name, path, n
    finally:
        conn.close()


def export_query(db_path: Path, query: str, out_dir: Path, fmt: str,
                 name: str | None = None, time_limit: float | None = QUERY_TIME_LIMIT_S,
                 row_limit: int | None = QUERY_ROW_LIMIT) -> tuple[str, Path, int]:
    """A view or table by name, or one read-only SELECT statement, to one file.
    SQL stops at `time_limit` seconds or `row_limit` rows (QueryError, no file)."""
    if name is not None:
        file_name(name)
    conn = connect_read_only(db_path)
    limits = None
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
            limits = _Limits(conn, time_limit, row_limit)
        try:
            cursor = conn.execute(sql)
        except sqlite3.DatabaseError as err:
            raise (limits.explain(err) if limits else QueryError(f"query failed: {err}")) from None
        path = out_dir / f"{name or label}.{fmt}"
        return label, path, _write(cursor, path, fmt, limits)
    finally:
        if limits:
            limits.close()
        conn.close()
