"""Evaluation gate: the extractor, run as the CLI and scored with the shared
scorer, must stay above pinned floors: on the shared dev gold (the seed
articles), and on our own held-out sets in tests/data/heldout*/ (original
articles annotated by the same rules, without reading the extractors).

The floors are deliberately below the current score (micro F1 ≈ 1.0 on dev):
the gate catches regressions, while the hidden set, not these five files, is
what tuning is for. Raise them only with evidence from more than the dev set.
"""
from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "dev"
SEEDS = SHARED / "corpus" / "seeds"

MICRO_F1_FLOOR = 0.95
ROW_FLOOR = 0.85
ROWS = ["organizations", "hospitals", "persons", "official_roles", "dates", "legal_documents",
        "figures", "cooperations"]
HELDOUT_FLOORS = {"heldout": (0.98, 0.85), "heldout2": (0.97, 0.9), "heldout3": (0.97, 0.8)}  # (micro F1, every row)

# Real press articles (../shared/eval/real gold; texts rebuilt into .eval/real from the
# public VietNews corpus, never committed). This is the gate that matters: the sets above
# are in our own style. Floors are raised step by step as general fixes land.
REAL_GOLD = SHARED / "eval" / "real" / "gold"
REAL_TEXTS = REPO / ".eval" / "real"
REAL_MICRO_FLOOR = 0.98
REAL_ROW_FLOORS = {"organizations": 0.95, "persons": 0.95, "official_roles": 0.95,
                   "dates": 0.97, "legal_documents": 0.95, "figures": 0.97,
                   "cooperations": 0.75}
REAL_PRECISION_FLOOR = 0.90  # per row (the bar); raised as the rows are fixed

# More real sets annotated blind by the same rules (tests/data/real2, real3: VietNews
# articles; texts rebuilt into .eval/<name> by their build.py, never committed). real2 is
# studied; real3 and real4 are kept blind: nobody reads their misses, so their floors
# estimate how the rules generalise to writing we never looked at. real5 (drawn like
# real4, scored 0.911 before anyone read its misses) and real6 (15 articles weighted to
# cooperation and non-health writing; 0.861 before its misses were read) are studied.
# real7 (drawn like real4; 0.904 unseen) and real8 (drawn like real3; 0.893 unseen) are
# studied since their first scores. real10 and real11 are baomoi.com articles (many outlets,
# 2016-17; 0.923 and 0.887 unseen): real10 is studied, real11 stays unread like real3 and real4.
# real12 and real13 (baomoi.com, 0.903 and 0.870 unseen) came in stop 20: real12 is studied,
# real13 stays unread. real16 and real17 (baomoi.com, 0.940 and 0.924 unseen with the
# extractors of d8db632) came in stop 21 and stay unread; real18 (VietNews, 0.924 unseen with
# the extractors of d8db632) is studied since its first score,
# and so is real19 (baomoi.com, 0.935 unseen). real21 (baomoi.com, health administration;
# 0.923 unseen with the extractors of e6378d1) came in stop 22 and is studied; real20
# (VietNews, 0.969 unseen with the same extractors) came with it and stays unread; so does
# real23 (baomoi.com, officials, cooperation and legal keywords; 0.925 unseen with the
# extractors of 70e2289, stop 23), while real22 (VietNews, cooperation keywords; 0.903 unseen
# with the same extractors) is studied. real25 (baomoi.com, hospital, technology-transfer and
# statistics keywords; 0.926 unseen with the extractors of 8e4d6b0, stop 24) stays unread;
# real24 (VietNews, officials, documents and statistics keywords; 0.896 unseen with the same
# extractors) is studied. real27 (baomoi.com, appointment, meeting and resolution keywords;
# 0.866 unseen with the extractors of 7c0986e, stop 25) stayed unread until stop 28 and is studied since; real26 (VietNews,
# cooperation keywords; 0.881 unseen with the same extractors) is studied, and so is real28
# (baomoi.com, organisation keywords; 0.928 unseen with the same extractors). real29 (VietNews,
# inspection and public-health keywords; 0.917 unseen with the extractors of aeeec6e, stop 26)
# is studied; real30 (baomoi.com, cooperation keywords with fallback tiers; 0.952 unseen with the
# same extractors) stays unread, and so does real32 (baomoi.com, officials keywords; 0.982 unseen
# with the same extractors); real31 (VietNews, cooperation keywords; 0.876 unseen with the same
# extractors) is studied from stop 27. real33 (VietNews, meeting, appointment and resolution
# keywords; 0.920 unseen with the extractors of 4d7bdc5, stop 27) stays unread, and so does real34
# (baomoi.com, general health news; 0.945 unseen with the same extractors). real35 (VietNews, general
# health news; 0.944 unseen with the extractors of e5ce26f, stop 28) and real36 (baomoi.com, general health
# news with a looser health filter; 0.955 unseen with the same extractors) stay unread; real37 (VietNews,
# cooperation, support and donation keywords; 0.875 unseen with the same extractors) is studied; real38
# (VietNews, hospital-work and statistics keywords; 0.925 unseen) and real39 (baomoi.com, longer articles;
# 0.893 unseen), both with the same extractors, stay unread. (real9, real14 and real15 were
# withdrawn in stop 21: they came from a corpus that ../shared/eval/real/reserved.txt holds
# out whole.)
REAL_SETS = {"real2": 0.955, "real3": 0.905, "real4": 0.925, "real5": 0.95, "real6": 0.965,
             "real7": 0.965, "real8": 0.965, "real10": 0.965, "real11": 0.93,
             "real12": 0.975, "real13": 0.91, "real16": 0.935, "real17": 0.94, "real18": 0.96, "real19": 0.96,
             "real20": 0.955, "real21": 0.97, "real22": 0.965, "real23": 0.93,
             "real24": 0.965, "real25": 0.93, "real26": 0.965, "real27": 0.93,
             "real28": 0.97, "real29": 0.955, "real30": 0.94, "real31": 0.95, "real32": 0.97,
             "real33": 0.93, "real34": 0.94, "real35": 0.955, "real36": 0.945, "real37": 0.955, "real38": 0.925, "real39": 0.90}  # micro-F1 floors


