"""`ytekb cooperation A [B]`: every cooperation link of A, or between A and B.

Built on the `cooperation_links` view; the oldest links of a busy organisation
are picked through `timeline_index`, so the answer costs about --limit index
entries. A province on either side matches the province itself and every
organisation in it ("Nghệ An" matches "Sở Y tế Nghệ An").
"""
from __future__ import annotations

from typing import Any

import sqlite_utils

from .common import Rows, Window, chunks, load_texts, placeholders, rows
from .targets import Target, resolve
from .text import sentence_at
from .graph import KIND_COLORS
from .timeline import COUNT_CAP, index_rows

COLUMNS = ("date", "from", "to", "kind", "sentence", "document")
FIELDS = (*COLUMNS, "title", "published", "source", "date_source", "from_id", "to_id",
          "from_type", "to_type", "from_province", "to_province", "document_id", "fact_id",
          "sentence_index")   # every item's, in order (a CSV's header, even empty)
KINDS = tuple(KIND_COLORS)   # every kind the extractor writes; the picture colours each
_FIELDS = ("id, from_id, from_name, from_type, from_province, to_id, to_name, to_type, "
           "to_province, kind, date, date_source, text, sentence AS sentence_index, start, "
           '"end", document_id, document, title, published, source')


def cooperation(db: sqlite_utils.Database, a: str | None = None, b: str | None = None,
                when: Window = Window(), kinds: tuple[str, ...] | None = None,
                limit: int | None = 100, targets: tuple[Target | None, Target | None] | None = None
                ) -> Rows:
    """Links {from, to, kind, date, sentence, document, ...}, oldest first.

    No A: every link in the KB (for the whole network picture)."""
    ta, tb = targets or (resolve(db, a) if a else None, resolve(db, b) if b else None)
    if (ta is not None and not ta.entity_ids) or (tb is not None and not tb.entity_ids):
        return Rows()
    where, params = [], []
    date_sql, date_params = when.sql("date")
    if kinds:
        where.append(f"kind IN ({placeholders(len(kinds))})")
        params += list(kinds)
    where.append(date_sql)
    params += date_params
    found: dict[int, dict[str, Any]] = {}
    if ta is not None and tb is None and limit and not kinds:
        # A's oldest links straight from timeline_index: about `limit` entries
        # read, however many thousand links A has
        for part in filter(None, _oldest(db, ta.entity_ids, when, limit)):
            for r in rows(db, f"SELECT {_FIELDS} FROM cooperation_links WHERE id IN "
                              f"({placeholders(len(part))})", part):
                found[r["id"]] = r
    else:
        for part_a in chunks(ta.entity_ids if ta else []):
            for part_b in chunks(tb.entity_ids if tb else []):
                ends, end_params = _ends(part_a, part_b)
                sql = (f"SELECT {_FIELDS} FROM cooperation_links WHERE "
                       + " AND ".join([*([ends] if ends else []), *where])
                       + " ORDER BY date IS NULL, date GLOB 'X*', date, document_id, start"
                       + (" LIMIT ?" if limit else ""))
                for r in rows(db, sql, [*end_params, *params, *([limit] if limit else [])]):
                    found[r["id"]] = r
    links = sorted(found.values(), key=_order)
    total = len(links)
    if limit and total >= limit:
        links = links[:limit]
        total = max(total, _count(db, ta, tb, where, params))
    texts: dict[int, str] = {}
    load_texts(db, texts, {r["document_id"] for r in links})
    return Rows([_item(r, texts.get(r["document_id"], "")) for r in links], total)


def _count(db: sqlite_utils.Database, ta: Target | None, tb: Target | None, where: list[str],
           params: list[Any]) -> int:
    """How many links match, without --limit (at most COUNT_CAP per id chunk)."""
    total = 0
    for part_a in chunks(ta.entity_ids if ta else []):
        for part_b in chunks(tb.entity_ids if tb else []):
            ends, end_params = _ends(part_a, part_b)
            total += db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM cooperation_links WHERE "
                + " AND ".join([*([ends] if ends else []), *where]) + " LIMIT ?)",
                [*end_params, *params, COUNT_CAP]).fetchone()[0]
    return total


def _oldest(db: sqlite_utils.Database, ids: list[str], when: Window,
            limit: int) -> list[list[int]]:
    """Ids of the `limit` oldest cooperation links with an end in `ids` (per id chunk)."""
    out = []
    for part in chunks(ids):
        if not part:
            continue
        seen: dict[int, None] = {}
        for row in index_rows(db, f"entity_id IN ({placeholders(len(part))}) AND "
                                  "kind = 'cooperation'", list(part), when, 2 * limit):
            seen[row["fact_id"]] = None
            if len(seen) >= limit:
                break
        out.append(list(seen))
    return out


def _order(r: dict[str, Any]) -> tuple:
    """Oldest first: full dates, then year-less ones, then undated (as SQL orders them)."""
    date = r["date"]
    rank = 2 if not date else 0 if date[:4].isdigit() else 1
    return rank, date or "", r["document_id"], r["start"]


def _ends(a: list[str], b: list[str]) -> tuple[str, list[Any]]:
    """Literal IN lists (the planner then uses idx_coop_from / idx_coop_to)."""
    if not a:
        return "", []
    pa = placeholders(len(a))
    if not b:
        return f"(from_id IN ({pa}) OR to_id IN ({pa}))", [*a, *a]
    pb = placeholders(len(b))
    return (f"((from_id IN ({pa}) AND to_id IN ({pb})) OR (from_id IN ({pb}) AND to_id IN ({pa})))",
            [*a, *b, *b, *a])


def _item(r: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "date": r["date"], "from": r["from_name"], "to": r["to_name"], "kind": r["kind"],
        "sentence": sentence_at(text, r["start"], r["end"]) if text else r["text"],
        "document": r["document"], "title": r["title"], "published": r["published"],
        "source": r["source"], "date_source": r["date_source"], "from_id": r["from_id"],
        "to_id": r["to_id"], "from_type": r["from_type"], "to_type": r["to_type"],
        "from_province": r["from_province"], "to_province": r["to_province"],
        "document_id": r["document_id"], "fact_id": r["id"], "sentence_index": r["sentence_index"],
    }
