"""The KB's run lock: one writing run (nightly, crawl, ingest, run, reextract) at a time.

The kernel's flock is the real lock: it dies with its process, even on
`kill -9`, so a lock left by a dead run is simply taken over. The file also
holds the owner's pid, command and start time, for the "another run holds the
lock" message and for systems without flock (there a dead pid means stale).
A run may wait for the lock (`wait` seconds, polled, reported once through
`on_wait`) instead of giving up at once; the wait is always bounded.
"""
from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


_HELD: set[int] = set()   # lock fds of this process; a forked child closes its copies


def _close_in_child() -> None:
    """A forked worker must not keep the run lock alive after its parent ends."""
    for fd in _HELD:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


class Locked(Exception):
    """Another live process holds the lock."""


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def default_path(db_path: str | os.PathLike[str]) -> Path:
    """`outputs/ytekb.sqlite` -> `outputs/ytekb.sqlite.lock`."""
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


class RunLock:
    """Context manager: `with RunLock(path): ...`, or raise Locked (at once, or after
    waiting up to `wait` seconds; `on_wait(message)` is called once when waiting starts)."""

    POLL_S = 0.2

    def __init__(self, path: str | os.PathLike[str], wait: float = 0.0, command: str = "",
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.path = Path(path)
        self.wait = max(0.0, wait)
        self.command = command
        self.on_wait = on_wait
        self.fd: int | None = None
        self.took_over: dict | None = None  # the stale owner we replaced, if any
        self.waited: float = 0.0            # seconds spent waiting for another run

    def acquire(self) -> RunLock:
        start = time.monotonic()
        told = False
        while True:
            try:
                self._try_acquire()
                self.waited = time.monotonic() - start
                return self
            except Locked:
                waited = time.monotonic() - start
                if waited >= self.wait:
                    if self.wait:
                        raise Locked(f"{self._message(exiting=False)}; gave up after waiting "
                                     f"{waited:.0f} s (--wait {self.wait:g})") from None
                    raise
                if not told and self.on_wait:
                    self.on_wait(f"{self._message(exiting=False)}; waiting up to "
                                 f"{self.wait:g} s")
                    told = True
                time.sleep(min(self.POLL_S, max(0.0, self.wait - waited)))

    def owner(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def _try_acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    os.close(fd)
                    raise Locked(self._message()) from None
                # the holder may have unlinked the file between our open and flock
                try:
                    same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
            else:  # pragma: no cover - no flock: fall back to the pid check
                prev = self.owner()
                if prev.get("pid") and prev.get("pid") != os.getpid() and _alive(int(prev["pid"])):
                    os.close(fd)
                    raise Locked(self._message())
            prev = self.owner()
            if prev.get("pid"):
                self.took_over = prev
            info = {"pid": os.getpid(), "host": socket.gethostname(),
                    "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "command": self.command}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
            os.fsync(fd)
            self.fd = fd
            _HELD.add(fd)
            return
        raise Locked(f"could not acquire {self.path} (it keeps being replaced)")

    def _message(self, exiting: bool = True) -> str:
        o = self.owner()
        what = f"`ytekb {o['command']}`, " if o.get("command") else ""
        who = f"{what}pid {o['pid']} on {o.get('host', '?')} since {o.get('started', '?')}" \
            if o.get("pid") else "another process"
        return f"another run holds the lock {self.path} ({who})" + ("; exiting" if exiting else "")

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        _HELD.discard(self.fd)
        os.close(self.fd)  # closing drops the flock
        self.fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
