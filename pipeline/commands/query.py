"""Query commands: timeline, cooperation, search, officials, figures, legal,
profile, export and serve. A thin layer over `pipeline.query` and `pipeline.web`:
options, output files and exit codes (0 ok, 2 usage error, 3 fatal)."""
from __future__ import annotations

import contextlib
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from pipeline.kb import store
from pipeline.query import formats
from pipeline.query.common import QueryError, Rows, Window
from pipeline.query.cooperation import KINDS as COOPERATION_KINDS
from pipeline.query.timeline import COUNT_CAP, KINDS as TIMELINE_KINDS
from pipeline.query.export import EXPORT_FORMATS
from pipeline.query.schema import UPGRADE_WAIT_S, ensure_views, needs_upgrade, tune, upgrade
from pipeline.query.targets import Target, entity_matches, resolve
from pipeline.query.text import fold, slug, tone_keys, unaccented

from .options import choice_option, format_options, no_match, note, nothing_found, showing

OUTPUTS = Path("outputs")


def _options(*formats_: str, limit: int = 100, dated: str = "facts dated") -> Callable:
    """--db, --format (and its shorthands), --limit, --from, --to and --output, shared by
    every query command (`dated`: what --from and --to filter on)."""
    def wrap(f: Callable) -> Callable:
        opts = [
            click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=store.DEFAULT_DB, show_default=True,
                         help="SQLite knowledge base file."),
            format_options(*formats_),
            click.option("--limit", type=click.IntRange(min=0), default=limit, show_default=True,
                         help="At most this many rows (0: no limit)."),
            click.option("--from", "date_from", metavar="DATE",
                         help=f"Only {dated} on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD)."),
            click.option("--to", "date_to", metavar="DATE",
                         help=f"Only {dated} on or before DATE."),
            click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                         help="Write to this file instead of standard output."),
        ]
        for opt in reversed(opts):
            f = opt(f)
        return f
    return wrap


def _upgraded(db_path: Path) -> None:
    """A KB from an older ytekb is migrated and its views refreshed first, as a writer:
    under the KB's lock, waited for briefly (Locked: exit 4, naming `ytekb upgrade`)."""
    if needs_upgrade(db_path):
        upgrade(db_path, wait=UPGRADE_WAIT_S)


@contextlib.contextmanager
def _kb(db_path: Path) -> Iterator[Any]:
    """The KB (migrated, so the views exist); a missing file is a usage error."""
    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path} (run `ytekb run` or "
                               "`ytekb ingest` first, or pass --db)")
    _upgraded(db_path)
    db = store.open_kb(db_path)   # nothing left to migrate: this only reads
    ensure_views(db.conn)
    tune(db.conn)
    try:
        yield db
    except QueryError as err:
        raise click.UsageError(str(err)) from None
    finally:
        db.close()


def _window(date_from: str | None, date_to: str | None) -> Window:
    try:
        return Window.of(date_from, date_to)
    except QueryError as err:
        raise click.BadParameter(str(err), param_hint="--from/--to") from None


_note = note


def _check_target(db: Any, target: Target, what: str = "entity or province") -> None:
    """A note when `target` found nothing; offering the query without its accents when
    that finds something."""
    if not target.found:
        typed = bool(tone_keys(target.query))   # only a query typed with accents has a looser form to offer
        _note(no_match(what, target.query, plain=typed and resolve(db, fold(target.query)).found))


def _emit(items: list[dict[str, Any]], fmt: str, columns: tuple[str, ...],
          output: Path | None, fields: tuple[str, ...] = (), empty: str = "no results") -> None:
    """Write items to `output` or stdout, say when --limit cut them, and exit 1 when
    there are none (the lookup exit-code rule, pipeline.commands.options)."""
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8", newline="") as out:
            formats.render(items, fmt, columns, out, fields)
        _note(f"wrote {len(items)} rows to {output}")
    else:
        try:
            formats.render(items, fmt, columns, sys.stdout, fields)
            sys.stdout.flush()
        except BrokenPipeError:  # `ytekb timeline X | head`: the reader has enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
    _finish(items, empty)


