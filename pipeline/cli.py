"""`ytekb` command line: a thin click layer over `pipeline.jobs` and friends.

Exit codes (for schedulers): 0 ok, 1 partial failure (some inputs or sources
failed), 2 usage error, 3 fatal error, 4 another run holds the lock.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

try:   # the imports take a few seconds on a busy machine: a Ctrl-C then is no traceback
    import click

    from . import jobs
    from .commands import register_all
    from .options import (DB_OPTION, dask_option, echo_error, echo_line, echo_note, echo_pairs, progress,
                          published_option, said, work_options, write_options)
    from .readers import NO_DATE
    from .validate import shown
except KeyboardInterrupt:
    # was: a 20-line traceback and exit 130 (Ctrl-C in the first seconds of `ytekb ingest`)
    sys.stderr.write("ytekb: interrupted (Ctrl-C) while starting; nothing was done\n")
    raise SystemExit(3) from None   # jobs.FATAL, the code of an interrupted run

# libraries whose log lines are internal notes, shown only with -v
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "readability")

def _wrap_error(err: click.ClickException) -> click.ClickException:
    """click's `Error: message` line wrapped like ours ($COLUMNS; 80 off a terminal):
    a bad --type choice printed one 220-column line. (Its Usage lines already fit.)"""
    from .options import wrapped

    message = err.format_message
    if not getattr(message, "wrapped", False):
        def fill() -> str:
            return wrapped("Error: " + message())[len("Error: "):]
        fill.wrapped = True   # type: ignore[attr-defined]
        err.format_message = fill   # type: ignore[method-assign]
    return err


class YtekbGroup(click.Group):
    """Turns unexpected exceptions into exit code 3 with one clear line, not a traceback.

    The command modules in `pipeline.commands` are imported only when a command
    not defined here is asked for (or --help lists them all): `ytekb extract`
    does not pay for the query layer, the resolver or Datasette."""

    _all_loaded = False

    def _load_all(self) -> None:
        if not self._all_loaded:
            type(self)._all_loaded = True
            register_all(self)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is None:
            self._load_all()
            found = super().get_command(ctx, cmd_name)
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_all()
        return super().list_commands(ctx)

    def make_context(self, *args, **kwargs) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as err:   # `ytekb --bad-option`
            raise _wrap_error(err)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as err:
            raise _wrap_error(err)
        except (click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt as err:
            # a run's writer records its own interruption; this is one before it (opening
            # or migrating the KB, listing files) or a query's: was click's "Aborted!" and
            # exit 1, the code of a partial failure. Uncommitted work is rolled back.
            echo_line(f"ytekb {ctx.invoked_subcommand or ''}: interrupted "
                      f"({str(err) or 'Ctrl-C'}); nothing more was stored")
            ctx.exit(jobs.FATAL)
        except BrokenPipeError:
            # `ytekb stats | head`: the reader left; that is not an error of ours
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(jobs.OK)
        except Exception as err:  # noqa: BLE001 - the last line of defence
            lock = sys.modules.get("scrapers.lock")   # (only what took a lock can raise Locked)
            if lock is not None and isinstance(err, lock.Locked):
                # another run writes this KB: exit 4, said once
                echo_line(f"ytekb {ctx.invoked_subcommand or ''}: {err}")
                ctx.exit(jobs.LOCKED)
            logging.getLogger("ytekb").debug("fatal", exc_info=True)
            if type(err).__name__ == "DatabaseError" and "not a database" in str(err):
                # was only "ytekb: fatal: DatabaseError: file is not a database"
                echo_line(f"ytekb {ctx.invoked_subcommand or ''}: fatal: the knowledge base "
                          "file is not an SQLite database (a wrong --db, or a damaged file)")
                ctx.exit(jobs.FATAL)
            if isinstance(err, OSError) and err.filename and err.strerror:
                # was: "ytekb: fatal: FileExistsError: [Errno 17] File exists: '/srv/kb'" for a
                # --db under a file: the path, what the system said, and what it means
                why = (" (a file stands where a folder is needed)"
                       if isinstance(err, (FileExistsError, NotADirectoryError)) else "")
                # (the path whole on the first line, even with spaces in it)
                echo_note(f"ytekb {ctx.invoked_subcommand or ''}: fatal",
                          shown(os.fsdecode(err.filename)), f"{err.strerror}{why}")
                ctx.exit(jobs.FATAL)
            echo_line(f"ytekb: fatal: {type(err).__name__}: {shown(err)}")
            ctx.exit(jobs.FATAL)


@click.group(cls=YtekbGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option("--overrides", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Entity overrides file (force/forbid merges, extra aliases) applied by every "
                   "command; default $YTEKB_OVERRIDES or the bundled pipeline/resolve/overrides.toml.")
@click.version_option(package_name="ytekb")
def main(verbose: int, overrides: Path | None) -> None:
    """ytekb: Vietnamese health news -> a queryable SQLite knowledge base.

    \b
    Exit codes: 0 ok, 1 partial failure, 2 usage error, 3 fatal, 4 locked.
    """
    if overrides is not None:
        if not overrides.exists():
            raise click.BadParameter(f"{overrides}: no such file", param_hint="--overrides")
        from pipeline.resolve import overrides as rules

        rules.set_path(overrides)
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        # the HTML libraries' own notes ("WARNING trafilatura.core: discarding data: None"
        # on broken HTML) say nothing to a user: the file's one `error:` line does
        for name in QUIET_LIBRARIES:
            logging.getLogger(name).setLevel(logging.ERROR)


def finish(report: jobs.Report, as_json: bool) -> None:
    """Print a job's report (summary or JSON; errors and warnings on stderr) and exit."""
    from .query.formats import plural   # (not at import: it loads the resolver's keys)

    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        d = report.documents
        echo_pairs("documents:", [f"{d['new']} new", f"{d['updated']} updated",
                                  f"{d['unchanged']} unchanged", f"{d['failed']} failed"])
        n = report.copies
        if n:
            echo_pairs("copies:", [f"{plural(n, 'file')} repeat{'s' if n == 1 else ''} a stored "
                                   "text (kept as a copy, facts not counted twice)"])
        if report.flagged:
            echo_pairs("warnings:", [f"{plural(n, 'file')} {kind}"
                                     for kind, n in report.flagged.items()])
        if report.facts:
            echo_pairs("facts:", [f"{k} {v}" for k, v in report.facts.items()])
        t = report.totals
        if t:
            echo_pairs("knowledge base:", [
                f"{t['documents']} documents" + (f" ({plural(n, 'copy', 'copies')})"
                                                  if (n := t.get("copies")) else ""),
                f"{t['entities']} entities",
                f"{t['mentions']} mentions", f"{t['roles']} roles",
                f"{t['cooperations']} cooperations", f"{t['legal_documents']} legal documents",
                f"{t['figures']} figures", f"{t['dates']} dates"])
    for err in report.errors:
        echo_error(err["error"], err.get("item"))
    for w in report.warnings:
        echo_note("warning", w["item"], w["warning"])
    if report.interrupted:
        echo_line(f"ytekb {report.command}: {report.interrupted}; run {report.run_id} "
                  "recorded as interrupted (rerun to finish: stored documents are kept)")
    sys.exit(report.exit_code)