def _score(gold: Path, texts: Path) -> dict:
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found beside the repository ({SHARED})")
    if not (gold.is_dir() and texts.is_dir()):
        pytest.skip(f"no evaluation data at {gold}")
    cmd = " ".join(shlex.quote(p) for p in (sys.executable, "-m", "pipeline.cli")) + \
        " extract --jsonl {files}"
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--texts", str(texts),
         "--cmd", cmd, "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("{"), proc.stdout[-2000:]
    assert "no output for" not in proc.stdout, proc.stdout
    result = json.loads(lines[-1])
    result["_report"] = proc.stdout
    return result


@pytest.fixture(scope="module")
def scores() -> dict:
    if not (GOLD.is_dir() and SEEDS.is_dir()):
        pytest.skip(f"shared eval data not found beside the repository ({SHARED})")
    return _score(GOLD, SEEDS)


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_floor(name: str) -> None:
    base = REPO / "tests" / "data" / name
    result = _score(base / "gold", base / "texts")
    micro, row_floor = HELDOUT_FLOORS[name]
    assert result["micro_f1"] >= micro, result["_report"]
    for row in ROWS:
        assert result.get(row, 0) >= row_floor, result["_report"]


@pytest.fixture(scope="module")
def real_scores() -> dict:
    if not REAL_TEXTS.is_dir() or not any(REAL_TEXTS.glob("*.txt")):
        pytest.skip(f"real texts not rebuilt into {REAL_TEXTS} (see ../shared/eval/real/README.md)")
    return _score(REAL_GOLD, REAL_TEXTS)


@pytest.mark.parametrize("name", sorted(REAL_SETS))
def test_more_real_sets_micro_f1_floor(name: str) -> None:
    texts = REPO / ".eval" / name
    if not texts.is_dir() or not any(texts.glob("*.txt")):
        pytest.skip(f"{name} texts not rebuilt into {texts} (see tests/data/{name}/README.md)")
    result = _score(REPO / "tests" / "data" / name / "gold", texts)
    assert result["micro_f1"] >= REAL_SETS[name], result["micro_f1"]


def test_real_micro_f1_floor(real_scores: dict) -> None:
    assert real_scores["micro_f1"] >= REAL_MICRO_FLOOR, real_scores["_report"]


@pytest.mark.parametrize("row", sorted(REAL_ROW_FLOORS))
def test_real_row_floor(real_scores: dict, row: str) -> None:
    assert real_scores.get(row, 0) >= REAL_ROW_FLOORS[row], real_scores["_report"]


def test_real_precision_floor(real_scores: dict) -> None:
    """Recall work must not buy itself with precision: every row keeps a precision floor."""
    rows = _precision_rows(real_scores["_report"])
    assert rows, real_scores["_report"]
    for row, precision in rows.items():
        assert precision >= REAL_PRECISION_FLOOR, (row, real_scores["_report"])


def _precision_rows(report: str) -> dict[str, float]:
    """Per-row precision from the scorer's table (`row  P  R  F1  tp/fp/fn`)."""
    out: dict[str, float] = {}
    for line in report.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] in ROWS and "/" in parts[4]:
            out[parts[0]] = float(parts[1])
    return out


def test_micro_f1_floor(scores: dict) -> None:
    assert scores["micro_f1"] >= MICRO_F1_FLOOR, scores["_report"]


@pytest.mark.parametrize("row", ROWS)
def test_row_floor(scores: dict, row: str) -> None:
    assert row in scores, scores["_report"]
    assert scores[row] >= ROW_FLOOR, scores["_report"]
