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
# tests/data is no package: real9's build.py, run by its path, reads selections and git blobs
_REAL9 = runpy.run_path(str(Path(__file__).resolve().parent.parent / "real9" / "build.py"))
selected_paths = _REAL9["selected_paths"]


def read_blob(git_dir: str, path: str) -> str:
    return _REAL9["read_blob"](git_dir, path, COMMIT)


def convert(raw: str) -> str:
    """Title and body lines, stripped on the right, blank lines dropped."""
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line.strip()) + "\n"


def main(argv: list[str], selection: Path, usage: str) -> int:
    if len(argv) != 2:
        print(usage.strip(), file=sys.stderr)
        return 2
    git_dir, out_dir = argv
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = selected_paths(selection)
    for path in paths:
        (out / f"baomoi_{Path(path).stem}.txt").write_text(convert(read_blob(git_dir, path)),
                                                          encoding="utf-8")
    print(f"{len(paths)} texts written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], Path(__file__).with_name("selection.txt"), __doc__))
