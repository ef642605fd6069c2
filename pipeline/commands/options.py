"""Options and conventions shared by the lookup commands.

* `--format` with the shorthands sqlite-utils users expect: `--table`, `--json`,
  `--csv`, `--nl` (newline-delimited JSON) and `--html`, wherever that format exists.
* One exit-code rule for lookups: a lookup that finds nothing prints its empty
  answer (no table rows, `[]` in JSON), says so on stderr and exits 1, like grep;
  0 means something was found; 2 is a usage error.
* A cut answer says so: "showing 20 of 41 (--limit 0 shows all)".
"""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

NOTHING_FOUND = 1
SHORTHANDS = {"table": "--table", "json": "--json", "csv": "--csv", "jsonl": "--nl",
              "html": "--html"}


def format_options(*choices: str, default: str = "table", skip: Sequence[str] = ()) -> Callable:
    """`--format CHOICE` plus one flag per choice (`--csv` for `--format csv`...).

    The command receives the chosen format as `fmt`. `skip` leaves out a shorthand
    whose name the command already uses for something else (export's `--table T`)."""
    flags = [(fmt, SHORTHANDS[fmt]) for fmt in choices if fmt in SHORTHANDS and fmt not in skip]

    def wrap(f: Callable) -> Callable:
        @functools.wraps(f)
        def command(*args: Any, **kwargs: Any) -> Any:
            chosen = [fmt for fmt, _ in flags if kwargs.pop(f"fmt_{fmt}", False)]
            ctx = click.get_current_context()
            explicit = ctx.get_parameter_source("fmt") != click.core.ParameterSource.DEFAULT
            asked = set(chosen) | ({kwargs["fmt"]} if explicit else set())
            if len(asked) > 1:
                names = " and ".join(sorted(SHORTHANDS.get(a, a) for a in asked))
                raise click.UsageError(f"choose one output format, not {names}")
            if chosen:
                kwargs["fmt"] = chosen[0]
            return f(*args, **kwargs)

        for fmt, flag in reversed(flags):
            command = click.option(flag, f"fmt_{fmt}", is_flag=True,
                                   help=f"Shorthand for --format {fmt}.")(command)
        return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, help="Output format.")(command)
    return wrap


def choice_option(*decls: str, choices: Sequence[str], metavar: str, help: str,
                  **kwargs: Any) -> Callable:
    """A checked choice option whose choices are listed in its help text, so a long
    list wraps at the terminal's width instead of running past it as `[a|b|...]`."""
    listed = f"{help} One of: {', '.join(choices)}."
    return click.option(*decls, type=click.Choice(choices), metavar=metavar, help=listed,
                        **kwargs)


def note(message: str) -> None:
    click.echo(message, err=True)


def nothing_found(message: str = "no results") -> None:
    """The empty answer's note and exit code (see the module docstring)."""
    note(message)
    sys.exit(NOTHING_FOUND)


def no_match(what: str, query: str, search: bool = True, plain: bool = False) -> str:
    """"no entity matches 'X'", with what to try next: when X was typed with accents
    (which then count: "Hùng" is not "Hưng") and without them it finds something
    (`plain`), that name, as the web UI's find page offers; then `ytekb search`."""
    from pipeline.query.text import fold, tone_keys

    plain = plain and bool(tone_keys(query))
    tries = [f"{fold(query)!r} for any accents"] if plain else []
    tries += [f"`ytekb search {query!r}`"] if search else []
    accents = " with these accents" if plain else ""
    return f"no {what} matches {query!r}{accents}" + (
        f" (try {' or '.join(tries)})" if tries else "")


def showing(shown: int, total: int | None, approximate: bool = False, cap: int = 0) -> None:
    """"showing N of M" on stderr when the answer was cut."""
    if total is None or total <= shown:
        return
    if cap and total >= cap:
        of = f"more than {cap - 1:,}"
    else:
        of = f"about {total:,}" if approximate else f"{total:,}"
    note(f"showing {shown:,} of {of} (--limit 0 shows all)")
