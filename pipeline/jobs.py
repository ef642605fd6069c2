"""Jobs: the library behind `ytekb run`, `ingest`, `extract` and `reextract`.

Every job streams inputs through the stages in `pipeline.stages.JOB`: read and
extract run where the CPU is (inline, in worker processes, or on a Dask
cluster) and give one `Outcome` per input; one writer stores the outcomes in
input order, one transaction per document, under the KB's run lock. Bad inputs
become error records, never exceptions, so one bad file cannot stop a batch.
The CLI only maps the returned report to output and an exit code.
"""
from __future__ import annotations

import gc
import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import Any, Protocol

from scrapers.encoding import REPLACED

from .readers import NO_DATE, BadInput, FileInput, ReadError, iter_paths
from .records import Article, Extraction
from .validate import shown

log = logging.getLogger("ytekb")

OK, PARTIAL, USAGE, FATAL, LOCKED = 0, 1, 2, 3, 4
DEFAULT_DOC_TIMEOUT = 60.0   # CPU seconds to read and extract one document
PRELOAD_AT = 200             # documents from which workers share preloaded models
WARM_DOCS = 2                # inputs extracted (and discarded) to warm up before forking


class Input(Protocol):
    """Anything a job can read: a label for messages and a `read()` -> Article."""

    @property
    def label(self) -> str: ...

    def read(self) -> Article: ...


# the summary counts inputs per kind of warning: kind -> a phrase its messages contain
WARNING_KINDS = {"with invalid UTF-8 bytes (replaced by U+FFFD)": REPLACED,
                 "without a publication date": NO_DATE}


@dataclass
class Report:
    """What a job did: counts per outcome, facts per type, and every error."""

    command: str
    documents: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0,
                                                               "unchanged": 0, "failed": 0})
    facts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    copies: int = 0   # files whose text was already stored under another name
    flagged: dict[str, int] = field(default_factory=dict)   # inputs per kind of warning
    run_id: int | None = None
    interrupted: str | None = None

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return FATAL
        return PARTIAL if self.errors else OK

    @property
    def status(self) -> str:
        return "interrupted" if self.interrupted else "partial" if self.errors else "ok"

    def fail(self, label: str, message: str) -> None:
        log.info("skipped %s", message)  # the CLI prints every error once, at the end
        self.documents["failed"] += 1
        self.errors.append({"item": shown(label), "error": shown(_named(label, message))})

    def warn(self, label: str, message: str) -> None:
        self.warnings.append({"item": shown(label), "warning": shown(message)})

    def flag(self, warnings: Iterable[str]) -> None:
        """Count one input once under each kind of warning it got (`WARNING_KINDS`)."""
        for kind in {k for w in warnings for k, marker in WARNING_KINDS.items() if marker in w}:
            self.flagged[kind] = self.flagged.get(kind, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return {"command": self.command, "run_id": self.run_id, "status": self.status,
                "documents": self.documents, "copies": self.copies, "flagged": self.flagged,
                "facts": self.facts, "totals": self.totals,
                "errors": self.errors, "warnings": self.warnings, "exit_code": self.exit_code}


def _named(label: str, message: str) -> str:
    """An error message that names its input (reader messages already start with it)."""
    return message if message.startswith(label) else f"{label}: {message}"


def error_line(out: Outcome) -> str:
    return _named(out.label, out.error or "")


# --------------------------------------------------------------------------- inputs

def file_items(paths: Iterable[str | Path], published: str | None = None,
               source: str = "file") -> Iterator[Input]:
    for path in iter_paths(paths):
        yield path if isinstance(path, BadInput) else FileInput(str(path), published, source)


def corpus_items() -> Iterator[Input]:
    """The bundled corpus, with each page's real URL and source from the manifest."""
    import corpus

    for entry in corpus.manifest():
        yield FileInput(str(corpus.CORPUS_DIR / entry["file"]), None,
                        entry.get("source", "corpus"), entry.get("url"))


# --------------------------------------------------------------------------- read + extract

@dataclass
class Outcome:
    """One input after reading and extraction, made wherever the CPU work ran.

    `current`: the KB already holds this text from this extractor version, so
    it was not extracted again."""

    label: str
    article: Article | None = None
    extraction: Extraction | None = None
    error: str | None = None
    current: bool = False
    line: str | None = None   # `ytekb extract`'s JSON line, made where extraction ran
    said: tuple[str, ...] = ()   # the warnings of an outcome that carries only its line

    @property
    def warnings(self) -> list[str]:
        art = self.extraction.article if self.extraction else self.article
        return list(art.meta.get("warnings", [])) if art else list(self.said)


_current: Callable[[Article], bool] | None = None   # set in each worker (or inline)


def check_current_in(db_path: str | Path | None) -> None:
    """Worker start-up: look stored documents up read-only, to skip unchanged ones."""
    global _current
    _current = None
    if db_path is None:
        return
    from .kb import store   # (here and below: `ytekb extract` never imports the store)

    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=store.BUSY_TIMEOUT_S, check_same_thread=False)
    from .extract import VERSION

    def current(article: Article) -> bool:
        row = conn.execute("SELECT content_hash, extractor_version FROM documents "
                           "WHERE key = ?", [article.key]).fetchone()
        return bool(row and row[0] == article.content_hash and row[1] == VERSION)
    _current = current


