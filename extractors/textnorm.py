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

# Tone placement: old style ("hoà", "uỷ", "khoẻ") and new style ("hòa", "ủy",
# "khỏe") are the same word. Moving a tone inside an NFC syllable keeps its length.
_SYLLABLE = re.compile(r"[^\W\d_]+")
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền sắc ngã hỏi nặng
_SHAPE_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn (â ê ô ă ơ ư)
_VOWELS = frozenset("aeiouy")


def fix_syllable(word: str) -> str:
    """Re-place the tone mark of one NFC syllable by the modern rule (see normalize_tones)."""
    units: list[list[str]] = []  # [base letter, *marks]
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and units:
            units[-1].append(ch)
        else:
            units.append([ch])
    tones = [(i, m) for i, u in enumerate(units) for m in u[1:] if m in TONE_MARKS]
    if len(tones) != 1:
        return word  # no tone, or not a Vietnamese syllable
    tone = tones[0][1]
    for u in units:
        if tone in u[1:]:
            u.remove(tone)
    base = "".join(u[0] for u in units).lower()
    start = 0
    if base.startswith("qu") and len(base) > 2:
        start = 2  # 'u' of 'qu' is part of the consonant: quý, quỹ, quả
    elif base.startswith("gi") and len(base) > 2 and base[2] in _VOWELS:
        start = 2  # 'i' of 'gi' likewise: giá, giữa (but gìn keeps its i)
    while start < len(base) and base[start] not in _VOWELS:
        start += 1
    end = start
    while end < len(base) and base[end] in _VOWELS:
        end += 1
    if start == end:
        return word
    cluster = range(start, end)
    shaped = [i for i in cluster if _SHAPE_MARKS.intersection(units[i][1:])]
    if shaped:
        pos = shaped[-1]  # ê ơ ô â ă ư carry the tone (ươ -> ơ)
    elif end < len(base):
        pos = end - 1  # closed syllable: last vowel (hoàng, huỳnh, toán)
    elif end - start == 3:
        pos = start + 1  # open triphthong: middle (hoài, khuỷu)
    else:
        pos = start  # open: first vowel (hòa, khỏe, thủy, mùa, mía)
    units[pos].append(tone)
    return unicodedata.normalize("NFC", "".join("".join(u) for u in units))


def normalize_tones(text: str) -> str:
    """NFC text with tone marks in the modern position ("Hoà Bình" -> "Hòa Bình",
    "Tỉnh uỷ" -> "Tỉnh ủy", "khoẻ" -> "khỏe"); case and everything else preserved.

    The data files spell canonical names this way, so this is also the display form.
    """
    text = unicodedata.normalize("NFC", text)
    return _SYLLABLE.sub(lambda m: fix_syllable(m.group(0)), text)


# Only open syllables ending in oa/oe/uy differ between the two styles, so the
# hot path touches just those words: it looks for the vowel pair at a word's end
# (a leading character class lets the regex engine skip ahead fast), then walks
# back to the word's start. A word is a run of letters: `[^\W\d_]` in re terms,
# which is exactly `ch.isalnum() and not ch.isdecimal()`.
def _cased(chars: str) -> str:
    """`chars` with every other case form IGNORECASE would match (they are Latin letters
    with one simple case pair each)."""
    return "".join(dict.fromkeys(chars + chars.upper()))


_O, _U = _cased("oòóõỏọ"), _cased("uùúũủụ")
_AE, _Y = _cased("aàáãảạeèéẽẻẹ"), _cased("yỳýỹỷỵ")
# both letters first, each one set (most "o" and "u" fail the second on one test), then
# whether they pair: o with a/e, u with y
_OLD_STYLE_END = re.compile(rf"[{_O}{_U}][{_AE}{_Y}](?<=[{_O}][{_AE}]|[{_U}][{_Y}])(?![^\W\d_])")


def _same_length(word: str) -> str:
    hit = _SAME_LENGTH_SEEN.get(word)
    if hit is None:
        fixed = fix_syllable(word)
        hit = fixed if len(fixed) == len(word) else word
        if len(_SAME_LENGTH_SEEN) < 8192:   # a few hundred syllables repeat across articles
            _SAME_LENGTH_SEEN[word] = hit
    return hit


_SAME_LENGTH_SEEN: dict[str, str] = {}


def tone_fold(text: str) -> str:
    """Modern tone placement for matching ("Tỉnh uỷ" -> "Tỉnh ủy"), same length."""
    parts: list[str] = []
    done = 0
    for m in _OLD_STYLE_END.finditer(text):
        start = m.start()
        while start > done and text[start - 1].isalnum() and not text[start - 1].isdecimal():
            start -= 1
        parts += (text[done:start], _same_length(text[start:m.end()]))
        done = m.end()
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def match_text(text: str) -> str:
    """Same-length matching form of NFC text."""
    for char, plain in _CHAR_MAP.items():   # a few C-speed scans beat str.translate
        if char in text:
            text = text.replace(char, plain)
    return tone_fold(text)


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


_FOLD_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Accent-free, đ->d, lower-case words: names typed without (or with wrong) accents meet their
    accented form. Here, not in pipeline.resolve, so extractors can use it without loading the resolver."""
    text = unicodedata.normalize("NFC", text or "").lower().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(_FOLD_WORD.findall(text))


def normalise(doc: Doc) -> Doc:
    if not unicodedata.is_normalized("NFC", doc.text):
        # Readers store NFC; a caller handing raw NFD still gets sane matching.
        doc.text = unicodedata.normalize("NFC", doc.text)
    doc.match = match_text(doc.text)
    lower = doc.match.lower()
    doc.lower = lower if len(lower) == len(doc.match) else doc.match
    doc.chrome = chrome_lines(doc.match)
    return doc
