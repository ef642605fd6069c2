"""A KB built as the issue's checks describe it: the bundled corpus (`ytekb run`,
shared by the session) plus the seed articles of ../shared/corpus/seeds ingested
with `ytekb ingest`, in a copy the tests may serve and re-open."""
from __future__ import annotations

from pathlib import Path

import pytest


def build(corpus_kb, copy_kb, ytekb, shared_dir: Path, folder: Path) -> Path:
    seeds = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed articles in ../shared/corpus/seeds")
    path = copy_kb(corpus_kb.path, folder / "kb.sqlite")
    res = ytekb("ingest", "--db", path, *seeds)
    assert res.code == 0, res.explain()
    return path
