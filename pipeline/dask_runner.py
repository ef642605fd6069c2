"""Extraction on a Dask cluster (`--dask tcp://scheduler:8786`), stored here in order.

The client (the `ytekb` process holding the KB's lock) reads each input's
bytes itself, so workers need no shared file system; workers decode, parse
and extract (`pipeline.jobs.process`) and send the Extraction back; the
client stores the results in input order, one transaction per document, as a
local run does, so the KB is the same. A worker never sees the database and
never uses the network for our tasks: while one of them runs, an audit hook
refuses `sqlite3.connect` and socket connections from that thread (other
clients' tasks on a shared cluster are not affected).

Limits: Dask cannot stop a running Python thread, so `--doc-timeout` is
enforced here in wall-clock time (a document whose result has not arrived is
skipped with an error line and cancelled; the worker thread may still finish
it). Inputs unchanged since they were stored are still extracted on the
cluster; the writer then skips them (same report, same KB).
"""
from __future__ import annotations

import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .readers import FileInput, ReadError

WINDOW_PER_THREAD = 4
FORBIDDEN = ("sqlite3.connect", "socket.connect", "socket.getaddrinfo", "socket.bind")

_local = threading.local()
_guard_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in FORBIDDEN and getattr(_local, "active", False):
        raise PermissionError(f"ytekb: extraction on a Dask worker may not use {event}")


def _install_guard() -> None:
    global _guard_installed
    if not _guard_installed:
        sys.addaudithook(_audit)  # cannot be removed; it only acts inside our tasks
        _guard_installed = True


def guarded(fn: Any, arg: Any) -> Any:
    """Run `fn(arg)` on a worker with the database and the network refused."""
    _install_guard()
    _local.active = True
    try:
        return fn(arg)
    finally:
        _local.active = False


def process_on_worker(item: Any) -> Any:
    from .jobs import process

    return guarded(process, item)


def client_for(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError("--dask needs dask.distributed: pip install 'ytekb[dask]' "
                           "(or pip install -e '.[dask]' in a checkout)") from None
    return Client(address, timeout="30s", set_as_default=False)


def _loaded(item: Any) -> Any:
    """What a worker can read without our file system: file bytes read here."""
    return item.load() if isinstance(item, FileInput) else item


def outcomes(items: Iterable[Any], address: str, doc_timeout: float = 0.0) -> Iterator[Any]:
    """One jobs.Outcome per input, in input order, extracted on the cluster."""
    from distributed import TimeoutError as DaskTimeout

    from .jobs import Outcome

    client = client_for(address)
    try:
        threads = max(1, sum(client.nthreads().values()))
        window = threads * WINDOW_PER_THREAD
        wait_s = max(doc_timeout * 4, doc_timeout + 30) if doc_timeout else None
        inflight: deque[tuple[str, Any]] = deque()
        source = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(inflight) < window:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                try:
                    task = _loaded(item)
                except ReadError as err:
                    inflight.append((item.label, Outcome(item.label, error=str(err))))
                    continue
                inflight.append((item.label, client.submit(process_on_worker, task,
                                                           pure=False)))
            if not inflight:
                return
            label, pending = inflight.popleft()
            if isinstance(pending, Outcome):
                yield pending
                continue
            try:
                yield pending.result(timeout=wait_s)
            except (DaskTimeout, TimeoutError):
                pending.cancel()
                yield Outcome(label, error=f"no result from the cluster within {wait_s:g} s "
                                           "(--doc-timeout); skipped")
            except Exception as err:  # a worker lost, a task that raised on the cluster
                yield Outcome(label, error=f"cluster task failed: {type(err).__name__}: {err}")
    finally:
        client.close()
