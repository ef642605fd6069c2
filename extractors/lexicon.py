"""Large word alternations as trie-shaped regexes: the same matches, far less work.

`a|b|c|…` over a lexicon of hundreds of names (provinces, surnames, organisation
heads), longest first, makes the regex engine try every name, one after another,
at every position it reaches. Merging the names on shared prefixes gives one
branch per distinct next character instead: on province names over real text
4x faster, with the same matches.

Why the matches are the same: every name that can match at a position spells the
text there, so those names are prefixes of one another and lie on one path of the
trie. The longest-first alternation takes the longest of them that lets the rest
of the pattern match; the trie pattern tries the deeper end of that path first
and backs off one name at a time, so it takes the same one. That needs names that
are distinct under the pattern's case rule, and trie branches that are too: with
IGNORECASE pass `ignorecase=True` and the trie is spelt in case keys (names that
IGNORECASE cannot tell apart become one, and so do their branches).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

try:  # Python 3.11+: the letters IGNORECASE matches beyond lower-case equality (i and ı, …)
    from re._casefix import _EXTRA_CASES as _SRE_EXTRA
except ImportError:  # pragma: no cover - older Pythons: the Latin ones
    _SRE_EXTRA = {0x69: (0x131,), 0x131: (0x69,), 0x73: (0x17F,), 0x17F: (0x73,),
                  0x1E61: (0x1E9B,), 0x1E9B: (0x1E61,)}

_END = ""  # trie key that marks the end of a name


def _case_key(name: str) -> str:
    """Equal for two names exactly when IGNORECASE matches them to the same strings."""
    out = []
    for ch in name:
        low = ord("i") if ch == "\u0130" else ord(ch.lower())   # İ: the simple mapping
        out.append(chr(min((low, *_SRE_EXTRA.get(low, ())))))
    return "".join(out)


def alternation(words: Iterable[str], space: str | None = None, ignorecase: bool = False) -> str:
    """Regex source matching exactly what
    `"|".join(re.escape(w).replace(r"\\ ", space) for w in sorted(words, key=len, reverse=True))`
    matches (spaces left as they are when `space` is None), inside any pattern.

    With `space` (e.g. r"\\s+"), names must not start or end with a space or hold two
    in a row: such a name is refused, as a variable-width gap would break the one-path
    argument above."""
    # longest first, as the alternation would try them (a stable sort, like its own)
    names = sorted(dict.fromkeys(words), key=len, reverse=True)
    if not names or "" in names:
        raise ValueError("alternation needs non-empty names")
    if ignorecase:
        # spelt by case key: sibling branches then differ under IGNORECASE too, and a
        # key's letter matches under IGNORECASE what the name's letter matched
        names = list(dict.fromkeys(_case_key(n) for n in names))
    if space is not None:
        bad = [n for n in names if n != n.strip(" ") or "  " in n]
        if bad:
            raise ValueError(f"names with edge or double spaces: {bad[:3]!r}")
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[_END] = {}

    def emit(node: dict) -> str:
        branches = [(space if ch == " " and space is not None else re.escape(ch)) + emit(child)
                    for ch, child in node.items() if ch != _END]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a name ends here: try the longer names below first, then stop here
        return f"(?:{body})?" if _END in node else body

    return emit(trie)


def starts_with(*words: str) -> str:
    """A lookahead for the first letters of `words`, in both cases. Put first in a pattern
    whose every match starts with one of those words, it changes no match; the search then
    skips every other position on one character test, before the slower lookbehind and
    alternation that follow (about 1.5-2x faster scans of a sentence)."""
    letters = {w[0] for w in words}
    if not all(c.isalpha() for c in letters):
        raise ValueError(f"words must start with a letter: {sorted(letters)!r}")
    letters |= {c.upper() for c in letters} | {c.lower() for c in letters}
    return "(?=[" + "".join(sorted(letters)) + "])"


def odd_letters(words: Iterable[str]) -> frozenset[str]:
    """The letters IGNORECASE matches to a letter of `words` that lower-casing does not
    give ("ı" for "i", "ſ" for "s"): a case-sensitive pattern of the lower-cased words,
    run on lower-cased text, matches what the IGNORECASE pattern matches on the text
    exactly where none of these letters occurs."""
    return frozenset(chr(x) for w in words for ch in w.lower() for x in _SRE_EXTRA.get(ord(ch), ()))


def lower_usable(doc, odd: frozenset[str]) -> bool:
    """Whether `doc.lower` may stand for `doc.match` under IGNORECASE for words whose odd
    letters are `odd`: it has the same length and holds none of them (checked once a
    document and letter set, the length too: the look-up is the common path)."""
    test = _USABLE_TESTS.get(odd)
    if test is None:
        test = _USABLE_TESTS[odd] = _usable_test(odd)
    return doc.derived(*test)


# per set of odd letters, its key among a document's derived values and the test that computes
# it, made once: lower_usable is asked ~60 times a document (every sentence of several steps),
# and building the key and the test on each call cost twice the look-up itself
_USABLE_TESTS: dict[frozenset[str], tuple[str, Callable[[Any], bool]]] = {}


def _usable_test(odd: frozenset[str]) -> tuple[str, Callable[[Any], bool]]:
    return "lower_usable:" + "".join(sorted(odd)), lambda d: d.lower is not d.match and \
        len(d.lower) == len(d.match) and not any(c in d.lower for c in odd)


def top_level(source: str) -> list[str]:
    """A regex source's alternatives: split at each "|" outside brackets, character sets
    and escapes."""
    out, depth, cur, i, in_set = [], 0, [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            cur.append(source[i:i + 2])
            i += 2
            continue
        if in_set:
            in_set = ch != "]" or (cur and cur[-1] in ("[", "[^"))
        elif ch == "[":
            in_set = True
            if source[i + 1:i + 2] == "^":
                ch, i = "[^", i + 1
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    return out + ["".join(cur)]


@cache
def _odd_uppers() -> dict[str, tuple[str, ...]]:
    """The BMP characters whose lower-case form is not also that form's upper-case one's
    ("K" Kelvin sign → "k", "İ" → "i", "Ω" Ohm sign → "ω"; 37 under Python 3.11), by
    that lower-case form: the only case partners str methods cannot reach from a letter.
    One pass of two str methods (~0.02 CPU s), kept small: start-up pays for it."""
    odd: dict[str, list[str]] = {}
    for c in map(chr, range(0x10000)):
        low = c.lower()[:1]   # İ: "i̇", the simple mapping "i"
        if c != low and c != low.upper():
            odd.setdefault(low, []).append(c)
    return {k: tuple(v) for k, v in odd.items()}


@cache
def _letters_like(key: str, ignorecase: bool) -> tuple[str, ...]:
    """The characters that match the letter `key` (under IGNORECASE if asked), in code
    point order. The BMP is enough: no character beyond it folds to one inside it. Under
    IGNORECASE a match shares the letter's lower-case form, reached through str case
    methods, `_odd_uppers` and sre's extra cases, and is tested against the pattern
    itself (a test checks the result against every BMP character)."""
    if not ignorecase:
        return (key,)
    one = re.compile(re.escape(key), re.IGNORECASE)
    odd = _odd_uppers()
    candidates, todo = set(), [key]
    while todo:   # closed under case forms and sre's extra cases ("ı" → "I" → "i" → "İ")
        c = todo.pop()
        if c not in candidates:
            candidates.add(c)
            low = c.lower()[:1]
            todo += [low, *c.upper()[:1], *c.title()[:1], *odd.get(low, ()),
                     *(chr(x) for x in _SRE_EXTRA.get(ord(c), ()))]
    return tuple(sorted((c for c in candidates if len(c) == 1 and one.fullmatch(c)), key=ord))


def word_start_branches(alternatives: Iterable[str], not_after: str | None = r"[^\W\d_]",
                        ignorecase: bool = False, capitals_only: bool = False) -> str:
    """Regex source matching what `(?<!NOT_AFTER)(?:(?:a1)|(?:a2)|…)` matches, for regex
    sources a1, a2, … that each open with a plain letter and hold no capturing group
    (`capitals_only`: only where that letter is written upper-case).

    Written as one case-sensitive branch per spelling of a first letter ("T", "t"), the
    rest of the alternatives that open with it after it (folding case when `ignorecase`):
    a search then scans for those letters in C instead of trying the whole pattern at
    every position (`starts_with` only skips the rest of the try), and a branch is passed
    over on one comparison. Only the branches of one letter can match at a position, and
    they keep their order, so the same alternative wins."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        first = a[:1]
        if not first.isalpha() or a[1:2] in ("?", "*", "+", "{") or ("(" in a and re.compile(a).groups):
            raise ValueError(f"an alternative must open with a plain letter, no group: {a!r}")
        groups.setdefault(_case_key(first) if ignorecase else first, []).append(a[1:])
    after = "" if not_after is None else f"(?<!{not_after}.)"   # None: no word-start test
    fold = "(?i:" if ignorecase else "(?:"
    branches = []
    for key, rests in groups.items():
        rest = fold + "|".join(f"(?:{r})" for r in rests) + ")"
        for c in _letters_like(key, ignorecase):
            if c.isupper() or not capitals_only:
                branches.append(re.escape(c) + after + rest)
    return "(?-i:" + "|".join(branches) + ")"


