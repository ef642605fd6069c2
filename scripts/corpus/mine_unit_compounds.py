#!/usr/bin/env python3
"""Mine multi-syllable nouns that follow numbers in VietNews' word-segmented text.

VietNews is word-segmented (compounds joined by "_": "thi_thể", "hải_lý", "bác_sĩ").
Every lower-case compound of 2-4 syllables seen as one of the two words right after
a number ("2 thi_thể", "1 nữ bác_sĩ") is counted; those seen at least --min times are
written to extractors/data/unit_compounds.json, so the figures extractor can end a
unit at a compound's boundary instead of inside it. Counts only, never text.

    python3 scripts/corpus/mine_unit_compounds.py --all --shuffled --limit 60000 --min 5
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import vietnews

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "extractors" / "data" / "unit_compounds.json"
NUMBER = re.compile(r"^\d[\d.,]*$")
MULTIPLIERS = {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm", "chục"}
COMPOUND = re.compile(r"^[^\W\d_]+(?:_[^\W\d_]+){1,3}$")


def compounds_after_numbers(seg: str) -> list[str]:
    """The compounds among the two words after each number token of one article."""
    found = []
    for line in seg.splitlines():
        toks = line.split()
        for i, tok in enumerate(toks):
            if not NUMBER.match(tok):
                continue
            j = i + 1
            if j < len(toks) and toks[j].lower() in MULTIPLIERS:
                j += 1
            for word in toks[j:j + 2]:
                if COMPOUND.match(word) and word.islower():
                    found.append(word.replace("_", " "))
                    break
                if not word.isalpha() or not word.islower():
                    break
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    vietnews.add_corpus_args(parser, health_default=True)
    parser.add_argument("--min", type=int, default=3, help="keep compounds seen this often")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    docs = 0
    for doc in vietnews.docs_from_args(args):
        docs += 1
        counts.update(compounds_after_numbers(doc.seg))
    kept = {w: n for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= args.min}
    kind = "health articles" if args.health else "articles (shuffled order)"
    data = {"_doc": (f"Lower-case compounds seen among the two words after a number in {docs} "
                     f"VietNews {kind} (word-segmented), with counts, kept when seen "
                     f">= {args.min} times; built by scripts/corpus/mine_unit_compounds.py. "
                     "figures.py ends a unit at these compounds' boundaries."),
            "compounds": kept}
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{docs} articles, {len(counts)} compounds, {len(kept)} kept -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
