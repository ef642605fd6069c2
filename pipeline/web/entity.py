"""The entity page: who or what an entity is, its posts over time, its timeline,
its partners and cooperation network, and the documents that name it.

Built from the same library calls as the CLI, so the web answers the same
question with the same dates: `ytekb entity` (pipeline.resolve.report.describe,
whose posts come from the `position_spans` view), `ytekb timeline` and `ytekb
cooperation` (pipeline.query).
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from pipeline.query import graph
from pipeline.query.cooperation import cooperation
from pipeline.query.targets import Target, province_entities, province_of
from pipeline.query.text import fold
from pipeline.query.timeline import timeline
from pipeline.resolve import report

from . import svg
from .links import document_url, entity_url

TIMELINE_LIMIT = 400
POSTS_LIMIT = 200      # officials on an organisation's or a province's page ("+N more")
PARTNERS = 12


@dataclass
class EntityPage:
    info: dict[str, Any]
    posts: list[dict[str, Any]]          # position_spans rows: what `ytekb entity` shows
    facts: list[dict[str, Any]]          # the timeline, oldest first
    partners: list[tuple[str, str | None, int, list[str]]]  # name, id, links, kinds
    pictures: dict[str, str] = field(default_factory=dict)  # name -> inline SVG
    links_total: int = 0
    posts_more: int = 0                  # officials not shown (seen earlier than those shown)


def target(db: sqlite_utils.Database, info: dict[str, Any]) -> Target:
    """This one entity, and for a province also what is in it (as `ytekb timeline`)."""
    t = Target(info["name"], [info["id"]])
    if info["type"] == "province":
        prov = province_of(db, info["name"])
        if prov:
            t.province, t.province_names = prov
            t.entity_ids = sorted({info["id"], *province_entities(db, prov[1])})
    return t


class UnknownEntity(LookupError):
    """A page asked for `entity=ID` and no entity has that id."""


def named_target(db: sqlite_utils.Database, q: str,
                 entity_id: str) -> tuple[str, Target | None]:
    """(query, target) of a page's `q` and `entity=ID`: the entity of that id (its page's
    links name it so: two people may share a name, and the name would mean both), unless
    `q` names another one (typed over in the page's form); None to resolve `q` by name.
    The query is `q`, or the entity's when `q` is empty. UnknownEntity for an id no
    entity has."""
    if not entity_id:
        return q, None
    found = db.execute("SELECT id, name, type FROM entities WHERE id = ?", [entity_id]).fetchone()
    if found is None:
        raise UnknownEntity(entity_id)
    if q and fold(q) != fold(found[1]):
        return q, None
    chosen = target(db, dict(zip(("id", "name", "type"), found)))
    return q or chosen.query, chosen


def _post_spans(info: dict[str, Any]) -> list[svg.Span]:
    """The posts picture's rows: the post (the table's words), its held span and the date
    it had ended by, drawn apart (was: "nguyên Giám đốc (ended by …" clipped in the label,
    beside the held dates)."""
    def ended(p: dict[str, Any]) -> str | None:
        return p.get("ended_by") if p.get("former") else None

    if info["type"] == "person":
        return [svg.Span(report.post_name(p) + (f", {p['organization']}" if p["organization"] else ""),
                         p["first_seen"], p["last_seen"],
                         entity_url(p["organization_id"]) if p.get("organization_id") else None,
                         ended=ended(p))
                for p in info.get("positions", [])]
    return [svg.Span(f"{p['name']}, {report.post_name(p)}"
                     + (f", {p['organization']}" if info["type"] == "province" else ""),
                     p["first_seen"], p["last_seen"],
                     entity_url(p["person_id"]), ended=ended(p)) for p in info.get("officials", [])]


def partners(ids: set[str], links: list[dict[str, Any]]
              ) -> list[tuple[str, str | None, int, list[str]]]:
    """The ends of the links outside `ids`, with their link counts and kinds, most links first (a
    link between two organisations of a province names no partner). The charts page counts the same way."""
    counts: Counter[tuple[str, str | None]] = Counter()
    kinds: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for link in links:
        for side in ("from", "to"):
            if link.get(f"{side}_id") not in ids:
                key = (link[side], link.get(f"{side}_id"))
                counts[key] += 1
                kinds[key].add(link["kind"])
    return [(name, pid, n, sorted(kinds[(name, pid)])) for (name, pid), n in counts.most_common()]


def fact_url(item: dict[str, Any]) -> str:
    """The document page at a timeline item's sentence, the fact marked."""
    kind = "date" if item["kind"] == "event" else item["kind"]
    return document_url(item["document_id"], kind, item.get("fact_id"), item.get("sentence_index"))


def month_counts(facts: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(Counter)
    for f in facts:
        if f["date"] and f["date"][:4].isdigit() and len(f["date"]) >= 7:
            out[f["date"][:7]][f["kind"]] += 1
    return out


def page(conn: sqlite3.Connection, eid: str) -> EntityPage | None:
    db = sqlite_utils.Database(conn)
    if not db.execute("SELECT 1 FROM entities WHERE id = ?", [eid]).fetchone():
        return None
    info = report.describe(db, eid)
    t = target(db, info)
    # a province's officials (its organisations'): describe() gives them, as `ytekb entity`;
    # a big province holds thousands: the page shows the most recent (table and chart)
    posts = info.get("positions") or info.get("officials") or []
    more = 0
    if len(posts) > POSTS_LIMIT and "officials" in info:
        more = len(posts) - POSTS_LIMIT
        posts = info["officials"] = report.recent(posts, POSTS_LIMIT)
    facts = timeline(db, info["name"], limit=TIMELINE_LIMIT, target=t)
    # the network covers what the timeline covers: a province's organisations too
    links = cooperation(db, info["name"], limit=None, targets=(t, None))
    top = partners(set(t.entity_ids), links)
    net = graph.build(links)
    pictures = {
        "posts": svg.spans_chart(_post_spans(info),
                                 "Positions over time" if info["type"] == "person"
                                 else "Officials over time" + (
                                     f" (the {len(posts)} most recent of {len(posts) + more})"
                                     if more else "")),
        "timeline": svg.strip_chart(
            [svg.Dot(f["date"], f["kind"], fact_url(f), f["summary"]) for f in facts if f["date"]],
            f"Timeline: {info['name']}"),
        "months": svg.month_chart(month_counts(facts), "Facts per month"),
        "partners": svg.bar_chart([svg.Bar(name, n, entity_url(pid) if pid else None,
                                           f"{name}: {n} links ({', '.join(kinds)})")
                                   for name, pid, n, kinds in top[:PARTNERS]],
                                  "Top partners (cooperation links)"),
        "network": graph.to_svg(net, f"Cooperation network: {info['name']}",
                                link=lambda node: entity_url(node["id"])
                                if not str(node["id"]).startswith("name:") else None)
        if links else "",
    }
    return EntityPage(info, posts, facts, top, pictures, len(links), more)
