"""Worker processes: one function over many tasks, on every core, results in input order.

Why processes: extraction is pure-Python CPU work, so threads would share one
core; and a process is the only thing that can be stopped for sure when one
document runs away (a regex stuck in C ignores signals until it returns).

Each worker is forked from the parent (modules already imported are shared,
so a worker costs no import time) and serves tasks over its own pipe. Every
task gets a CPU budget: a timer inside the worker (`ITIMER_PROF`) stops Python
code at the budget; the parent kills a worker whose CPU time goes past the
budget plus a grace period (C code that never returns) and starts a new one.
Either way the task becomes one failure and the batch goes on. Workers ignore
Ctrl-C (the parent decides) and die with the parent, even after `kill -9`.

A warm-up (`Pool(warm=...)`: a model that every worker should share) does not keep
the other cores idle: the first worker forks before it, "cold", and extracts while
the parent loads in a thread (and stores what comes back); a task that needs what
the warm-up loads raises `Cold` there and goes to a warm worker. The rest fork once
the warm-up is done, and the cold one retires when its queue is empty (a warm fork
replaces it).
"""
from __future__ import annotations

import contextlib
import logging
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("ytekb.parallel")

DEPTH = 2              # tasks queued per worker, so it never waits while the parent stores
SMALL = 32 * 1024      # a second task is queued only when its pickle is this small
POLL_S = 0.2
COLD_WINDOW = 256      # more tasks in flight during the warm-up: one a cold worker sent back
#                        must not stop the cold worker from going on meanwhile
Result = tuple[bool, Any]   # (True, value) or (False, one-line error message)


def default_jobs() -> int:
    """The CPUs this process may run on (cgroup/affinity aware where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def over_budget_message(budget: float) -> str:
    return (f"over the {budget:g} s CPU budget per document (--doc-timeout); skipped")


class OverBudget(BaseException):
    """Raised inside a worker when its task used up the CPU budget (a BaseException,
    so the task's own `except Exception` cannot swallow it)."""


class Cold(BaseException):
    """Raised in a cold worker (forked before the parent's warm-up) by a task that
    needs what the warm-up loads: the task goes back to the parent for a warm worker.
    A BaseException, like OverBudget, so no `except Exception` on the way swallows it."""


_armed = False
# after the budget, the timer keeps firing at this interval until disarmed: a signal that
# lands where Python swallows exceptions (a __del__, a weakref callback, gc) is not the last
REARM = 0.05


def _on_prof(signum: int, frame: Any) -> None:
    if _armed:
        raise OverBudget()


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in this (main) thread once it has used `seconds` of CPU.

    The in-process form of the budget (`--jobs 1`): it stops Python code, but
    not a single C call that never returns; worker processes add that."""
    global _armed
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGPROF, _on_prof)
    _armed = True
    signal.setitimer(signal.ITIMER_PROF, seconds, REARM)
    try:
        yield
    finally:
        _armed = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the parent dies (kill -9 included)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _serve(conn: Any, fn: Callable[[Any], Any], budget: float,
           init: tuple[Callable[..., Any], tuple[Any, ...]] | None,
           siblings: tuple[int, ...] = (), cold: Callable[[], None] | None = None) -> None:
    """A worker's loop: receive (index, task), send (index, ok, value, retire, cpu); a
    None task or the parent's end closing stops it. `cpu`, this process's CPU seconds
    so far, spares the parent reading /proc to mark where the next task starts. `ok` is
    None for a task sent back by a cold worker (`cold` runs first in one: it makes loading
    what the warm-up loads raise Cold)."""
    global _armed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    for fd in siblings:  # forked copies of the parent's ends of other workers' pipes
        try:
            os.close(fd)
        except OSError:
            pass
    if init is not None:
        init[0](*init[1])
    if cold is not None:
        cold()
    if budget:
        signal.signal(signal.SIGPROF, _on_prof)
    while True:
        try:
            message = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        retire = False
        try:
            if budget:
                _armed = True
                signal.setitimer(signal.ITIMER_PROF, budget, REARM)
            value = fn(task)
            _armed = False
            reply = (index, True, value, False)
        except OverBudget:
            _armed, retire = False, True  # state may be half-changed: a fresh worker follows
            reply = (index, False, over_budget_message(budget), True)
        except Cold:
            _armed = False
            reply = (index, None, None, False)
        except Exception as err:  # the task function should catch its own; last resort
            _armed = False
            reply = (index, False, f"unexpected {type(err).__name__}: {err}", False)
        finally:
            _armed = False
            if budget:
                signal.setitimer(signal.ITIMER_PROF, 0)
        try:
            data = pickle.dumps((*reply, time.process_time()), pickle.HIGHEST_PROTOCOL)
        except Exception as err:
            data = pickle.dumps((index, False, f"result cannot be sent: {err}", retire,
                                 time.process_time()))
        try:
            conn.send_bytes(data)
        except OSError:
            return
        if retire:
            return


def _quietly(load: Callable[[], None]) -> None:
    """Run the warm-up; it only saves time, so a failure in it is logged, not raised."""
    try:
        load()
    except Exception:
        log.debug("warm-up failed", exc_info=True)


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a live process (Linux /proc), else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return None


def _children_cpu() -> float:
    """User + system CPU of this process's reaped children (0 where not measured)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_CPUS = os.cpu_count() or 1   # a worker's threads use at most this much CPU per wall second


def _readable(fds: list[int], timeout: float) -> list[int]:
    """The pipes among `fds` with an answer (or an end: a dead worker) to read.

    `multiprocessing.connection.wait` without its selector objects, which cost the
    single writer more than the pipes' reads: this runs a few times per document."""
    if not hasattr(select, "poll"):  # pragma: no cover - not Linux/macOS
        from multiprocessing.connection import wait

        return list(wait(fds, timeout=timeout))
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN)
    return [fd for fd, _ in poller.poll(max(0, int(timeout * 1000)))]


