"""Search snippets: the highlighted words of a match, shown in "[" "]".

An article may hold brackets of its own ("Ảnh minh họa [1]"), so the highlight is
asked of FTS5's snippet() with markers no press text holds (private-use characters)
and only then written as "[" "]"; the snippet keeps how many of the article's own
"[" come before the first highlight, so a narrow table can find it.

snippet() opens its window at a sentence's start when it can, and a phrase starting
in the window's last words is cut ("…được Trung tâm [Kiểm]…" for "kiểm soát bệnh
tật"); `whole` completes such a highlight from the article's text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

START, END = "\ue000", "\ue001"   # snippet()'s markers (Unicode private use)
ELLIPSIS = "…"
WORD = re.compile(r"[^\W_]+")     # a token of FTS5's unicode61 tokenizer


class Snippet(str):
    """A snippet as people read it; `lead`: the article's own "[" before the first
    highlighted words. JSON, CSV and templates see a plain string."""

    lead: int

    def __new__(cls, text: str, lead: int = 0) -> Snippet:
        self = super().__new__(cls, text)
        self.lead = lead
        return self


def highlighted(marked: str | None) -> Snippet:
    """snippet()'s output (START/END markers) as a Snippet; adjacent highlighted words
    read as one: "[chuyển] [giao]" -> "[chuyển giao]"."""
    marked = (marked or "").replace(f"{END} {START}", " ")
    first = marked.find(START)
    lead = marked.count("[", 0, first) if first >= 0 else 0
    return Snippet(marked.replace(START, "[").replace(END, "]"), lead)


def first_highlight(text: str, lead: int = 0) -> tuple[int, int]:
    """(start, end) of the first highlighted words' "[" and "]" in `text`, past `lead`
    of the article's own "["; (-1, -1) when there is none."""
    start = -1
    for _ in range(lead + 1):
        start = text.find("[", start + 1)
        if start < 0:
            return -1, -1
    return start, text.find("]", start)


def _merged(marked: str) -> str:
    return marked.replace(f"{END} {START}", " ")


def _edges(marked: str) -> tuple[str | None, str | None]:
    """The first and the last highlight's words when they touch a cut edge ("…[" at the
    start, "]…" at the end), else None."""
    head = ELLIPSIS + START
    first = marked[len(head):marked.find(END)] if marked.startswith(head) else None
    last = (marked[marked.rfind(START) + 1:-len(END + ELLIPSIS)]
            if marked.endswith(END + ELLIPSIS) else None)
    return first, last


def cut(marked: str, words: int) -> bool:
    """Does a highlight of fewer than `words` words touch a cut edge of the snippet
    (a phrase of `words` words the window's edge split)?"""
    if words < 2:
        return False
    return any(edge is not None and len(WORD.findall(edge)) < words
               for edge in _edges(_merged(marked)))


def _spans(marked: str) -> tuple[str, list[list[int]]]:
    """The snippet's plain text (no ellipses) and its highlights' [start, end] in it."""
    body = marked[len(ELLIPSIS):] if marked.startswith(ELLIPSIS) else marked
    body = body[:-len(ELLIPSIS)] if body.endswith(ELLIPSIS) else body
    plain, spans, size = [], [], 0
    for piece in re.split(f"([{START}{END}])", body):
        if piece == START:
            spans.append([size, -1])
        elif piece == END and spans:
            spans[-1][1] = size
        else:
            plain.append(piece)
            size += len(piece)
    return "".join(plain), [s for s in spans if s[1] >= 0]


def whole(marked: str | None, words: int, columns: Sequence[str | None]) -> str:
    """`marked` (snippet()'s output, START/END markers) with a phrase of `words` words
    that its window's edge cut completed from the column it was read from (`columns`:
    the indexed texts); else as it is. The snippet grows by the missing words."""
    marked = _merged(marked or "")
    if not cut(marked, words):
        return marked
    plain, spans = _spans(marked)
    col, at = next(((c, c.find(plain)) for c in columns if c and plain and plain in c),
                   ("", -1))
    if at < 0 or not spans:
        return marked
    spans = [[at + a, at + b] for a, b in spans]
    start, end = at, at + len(plain)
    first, last = _edges(marked)
    if len(spans) == 1 and first is not None and last is not None:
        first = None   # one highlight at both cut edges: grow the end only (was: both ways)
    missing = words - len(WORD.findall(first or ""))
    if first is not None and spans[0][0] == start and missing > 0:
        before = list(WORD.finditer(col, max(0, start - 80 * missing), start))[-missing:]
        start = spans[0][0] = before[0].start() if before else start
    missing = words - len(WORD.findall(last or ""))
    if last is not None and spans[-1][1] == end and missing > 0:
        after = [m for _, m in zip(range(missing), WORD.finditer(col, end))]
        end = spans[-1][1] = after[-1].end() if after else end
    out, pos = [], start
    for a, b in spans:
        out += [col[pos:a], START, col[a:b], END]
        pos = b
    out.append(col[pos:end])
    return ((ELLIPSIS if WORD.search(col, 0, start) else "") + "".join(out)
            + (ELLIPSIS if WORD.search(col, end) else ""))
