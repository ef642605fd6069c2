#!/usr/bin/env python3
"""Rebuild the real36 texts from a git directory of magizbox/scraper (baomoi.com, 2016-2017).

    python3 tests/data/real36/build.py GIT_DIR OUT_DIR     # e.g. OUT_DIR = .eval/real36

Same commit and clean-up as ../real10/build.py (this runs its main with the list of paths
beside this file). OUT_DIR must stay out of git. Stdlib only.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":   # tests/data is no package: real10's build.py is run by its path
    here = Path(__file__).resolve().parent
    real10 = runpy.run_path(str(here.parent / "real10" / "build.py"))
    sys.exit(real10["main"](sys.argv[1:], here / "selection.txt", __doc__))
