"""Search snippets: the highlighted words of a match, shown in "[" "]".

An article may hold brackets of its own ("Ảnh minh họa [1]"), so the highlight is
asked of FTS5's snippet() with markers no press text holds (private-use characters)
and only then written as "[" "]"; the snippet keeps how many of the article's own
"[" come before the first highlight, so a narrow table can find it.
"""
from __future__ import annotations

START, END = "\ue000", "\ue001"   # snippet()'s markers (Unicode private use)


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
