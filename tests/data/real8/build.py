#!/usr/bin/env python3
"""Rebuild the real8 texts from a git directory of the public VietNews corpus.

    python3 tests/data/real8/build.py GIT_DIR OUT_DIR      # e.g. OUT_DIR = .eval/real8

Same corpus commit and text clean-up as ../real2/build.py (this runs its main with the
list of paths beside this file, so every set is rebuilt identically).
Each path becomes OUT_DIR/{split}_{id}.txt, e.g. data/val_tokenized/021366.txt.seg ->
val_021366.txt. OUT_DIR must stay out of git: the articles carry no licence for
redistribution. Stdlib only.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SELECTION = Path(__file__).with_name("selection.txt")
_REAL2 = Path(__file__).resolve().parent.parent / "real2" / "build.py"


def main(argv: list[str]) -> int:
    spec = importlib.util.spec_from_file_location("real2_build", _REAL2)  # tests/data is no package
    real2 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real2)
    return real2.main(argv, SELECTION, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
