"""The same text gives the same facts in every process: a choice between equally good
candidates must not follow the order of a set, which Python's per-process string hashing
changes (a rerun, or another worker under --jobs, would then store other facts)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# one quantity written with two units of the same length, then bare: which one names it?
TEXT = ("Tỉnh đã tiếp nhận 13.450 liều vaccine Covid-19. Sở Y tế cho biết 13.450 liều vắc xin "
        "sẽ được tiêm trong tháng. Đợt này có 13.450 liều được phân bổ cho các huyện.")
CODE = ("import json, sys; from extractors import run; from extractors.doc import Doc; "
        "from pipeline.stages import EXTRACTION; "
        "doc = run(Doc(text=sys.argv[1]), EXTRACTION); "
        "print(json.dumps(sorted((f.text, f.unit) for f in doc.figures), ensure_ascii=False))")


def _figures(seed: int) -> list:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run([sys.executable, "-c", CODE, TEXT], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    return json.loads(out)


def test_figure_units_do_not_depend_on_the_hash_seed() -> None:
    results = [_figures(seed) for seed in (1, 2, 3, 6)]
    assert all(r == results[0] for r in results), results
