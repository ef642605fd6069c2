"""Normalisation that keeps offsets.

underthesea's `text_normalize` re-tokenises and so destroys offsets; here every
mapping is one character to one character, so the matching text has exactly the
length of the stored text and spans found in it point into the stored text.
"""
from __future__ import annotations

import re
import unicodedata

from .doc import Doc

NAME = "textnorm"
VERSION = "2"

# one char -> one char: spaces, dashes, quotes
_CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\u200b": " ", "\ufeff": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
}

# Old ("hoà") versus new ("hòa") tone placement: in NFC each pair is two
# characters either way, so swapping the tone keeps the length.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OLD_TONE = re.compile(r"(?i)(?<![qg])([oòóõỏọ][aàáãảạeèéẽẻẹ]|[uùúũủụ][yỳýỹỷỵ])(?![^\W\d_])")


def _move_tone(pair: str) -> str:
    """'oà' -> 'òa', 'uỷ' -> 'ủy' (tone on the first vowel of an open oa/oe/uy)."""
    first = unicodedata.normalize("NFD", pair[0])
    second = unicodedata.normalize("NFD", pair[1])
    tones = [c for c in second if c in _TONES]
    if not tones or any(c in _TONES for c in first):
        return pair
    base2 = "".join(c for c in second if c not in _TONES)
    out = unicodedata.normalize("NFC", first + tones[0]) + unicodedata.normalize("NFC", base2)
    return out if len(out) == 2 else pair


def tone_fold(text: str) -> str:
    """Modern tone placement for matching ("Tỉnh uỷ" -> "Tỉnh ủy"), same length."""
    return _OLD_TONE.sub(lambda m: _move_tone(m.group(1)), text)


def match_text(text: str) -> str:
    """Same-length matching form of NFC text."""
    mapped = text.translate(str.maketrans(_CHAR_MAP))
    return tone_fold(mapped)


# Page chrome: lines that are navigation, captions or file names, not prose.
_CHROME_LINE = re.compile(
    r"""^\s*(?:
        [\w\-]+\.(?:jpe?g|png|gif|webp|bmp)\s*$                   # image file names
      | (?:xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan)\s*[:>»].*$   # "Xem thêm: <link>"
      | (?:xem\s+thêm|đọc\s+thêm|video|đọc\s+báo\s+in|tin\s+liên\s+quan|bài\s+liên\s+quan|chia\s+sẻ|
           in\s+bài|tin\s+khác|tin\s+cùng\s+chuyên\s+mục|danh\s+mục\s*:.*|từ\s+khóa\s*:.*|
           tags?\s*:.*)\s*$
      | \d{1,2},\s*tháng\s*\d{1,2},\s*\d{4}\s*\|?\s*$            # "12, Tháng 7, 2024 |"
      | (?:ảnh|video|nguồn)\s*:\s*\S.{0,80}$                      # "Ảnh: SYT NA"
    )""", re.IGNORECASE | re.VERBOSE)


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are page chrome and carry no facts."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if _CHROME_LINE.match(line):
            spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def normalise(doc: Doc) -> Doc:
    if not unicodedata.is_normalized("NFC", doc.text):
        # Readers store NFC; a caller handing raw NFD still gets sane matching.
        doc.text = unicodedata.normalize("NFC", doc.text)
    doc.match = match_text(doc.text)
    lower = doc.match.lower()
    doc.lower = lower if len(lower) == len(doc.match) else doc.match
    doc.chrome = chrome_lines(doc.match)
    return doc