@dataclass
class _Worker:
    proc: Any
    conn: Any
    queue: deque[int] = field(default_factory=deque)
    cpu_mark: float | None = None
    wall_mark: float = 0.0
    retiring: bool = False
    cpu_seen: float = 0.0   # the worker's CPU when it last answered (a forked one starts at 0)
    cold: bool = False      # forked before the warm-up
    draining: bool = False  # takes no new task; stops (and a warm fork replaces it) when idle

    def mark(self, cpu: float | None = None) -> None:
        """The task at the head of the queue starts now; `cpu` is the worker's CPU as
        its last answer reported it (an idle worker's CPU stays where it was)."""
        if cpu is not None:
            self.cpu_seen = cpu
        self.cpu_mark = self.cpu_seen
        self.wall_mark = time.monotonic()

    def over(self, limit: float) -> bool:
        """Has the current task used more than `limit` CPU seconds? /proc is read only
        once the wall time since the task started allows it (the common case reads nothing)."""
        if (time.monotonic() - self.wall_mark) * _CPUS <= limit:
            return False
        return self.used() > limit

    def used(self) -> float:
        """CPU seconds (wall seconds without /proc) spent on the current task."""
        cpu = self.task_cpu()
        return (time.monotonic() - self.wall_mark) / 4 if cpu is None else cpu  # leniently

    def task_cpu(self) -> float | None:
        """CPU seconds spent on the current task as /proc says (None without it). A dead
        worker not yet reaped (joined) still has its entry, with its CPU time."""
        now = _cpu_seconds(self.proc.pid)
        return None if now is None or self.cpu_mark is None else now - self.cpu_mark


