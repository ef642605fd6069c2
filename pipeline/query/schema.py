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

Query commands only read, but a KB from an older ytekb needs these writes once.
They are done like any other write: under the KB's run lock (scrapers/lock.py),
waited for briefly (`UPGRADE_WAIT_S`), inside `BEGIN IMMEDIATE`, and checked again
once the lock is held (another process may have done them meanwhile). When a
writing run holds the lock, the read command stops with exit code 4 and names the
one command that upgrades the KB, `ytekb upgrade`, which waits for the lock.
"""
from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.kb.schema import _statements, current_version, latest_version, migrations
from scrapers.lock import Locked, RunLock, default_path

FIRST = 5   # 0005_views.sql starts the query layer
UPGRADE_WAIT_S = 5.0   # a read command waits this long for a writer's lock, then exits 4
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


@dataclass
class _Plan:
    """What `ensure_views` has to do (found read-only)."""

    stale: list[tuple[str, str]]   # (kind, name) of views and triggers to recreate
    gone: list[tuple[str, str]]    # derived objects a later migration dropped
    missing: set[str]              # tables to create
    columns: list[str]             # ALTER TABLE ... ADD COLUMN statements

    def __bool__(self) -> bool:
        return bool(self.stale or self.gone or self.missing or self.columns)


def _plan(conn: sqlite3.Connection) -> _Plan:
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
    return _Plan(stale, gone, missing, _missing_columns(conn, want))


def _db_file(conn: sqlite3.Connection) -> Path | None:
    """The main database's file ('' for :memory: and temporary databases)."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


@contextlib.contextmanager
def writer_lock(db_path: Path | None, wait: float, what: str,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """The KB's run lock for a read command's one-off write; Locked names `ytekb upgrade`."""
    if db_path is None:
        yield
        return
    lock = RunLock(default_path(db_path), wait=wait, command="upgrade", on_wait=on_wait)
    try:
        lock.acquire()
    except Locked as err:
        raise Locked(f"{err}; {what}: run `ytekb upgrade --db {db_path}` (it waits for the "
                     "lock), then this command again") from None
    try:
        yield
    finally:
        lock.release()


def _begin_immediate(conn: sqlite3.Connection, tries: int = 3) -> None:
    for attempt in range(tries):
        try:
            conn.execute("BEGIN IMMEDIATE")  # the write lock first: no stale snapshot
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err) or attempt == tries - 1:
                raise
            time.sleep(0.1 * 2 ** attempt)


def ensure_views(conn: sqlite3.Connection, wait: float = UPGRADE_WAIT_S,
                 locked: bool = False) -> list[str]:
    """Bring the query objects in line with the migrations; the names changed.

    Nothing is written when they are current. Otherwise the KB's run lock is taken
    (waiting up to `wait` s; raises Locked) unless the caller holds it (`locked`)."""
    if not _plan(conn):
        return []
    if locked or conn.in_transaction:
        return _apply(conn)
    with writer_lock(_db_file(conn), wait, "the KB's query views need updating"):
        return _apply(conn)


def _apply(conn: sqlite3.Connection) -> list[str]:
    """Recreate what the plan says, in one transaction (BEGIN IMMEDIATE, planned again
    inside it: another process may have done it while we waited)."""
    want = expected()
    in_tx = conn.in_transaction
    if not in_tx:
        _begin_immediate(conn)
    try:
        plan = _plan(conn)
        have = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql IS NOT NULL")}
        stale, gone, missing = plan.stale, plan.gone, set(plan.missing)
        # new view definitions, or index triggers that were missing or different, may
        # have left the timeline index out of date: refill it
        refill = any(kind == "view" or "_tl_" in name for kind, name in stale + gone)
        for sql in plan.columns:
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
    except BaseException:
        if not in_tx:
            conn.execute("ROLLBACK")
        raise
    return [name for _, name in stale + gone] + sorted(missing)


def needs_upgrade(db_path: Path) -> bool:
    """Read-only: would opening this KB for a query write (migrations or views)?"""
    with _read_only(db_path) as conn:
        try:
            return conn is None or current_version(conn) < latest_version() or bool(_plan(conn))
        except sqlite3.Error:
            return True   # let the normal open say what is wrong


def upgrade(db_path: Path, wait: float = UPGRADE_WAIT_S,
            on_wait: Callable[[str], None] | None = None) -> list[str]:
    """Migrate and bring the query views up to date under the KB's run lock; the names
    of what changed (migrations first). Raises Locked after `wait` seconds."""
    from pipeline.kb import store

    with writer_lock(Path(db_path), wait, "the KB needs an upgrade (migrations or query "
                     "views)", on_wait):
        before = _version(db_path)
        db = store.open_kb(db_path)   # migrates (BEGIN IMMEDIATE per migration)
        try:
            after = current_version(db.conn)
            applied = [f"migration {name}" for number, name, _ in migrations()
                       if before < number <= after]
            return applied + ensure_views(db.conn, locked=True)
        finally:
            db.close()


def _version(db_path: Path) -> int:
    """The KB's schema version, read-only (0 for a file that is not a KB yet)."""
    with _read_only(db_path) as conn:
        try:
            return current_version(conn) if conn is not None else 0
        except sqlite3.Error:
            return 0


@contextlib.contextmanager
def _read_only(db_path: Path) -> Iterator[sqlite3.Connection | None]:
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True,
                               timeout=30)
    except sqlite3.Error:
        yield None
        return
    try:
        yield conn
    finally:
        conn.close()
