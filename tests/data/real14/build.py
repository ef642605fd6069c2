#!/usr/bin/env python3
"""Rebuild the real14 texts from a git directory of undertheseanlp/resources (dantri.com.vn, 2020-2021).

    python3 tests/data/real14/build.py GIT_DIR OUT_DIR     # e.g. OUT_DIR = .eval/real14

Same commit and conversion as ../real9/build.py (header lines dropped, title and body lines
joined by newlines, OUT_DIR/{doc_id}.txt), with the list of paths beside this file.
OUT_DIR must stay out of git. Stdlib only.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path


def main(argv: list[str], selection: Path, usage: str) -> int:
    # tests/data is no package: real9's and real2's build.py are run by their paths
    here = Path(__file__).resolve().parent
    real9 = runpy.run_path(str(here.parent / "real9" / "build.py"))
    real2 = runpy.run_path(str(here.parent / "real2" / "build.py"))
    return real2["write_texts"](argv, selection, usage, real9["COMMIT"], real9["_named"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], Path(__file__).resolve().with_name("selection.txt"), __doc__))
