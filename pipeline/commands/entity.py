"""`ytekb entity NAME` (one canonical entity, however it was written) and
`ytekb overrides` (apply the user's merge/forbid/alias rules to a KB)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.kb import store
from pipeline.query.formats import terminal_width
from pipeline.resolve import overrides as rules_file
from pipeline.resolve import report
from pipeline.resolve.lookup import find_entities

from .options import choice_option, format_options, no_match, nothing_found

ENTITY_TYPES = ("person", "province", "organization", "hospital", "health_department", "ministry",
                "government", "party", "agency", "university", "health_center", "company",
                "other")

_DB = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                   default=store.DEFAULT_DB, show_default=True, help="SQLite knowledge base file.")
_OVERRIDES = click.option("--overrides", "overrides_path",
                          type=click.Path(exists=True, dir_okay=False, path_type=Path),
                          help="Overrides file (TOML) to apply first; default: "
                               "$YTEKB_OVERRIDES or the bundled pipeline/resolve/overrides.toml.")


def _apply(db, path: Path | None) -> list[str]:
    """Apply the overrides file to the KB in one transaction; return the actions."""
    from pipeline.resolve import Resolver

    rules_file.set_path(path)
    try:
        with store.transaction(db):
            r = Resolver(db)
            r.finish()
            return r.actions
    except rules_file.OverridesError as err:
        raise click.UsageError(str(err)) from None


@click.command("entity")
@click.argument("name")
@_DB
@format_options("table", "json")
@click.option("--explain", is_flag=True, help="Show why each alias was merged (score, reason).")
@choice_option("--type", "type_", choices=ENTITY_TYPES, metavar="TYPE",
               help="Only entities of this type (organization: any organisation).")
@click.option("--all", "show_all", is_flag=True, help="Describe every matching entity.")
@_OVERRIDES
def entity(name: str, db_path: Path, fmt: str, explain: bool, type_: str | None,
           show_all: bool, overrides_path: Path | None) -> None:
    """One entity however it was written: canonical name, type, aliases, province
    (then and now), positions or officials, mentions, first and last seen.

    \b
    Examples:
      ytekb entity "BV Bạch Mai"
      ytekb entity "Nguyễn Thị Hồng Hoa" --format json
      ytekb entity "Bắc Kạn"            # tells it is now part of Thái Nguyên
      ytekb entity "Sở Y tế TP.HCM" --explain
    """
    found: list[dict] = []
    if db_path.exists():
        db = store.open_kb(db_path)
        try:
            if overrides_path:
                _apply(db, overrides_path)
            from pipeline.query.targets import as_typed, tone_keys
            typed = bool(tone_keys(name))   # a word typed with accents means them, as in `ytekb search`
            ids = find_entities(db, name, type_=type_, limit=500 if typed else 20)
            plain = bool(ids)   # found when accents do not count
            if typed:
                ids = as_typed(db, name, ids)
            ids = ids[:20]
            described = ids if show_all else ids[:1]
            found = [report.describe(db, eid, explain=explain) for eid in described]
            others = [_brief(db, eid) for eid in ids[len(described):]]
        finally:
            db.close()
    else:
        others, plain = [], False
    if not found and type_ in (None, "province"):
        gaz = report.gazetteer_province(name)
        if gaz:
            found = [gaz]
    if not found:
        where = "" if db_path.exists() else f" (no knowledge base at {db_path})"
        if fmt == "json":
            click.echo("{}" if not show_all else "[]")
        nothing_found(f"ytekb: {no_match('entity', name, search=False, plain=plain)}{where}")
    if fmt == "json":
        payload = found if show_all else dict(found[0], other_matches=others)
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    width = terminal_width()
    for i, info in enumerate(found):
        if i:
            click.echo("")
        click.echo(fit_lines(report.text(info, others if i == len(found) - 1 else None), width))


def fit_lines(text: str, width: int) -> str:
    """Long lines cut at the terminal's width with "…" (--format json has them whole)."""
    return "\n".join(line if len(line) <= width else line[:width - 1].rstrip() + "…"
                     for line in text.splitlines())


def _brief(db, eid: str) -> dict:
    row = db.execute("SELECT id, name, type, province FROM entities WHERE id = ?", [eid]).fetchone()
    return dict(zip(("id", "name", "type", "province"), row))


@click.command("overrides")
@_DB
@_OVERRIDES
def overrides(db_path: Path, overrides_path: Path | None) -> None:
    """Apply the entity overrides file (force or forbid merges, add aliases) to a KB.

    Ingest applies it on every run; this applies it now, e.g. after editing it.
    """
    from pipeline.options import DEFAULT_WAIT, said
    from scrapers.lock import RunLock, default_path

    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path}")
    with RunLock(default_path(db_path), wait=DEFAULT_WAIT, command="overrides",
                 on_wait=said("overrides")):  # a KB writer: one at a time
        db = store.open_kb(db_path)
        try:
            actions = _apply(db, overrides_path)
        finally:
            db.close()
    for a in actions:
        click.echo(a)
    click.echo(f"overrides: {len(actions)} change(s) from {rules_file.current().path or 'none'}")


COMMANDS = [entity, overrides]
