#!/usr/bin/env python3
"""Rebuild the real6 texts from a git directory of the public VietNews corpus.

    python3 tests/data/real6/build.py GIT_DIR OUT_DIR      # e.g. OUT_DIR = .eval/real6

Same corpus commit and text clean-up as ../real2/build.py, whose functions this reuses (so
the sets are rebuilt identically); only the list of paths, selection.txt beside this file,
differs. Each path becomes OUT_DIR/{split}_{id}.txt, e.g. data/test_tokenized/013612.txt.seg
-> test_013612.txt. OUT_DIR must stay out of git: the articles carry no licence for
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
