"""Speed work of stop 22 memoises word reading and gazetteer keys; what users depend on
must not move with it: the same words and names are found, in any order of calls, from
any thread, and an extraction gives the same record whether the memo is warm or cold."""
from __future__ import annotations

import threading

from extractors import tokens
from extractors.orgs import known
from pipeline.extract import extract
from pipeline.records import Article

TEXT = ("Ngày 5/4, ông Trần Văn Bình, Giám đốc Sở Y tế TP.HCM, cùng TS. Lê Thị Hoa "
        "thăm Bệnh viện Đa khoa tỉnh Long An.\nSau đó đoàn làm việc với UBND huyện.")
OTHER = "Bộ Y tế và Tổ chức Y tế Thế giới (WHO) ký kết hợp tác về phòng chống lao."


def _fresh(text: str, pos: int, limit: int | None = None) -> tuple | None:
    w = tokens._read_word(text, pos, limit)
    return None if w is None else (w.text, w.start, w.end)


def _memo(text: str, pos: int, limit: int | None = None) -> tuple | None:
    w = tokens.word_at(text, pos, limit)
    return None if w is None else (w.text, w.start, w.end)


def test_word_at_reads_every_position_as_without_the_memo() -> None:
    for text in (TEXT, OTHER, TEXT):   # the memo is replaced when the text changes
        for limit in (None, 40, len(text)):
            for pos in range(len(text)):
                assert _memo(text, pos, limit) == _fresh(text, pos, limit), (pos, limit)
                assert _memo(text, pos, limit) == _fresh(text, pos, limit), (pos, limit)


def test_word_at_keeps_abbreviation_dots_and_drops_sentence_ends() -> None:
    assert _memo("TS. Lê", 0) == ("TS.", 0, 3)
    assert _memo("phòng chống lao.", 12) == ("lao", 12, 15)
    assert _memo("   \nBộ", 0) is None


def test_word_at_is_right_from_several_threads() -> None:
    errors: list[tuple] = []

    def read(text: str) -> None:
        for _ in range(30):
            for pos in range(len(text)):
                if _memo(text, pos) != _fresh(text, pos):
                    errors.append((text[:10], pos))

    threads = [threading.Thread(target=read, args=(t,)) for t in (TEXT, OTHER, TEXT + " ")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_fast_key_cached_gives_the_same_key() -> None:
    raw = "bệnh viện  đa khoa – tỉnh (long an) & cộng sự"
    expected = " ".join(known._NON_WORD.sub(" ", raw.replace("–", "-").replace("&", " và ")).split())
    assert known._fast_key(raw) == expected
    assert known._fast_key(raw) == expected


def test_extraction_is_the_same_cold_and_warm() -> None:
    art = Article(source="test", title="", text=TEXT + "\n" + OTHER, path="a.txt")
    first = extract(art)
    tokens._memo = (None, {})
    known._fast_key.cache_clear()
    again = extract(art)
    assert [(o.name, o.start) for o in first.organizations] == \
        [(o.name, o.start) for o in again.organizations]
    assert [(o.name, o.title) for o in first.officials] == [(o.name, o.title) for o in again.officials]
    assert any(o.name == "Bệnh viện Đa khoa tỉnh Long An" for o in first.organizations)
