"""extractors.lexicon: a trie-shaped alternation matches exactly what the
longest-first alternation of the same names matches, inside real patterns."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from extractors import gazetteer
from extractors.lexicon import alternation
from extractors.textnorm import match_text

ROOT = Path(__file__).resolve().parent


def _plain(words, space=None) -> str:
    out = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return "|".join(o.replace(r"\ ", space) for o in out) if space else "|".join(out)


def _spans(pattern: re.Pattern, texts: list[str]) -> list:
    return [[(m.span(), m.groups()) for m in pattern.finditer(t)] for t in texts]


def _texts() -> list[str]:
    texts = [match_text(f.read_text(encoding="utf-8"))
             for f in sorted(ROOT.glob("data/heldout*/texts/*"))]
    assert len(texts) > 20
    return texts


def _province_names() -> list[str]:
    names = {match_text(v).strip() for p in gazetteer.provinces() for v in (p.name, *p.aliases)}
    return sorted(n for n in names if len(n) >= 3)


# (prefix, suffix, flags) around the names, as the extractors use them
FRAMES = [
    (r"(?<![\w.])(", r")(?![\w])", re.IGNORECASE),
    (r"(?<![^\W\d_])(?:", r")(?![^\W\d_])", 0),
    (r"(", r")", 0),
    (r"(", r")\s*,", re.IGNORECASE),   # the rest must match too: names back off
]


@pytest.mark.parametrize("prefix,suffix,flags", FRAMES)
def test_same_matches_as_the_plain_alternation_on_real_names(prefix, suffix, flags):
    texts = _texts()
    provinces = _province_names()
    names = [n.lower() for n in provinces] if flags & re.IGNORECASE else provinces
    names = list(dict.fromkeys(names))
    surnames = sorted(gazetteer.surnames())
    for words in (names, surnames):
        icase = bool(flags & re.IGNORECASE)
        plain = re.compile(prefix + _plain(words) + suffix, flags)
        trie = re.compile(prefix + alternation(words, ignorecase=icase) + suffix, flags)
        assert _spans(trie, texts) == _spans(plain, texts)


def test_same_matches_with_flexible_spaces_on_generated_text():
    rng = random.Random(7)
    words = ["Hà Nam", "Hà Nam Định", "Hà Nội", "Hà", "Nam Định", "Bà Rịa - Vũng Tàu", "Bà Rịa",
             "Sở Y tế", "Sở Y", "Sở", "Y tế", "tế"]
    pieces = words + ["  ", " ", "\n", ",", "x", "Định", "Nộii", "-"]
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", "\t"]) for _ in range(30))
             for _ in range(400)]
    for prefix, suffix, flags in FRAMES:
        plain = re.compile(prefix + _plain(words, r"\s+") + suffix, flags)
        trie = re.compile(prefix + alternation(words, space=r"\s+") + suffix, flags)
        assert _spans(trie, texts) == _spans(plain, texts)


def test_names_ignorecase_cannot_tell_apart_keep_the_first():
    words = ["Phó Tổng Giám đốc", "Phó Tổng giám đốc", "ab", "Abc", "ABCD", "aBcDe", "Bınh", "Bình",
             "İn", "in", "ſở", "Sở y", "sở Y tế"]
    texts = ["phó tổng giám đốc", "PHÓ TỔNG GIÁM ĐỐC, abcx abcd abc, ab", "BINH bınh İN ın in",
             "sở y tế ſở Y tế sở", "aBcDe ABCDE abcde."]
    for suffix in (r"(?![\w])", r"\s*,", ""):
        plain = re.compile("(" + _plain(words) + ")" + suffix, re.IGNORECASE)
        trie = re.compile("(" + alternation(words, ignorecase=True) + ")" + suffix, re.IGNORECASE)
        assert _spans(trie, texts) == _spans(plain, texts)


def test_refuses_what_would_break_the_equivalence():
    with pytest.raises(ValueError):
        alternation(["Hà  Nội"], space=r"\s+")
    with pytest.raises(ValueError):
        alternation([])
    assert re.fullmatch(alternation(["Huế", "huế"]), "huế")   # case-sensitive: both fine
