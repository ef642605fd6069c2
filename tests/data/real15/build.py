#!/usr/bin/env python3
"""Rebuild the real15 texts from a git directory of undertheseanlp/resources (dantri.com.vn, 2020-2021).

    python3 tests/data/real15/build.py GIT_DIR OUT_DIR     # e.g. OUT_DIR = .eval/real15

Same commit and conversion as ../real14/build.py (this runs its main with the list of paths
beside this file). OUT_DIR must stay out of git. Stdlib only.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":   # tests/data is no package: real14's build.py is run by its path
    here = Path(__file__).resolve().parent
    real14 = runpy.run_path(str(here.parent / "real14" / "build.py"))
    sys.exit(real14["main"](sys.argv[1:], here / "selection.txt", __doc__))
