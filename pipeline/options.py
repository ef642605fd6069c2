"""Click options and helpers shared by the commands that read, extract or write a KB.

One definition each, so `--jobs`, `--doc-timeout` and `--wait` mean the same
thing (and have the same defaults) on `run`, `ingest`, `extract`, `reextract`,
`crawl` and `nightly`, and every long command draws the same progress bar.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .jobs import DEFAULT_DOC_TIMEOUT
from .kb.store import DEFAULT_DB
from .parallel import default_jobs
from .validate import Invalid, check_date

DEFAULT_WAIT = 300.0          # s an interactive writer waits for another run's lock

DB_OPTION = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=DEFAULT_DB, show_default=True,
                         help="SQLite knowledge base file.")


def _jobs(ctx: click.Context, param: click.Parameter, value: int | None) -> int:
    return value or default_jobs()


def work_options(f):
    """--jobs and --doc-timeout: how extraction uses the machine."""
    f = click.option("--doc-timeout", type=click.FloatRange(min=0), default=DEFAULT_DOC_TIMEOUT,
                     show_default=True, metavar="SECONDS",
                     help="CPU seconds one document may take to read and to extract; a "
                          "document over it is skipped with an error line (0: no limit).")(f)
    return click.option("-j", "--jobs", "jobs_n", type=click.IntRange(min=0), default=None,
                        callback=_jobs, metavar="N",
                        help=f"Worker processes for extraction (default: the CPUs, "
                             f"{default_jobs()} here; 0 means the same).")(f)


def write_options(f, default: float = DEFAULT_WAIT):
    """--wait: how long a writer waits for the KB's lock before exiting with code 4."""
    return click.option("--wait", type=click.FloatRange(min=0), default=default,
                        show_default=True, metavar="SECONDS",
                        help="Wait up to this long for another run that holds the KB's lock, "
                             "then exit with code 4 (0: do not wait).")(f)


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return check_date(value, "--published")
    except Invalid as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from None


def published_option(f):
    """--published: the date for plain-text files, checked against the calendar."""
    return click.option("--published", metavar="DATE", callback=_published,
                        help="Publication date for plain-text files (YYYY, YYYY-MM or "
                             "YYYY-MM-DD, a real calendar date).")(f)


def progress(label: str) -> Callable[[int], Any]:
    """A progress bar on stderr (drawn only on a terminal) for `total` items;
    `bar.update(1, name)` after each."""
    def make(total: int):
        return click.progressbar(length=total, label=label, file=sys.stderr,
                                 item_show_func=lambda item: Path(item).name if item else "")
    return make


def said(command: str) -> Callable[[str], None]:
    """How a command tells the user something once on stderr (waiting for a lock)."""
    return lambda message: click.echo(f"ytekb {command}: {message}", err=True)
