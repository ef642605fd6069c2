"""underthesea as a second opinion, never the decision-maker.

The lexicon finds almost every name; underthesea's CRF `ner` is consulted
only for a capitalised run that follows a title but starts with a surname the
lexicon lacks (rare or minority surnames). It runs on that short window only,
so extraction stays many times faster than tagging every sentence.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def tagged_person(window: str) -> str | None:
    """The person name underthesea tags at the start of `window`, if any."""
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
    if 2 <= len(parts) <= 5 and all(p[:1].isupper() for p in parts):
        return name
    return None
