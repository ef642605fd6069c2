"""`ytekb timeline`: the dated facts about an entity or a province, oldest first.

Which facts, and their dates, come from `timeline_index`, the materialised
(entity, date) index of the `timeline` view, so the oldest 100 facts about an
entity named in 30 000 sentences cost 100 index entries; their details come
from the `timeline_facts` view. Both are filled from the views, so `sqlite3`
users querying `timeline` get the same facts and dates.

A province adds what the views cannot know, as sentences are not stored: cited
legal documents, figures and dated events in sentences that name the province
in their text ("… Hội nghị … tại Nghệ An diễn ra từ ngày 17-18/10/2024"). They
are read oldest first and checked until no later one could make the cut.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from extractors.textnorm import match_text

from .common import Rows, Window, chunks, load_texts, placeholders, rows
from .targets import Target, resolve
from .text import fold, fts_phrase, sentence_at, sentence_span, window

KINDS = ("cooperation", "role", "legal", "figure", "event")
TEXT_KINDS = ("legal", "figure", "event")
COLUMNS = ("date", "kind", "summary", "sentence", "document")
FIELDS = (*COLUMNS, "title", "published", "source", "date_source", "document_id", "fact_id",
          "sentence_index", "fact", "issued")   # every item's, in order (a CSV's header, even empty)
_FIELDS = ("kind, fact_id, date, date_source, summary, text, sentence AS sentence_index, start, "
           '"end", document_id, document, title, published, source')
_KEYS = "kind, fact_id, date, document_id, sentence, start"

Key = tuple[str, int]


def timeline(db: sqlite_utils.Database, query: str, when: Window = Window(),
             kinds: tuple[str, ...] | None = None, limit: int | None = 100,
             target: Target | None = None) -> Rows:
    """Items {date, kind, summary, sentence, document, title, ...}, oldest first. When
    `limit` cut them, `total` is an estimate of how many there are (see `estimate`)."""
    target = target or resolve(db, query)
    kinds = tuple(kinds or KINDS)
    fetch = limit * 3 + 50 if limit else None
    while True:
        keys, boundary = _collect(db, target, when, kinds, limit, fetch)
        ordered = _dedupe(sorted(_details(db, keys), key=_order))
        if _settled(ordered, limit, boundary):
            items = _finish(db, ordered, limit)
            if len(ordered) <= len(items) and boundary is None:
                return Rows(items)
            return Rows(items, max(len(ordered), estimate(db, target, when, kinds)),
                        approximate=True)
        fetch *= 4  # duplicates ate the margin: read further


COUNT_CAP = 10000


def estimate(db: sqlite_utils.Database, target: Target, when: Window,
             kinds: tuple[str, ...]) -> int:
    """About how many facts a timeline holds: the index entries linked to its entities
    (at most COUNT_CAP; repeats and a province's text matches make it approximate)."""
    date_sql, date_params = when.sql("date")
    total = 0
    for part in chunks(target.entity_ids):
        if part:
            total += db.execute(
                f"SELECT count(*) FROM (SELECT DISTINCT kind, fact_id FROM timeline_index "
                f"WHERE entity_id IN ({placeholders(len(part))}) AND kind IN "
                f"({placeholders(len(kinds))}) AND {date_sql} LIMIT ?)",
                [*part, *kinds, *date_params, COUNT_CAP]).fetchone()[0]
    return min(total, COUNT_CAP)


def _date_key(date: str | None) -> tuple[int, str]:
    """Full dates first, then year-less ("XXXX-07-24"), then undated (as SQL orders them)."""
    if not date:
        return 2, ""
    return (0 if date[:4].isdigit() else 1), date


def _order(item: dict[str, Any]) -> tuple:
    return (_date_key(item["date"]), item["published"] or "", item["document_id"],
            item["start"], KINDS.index(item["kind"]))


def index_rows(db: sqlite_utils.Database, where: str, params: list[Any], when: Window,
               fetch: int | None) -> Iterator[dict[str, Any]]:
    """timeline_index rows matching `where`, oldest first: dated ones along the
    (entity, date) index, then undated ones; at most `fetch` (None: all)."""
    date_sql, date_params = when.sql("date")
    limit = " LIMIT ?" if fetch else ""
    cursor = db.execute(f"SELECT {_KEYS} FROM timeline_index WHERE {where} AND date IS NOT NULL "
                        f"AND {date_sql} ORDER BY date{limit}",
                        [*params, *date_params, *([fetch] if fetch else [])])
    cols = [c[0] for c in cursor.description]
    n = 0
    for row in cursor:
        n += 1
        yield dict(zip(cols, row))
    if when or (fetch and n >= fetch):
        return  # a date window excludes undated facts; a full page leaves them for later
    cursor = db.execute(f"SELECT {_KEYS} FROM timeline_index WHERE {where} AND date IS NULL"
                        + limit, [*params, *([fetch - n] if fetch else [])])
    for row in cursor:
        yield dict(zip(cols, row))


def _collect(db: sqlite_utils.Database, target: Target, when: Window, kinds: tuple[str, ...],
             limit: int | None, fetch: int | None
             ) -> tuple[dict[Key, dict[str, Any]], tuple[int, str] | None]:
    """Keys of the oldest facts: up to `fetch` linked to the entities, plus the
    province's text matches; and the latest date read when the list was cut off."""
    keys: dict[Key, dict[str, Any]] = {}
    boundary = None
    kind_sql = f"kind IN ({placeholders(len(kinds))})"
    for part in chunks(target.entity_ids):
        if not part:
            continue
        found = list(index_rows(db, f"entity_id IN ({placeholders(len(part))}) AND {kind_sql}",
                                 [*part, *kinds], when, fetch))
        if fetch and len(found) >= fetch:
            last = max(_date_key(r["date"]) for r in found)
            boundary = last if boundary is None else min(boundary, last)
        for row in found:
            keys.setdefault((row["kind"], row["fact_id"]), row)
    text_kinds = [k for k in TEXT_KINDS if k in kinds]
    if target.province and text_kinds:
        names = _ProvinceText(db, target.province_names)
        fts = " OR ".join(fts_phrase(n) for n in target.province_names if fold(n))
        accepted, cut = 0, None
        for row in index_rows(
                db, f"entity_id = '' AND kind IN ({placeholders(len(text_kinds))}) AND document_id "
                    "IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                [*text_kinds, fts], when, None):
            key = _date_key(row["date"])
            if boundary is not None and key > boundary:
                break  # past what the linked facts could vouch for
            if cut is not None and key > cut:
                break  # `limit` text matches are older already
            if (row["kind"], row["fact_id"]) not in keys and names.in_sentence(row):
                keys[(row["kind"], row["fact_id"])] = row
                accepted += 1
                if limit and accepted == limit:
                    cut = key
    return keys, boundary


def _settled(ordered: list[dict[str, Any]], limit: int | None,
             boundary: tuple[int, str] | None) -> bool:
    """Nothing was cut off, or enough items are strictly older than the cut: unread
    rows cannot be among the first `limit`."""
    if not limit or boundary is None:
        return True
    return sum(1 for i in ordered if _date_key(i["date"]) < boundary) >= limit


def _details(db: sqlite_utils.Database, keys: dict[Key, dict[str, Any]]) -> list[dict[str, Any]]:
    """Full rows (summary, document, title, ...) for the chosen facts."""
    by_kind: dict[str, list[int]] = {}
    for kind, fact_id in keys:
        by_kind.setdefault(kind, []).append(fact_id)
    out = []
    for kind, ids in by_kind.items():
        for part in chunks(ids):
            out += rows(db, f"SELECT {_FIELDS} FROM timeline_facts WHERE kind = ? AND fact_id IN "
                            f"({placeholders(len(part))})", [kind, *part])
    legal = _legal_details(db, by_kind.get("legal", []))
    for item in out:
        item["issued"], item["law"] = (legal.get(item["fact_id"], (None, None))
                                       if item["kind"] == "legal" else (None, None))
        _issuer_date(item, keys[(item["kind"], item["fact_id"])]["date"])
    return out


def _issuer_date(item: dict[str, Any], indexed: str | None) -> None:
    """A legal document is dated by the article citing it (0015), except on its
    issuer's timeline, whose index entry keeps the issue date: take that one."""
    if item["kind"] == "legal" and indexed != item["date"]:
        item["date"], item["date_source"] = indexed, "issued"


def province_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the province's names as whole words in tone-normalised text."""
    alts = sorted({match_text(n) for n in names}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)",
                      re.IGNORECASE)


class _ProvinceText:
    """Does a fact's sentence name the province? Only the fact's paragraph is
    normalised and searched (sentences never cross a line break), and only a
    paragraph with a hit is split into sentences."""

    def __init__(self, db: sqlite_utils.Database, names: tuple[str, ...]) -> None:
        self.db = db
        self.pattern = province_pattern(names)
        self.texts: dict[int, str] = {}
        self.hits: dict[tuple[int, int], list[int]] = {}

    def in_sentence(self, item: dict[str, Any]) -> bool:
        doc_id, start = item["document_id"], item["start"]
        if doc_id not in self.texts:
            row = self.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
            self.texts[doc_id] = row[0] if row else ""
        text = self.texts[doc_id]
        line_start = text.rfind("\n", 0, start) + 1
        hits = self.hits.get((doc_id, line_start))
        if hits is None:
            line_end = text.find("\n", start)
            line = text[line_start:len(text) if line_end < 0 else line_end]
            hits = self.hits[(doc_id, line_start)] = [
                line_start + m.start() for m in self.pattern.finditer(match_text(line))]
        if not hits:
            return False
        s, e = sentence_span(text, start)
        i = bisect.bisect_left(hits, s)
        return i < len(hits) and hits[i] < e


def _dedupe(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per thing that happened: an event restating the date of another
    fact in its sentence (or a cited law's issue date) goes, a fact repeated in one
    document goes (a numbered law however it is titled), and the figures of one sentence become one item ("20 bệnh viện;
    13 bệnh viện tuyến tỉnh")."""
    covered = {(i["document_id"], i["sentence_index"], d)
               for i in items if i["kind"] != "event" for d in (i["date"], i["issued"])}
    seen: set[tuple] = set()
    figures: dict[tuple, dict[str, Any]] = {}
    out = []
    for item in items:
        if item["kind"] == "event" and (item["document_id"], item["sentence_index"],
                                        item["date"]) in covered:
            continue
        if item["kind"] == "figure":
            where = (item["document_id"], item["sentence_index"], item["date"])
            if where in figures:
                if item["text"] not in figures[where]["figures"]:
                    figures[where]["figures"].append(item["text"])
                continue
            item = figures[where] = dict(item, figures=[item["text"]])
        key = (item["document_id"], item["kind"], item["date"], item["law"] or item["summary"])
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def _finish(db: sqlite_utils.Database, items: list[dict[str, Any]],
            limit: int | None) -> list[dict[str, Any]]:
    """Cut to `limit`, then add each item's source sentence (and a readable summary
    for events and figures, whose own text is only a date or a number)."""
    items = items[:limit] if limit else items
    texts: dict[int, str] = {}
    load_texts(db, texts, {i["document_id"] for i in items})
    out = []
    for item in items:
        text = texts.get(item["document_id"], "")
        summary = item["summary"]
        if item["kind"] == "figure":
            summary = "; ".join(item["figures"])
        elif item["kind"] == "event" and text:
            summary = window(text, item["start"], item["end"])
        out.append({
            "date": item["date"], "kind": item["kind"], "summary": summary,
            "sentence": sentence_at(text, item["start"], item["end"]) if text else None,
            "document": item["document"], "title": item["title"],
            "published": item["published"], "source": item["source"],
            "date_source": item["date_source"], "document_id": item["document_id"],
            "fact_id": item["fact_id"], "sentence_index": item["sentence_index"],
            "fact": "; ".join(item["figures"]) if item["kind"] == "figure" else item["text"],
            "issued": item["issued"],
        })
    return out


def _legal_details(db: sqlite_utils.Database, ids: list[int]
                   ) -> dict[int, tuple[str | None, str | None]]:
    """Per cited legal document: its own date (as written: "2015", "2015-11-27"), kept
    beside the citing article's date that places it on the timeline; and, when it has
    a number, "<kind> <number>", which names one law however the article titles it
    ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15", then "Luật số 15/2023/QH15")."""
    out: dict[int, tuple[str | None, str | None]] = {}
    for part in chunks(ids):
        for fact_id, issued, law in db.execute(
                f"SELECT id, issued, kind || ' ' || number FROM legal_documents "
                f"WHERE id IN ({placeholders(len(part))})", part):
            out[fact_id] = (issued, law)
    return out
