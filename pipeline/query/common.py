"""Shared pieces of the query layer: user errors, date windows, id lists.

Every query binds its values as parameters; only column names and the number
of `?` placeholders are ever formatted into SQL, and both come from this code,
never from the user.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# SQLite allows 32766 bound parameters; stay well below it per statement.
MAX_IDS = 5000


class QueryError(ValueError):
    """Something wrong with what the user asked (a bad date, FTS syntax): exit code 2."""


def check_date(value: str | None, name: str = "date") -> str | None:
    """`value` if it is YYYY, YYYY-MM or YYYY-MM-DD (else QueryError)."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@dataclass(frozen=True)
class Window:
    """A date range from the user. Dates in the KB may be YYYY, YYYY-MM or
    YYYY-MM-DD, so a fact is inside when it overlaps the range at its own
    precision: "2024-10" is inside --from 2024-10-15."""

    start: str | None = None
    end: str | None = None

    @classmethod
    def of(cls, start: str | None, end: str | None) -> "Window":
        w = cls(check_date(start, "--from"), check_date(end, "--to"))
        if w.start and w.end and w.start > w.end and not w.start.startswith(w.end):
            raise QueryError(f"--from {w.start} is after --to {w.end}")
        return w

    def __bool__(self) -> bool:
        return bool(self.start or self.end)

    def sql(self, column: str) -> tuple[str, list[Any]]:
        """A WHERE fragment (or "1") and its parameters for a date column. The plain
        range bounds come first so an index on the column can be used."""
        parts, params = [], []
        if self.start:
            parts.append(f"{column} >= ? AND ({column} >= ? OR ? GLOB {column} || '*')")
            params += [self.start[:4], self.start, self.start]
        if self.end:
            parts.append(f"{column} <= ? AND ({column} <= ? OR {column} GLOB ? || '*')")
            params += [self.end + "~", self.end, self.end]
        if parts:
            parts.insert(0, f"{column} GLOB '[0-9][0-9][0-9][0-9]*'")
        return (" AND ".join(parts) or "1"), params

    def span_sql(self, first: str, last: str) -> tuple[str, list[Any]]:
        """A WHERE fragment for a span [first, last] that overlaps the window: it
        ends on or after the window's start and starts on or before its end."""
        parts, params = [], []
        if self.start:
            sql, p = Window(self.start).sql(last)
            parts.append(sql)
            params += p
        if self.end:
            sql, p = Window(None, self.end).sql(first)
            parts.append(sql)
            params += p
        return (" AND ".join(parts) or "1"), params

    def contains(self, date: str | None) -> bool:
        """The same test in Python, for rows assembled outside SQL."""
        if not self:
            return True
        if not date or not date[:4].isdigit():
            return False
        if self.start and not (date >= self.start or self.start.startswith(date)):
            return False
        if self.end and not (date <= self.end or date.startswith(self.end)):
            return False
        return True


class Rows(list):
    """Answer rows (a list) that know how many there were before `--limit` cut them:
    `total` (None when unknown) and whether that count is an estimate."""

    def __init__(self, items: Iterable[Any] = (), total: int | None = None,
                 approximate: bool = False) -> None:
        super().__init__(items)
        self.total = len(self) if total is None else total
        self.approximate = approximate

    @property
    def cut(self) -> bool:
        return self.total > len(self)


def placeholders(n: int) -> str:
    return ", ".join("?" * n)


def chunks(items: Sequence[Any], size: int = MAX_IDS) -> Iterator[Sequence[Any]]:
    """`items` in slices small enough for one statement's parameters (at least one)."""
    if not items:
        yield items
        return
    for i in range(0, len(items), size):
        yield items[i:i + size]


def rows(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Run a read query; rows as dicts."""
    cur = db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]




def load_texts(db: sqlite_utils.Database, cache: dict[int, str], ids: Iterable[int]) -> None:
    """Fill `cache` with documents.text for `ids` (one statement per chunk)."""
    missing = sorted(i for i in set(ids) if i not in cache)
    for part in chunks(missing):
        if part:
            cache.update(db.execute(f"SELECT id, text FROM documents WHERE id IN "
                                    f"({placeholders(len(part))})", list(part)).fetchall())
