"""The Datasette plugin `ytekb serve` registers: ytekb's pages inside Datasette.

Routes (`register_routes`, all GET, all read-only):

    /                         the front door: find an entity, what is in the KB, where to go
    /-/ytekb/find?q=          entities whose names match (one match: its page)
    /-/ytekb/document/N       an article with every extracted fact marked by type
    /-/ytekb/entity/ID        names, posts over time, timeline, partners, network, documents
    /-/ytekb/timeline?q=      `ytekb timeline` as a page, with its picture (from, to, kind)
    /-/ytekb/timeline.csv?q=  the same facts as a file (.json too), each with its sentence's URL
                              (&entity=ID: that entity's, as its page links them)
    /-/ytekb/network?q=       the cooperation network as a picture, with its links (&with=B: A ↔ B)
    /-/ytekb/charts?q=        facts per month, top partners, documents per source

`render_cell` links fact rows to the document page at their sentence and names to
entity pages (pipeline.web.links); `asgi_wrapper` refuses foreign Host headers and
writes (pipeline.web.guard); `prepare_connection` caps value sizes. Settings come
from the metadata's `plugins: ytekb:` block, which `pipeline.web.serve` writes.
"""
from __future__ import annotations

from typing import Any

from datasette import Response, hookimpl
from markupsafe import Markup

from pipeline.query.text import clip, fold, tone_keys
from pipeline.query.timeline import KINDS
from pipeline.resolve import report
from pipeline.web import charts, document, entity, guard, links, timeline_files

NAME = "ytekb"
STATIC = "/-/static-plugins/pipeline.web.plugin/ytekb.css"


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(NAME) or {}


def _db(datasette: Any) -> Any:
    return datasette.get_database()


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any],
                  status: int = 200) -> Response:
    context = dict(context, database=_db(datasette).name, links=links, Markup=Markup, clip=clip)
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


async def _not_found(datasette: Any, request: Any, what: str) -> Response:
    return await _render(datasette, request, "ytekb_missing.html", {"what": what}, status=404)


async def home(datasette: Any, request: Any) -> Response:
    summary = await _db(datasette).execute_fn(charts.summary)
    return await _render(datasette, request, "ytekb_home.html", {"summary": summary})


async def find(datasette: Any, request: Any) -> Response:
    q = request.args.get("q", "").strip()
    found = await _db(datasette).execute_fn(lambda conn: charts.find(conn, q)) if q else []
    if len(found) == 1:
        return Response.redirect(links.entity_url(found[0]["id"]))
    # nothing with the accents typed: offer the same name without them (any accents)
    plain = fold(q) if not found and tone_keys(q) else ""
    return await _render(datasette, request, "ytekb_find.html",
                         {"q": q, "found": found, "plain": plain})


async def document_page(datasette: Any, request: Any) -> Response:
    doc_id = int(request.url_vars["doc_id"])
    focus = request.args.get("fact")
    show_all = request.args.get("all") == "1"
    page = await _db(datasette).execute_fn(
        lambda conn: document.page(conn, doc_id, focus, show_all))
    if page is None:
        return await _not_found(datasette, request, f"document {doc_id}")
    return await _render(datasette, request, "ytekb_document.html",
                         {"page": page, "doc": page.document, "kinds": document.KINDS,
                          "labels": document.LABELS, "body": Markup(page.body)})


async def entity_page(datasette: Any, request: Any) -> Response:
    eid = request.url_vars["entity_id"]
    page = await _db(datasette).execute_fn(lambda conn: entity.page(conn, eid))
    if page is None:
        return await _not_found(datasette, request, f"entity {eid}")
    return await _render(datasette, request, "ytekb_entity.html",
                         {"page": page, "info": page.info,
                          "pictures": {k: Markup(v) for k, v in page.pictures.items()},
                          "fact_url": entity.fact_url, "post_name": report.post_name})


