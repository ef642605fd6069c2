"""Session 25: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

import pytest
# the session-22 helpers run the real front of the pipeline (textnorm -> sentences -> dates)
from test_ldf_s22 import _dates, _doc, _figures  # noqa: F401

from extractors import legal


def _titles(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.title) for d in legal.extract(_doc(text)).legal_documents]


# ---------------------------------------------------------------- legal: a law is titled by its name
LAW_NAMES = [
    ("Phóng viên được bảo vệ khi tác nghiệp theo Luật báo chí hiện hành.", ("Luật", "Luật báo chí")),
    ("Bệnh viện phải làm đúng quy định của luật Khám chữa bệnh khi tiếp nhận ca cấp cứu.",
     ("Luật", "Luật Khám chữa bệnh")),
    ("Hành vi này bị xử lý theo Bộ luật Hình sự năm 2015.", ("Bộ luật", "Bộ luật Hình sự")),
    # a decree's title is its subject: no kind
    ("Chính phủ vừa ban hành Nghị định quy định về kinh doanh thực phẩm chức năng.",
     ("Nghị định", "kinh doanh thực phẩm chức năng")),
]


@pytest.mark.parametrize("text,want", LAW_NAMES, ids=[f"law-{i}" for i in range(len(LAW_NAMES))])
def test_law_is_titled_by_its_name(text: str, want: tuple[str, str]) -> None:
    assert _titles(text) == [want]
