"""The document page: an article as people read it, with every extracted fact marked.

The stored text is split into sentences by the extractors' own splitter (the
same sentence numbers the facts carry), and each fact's character span is
marked by type: organisations, people, roles, dates, legal documents, figures
and cooperation links. A mark on an entity links to its entity page; a fact
named in the URL (`?fact=role-12`) is outlined and its sentence scrolled to.
Facts may overlap ("Giám đốc … Đào Xuân Cơ" inside a cooperation sentence), so
the text is cut at every fact boundary and each piece carries the classes of
all facts covering it; the innermost entity decides where a piece links.
"""
from __future__ import annotations

import sqlite3
from bisect import bisect_left
from dataclasses import dataclass, field
from html import escape
from typing import Any

from extractors import run
from extractors.doc import Doc

from .links import entity_url

KINDS = ("organization", "person", "role", "date", "legal", "figure", "cooperation")
LABELS = {"organization": "organisation", "person": "person", "role": "role", "date": "date",
          "legal": "legal document", "figure": "figure", "cooperation": "cooperation"}


@dataclass
class Mark:
    """One fact's span in the text."""

    start: int
    end: int
    kind: str
    key: str                     # "role-12": the anchor and the ?fact= value
    entity: str | None = None    # where the span links
    note: str = ""               # tooltip: what was extracted


@dataclass
class Page:
    document: dict[str, Any]
    body: str                                     # the marked-up text (HTML)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    sidebar: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)   # side-panel lines per kind, uncut


# The side panel of a huge document lists the first SIDE_LINES lines of each kind and the
# first SIDE_JUMPS ¶ links of a line ("show all" lists every one): a scraped page with
# thousands of facts stays a page a browser shows at once. The text marks every fact.
SIDE_LINES = 200
SIDE_JUMPS = 12


def rows(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple = ()) -> list[dict]:
    cur = conn.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _dated(r: dict[str, Any]) -> str:
    return f"{r.get('date') or 'undated'} ({r.get('date_source') or '?'})"


