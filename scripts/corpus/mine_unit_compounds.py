#!/usr/bin/env python3
"""Mine multi-syllable nouns that follow numbers in VietNews' word-segmented text.

VietNews is word-segmented (compounds joined by "_": "thi_thể", "hải_lý", "bác_sĩ").
Every lower-case compound of 2-4 syllables seen as one of the two words right after
a number ("2 thi_thể", "1 nữ bác_sĩ") is counted; those seen at least --min times are
written to extractors/data/unit_compounds.json (through lexfile: a `_provenance` header,
one entry per line, an atomic write), so the figures extractor can end a unit at a
compound's boundary instead of inside it. Counts only, never text.

    python3 scripts/corpus/mine_unit_compounds.py --all --shuffled --limit 60000 --min 5 --date 2026-12-04
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import lexfile
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
    parser.add_argument("--date", default=dt.date.today().isoformat(), help="build date for the header")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    docs = 0
    for doc in vietnews.docs_from_args(args):
        docs += 1
        counts.update(compounds_after_numbers(doc.seg))
    kept = [{"compound": w, "count": n} for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            if n >= args.min]
    order = "health articles" if args.health else "articles"
    header = lexfile.provenance(
        "unit_compounds", commit=args.commit, date=args.date, articles=docs,
        method=[f"{order} in {'shuffled' if args.shuffled else 'path'} order (reserved files skipped)",
                "each number token's next two words (past one multiplier: nghìn, triệu, …); the first "
                "lower-case compound of 2-4 syllables among them is counted",
                "figures.py ends a count unit at these compounds' boundaries"],
        thresholds={"min_count": args.min, "articles": args.limit},
        cleaning=["lower-case words only; underscores of the segmentation become spaces"],
        counts={"compounds": len(kept)})
    header["builder"] = "python3 scripts/corpus/mine_unit_compounds.py"
    lexfile.write(args.out, header, {"compounds": kept})
    print(f"{docs} articles, {len(counts)} compounds, {len(kept)} kept -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
