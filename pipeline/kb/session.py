"""A writing run: the KB's lock, the KB open, dead runs marked, this run recorded.

Every command that writes a KB goes through `writing_run`, so there is one
writer at a time by design: a second writer waits for the lock (bounded, and
said once on stderr) or exits with code 4. While it holds the lock no other
run can be live, so any run still marked 'running' died (kill -9, power cut)
and is marked 'interrupted'. SIGTERM becomes KeyboardInterrupt here, so a
terminated run records itself as interrupted instead of vanishing.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapers.lock import RunLock, default_path

from . import store


@dataclass
class Session:
    db: Any                      # sqlite_utils.Database
    run_id: int
    lock: RunLock
    interrupted: list[int] = field(default_factory=list)


def _terminate(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextlib.contextmanager
def term_as_interrupt() -> Iterator[None]:
    """SIGTERM -> KeyboardInterrupt for the duration (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


@contextlib.contextmanager
def writing_run(db_path: str | Path, command: str, wait: float = 0.0,
                lock_path: str | Path | None = None,
                on_wait: Callable[[str], None] | None = None) -> Iterator[Session]:
    """Lock, open, mark dead runs, start this run's record; raises lock.Locked."""
    lock = RunLock(lock_path or default_path(db_path), wait=wait, command=command,
                   on_wait=on_wait)
    with lock, term_as_interrupt():
        db = store.open_kb(db_path)
        try:
            interrupted = store.mark_interrupted(db)
            yield Session(db, store.start_run(db, command), lock, interrupted)
        finally:
            db.close()
