"""Session 36 speed work: scanners tried only where the document's word hits put a head, a
title-office gate per document, imports run only where a name is read, and underthesea's CRF
not asked where its answer could not count. What a reader relies on must not change: these
bodies and people are read as before, with the word hits and without them."""
from __future__ import annotations

import pytest

from extractors import people, signals, wordhits
from extractors.orgs import associations, foreign_bodies
from pipeline.extract import extract
from pipeline.records import Article


def _ex(text: str):
    return extract(Article(source="t", title="", text=text))


def _orgs(text: str) -> list[str]:
    return [o.name for o in _ex(text).organizations]


_SENTENCES = {
    "Đại diện Tổ chức Lương nông Liên Hợp Quốc cho biết chương trình sẽ mở rộng.": "Tổ chức Lương nông Liên Hợp Quốc",
    "Ông Nguyễn Văn An từng học tại đại học Stanford trước khi về nước.": "Đại học Stanford",
    "Chủ tịch Hiệp hội chăn nuôi Đồng Nai phát biểu tại hội nghị.": "Hiệp hội chăn nuôi Đồng Nai",
}


@pytest.mark.parametrize("text,name", list(_SENTENCES.items()))
def test_scanners_read_the_same_with_and_without_word_hits(text: str, name: str, monkeypatch) -> None:
    """A foreign body closed by the UN, a lower-case "đại học" before a foreign name, a lower-case
    association closed by its province: read from the word hits, and by the regex scans when
    pyahocorasick is missing."""
    assert name in _orgs(text)
    monkeypatch.setattr(wordhits, "hits", lambda doc: None)
    assert name in _orgs(text)


def test_word_hit_heads_cover_every_head() -> None:
    """Each scanner's heads open with a word of its lexicon (the scan is tried only there)."""
    lexicons = wordhits._lexicons()
    for head in foreign_bodies.FOREIGN_HEADS:
        assert head.split()[0].lower() in lexicons["foreign_heads"][0]
    for head in foreign_bodies.LATIN_HEADS:
        assert head.split()[0] in lexicons["latin_heads"][0]
    for head in associations.HEAD_WORDS:
        assert head.split()[0].lower() in lexicons["association_heads"][0]


def test_title_offices_still_read() -> None:
    """"chánh văn phòng Sở Y tế X": the office and its department, with any blanks inside the title
    (the literal tests look for its words apart); a document without the title phrase gives no office."""
    assert _orgs("Bà Trần Thị Mai, chánh văn phòng Sở Y tế Nghệ An, cho biết kế hoạch đã hoàn thành.") == [
        "Văn phòng Sở Y tế Nghệ An", "Sở Y tế Nghệ An"]
    assert _orgs("Bà Trần Thị Mai, chánh văn  phòng Sở Y tế Nghệ An, cho biết kế hoạch đã hoàn thành.") == [
        "Văn phòng Sở Y tế Nghệ An", "Sở Y tế Nghệ An"]
    assert _orgs("Ông Lê Văn Hùng, chánh  thanh tra Sở Y tế Nghệ An, cho biết.") == [
        "Thanh tra Sở Y tế Nghệ An", "Sở Y tế Nghệ An"]
    assert _orgs("Bà Trần Thị Mai, Sở Y tế Nghệ An, cho biết kế hoạch đã hoàn thành.") == ["Sở Y tế Nghệ An"]


def test_crf_not_asked_when_a_body_starts_at_the_second_word(monkeypatch) -> None:
    """"Ông HĐQT Tập đoàn FLC …": any name the CRF could tag would hold the body's start, and such
    a name is dropped; the CRF is not asked and the body is read as before."""
    asked: list[str] = []
    monkeypatch.setattr(people, "tagged_person", lambda window: asked.append(window))
    assert _orgs("Ông HĐQT Tập đoàn FLC cho rằng ngành y tế cần đầu tư.") == ["Tập đoàn FLC"]
    assert asked == []


def test_crf_still_asked_for_a_rare_surname(monkeypatch) -> None:
    """A capitalised run after a title with no body inside it still gets the second opinion."""
    asked: list[str] = []
    monkeypatch.setattr(people, "tagged_person", lambda window: asked.append(window))
    _ex("Giám đốc Ka Sô Liễng cho biết bệnh viện đã sẵn sàng.")
    assert asked and asked[0].startswith("Ka Sô Liễng")


