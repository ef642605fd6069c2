#!/usr/bin/env python3
"""How the press writes a person's role next to the name, counted on VietNews.

For every Vietnamese-looking personal name (one segmented token, `Nguyễn_Văn_A`) this
counts the words written right before it (after address terms and honorifics: the
title phrase of "Giám đốc Sở Y tế Nghệ An Nguyễn Văn A") and right after ", " / " - " /
" (" (the title phrase of "Nguyễn Văn A, Phó Giám đốc …"). A phrase is cut at
punctuation and reduced to its first two words, lower-cased, so "Giám đốc Sở Y tế" and
"giám đốc bệnh viện" both count as "giám đốc".

Phrases the title lexicon (extractors/titles.py) does not start with are listed apart:
the candidates for new titles. Counts only are printed; no text.

    python3 scripts/corpus/mine_role_contexts.py --health --limit 20000 --top 60
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

import segtokens as st
import vietnews
from mine_persons import is_honorific

from extractors.titles import title_re  # noqa: E402  (segtokens puts the repo on sys.path)

_PUNCT = frozenset({",", ";", ":", ".", "(", ")", "-", "–", '"', "“", "”", "!", "?"})
_LEAD = frozenset({",", "-", "–", "("})


def _phrase(tokens: list[str]) -> str:
    return " ".join(st.words(t) for t in tokens[:2]).lower()


def contexts(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(phrases before names, phrases after "NAME ,|-|(") of one sentence."""
    before, after = [], []
    for i, tok in enumerate(tokens):
        if not st.looks_vietnamese_person(tok):
            continue
        j = i
        while j > 0 and is_honorific(tokens[j - 1]):
            j -= 1
        k = j
        while k > 0 and tokens[k - 1] not in _PUNCT and j - k < 8 and not st.looks_vietnamese_person(tokens[k - 1]):
            k -= 1
        if k < j:
            before.append(_phrase(tokens[k:j]))
        if i + 2 < len(tokens) and tokens[i + 1] in _LEAD:
            rest = []
            for t in tokens[i + 2:i + 6]:
                if t in _PUNCT:
                    break
                rest.append(t)
            if rest:
                after.append(_phrase(rest))
    return before, after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    vietnews.add_corpus_args(parser, health_default=True)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args(argv)
    before, after = Counter(), Counter()
    for doc in vietnews.docs_from_args(args):
        for tokens in st.sentences(doc.seg):
            b, a = contexts(tokens)
            before.update(b)
            after.update(a)
    known = title_re()
    for label, counts in (("before a name", before), ("after 'NAME ,|-|('", after)):
        print(f"== {label}: known titles")
        print("  " + "; ".join(f"{p} {n}" for p, n in counts.most_common(400)
                              if known.match(p))[:3000])
        print(f"== {label}: not a known title (candidates)")
        for p, n in [(p, n) for p, n in counts.most_common(2000) if not known.match(p)][:args.top]:
            print(f"  {n:6d}  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