def _finish(items: list[Any], empty: str = "no results") -> None:
    """"showing N of M" when cut; `empty` ("no results") and exit 1 when empty."""
    if not items:
        nothing_found(empty)
    if isinstance(items, Rows):
        showing(len(items), items.total, items.approximate, COUNT_CAP)


def _page_path(output: Path | None, default_name: str) -> Path | None:
    """Where HTML goes: --output, else outputs/<name>.html; None for `-` (stdout)."""
    return None if output is not None and str(output) == "-" else output or OUTPUTS / default_name


def _write_page(content: str, output: Path | None, default_name: str) -> None:
    """HTML goes to --output (or `-` for stdout), else outputs/<name>.html."""
    path = _page_path(output, default_name)
    if path is None:
        sys.stdout.write(content)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    _note(f"wrote {path}")


def _no_page(output: Path | None, default_name: str) -> None:
    """No facts: no page (a cron job must not publish an empty one over nothing), the note
    says which file was not written, and exit 1 as for any empty answer."""
    nothing_found(f"no dated facts: nothing written to {_page_path(output, default_name) or 'stdout'}")


@click.command("timeline")
@click.argument("query")
@_options("table", "json", "jsonl", "csv", "html")
@choice_option("--kind", "kinds", multiple=True, choices=TIMELINE_KINDS, metavar="KIND",
               help="Only these kinds of facts (repeatable).")
def timeline_cmd(query: str, db_path: Path, fmt: str, limit: int, date_from: str | None,
                 date_to: str | None, output: Path | None, kinds: tuple[str, ...]) -> None:
    """Dated facts about an entity or a province, oldest first.

    Covers cooperation links, roles, legal documents issued or cited, figures and
    dated events, each with its source sentence and document. A province
    ("Nghệ An") also covers the organisations in it, under former or current
    names. Accents are optional. `--format html` writes a self-contained page
    (to --output, `-` for stdout, default outputs/timeline-QUERY.html).
    """
    from pipeline.query.timeline import COLUMNS, FIELDS, timeline

    when = _window(date_from, date_to)
    with _kb(db_path) as db:
        target = resolve(db, query)
        _check_target(db, target)
        items = timeline(db, query, when, kinds or None, limit, target=target)
    if fmt == "html":
        if not items:  # was: an empty page written anyway, with exit 1
            _no_page(output, f"timeline-{slug(query)}.html")
        subtitle = f"{len(items)} dated facts · {target.describe()}"
        if when:
            subtitle += f" · {when.start or '…'} to {when.end or '…'}"
        _write_page(formats.timeline_html(items, f"Timeline: {query}", subtitle), output,
                    f"timeline-{slug(query)}.html")
        _finish(items)
    else:
        _emit(items, fmt, COLUMNS, output, FIELDS)


@click.command("cooperation")
@click.argument("a", required=False)
@click.argument("b", required=False)
@_options("table", "json", "jsonl", "csv")
@choice_option("--kind", "kinds", multiple=True, choices=COOPERATION_KINDS, metavar="KIND",
               help="Only links of this kind (repeatable).")
