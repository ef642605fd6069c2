"""Session 25 speed edits: each keeps what it replaced (the old expression is the oracle)."""
from __future__ import annotations

import re

import pytest

from extractors import factdates, short_names
from extractors.doc import Doc
from extractors.orgs.walker import Walk
from pipeline.extract import extract
from pipeline.records import Article


def _run(text: str) -> object:
    return extract(Article(source="test", title="", text=text, path="t.txt",
                           published="2024-03-05"))


def test_a_date_inside_a_legal_document_is_classified_as_before() -> None:
    """`classify` with the per-sentence index gives what the scan over every legal document gave."""
    text = ("Ngày 12/3/2024, Sở Y tế tỉnh Nam Định ban hành Quyết định số 215/QĐ-SYT ngày 10/3/2024 "
            "về việc kiểm tra an toàn thực phẩm. Ngày 14/3, ông Trần Văn Bình, Giám đốc Sở Y tế "
            "tỉnh Nam Định, ký Công văn số 88/SYT-NVY gửi các bệnh viện.")
    doc = Doc(text=text, published="2024-03-15")
    from extractors import REGISTRY
    from pipeline.stages import EXTRACTION
    for name in EXTRACTION[:-1]:
        doc = REGISTRY[name][0](doc)
    assert doc.legal_documents and doc.dates
    legal = factdates.legal_spans(doc)
    for d in doc.dates:
        if 0 <= d.sentence < len(doc.sentences):
            s = doc.sentences[d.sentence]
            old_inside = any(l.start <= d.start < l.end and l.sentence == s.index
                             for l in doc.legal_documents)
            assert any(a <= d.start < b for a, b in legal.get(s.index, ())) == old_inside
            assert factdates.classify(doc, s, d, legal) == factdates.classify(doc, s, d)


@pytest.mark.parametrize("parts", [["Bệnh  viện", "Bạch\u00a0Mai "], [" Sở\tY tế", "\nHà Nội"],
                                   ["Trung tâm", "Kiểm soát bệnh tật\u2003"], []])
def test_walk_read_collapses_whitespace_as_the_regex_did(parts: list[str]) -> None:
    walk = Walk.__new__(Walk)
    walk.parts = parts
    assert walk.read == re.sub(r"\s+", " ", " ".join(parts)).strip()


@pytest.mark.parametrize("text", ["Ông Hùng là Phó giám đốc", "ông Hùng làm Trưởng khoa",
                                  "Bà Lan, là Chủ tịch", "chồng bà Mai là Giám đốc",
                                  "Xông Hà là", "Thông Nam là", "Bàn Ba là", "Obà Lan là"])
def test_short_mention_pattern_matches_where_the_lookahead_form_did(text: str) -> None:
    old = re.compile(r"(?=[ÔôBb])(?<![^\W\d_])(?:[Ôô]ng|[Bb]à)\s+(" + short_names.UPPER
                     + r"[^\W\d_]*)\s*,?\s+(?:là|làm)\s+")
    new = re.compile(short_names._SHORT.pattern.split(r"\s*,?\s+")[0] + r"\s*,?\s+(?:là|làm)\s+")
    assert [m.span(1) for m in new.finditer(text)] == [m.span(1) for m in old.finditer(text)]


def test_a_committee_named_by_two_titles_is_added_once() -> None:
    """The name set kept by `_add_committee` sees the committee it has just added."""
    ex = _run("Ông Lê Văn Tâm, Chủ tịch xã Quảng Bị, cho biết xã đã lập tổ kiểm tra. "
              "Bà Phạm Thị Hoa, Phó chủ tịch xã Quảng Bị, phụ trách y tế.")
    assert [o.name for o in ex.organizations] == ["Ủy ban nhân dân xã Quảng Bị"]
    assert [o.organization for o in ex.officials] == ["Ủy ban nhân dân xã Quảng Bị"] * 2


@pytest.mark.parametrize("right", ["Bù Đăng", "Lương Tài", "Yên Thành", "Bù", "TP.HCM Quận", "Hà Nội"])
def test_written_after_place_finds_what_the_joined_pattern_finds(right: str) -> None:
    """The index keyed by the letters after a place word answers as one search of the text."""
    from extractors.orgs import place_phrase as pp

    text = ("Trung tâm Y tế huyện Bù Đăng cho biết, Bệnh viện Đa khoa Lương Tài và Công an huyện "
            "Bù đăng đã phối hợp. Tại huyện Yên Thành, xã Bù Đăngx chưa có ca bệnh; tỉnh Hà Nam.")
    oracle = re.search(pp._PLACE_BEFORE + re.escape(right) + r"(?![^\W\d_])", text) is not None
    assert pp._written_after_place(text, right) == oracle
