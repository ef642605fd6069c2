"""Direct lookups: officials of an organisation, figures about an entity, where a
legal document is cited, and an entity's profile. Each reads one of the 0005 views.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

import sqlite_utils

from .common import Window, chunks, load_texts, placeholders, rows
from .targets import Target, entity_matches, resolve
from .text import fold, sentence_at

OFFICIAL_COLUMNS = ("person", "position", "organization", "first_seen", "last_seen",
                    "documents", "sentence")
FIGURE_COLUMNS = ("date", "value", "unit", "text", "sentence", "document")
LEGAL_COLUMNS = ("date", "number", "kind", "issuer", "cited_by", "sentence", "document")


def _in(column: str, ids: list[str]) -> tuple[str, list[Any]]:
    parts = [f"{column} IN ({placeholders(len(p))})" for p in chunks(ids) if p]
    return "(" + (" OR ".join(parts) or "0") + ")", list(ids)


def officials(db: sqlite_utils.Database, org: str | None = None, person: str | None = None,
              when: Window = Window(), limit: int | None = 100) -> list[dict[str, Any]]:
    """Who held which post when: one row per (person, position, organisation), with the
    first and last date it is reported and the latest sentence saying so."""
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
    date_sql, date_params = when.sql("date")
    found = rows(db, "SELECT * FROM positions WHERE " + " AND ".join([*where, date_sql])
                 + " ORDER BY date, document_id, start", [*params, *date_params])
    groups: dict[tuple, dict[str, Any]] = {}
    for r in found:
        # grouped as the resolver's position_spans view groups them
        key = (r["person_id"], (r["position"] or "").lower(),
               r["organization_id"] or r["organization"])
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"person": r["person"], "position": r["position"],
                               "organization": r["organization"], "former": bool(r["former"]),
                               "first_seen": r["date"], "last_seen": r["date"], "docs": set(),
                               "last": r}
        g["docs"].add(r["document_id"])
        g["former"] = g["former"] or bool(r["former"])
        if (r["date"] or "") >= (g["last_seen"] or ""):
            g["last_seen"], g["last"] = r["date"], r
    out = sorted(groups.values(), key=lambda g: (g["organization"] or "", g["first_seen"] or "",
                                                 g["person"] or ""))
    out = out[:limit] if limit else out
    texts: dict[int, str] = {}
    load_texts(db, texts, {g["last"]["document_id"] for g in out})
    return [{"person": g["person"], "position": ("nguyên " if g["former"] else "") + g["position"],
             "organization": g["organization"], "first_seen": g["first_seen"],
             "last_seen": g["last_seen"], "documents": len(g["docs"]),
             "sentence": sentence_at(texts[g["last"]["document_id"]], g["last"]["start"]),
             "document": g["last"]["document"], "title": g["last"]["title"]} for g in out]


def figures(db: sqlite_utils.Database, entity: str, when: Window = Window(),
            scope: str = "sentence", limit: int | None = 100,
            target: Target | None = None) -> list[dict[str, Any]]:
    """Figures reported in sentences (scope="sentence") or documents ("document")
    that mention the entity; for a province also the figures of articles about it."""
    target = target or resolve(db, entity)
    date_sql, date_params = when.sql("f.date")
    fields = ("f.id, f.date, f.value, f.unit, f.qualifier, f.text, f.start, f.document_id, "
              "f.document, f.title, f.published, f.source")
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
        return []
    found = {r["id"]: r for r in rows(db, " UNION ".join(selects), params)}
    ordered = sorted(found.values(), key=lambda r: (not (r["date"] or "")[:4].isdigit(),
                                                    r["date"] or "", r["document_id"], r["start"]))
    ordered = ordered[:limit] if limit else ordered
    texts: dict[int, str] = {}
    load_texts(db, texts, {r["document_id"] for r in ordered})
    return [{"date": r["date"], "value": r["value"], "unit": r["unit"],
             "qualifier": r["qualifier"], "text": r["text"],
             "sentence": sentence_at(texts[r["document_id"]], r["start"]),
             "document": r["document"], "title": r["title"], "published": r["published"],
             "source": r["source"]} for r in ordered]


_SO = re.compile(r"^(?:số|so)\s+", re.IGNORECASE)


def normalize_number(number: str) -> str:
    """"số 39-nq/tw" -> "39-NQ/TW" (as the idx_legal_number_norm index stores it)."""
    return _SO.sub("", (number or "").strip()).replace(" ", "").upper()


def legal(db: sqlite_utils.Database, number: str, when: Window = Window(),
          limit: int | None = 100) -> list[dict[str, Any]]:
    """Every citation of a legal document number: where, by whom, when issued.

    Exact number first (case and spaces ignored); else the same number typed
    without accents ("QD" for "QĐ"); else every number starting with it ("39" ->
    "39-NQ/TW", "39/2024/NĐ-CP")."""
    want = normalize_number(number)
    if not want:
        return []
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
    found = found[:limit] if limit else found
    texts: dict[int, str] = {}
    load_texts(db, texts, {r["document_id"] for r in found})
    out = []
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
                    "source": r["source"]})
    return out


def profile(db: sqlite_utils.Database, name: str, limit: int | None = 10,
            target: Target | None = None) -> list[dict[str, Any]]:
    """Who or what an entity is: names, where it appears, its posts and partners."""
    target = target or resolve(db, name)
    ids = target.entity_ids
    if not ids:
        return []
    counts = dict(db.execute(
        "SELECT entity_id, count(DISTINCT document_id) FROM mentions WHERE "
        + _in("entity_id", ids)[0] + " GROUP BY entity_id", ids).fetchall())
    ids = sorted(ids, key=lambda e: -counts.get(e, 0))
    ids = ids[:limit] if limit else ids
    out = []
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
        posts = [f"{'nguyên ' if r[2] else ''}{r[0]}"
                 + (f", {r[1]}" if ent[2] == "person" and r[1] else f": {r[1]}" if r[1] else "")
                 for r in db.execute(
                     "SELECT DISTINCT position, CASE WHEN person_id = ? THEN organization "
                     "ELSE person END, former FROM positions WHERE person_id = ? "
                     "OR organization_id = ? LIMIT 50", [eid, eid, eid])]
        out.append({"id": ent[0], "name": ent[1], "type": ent[2], "province": ent[3],
                    "aliases": aliases, "documents": counts.get(eid, 0),
                    "first_seen": seen[0], "last_seen": seen[1],
                    "partners": [f"{n} ({c})" for n, c in partners.most_common(10)],
                    "positions": posts})
    return out