def process(item: Input) -> Outcome:
    """Read and extract one input. Runs in a worker: touches no database except the
    read-only "already stored?" lookup, and never raises."""
    from .extract import extract

    label = item.label
    try:
        article = item.read()
    except ReadError as err:
        return Outcome(label, error=str(err))
    except Exception as err:  # a reader bug must not stop the batch
        log.debug("reading %s", label, exc_info=True)
        return Outcome(label, error=f"unexpected {type(err).__name__}: {err}")
    if article.raw is not None:
        article = replace(article, raw=None)   # not stored by jobs; spare the pipe
    try:
        if _current is not None and _current(article):
            return Outcome(label, article=article, current=True)
        return Outcome(label, extraction=extract(article))
    except Exception as err:
        log.debug("extracting %s", label, exc_info=True)
        return Outcome(label, article=article,
                       error=f"extraction failed: {type(err).__name__}: {err}")


def contract_line(item: Input) -> Outcome:
    """`process`, then the extraction as `ytekb extract` prints it (the eval contract,
    as one JSON line). Made where the extraction ran, so the parent only prints it
    and the pipe carries one string instead of the records."""
    import json

    from .contract import to_contract

    out = process(item)
    if out.extraction is None:
        return out
    return Outcome(out.label, line=json.dumps(to_contract(out.extraction), ensure_ascii=False),
                   said=tuple(out.warnings))


def outcomes(items: Iterable[Input], jobs: int = 1, doc_timeout: float = 0.0,
             db_path: str | Path | None = None, dask: str | None = None,
             inline_check: Callable[[Article], bool] | None = None,
             preload: bool = False,
             fn: Callable[[Input], Outcome] = process) -> Iterator[Outcome]:
    """One Outcome per input, in input order.

    `jobs` 1 runs here, in this process (and checks "already stored?" with
    `inline_check`), with the CPU budget of `doc_timeout` seconds per document
    kept by a timer; more jobs run in worker processes (they open `db_path`
    read-only), where a runaway document is also killed if it is stuck in C;
    `dask` is a scheduler address: extraction on the cluster. `preload` loads the
    lazily loaded models first (worth it for a large batch on several workers). `fn`
    reads and extracts one input (`process`, or `contract_line`; not on Dask)."""
    global _current
    if dask:
        from .dask_runner import outcomes as on_cluster

        yield from on_cluster(items, dask, doc_timeout)
        return
    from .parallel import OverBudget, Pool, cpu_budget, over_budget_message

    if jobs <= 1:
        saved, _current = _current, inline_check
        try:
            for item in items:
                try:
                    with cpu_budget(doc_timeout):
                        out = fn(item)
                except OverBudget:
                    out = Outcome(item.label, error=over_budget_message(doc_timeout))
                yield out
        finally:
            _current = saved
        return

    warm = None
    if preload:   # loaded once, in this process, for the workers forked after it to share
        from .extract import refuse_models

        items = _warm_up(items, doc_timeout)
        warm = (_load_models, refuse_models)
    labels: deque[str] = deque()

    def feed() -> Iterator[Input]:
        for item in items:
            labels.append(item.label)
            yield item

    pool = Pool(fn, jobs, doc_timeout, init=(check_current_in, (db_path,)), warm=warm)
    try:
        for ok, value in pool.map(feed()):
            label = labels.popleft()
            yield value if ok else Outcome(label, error=value)
    finally:
        if warm is not None:
            gc.unfreeze()


