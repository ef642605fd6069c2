"""Session 34, second round: review 2's items on dates, figures and the first-letter look-aheads."""
from __future__ import annotations

from test_ldf_s22 import _dates
from test_ldf_s31 import _figures


# ---------------------------------------------------------------- item 4: a dose is no date
def test_a_dose_after_n_days_keeps_the_days_s34() -> None:
    assert _figures("Trẻ cần uống thuốc 5 ngày 2-3 lần.") == [("5 ngày", 5.0, "ngày")]
    assert _dates("Trẻ cần uống thuốc 5 ngày 2-3 lần.") == []
    assert _dates("Người lớn uống mỗi ngày 2-3 viên sau bữa ăn.") == []


def test_a_date_after_n_days_still_dates_s34() -> None:
    assert _figures("Chuyến bay 3411 ngày 9/4 đã hạ cánh an toàn.") == []
    assert _figures("Chuyến bay 3411 ngày 9-4 đã hạ cánh an toàn.") == []
    assert [d[0] for d in _dates("Chuyến bay 3411 ngày 9-4 đã hạ cánh an toàn.")] == ["ngày 9-4"]


# ---------------------------------------------------------------- item 5: an accented capital after "sao"
def test_stars_of_a_country_with_an_accented_capital_are_counted_s34() -> None:
    assert [f[0] for f in _figures("Lễ trao giải có sự tham gia của 10 sao Ấn Độ và 5 sao Hàn Quốc.")] == [
        "10 sao", "5 sao"]
    assert [f[0] for f in _figures("Chương trình mời 3 sao Úc sang biểu diễn.")] == ["3 sao"]


def test_a_rating_is_still_no_count_s34() -> None:
    assert _figures("Đoàn ở khách sạn 5 sao iPhone tặng kèm.") == []
    assert _figures("Khách sạn 4 sao ở trung tâm đã được trưng dụng.") == []


# ---------------------------------------------------------------- item 7: first-letter look-aheads
# The scans open with a look-ahead for the letters a match can open with ("(?=[tchđkpm])"): a
# position without one fails on that one test. Adding an alternative whose first letter the
# look-ahead lacks would silently never match; this test finds, for every such pattern of
# dates, factdates, legal_titles and titles, each character a match can open with when the
# look-ahead is taken away, and requires the look-ahead to let it through.
import re as _re
from re import _constants as _c, _parser as _p

from extractors import dates, factdates, legal_titles, titles
from extractors.lazy import LazyPattern

_LEADING = _re.compile(r"\(\?=(?:\[[^\]]*\]|\\?.)\)")
# every character a Vietnamese press text is written in, and some it is not
_CHARS = [chr(c) for c in (*range(0x20, 0x250), *range(0x1E00, 0x1F00), *range(0x2010, 0x2030))]
_CATEGORIES = {_c.CATEGORY_DIGIT: str.isdecimal, _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
               _c.CATEGORY_SPACE: str.isspace, _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
               _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
               _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_")}


def _in_set(ch: str, items, fold: bool) -> bool:
    chars = {x for x in (ch, ch.lower(), ch.upper()) if len(x) == 1} if fold else {ch}
    negate, hit = False, False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit |= chr(av) in chars or fold and chr(av).lower() in chars
        elif op is _c.RANGE:
            hit |= any(av[0] <= ord(x) <= av[1] for x in chars)
        elif op is _c.CATEGORY:
            hit |= _CATEGORIES[av](ch)
        else:
            raise AssertionError(f"set item {op} not handled")
    return hit != negate


def _opening(items, fold: bool) -> tuple[set[str], bool]:
    """The characters a match of the parsed `items` can open with, and whether it can be empty."""
    first: set[str] = set()
    for op, av in items:
        nullable = False
        if op is _c.LITERAL:
            here = {ch for ch in _CHARS if _in_set(ch, [(op, av)], fold)}
        elif op in (_c.IN, _c.NOT_LITERAL, _c.ANY):
            items_ = av if op is _c.IN else [(_c.NEGATE, None), (_c.LITERAL, av)] if op is _c.NOT_LITERAL else [(_c.NEGATE, None)]
            here = {ch for ch in _CHARS if _in_set(ch, items_, fold)}
        elif op is _c.SUBPATTERN:
            here, nullable = _opening(av[3], fold)
        elif op is _c.BRANCH:
            here, nullable = set(), False
            for branch in av[1]:
                got, empty = _opening(branch, fold)
                here |= got
                nullable |= empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            here, nullable = _opening(av[2], fold)
            nullable |= av[0] == 0
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            here, nullable = set(), True       # zero-width
        else:
            raise AssertionError(f"op {op} not handled")
        first |= here
        if not nullable:
            return first, False
    return first, True


def _lookahead_patterns():
    found = []
    for module in (dates, factdates, legal_titles, titles):
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                value = value.compiled()
            if isinstance(value, _re.Pattern) and _LEADING.match(value.pattern):
                found.append((f"{module.__name__}.{name}", value))
    found.append(("extractors.titles.title_re()", titles.title_re()))
    return found


def _guarded(items) -> list:
    """The (look-ahead, what follows it) pairs of a parsed pattern: its own leading one, or each
    top-level alternative's ("(?=[cn…])(?<!\\w)(?:cho\\s+biết|…)|[:“]" guards the first only)."""
    items = list(items)
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        return [pair for branch in items[0][1][1] for pair in _guarded(branch)]
    if items and items[0][0] is _c.ASSERT and items[0][1][0] == 1:
        return [(items[0][1][1], items[1:])]
    return []


def test_every_first_letter_look_ahead_lets_each_alternative_through_s34() -> None:
    patterns = _lookahead_patterns()
    assert len(patterns) >= 20   # (s38 and s39 rewrote some to open on their first letter instead)
    for name, pattern in patterns:
        fold = bool(pattern.flags & _re.IGNORECASE)
        pairs = _guarded(_p.parse(pattern.pattern, pattern.flags))
        assert pairs, name
        opening: set[str] = set()
        for ahead, rest in pairs:
            lets, _ = _opening(list(ahead), fold)
            first, empty = _opening(rest, fold)
            assert not empty, name
            missed = sorted(first - lets)
            assert not missed, f"{name}: its look-ahead misses {missed[:20]}"
            opening |= first
        # and the same matches with and without it, on a text of every opening character
        head = _LEADING.match(pattern.pattern)
        text = " ".join(ch + "ngày 5/8/2024 trước tháng 7-8/2024 năm 2024 cho biết" for ch in sorted(opening))
        bare = _re.compile(pattern.pattern[head.end():], pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)], name