async def timeline_page(datasette: Any, request: Any) -> Response:
    q = request.args.get("q", "").strip()
    filters = timeline_files.Filters.of(request.args)
    result = await _db(datasette).execute_fn(
        lambda conn: charts.timeline_page(conn, q, filters.when, filters.kinds))
    return await _render(datasette, request, "ytekb_timeline.html",
                         dict(result, q=q, fact_url=entity.fact_url, filters=filters,
                              all_kinds=KINDS, picture=Markup(result["picture"])))


async def timeline_file(datasette: Any, request: Any) -> Response:
    """The timeline as a CSV or JSON download, with the page's filters."""
    q = request.args.get("q", "").strip()
    eid = request.args.get("entity", "").strip()   # the entity page's links: one entity
    filters = timeline_files.Filters.of(request.args)
    if not (q or eid) or filters.error:   # the page says what to type, or what was wrong
        return Response.redirect(filters.url(q))
    fmt = request.url_vars["fmt"]
    base = datasette.absolute_url(request, "/")
    made = await _db(datasette).execute_fn(
        lambda conn: timeline_files.export(conn, q, filters, fmt, base, eid))
    if made is None:
        return await _not_found(datasette, request, f"entity {eid}")
    body, name = made
    return Response(body, content_type=timeline_files.FORMATS[fmt],
                    headers={"content-disposition": f'attachment; filename="{name}"'})


async def network_page(datasette: Any, request: Any) -> Response:
    q = request.args.get("q", "").strip()
    kind = request.args.get("kind", "").strip() or None
    other = request.args.get("with", "").strip()
    result = await _db(datasette).execute_fn(lambda conn: charts.network(conn, q, kind, other))
    return await _render(datasette, request, "ytekb_network.html",
                         dict(result, q=q, other=other, kind=kind or "",
                              picture=Markup(result["picture"])))


async def charts_page(datasette: Any, request: Any) -> Response:
    q = request.args.get("q", "").strip()
    result = await _db(datasette).execute_fn(lambda conn: charts.charts(conn, q))
    return await _render(datasette, request, "ytekb_charts.html",
                         dict(result, q=q, pictures={k: Markup(v)
                                                     for k, v in result["pictures"].items()}))


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [
        (r"^/$", home),
        (r"^/-/ytekb/?$", home),
        (r"^/-/ytekb/find$", find),
        (r"^/-/ytekb/document/(?P<doc_id>\d{1,18})$", document_page),
        (r"^/-/ytekb/entity/(?P<entity_id>[^/]+)$", entity_page),
        (r"^/-/ytekb/timeline$", timeline_page),
        (r"^/-/ytekb/timeline\.(?P<fmt>csv|json)$", timeline_file),
        (r"^/-/ytekb/network$", network_page),
        (r"^/-/ytekb/charts$", charts_page),
    ]


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    return links.cell(row, value, column, table)


@hookimpl
def extra_css_urls(template: str, database: str | None, table: str | None, columns: Any,
                   view_name: str, request: Any, datasette: Any) -> list[str]:
    return [STATIC]


@hookimpl
def menu_links(datasette: Any, actor: Any, request: Any) -> list[dict[str, str]]:
    db = _db(datasette).name
    return [{"href": "/", "label": "ytekb home"},
            {"href": f"/{db}/document_index", "label": "Documents"},
            {"href": f"/{db}/entities", "label": "Entities"},
            {"href": links.page_url("timeline"), "label": "Timeline"},
            {"href": links.page_url("network"), "label": "Cooperation network"},
            {"href": links.page_url("charts"), "label": "Charts"}]


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    allowed = guard.allowed_hosts(_config(datasette).get("host"),
                                  _config(datasette).get("allowed_hosts", ()))
    return lambda app: guard.wrap(app, allowed)


@hookimpl
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    from pipeline.query.search import register

    guard.limit_connection(conn)
    register(conn)   # the canned queries search and match names as the CLI does