class Pool:
    """`Pool(fn, jobs, budget).map(tasks)` -> (ok, value) per task, in input order.

    `fn` must be a module-level function (workers find it by reference); `init`
    is `(function, args)` run once in each new worker (open a read-only handle,
    say). `budget` is CPU seconds per task, 0 for none. `warm` is `(load, refuse)`:
    `load()` runs here, in a thread, once the first worker has forked (it loads what
    the later workers share; it must end: no budget stops it); `refuse()` runs in
    that first, cold worker (it makes a task that needs what `load` loads raise Cold)."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int, budget: float = 0.0,
                 init: tuple[Callable[..., Any], tuple[Any, ...]] | None = None,
                 grace: float | None = None,
                 warm: tuple[Callable[[], None], Callable[[], None]] | None = None) -> None:
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.fn, self.jobs, self.budget, self.init = fn, max(1, jobs), budget, init
        self.grace = grace if grace is not None else max(2.0, budget * 0.5)
        self.workers: list[_Worker] = []
        self._sent: dict[int, bytes] = {}   # tasks a worker has, until it answers
        self._warm = warm                     # until the warm-up is done
        self._warming: threading.Thread | None = None  # while it runs (no fork meanwhile)
        self._held: deque[tuple[int, bytes]] = deque()   # sent back cold: for a warm worker

    # -- worker lifecycle
    def _spawn(self) -> _Worker:
        cold = self._warm[1] if self._warm is not None else None
        sys.stdout.flush()
        sys.stderr.flush()
        parent, child = self.ctx.Pipe(duplex=True)
        siblings = tuple(w.conn.fileno() for w in self.workers if not w.conn.closed) \
            if self.ctx.get_start_method() == "fork" else ()
        proc = self.ctx.Process(target=_serve, args=(child, self.fn, self.budget, self.init,
                                                     siblings, cold), daemon=True)
        proc.start()
        child.close()
        worker = _Worker(proc, parent, cold=cold is not None)
        worker.mark()
        return worker

    def _stop(self, worker: _Worker, kill: bool = False) -> None:
        try:
            if not kill:
                worker.conn.send_bytes(pickle.dumps(None))
            worker.conn.close()
        except OSError:
            pass
        if kill and worker.proc.is_alive():
            worker.proc.kill()
        worker.proc.join(timeout=5)
        if worker.proc.is_alive():  # pragma: no cover - a worker that ignores EOF
            worker.proc.kill()
            worker.proc.join(timeout=5)

    def close(self) -> None:
        for worker in self.workers:
            self._stop(worker, kill=bool(worker.queue))
        self.workers = []
        self._sent.clear()
        if self._warming is not None:   # stopped early: let the warm-up end before returning
            self._warming.join()
            self._warming = None

    # -- the warm-up
    def _warm_up_begins(self) -> None:
        """The first worker has forked (cold): the warm-up runs meanwhile, in a thread."""
        self._warming = threading.Thread(target=_quietly, args=(self._warm[0],),
                                         name="ytekb-warm-up", daemon=True)
        self._warming.start()

    def _warm_up_check(self, pending: deque[tuple[int, bytes]],
                       done: dict[int, Result]) -> None:
        """Once the warm-up is done: cold workers drain and retire (warm forks follow)."""
        if self._warming is None or self._warming.is_alive():
            return
        self._warming.join()
        self._warming = None
        self._warm = None
        pending.extendleft(reversed(sorted(self._held)))
        self._held.clear()
        for worker in [w for w in self.workers if w.cold]:
            worker.draining = True
            if not worker.queue:
                self._replace(worker, pending, done, None)

    # -- the ordered map
    def map(self, tasks: Iterable[Any], window: int | None = None) -> Iterator[Result]:
        window = window or self.jobs * (DEPTH + 2)
        source = iter(tasks)
        pending: deque[tuple[int, bytes]] = deque()   # pickled, not yet sent
        done: dict[int, Result] = {}
        next_in, next_out, exhausted = 0, 0, False
        try:
            self.workers = []   # started as tasks arrive: a small batch forks fewer
            while True:
                self._warm_up_check(pending, done)
                limit = window + (COLD_WINDOW if self._warm is not None else 0)
                while not exhausted and next_in - next_out < limit:
                    try:
                        task = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    pending.append((next_in, pickle.dumps((next_in, task),
                                                          pickle.HIGHEST_PROTOCOL)))
                    next_in += 1
                self._collect(pending, done, timeout=0)
                self._dispatch(pending)
                if next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                    continue
                if exhausted and next_out == next_in:
                    return
                self._collect(pending, done,
                              timeout=POLL_S if self._warming is None else POLL_S / 10)
        finally:
            self.close()

    def _dispatch(self, pending: deque[tuple[int, bytes]]) -> None:
        idle = sum(1 for w in self.workers if not w.queue)
        while len(pending) > idle and len(self.workers) < self.jobs and self._warming is None:
            self.workers.append(self._spawn())
            idle += 1
            if self._warm is not None:   # the first worker forked cold; the rest after the warm-up
                self._warm_up_begins()
        for worker in self.workers:
            while pending and not worker.retiring and not worker.draining and (
                    not worker.queue or (len(worker.queue) < DEPTH
                                         and len(pending[0][1]) <= SMALL)):
                index, data = pending.popleft()
                try:
                    worker.conn.send_bytes(data)
                except OSError:  # died; _collect notices and replaces it
                    pending.appendleft((index, data))
                    break
                if not worker.queue:
                    worker.mark()
                worker.queue.append(index)
                self._sent[index] = data

    def _collect(self, pending: deque[tuple[int, bytes]], done: dict[int, Result],
                 timeout: float) -> None:
        busy = {w.conn.fileno(): w for w in self.workers if w.queue}
        if not busy:
            return
        for fd in _readable(list(busy), timeout):
            worker = busy[fd]
            conn = worker.conn
            try:
                index, ok, value, retire, cpu = pickle.loads(conn.recv_bytes())
            except (EOFError, OSError, pickle.UnpicklingError):
                self._replace(worker, pending, done, self._death(worker))
                continue
            worker.queue.popleft()
            if ok is None:   # sent back by a cold worker: a warm one takes it
                (self._held if self._warm is not None else pending).appendleft(
                    (index, self._sent.pop(index)))
            else:
                self._sent.pop(index, None)
                done[index] = (ok, value)
            worker.mark(cpu)
            if retire:
                worker.retiring = True
                self._replace(worker, pending, done, None)
            elif worker.draining and not worker.queue:
                self._replace(worker, pending, done, None)
        if self.budget:
            for worker in [w for w in self.workers if w.queue and not w.retiring]:
                if worker.over(self.budget + self.grace):
                    log.warning("killing worker %s: task %s over its CPU budget",
                                worker.proc.pid, worker.queue[0])
                    self._replace(worker, pending, done, over_budget_message(self.budget),
                                  kill=True)

    def _death(self, worker: _Worker) -> str:
        """Why a worker's task failed when the worker died: over the budget if its CPU
        was (read before the worker is reaped, from /proc, or else from what reaping
        adds to this process's children's CPU; wall time ÷ 4 only when neither says)."""
        cpu = worker.task_cpu()
        reaped_before = _children_cpu()
        worker.proc.join(timeout=5)
        grown = _children_cpu() - reaped_before   # 0 when something reaped it earlier
        if cpu is None and worker.cpu_mark is not None and grown > 0:
            cpu = max(0.0, grown - worker.cpu_mark)
        code = worker.proc.exitcode
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
        else:
            how = f"exit code {code}"
        if (worker.used() if cpu is None else cpu) > self.budget > 0:
            return over_budget_message(self.budget)
        return f"worker process died ({how}); skipped"

    def _replace(self, worker: _Worker, pending: deque[tuple[int, bytes]],
                 done: dict[int, Result], failure: str | None, kill: bool = False) -> None:
        """Retire `worker`: its current task fails with `failure` (if given), the
        tasks queued behind it go back to the front of the line, a new worker starts."""
        if failure is not None and worker.queue:
            index = worker.queue.popleft()
            self._sent.pop(index, None)
            done[index] = (False, failure)
        requeue = list(worker.queue)
        worker.queue.clear()
        self._stop(worker, kill=kill or bool(requeue))
        for index in reversed(requeue):
            pending.appendleft((index, self._sent.pop(index)))
        if self._warming is None:
            self.workers[self.workers.index(worker)] = self._spawn()
        else:   # no fork while the warm-up thread runs: _dispatch forks one after it
            self.workers.remove(worker)