def late_word_start(spellings: Iterable[str], not_after: str = r"[^\W\d_]") -> str:
    """Regex source matching what `(?<!NOT_AFTER)(?:s1|s2|…)` matches, for regex sources s1,
    s2, … each opening with two plain letters (every case spelled out: "Bệnh viện",
    "bệnh viện"): one branch per spelling with the word-start test after its second letter.
    A search scans for the first letters in C, and most of the positions it stops at fail
    on the second letter before the lookbehind is tried."""
    return "(?:" + "|".join(f"{s[:2]}(?<!{not_after}..){s[2:]}" for s in spellings) + ")"


def word_start_lexicon(words: Iterable[str], space: str | None = None, not_after: str | None = r"[^\W\d_]",
                       ignorecase: bool = False, capitals_only: bool = False) -> str:
    """`(?<!NOT_AFTER)(?:alternation(words, space, ignorecase))` as `word_start_branches`
    writes it: one trie per first letter, after that letter read case-sensitively."""
    groups: dict[str, list[str]] = {}
    for w in dict.fromkeys(words):
        groups.setdefault(_case_key(w[:1]) if ignorecase else w[:1], []).append(w)
    return word_start_branches([alternation(g, space=space, ignorecase=ignorecase) for g in groups.values()],
                               not_after=not_after, ignorecase=ignorecase, capitals_only=capitals_only)
