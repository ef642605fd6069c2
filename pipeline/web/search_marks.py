"""The web search's highlights as <mark>, read from the snippet's plain brackets.

The canned search's `snippet` is what `ytekb search` prints, highlights between "[" "]",
and its JSON/CSV exports hold just that (no hidden column, no invisible characters in a
journalist's spreadsheet). An article's own brackets ("Theo báo cáo [2]") look the same,
so the page marks only a bracketed run whose every word is a word of the query (accents,
đ/d and i/y spellings as search ignores them; `word*` a prefix). Datasette 0.65's
render_cell hook is not given the request, so `remember_query` keeps the request's `q`
in a context variable for the cells of that request.
"""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any
from urllib.parse import parse_qs

from markupsafe import Markup, escape

from pipeline.query.snippets import WORD   # a token of FTS5's unicode61 tokenizer
from pipeline.query.text import fold, iy_twin

QUERY: ContextVar[str] = ContextVar("ytekb_search_query", default="")
_BRACKETED = re.compile(r"\[([^\[\]]+)\]")
_QUERY_WORD = re.compile(r"[^\W_]+\*?")

ASGIApp = Callable[[dict[str, Any], Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]],
                   Awaitable[None]]


def query_words(query: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, prefixes) of a plain query, folded, each i/y word with its twin."""
    words: set[str] = set()
    prefixes: list[str] = []
    for token in _QUERY_WORD.findall(query or ""):
        word = fold(token.rstrip("*"))
        if not word:
            continue
        forms = {word, iy_twin(word) or word}
        if token.endswith("*"):
            prefixes += sorted(forms)
        else:
            words |= forms
    return frozenset(words), tuple(prefixes)


def _is_highlight(inner: str, words: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    found = [fold(w) for w in WORD.findall(inner)]
    return bool(found) and all(w in words or w.startswith(prefixes) for w in found)


def marked(snippet: str, query: str) -> Markup:
    """`snippet` as HTML: escaped, each "[…]" of query words a <mark>; other brackets
    (the article's own) kept as written."""
    words, prefixes = query_words(query)
    out, pos = [], 0
    for m in _BRACKETED.finditer(snippet):
        out.append(str(escape(snippet[pos:m.start()])))
        inner = escape(m.group(1))
        out.append(f"<mark>{inner}</mark>" if _is_highlight(m.group(1), words, prefixes)
                   else f"[{inner}]")
        pos = m.end()
    out.append(str(escape(snippet[pos:])))
    return Markup("".join(out))


def remember_query(app: ASGIApp) -> ASGIApp:
    """`app` with each HTTP request's `q` in QUERY while it is answered."""
    async def remembering(scope: dict[str, Any], receive: Callable[..., Awaitable[Any]],
                          send: Callable[..., Awaitable[Any]]) -> None:
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        args = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
        token = QUERY.set((args.get("q") or [""])[0])
        try:
            await app(scope, receive, send)
        finally:
            QUERY.reset(token)
    return remembering
