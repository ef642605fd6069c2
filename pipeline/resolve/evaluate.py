"""Scoring the resolver on a labelled set of clusters (tests/data/aliases).

Each mention is resolved as if it came from its own article (its context
province), in a fresh in-memory KB, in file order or shuffled. Pairwise
precision/recall count mention pairs; B-cubed averages per mention.
"""
from __future__ import annotations

import random
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import sqlite_utils

from . import index
from .resolver import Resolver


@dataclass
class Scores:
    mentions: int = 0
    clusters: int = 0
    gold_pairs: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    false_merges: list[tuple[str, str]] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    apart_violations: list[tuple[str, str]] = field(default_factory=list)


def load(path: str | Path) -> dict[str, Any]:
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


def memory_kb() -> sqlite_utils.Database:
    from pipeline.kb.schema import migrate
    import sqlite3

    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    return sqlite_utils.Database(conn)


def resolve_mention(db: sqlite_utils.Database, m: dict[str, Any]) -> str:
    """One mention as the store would resolve it inside its article."""
    with db.atomic():
        r = Resolver(db, province=m.get("province"), date=m.get("date"))
        kind = m.get("kind", "org")
        if kind == "person":
            org = r.endpoint(m["org"], m.get("province")) if m.get("org") else None
            eid = r.person(m["name"], org, m.get("province"))
        elif kind == "endpoint":
            eid = r.endpoint(m["name"], m.get("province"))
        else:
            eid = r.organization(m["name"], m.get("type", "other"), None)
        r.finish()
    return eid


def run(labelled: dict[str, Any], seed: int | None = None) -> Scores:
    items = [(c["id"], m) for c in labelled["cluster"] for m in c["mentions"]]
    if seed is not None:
        random.Random(seed).shuffle(items)
    db = memory_kb()
    index.forget(db)
    predicted = [(gold, resolve_mention(db, m), m["name"]) for gold, m in items]
    index.forget(db)
    return score(predicted, labelled.get("apart", []))


def score(predicted: list[tuple[str, str, str]], apart: list[dict[str, Any]]) -> Scores:
    """predicted: (gold cluster, predicted id, surface) per mention."""
    s = Scores(mentions=len(predicted), clusters=len({g for g, _, _ in predicted}))
    tp = fp = fn = 0
    for (g1, p1, n1), (g2, p2, n2) in combinations(predicted, 2):
        if g1 == g2 and p1 == p2:
            tp += 1
        elif p1 == p2:
            fp += 1
            s.false_merges.append((f"{g1}: {n1}", f"{g2}: {n2}"))
        elif g1 == g2:
            fn += 1
            s.misses.append((g1, n1, n2))
    s.gold_pairs = tp + fn
    s.precision = tp / (tp + fp) if tp + fp else 1.0
    s.recall = tp / (tp + fn) if tp + fn else 1.0
    s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if tp else 0.0
    by_gold: dict[str, list[str]] = defaultdict(list)
    by_pred: dict[str, list[str]] = defaultdict(list)
    for g, p, _ in predicted:
        by_gold[g].append(p)
        by_pred[p].append(g)
    bp = br = 0.0
    for g, p, _ in predicted:
        bp += by_pred[p].count(g) / len(by_pred[p])
        br += by_gold[g].count(p) / len(by_gold[g])
    s.b3_precision, s.b3_recall = bp / len(predicted), br / len(predicted)
    ids = {g: set(ps) for g, ps in by_gold.items()}
    for rule in apart:
        for a, b in combinations(rule["clusters"], 2):
            if ids.get(a, set()) & ids.get(b, set()):
                s.apart_violations.append((a, b))
    return s


def summary(s: Scores) -> str:
    return (f"{s.mentions} mentions in {s.clusters} clusters, {s.gold_pairs} gold pairs: "
            f"pairwise P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}; "
            f"B3 P={s.b3_precision:.3f} R={s.b3_recall:.3f}; "
            f"{len(s.apart_violations)} hard-negative violations")