def load_facts(conn: sqlite3.Connection, doc_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every fact of a document, by kind, from the views the CLI reads."""
    q = "WHERE document_id = ? ORDER BY start"
    return {
        "mentions": rows(conn, "SELECT m.id, m.entity_id, m.kind, m.start, m.\"end\", m.sentence, "
                               "m.surface, e.name, e.type FROM mentions m LEFT JOIN entities e "
                               "ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start",
                         [doc_id]),
        "role": rows(conn, "SELECT id, person, position, organization, date, date_source, "
                           f'person_id, organization_id, start, "end", sentence FROM positions {q}',
                     [doc_id]),
        "cooperation": rows(conn, "SELECT id, from_name, to_name, kind, date, date_source, "
                                  'from_id, to_id, start, "end", sentence, text '
                                  f"FROM cooperation_links {q}", [doc_id]),
        "legal": rows(conn, "SELECT id, kind, number, issuer, issuer_id, issued, legal_title, "
                            f'text, start, "end", sentence FROM legal_citations {q}', [doc_id]),
        "figure": rows(conn, "SELECT id, text, value, unit, qualifier, date, date_source, start, "
                             f'"end", sentence FROM figure_facts {q}', [doc_id]),
        "date": rows(conn, 'SELECT id, text, date_start, date_end, start, "end", sentence '
                           f"FROM dates {q}", [doc_id]),
    }


# What makes two facts of one document the same line in the side panel: an article that names
# its director in four sentences shows one role with four ¶ links, not four equal lines. The
# date's basis is not part of it: the same date stated in one sentence and taken from the
# publication date in another is one line, marked "event" (see `sidebar`).
SAME_LINE: dict[str, tuple[str, ...]] = {
    "role": ("person_id", "person", "position", "organization_id", "organization", "date"),
    "cooperation": ("from_id", "from_name", "to_id", "to_name", "kind", "date"),
    "legal": ("kind", "number", "issuer_id", "issuer", "issued"),
    "figure": ("text", "date"),
    "date": ("text", "date_start", "date_end"),
}
STATED = "event"   # a date_source that a sentence states; wins over the publication fallback


def sidebar(facts: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Each kind's facts with equal lines merged, in order of first mention; `ids` keeps every
    span, and a line is dated "event" when any of its sentences states the date."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind, fields in SAME_LINE.items():
        lines: dict[tuple, dict[str, Any]] = {}
        for r in facts.get(kind, []):
            line = lines.setdefault(tuple(r.get(f) for f in fields), {**r, "ids": []})
            line["ids"].append(r["id"])
            if r.get("date_source") == STATED:
                line["date_source"] = STATED
        out[kind] = list(lines.values())
    return out


def marks(facts: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    out = []
    for m in facts["mentions"]:
        kind = "person" if m["kind"] == "person" else "organization"
        out.append(Mark(m["start"], m["end"], kind, f"mention-{m['id']}", m["entity_id"],
                        f"{LABELS[kind]}: {m['name'] or m['surface']}"))
    for r in facts["role"]:
        out.append(Mark(r["start"], r["end"], "role", f"role-{r['id']}", r["person_id"],
                        f"role: {r['person']}, {r['position']}"
                        + (f", {r['organization']}" if r["organization"] else "")
                        + f" · {_dated(r)}"))
    for c in facts["cooperation"]:
        out.append(Mark(c["start"], c["end"], "cooperation", f"cooperation-{c['id']}", None,
                        f"cooperation: {c['from_name']} → {c['to_name']} ({c['kind']})"
                        f" · {_dated(c)}"))
    for l in facts["legal"]:
        out.append(Mark(l["start"], l["end"], "legal", f"legal-{l['id']}", l["issuer_id"],
                        f"legal: {l['kind']} {l['number'] or ''}".rstrip()
                        + (f" ({l['issuer']})" if l["issuer"] else "")
                        + (f", issued {l['issued']}" if l["issued"] else "")))
    for f in facts["figure"]:
        out.append(Mark(f["start"], f["end"], "figure", f"figure-{f['id']}", None,
                        f"figure: {f['text']} · {_dated(f)}"))
    for d in facts["date"]:
        end = f" … {d['date_end']}" if d["date_end"] and d["date_end"] != d["date_start"] else ""
        out.append(Mark(d["start"], d["end"], "date", f"date-{d['id']}", None,
                        f"date: {d['date_start']}{end}"))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The extractors' sentences of the stored text: the numbers facts refer to."""
    doc = run(Doc(text=text), ("textnorm", "sentences"))
    return [(s.start, s.end) for s in doc.sentences]


def _piece(text: str, a: int, b: int, covering: list[Mark], starting: list[Mark],
           focus: str | None) -> str:
    anchors = "".join(f'<span class="anchor" id="{escape(m.key)}"></span>' for m in starting)
    body = escape(text[a:b])
    if not covering:
        return anchors + body
    classes = sorted({f"f-{m.kind}" for m in covering})
    if focus and any(m.key == focus for m in covering):
        classes.append("focus")
    tip = escape("\n".join(m.note for m in sorted(covering, key=lambda m: m.start)), quote=True)
    keys = escape(" ".join(m.key for m in covering), quote=True)
    mark = f'<mark class="{" ".join(classes)}" data-facts="{keys}" title="{tip}">{body}</mark>'
    linked = next((m for m in sorted(covering, key=lambda m: m.end - m.start) if m.entity), None)
    if linked is not None:   # the innermost fact that names an entity
        mark = f'<a href="{escape(entity_url(linked.entity), quote=True)}">{mark}</a>'
    return anchors + mark


class _SpanIndex:
    """The marks by start offset, so each sentence looks only at the marks near it (was:
    every mark for every sentence; a 5 MB page with 60,000 facts took 128 s to render)."""

    def __init__(self, spans: list[Mark]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self.starts = [spans[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in spans), default=0)

    def overlapping(self, lo: int, hi: int) -> list[Mark]:
        """The marks that overlap [lo, hi), in their original order."""
        a = bisect_left(self.starts, lo - self.longest)
        b = bisect_left(self.starts, hi)
        return [self.spans[i] for i in sorted(self.order[a:b])
                if self.spans[i].start < hi and self.spans[i].end > lo]


def _marked(text: str, lo: int, hi: int, index: _SpanIndex, focus: str | None) -> str:
    """text[lo:hi] with the facts inside it marked."""
    inside = index.overlapping(lo, hi)
    cuts = sorted({lo, hi, *(max(lo, m.start) for m in inside), *(min(hi, m.end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in inside if m.start <= a and m.end >= b]
        starting = [m for m in inside if max(lo, m.start) == a]
        out.append(_piece(text, a, b, covering, starting, focus))
    return "".join(out)


def render_text(text: str, spans: list[Mark], focus: str | None = None,
                focus_sentence: int | None = None) -> str:
    """Paragraphs of sentences (`<span class="sent" id="sN">`) with their facts marked."""
    sentences = sentence_spans(text)
    marks_by_start = _SpanIndex(spans)
    out, pos, index = [], 0, 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        parts, cursor = [], start
        while index < len(sentences) and sentences[index][0] < end:
            s, e = sentences[index]
            if s > cursor:
                parts.append(f'<span class="chrome">{escape(text[cursor:s])}</span>')
            cls = "sent focus-sentence" if index == focus_sentence else "sent"
            parts.append(f'<span class="{cls}" id="s{index}" data-sentence="{index}">'
                         f'{_marked(text, s, e, marks_by_start, focus)}</span>')
            cursor = e
            index += 1
        if cursor < end:
            parts.append(f'<span class="chrome">{escape(text[cursor:end])}</span>')
        out.append("<p>" + "".join(parts) + "</p>")
    return "\n".join(out)


def page(conn: sqlite3.Connection, doc_id: int, focus: str | None = None,
         show_all: bool = False) -> Page | None:
    """Everything the document page shows, or None for an unknown document; the side
    panel cut to SIDE_LINES lines per kind unless `show_all`."""
    found = rows(conn, "SELECT d.id, d.title, d.url, d.canonical_url, d.key, d.name, d.path, "
                       "d.published, d.province, d.text, d.extractor_version, d.duplicate_of, "
                       "s.name AS source FROM documents d LEFT JOIN sources s "
                       "ON s.id = d.source_id WHERE d.id = ?", [doc_id])
    if not found:
        return None
    doc = found[0]
    if doc["duplicate_of"]:   # a copy has no facts of its own: the page says where they are
        doc["original"] = (rows(conn, "SELECT id, title FROM documents WHERE id = ?",
                                [doc["duplicate_of"]]) or [None])[0]
    facts = load_facts(conn, doc_id)
    spans = marks(facts)
    focus_sentence = fact_sentence(facts, focus) if focus else None
    body = render_text(doc["text"], spans, focus, focus_sentence)
    counts = {k: sum(1 for m in spans if m.kind == k) for k in KINDS}
    side = sidebar(facts)
    lines = {k: len(v) for k, v in side.items()}
    if not show_all:
        side = {k: [dict(line, more=len(line["ids"]) - SIDE_JUMPS, ids=line["ids"][:SIDE_JUMPS])
                    if len(line["ids"]) > SIDE_JUMPS else line for line in v[:SIDE_LINES]]
                for k, v in side.items()}
    return Page(doc, body, facts, counts, side, lines)


def fact_sentence(facts: dict[str, list[dict[str, Any]]], key: str) -> int | None:
    """The sentence of the fact `key` ("role-12"), if it is in this document."""
    kind, _, fact_id = key.partition("-")
    table = "mentions" if kind == "mention" else kind
    return next((r["sentence"] for r in facts.get(table, []) if str(r["id"]) == fact_id), None)
