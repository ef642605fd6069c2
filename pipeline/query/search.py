"""`ytekb search`: full-text search over titles and texts, best match first.

Plain words are turned into quoted FTS5 terms, so nothing a user types is FTS
syntax (or SQL: the query is a bound parameter): `"`, `*`, `NEAR(`, quotes and
`'; DROP TABLE documents; --` are just words. "Quoted phrases" stay phrases and
a trailing `*` is a prefix search. Two or more plain words must all occur, and
the documents holding them as one phrase ("bach mai": "Bạch Mai", not "Bạch ... Mai")
come first, with the phrase highlighted. Accents are optional ("bach mai" finds
"Bạch Mai"); FTS5's unicode61 tokenizer keeps đ apart from d, so a typed "d"
also tries "đ" ("da khoa" finds "Đa khoa"). `raw=True` passes FTS5 syntax
through and turns its syntax errors into a clear QueryError.
"""
from __future__ import annotations

import itertools
import re
import sqlite3
from typing import Any

import sqlite_utils

from .common import QueryError, Rows, Window, chunks, placeholders, rows
from .timeline import COUNT_CAP
from .targets import Target
from .text import fold, fts_phrase

COLUMNS = ("date", "title", "snippet", "document")
MAX_VARIANTS = 8
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
# bm25 column weights: a match in the title counts more than one in the text.
_RANK = "bm25(documents_fts, 4.0, 1.0)"


def _variants(text: str) -> list[str]:
    """`text` with every typed d also tried as đ (at most MAX_VARIANTS forms)."""
    low = text.lower()
    spots = [i for i, c in enumerate(low) if c == "d"]
    out = []
    for combo in itertools.product("dđ", repeat=min(len(spots), 3)):
        chars = list(low)
        for i, c in zip(spots, combo):
            chars[i] = c
        out.append("".join(chars))
    return out[:MAX_VARIANTS]


def _term(text: str, prefix: bool = False) -> str:
    forms = [fts_phrase(v) + ("*" if prefix else "") for v in _variants(text)]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def phrase_query(text: str) -> str | None:
    """Two or more plain words (no "quotes", no *) as one FTS5 phrase, or None."""
    if '"' in (text or "") or "*" in (text or ""):
        return None
    words = [w for w in text.split() if fold(w)]
    return _term(" ".join(words)) if len(words) >= 2 else None


def fts_query(text: str) -> str:
    """A safe FTS5 query for plain input: every word (or "quoted phrase") must occur."""
    terms = []
    for m in _TOKEN.finditer(text or ""):
        if m.group(1) is not None:
            if fold(m.group(1)):
                terms.append(_term(m.group(1)))
            continue
        word = m.group(2)
        core = word.rstrip("*")
        if fold(core):
            terms.append(_term(core, prefix=word.endswith("*") and len(fold(core)) >= 2))
    if not terms:
        raise QueryError(f"nothing to search for in {text!r}: give at least one word")
    return " AND ".join(terms)


def _or_none(make: Any) -> Any:
    def call(text: Any) -> str | None:
        try:
            return make(text if isinstance(text, str) else "")
        except QueryError:
            return None      # MATCH NULL finds nothing: an empty form, not an error page
    return call


def _folded_words(text: Any) -> str:
    """`text` folded (accents, đ, case) between spaces: whole-word containment by instr().
    Nothing to fold is one space, which every name contains."""
    folded = fold(text) if isinstance(text, str) else ""
    return f" {folded} " if folded else " "


# SQL functions the web UI registers on its connections, so its canned queries match
# as the CLI does: ytekb_match(q) and ytekb_phrase(q) are the FTS5 queries `search`
# runs (NULL when there is nothing to search for), ytekb_words(s) a folded form for
# accent- and case-blind whole-word matching of names.
SQL_FUNCTIONS = {"ytekb_match": _or_none(fts_query), "ytekb_phrase": _or_none(phrase_query),
                 "ytekb_words": _folded_words}


def register(conn: sqlite3.Connection) -> None:
    for name, fn in SQL_FUNCTIONS.items():
        conn.create_function(name, 1, fn, deterministic=True)


