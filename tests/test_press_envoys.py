"""Table tests for envoys as the press names them (our own sentences): "Đại sứ A tại B
NAME" heads the embassy of A in B, written as the mission ("Đại sứ quán A tại B"), with
the name before or after; a bare "Đại sứ NAME" heads the one embassy the article names."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2018-06-15"


def roles(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    return {(o.name, o.title, o.organization) for o in doc.officials}


CASES = [
    ("Đại sứ Việt Nam tại Hàn Quốc Lê Minh Tâm đến thăm các lao động bị thương.",
     {("Lê Minh Tâm", "Đại sứ", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    ("Ông Lê Minh Tâm, Đại sứ Việt Nam tại Hàn Quốc, đến thăm các lao động bị thương.",
     {("Lê Minh Tâm", "Đại sứ", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    # a foreign envoy's name after the host country
    ("Đại sứ Canada tại Việt Nam Peter Kendall thăm Bệnh viện Nhi Trung ương.",
     {("Peter Kendall", "Đại sứ", "Đại sứ quán Canada tại Việt Nam")}),
    ("Bà Anna Berger, Phó đại sứ Thụy Điển tại Việt Nam, trao tặng thiết bị.",
     {("Anna Berger", "Phó đại sứ", "Đại sứ quán Thụy Điển tại Việt Nam")}),
    # a bare "Đại sứ" in a story about one embassy
    ("Đại sứ quán Việt Nam tại Hàn Quốc đã cử cán bộ đến bệnh viện. Đại sứ Lê Minh Tâm cho biết các lao động đã ổn định.",
     {("Lê Minh Tâm", "Đại sứ", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    ("Đại sứ Lê Minh Tâm cho biết các lao động đã ổn định.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected
