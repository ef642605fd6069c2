"""underthesea as a second opinion, never the decision-maker.

The lexicon finds almost every name; underthesea's CRF `ner` is consulted
only for a capitalised run that follows a title but starts with a surname the
lexicon lacks (rare or minority surnames). It runs on that short window only,
and only when the window's first two words are capitalised (no name it could
tag otherwise), so extraction stays many times faster than tagging every
sentence and most documents never load the model (about 1 CPU s, 80 MB).
"""
from __future__ import annotations

from functools import lru_cache


def could_start_name(window: str) -> bool:
    """Do the window's first two words both start with a capital? A name of two to
    five capitalised words at its start needs that."""
    words = window.split(None, 2)
    return len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper()


@lru_cache(maxsize=4096)
def tagged_person(window: str) -> str | None:
    """The person name underthesea tags at the start of `window` (its first two to
    five words, each capitalised), if any."""
    if not could_start_name(window):
        return None   # the CRF costs ~4 ms a call and a model load on first use
    return crf_person(window)


def forget_answers() -> None:
    """Drop the remembered CRF answers, so a benchmark pass never reuses an earlier pass's."""
    tagged_person.cache_clear()


def crf_person(window: str) -> str | None:
    """`tagged_person` without the cheap test: always asks the CRF."""
    try:
        from underthesea import ner
    except ImportError:  # pragma: no cover - underthesea is a declared dependency
        return None
    try:
        tags = ner(window)
    except Exception:  # a CRF failure on odd input is not worth failing a document
        return None
    words: list[str] = []
    for token, _pos, _chunk, label in tags:
        if label in ("B-PER", "I-PER") and (words or label == "B-PER"):
            words.append(token)
        elif words:
            break
        else:
            return None
    name = " ".join(words)
    parts = name.split()
    if 2 <= len(parts) <= 5 and all(p[:1].isupper() for p in parts) and window.startswith(name):
        return name
    return None
