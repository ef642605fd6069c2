"""Table tests for how real press writes officials (issue 9), run through the real
EXTRACTION chain, with our own sentences: titles that carry their portfolio,
heads of government with and without a country, foreign names, heads written in
lower case, and lists of ministers where each title belongs to the next name."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2018-06-15"


def roles(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    for o in doc.officials:
        assert doc.text[o.start:o.end] == o.surface, o
    return {(o.name, o.title, o.organization) for o in doc.officials}


CASES = [
    # --- the title carries its portfolio
    ("Bộ trưởng Y tế Trần Thị Hoa khẳng định sẽ xử lý nghiêm.",
     {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế")}),
    ("Thứ trưởng Y tế Phạm Văn Lộc kiểm tra công tác phòng dịch.",
     {("Phạm Văn Lộc", "Thứ trưởng", "Bộ Y tế")}),
    ("Ông Vũ Quang Huy, Cục trưởng Quản lý Dược, cho biết thuốc đã bị thu hồi.",
     {("Vũ Quang Huy", "Cục trưởng", "Cục Quản lý Dược")}),
    ("Ông Đinh Văn Tú, Phó cục trưởng Y tế dự phòng, cảnh báo dịch sởi.",
     {("Đinh Văn Tú", "Phó cục trưởng", "Cục Y tế dự phòng")}),
    # --- heads of government
    ("Thủ tướng Lê Minh Quang yêu cầu các bộ vào cuộc.",
     {("Lê Minh Quang", "Thủ tướng", "Chính phủ")}),
    ("Phó Thủ tướng Đào Văn Thịnh chủ trì cuộc họp.",
     {("Đào Văn Thịnh", "Phó Thủ tướng", "Chính phủ")}),
    ("Thủ tướng Australia Peter Dalton thăm bệnh viện dã chiến.",
     {("Peter Dalton", "Thủ tướng", "Chính phủ Australia")}),
    # a foreign head of government with no country named: whose is not said
    ("Thủ tướng Peter Dalton xác nhận thông tin.", set()),
    # --- foreign names after a title and its organisation
    ("Bộ trưởng Y tế Ai Cập Laila Mansour đã đến hiện trường.",
     {("Laila Mansour", "Bộ trưởng", "Bộ Y tế Ai Cập")}),
    ("Thứ trưởng bộ Y tế Oleg Markov bị bắt giữ.",
     {("Oleg Markov", "Thứ trưởng", "Bộ Y tế")}),
    # --- heads in lower case
    ("Ông Hồ Văn Thái, Giám đốc sở Y tế tỉnh Gia Lai cho biết.",
     {("Hồ Văn Thái", "Giám đốc", "Sở Y tế Gia Lai")}),
    # --- in a list of ministers each title belongs to the name after it
    ("Bộ trưởng Y tế Trần Thị Hoa, Bộ trưởng Tài chính Võ Văn Lâm tiếp tục tại vị.",
     {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế"), ("Võ Văn Lâm", "Bộ trưởng", "Bộ Tài chính")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_every_title_has_a_title_word() -> None:
    """Foreign names are looked for only in sentences with a title word: every title has one."""
    from extractors.officials import _TITLE_WORD, _titles
    assert [t for t in _titles() if not _TITLE_WORD.search(t)] == []
