"""Session 26 speed edits: each answers what the code it replaced answered (the old
expression is the oracle), and a long document costs what its articles cost."""
from __future__ import annotations

import pytest

from extractors import REGISTRY, short_names
from extractors.doc import Doc
from extractors.people import find_people
from pipeline.stages import EXTRACTION


def _doc(text: str) -> Doc:
    """The document as the officials stage sees it (organisations found)."""
    doc = Doc(text=text, published="2024-03-05")
    for name in EXTRACTION[:EXTRACTION.index("officials")]:
        doc = REGISTRY[name][0](doc)
    return doc


def _every_name_ending(doc: Doc, given: str) -> set[str]:
    """The old reading: every personal name of three or more syllables in every sentence."""
    return {p.name for s in doc.sentences for p in find_people(doc, s.start, s.end)
            if len(p.name.split()) >= 3 and p.name.endswith(" " + given)}


TEXTS = [
    "Ông Trần Văn Khởi, 52 tuổi, được đưa vào viện. Ông Khởi là trưởng trạm y tế xã Hải Lâm.",
    "Ông Trần Văn Khởi và ông Lê Văn Khởi bị ngộ độc. Ông Khởi là trưởng trạm y tế xã Hải Lâm.",
    "Bà Ngô Thị Lan đến Hà Nội. Tại Hà Nội, bà Lan gặp ông Vũ Đức Hà. Bà Lan là điều dưỡng.",
    "Ông Khởi là bác sĩ. Sau đó ông Đỗ Minh Khởi nói. Khởi công xây dựng bệnh viện mới.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_one_full_name_is_the_one_every_sentence_gives(text: str) -> None:
    doc = _doc(text)
    starts = [s.start for s in doc.sentences]
    for given in ("Khởi", "Lan", "Hà", "Minh"):
        every = _every_name_ending(doc, given)
        assert short_names._one_full_name(doc, given, starts) == (every.pop() if len(every) == 1 else None)


def test_a_common_given_name_in_a_long_document_reads_few_sentences(monkeypatch) -> None:
    """Two full names end in "Hùng" early on: the hundreds of later sentences that write
    "Hùng" are not read (one long document costs what its articles cost)."""
    text = ("Ông Nguyễn Văn Hùng và ông Lê Quang Hùng dự họp. "
            + "Anh Hùng khám cho người bệnh ở xã. " * 300 + "Ông Hùng là Giám đốc Sở Y tế.")
    doc = _doc(text)
    calls: list[int] = []

    def counted(doc_: Doc, start: int, end: int):
        calls.append(start)
        return find_people(doc_, start, end)

    monkeypatch.setattr(short_names, "find_people", counted)
    assert list(short_names.short_mentions(doc)) == []
    assert len(calls) == 1


def test_extraction_leaves_the_collector_as_it_found_it(monkeypatch) -> None:
    """The cyclic collector is paused per document, then back as the caller had it:
    on, off, or after a component raised."""
    import gc

    from pipeline import extract as stage
    from pipeline.records import Article

    art = Article(source="test", title="", text="Bệnh viện Bạch Mai khám cho 200 người.", path="t.txt")
    seen: list[bool] = []
    real_run = stage.run

    def spying(doc, order):
        seen.append(gc.isenabled())
        return real_run(doc, order)

    monkeypatch.setattr(stage, "run", spying)
    was = gc.isenabled()
    try:
        gc.enable()
        assert stage.extract(art).organizations and gc.isenabled()
        gc.disable()
        stage.extract(art)
        assert not gc.isenabled()
        gc.enable()
        monkeypatch.setattr(stage, "run", lambda doc, order: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            stage.extract(art)
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False]


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_a_process_forked_while_another_thread_extracts_collects_again() -> None:
    """Workers forked while a crawl thread is inside an extraction must not inherit a
    collector that nobody will turn back on."""
    import gc
    import os

    from pipeline.extract import _collector_paused

    was = gc.isenabled()
    gc.enable()
    read, write = os.pipe()
    try:
        with _collector_paused:
            assert not gc.isenabled()
            pid = os.fork()
            if pid == 0:   # the child: report and leave at once
                os.write(write, b"1" if gc.isenabled() else b"0")
                os._exit(0)
            os.waitpid(pid, 0)
        assert os.read(read, 1) == b"1"
        assert gc.isenabled()
    finally:
        os.close(read)
        os.close(write)
        (gc.enable if was else gc.disable)()
