#!/usr/bin/env python3
"""Keyword-in-context lines around a regex in the VietNews corpus, for studying how
real writing states facts ("how do journalists write a Deputy Minister's portfolio?").

    python3 scripts/corpus/concordance.py 'Thứ trưởng Y tế' --max 30
    python3 scripts/corpus/concordance.py '\\b(GĐ|PGĐ|TGĐ)\\b' --all --width 50
    python3 scripts/corpus/concordance.py 'hợp tác với' --sort right

Lines go to the terminal only: corpus text must never be committed. Held-out
articles are never read (see vietnews.py).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import vietnews


@dataclass(frozen=True)
class Line:
    doc: str
    left: str
    match: str
    right: str

    def render(self, width: int) -> str:
        return f"{self.doc:<14} {self.left:>{width}} [{self.match}] {self.right:<{width}}"


def _flat(text: str) -> str:
    return text.replace("\n", " ⏎ ")


def kwic(name: str, text: str, pattern: re.Pattern[str], width: int) -> Iterator[Line]:
    """One line per match: `width` characters each side, newlines shown as ⏎."""
    for m in pattern.finditer(text):
        left = _flat(text[max(0, m.start() - width):m.start()])[-width:]
        right = _flat(text[m.end():m.end() + width])[:width]
        yield Line(name, left, _flat(m.group(0)), right)


def concordance(docs: Iterable[vietnews.CorpusDoc], pattern: re.Pattern[str], width: int,
                max_lines: int | None) -> list[Line]:
    out: list[Line] = []
    for doc in docs:
        for line in kwic(doc.name, doc.text, pattern, width):
            out.append(line)
            if max_lines is not None and len(out) >= max_lines:
                return out
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("pattern", help="Python regex over the rebuilt (readable) text")
    parser.add_argument("--width", type=int, default=60, help="context characters each side")
    parser.add_argument("--max", type=int, default=50, help="stop after N lines (0: no limit)")
    parser.add_argument("-i", "--ignore-case", action="store_true")
    parser.add_argument("--sort", choices=("corpus", "left", "right", "match"), default="corpus",
                        help="order lines by corpus order or by the text next to the match")
    vietnews.add_corpus_args(parser, health_default=True)
    args = parser.parse_args(argv)
    try:
        pattern = re.compile(args.pattern, re.IGNORECASE if args.ignore_case else 0)
    except re.error as err:
        print(f"concordance: bad pattern: {err}", file=sys.stderr)
        return 2
    try:
        lines = concordance(vietnews.docs_from_args(args), pattern, args.width, args.max or None)
    except vietnews.CorpusError as err:
        print(f"concordance: {err}", file=sys.stderr)
        return 2
    keys = {"left": lambda l: l.left[::-1].lower(), "right": lambda l: l.right.lower(),
            "match": lambda l: l.match.lower()}
    if args.sort in keys:
        lines.sort(key=keys[args.sort])
    for line in lines:
        print(line.render(args.width))
    print(f"{len(lines)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