def search(db: sqlite_utils.Database, query: str, raw: bool = False, source: str | None = None,
           when: Window = Window(), entity: Target | None = None,
           limit: int | None = 20) -> Rows:
    """Documents {document, title, published, snippet, source, score}, best first."""
    if raw and not (query or "").strip():
        raise QueryError("nothing to search for: the query is empty")
    match = query if raw else fts_query(query)
    phrase = None if raw else phrase_query(query)
    where = ["documents_fts MATCH ?", "d.duplicate_of IS NULL"]
    params: list[Any] = [match]
    if source:
        where.append("(s.name = ? COLLATE NOCASE OR instr(lower(coalesce(d.canonical_url, "
                     "d.url, '')), lower(?)) > 0)")
        params += [source, source]
    date_sql, date_params = when.sql("substr(d.published, 1, 10)")
    where.append(date_sql)
    params += date_params
    if entity is not None:
        if not entity.entity_ids and not entity.province:
            return Rows()
        docs = [f"d.id IN (SELECT document_id FROM mentions WHERE entity_id IN "
                f"({placeholders(len(part))}))" for part in chunks(entity.entity_ids) if part]
        for part in chunks(entity.entity_ids):
            params += list(part)
        if entity.province:
            docs.append(f"d.province IN ({placeholders(len(entity.province_names))})")
            params += list(entity.province_names)
        where.append("(" + " OR ".join(docs) + ")")
    filtered = bool(source or when or entity is not None)
    try:
        found = _ranked(db, where, params, limit, filtered, phrase)
        snippets = _snippets(db, match, [r["document_id"] for r in found if not r["phrase"]])
        snippets.update(_snippets(db, phrase, [r["document_id"] for r in found if r["phrase"]]))
        total = len(found)
        if limit and total >= limit:
            total = max(total, db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM documents_fts JOIN documents d "
                "ON d.id = documents_fts.rowid LEFT JOIN sources s ON s.id = d.source_id WHERE "
                + " AND ".join(where) + " LIMIT ?)", [*params, COUNT_CAP]).fetchone()[0])
    except sqlite3.OperationalError as err:
        raise _fts_error(query, err, raw) from None
    return Rows([{"date": (r["published"] or "")[:10] or None, "published": r["published"],
                  "document": r["document"], "title": r["title"],
                  "snippet": snippets.get(r["document_id"], ""), "source": r["source"],
                  "score": round(-r["score"], 6), "document_id": r["document_id"]}
                 for r in found], total)


def _ranked(db: sqlite_utils.Database, where: list[str], params: list[Any], limit: int | None,
            filtered: bool, phrase: str | None = None) -> list[dict[str, Any]]:
    """The best `limit` documents: those holding `phrase` first, then by bm25.
    Unfiltered, the FTS table ranks alone and only the winners meet the documents
    table; filtered, matches are joined first so the filters apply before the cut
    (and bm25 is computed only for what passes)."""
    cols = ("d.id AS document_id, f.score, f.phrase, coalesce(d.canonical_url, d.url, d.name, "
            "d.key) AS document, d.title, d.published, s.name AS source")
    rest = " AND ".join(where[1:])
    if phrase:
        fts = (f"SELECT rowid, {_RANK} AS score, rowid IN (SELECT rowid FROM documents_fts "
               f"WHERE documents_fts MATCH ?) AS phrase FROM documents_fts WHERE documents_fts MATCH ?")
        head = [phrase, params[0]]
    else:
        fts = f"SELECT rowid, {_RANK} AS score, 0 AS phrase FROM documents_fts WHERE documents_fts MATCH ?"
        head = [params[0]]
    if filtered or not limit:
        return rows(db, f"SELECT {cols} FROM ({fts}) f JOIN documents d ON d.id = f.rowid "
                        f"LEFT JOIN sources s ON s.id = d.source_id WHERE {rest} "
                        f"ORDER BY f.phrase DESC, f.score" + (" LIMIT ?" if limit else ""),
                    [*head, *params[1:], *([limit] if limit else [])])
    fetch = limit + 20
    while True:  # duplicates are dropped after ranking: read further if they ate the margin
        found = rows(db, f"SELECT {cols} FROM ({fts} ORDER BY phrase DESC, score LIMIT ?) f "
                         f"JOIN documents d ON d.id = f.rowid LEFT JOIN sources s "
                         f"ON s.id = d.source_id WHERE {rest} ORDER BY f.phrase DESC, f.score",
                     [*head, fetch, *params[1:]])
        if len(found) >= limit:
            return found[:limit]
        total = db.execute("SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE "
                           "documents_fts MATCH ? LIMIT ?)", [params[0], fetch]).fetchone()[0]
        if total < fetch:
            return found
        fetch *= 4


def _snippets(db: sqlite_utils.Database, match: str, ids: list[int]) -> dict[int, str]:
    """Highlighted extracts, made only for the rows shown (snippet() is not cheap)."""
    out: dict[int, str] = {}
    for part in chunks(ids):
        if part:
            out.update(db.execute(
                "SELECT rowid, snippet(documents_fts, -1, '[', ']', '…', 24) FROM documents_fts "
                f"WHERE documents_fts MATCH ? AND rowid IN ({placeholders(len(part))})",
                [match, *part]).fetchall())
    # adjacent highlighted words read as one: "[chuyển] [giao]" -> "[chuyển giao]"
    return {k: (v or "").replace("] [", " ") for k, v in out.items()}


def _fts_error(query: str, err: sqlite3.OperationalError, raw: bool) -> Exception:
    """A user's FTS5 syntax error becomes a QueryError; anything else stays itself."""
    message = str(err)
    if raw and "locked" not in message and "disk" not in message:
        return QueryError(f"invalid FTS5 query {query!r} ({message}); "
                          "drop --raw to search for the words as typed")
    return err
