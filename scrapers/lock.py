"""A lock file so two nightly runs never write the same KB at once.

The kernel's flock is the real lock: it dies with its process, even on
`kill -9`, so a lock left by a dead run is simply taken over. The file also
holds the owner's pid and start time, for the "another run holds the lock"
message and for systems without flock (there a dead pid means stale).
"""
from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


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
    """Context manager: `with RunLock(path): ...` or raise Locked at once."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.fd: int | None = None
        self.took_over: dict | None = None  # the stale owner we replaced, if any

    def owner(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def acquire(self) -> RunLock:
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
                    "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
            os.fsync(fd)
            self.fd = fd
            return self
        raise Locked(f"could not acquire {self.path} (it keeps being replaced)")

    def _message(self) -> str:
        o = self.owner()
        who = f"pid {o['pid']} on {o.get('host', '?')} since {o.get('started', '?')}" \
            if o.get("pid") else "another process"
        return f"another run holds the lock {self.path} ({who}); exiting"

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        os.close(self.fd)  # closing drops the flock
        self.fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
