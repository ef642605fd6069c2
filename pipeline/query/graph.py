"""The cooperation network as a graph: GraphML or JSON for tools, SVG or HTML for people.

Pure stdlib. The picture puts providers (only ever "from") on the left,
recipients (only ever "to") on the right and organisations that do both in the
middle, ordered to keep lines from crossing: the web of support between central
hospitals and provinces reads left to right.
"""
from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .text import clip

KIND_COLORS = {
    "technology_transfer": "#1f77b4", "training": "#2ca02c", "support": "#ff7f0e",
    "donation": "#d62728", "agreement": "#9467bd", "exchange": "#8c564b",
    "satellite": "#e377c2", "other": "#7f7f7f",
}
TYPE_COLORS = {
    "hospital": "#4e79a7", "health_department": "#59a14f", "ministry": "#b07aa1",
    "government": "#f28e2b", "party": "#e15759", "agency": "#76b7b2", "university": "#edc948",
    "health_center": "#9c755f", "company": "#bab0ac", "province": "#f28e2b",
}


@dataclass
class Graph:
    """Nodes by id and one edge per cooperation link (a multigraph)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)


def build(links: list[dict[str, Any]]) -> Graph:
    """A graph from `cooperation()` items (ends without an entity id get one from their name)."""
    g = Graph()
    for link in links:
        ends = []
        for side in ("from", "to"):
            nid = link.get(f"{side}_id") or f"name:{link[side]}"
            node = g.nodes.setdefault(nid, {"id": nid, "name": link[side],
                                            "type": link.get(f"{side}_type") or "other",
                                            "province": link.get(f"{side}_province"),
                                            "out": 0, "in": 0})
            node["out" if side == "from" else "in"] += 1
            ends.append(nid)
        g.edges.append({"source": ends[0], "target": ends[1], "kind": link["kind"],
                        "date": link.get("date"), "document": link.get("document"),
                        "sentence": link.get("sentence")})
    return g


def write(g: Graph, path: Path) -> Path:
    """Write by extension: .graphml, .json, .svg or .html."""
    suffix = path.suffix.lower()
    writers = {".graphml": to_graphml, ".json": to_json, ".svg": to_svg, ".html": to_html,
               ".htm": to_html}
    if suffix not in writers:
        raise ValueError(f"{path.name}: use .graphml or .json for a graph, .svg or .html "
                         "for a picture")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(writers[suffix](g), encoding="utf-8")
    return path


def to_json(g: Graph) -> str:
    """Node-link JSON (what d3, networkx.node_link_graph and Gephi's JSON importer read)."""
    nodes = [{k: v for k, v in n.items()} for n in g.nodes.values()]
    return json.dumps({"directed": True, "multigraph": True, "nodes": nodes, "links": g.edges},
                      ensure_ascii=False, indent=2)


def to_graphml(g: Graph) -> str:
    keys = [("name", "node"), ("type", "node"), ("province", "node"), ("kind", "edge"),
            ("date", "edge"), ("document", "edge"), ("sentence", "edge")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    out += [f'  <key id="{k}" for="{t}" attr.name="{k}" attr.type="string"/>' for k, t in keys]
    out.append('  <graph id="cooperation" edgedefault="directed">')
    for n in g.nodes.values():
        out.append(f"    <node id={quoteattr(n['id'])}>")
        out += [f'      <data key="{k}">{escape(str(n[k]))}</data>'
                for k in ("name", "type", "province") if n.get(k) is not None]
        out.append("    </node>")
    for i, e in enumerate(g.edges):
        out.append(f"    <edge id=\"e{i}\" source={quoteattr(e['source'])} "
                   f"target={quoteattr(e['target'])}>")
        out += [f'      <data key="{k}">{escape(str(e[k]))}</data>'
                for k in ("kind", "date", "document", "sentence") if e.get(k) is not None]
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)


def _layout(g: Graph) -> dict[str, tuple[int, int]]:
    """Column (0 provider, 1 both, 2 recipient) and row for every node."""
    column = {nid: 0 if n["in"] == 0 else 2 if n["out"] == 0 else 1 for nid, n in g.nodes.items()}
    neighbours: dict[str, list[str]] = defaultdict(list)
    for e in g.edges:
        neighbours[e["source"]].append(e["target"])
        neighbours[e["target"]].append(e["source"])
    order = {c: sorted((nid for nid in g.nodes if column[nid] == c),
                       key=lambda nid: (-len(neighbours[nid]), g.nodes[nid]["name"]))
             for c in range(3)}
    for _ in range(8):  # barycentre sweeps: fewer crossings
        pos = {nid: i / max(1, len(order[c]) - 1) for c in order for i, nid in enumerate(order[c])}
        for c in (1, 2, 0, 1):
            order[c].sort(key=lambda nid: sum(pos[m] for m in neighbours[nid])
                          / max(1, len(neighbours[nid])))
            pos.update({nid: i / max(1, len(order[c]) - 1) for i, nid in enumerate(order[c])})
    return {nid: (c, i) for c in order for i, nid in enumerate(order[c])}


LABEL_GAP = 30     # a column's x to its labels' far edge: the largest circle and a gap
COLUMN_GAP = 270   # between the provider, both-ways and recipient columns


def _text_width(text: str, chars: int = 42, px: float = 7.3) -> int:
    """Roughly how wide `text`, clipped to `chars`, is drawn at 13 px sans-serif."""
    return int(len(clip(text, chars)) * px) + 1


def to_svg(g: Graph, title: str = "Cooperation network",
           link: Callable[[dict[str, Any]], str | None] | None = None) -> str:
    """The picture; `link(node)` gives a node an address (the web UI's entity page)."""
    place = _layout(g)
    rows_per_col = Counter(c for c, _ in place.values())
    tallest = max(rows_per_col.values(), default=1)
    row_h, top = 34, 80
    # columns placed by their labels (was fixed at 330/600/870 of 1200: short provider
    # names left a third of the picture empty on the left)
    label = {c: max((_text_width(g.nodes[nid]["name"]) for nid, (col, _) in place.items()
                     if col == c), default=0) for c in (0, 2)}
    xs = {0: 20 + label[0] + LABEL_GAP}
    xs[1] = xs[0] + COLUMN_GAP
    xs[2] = xs[1] + COLUMN_GAP
    width = max(xs[2] + LABEL_GAP + label[2] + 20, 20 + _text_width(title, 200, 10.5) + 20, 640)
    height = top + tallest * row_h + 60
    y_of: dict[str, float] = {}
    for nid, (c, i) in place.items():   # every column spread over the whole height
        y_of[nid] = top + (i + 0.5) * tallest * row_h / rows_per_col[c]
    weight = Counter((e["source"], e["target"], e["kind"]) for e in g.edges)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
           "<defs>"]
    for kind, color in KIND_COLORS.items():
        out.append(f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" '
                   f'markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" '
                   f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{color}"/>'
                   f"</marker>")
    out.append("</defs>")
    out.append(f'<rect width="{width}" height="{height}" fill="white"/>')
    out.append(f'<text x="20" y="30" font-size="18" font-weight="bold">{escape(title)}</text>')
    out.append(f'<text x="20" y="52" fill="#555">{len(g.nodes)} organisations, '
               f'{len(g.edges)} links — providers left, recipients right</text>')
    for (src, dst, kind), n in sorted(weight.items()):
        x1, y1 = xs[place[src][0]], y_of[src]
        x2, y2 = xs[place[dst][0]], y_of[dst]
        color = KIND_COLORS.get(kind, KIND_COLORS["other"])
        if x1 == x2:  # same column: bow out to the right
            path = f"M{x1 + 6},{y1} C{x1 + 120},{y1} {x2 + 120},{y2} {x2 + 7},{y2}"
        else:
            sign = 1 if x2 > x1 else -1
            mid = (x1 + x2) / 2
            path = f"M{x1 + 6 * sign},{y1} C{mid},{y1} {mid},{y2} {x2 - 7 * sign},{y2}"
        label = escape(f"{g.nodes[src]['name']} → {g.nodes[dst]['name']}: {kind} ×{n}")
        out.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-opacity="0.75" '
                   f'stroke-width="{min(1.5 + n, 8)}" marker-end="url(#arrow-{kind})">'
                   f"<title>{label}</title></path>")
    for nid, node in g.nodes.items():
        c = place[nid][0]
        x, y = xs[c], y_of[nid]
        color = TYPE_COLORS.get(node["type"], "#999")
        degree = node["in"] + node["out"]
        r = min(5 + degree, 12)
        anchor, dx = {0: ("end", -r - 6), 1: ("middle", 0), 2: ("start", r + 6)}[c]
        dy = -r - 4 if c == 1 else 4
        name = escape(clip(node["name"], 42))
        shape = (f'<g><title>{escape(node["name"])} ({escape(node["type"])}): '
                 f'{node["out"]} out, {node["in"]} in</title>'
                 f'<circle cx="{x}" cy="{y}" r="{r}" fill="{color}" stroke="#333"/>'
                 f'<text x="{x + dx}" y="{y + dy}" text-anchor="{anchor}" stroke="white" '
                 f'stroke-width="4" paint-order="stroke">{name}</text></g>')
        href = link(node) if link else None
        out.append(f"<a href={quoteattr(href)}>{shape}</a>" if href else shape)
    lx = 20
    for kind, color in KIND_COLORS.items():
        if any(e["kind"] == kind for e in g.edges):
            out.append(f'<line x1="{lx}" y1="{height - 25}" x2="{lx + 24}" y2="{height - 25}" '
                       f'stroke="{color}" stroke-width="4"/>'
                       f'<text x="{lx + 30}" y="{height - 21}">{escape(kind)}</text>')
            lx += 40 + 8 * len(kind)
    out.append("</svg>")
    return "\n".join(out)


def to_html(g: Graph, title: str = "Cooperation network") -> str:
    """A self-contained page: the SVG picture and the table of links below it."""
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v or ''))}</td>" for v in (
            e.get("date"), g.nodes[e["source"]]["name"], g.nodes[e["target"]]["name"], e["kind"],
            e.get("sentence"), e.get("document"))) + "</tr>" for e in g.edges)
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; color: #222; }}
.picture {{ overflow-x: auto; border: 1px solid #ddd; }}
table {{ border-collapse: collapse; margin-top: 1.5em; font-size: 14px; }}
td, th {{ border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: left; }}
th {{ background: #f4f4f4; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<div class="picture">{to_svg(g, title)}</div>
<table><thead><tr><th>date</th><th>from</th><th>to</th><th>kind</th><th>sentence</th>
<th>document</th></tr></thead><tbody>
{rows}
</tbody></table>
</body></html>
"""
