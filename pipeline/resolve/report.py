"""What `ytekb entity` shows: one entity with its aliases, places, positions,
officials, mentions and (with explain) why each alias belongs to it."""
from __future__ import annotations

import json

from typing import Any

import sqlite_utils

from . import geo
from .index import PERSON, PROVINCE, gazetteer_by_id
from .keys import canonical_key, entity_id

OFFICIALS_SHOWN = 50   # `ytekb entity`'s table: the most recent posts (JSON has them all)
# every (table, column) a fact names an entity in
FACT_LINKS = (("mentions", "entity_id"), ("roles", "person_id"), ("roles", "organization_id"),
               ("cooperations", "from_id"), ("cooperations", "to_id"),
               ("legal_documents", "issuer_id"))


def _rows(db: sqlite_utils.Database, sql: str, args: list[Any]) -> list[dict[str, Any]]:
    cur = db.execute(sql, args)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _span(dates: list[str | None]) -> tuple[str | None, str | None]:
    ds = sorted(d for d in dates if d)
    return (ds[0], ds[-1]) if ds else (None, None)


def province_info(name: str) -> dict[str, Any]:
    """Gazetteer facts of a province: status, what it is part of now, what formed it."""
    p = geo.provinces().get(name)
    if not p:
        return {}
    info: dict[str, Any] = {"kind": p.kind, "status": p.status, "province_now": geo.current(name)}
    if p.old and p.merged_into and p.merged_into != name:
        info["merged_into"] = p.merged_into
        info["since"] = p.since
    if p.formed_from and p.formed_from != [name]:
        info["formed_from"] = p.formed_from
    return info


def describe(db: sqlite_utils.Database, eid: str, explain: bool = False) -> dict[str, Any]:
    ent = _rows(db, "SELECT id, name, type, key, province, province_now, source FROM entities "
                    "WHERE id = ?", [eid])[0]
    out: dict[str, Any] = {"id": ent["id"], "name": ent["name"], "type": ent["type"]}
    aliases = _rows(db, "SELECT a.alias, a.score, a.method, a.reason, a.document_id, "
                        "d.name AS document FROM aliases a LEFT JOIN documents d "
                        "ON d.id = a.document_id WHERE a.entity_id = ? ORDER BY a.id", [eid])
    out["aliases"] = [a["alias"] for a in aliases if a["alias"] != ent["name"]]
    if ent["province"]:
        out["province"] = ent["province"]
        out["province_now"] = ent["province_now"] or geo.current(ent["province"])
    if ent["type"] == PROVINCE:
        out.update(province_info(ent["name"]))
    gaz = gazetteer_by_id().get(eid)
    if gaz:
        out["gazetteer"] = {k: gaz[k] for k in ("level", "parent", "until", "successor")
                            if gaz.get(k)}
    docs = _documents(db, eid, ent["name"] if ent["type"] == PROVINCE else None)
    out["mentions"] = db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?",
                                 [eid]).fetchone()[0]
    out["first_seen"], out["last_seen"] = _span([d["published"] for d in docs])
    out["document_count"] = len(docs)
    out["documents"] = docs
    if ent["type"] == PERSON:
        out["positions"] = positions(db, eid)
    elif ent["type"] == PROVINCE:
        out["officials"] = province_officials(db, ent["name"], eid)
    else:
        out["officials"] = officials(db, eid)
    merged = _rows(db, "SELECT from_id, into_id, action, reason, created_at FROM merges "
                       "WHERE into_id = ? OR from_id = ? ORDER BY id", [eid, eid])
    if merged:
        out["merges"] = merged
    if explain:
        out["explain"] = [{k: a[k] for k in ("alias", "score", "method", "reason", "document")}
                          for a in aliases]
    return out


