#!/usr/bin/env python3
"""Linear-time check: one long document must cost about what its parts cost.

    python scripts/bench_concat.py DIR [--chars 1500000] [--json]

Reads the .txt files in DIR (for example .eval/real, or any folder of
articles), repeats them in a fixed order until about `--chars` characters,
then runs the full extraction twice in this process: once per article, once
on a single document made of all of them joined by blank lines. For every
component it prints the CPU time per million characters both ways and their
ratio (joined / separate). A component whose work grows faster than the text
shows a ratio well above 1 (a quadratic one grows with the document length);
about 1 is linear. Ratios, not absolute times, are the result: the machine is
shared and noisy.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors import REGISTRY  # noqa: E402
from extractors.doc import Doc  # noqa: E402
from extractors.signals import forget_answers  # noqa: E402
from pipeline.stages import EXTRACTION  # noqa: E402


def load(folder: Path, chars: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"bench_concat: no .txt files in {folder}")
    out, total, i = [], 0, 0
    while total < chars:
        out.append(texts[i % len(texts)])
        total += len(out[-1])
        i += 1
    return out


def timed_run(text: str, cost: dict[str, float]) -> None:
    """Run every component on one document, adding each one's CPU time to `cost`."""
    doc = Doc(text=text)
    for name in EXTRACTION:
        t0 = time.process_time()
        doc = REGISTRY[name][0](doc)
        cost[name] = cost.get(name, 0.0) + time.process_time() - t0


def measure(texts: list[str]) -> tuple[dict[str, float], dict[str, float]]:
    # each pass asks underthesea afresh: reusing the separate pass's answers made the joined
    # pass look cheaper than it is
    forget_answers()
    separate: dict[str, float] = {}
    for text in texts:
        timed_run(text, separate)
    forget_answers()
    joined: dict[str, float] = {}
    timed_run("\n\n".join(texts), joined)
    return separate, joined


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--chars", type=int, default=1_500_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    texts = load(args.folder, args.chars)
    timed_run(texts[0], {})  # warm caches (lexicons, compiled patterns)
    separate, joined = measure(texts)
    mchars = sum(len(t) for t in texts) / 1e6
    rows = {name: {"separate_s_per_mchar": round(separate[name] / mchars, 3),
                   "joined_s_per_mchar": round(joined[name] / mchars, 3),
                   "ratio": round(joined[name] / separate[name], 2) if separate[name] else None}
            for name in EXTRACTION}
    total_sep, total_join = sum(separate.values()), sum(joined.values())
    summary = {"documents": len(texts), "chars": int(mchars * 1e6), "components": rows,
               "total_ratio": round(total_join / total_sep, 2)}
    if args.json:
        print(json.dumps(summary))
        return
    print(f"{len(texts)} articles, {summary['chars']:,} chars; CPU s per million chars")
    print(f"{'component':15} {'separate':>9} {'joined':>9} {'ratio':>6}")
    for name, r in rows.items():
        print(f"{name:15} {r['separate_s_per_mchar']:9.3f} {r['joined_s_per_mchar']:9.3f} "
              f"{r['ratio'] if r['ratio'] is not None else '-':>6}")
    print(f"{'total':15} {total_sep / mchars:9.3f} {total_join / mchars:9.3f} "
          f"{summary['total_ratio']:>6}")


if __name__ == "__main__":
    main()
