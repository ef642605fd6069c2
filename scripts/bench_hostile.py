#!/usr/bin/env python3
"""Linear-time check on hostile shapes: CPU per character at 1× and at 4× the size.

    python scripts/bench_hostile.py [--json]

Each shape once was super-linear (stop 37's sweep): 40,000 capitalised words in one
sentence (a name candidate tested against every organisation of its sentence), one
unpunctuated "sentence" of 100,000 characters (cooperation cues × clause length), thousands
of dates and document numbers (each new one tested against all taken). A ratio near 1 is
linear; a quadratic shape reads about 4. Ratios, not absolute times, are the result: the
machine is shared and noisy (the faster of two runs is kept).
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

from pipeline.extract import extract  # noqa: E402
from pipeline.records import Article  # noqa: E402

_WORDS = " ".join(["Sở", "Giám", "Đốc", "Bệnh", "Viện", "Trần", "Văn", "Hà", "Nội", "Tâm"])
_RUN = "Sở Y tế Hà Nội phối hợp Bệnh viện Chợ Rẫy khám cho người dân tại xã Tân Phú "
_DATE, _CODE = "ngày 12/3/2024, ", "Quyết định số 123/QĐ-BYT, Thông tư 12/2020/TT-BYT, "
SHAPES = {
    "capitalised words, one sentence": lambda n: " ".join([_WORDS] * (1000 * n)) + ".\n",
    "one unpunctuated sentence": lambda n: (_RUN * (400 * n))[:25_000 * n],
    "runs of dates": lambda n: _DATE * (800 * n) + "\n",
    "runs of document numbers": lambda n: _CODE * (300 * n) + "\n",
}


def cpu_per_char(text: str) -> float:
    """The faster of two extractions, in CPU seconds per character."""
    best = float("inf")
    for _ in range(2):
        t0 = time.process_time()
        extract(Article(source="bench", title="", text=text, path="bench.txt"))
        best = min(best, time.process_time() - t0)
    return best / len(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args()
    extract(Article(source="bench", title="", text="Sở Y tế Hà Nội họp ngày 1/2/2024.\n", path="w.txt"))  # loads
    rows = {}
    for name, make in SHAPES.items():
        one, four = cpu_per_char(make(1)), cpu_per_char(make(4))
        rows[name] = {"us_per_char_1x": round(one * 1e6, 2), "us_per_char_4x": round(four * 1e6, 2),
                      "ratio": round(four / one, 2)}
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print(f"{'shape':34} {'µs/char 1×':>11} {'µs/char 4×':>11} {'4×/1×':>6}")
        for name, r in rows.items():
            print(f"{name:34} {r['us_per_char_1x']:11.2f} {r['us_per_char_4x']:11.2f} {r['ratio']:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
