"""Read commands on a KB whose query views are out of date, with real processes.

Refreshing the views is a write, so a query command does it as a writer: under the
KB's run lock (waited for a few seconds), in BEGIN IMMEDIATE. While another process
holds the lock (a nightly), the query exits 4 and names `ytekb upgrade`, leaving the
KB untouched; a current KB is read at once whoever holds the lock; two readers that
race on a stale KB both answer. Every wait is bounded."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sites import cli_env, spawn, ytekb

STALE_SQL = "CREATE VIEW timeline_facts AS SELECT 1 AS kind"


def copy_of(db: Path, folder: Path, stale: bool) -> Path:
    """A copy of the KB; `stale`: with a view from an older draft and a missing trigger."""
    out = folder / "kb.sqlite"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(out)
    src.backup(dst)
    src.close()
    if stale:
        dst.isolation_level = None
        dst.execute("DROP VIEW timeline_facts")
        dst.execute(STALE_SQL)
        dst.execute("DROP TRIGGER dates_tl_ai")
    dst.close()
    return out


def schema_of(db: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def is_stale(db: Path) -> bool:
    sql = dict((name, s) for _, name, s in schema_of(db))
    return sql.get("timeline_facts") == STALE_SQL or "dates_tl_ai" not in sql


def first_line(proc: subprocess.Popen, seconds: float) -> str:
    """The first stderr line of a running process, waited for at most `seconds`."""
    import selectors

    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        if not sel.select(seconds):
            return ""
    return proc.stderr.readline().decode("utf-8", "replace")


HOLD = """
import sys
from scrapers.lock import RunLock, default_path
with RunLock(default_path(sys.argv[1]), command="nightly"):
    print("held", flush=True)
    sys.stdin.readline()
"""


class Holder:
    """A real process holding the KB's run lock (as `ytekb nightly` does) until released."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], env=cli_env(),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     cwd=Path(__file__).resolve().parents[1])
        assert self.proc.stdout.readline().strip() == b"held"

    def release(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(30)

    def __enter__(self) -> Holder:
        return self

    def __exit__(self, *exc) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)


def test_a_read_on_stale_views_while_a_writer_holds_the_lock_exits_4_naming_upgrade(
        small_kb, tmp_path):
    db = copy_of(small_kb, tmp_path, stale=True)
    before = schema_of(db)
    with Holder(db) as holder:
        started = time.monotonic()
        res = ytekb("search", "Bạch Mai", "--db", db, cwd=tmp_path, timeout=60)
        waited = time.monotonic() - started
        assert res.code == 4, res.explain()
        lines = res.stderr.strip().replace("\n  ", " ").splitlines()   # (a wrapped line, whole)
        assert len(lines) == 1 and "Traceback" not in res.stderr, res.explain()
        assert f"`ytekb upgrade --db {db}`" in lines[0] and "`ytekb nightly`" in lines[0]
        assert "gave up after waiting" in lines[0] and waited < 40
        assert schema_of(db) == before  # nothing written without the lock
        # `ytekb upgrade` waits for the lock, then does it
        upgrading = spawn("upgrade", "--db", db, "--wait", "60", cwd=tmp_path)
        said = first_line(upgrading, 60)
        assert "waiting up to 60 s" in said and "`ytekb nightly`" in said, said
        assert upgrading.poll() is None and schema_of(db) == before
        holder.release()
        out, err = upgrading.communicate(timeout=60)
    assert upgrading.returncode == 0, err.decode()
    assert "upgraded" in out.decode() and "timeline_facts" in out.decode()
    assert not is_stale(db)
    again = ytekb("upgrade", "--db", db, cwd=tmp_path)
    assert again.code == 0 and "already up to date" in again.stdout, again.explain()
    res = ytekb("search", "Bạch Mai", "--db", db, "--json", cwd=tmp_path)
    assert res.code == 0 and "Bạch Mai" in res.stdout, res.explain()


def test_a_small_kb_is_read_at_once_while_a_writer_holds_the_lock(small_kb, tmp_path):
    db = copy_of(small_kb, tmp_path, stale=False)
    before = schema_of(db)
    with Holder(db):
        started = time.monotonic()
        res = ytekb("search", "Bạch Mai", "--db", db, "--json", cwd=tmp_path, timeout=60)
        assert res.code == 0 and "Bạch Mai" in res.stdout, res.explain()
        assert "lock" not in res.stderr and time.monotonic() - started < 30
    assert schema_of(db) == before


def test_two_readers_racing_on_stale_views_both_answer_and_the_views_are_rebuilt_once(
        small_kb, tmp_path):
    db = copy_of(small_kb, tmp_path, stale=True)
    procs = [spawn("search", "Bạch Mai", "--db", db, "--json", cwd=tmp_path) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode()
        assert "Bạch Mai" in out.decode() and "locked" not in err.decode()
    assert not is_stale(db)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = list(conn.execute("SELECT entity_id, kind, fact_id, date, document_id, "
                                   "sentence, start FROM timeline_index"))
        assert stored and len(stored) == len(set(stored))  # refilled once, not twice
        assert set(stored) == set(conn.execute("SELECT * FROM timeline_keys"))
    finally:
        conn.close()
