"""Where the words of several lexicons start in a document, found in one pass.

Each lexicon (organisation heads, title starts, cooperation triggers, provinces, …) was
a regex scan of every sentence of the lower-cased matching text: a set of first letters
the engine tests at every character (about 50 instructions a character, 20-40M per pass
over `.eval/real` each). An Aho-Corasick automaton (pyahocorasick, a C extension shipped
as wheels) reads the lower-cased text once for all of them and reports every place a
word of any lexicon is spelt; the word-start test and each scan's own rules (which word
a match takes, no overlaps) are applied in Python to those few places only.

A consumer asks `hits(doc)[NAME]`: the places a word of lexicon NAME starts (after a
non-letter, for the lexicons that ask for it), and the lengths of its words spelt there;
`finditer` tries a pattern whose every match opens with such a word only there.
Without pyahocorasick `hits` returns None and the consumers scan with their regexes as
before (the same answers: tests check both against each other). A lexicon whose words
are common pays off only where the scan it replaces is costlier than a Python-level try at
each place they are spelt: the cooperation cues, whose scan runs only in the sentences that
hold a trigger, do (measured in session 34); a scan of every sentence for common words would not.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache


def _lexicons() -> dict[str, tuple[set[str], bool]]:
    """The lexicons the automaton holds: each as the words its regex scan spells (for
    `finditer`: the lower-cased words every match opens with), and whether a word counts
    only where a non-letter is before it (read when the automaton is first built)."""
    from .cooperations import _TRIGGERS   # (imported here: those modules need nothing from this one)
    from .coop_cues import CUE_WORDS
    from .coop_ends import PARTNER_LEAD_WORDS
    from .figures import _PEOPLE_WORDS
    from .legal import KINDS
    from .orgs.associations import HEAD_WORDS as ASSOCIATION_HEADS
    from .orgs.brands import lower_brands
    from .orgs.foreign_bodies import FOREIGN_HEADS, LATIN_HEADS
    from .orgs.heads import HEADS
    from .orgs.known import headless_forms
    from .orgs.schools import LEVEL_WORDS
    from .places import _table
    from .short_names import SHORT_WORDS
    from .titles import lower_titles

    return {"heads": ({h.lower() for h, _, _ in HEADS}, True),         # orgs.heads.HEAD_LOWER_RE
            "titles": (set(lower_titles()), True),                    # titles._lower_title_start
            "triggers": (set(_TRIGGERS), False),                      # cooperations._TRIGGER
            "people": (set(_PEOPLE_WORDS), True),                     # figures._PEOPLE_LOWER_RE
            "headless": ({f.split(" ")[0].lower() for f in headless_forms()}, True),   # orgs.known
            "levels": ({w.lower() for w in LEVEL_WORDS}, True),       # orgs.schools._LEVEL
            "kinds": ({k.split(" ")[0].lower() for k in KINDS}, False),   # legal._NUMBERED
            "provinces": (set(_table()[1]), True),                    # places._capital_table
            "honorifics": ({w.lower() for w in SHORT_WORDS}, True),   # short_names._SHORT
            "partner_leads": ({w.lower() for w in PARTNER_LEAD_WORDS}, True),   # coop_ends._ANY_PARTNER_LEAD
            "cues": ({w.lower() for w in CUE_WORDS}, True),           # coop_cues.CUE_RE (coop_rules.cue_clauses)
            # (first words: a head's words may be parted by any blanks)
            "foreign_heads": ({h.split()[0].lower() for h in FOREIGN_HEADS}, True),   # orgs.foreign_bodies._HEAD
            "latin_heads": ({h.split()[0] for h in LATIN_HEADS}, True),   # orgs.foreign_bodies._LATIN_NAMED
            "association_heads": ({h.split()[0].lower() for h in ASSOCIATION_HEADS}, True),   # orgs.associations._HEAD
            "brands": (lower_brands(), False)}                        # orgs.brands._BRAND_START


@cache
def _automaton():
    """(automaton, lexicon names) or None without pyahocorasick. Each word's value is
    (its length, the indexes of the lexicons holding it that want a non-letter before
    it, those that do not, the two together, and the one-length tuple a start where only
    it is spelt gets: shared, so a hit allocates nothing)."""
    try:
        import ahocorasick
    except ImportError:   # pragma: no cover - the dependency is declared; a bare checkout may lack it
        return None
    lexicons = _lexicons()
    names = tuple(lexicons)
    which: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for k, name in enumerate(names):
        words, word_start = lexicons[name]
        for word in words:
            starts, anywhere = which.get(word, ((), ()))
            which[word] = (starts + (k,), anywhere) if word_start else (starts, anywhere + (k,))
    auto = ahocorasick.Automaton(ahocorasick.STORE_ANY)
    for word, (starts, anywhere) in which.items():
        auto.add_word(word, (len(word), starts, anywhere, starts + anywhere, (len(word),)))
    auto.make_automaton()
    return auto, names


def available() -> bool:
    return _automaton() is not None


def is_letter(c: str) -> bool:
    r"""`[^\W\d_]` of `re` for one character ("_" is no alnum)."""
    return c.isalnum() and not c.isdecimal()


def _find(doc) -> dict[str, tuple[list[int], list[tuple[int, ...]]]]:
    auto, names = _automaton()
    text = doc.lower
    tables: list[dict[int, tuple[int, ...]]] = [{} for _ in names]
    for end, (size, which, anywhere, both, single) in auto.iter(text):
        start = end + 1 - size
        if which and start:
            c = text[start - 1]
            if c != " " and c.isalnum() and not c.isdecimal():   # is_letter, inline: once a hit
                both = anywhere
        for k in both:
            table = tables[k]
            got = table.get(start)
            # (a second length at one start is rare: only then a new tuple, longest first)
            table[start] = single if got is None else tuple(sorted(got + single, reverse=True))
    out = {}
    for name, table in zip(names, tables):
        starts = sorted(table)
        out[name] = (starts, list(map(table.__getitem__, starts)))
    return out


def spelt_in(found: tuple[list[int], list[tuple[int, ...]]], start: int, end: int) -> bool:
    """Whether a word of one lexicon's hits (`hits(doc)[NAME]`) lies in [start, end): what
    a search of its regex between those bounds tells."""
    starts, sizes = found
    for i in range(bisect_left(starts, start), len(starts)):
        if starts[i] >= end:
            return False
        if starts[i] + sizes[i][-1] <= end:
            return True
    return False


def finditer(pattern, text: str, found: tuple[list[int], list[tuple[int, ...]]], start: int, end: int,
             capital: bool = False, offset: int = 0):
    """What `pattern.finditer(text, start, end)` yields, for a pattern whose every match
    opens with a word of one lexicon (`hits(doc)[NAME]`: its words lower-cased, and the
    text `doc.match` or `doc.lower`, or its slice from `offset`): the pattern is tried only
    where such a word starts (`capital`: and a capital letter is written there: the
    pattern's words all open with one), in order, the next try after a match's end, as
    finditer goes on."""
    starts = found[0]
    pos = start
    lo = bisect_left(starts, start + offset)
    # (the starts before `end` sliced out at once: ~3,400 calls a pass read them one by one)
    for p in starts[lo:bisect_left(starts, end + offset, lo)]:
        p -= offset
        if p < pos or capital and not text[p].isupper():
            continue
        m = pattern.match(text, p, end)
        if m is not None:
            yield m
            pos = m.end()


def matches(pattern, text: str, found, name: str, start: int, end: int, capital: bool = False):
    """`pattern.finditer(text, start, end)`, tried only at the words of lexicon NAME when the
    document's word hits `found` (`hits(doc)`) are there; the plain scan without them."""
    if found is None:
        return pattern.finditer(text, start, end)
    return finditer(pattern, text, found[name], start, end, capital)


def hits(doc) -> dict[str, tuple[list[int], list[tuple[int, ...]]]] | None:
    """Per lexicon, (the starts of its words after a non-letter in `doc.lower`, ascending;
    for each start the lengths of the words spelt there, longest first); computed once
    per document. None without pyahocorasick, or when `doc.lower` is not the lower-cased
    matching text (lower-casing changed its length). (Asked ~100 times a document: the
    look-up comes first, the tests run once with the computation.)"""
    return doc.derived("wordhits", _usable_find)


def _usable_find(doc) -> dict[str, tuple[list[int], list[tuple[int, ...]]]] | None:
    if doc.lower is doc.match or len(doc.lower) != len(doc.match) or _automaton() is None:
        return None
    return _find(doc)
