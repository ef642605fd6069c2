"""Speed changes of session 23 keep what the extractors read (output byte-identical)."""
from __future__ import annotations

from extractors import tokens


def test_word_at_memo_keeps_no_word_as_none() -> None:
    """A place with no word (line end, limit) is remembered as None, not read as a miss."""
    text = "Sở Y tế   \nBệnh viện Bạch Mai"
    for _ in range(2):
        assert tokens.word_at(text, 7) is None           # spaces, then the line ends
        assert tokens.word_at(text, 0, 2) is not None and tokens.word_at(text, 0, 2).text == "Sở"
        assert tokens.word_at(text, 2, 3) is None          # only a space before the limit
        w = tokens.word_at(text, 11)
        assert (w.text, w.start, w.end) == ("Bệnh", 11, 15)


def test_word_at_same_word_object_on_a_second_read() -> None:
    text = "Ông Nguyễn Văn An, Giám đốc Sở Y tế."
    assert tokens.word_at(text, 3) is tokens.word_at(text, 3)
    assert tokens.word_at(text, 33).text == "tế"
