"""Data for the front door, the timeline, network and chart pages.

Each function takes a read-only sqlite3 connection (Datasette's, via
`execute_fn`) and answers with the same library calls as the CLI: `resolve` for
what a query means, `timeline` and `cooperation` for the facts, and the
`timeline_index` (filled from the views) for counts per month.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

import sqlite_utils

from pipeline.query import graph
from pipeline.query.common import Window, chunks, placeholders
from pipeline.query.cooperation import cooperation
from pipeline.query.targets import Target, entity_matches, resolve
from pipeline.query.timeline import timeline

from . import svg
from .document import rows
from .entity import fact_url, month_counts, named_target, partners
from .links import entity_url

TIMELINE_LIMIT = 300
NETWORK_LIMIT = 400
TOP = 12


def most_mentioned(conn: sqlite3.Connection, limit: int = 15) -> list[dict[str, Any]]:
    """Entities named in the most documents: the front door's list, the timeline's suggestions."""
    return rows(conn, "SELECT e.id, e.name, e.type, count(DISTINCT m.document_id) AS documents "
                      "FROM mentions m JOIN entities e ON e.id = m.entity_id "
                      "GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?", [limit])


def summary(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the KB holds, for the front door. A copy (the text of a stored document) is
    counted apart, as `ytekb run` does: 142 repeats are not 142 more articles."""
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "entities", "roles", "cooperations", "legal_documents",
                        "figures", "dates")}
    counts["copies"] = conn.execute(
        "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
    counts["documents"] -= counts["copies"]
    return {
        "counts": counts,
        "span": conn.execute("SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)) "
                             "FROM documents WHERE published GLOB '[0-9]*'").fetchone(),
        "latest": rows(conn, "SELECT id, title, substr(published, 1, 10) AS published, source "
                             "FROM document_index ORDER BY published DESC, id DESC LIMIT 10"),
        "top": most_mentioned(conn),
    }


def find(conn: sqlite3.Connection, q: str) -> list[dict[str, Any]]:
    """Entities a typed name stands for (as the query commands find them)."""
    db = sqlite_utils.Database(conn)
    ids = entity_matches(db, q)[:50]
    out = []
    for eid in ids:
        found = rows(conn, "SELECT id, name, type, province, (SELECT count(DISTINCT document_id) "
                           "FROM mentions WHERE entity_id = e.id) AS documents FROM entities e "
                           "WHERE id = ?", [eid])
        out += found
    return out


def _month_counts_for(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, Counter] = {}
    for part in chunks(ids):
        for month, kind, n in conn.execute(
                "SELECT substr(date, 1, 7), kind, count(DISTINCT fact_id) FROM timeline_index "
                f"WHERE entity_id IN ({placeholders(len(part))}) AND date GLOB "
                "'[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY 1, 2", list(part)):
            out.setdefault(month, Counter())[kind] += n
    return out


def _top_partners(links: list[dict[str, Any]], own: set[str]) -> list[svg.Bar]:
    return [svg.Bar(name, n, entity_url(pid) if pid else None, f"{name}: {n} links")
            for name, pid, n, _ in partners(own, links)[:TOP]]


def charts(conn: sqlite3.Connection, q: str) -> dict[str, Any]:
    """Facts per month and top partners for a query (for the whole KB without one),
    and documents per source."""
    db = sqlite_utils.Database(conn)
    target = resolve(db, q) if q else None
    if target is not None:
        months = _month_counts_for(conn, target.entity_ids)
        links = cooperation(db, q, limit=None, targets=(target, None)) if target.entity_ids else []
        partners = _top_partners(links, set(target.entity_ids))
        about = f"“{q}”"
    else:
        months = _month_counts_for(conn, [""])
        links = cooperation(db, None, limit=None)
        partners = [svg.Bar(b.label, b.value, b.href, b.note.replace("links", "cooperation links"))
                    for b in _top_partners(links, set())]
        about = "the whole knowledge base"
    sources = [svg.Bar(r["source"] or "?", r["n"]) for r in rows(
        conn, "SELECT source, count(*) AS n FROM document_index GROUP BY source "
              "ORDER BY n DESC LIMIT ?", [TOP])]
    return {"about": about, "found": target is None or target.found,
            "pictures": {
                "months": svg.month_chart(months, f"Facts per month: {about}"),
                "partners": svg.bar_chart(partners, f"Top partners: {about}"),
                "sources": svg.bar_chart(sources, "Documents per source: the whole knowledge base"),
            }}


def timeline_page(conn: sqlite3.Connection, q: str, when: Window = Window(),
                  kinds: tuple[str, ...] = (), entity_id: str = "") -> dict[str, Any]:
    """`ytekb timeline Q [--from --to --kind]` as data for a page: the items and their
    picture; with `entity_id`, that entity's (`named_target`)."""
    db = sqlite_utils.Database(conn)
    q, chosen = named_target(db, q, entity_id)
    if not q:  # an empty page would leave a newcomer guessing what to type
        return {"q": q, "items": [], "total": 0, "picture": "", "target": None,
                "suggestions": most_mentioned(conn, TOP)}
    target = chosen or resolve(db, q)
    items = timeline(db, q, when, kinds or None, limit=TIMELINE_LIMIT, target=target)
    picture = svg.strip_chart([svg.Dot(i["date"], i["kind"], fact_url(i), i["summary"])
                               for i in items if i["date"]], f"Timeline: {q}")
    return {"q": q, "items": items, "total": items.total, "approximate": items.approximate,
            "picture": picture, "target": target.describe() if target.found else None,
            "months": svg.month_chart(month_counts(items), "Facts per month")}


def network(conn: sqlite3.Connection, q: str, kind: str | None,
            other: str = "", entity_id: str = "") -> dict[str, Any]:
    """The cooperation network of a query (of everything without one; of the entity
    `entity_id` with one: `named_target`) as a picture; with `other`, only the links
    between the two (`ytekb cooperation A B`). `missing` names what matched nothing;
    `other` without a query is refused (`error`), not dropped for the whole network."""
    db = sqlite_utils.Database(conn)
    q, chosen = named_target(db, q, entity_id)
    nothing = {"q": q, "items": [], "total": 0, "picture": "", "found": False, "missing": [],
               "error": "", "kinds": graph.KIND_COLORS}
    if other and not q:
        return dict(nothing, error=f"a second name (“{other}”) without a first: type the "
                                   "first name too, or search for it alone")
    target: Target | None = chosen or (resolve(db, q) if q else None)
    partner: Target | None = resolve(db, other) if other else None
    missing = [name for name, t in ((q, target), (other, partner))
               if t is not None and not t.found]
    if missing:
        return dict(nothing, missing=missing)
    found = cooperation(db, q or None, other or None,
                        kinds=(kind,) if kind else None, limit=NETWORK_LIMIT,
                        targets=(target, partner))
    net = graph.build(found)
    title = "Cooperation network: " + " ↔ ".join(x for x in (q, other) if x) \
        if q else "Cooperation network"
    picture = graph.to_svg(net, title, link=lambda node: entity_url(node["id"])
                           if not str(node["id"]).startswith("name:") else None) if found else ""
    return dict(nothing, items=found, total=found.total, picture=picture, found=True)
