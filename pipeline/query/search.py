"""`ytekb search`: full-text search over titles and texts, best match first.

Plain words are turned into quoted FTS5 terms, so nothing a user types is FTS
syntax (or SQL: the query is a bound parameter): `"`, `*`, `NEAR(`, quotes and
`'; DROP TABLE documents; --` are just words. "Quoted phrases" stay phrases and
a trailing `*` is a prefix search. Two or more plain words must all occur, and
the documents holding them as one phrase ("bach mai": "Bạch Mai", not "Bạch ... Mai")
come first, with the phrase highlighted. Accents are optional ("bach mai" finds
"Bạch Mai"); FTS5's unicode61 tokenizer keeps đ apart from d, so a typed "d"
also tries "đ" ("da khoa" finds "Đa khoa"). A word typed with accents means
them: it must match in `documents_fts_tones`, which keeps the tones, so
"chuyển" finds "chuyển" and not "chuyên" (either tone placement: "hòa" finds
"hoà"; case never matters), and "đa" is only đa. A query with any word typed with
accents runs on that index alone (its ranking and snippets too), its plain words as
typed ("Lê Thị Hoa": "Hoa" is not "Hòa"). `raw=True` passes FTS5 syntax through (to
`documents_fts_tones` when every word has accents, FTS5's operators aside) and turns
its syntax errors into a clear QueryError.
"""
from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from typing import Any

import sqlite_utils

from .common import QueryError, Rows, Window, chunks, placeholders, rows
from .timeline import COUNT_CAP
from .targets import Target
from .snippets import END, START, cut, highlighted, whole
from .text import accented, fold, fts_phrase, iy_twin
from extractors.textnorm import TONE_MARKS, fix_syllable   # huyền sắc ngã hỏi nặng

COLUMNS = ("date", "title", "snippet", "document")
FIELDS = ("date", "published", "document", "title", "snippet", "source", "score",
          "document_id")   # every item's, in order (a CSV's header, even empty)
MAX_VARIANTS = 8
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
LOOSE, TONES = "documents_fts", "documents_fts_tones"   # the two indexes (migration 0013)
_OLD_STYLE_PAIRS = frozenset({("o", "a"), ("o", "e"), ("u", "y")})


def _iy_forms(word: str) -> list[str]:
    """A plain i/y syllable in every toned form of both spellings, and itself bare:
    what a plain word may stand for without the other spelling's bare form ("ky" is
    kỳ, ký, kỷ, kỹ, kỵ, kì, kí, kỉ, kĩ, kị or ky, but not the "ki" of "ki-lô")."""
    out = [word.lower()]
    for spelt in (word.lower(), (iy_twin(word) or "").lower()):
        out += [unicodedata.normalize("NFC", spelt + mark) for mark in sorted(TONE_MARKS)]
    return out


def _words(text: str) -> list[tuple[str, bool]]:
    """The words of a plain query, each with whether it ends a prefix (`word*`)."""
    out = []
    for m in _TOKEN.finditer(text or ""):
        if m.group(1) is not None:
            out += [(w, False) for w in m.group(1).split() if fold(w)]
        elif fold(m.group(2).rstrip("*")):
            out.append((m.group(2).rstrip("*"), m.group(2).endswith("*")))
    return out


def index_for(text: str) -> str:
    """The FTS table a query runs on: TONES when any word is typed with accents, else
    LOOSE. A query typed on a Vietnamese keyboard means its plain words as typed too:
    "giao", "Mai", "Hoa" are level-tone syllables, not words whose accents were left
    out, so "Lê Thị Hoa" does not find "Lê Thị Hòa" (was: LOOSE for a mixed query, the
    accented words alone checked on TONES)."""
    words = _words(text)
    return TONES if words and any(accented(w) for w, _ in words) else LOOSE


_RAW_WORD = re.compile(r"[^\W\d_]+(?!\w*\s*:)")   # a word, not a column filter ("title:")
_RAW_COLUMNS = re.compile(r"\{[^}]*\}")                # "{title text}: ..." names columns
FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})   # FTS5's, upper case only


