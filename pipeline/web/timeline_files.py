"""The timeline page's filters and its downloads.

A researcher building a timeline narrows it (dates, kinds of fact) and takes it away
as a file. The page and its CSV/JSON links read the same filters from the URL, and a
file holds the facts `ytekb timeline Q --from --to --kind --csv` prints (up to
EXPORT_LIMIT, not the page's first TIMELINE_LIMIT), each with `page`, the address
of its sentence on the document page, so a cell in a spreadsheet leads back to
the sentence the fact was read from. The entity page's links name the entity by
its id (`entity=ID`): two entities may share a name, and the name would mean both.
"""
from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import sqlite_utils

from pipeline.query import formats
from pipeline.query.common import QueryError, Window
from pipeline.query.text import slug
from pipeline.query.timeline import COLUMNS, COUNT_CAP, FIELDS, KINDS, timeline

from .entity import fact_url, named_target
from .links import page_url

EXPORT_LIMIT = COUNT_CAP   # facts in one file (the CLI's --limit 0 has none)
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


@dataclass(frozen=True)
class Filters:
    """`from`, `to` and `kind` (repeatable) from a timeline URL; `error` says why a
    date or a kind was refused (the page shows it, and the timeline without it:
    a mistyped kind is said, not read as "every kind")."""

    start: str = ""
    end: str = ""
    kinds: tuple[str, ...] = ()
    when: Window = field(default_factory=Window)
    error: str = ""
    unknown: tuple[str, ...] = ()   # kinds asked for but not in KINDS, kept in the URL
    entity: str = ""                # `entity=ID`: the entity page's links (namesakes apart)

    @classmethod
    def of(cls, args: Any) -> "Filters":
        start, end = (args.get(k, "").strip() for k in ("from", "to"))
        asked = args.getlist("kind")
        kinds = tuple(k for k in KINDS if k in asked)
        unknown = tuple(k for k in asked if k not in KINDS)
        errors = [f"unknown kind {k!r} (the kinds are {', '.join(KINDS)})" for k in unknown]
        try:
            when = Window.of(start, end)
        except QueryError as err:   # its words name the CLI's options: "--from"
            when = Window()
            errors.insert(0, str(err).replace("--", "") + " (the dates are not applied)")
        return cls(start, end, kinds, when, "; ".join(errors), unknown,
                   args.get("entity", "").strip())

    def query(self, q: str) -> str:
        """The URL query that asks for the same timeline."""
        pairs = [("q", q), ("entity", self.entity), ("from", self.start), ("to", self.end)]
        return urlencode([(k, v) for k, v in pairs if v]
                         + [("kind", k) for k in self.kinds + self.unknown])

    def options(self) -> str:
        """The same filters as `ytekb timeline` options ("--from 2024 --kind role")."""
        pairs = [("--from", self.start), ("--to", self.end)] if self.when else []
        return " ".join([f"{k} {v}" for k, v in pairs if v] + [f"--kind {k}" for k in self.kinds])

    def url(self, q: str, fmt: str = "") -> str:
        """The page (or its .csv/.json file) with these filters."""
        return page_url("timeline" + (f".{fmt}" if fmt else "")) + "?" + self.query(q)


def export(conn: sqlite3.Connection, q: str, filters: Filters, fmt: str,
           base: str) -> tuple[str, str]:
    """(file body, file name) of the timeline of `q` (of the entity `filters.entity`,
    when given: `named_target`) as CSV or JSON. `base` is the server's address, so each
    fact's `page` is a whole URL."""
    db = sqlite_utils.Database(conn)
    q, about = named_target(db, q, filters.entity)
    items = timeline(db, q, filters.when, filters.kinds or None, EXPORT_LIMIT, target=about)
    rows = [dict(item, page=base.rstrip("/") + fact_url(item)) for item in items]
    out = io.StringIO()
    formats.render(rows, fmt, (*COLUMNS, "page"), out, (*FIELDS, "page"))   # csv or json
    return out.getvalue(), f"timeline-{slug(q)}.{fmt}"