def _documents(db: sqlite_utils.Database, eid: str,
               province: str | None = None) -> list[dict[str, Any]]:
    """Documents citing the entity; for a province also articles about it."""
    union = " UNION ".join(f"SELECT document_id FROM {t} WHERE {c} = ?" for t, c in FACT_LINKS)
    args: list[Any] = [eid] * len(FACT_LINKS)
    if province:
        union += " UNION SELECT id FROM documents WHERE province = ?"
        args.append(province)
    return _rows(db, "SELECT d.id, d.name, d.title, substr(d.published, 1, 10) AS published, "
                     "coalesce(d.canonical_url, d.url) AS url FROM documents d "
                     f"WHERE d.id IN ({union}) ORDER BY d.published, d.id", args)


def positions(db: sqlite_utils.Database, person_id: str) -> list[dict[str, Any]]:
    """Positions over time: (title, organisation) with first/last seen and documents,
    as the `position_spans` view has them (the one definition every page uses)."""
    rows = _rows(db, "SELECT position AS title, organization, organization_id, former, "
                     "first_seen, last_seen, ended_by, document_ids FROM position_spans "
                     "WHERE person_id = ?", [person_id])
    return sorted(map(_post, rows), key=lambda g: (g["first_seen"] or "9999", g["title"]))


def officials(db: sqlite_utils.Database, *org_ids: str) -> list[dict[str, Any]]:
    """The posts held in these organisations (one, or a province's: its web page)."""
    rows = _rows(db, "SELECT person AS name, person_id, position AS title, organization, "
                     "organization_id, former, first_seen, last_seen, ended_by, document_ids "
                     "FROM position_spans WHERE organization_id IN "
                     "(SELECT value FROM json_each(?))", [json.dumps(org_ids)])
    return sorted(map(_post, rows), key=lambda g: (g["first_seen"] or "9999", g["name"]))


def province_officials(db: sqlite_utils.Database, name: str, eid: str) -> list[dict[str, Any]]:
    """The posts held in a province's organisations: what `ytekb entity` and the web
    province page both show (was: the page listed them, the command none)."""
    from pipeline.query.targets import province_entities, province_of

    prov = province_of(db, name)
    if prov is None:
        return []
    return officials(db, *(i for i in province_entities(db, prov[1]) if i != eid))


