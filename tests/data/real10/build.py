#!/usr/bin/env python3
"""Rebuild the real10 texts from a git directory of magizbox/scraper (baomoi.com, 2016-2017).

    python3 tests/data/real10/build.py GIT_DIR OUT_DIR     # e.g. OUT_DIR = .eval/real10

GIT_DIR is a clone or bare mirror of github.com/magizbox/scraper; every path in
selection.txt (vn_news/data/NNNNNNNN.txt: a baomoi.com article, title line then body
lines) is read at COMMIT and written to OUT_DIR/baomoi_NNNNNNNN.txt with trailing spaces
and blank lines dropped and a final newline; the text is kept as stored (no Unicode
normalisation). OUT_DIR must stay out of git: the articles carry no licence for
redistribution, so only the paths and the gold live here. Deterministic; stdlib only.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

COMMIT = "3387ada618569fd73517092f2215a89398d8f7ee"


def convert(raw: str) -> str:
    """Title and body lines, stripped on the right, blank lines dropped."""
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line.strip()) + "\n"


def main(argv: list[str], selection: Path, usage: str) -> int:
    # tests/data is no package: real2's build.py, run by its path, reads and writes every set
    real2 = runpy.run_path(str(Path(__file__).resolve().parent.parent / "real2" / "build.py"))
    return real2["write_texts"](argv, selection, usage, COMMIT,
                                lambda raw, path: (f"baomoi_{Path(path).stem}.txt", convert(raw)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], Path(__file__).with_name("selection.txt"), __doc__))