@click.option("--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the network as PATH.graphml or PATH.json.")
@click.option("--picture", "picture_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the network as PATH.svg or a self-contained PATH.html.")
@click.pass_context
def cooperation_cmd(ctx: click.Context, a: str | None, b: str | None, db_path: Path, fmt: str,
                    limit: int, date_from: str | None, date_to: str | None,
                    output: Path | None, kinds: tuple[str, ...], graph_path: Path | None,
                    picture_path: Path | None) -> None:
    """Every cooperation link of A, or between A and B (no A: every link).

    Each link has from, to, kind, date, sentence and document. A province
    matches itself and the organisations in it ("Nghệ An" matches "Sở Y tế
    Nghệ An"). With --graph/--picture and no explicit --limit, the network
    holds every matching link.
    """
    from pipeline.query import graph
    from pipeline.query.cooperation import COLUMNS, FIELDS, cooperation

    when = _window(date_from, date_to)
    for path, allowed in ((graph_path, (".graphml", ".json")), (picture_path, (".svg", ".html"))):
        if path is not None and path.suffix.lower() not in allowed:
            raise click.BadParameter(f"{path.name}: use {' or '.join(allowed)}",
                                     param_hint="--graph" if allowed[0] == ".graphml"
                                     else "--picture")
    explicit = ctx.get_parameter_source("limit") != click.core.ParameterSource.DEFAULT
    with _kb(db_path) as db:
        ta = resolve(db, a) if a else None
        tb = resolve(db, b) if b else None
        for t in (ta, tb):
            if t is not None:
                _check_target(db, t)
        wide = None if (graph_path or picture_path) and not explicit else limit
        links = cooperation(db, a, b, when, kinds or None, wide, targets=(ta, tb))
    if graph_path or picture_path:
        net = graph.build(links)
        title = "Cooperation: " + (" ↔ ".join(x for x in (a, b) if x) or "all links")
        if graph_path:
            graph.write(net, graph_path)
            _note(f"wrote {graph_path} ({len(net.nodes)} nodes, {len(net.edges)} links)")
        if picture_path:
            picture_path.parent.mkdir(parents=True, exist_ok=True)
            draw = graph.to_html if picture_path.suffix.lower() == ".html" else graph.to_svg
            picture_path.write_text(draw(net, title), encoding="utf-8")
            _note(f"wrote {picture_path}")
    shown = links
    if limit and len(links) > limit:
        shown = Rows(links[:limit], len(links))
    _emit(shown, fmt, COLUMNS, output, FIELDS)


@click.command("search")
@click.argument("query")
@_options("table", "json", "jsonl", "csv", limit=20, dated="documents published")
@click.option("--source", help="Only documents from this source (name or part of the URL).")
@click.option("--entity", "entity", metavar="NAME",
              help="Only documents mentioning this entity (or in this province).")
@click.option("--raw", is_flag=True, help="Pass QUERY to FTS5 as is (AND, OR, NEAR, \"...\", *); "
              "when its words (operators aside) all have accents, their tones count.")
def search_cmd(query: str, db_path: Path, fmt: str, limit: int, date_from: str | None,
               date_to: str | None, output: Path | None, source: str | None,
               entity: str | None, raw: bool) -> None:
    """Full-text search of titles and texts, best match first, accents optional.

    \b
    Query syntax:
      bach mai        every word must occur, in any order; documents holding
                      them side by side ("Bạch Mai") come first, then the rest
      "bach mai"      only the phrase, words side by side
      chuyen*         a word starting with "chuyen" (2 letters or more)
      da khoa         a typed d also finds đ ("Đa khoa"); accents optional
      chuyển giao     typed with accents, every word must match as typed
                      ("chuyển", not "chuyên"; "Hoa", not "Hòa"; "hòa" also
                      finds "hoà"); case never matters
    Nothing typed is FTS or SQL syntax unless --raw (then AND, OR, NEAR, ...).
    """
    from pipeline.query.search import COLUMNS, FIELDS, search

    when = _window(date_from, date_to)
    with _kb(db_path) as db:
        target = resolve(db, entity) if entity else None
        if target is not None:
            _check_target(db, target)
        items = search(db, query, raw=raw, source=source, when=when, entity=target, limit=limit)
        plain = (not items and not raw and tone_keys(query) and unaccented(query)) or ""
        if plain and not search(db, plain, source=source, when=when, entity=target, limit=1):
            plain = ""   # offer the accent-free query only when it finds something
    _emit(items, fmt, COLUMNS, output, FIELDS, empty=f"no results with these accents (try "
          f"{plain!r} for any accents)" if plain else "no results")


def _one_name(typed: str | None, option: str | None, flag: str) -> str | None:
    """A name given as the argument or as `flag` (as `timeline NAME` takes it; was: "Got
    unexpected extra argument" for `officials "Nghệ An"`), not both."""
    if typed and option:
        raise click.UsageError(f"give the name once: as an argument or as {flag}")
    return typed or option