def raw_index_for(query: str) -> str:
    """`index_for` of an FTS5 query (`--raw`): its operators, column filters and numbers
    (NEAR's distance) are not words typed with or without accents, so "chuyển OR chuyên"
    runs on TONES (was LOOSE, where "chuyển" also finds "chuyện")."""
    text = _RAW_COLUMNS.sub(" ", unicodedata.normalize("NFC", query or ""))
    words = [w for w in _RAW_WORD.findall(text) if w not in FTS_OPERATORS]
    return TONES if words and all(accented(w) for w in words) else LOOSE


def tones_filter(text: str) -> str | None:
    """For a query on LOOSE (no word typed with accents): the TONES query its plain i/y
    words must also match; else None. Such a word also tries its twin on LOOSE ("ky":
    "ki"); here it must be one of their toned forms or itself, so "ky" does not find the
    bare "ki" of "ki-lô"."""
    if index_for(text) == TONES:
        return None
    terms = ["(" + " OR ".join(map(fts_phrase, _iy_forms(w))) + ")"
             for w, prefix in _words(text) if not prefix and iy_twin(w)]
    return " AND ".join(dict.fromkeys(terms)) or None


def _placements(word: str) -> list[str]:
    """`word` (lower case, NFC) in both tone placements the press uses: the modern one
    and the old one, which differ only for an open syllable ending in oa, oe or uy
    ("hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ"; extractors.textnorm); and in both
    spellings of a lone i/y ("kỹ"/"kĩ", `iy_twin`)."""
    modern = fix_syllable(word) if word.isalpha() else word
    units: list[list[str]] = []
    for ch in unicodedata.normalize("NFD", modern):
        if unicodedata.combining(ch) and units:
            units[-1].append(ch)
        else:
            units.append([ch])
    out = list(dict.fromkeys([word, modern, *filter(None, [iy_twin(word)])]))
    if len(units) >= 2 and (units[-2][0], units[-1][0]) in _OLD_STYLE_PAIRS:
        tone = [m for m in units[-2][1:] if m in TONE_MARKS]
        if tone:
            units[-2].remove(tone[0])
            units[-1].append(tone[0])
            out.append(unicodedata.normalize("NFC", "".join("".join(u) for u in units)))
    return list(dict.fromkeys(out))


def _tone_variants(text: str) -> list[str]:
    """`text` with every word in each tone placement (at most MAX_VARIANTS forms)."""
    words = unicodedata.normalize("NFC", text).lower().split()
    forms = [" ".join(combo) for combo in itertools.islice(
        itertools.product(*[_placements(w) for w in words]), MAX_VARIANTS)]
    return forms or [text]


def _variants(text: str, spellings: bool = True) -> list[str]:
    """`text` with every typed d also tried as đ, and (`spellings`) a lone i/y syllable
    in both spellings ("ky thuat": "ki thuat"; at most MAX_VARIANTS forms)."""
    low = text.lower()
    spots = [i for i, c in enumerate(low) if c == "d"]
    out = []
    for combo in itertools.product("dđ", repeat=min(len(spots), 3)):
        chars = list(low)
        for i, c in zip(spots, combo):
            chars[i] = c
        out.append("".join(chars))
    spelt = [" ".join(combo) for combo in itertools.product(
        *[list(dict.fromkeys([w, (spellings and iy_twin(w)) or w])) for w in low.split(" ")])]
    return list(dict.fromkeys(out + [s for s in spelt if s != low]))[:MAX_VARIANTS]


def _term(text: str, prefix: bool = False, tones: bool = False) -> str:
    # a plain prefix keeps its spelling: "ky*" as "ki*" would find "kiểm", "kinh"...
    variants = _tone_variants(text) if tones else _variants(text, spellings=not prefix)
    forms = [fts_phrase(v) + ("*" if prefix else "") for v in variants]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def phrase_query(text: str) -> str | None:
    """Two or more plain words (no "quotes", no *) as one FTS5 phrase, or None; for
    the table `index_for(text)` names."""
    if '"' in (text or "") or "*" in (text or ""):
        return None
    words = [w for w in text.split() if fold(w)]
    return (_term(" ".join(words), tones=index_for(text) == TONES) if len(words) >= 2
            else None)


