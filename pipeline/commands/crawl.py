"""`ytekb crawl`, `ytekb nightly` and `ytekb reextract`: the web side of the KB.

Thin click wrappers: option parsing, usage errors (exit 2), the lock message
(exit 4) and a one-line-per-source summary. The work is in `scrapers.nightly`.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import click

from pipeline import jobs
from pipeline.kb import store
from pipeline.options import (dask_option, echo_error, echo_line, echo_note, echo_pairs,
                              progress, said, work_options, write_options)

DB = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                  default=store.DEFAULT_DB, show_default=True, help="SQLite knowledge base file.")
LOCK = click.option("--lock", "lock_path", type=click.Path(dir_okay=False, path_type=Path),
                    help="Lock file (default: the DB path + '.lock').")


def _crawl_options(f):
    for opt in reversed((
        click.option("--max-pages", type=click.IntRange(min=0), metavar="N",
                     help="Article downloads per source in this run."),
        click.option("--since", metavar="DATE", help="Backfill: articles published on or after "
                     "DATE (YYYY-MM-DD); older feed/sitemap entries are skipped."),
        click.option("--delay", type=click.FloatRange(min=0), metavar="SECONDS",
                     help="Seconds between requests to one host; overrides the sources file "
                     "and robots Crawl-delay (tests, your own mirrors)."),
        click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST",
                     help="Allow this host even if it is loopback/private (repeatable)."),
        click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
                     help="Override a crawler setting, e.g. -s RETRY_TOTAL=5 (repeatable; "
                     "see scrapers/README.md)."),
        LOCK,
        lambda f: write_options(f, default=0.0),
        click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
                     callback=_report_path,
                     help="Where to write the JSON run report (default: next to the KB, "
                          "outputs/ for the default --db)."),
        click.option("--json", "as_json", is_flag=True, help="Print the run report as JSON."),
    )):
        f = opt(f)
    return f


def _report_path(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A report that could never be written is a usage error now, not a fatal one later."""
    if value is None:
        return None
    folder = value.parent if str(value.parent) else Path(".")
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("."))
    if value.is_dir() or not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise click.BadParameter(f"cannot write a report at {value}", ctx=ctx, param=param)
    return value


def _since(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--since") from None


def _overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    from scrapers.settings import Settings

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--set")
        out[name.strip().upper()] = value.strip()
    try:
        Settings(out, env=False)
    except (KeyError, ValueError) as err:
        raise click.BadParameter(str(err), param_hint="--set") from None
    return out


def _near(path: str | None) -> str | None:
    """A path as short as it can be said: relative when it is under the cwd."""
    if not path:
        return path
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def _skipped(counts: dict) -> list[str]:
    """'12 not tried (host given up)' when robots.txt or the timeout budget skipped URLs;
    their hosts' error lines say why."""
    n = counts.get("skipped_host", 0)
    return [f"{n} not tried (host given up)"] if n else []


def _go(opts, as_json: bool) -> None:
    from pipeline.query.formats import plural
    from scrapers import nightly

    report, code = nightly.run(opts)  # Locked: exit 4 (pipeline.cli)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for name, s in report["sources"].items():
            echo_pairs(f"{name}: {s['status']}:", [
                f"{s['new']} new", f"{s['updated']} updated",
                f"{s['unchanged'] + s['not_modified'] + s['skipped_seen']} unchanged",
                f"{s['duplicates']} duplicate", f"{s['syndicated']} syndicated",
                f"{s['failed']} failed", *_skipped(s), plural(s["requests"], "request")])
        for err in report["errors"]:
            echo_error(err["error"], err.get("item"))
        for w in report["warnings"]:
            echo_note("warning", w["item"], w["warning"])
        echo_line(f"run {report['run_id']}: {report['status']} "
                  f"(report: {_near(report.get('report_path'))})", err=False)
    sys.exit(code)


@click.command()
@DB
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
              help="Sitemap or sitemap index to crawl (repeatable).")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom feed (repeatable).")
@click.option("--start-url", "starts", multiple=True, metavar="URL",
              help="Listing (or article) page to start from; follows pagination (repeatable).")
@click.option("--name", metavar="NAME", help="Source name to record (default: the first host).")
@click.option("--adapter", metavar="NAME", default="generic", show_default=True,
              help="Site adapter; 'generic' picks one by host or markup, else trafilatura.")
@click.option("--timezone", "tz", default="Asia/Ho_Chi_Minh", show_default=True,
              help="Site timezone for publication dates.")