def _warm_up(items: Iterable[Input], doc_timeout: float) -> Iterator[Input]:
    """Build what extraction builds on first use (lexicons, compiled patterns: about
    0.2 CPU s) by extracting the plain files among the first WARM_DOCS inputs here,
    the models refused (a document that needs them only stops), results discarded;
    then freeze it all (forked workers' collections never write to its pages).
    Returns the same inputs, in order.

    Done once before the workers fork, it is shared by all of them instead of
    being paid by each (the first, cold worker included: built in a thread beside
    it, it would build its own). The models (about 0.9 CPU s) and the patterns
    these documents did not compile (`extractors.lazy`) load after the first worker
    has forked, beside it (`_load_models`). A warm-up document that fails or runs
    over its budget is only extracted again, for real, by a worker."""
    from .extract import models_refused
    from .parallel import Cold, OverBudget, cpu_budget

    source = iter(items)
    first = list(islice(source, WARM_DOCS))
    global _current
    saved, _current = _current, None
    try:
        with models_refused():
            for item in filter(_plain, first):
                try:
                    with cpu_budget(doc_timeout):
                        process(item)
                except (OverBudget, Cold):
                    pass
    finally:
        _current = saved
    gc.collect()
    gc.freeze()
    return chain(first, source)


def _load_models() -> None:
    """The pool's warm-up, in a thread of this process while its first worker already
    extracts: the models and the patterns compiled on first use that the warm-up
    documents did not need, frozen like the rest for the workers forked after it."""
    from extractors.lazy import compile_all

    from .extract import preload as load_models

    compile_all()
    load_models()
    gc.collect()
    gc.freeze()


def _plain(item: Input) -> bool:
    """A .txt or .json file: reading it keeps no state (HTML's reader does: trafilatura
    drops text it has seen repeated in this process, so it must not see a page twice)."""
    return isinstance(item, FileInput) and Path(item.path).suffix.lower() in (".txt", ".json")


# --------------------------------------------------------------------------- store

def store_outcome(db: Any, out: Outcome, report: Report, force: bool = False,
                  page: dict[str, Any] | None = None, copies: bool = False) -> str | None:
    """Store one outcome (the writer's side), recording what happened in `report`.

    `copies` (files): a text already stored under another name is kept as a copy of
    that document (`duplicate_of`, no facts of its own), so its facts never count twice."""
    from .extract import VERSION
    from .kb import store

    if out.error:
        _warn(report, out)
        report.fail(out.label, out.error)
        return None
    if out.current and not force:
        _warn(report, out, unchanged=True)
        report.documents["unchanged"] += 1
        return "unchanged"
    try:
        copy = _store_copy(db, out, report) if copies else None
        # a former copy becomes a document of its own in save_extraction's transaction
        status = copy or store.save_extraction(db, out.extraction, VERSION, page=page,
                                               force=force)[1]
    except sqlite3.Error as err:
        log.debug("storing %s", out.label, exc_info=True)
        _warn(report, out)
        report.fail(out.label, f"storing failed: {type(err).__name__}: {err}")
        return None
    _warn(report, out, unchanged=status == "unchanged")
    if copy:   # counted by _store_copy; no facts of its own
        return status
    report.documents[status] += 1
    if status != "unchanged":
        for kind, n in out.extraction.counts().items():
            report.facts[kind] = report.facts.get(kind, 0) + n
    return status


def _warn(report: Report, out: Outcome, unchanged: bool = False) -> None:
    """Record the input's warnings. An unchanged input is not told again to give its
    publication date: none of its facts is dated anew (a re-run of 40 undated files
    said so 40 times). Other warnings (invalid UTF-8) still describe the stored text."""
    said = [w for w in out.warnings if not (unchanged and w == NO_DATE)]
    for warning in said:
        report.warn(out.label, warning)
    report.flag(said)


