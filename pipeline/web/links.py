"""Where things live in the web UI, and how table cells link to them.

Every fact row (in a table, a view or a canned query) links to the document page
at the fact's sentence; every entity name links to the entity page; a document's
title links to the readable document page instead of the raw row. `cell` is the
body of the Datasette `render_cell` hook, decided by the columns a row has, so
it works the same for tables, views and canned queries.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from pipeline.query.snippets import END, START

PREFIX = "/-/ytekb"

# which kind of fact a table or view holds (for the document page's anchors)
FACT_KIND = {
    "roles": "role", "positions": "role", "cooperations": "cooperation",
    "cooperation_links": "cooperation", "legal_documents": "legal", "legal_citations": "legal",
    "figures": "figure", "figure_facts": "figure", "dates": "date", "dated_events": "date",
    "mentions": "mention",
}
# an entity id column, and the column holding its name in the views
ENTITY_COLUMNS = {"entity_id": None, "person_id": "person", "organization_id": "organization",
                  "from_id": "from_name", "to_id": "to_name", "issuer_id": "issuer"}
# ... and what the canned `cooperation` query calls those names
NAME_TO_ID = {name: eid for eid, name in ENTITY_COLUMNS.items() if name} | {
    "from": "from_id", "to": "to_id"}
DOCUMENT_TABLES = ("documents", "document_index")


def document_url(doc_id: Any, kind: str | None = None, fact_id: Any = None,
                 sentence: Any = None) -> str:
    """The document page; with a fact, marked and scrolled to its sentence."""
    url = f"{PREFIX}/document/{int(doc_id)}"
    if kind and fact_id is not None:
        url += "?" + urlencode({"fact": f"{kind}-{int(fact_id)}"})
    if sentence not in (None, ""):
        url += f"#s{int(sentence)}"
    elif kind and fact_id is not None:
        url += f"#{kind}-{int(fact_id)}"
    return url


def entity_url(entity_id: str) -> str:
    return f"{PREFIX}/entity/{quote(str(entity_id), safe='')}"


def page_url(name: str, **params: Any) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"{PREFIX}/{name}" + (f"?{query}" if query else "")


def _get(row: Any, key: str) -> Any:
    try:
        value = row[key]
    except (KeyError, IndexError, TypeError):
        return None
    return value["value"] if isinstance(value, dict) else value


def _has(row: Any, key: str) -> bool:
    try:
        return key in row.keys()
    except AttributeError:
        return False


def _fact(row: Any, table: str | None) -> tuple[str | None, Any]:
    """(kind, id) of the fact a row is, when it is one."""
    if _has(row, "fact_id"):   # timeline rows and canned queries say which fact they are
        kind = _get(row, "fact") if _has(row, "fact") else _get(row, "kind")
        return ("date" if kind == "event" else kind), _get(row, "fact_id")
    kind = FACT_KIND.get(table or "")
    return (kind, _get(row, "id")) if kind else (None, None)


def _short(url: str, width: int = 60) -> str:
    for prefix in ("https://", "http://", "file:"):
        if url.startswith(prefix):
            url = url[len(prefix):]
    return url if len(url) <= width else url[:width // 2] + "…" + url[-(width // 2 - 1):]


def marked_html(marked: str) -> Markup:
    """A search snippet whose highlights lie between START and END (as the canned search's
    `marked` column holds them) as HTML: the text escaped, each highlight a <mark>. Its
    `snippet` column writes them "[" "]", which an article's own "[3]" would confuse."""
    return Markup(str(escape(marked)).replace(START, "<mark>").replace(END, "</mark>"))


def cell(row: Any, value: Any, column: str, table: str | None) -> Markup | None:
    """The HTML for one cell, or None to let Datasette render it."""
    label = value.get("label") if isinstance(value, dict) else None
    raw = value.get("value") if isinstance(value, dict) else value
    if raw in (None, ""):
        return None
    doc_id = _get(row, "document_id")
    if table in DOCUMENT_TABLES and _has(row, "id"):
        doc_id = _get(row, "id")
    if column == "document_id":
        kind, fact_id = _fact(row, table)
        href = document_url(raw, kind, fact_id, _get(row, "sentence"))
        return Markup(f'<a href="{escape(href)}">{escape(label or f"document {raw}")}</a>')
    if column == "sentence" and doc_id is not None and isinstance(raw, int):
        kind, fact_id = _fact(row, table)
        href = document_url(doc_id, kind, fact_id, raw)
        return Markup(f'<a href="{escape(href)}" title="read the sentence in its article">'
                      f"¶ {raw}</a>")
    if column == "title" and doc_id is not None and (table in DOCUMENT_TABLES or
                                                    _has(row, "document_id")):
        return Markup(f'<a href="{escape(document_url(doc_id))}">{escape(raw)}</a>')
    if column == "document" and doc_id is not None:
        ext = (f' <a href="{escape(raw)}" title="original article">↗</a>'
               if str(raw).startswith(("http://", "https://")) else "")
        return Markup(f'<a href="{escape(document_url(doc_id))}">{escape(_short(str(raw)))}</a>'
                      + ext)
    if column == "snippet" and _has(row, "marked") and _get(row, "marked"):
        return marked_html(_get(row, "marked"))
    if column in ENTITY_COLUMNS:
        return Markup(f'<a href="{escape(entity_url(raw))}">{escape(label or raw)}</a>')
    if column in NAME_TO_ID and _get(row, NAME_TO_ID[column]):
        return Markup(f'<a href="{escape(entity_url(_get(row, NAME_TO_ID[column])))}">'
                      f"{escape(raw)}</a>")
    if column == "name" and table == "entities" and _has(row, "id"):
        return Markup(f'<a href="{escape(entity_url(_get(row, "id")))}">{escape(raw)}</a>')
    if table == "documents" and column in ("key", "canonical_url") and raw == _get(row, "url"):
        return Markup('<span class="ytekb-same">= url</span>')
    return None