@main.command()
@DB_OPTION
@write_options
@work_options
@click.option("--json", "as_json", is_flag=True, help="Print the run report as JSON.")
def run(db_path: Path, wait: float, jobs_n: int, doc_timeout: float, as_json: bool) -> None:
    """Main job: the bundled corpus -> knowledge base (idempotent)."""
    report = jobs.load(db_path, jobs.corpus_items(), "run", progress=progress("ytekb run"),
                       jobs=jobs_n, doc_timeout=doc_timeout, wait=wait, on_wait=said("run"))
    finish(report, as_json)


@main.command()
@DB_OPTION
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@published_option
@click.option("--source", default="file", show_default=True, help="Source name to record.")
@write_options
@work_options
@dask_option
@click.option("--json", "as_json", is_flag=True, help="Print the run report as JSON.")
def ingest(db_path: Path, paths: tuple[Path, ...], published: str | None, source: str,
           wait: float, jobs_n: int, doc_timeout: float, dask: str | None,
           as_json: bool) -> None:
    """Ingest .html, .txt and .json files or directories into the knowledge base."""
    report = jobs.load(db_path, jobs.file_items(paths, published, source), "ingest",
                       progress=progress("ytekb ingest"), jobs=jobs_n,
                       doc_timeout=doc_timeout, wait=wait, on_wait=said("ingest"), dask=dask)
    finish(report, as_json)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jsonl", "_jsonl", is_flag=True, default=True,
              help="One JSON object per line (the only format; accepted for clarity).")
@published_option
@work_options
def extract(paths: tuple[Path, ...], _jsonl: bool, published: str | None, jobs_n: int,
            doc_timeout: float) -> None:
    """Print extracted facts per file (the evaluation contract); no database.

    A file that cannot be read or extracted is one error line on stderr; the
    other files are still printed, in order, and the exit code is 1."""
    failed = 0
    for out in jobs.extract_files(paths, published, jobs_n, doc_timeout, lines=True):
        if out.line is None:
            failed += 1
            echo_error(shown(jobs.error_line(out)), shown(out.label))
            continue
        for warning in out.warnings:
            if warning != NO_DATE:   # the contract has no dates to give; --published says so
                echo_note("warning", shown(out.label), shown(warning))
        click.echo(out.line)
    sys.exit(jobs.PARTIAL if failed else jobs.OK)


@main.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def stats(db_path: Path, as_json: bool) -> None:
    """Row counts per table and the last runs."""
    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path} (run `ytekb run` first)")
    from .kb import store

    db = store.open_kb(db_path)
    counts = store.counts(db)
    runs = [dict(zip(("id", "command", "started_at", "finished_at", "status", "exit_code"), r))
            for r in db.execute("SELECT id, command, started_at, finished_at, status, exit_code "
                                "FROM runs ORDER BY id DESC LIMIT 5").fetchall()]
    types = dict(db.execute("SELECT type, count(*) FROM entities GROUP BY type "
                            "ORDER BY count(*) DESC").fetchall())
    db.close()
    if as_json:
        click.echo(json.dumps({"tables": counts, "entity_types": types, "runs": runs},
                              ensure_ascii=False, indent=2))
        return
    for table, n in counts.items():
        click.echo(f"{table:16} {n:>8}")
    echo_pairs("entity types:", [f"{k} {v}" for k, v in types.items()])
    for r in runs:
        click.echo(f"run {r['id']}: {r['command']} {r['started_at']} -> {r['status']} "
                   f"(exit {r['exit_code']})")


if __name__ == "__main__":  # pragma: no cover
    main()