def _store_copy(db: Any, out: Outcome, report: Report) -> str | None:
    """Store `out` as a copy when another document holds exactly its text (the status);
    None to store it as a document of its own."""
    from scrapers import storage

    article = out.extraction.article
    same = storage.same_text(db, article)
    if same is None:
        return None
    _, status = storage.save_copy(db, article, same[0], None, relation="duplicate")
    if status == "unchanged":
        report.documents["unchanged"] += 1
    else:
        log.info("%s: the same text as document %d, stored as its copy", out.label, same[0])
        report.copies += 1
    return status


def save_article(db: Any, article: Article, report: Report, label: str,
                 page: dict[str, Any] | None = None,
                 guard: AbstractContextManager[Any] | None = None) -> str | None:
    """Extract and store one article here and now (the crawler's path). `guard` is
    entered around the extraction only (the crawler's CPU budget for the page)."""
    from .extract import VERSION, extract
    from .kb import store

    if store.is_current(db, article.key, article.content_hash, VERSION):
        out = Outcome(label, article=article, current=True)
    else:
        try:
            with guard or nullcontext():
                out = Outcome(label, extraction=extract(article))
        except Exception as err:
            log.exception("extracting %s", label)
            out = Outcome(label, article=article,
                          error=f"extraction failed: {type(err).__name__}: {err}")
    return store_outcome(db, out, report, page=page)


Progress = Callable[[int], AbstractContextManager[Any]]   # total -> bar with .update(n, label)


def load(db_path: str | Path, items: Iterable[Input], command: str,
         progress: Progress | None = None, jobs: int = 1, doc_timeout: float = 0.0,
         wait: float = 0.0, on_wait: Callable[[str], None] | None = None,
         dask: str | None = None) -> Report:
    """Read, extract and store each item, one transaction per document, under the
    KB's run lock (waiting up to `wait` seconds for it; raises lock.Locked)."""
    from .kb.session import writing_run

    report = Report(command=command)
    seq = list(items)
    with writing_run(db_path, command, wait=wait, on_wait=on_wait) as run:
        report.run_id = run.run_id
        write(run.db, report, outcomes(
            seq, jobs, doc_timeout, db_path=db_path, dask=dask,
            inline_check=lambda a: _is_current(run.db, a),
            preload=len(seq) >= PRELOAD_AT), len(seq), progress, copies=True)
    return report


def _is_current(db: Any, article: Article) -> bool:
    from .extract import VERSION
    from .kb import store

    return store.is_current(db, article.key, article.content_hash, VERSION)


def write(db: Any, report: Report, results: Iterable[Outcome], total: int,
          progress: Progress | None = None, force: bool = False, copies: bool = False) -> None:
    """The single writer: store outcomes in order, then close the run record.
    Ctrl-C or SIGTERM stops between documents; the run is recorded as interrupted."""
    from .kb import store

    bar_cm = progress(total) if progress else nullcontext(None)
    try:
        with bar_cm as bar:
            for out in results:
                store_outcome(db, out, report, force=force, copies=copies)
                if bar is not None:
                    bar.update(1, out.label)
    except KeyboardInterrupt as err:
        # a Ctrl-C's KeyboardInterrupt has no message (the exception itself is truthy,
        # so `err or ...` printed "interrupted ()"); SIGTERM's says "signal 15"
        report.interrupted = f"interrupted ({str(err) or 'Ctrl-C'})"
        if db.conn.in_transaction:
            # the signal landed after a document's BEGIN and before its transaction could
            # roll back: nothing was written in it, and left open it would swallow the
            # run's own record below (a savepoint never committed: the run stayed 'running')
            db.conn.execute("ROLLBACK")
    report.totals = store.totals(db)
    store.finish_run(db, report.run_id, report.status, report.exit_code,
                     {k: v for k, v in report.as_dict().items()
                      if k in ("documents", "facts", "totals")},
                     report.errors + ([{"item": "run", "error": report.interrupted}]
                                      if report.interrupted else []))


def extract_files(paths: Iterable[str | Path], published: str | None = None, jobs: int = 1,
                  doc_timeout: float = 0.0, lines: bool = False) -> Iterator[Outcome]:
    """One Outcome per file, in order; touches no database. `lines`: each outcome
    carries its JSON line (`Outcome.line`) instead of the extraction. A large batch
    on several workers preloads the models once before forking, as `load` does."""
    items = list(file_items(paths, published))
    yield from outcomes(items, jobs, doc_timeout, preload=jobs > 1 and len(items) >= PRELOAD_AT,
                        fn=contract_line if lines else process)