def test_org_in_second_word_bounds() -> None:
    """Only a body starting after the first word and no later than the second word counts."""
    from extractors.orgs.span import OrgSpan
    from extractors.tokens import word_at

    text = "Ông HĐQT Tập đoàn FLC cho rằng"
    w = word_at(text, 4, len(text))
    at = text.index("Tập")
    body = OrgSpan(at, at + len("Tập đoàn FLC"), "Tập đoàn FLC", "company", None)
    assert people._org_in_second_word(text, w, len(text), [body])
    later = OrgSpan(text.index("FLC"), text.index("FLC") + 3, "FLC", "company", None)
    assert not people._org_in_second_word(text, w, len(text), [later])
    assert not people._org_in_second_word(text, w, len(text), [])
    assert signals.could_start_name("HĐQT Tập đoàn")


def test_bench_steady_is_the_median_of_passes(monkeypatch) -> None:
    """bench_extract's own-process steady CPU is the median of its passes (a single short pass
    on a shared host is noise)."""
    import importlib
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "scripts"))
    bench = importlib.import_module("bench_extract")
    times = iter([1.0, 0.5, 0.9, 0.2, 0.3, 0.4])
    monkeypatch.setattr(bench, "_extract_all", lambda arts: (next(times), {}, {}))
    out = bench.run_ytekb([{"name": "a", "title": "", "text": "Sở Y tế Nghệ An."}], passes=5)
    assert out["passes_cpu_s"] == [0.5, 0.9, 0.2, 0.3, 0.4]
    assert out["cpu_s"] == 0.4
    assert out["first_use_cpu_s"] == pytest.approx(0.8)


_COOP_SENTENCES = [
    "Bệnh viện Chợ Rẫy đã chuyển giao kỹ thuật cho bệnh viện, đồng thời hỗ trợ thiết bị cho viện.",
    "Sở Y tế tỉnh Nghệ An cho biết đã ký kết hợp tác với trung tâm; hai bên sẽ đào tạo cho sở.",
    "Trong năm, bệnh viện đã cử 10 bác sĩ đi học tập tại Bệnh viện Bạch Mai.",
    "Bác sĩ của trung tâm Kiểm soát bệnh tật đã hỗ trợ người dân.",
]


@pytest.mark.parametrize("text", _COOP_SENTENCES)
def test_coop_gates_change_no_end_or_link(text: str, monkeypatch) -> None:
    """The literal tests before the bare-object, home-receiver and study-trip scans (coop_ends,
    coop_rules) only skip scans that find nothing: the same endpoints and links with the tests
    forced true."""
    from extractors import coop_ends, coop_rules

    article = "Bệnh viện Đa khoa tỉnh Nghệ An khám cho 500 người. Bệnh viện Đa khoa tỉnh Nghệ An " \
              "tổ chức hội nghị. Bệnh viện Đa khoa tỉnh Nghệ An nhận bằng khen. " + text
    gated = _ex(article)
    monkeypatch.setattr(coop_ends, "_closes_clause", lambda *a: True)
    monkeypatch.setattr(coop_ends, "holds", lambda *a: True)
    monkeypatch.setattr(coop_rules, "may_spell", lambda *a: True)
    forced = _ex(article)
    assert gated.cooperations == forced.cooperations
    assert gated.organizations == forced.organizations


def test_closes_clause_reads_a_head_before_punctuation() -> None:
    from extractors.coop_ends import _OBJECT_HEADS, _closes_clause

    text = "hợp tác với trung tâm , và hỗ trợ viện Pasteur"
    assert _closes_clause(text, 0, len(text), _OBJECT_HEADS)
    assert not _closes_clause(text, 0, text.index(","), _OBJECT_HEADS)   # the comma past the end
    assert not _closes_clause("hỗ trợ viện Pasteur.", 0, 20, _OBJECT_HEADS)


def test_sent_to_study_still_read() -> None:
    """"A cử bác sĩ đi học tập tại B": B trains A (the verb found in any case)."""
    links = [(c.source, c.target, c.kind) for c in _ex(
        "Bệnh viện Đa khoa tỉnh Nghệ An CỬ 10 bác sĩ đi học tập tại Bệnh viện Bạch Mai.").cooperations]
    links_lower = [(c.source, c.target, c.kind) for c in _ex(
        "Bệnh viện Đa khoa tỉnh Nghệ An cử 10 bác sĩ đi học tập tại Bệnh viện Bạch Mai.").cooperations]
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Nghệ An", "training") in links_lower
    assert links == links_lower
