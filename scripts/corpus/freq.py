#!/usr/bin/env python3
"""Frequency lists over the VietNews corpus: regex matches, segmented words, or what
follows a phrase. Counts are facts and may be kept; the texts may not.

    python3 scripts/corpus/freq.py regex '(?:Bộ trưởng|Thứ trưởng) ([A-ZĐ]\\w+(?: [a-zđ]\\w+)?)' --group 1
    python3 scripts/corpus/freq.py words --capitalised --all --top 100
    python3 scripts/corpus/freq.py after 'Bệnh viện' --tokens 2 --top 50

`regex` and `after` work on the rebuilt text; `words` counts the corpus's own
word segments (multi-syllable words joined by '_' in the corpus, shown with spaces).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable

import vietnews

WORD_CHARS = re.compile(r"\w", re.UNICODE)


def count_regex(texts: Iterable[str], pattern: re.Pattern[str], group: int = 0) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        for m in pattern.finditer(text):
            value = m.group(group)
            if value:
                counts[value] += 1
    return counts


def count_words(segs: Iterable[str], capitalised: bool = False) -> Counter[str]:
    """Corpus word segments; with `capitalised`, only capitalised ones not first in their line
    (so sentence-initial capitals do not count)."""
    counts: Counter[str] = Counter()
    for seg in segs:
        for line in seg.splitlines():
            tokens = line.split()
            for i, tok in enumerate(tokens):
                if not WORD_CHARS.search(tok):
                    continue
                if capitalised and (i == 0 or not tok[0].isupper() or tokens[i - 1] in {".", "!", "?", ":"}):
                    continue
                counts[tok.replace("_", " ")] += 1
    return counts


def count_after(texts: Iterable[str], phrase: str, tokens: int) -> Counter[str]:
    """The `tokens` space-separated words after each occurrence of `phrase` (same sentence)."""
    words = r"[^\s.,;:!?()\"“”]+"
    pattern = re.compile(re.escape(phrase) + r"((?: " + words + r"){1,%d})" % tokens)
    return count_regex(texts, pattern, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    sub = parser.add_subparsers(dest="mode", required=True)
    p_re = sub.add_parser("regex", help="count matches (or one group) of a regex")
    p_re.add_argument("pattern")
    p_re.add_argument("--group", type=int, default=0)
    p_re.add_argument("-i", "--ignore-case", action="store_true")
    p_words = sub.add_parser("words", help="count the corpus's word segments")
    p_words.add_argument("--capitalised", action="store_true",
                         help="only capitalised words that do not start a line or sentence")
    p_after = sub.add_parser("after", help="count what follows a phrase")
    p_after.add_argument("phrase")
    p_after.add_argument("--tokens", type=int, default=2, help="words to keep after the phrase")
    for p in (p_re, p_words, p_after):
        vietnews.add_corpus_args(p, health_default=True)
        p.add_argument("--top", type=int, default=50, help="print the N most frequent (0: all)")
        p.add_argument("--min-count", type=int, default=1)
        p.add_argument("--json", action="store_true", help="one JSON object instead of TSV")
    args = parser.parse_args(argv)
    stats = vietnews.ReadStats()
    try:
        docs = vietnews.docs_from_args(args, stats)
        if args.mode == "regex":
            try:
                pattern = re.compile(args.pattern, re.IGNORECASE if args.ignore_case else 0)
            except re.error as err:
                print(f"freq: bad pattern: {err}", file=sys.stderr)
                return 2
            counts = count_regex((d.text for d in docs), pattern, args.group)
        elif args.mode == "words":
            counts = count_words((d.seg for d in docs), args.capitalised)
        else:
            counts = count_after((d.text for d in docs), args.phrase, args.tokens)
    except (vietnews.CorpusError, IndexError) as err:
        print(f"freq: {err}", file=sys.stderr)
        return 2
    rows = [(k, n) for k, n in counts.most_common(args.top or None) if n >= args.min_count]
    if args.json:
        print(json.dumps({"articles": stats.yielded, "counts": dict(rows)}, ensure_ascii=False, indent=1))
    else:
        for k, n in rows:
            print(f"{n}\t{k}")
    print(f"{stats.yielded} articles, {len(counts)} distinct", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
