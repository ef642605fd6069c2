#!/usr/bin/env python3
"""Rebuild the real37 texts from a git directory of the public VietNews corpus.

    python3 tests/data/real37/build.py GIT_DIR OUT_DIR      # e.g. OUT_DIR = .eval/real37

Same corpus commit and text clean-up as ../real2/build.py (this runs its main with the
list of paths beside this file, so every set is rebuilt identically).
Each path becomes OUT_DIR/{split}_{id}.txt, e.g. data/val_tokenized/021366.txt.seg ->
val_021366.txt. OUT_DIR must stay out of git: the articles carry no licence for
redistribution. Stdlib only.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":   # tests/data is no package: real2's build.py is run by its path
    here = Path(__file__).resolve().parent
    real2 = runpy.run_path(str(here.parent / "real2" / "build.py"))
    sys.exit(real2["main"](sys.argv[1:], here / "selection.txt", __doc__))
