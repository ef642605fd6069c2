"""The parent's warm-up before it forks workers: the extractors' lazily built tables are
built once there, so that each worker does not build its own copy."""
from __future__ import annotations

import gc
import sys
import types
from functools import cache

from pipeline import jobs


def test_warm_up_builds_the_tables_the_documents_did_not_reach(tmp_path):
    from extractors.orgs import truncated

    path = tmp_path / "a.txt"
    path.write_text("Sáng 3/5, Bộ Y tế tổ chức hội nghị tại Hà Nội.\n", encoding="utf-8")
    truncated._attested.cache_clear()
    try:
        list(jobs._warm_up(jobs.file_items([path]), 60.0))
    finally:
        gc.unfreeze()
    assert truncated._attested.cache_info().currsize == 1


def test_a_builder_that_fails_or_takes_arguments_is_left_alone(monkeypatch):
    calls = []

    @cache
    def broken():
        calls.append("broken")
        raise ValueError("no data file")

    @cache
    def keyed(name):
        calls.append(name)
        return name

    @cache
    def table():
        calls.append("table")
        return {"Bộ Y tế": 1}

    module = types.ModuleType("extractors._s30_probe")
    for fn in (broken, keyed, table):
        fn.__module__ = module.__name__
        setattr(module, fn.__name__, fn)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    jobs._build_tables()
    assert sorted(calls) == ["broken", "table"]
    assert table.cache_info().currsize == 1