def recent(posts: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The `limit` posts last seen most recently, in their own order: what a province's
    page and `ytekb entity` show of a long list (a big province holds thousands)."""
    if len(posts) <= limit:
        return posts
    keep = {id(p) for p in sorted(posts, key=lambda p: p.get("last_seen") or "",
                                  reverse=True)[:limit]}
    return [p for p in posts if id(p) in keep]


def _post(row: dict[str, Any]) -> dict[str, Any]:
    """A position_spans row as `entity` shows it: its document ids as a list."""
    out = {k: v for k, v in row.items() if k != "document_ids"}
    out["former"] = bool(row["former"])
    out["documents"] = sorted(int(i) for i in (row["document_ids"] or "").split(",") if i)
    return out


def gazetteer_province(name: str) -> dict[str, Any] | None:
    """A province the KB has not seen yet, described from the gazetteer alone."""
    prov = geo.lookup(name, cities=True)
    if not prov:
        return None
    out: dict[str, Any] = {"id": entity_id(PROVINCE, canonical_key(prov)), "name": prov,
                           "type": PROVINCE, "aliases": geo.provinces()[prov].aliases,
                           "province": prov}
    out.update(province_info(prov))
    out.update({"mentions": 0, "document_count": 0, "documents": [], "in_kb": False})
    return out


def text(info: dict[str, Any], others: list[dict[str, Any]] | None = None) -> str:
    """The table format: one labelled line per field, lists indented."""
    lines = [f"{info['name']}  [{info['type']}]  {info['id']}"]

    def row(label: str, value: Any) -> None:
        if value not in (None, "", []):
            lines.append(f"  {label + ':':<14}{value}")

    if "province" in info:
        now = info.get("province_now")
        row("province", info["province"] + (f" (now part of {now})" if now and
                                             now != info["province"] else ""))
    row("status", info.get("status") if info.get("status") not in ("unchanged", "new") else None)
    row("merged into", info.get("merged_into") and f"{info['merged_into']} since {info['since']}")
    row("formed from", ", ".join(info.get("formed_from", [])))
    for k, v in info.get("gazetteer", {}).items():
        row(k, v)
    row("aliases", "; ".join(info.get("aliases", [])))
    n_docs = info.get("document_count", 0)
    if info.get("type") == PROVINCE:
        # a province's documents include the articles about it, not only those naming it
        # (was: "mentions: 0 in 2 documents")
        row("mentions", f"{info.get('mentions', 0)}; documents in or about it: {n_docs}")
    else:
        row("mentions", f"{info.get('mentions', 0)} in {n_docs} documents")
    row("first seen", info.get("first_seen"))
    row("last seen", info.get("last_seen"))
    if info.get("positions"):
        lines.append("  positions:")
        for p in info["positions"]:
            lines.append(f"    {_dates(p)}  {post_label(p)}"
                         f"{', ' + p['organization'] if p['organization'] else ''}"
                         f"  (documents {', '.join(map(str, p['documents']))})")
    if info.get("officials"):
        lines.append("  officials:")
        shown = recent(info["officials"], OFFICIALS_SHOWN)
        for p in shown:
            # a province's officials hold posts in its organisations: say which one
            org = (f", {p['organization']}" if p.get("organization")
                   and p.get("organization_id") != info.get("id") else "")
            lines.append(f"    {_dates(p)}  {p['name']}, {post_label(p)}{org}  ({p['person_id']})")
        if len(shown) < len(info["officials"]):
            lines.append(f"    ... {len(info['officials']) - len(shown)} more, seen earlier "
                         f"(use --format json, or ytekb officials --org \"{info['name']}\")")
    if info.get("documents"):
        lines.append("  documents:")
        for d in info["documents"][:50]:
            lines.append(f"    {d['published'] or '?':10}  {d['id']:>5}  {d['name'] or d['url']}"
                         f"  {d['title'] or ''}".rstrip())
        if len(info["documents"]) > 50:
            lines.append(f"    ... {len(info['documents']) - 50} more (use --format json)")
    for m in info.get("merges", []):
        lines.append(f"  {m['action']}: {m['from_id']} -> {m['into_id']}  {m['reason']}")
    if info.get("explain"):
        lines.append("  why each alias belongs here:")
        for a in info["explain"]:
            doc = f"  [{a['document']}]" if a.get("document") else ""
            lines.append(f"    {a['alias']}  {a['score']:.0f} {a['method']}: {a['reason']}{doc}")
    for o in others or []:
        lines.append(f"  also matching: {o['name']} [{o['type']}] {o['id']}"
                     + (f" ({o['province']})" if o.get("province") else ""))
    return "\n".join(lines)


def post_name(p: dict[str, Any]) -> str:
    """The post: its title, as held on the first and last seen dates beside it; "nguyên
    <title>" only for a post known as former alone (no sentence states it held)."""
    return f"nguyên {p['title']}" if p.get("former") and not p.get("first_seen") else p["title"]


def post_label(p: dict[str, Any]) -> str:
    """A post as people read it beside its dates: "Giám đốc (ended by 2016-05-25)" when a
    later sentence calls it former (a former post is the post, not one of its own:
    migration 0011); "nguyên Giám đốc (ended by ...)" when it is known only as former.
    (Was "nguyên Giám đốc" beside the dates it was held: read as former then.)"""
    ended = f" (ended by {p['ended_by']})" if p.get("former") and p.get("ended_by") else ""
    return post_name(p) + ended


def _dates(p: dict[str, Any]) -> str:
    a, b = p.get("first_seen") or "?", p.get("last_seen") or "?"
    return f"{a} … {b}" if a != b else a
