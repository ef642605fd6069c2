"""Direct lookups: officials of an organisation, figures about an entity, where a
legal document is cited, and an entity's profile. Each reads one of the 0005 views.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

import sqlite_utils

from .common import Rows, Window, chunks, load_texts, placeholders, rows
from .targets import Target, entity_matches, resolve
from .text import fold, sentence_at

OFFICIAL_COLUMNS = ("person", "position", "organization", "first_seen", "last_seen", "sentence")
FIGURE_COLUMNS = ("date", "value", "unit", "text", "sentence", "document")
LEGAL_COLUMNS = ("date", "number", "kind", "issuer", "cited_by", "sentence", "document")
# every item's fields, in order (a CSV's header, even empty)
OFFICIAL_FIELDS = ("person", "position", "organization", "first_seen", "last_seen", "documents",
                   "sentence", "document", "title", "former", "ended_by", "person_id",
                   "organization_id", "document_id")
FIGURE_FIELDS = ("date", "value", "unit", "qualifier", "text", "sentence", "document", "title",
                 "published", "source", "date_source", "document_id")
LEGAL_FIELDS = ("date", "number", "kind", "issuer", "issued", "title_of_document", "cited_by",
                "sentence", "document", "title", "published", "source", "document_id")


def _in(column: str, ids: list[str]) -> tuple[str, list[Any]]:
    parts = [f"{column} IN ({placeholders(len(p))})" for p in chunks(ids) if p]
    return "(" + (" OR ".join(parts) or "0") + ")", list(ids)


def officials(db: sqlite_utils.Database, org: str | None = None, person: str | None = None,
              when: Window = Window(), limit: int | None = 100) -> Rows:
    """Who held which post when: one row per (person, position, organisation) from the
    `position_spans` view (the same first and last seen as `ytekb entity` and the web
    entity page), posts overlapping the window, with the latest sentence saying so."""
    where, params = [], []
    if org:
        # a province stands for the organisations in it; people are never organisations
        sql, p = _in("organization_id", resolve(db, org).entity_ids)
        where.append(sql)
        params += p
    if person:
        sql, p = _in("person_id", entity_matches(db, person, type_="person"))
        where.append(sql)
        params += p
    span_sql, span_params = when.span_sql("first_seen", "last_seen")
    found = rows(db, "SELECT * FROM position_spans WHERE " + " AND ".join([*where, span_sql])
                 + " ORDER BY organization, first_seen, person", [*params, *span_params])
    total = len(found)
    found = found[:limit] if limit else found
    last = {r["id"]: r for part in chunks([f["last_role_id"] for f in found]) if part
            for r in rows(db, f"SELECT id, start, document_id, document, title FROM positions "
                              f"WHERE id IN ({placeholders(len(part))})", list(part))}
    texts: dict[int, str] = {}
    load_texts(db, texts, {r["document_id"] for r in last.values()})
    out = []
    for g in found:
        r = last.get(g["last_role_id"], {})
        text = texts.get(r.get("document_id"), "")
        out.append({"person": g["person"], "position": g["position"],
                    "organization": g["organization"], "first_seen": g["first_seen"],
                    "last_seen": g["last_seen"], "documents": g["documents"],
                    "sentence": sentence_at(text, r["start"]) if text else None,
                    "document": r.get("document"), "title": r.get("title"),
                    "former": bool(g["former"]), "ended_by": g["ended_by"],
                    "person_id": g["person_id"],
                    "organization_id": g["organization_id"], "document_id": r.get("document_id")})
    return Rows(out, total)


def figures(db: sqlite_utils.Database, entity: str, when: Window = Window(),
            scope: str = "sentence", limit: int | None = 100,
            target: Target | None = None) -> Rows:
    """Figures reported in sentences (scope="sentence") or documents ("document")
    that mention the entity; for a province also the figures of articles about it."""
    target = target or resolve(db, entity)
    date_sql, date_params = when.sql("f.date")
    fields = ("f.id, f.date, f.date_source, f.value, f.unit, f.qualifier, f.text, f.start, "
              "f.document_id, f.document, f.title, f.published, f.source")
    selects, params = [], []
    for part in chunks(target.entity_ids):
        if not part:
            continue
        if scope == "document":
            selects.append(f"SELECT {fields} FROM figure_facts f WHERE f.document_id IN "
                           f"(SELECT document_id FROM mentions WHERE entity_id IN "
                           f"({placeholders(len(part))})) AND {date_sql}")
        else:
            selects.append(f"SELECT {fields} FROM mentions m JOIN figure_facts f ON "
                           f"f.document_id = m.document_id AND f.sentence = m.sentence "
                           f"WHERE m.entity_id IN ({placeholders(len(part))}) AND {date_sql}")
        params += [*part, *date_params]
    if target.province:
        selects.append(f"SELECT {fields} FROM figure_facts f WHERE f.province IN "
                       f"({placeholders(len(target.province_names))}) AND {date_sql}")
        params += [*target.province_names, *date_params]
    if not selects:
        return Rows()
    found = {r["id"]: r for r in rows(db, " UNION ".join(selects), params)}
    ordered = sorted(found.values(), key=lambda r: (not (r["date"] or "")[:4].isdigit(),
                                                    r["date"] or "", r["document_id"], r["start"]))
    total = len(ordered)
    ordered = ordered[:limit] if limit else ordered
    texts: dict[int, str] = {}
    load_texts(db, texts, {r["document_id"] for r in ordered})
    return Rows([{"date": r["date"], "value": r["value"], "unit": r["unit"],
                  "qualifier": r["qualifier"], "text": r["text"],
                  "sentence": sentence_at(texts[r["document_id"]], r["start"]),
                  "document": r["document"], "title": r["title"], "published": r["published"],
                  "source": r["source"], "date_source": r["date_source"],
                  "document_id": r["document_id"]} for r in ordered], total)


def _span(first: str | None, last: str | None) -> str:
    """"2024-08 … 2025-03", or one date when both ends are the same."""
    a, b = first or "?", last or "?"
    return a if a == b else f"{a} … {b}"


_SO = re.compile(r"^(?:số|so)\s+", re.IGNORECASE)


def normalize_number(number: str) -> str:
    """"số 39-nq/tw" -> "39-NQ/TW" (as the idx_legal_number_norm index stores it)."""
    return _SO.sub("", (number or "").strip()).replace(" ", "").upper()


def legal(db: sqlite_utils.Database, number: str, when: Window = Window(),
          limit: int | None = 100) -> Rows:
    """Every citation of a legal document number: where, by whom, when issued.

    Exact number first (case and spaces ignored); else the same number typed
    without accents ("QD" for "QĐ"); else every number starting with it ("39" ->
    "39-NQ/TW", "39/2024/NĐ-CP")."""
    want = normalize_number(number)
    if not want:
        return Rows()
    date_sql, date_params = when.sql("date")
    found = rows(db, "SELECT * FROM legal_citations WHERE upper(replace(number, ' ', '')) = ? "
                     f"AND {date_sql}", [want, *date_params])
    if not found:
        head = re.match(r"[0-9A-Za-z]+", want)
        if head:
            close = rows(db, "SELECT * FROM legal_citations WHERE number GLOB ? "
                             f"AND {date_sql}", [head.group(0) + "*", *date_params])
            key = fold(want).replace(" ", "")
            found = [r for r in close if fold(normalize_number(r["number"])).replace(" ", "")
                     == key] or [r for r in close if re.match(
                         re.escape(want) + r"(?:[-/.]|$)", normalize_number(r["number"]))]
    found.sort(key=lambda r: (r["number"] or "", r["published"] or "", r["document_id"],
                              r["start"]))
    total = len(found)
    found = found[:limit] if limit else found
    texts: dict[int, str] = {}
    load_texts(db, texts, {r["document_id"] for r in found})
    out = Rows(total=total)
    for r in found:
        names = [n for (n,) in db.execute(
            "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE m.document_id = ? AND m.sentence = ? ORDER BY m.start",
            [r["document_id"], r["sentence"]]) if n != r["issuer"]]
        out.append({"date": r["issued"] or r["date"], "number": r["number"], "kind": r["kind"],
                    "issuer": r["issuer"], "issued": r["issued"],
                    "title_of_document": r["legal_title"],
                    "cited_by": ", ".join(names) or r["source"],
                    "sentence": sentence_at(texts[r["document_id"]], r["start"]),
                    "document": r["document"], "title": r["title"], "published": r["published"],
                    "source": r["source"], "document_id": r["document_id"]})
    return out


def profile(db: sqlite_utils.Database, name: str, limit: int | None = 10,
            target: Target | None = None) -> Rows:
    """Who or what an entity is: names, where it appears, its posts and partners."""
    target = target or resolve(db, name)
    ids = target.entity_ids
    if not ids:
        return Rows()
    counts = dict(db.execute(
        "SELECT entity_id, count(DISTINCT document_id) FROM mentions WHERE "
        + _in("entity_id", ids)[0] + " GROUP BY entity_id", ids).fetchall())
    ids = sorted(ids, key=lambda e: -counts.get(e, 0))
    out = Rows(total=len(ids))
    ids = ids[:limit] if limit else ids
    for eid in ids:
        ent = db.execute("SELECT id, name, type, province FROM entities WHERE id = ?",
                         [eid]).fetchone()
        if ent is None:
            continue
        seen = db.execute(
            "SELECT min(substr(d.published, 1, 10)), max(substr(d.published, 1, 10)) "
            "FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ?",
            [eid]).fetchone()
        aliases = [a for (a,) in db.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [eid])
            if a != ent[1]]
        partners: Counter[str] = Counter()
        for other, in db.execute(
                "SELECT CASE WHEN from_id = ? THEN to_name ELSE from_name END "
                "FROM cooperation_links WHERE from_id = ? OR to_id = ?", [eid, eid, eid]):
            partners[other] += 1
        posts = [f"{r[0]}" + (f", {r[1]}" if ent[2] == "person" and r[1]
                               else f": {r[1]}" if r[1] else "") + f" ({_span(r[2], r[3])})"
                 for r in db.execute(
                     "SELECT CASE WHEN former THEN 'nguyên ' ELSE '' END || position, "
                     "CASE WHEN person_id = ? THEN organization ELSE person END, "
                     "first_seen, last_seen FROM position_spans WHERE person_id = ? "
                     "OR organization_id = ? ORDER BY first_seen LIMIT 50", [eid, eid, eid])]
        out.append({"id": ent[0], "name": ent[1], "type": ent[2], "province": ent[3],
                    "aliases": aliases, "documents": counts.get(eid, 0),
                    "first_seen": seen[0], "last_seen": seen[1],
                    "partners": [f"{n} ({c})" for n, c in partners.most_common(10)],
                    "positions": posts})
    return out
