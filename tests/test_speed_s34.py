"""Session 34 speed work: the same answers, less work."""
from __future__ import annotations

import pytest

from extractors import wordhits
from pipeline.extract import extract
from pipeline.records import Article

needs_automaton = pytest.mark.skipif(not wordhits.available(), reason="pyahocorasick not installed")

# joint work with a company named in lower case: the partner reader's sentences
_PARTNER_TEXTS = [
    "Bệnh viện Đa khoa tỉnh Nghệ An ký kết hợp tác với công ty TNHH Dược phẩm Minh Long trong đào tạo nhân lực.",
    "Sở Y tế tỉnh Hà Tĩnh làm việc với công ty cổ phần Thiết bị Y tế Hồng Phát về dự án xây dựng bệnh viện.",
    "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam PHỐI HỢP VỚI tập đoàn Sao Mai tổ chức tiêm chủng.",
]
_TARGETS = ["Công ty TNHH Dược phẩm Minh Long", "Công ty cổ phần Thiết bị Y tế Hồng Phát", "Tập đoàn Sao Mai"]


def _coops(text: str) -> list[tuple[str, str, str]]:
    return [(c.source, c.target, c.kind) for c in extract(Article(source="t", title="", text=text)).cooperations]


def test_partner_named_after_a_verb_of_joint_work() -> None:
    """"A ký kết hợp tác với công ty X": X is A's partner, in any case of the verb."""
    for text, target in zip(_PARTNER_TEXTS, _TARGETS):
        assert target in [t for _, t, _ in _coops(text)], text


@needs_automaton
def test_partners_read_from_the_word_hits_as_from_the_regex_scan(monkeypatch) -> None:
    """The partner lead is tried only where the document's word hits spell one of its words:
    the same cooperations as the scan of every sentence (word hits switched off)."""
    texts = _PARTNER_TEXTS + [
        " ".join(_PARTNER_TEXTS),
        "Người dân đăng ký với trạm y tế; Bệnh viện Bạch Mai hợp tác chặt chẽ cùng công ty TNHH Hoàng Gia.",
        "Công ty TNHH An Phát đồng hành với Hội Chữ thập đỏ tỉnh, KÝ KẾT với tập đoàn Vingroup.",
        "Bệnh viện Nhi Trung ương liên kết với công ty cổ phần Y khoa Việt Úc, làm việc với công ty Hòa Bình.",
    ]
    with_hits = [_coops(t) for t in texts]
    monkeypatch.setattr(wordhits, "hits", lambda doc: None)
    assert [_coops(t) for t in texts] == with_hits