def fts_query(text: str) -> str:
    """A safe FTS5 query for plain input: every word (or "quoted phrase") must occur;
    for the table `index_for(text)` names (a query all typed with accents keeps its tones)."""
    terms = []
    tones = index_for(text) == TONES
    for m in _TOKEN.finditer(text or ""):
        if m.group(1) is not None:
            if fold(m.group(1)):
                terms.append(_term(m.group(1), tones=tones))
            continue
        word = m.group(2)
        core = word.rstrip("*")
        if fold(core):
            terms.append(_term(core, prefix=word.endswith("*") and len(fold(core)) >= 2,
                               tones=tones))
    if not terms:
        raise QueryError(f"nothing to search for in {text!r}: give at least one word")
    return " AND ".join(terms)


def phrase_words(text: str, phrase: bool) -> int:
    """How many words each highlight of a snippet holds when whole: the phrase's, in a
    document ranked for the phrase (`phrase`); the shortest "quoted phrase"'s in a query of
    quoted phrases alone; else 1 (a plain word is highlighted on its own)."""
    if phrase:
        return len([w for w in (text or "").split() if fold(w)])
    quoted = [len([w for w in m.group(1).split() if fold(w)]) if m.group(1) is not None else 1
              for m in _TOKEN.finditer(text or "") if fold(m.group(0).strip('"*'))]
    return min(quoted, default=1)


def whole_snippet(marked: Any, query: Any, phrase: Any, title: Any, body: Any) -> str | None:
    """SQL ytekb_whole_snippet(marked, :q, phrase, title, text): `snippets.whole` for the
    canned search, so the web completes a cut phrase as `search` does."""
    if not isinstance(marked, str):
        return marked
    return whole(marked, phrase_words(query if isinstance(query, str) else "", bool(phrase)),
                 [c for c in (body, title) if isinstance(c, str)])


def _or_none(make: Any, table: str) -> Any:
    """`make` as an SQL function for one table: NULL (an empty form, not an error page)
    when there is nothing to search or the query is for the other table."""
    def call(text: Any) -> str | None:
        text = text if isinstance(text, str) else ""
        if index_for(text) != table:
            return None
        try:
            return make(text)
        except QueryError:
            return None
    return call


def _folded_words(text: Any) -> str:
    """`text` folded (accents, đ, case) between spaces ("" is one space)."""
    folded = fold(text) if isinstance(text, str) else ""
    return f" {folded} " if folded else " "


# SQL functions the web UI registers on its connections, so its canned queries match
# as the CLI does: ytekb_match(q) and ytekb_phrase(q) are the FTS5 queries `search`
# runs on documents_fts, ytekb_match_tones(q) and ytekb_phrase_tones(q) those on
# documents_fts_tones (each NULL when there is nothing to search for or the query
# is for the other table: accents choose, see `index_for`), ytekb_tones_filter(q)
# the forms a plain query's i/y words must have (`tones_filter`). The other canned
# queries are plain SQL. ytekb_words(s), which main's officials_in used, is kept for saved
# queries: `s` folded (accents, đ, case) between spaces, for whole-word instr().
SQL_FUNCTIONS = {"ytekb_tones_filter": _or_none(tones_filter, LOOSE),
                 "ytekb_match": _or_none(fts_query, LOOSE),
                 "ytekb_phrase": _or_none(phrase_query, LOOSE),
                 "ytekb_match_tones": _or_none(fts_query, TONES),
                 "ytekb_phrase_tones": _or_none(phrase_query, TONES),
                 "ytekb_words": _folded_words}


def register(conn: sqlite3.Connection) -> None:
    for name, fn in SQL_FUNCTIONS.items():
        conn.create_function(name, 1, fn, deterministic=True)
    conn.create_function("ytekb_whole_snippet", 5, whole_snippet, deterministic=True)