@click.command("officials")
@click.argument("name", required=False, metavar="[ORG]")
@click.option("--org", help="Organisation (or province: its organisations); the same as ORG.")
@click.option("--person", help="Person.")
@_options("table", "json", "jsonl", "csv")
def officials_cmd(name: str | None, org: str | None, person: str | None, db_path: Path, fmt: str,
                  limit: int, date_from: str | None, date_to: str | None,
                  output: Path | None) -> None:
    """Who held which post when: person, position, organisation, first and last seen."""
    from pipeline.query.lookups import OFFICIAL_COLUMNS, OFFICIAL_FIELDS, officials

    org = _one_name(name, org, "--org")
    if not org and not person:
        raise click.UsageError("give ORG (or --org NAME) and/or --person NAME")
    when = _window(date_from, date_to)
    with _kb(db_path) as db:
        items = officials(db, org=org, person=person, when=when, limit=limit)
        if not items:   # say which name found nothing (was: "no results" either way)
            if org:
                _check_target(db, resolve(db, org), "organisation or province")
            if person and not entity_matches(db, person, type_="person"):
                _note(no_match("person", person, plain=bool(tone_keys(person)) and bool(
                    entity_matches(db, fold(person), type_="person"))))
    if fmt == "table":   # a former post reads as `ytekb entity` says it; the data has `former`
        from pipeline.resolve.report import post_label

        for item in items:
            item["position"] = post_label(dict(item, title=item["position"]))
    _emit(items, fmt, OFFICIAL_COLUMNS, output, OFFICIAL_FIELDS)


@click.command("figures")
@click.argument("name", required=False, metavar="[NAME]")
@click.option("--entity", metavar="NAME", help="Entity or province; the same as NAME.")
@click.option("--scope", type=click.Choice(("sentence", "document")), default="sentence",
              show_default=True, help="Figures in sentences, or in whole documents, naming it.")
@_options("table", "json", "jsonl", "csv")
def figures_cmd(name: str | None, entity: str | None, scope: str, db_path: Path, fmt: str,
                limit: int, date_from: str | None, date_to: str | None,
                output: Path | None) -> None:
    """Figures reported in sentences (or documents) that mention an entity."""
    from pipeline.query.lookups import FIGURE_COLUMNS, FIGURE_FIELDS, figures

    entity = _one_name(name, entity, "--entity")
    if not entity:
        raise click.UsageError("give NAME (or --entity NAME): an entity or a province")
    when = _window(date_from, date_to)
    with _kb(db_path) as db:
        target = resolve(db, entity)
        _check_target(db, target)
        items = figures(db, entity, when, scope, limit, target=target)
    _emit(items, fmt, FIGURE_COLUMNS, output, FIGURE_FIELDS)


@click.command("legal")
@click.argument("number")
@_options("table", "json", "jsonl", "csv")
def legal_cmd(number: str, db_path: Path, fmt: str, limit: int, date_from: str | None,
              date_to: str | None, output: Path | None) -> None:
    """Where a legal document ("39-NQ/TW") is cited, and by whom."""
    from pipeline.query.lookups import LEGAL_COLUMNS, LEGAL_FIELDS, legal

    when = _window(date_from, date_to)
    with _kb(db_path) as db:
        items = legal(db, number, when, limit)
    _emit(items, fmt, LEGAL_COLUMNS, output, LEGAL_FIELDS)


@click.command("profile")
@click.argument("name")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=store.DEFAULT_DB, show_default=True, help="SQLite knowledge base file.")
@format_options("table", "json", "jsonl", "csv")
@click.option("--limit", type=click.IntRange(min=0), default=10, show_default=True,
              help="At most this many matching entities.")
def profile_cmd(name: str, db_path: Path, fmt: str, limit: int) -> None:
    """An entity's profile: names, documents, first/last seen, partners, positions."""
    from pipeline.query.lookups import profile

    with _kb(db_path) as db:
        target = resolve(db, name)
        _check_target(db, target, "entity")
        items = profile(db, name, limit, target=target)
    if fmt != "table":
        formats.render(items, fmt, (), sys.stdout)
    else:
        width = formats.terminal_width()
        for item in items:
            for key, value in item.items():
                if isinstance(value, list):
                    value = "; ".join(value)
                click.echo(textwrap.fill(f"{key:11} {value if value not in (None, '') else '-'}",
                                         width, subsequent_indent=" " * 12,
                                         break_on_hyphens=False))
            click.echo("")
    _finish(items)


