"""Bounded HTML: flatten nesting past a depth limit before any parser sees the page.

Tree walks in BeautifulSoup and our chrome stripping cost time in proportion to
depth for every node, so 10,000 nested `<div>`s took over a minute of CPU for a
100 KB page, and libxml2 silently drops everything below depth 256. One linear
pass over the tags here removes start tags (and their end tags) that would open
an element deeper than `MAX_DEPTH`, and every tag past `MAX_ELEMENTS`: the text
stays, only the excess structure goes. Real news pages stay far below both
limits and pass through unchanged.
"""
from __future__ import annotations

import re

MAX_DEPTH = 100          # open elements that must be closed (div, span, table, ul, ...)
MAX_ELEMENTS = 30_000    # tags kept per page; the rest are dropped, their text kept

# Elements without content, or whose end tag the parser may imply: they never nest deeply.
_NO_DEPTH = frozenset("""area base br col embed hr img input link meta param source track wbr
keygen command basefont frame isindex p li dt dd option optgroup tr td th thead tbody tfoot
colgroup caption rb rt rtc rp""".split())
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript", "iframe",
                       "noembed", "noframes", "plaintext"})
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"                                     # comment: skipped whole
    r"|<(?P<end>/?)(?P<name>[A-Za-z][^\s/>]*)[^>]{0,4096}>",  # a tag (bounded look-ahead)
    re.S)


def bounded(html: str, max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS) -> str:
    """`html` with nesting deeper than `max_depth` flattened; unchanged when within limits."""
    if html.count("<") <= max_depth:
        return html  # too few tags to go over any limit
    flat = _Flattener(max_depth, max_elements)
    pieces: list[str] = []
    last = pos = 0
    while (m := _TOKEN.search(html, pos)) is not None:
        pos = m.end()
        name = m.group("name")
        if name is None:
            continue
        name = name.lower()
        if not m.group("end") and name in _RAW_TEXT:
            close = re.compile(rf"</{name}\s*>", re.I).search(html, pos)
            pos = close.end() if close else len(html)  # tags inside a script are not markup
        elif not flat.keep(name, bool(m.group("end")), m.group(0).endswith("/>")):
            pieces.append(html[last:m.start()])
            last = m.end()
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)


class _Flattener:
    """Tracks open elements; says which tags to drop to stay within the limits."""

    def __init__(self, max_depth: int, max_elements: int) -> None:
        self.max_depth, self.max_elements = max_depth, max_elements
        self.stack: list[str] = []
        self.dropped: dict[str, int] = {}
        self.kept = 0

    def keep(self, name: str, end: bool, self_closing: bool) -> bool:
        if end:
            if self.dropped.get(name):
                self.dropped[name] -= 1
                return False
            if name in self.stack:
                while self.stack.pop() != name:
                    pass
            return True
        nests = not (self_closing or name in _NO_DEPTH)
        if self.kept >= self.max_elements or (nests and len(self.stack) >= self.max_depth):
            if nests:
                self.dropped[name] = self.dropped.get(name, 0) + 1
            return False
        self.kept += 1
        if nests:
            self.stack.append(name)
        return True
