"""Legal, s37: codes whose issuer's initials are joined by "&" ("TT-BGD&ĐT") keep the whole
number, and a secret letter ("công văn mật số 41") is numbered like an urgent one. Our own
sentences."""
from __future__ import annotations

from extractors import legal, sentences, textnorm
from extractors.doc import Doc


def numbered(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published="2019-04")))
    return [(d.kind, d.number, d.issuer) for d in legal.extract(doc).legal_documents]


def test_ampersand_in_a_ministry_code_stays_in_the_number() -> None:
    got = numbered("Nhà trường làm theo Thông tư số 15/2012/TT-BGD&ĐT ngày 4/5/2012 về kiểm định.")
    assert got == [("Thông tư", "15/2012/TT-BGD&ĐT", "Bộ Giáo dục và Đào tạo")]


def test_ampersand_in_a_local_department_code() -> None:
    got = numbered("Sở đã gửi Công văn 517/SGD&ĐT-VP tới các trường trong tỉnh.")
    assert [(k, n) for k, n, _i in got] == [("Công văn", "517/SGD&ĐT-VP")]


def test_ampersand_after_a_number_outside_a_code_joins_nothing() -> None:
    assert numbered("Đoàn có 20 bác sĩ & 5 điều dưỡng tham gia khám bệnh.") == []


def test_a_secret_letter_is_numbered() -> None:
    got = numbered("Sở Y tế đã gửi công văn mật số 73 lên Ủy ban nhân dân tỉnh.")
    assert [(k, n) for k, n, _i in got] == [("Công văn", "73")]