@click.command("export")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=store.DEFAULT_DB, show_default=True, help="SQLite knowledge base file.")
@format_options(*EXPORT_FORMATS, default="csv", skip=("table",))
@click.option("--table", "tables", multiple=True, metavar="T",
              help="Only this table or view (repeatable). Default: every table.")
@click.option("--query", metavar="NAME|SQL",
              help="A view (timeline, cooperation_links, positions, legal_citations, "
                   "figure_facts, dated_events, document_index) or one SELECT statement.")
@click.option("--name", help="File name (without extension) for --query output.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=OUTPUTS, show_default=True, help="Directory for the files.")
def export_cmd(db_path: Path, fmt: str, tables: tuple[str, ...], query: str | None,
               name: str | None, out_dir: Path) -> None:
    """Export the KB (one file per table), some tables or views, or a query.

    Reading is strictly read-only: a --query SELECT cannot change the KB.
    """
    from pipeline.query.export import export_query, export_tables

    if query and tables:
        raise click.UsageError("give --table or --query, not both")
    with _kb(db_path):
        pass  # migrate first, so the views exist for the read-only connection
    try:
        if query:
            label, path, n = export_query(db_path, query, out_dir, fmt, name)
            click.echo(f"{label}: {formats.plural(n, 'row')} -> {path}")
        else:
            from pipeline.options import progress

            for label, path, n in export_tables(db_path, out_dir, fmt, list(tables) or None,
                                                progress=progress("ytekb export")):
                click.echo(f"{label}: {formats.plural(n, 'row')} -> {path}")
    except QueryError as err:
        raise click.UsageError(str(err)) from None


def _port_free(host: str, port: int) -> None:
    """A taken port is one usage error naming it (was: "serving ... at" and then
    uvicorn's "ERROR: [Errno 98] error while attempting to bind", exit 3)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as err:
            raise click.UsageError(f"cannot listen on {host}:{port}: "
                                   f"{err.strerror or err} (choose another with -p PORT)") from None


@click.command("serve")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=store.DEFAULT_DB, show_default=True, help="SQLite knowledge base file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (127.0.0.1: this machine only).")
@click.option("-p", "--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port to listen on (0: a free one, said once the server is up).")
@click.option("--open", "open_browser", is_flag=True,
              help="Open the KB in your web browser once the server starts.")
@click.option("--live", is_flag=True,
              help="Open the file mutable (still read-only) so a running ingest shows up; "
                   "default is immutable, which is faster.")
def serve_cmd(db_path: Path, host: str, port: int, open_browser: bool, live: bool) -> None:
    """Browse the KB in your web browser (Datasette, read-only, on 127.0.0.1).

    \b
    Pages: / (start here), every article with its facts marked, an entity page
    per organisation, person and province (posts over time, timeline, partners,
    cooperation network), timeline, network and charts pages, and every table,
    view and canned query. Queries stop after 1 s; only GET is answered, and
    only to localhost names.
    """
    from pipeline import web

    if not web.datasette_available():
        click.echo(f"ytekb serve needs Datasette: {web.INSTALL_HINT}", err=True)
        sys.exit(2)
    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path} (run `ytekb run` first)")
    _upgraded(db_path)
    _port_free(host, port)
    where = f"at http://{host}:{port}/" if port else f"on a free port of {host}, named below"
    click.echo(f"serving {db_path} {where} (Ctrl-C stops)", err=True)
    sys.exit(web.serve(db_path, host, port, live, open_browser))


COMMANDS = [timeline_cmd, cooperation_cmd, search_cmd, officials_cmd, figures_cmd, legal_cmd,
            profile_cmd, export_cmd, serve_cmd]