@_crawl_options
def crawl(db_path: Path, sitemaps, feeds, starts, name, adapter, tz, max_pages, since, delay,
          allow_hosts, overrides, lock_path, wait, report_path, as_json) -> None:
    """Crawl one site with no sources file: --sitemap, --feed or --start-url.

    \b
    Hosts named here are allowed even on loopback/private addresses (mirrors).
    Exit codes: 0 ok, 1 partial, 2 usage, 3 fatal, 4 another run holds the lock.
    Example:
      ytekb crawl --db kb.sqlite --delay 0 \\
        --sitemap http://127.0.0.1:8000/sitemap.xml
    """
    from dataclasses import replace

    from scrapers import adapters, nightly, sources

    if not (sitemaps or feeds or starts):
        raise click.UsageError("give at least one --sitemap, --feed or --start-url")
    for url in (*sitemaps, *feeds, *starts):
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise click.BadParameter(f"{url!r} is not an http(s) URL")
    if adapter != "generic" and adapter not in adapters.ADAPTERS:
        raise click.BadParameter(f"unknown adapter {adapter!r}; known: generic, "
                                 + ", ".join(sorted(adapters.ADAPTERS)), param_hint="--adapter")
    first = urlsplit((sitemaps or feeds or starts)[0]).hostname or "web"
    src = sources.adhoc(name or first, sitemaps, feeds, starts, adapter)
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(tz)
    except Exception:
        raise click.BadParameter(f"unknown timezone {tz!r}", param_hint="--timezone") from None
    src = replace(src, timezone=tz)
    _go(nightly.RunOptions(db_path=db_path, sources=[src], command="crawl",
                           settings=_overrides(overrides), since=_since(since),
                           max_pages=max_pages, delay=delay, allow_hosts=allow_hosts,
                           lock_path=lock_path, report_path=report_path, wait=wait,
                           on_wait=said("crawl")), as_json)


@click.command()
@DB
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file (TOML; default: the shipped scrapers/sources.toml).")
@click.option("--source", "names", multiple=True, metavar="NAME",
              help="Only this source (repeatable).")
@_crawl_options
def nightly(db_path: Path, sources_path, names, max_pages, since, delay, allow_hosts, overrides,
            lock_path, wait, report_path, as_json) -> None:
    """Crawl every source, extract new or changed articles, load them into the KB.

    \b
    Locked (a second concurrent run exits with code 4), recorded in the KB's
    runs table and in a JSON report, safe to kill at any point: the next run
    resumes. Exit codes: 0 ok, 1 partial (some sources failed), 2 usage,
    3 fatal, 4 locked. Cron (cron's PATH has no venv; README: a systemd unit):
      CRON_TZ=Asia/Ho_Chi_Minh
      15 2 * * * cd /srv/ytekb && .venv/bin/ytekb nightly
    """
    from scrapers import nightly as night
    from scrapers import sources

    try:
        cfg = sources.load(sources_path)
        chosen = cfg.select(names)
    except sources.SourcesError as err:
        raise click.UsageError(str(err)) from None
    settings = dict(cfg.settings)
    settings.update(_overrides(overrides))
    _go(night.RunOptions(db_path=db_path, sources=chosen, command="nightly", settings=settings,
                         since=_since(since), max_pages=max_pages, delay=delay,
                         allow_hosts=allow_hosts, lock_path=lock_path, report_path=report_path,
                         sources_file=cfg.path, wait=wait, on_wait=said("nightly")), as_json)


@click.command()
@DB
@click.option("--all", "everything", is_flag=True,
              help="Re-extract every document, not only those from an older extractor version.")
@LOCK
@write_options
@work_options
@dask_option
@click.option("--json", "as_json", is_flag=True, help="Print the run report as JSON.")
def reextract(db_path: Path, everything: bool, lock_path, wait: float, jobs_n: int,
              doc_timeout: float, dask: str | None, as_json: bool) -> None:
    """Re-run extraction from stored raw pages/text (no network), e.g. after an upgrade."""
    from scrapers.reextract import reextract as redo

    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path}")
    report = redo(db_path, everything=everything, lock_path=lock_path,
                  progress=progress("ytekb reextract"), jobs_n=jobs_n,
                  doc_timeout=doc_timeout, wait=wait, on_wait=said("reextract"), dask=dask)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        d = report.documents
        click.echo(f"documents: {d['updated']} re-extracted, {d['unchanged']} unchanged, "
                   f"{d['failed']} failed")
        for err in report.errors:
            echo_error(err["error"], err.get("item"))
        if report.interrupted:
            echo_line(f"ytekb reextract: {report.interrupted}; run {report.run_id} recorded "
                      "as interrupted")
    sys.exit(report.exit_code)


COMMANDS = [crawl, nightly, reextract]
