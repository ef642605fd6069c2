"""Session 37 speed edits: what the first documents build to last is frozen out of the
cyclic collector's reach, and extraction answers as before."""
from __future__ import annotations

import gc

from pipeline import extract as stage
from pipeline.records import Article

ARTICLE = Article(source="test", title="", path="t.txt",
                  text="Ngày 3/4, Sở Y tế tỉnh Nghệ An phối hợp với Bệnh viện Bạch Mai khám cho 200 người.")


def test_the_first_document_freezes_what_it_built(monkeypatch) -> None:
    """After the first document extracted in a process, the lexicons and patterns it built sit in
    the permanent generation (full collections no longer walk them); the facts are the same."""
    before = stage.extract(ARTICLE)
    monkeypatch.setattr(stage, "_first_use_frozen", stage._FirstUseFrozen())
    gc.unfreeze()
    try:
        after = stage.extract(ARTICLE)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert after.organizations == before.organizations and after.dates == before.dates
    assert [o.name for o in after.organizations] == ["Sở Y tế Nghệ An", "Bệnh viện Bạch Mai"]


def test_later_freezes_follow_the_schedule(monkeypatch) -> None:
    """Frozen (after a collection) at the 1st, 8th and 64th document, not at every one."""
    frozen = stage._FirstUseFrozen()
    calls: list[object] = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(frozen._done))
    for _ in range(100):
        frozen.count()
    assert calls == ["collect", 1, "collect", 8, "collect", 64]
