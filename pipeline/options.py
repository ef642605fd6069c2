"""Click options and helpers shared by the commands that read, extract or write a KB.

One definition each, so `--jobs`, `--doc-timeout` and `--wait` mean the same
thing (and have the same defaults) on `run`, `ingest`, `extract`, `reextract`,
`crawl` and `nightly`, and every long command draws the same progress bar.
"""
from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .jobs import DEFAULT_DOC_TIMEOUT
from .kb import DEFAULT_DB
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
                     help="CPU seconds one document may take to be read and extracted; a "
                          "document over it is skipped with an error line and the batch goes "
                          "on (0: no limit).")(f)
    return click.option("-j", "--jobs", "jobs_n", type=click.IntRange(min=0), default=None,
                        callback=_jobs, metavar="N",
                        help=f"Documents extracted at once: 1 in this process, N > 1 in N "
                             f"worker processes (default: the CPUs, {default_jobs()} here; "
                             f"0 means the same).")(f)


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


class _NoBar:
    """The bar off a terminal: silent (click's hidden bar still printed its label alone on
    a line, so a nightly log got a bare "ytekb ingest"); the command's summary says the rest."""

    def __enter__(self) -> "_NoBar":
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def update(self, n_steps: int, current_item: Any = None) -> None:
        return None


def progress(label: str) -> Callable[[int], Any]:
    """A progress bar on stderr (drawn only on a terminal, nothing otherwise) for `total`
    items; `bar.update(1, name)` after each."""
    def make(total: int):
        if not sys.stderr.isatty():
            return _NoBar()
        return click.progressbar(length=total, label=label, file=sys.stderr,
                                 item_show_func=lambda item: Path(item).name if item else "")
    return make


def said(command: str) -> Callable[[str], None]:
    """How a command tells the user something once on stderr (waiting for a lock), wrapped
    to the terminal like every other line."""
    return lambda message: echo_line(f"ytekb {command}: {message}")


def _dask(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if not value.startswith(("tcp://", "tls://", "inproc://", "ws://", "wss://")) \
            and ":" not in value:
        raise click.BadParameter(f"{value!r} is not a scheduler address like "
                                 "tcp://host:8786", ctx=ctx, param=param)
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise click.BadParameter("needs dask.distributed: pip install 'ytekb[dask]' (in a "
                                 "checkout: pip install -e '.[dask]')", ctx=ctx,
                                 param=param) from None
    return value


def dask_option(f):
    """--dask: extraction on a Dask cluster; the KB is still written here, in order."""
    return click.option("--dask", metavar="SCHEDULER", callback=_dask,
                        help="Extract on a Dask cluster (e.g. tcp://10.0.0.5:8786; needs the "
                             "ytekb[dask] extra); results are stored here, in order.")(f)


def wrapped(text: str) -> str:
    """`text` wrapped to the message width ($COLUMNS; 80 off a terminal), later lines
    indented by two spaces; a NUL is a space no line breaks at."""
    from .query.formats import message_width

    return textwrap.fill(text, message_width(), subsequent_indent="  ", break_long_words=False,
                         break_on_hyphens=False).replace("\0", " ")


def echo_pairs(label: str, items: list[str], err: bool = False) -> None:
    """`label item, item, ...` wrapped to the terminal ($COLUMNS); a short item ("4 new")
    is never split, a long one only at the width."""
    echo_line(label + " " + ", ".join(i.replace(" ", "\0") if len(i) < 30 else i for i in items),
              err)


def echo_note(kind: str, item: str, message: str) -> None:
    """`warning: ITEM: message` on stderr, wrapped to the terminal like the summary; the
    item (a file name, a URL) is never split, so it stays whole on the first line."""
    echo_line(f"{kind}: {item}:".replace(" ", "\0") + " " + message)


def echo_error(error: str, item: str | None = None) -> None:
    """`error: ITEM: message` on stderr, wrapped as `echo_note` wraps a warning. `error`
    may already start with its item (the run reports name their input first)."""
    if item and error.startswith(f"{item}: "):
        error = error[len(item) + 2:]
    if item:
        echo_note("error", item, error)
    else:
        echo_line(f"error: {error}")


def echo_line(text: str, err: bool = True) -> None:
    """One message (on stderr unless `err` is False: a lock held, a fatal error), wrapped to the
    terminal."""
    click.echo(wrapped(text), err=err)