def search(db: sqlite_utils.Database, query: str, raw: bool = False, source: str | None = None,
           when: Window = Window(), entity: Target | None = None,
           limit: int | None = 20) -> Rows:
    """Documents {document, title, published, snippet, source, score}, best first."""
    if raw and not (query or "").strip():
        raise QueryError("nothing to search for: the query is empty")
    match = query if raw else fts_query(query)
    phrase = None if raw else phrase_query(query)
    table = raw_index_for(query) if raw else index_for(query)
    where = [f"{table} MATCH ?", "d.duplicate_of IS NULL"]
    params: list[Any] = [match]
    if source:
        where.append("(s.name = ? COLLATE NOCASE OR instr(lower(coalesce(d.canonical_url, "
                     "d.url, '')), lower(?)) > 0)")
        params += [source, source]
    date_sql, date_params = when.sql("substr(d.published, 1, 10)")
    where.append(date_sql)
    params += date_params
    exact = None if raw else tones_filter(query)
    if exact:
        where.append(f"d.id IN (SELECT rowid FROM {TONES} WHERE {TONES} MATCH ?)")
        params.append(exact)
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
    filtered = bool(source or when or entity is not None or exact)
    try:
        found = _ranked(db, table, where, params, limit, filtered, phrase)
        snippets = _snippets(db, table, match, [r["document_id"] for r in found if not r["phrase"]],
                             1 if raw else phrase_words(query, False))
        snippets.update(_snippets(db, table, phrase,
                                  [r["document_id"] for r in found if r["phrase"]],
                                  phrase_words(query, True)))
        total = len(found)
        if limit and total >= limit:
            total = max(total, db.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {table} JOIN documents d "
                f"ON d.id = {table}.rowid LEFT JOIN sources s ON s.id = d.source_id WHERE "
                + " AND ".join(where) + " LIMIT ?)", [*params, COUNT_CAP]).fetchone()[0])
    except sqlite3.OperationalError as err:
        raise _fts_error(query, err, raw) from None
    return Rows([{"date": (r["published"] or "")[:10] or None, "published": r["published"],
                  "document": r["document"], "title": r["title"],
                  "snippet": snippets.get(r["document_id"], ""), "source": r["source"],
                  "score": round(-r["score"], 6), "document_id": r["document_id"]}
                 for r in found], total)


def _ranked(db: sqlite_utils.Database, table: str, where: list[str], params: list[Any], limit: int | None,
            filtered: bool, phrase: str | None = None) -> list[dict[str, Any]]:
    """The best `limit` documents: those holding `phrase` first, then by bm25.
    Unfiltered, the FTS table ranks alone and only the winners meet the documents
    table; filtered, matches are joined first so the filters apply before the cut
    (and bm25 is computed only for what passes)."""
    cols = ("d.id AS document_id, f.score, f.phrase, coalesce(d.canonical_url, d.url, d.name, "
            "d.key) AS document, d.title, d.published, s.name AS source")
    rest = " AND ".join(where[1:])
    rank = f"bm25({table}, 4.0, 1.0)"   # a match in the title counts more than one in the text
    if phrase:
        fts = (f"SELECT rowid, {rank} AS score, rowid IN (SELECT rowid FROM {table} "
               f"WHERE {table} MATCH ?) AS phrase FROM {table} WHERE {table} MATCH ?")
        head = [phrase, params[0]]
    else:
        fts = f"SELECT rowid, {rank} AS score, 0 AS phrase FROM {table} WHERE {table} MATCH ?"
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
        total = db.execute(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE "
                           f"{table} MATCH ? LIMIT ?)", [params[0], fetch]).fetchone()[0]
        if total < fetch:
            return found
        fetch *= 4


def _snippets(db: sqlite_utils.Database, table: str, match: str, ids: list[int],
              words: int = 1) -> dict[int, str]:
    """Highlighted extracts, made only for the rows shown (snippet() is not cheap); a
    phrase of `words` words the window cut is completed from the document's text."""
    out: dict[int, str] = {}
    for part in chunks(ids):
        if part:
            out.update(db.execute(
                f"SELECT rowid, snippet({table}, -1, ?, ?, '…', 24) FROM {table} "
                f"WHERE {table} MATCH ? AND rowid IN ({placeholders(len(part))})",
                [START, END, match, *part]).fetchall())
    for doc_id in [k for k, v in out.items() if v and cut(v, words)]:
        title, text = db.execute("SELECT title, text FROM documents WHERE id = ?",
                                 [doc_id]).fetchone()
        out[doc_id] = whole(out[doc_id], words, [text, title])
    return {k: highlighted(v) for k, v in out.items()}


def _fts_error(query: str, err: sqlite3.OperationalError, raw: bool) -> Exception:
    """A user's FTS5 syntax error becomes a QueryError; anything else stays itself."""
    message = str(err)
    if raw and "locked" not in message and "disk" not in message:
        return QueryError(f"invalid FTS5 query {query!r} ({message}); "
                          "drop --raw to search for the words as typed")
    return err
