"""Jobs: the library behind `ytekb run`, `ingest` and `extract`.

Every job streams articles through the stages in `pipeline.stages.JOB`; bad
inputs become error records, never exceptions, so one bad file cannot stop a
batch. The CLI only maps the returned report to output and an exit code.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import VERSION as EXTRACTOR_VERSION
from .extract import extract
from .kb import store
from .readers import ReadError, iter_paths, read_article
from .records import Article, Extraction

log = logging.getLogger("ytekb")

OK, PARTIAL, USAGE, FATAL, LOCKED = 0, 1, 2, 3, 4


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
    run_id: int | None = None

    @property
    def exit_code(self) -> int:
        return PARTIAL if self.errors else OK

    def as_dict(self) -> dict[str, Any]:
        return {"command": self.command, "run_id": self.run_id, "documents": self.documents,
                "facts": self.facts, "totals": self.totals, "errors": self.errors,
                "warnings": self.warnings, "exit_code": self.exit_code}


Item = tuple[str, Callable[[], Article]]


def file_items(paths: Iterable[str | Path], published: str | None = None,
               source: str = "file") -> Iterator[Item]:
    for path in iter_paths(paths):
        yield str(path), (lambda p=path: read_article(p, published=published, source=source))


def corpus_items() -> Iterator[Item]:
    """The bundled corpus, with each page's real URL and source from the manifest."""
    import corpus

    for entry in corpus.manifest():
        path = corpus.CORPUS_DIR / entry["file"]
        yield str(path), (lambda p=path, e=entry: read_article(
            p, source=e.get("source", "corpus"), url=e.get("url")))


def load(db_path: str | Path, items: Iterable[Item], command: str,
         progress: Callable[[list[Item]], Any] | None = None) -> Report:
    """Read, extract and store each item, one transaction per document."""
    report = Report(command=command)
    db = store.open_kb(db_path)
    try:
        report.run_id = store.start_run(db, command)
        seq = list(items)
        with (progress(seq) if progress else contextlib.nullcontext(seq)) as bar:
            for label, read in bar:
                try:
                    article = read()
                except ReadError as err:
                    _fail(report, label, str(err))
                    continue
                except Exception as err:  # a reader bug must not stop the batch
                    log.exception("reading %s", label)
                    _fail(report, label, f"unexpected {type(err).__name__}: {err}")
                    continue
                save_article(db, article, report, label)
        report.totals = store.counts(db)
        store.finish_run(db, report.run_id, "partial" if report.errors else "ok",
                         report.exit_code, {k: v for k, v in report.as_dict().items()
                                            if k in ("documents", "facts", "totals")},
                         report.errors)
    finally:
        db.close()
    return report


def save_article(db, article: Article, report: Report, label: str,
                 page: dict[str, Any] | None = None) -> str | None:
    """Extract and store one article, recording the outcome in `report`."""
    for warning in article.meta.get("warnings", []):
        report.warnings.append({"item": label, "warning": warning})
    try:
        if store.is_current(db, article.key, article.content_hash, EXTRACTOR_VERSION):
            report.documents["unchanged"] += 1
            return "unchanged"
        ex = extract(article)
        _, status = store.save_extraction(db, ex, EXTRACTOR_VERSION, page=page)
    except Exception as err:
        log.exception("extracting %s", label)
        _fail(report, label, f"extraction failed: {type(err).__name__}: {err}")
        return None
    report.documents[status] += 1
    for kind, n in ex.counts().items():
        report.facts[kind] = report.facts.get(kind, 0) + n
    return status


def _fail(report: Report, label: str, message: str) -> None:
    log.info("skipped %s", message)  # the CLI prints every error once, at the end
    report.documents["failed"] += 1
    report.errors.append({"item": label, "error": message})


def extract_files(paths: Iterable[str | Path], published: str | None = None
                  ) -> Iterator[tuple[str, Extraction | None, str | None]]:
    """(path, extraction or None, error) per file; touches no database."""
    for path in iter_paths(paths):
        try:
            article = read_article(path, published=published)
        except ReadError as err:
            yield str(path), None, str(err)
            continue
        yield str(path), extract(article), None
