"""Canonical keys: one string per way of writing a name.

`canonical_key` makes "BV Bạch Mai", "Bệnh viện Bạch Mai" and "bệnh viện
Bạch Mai" equal: NFC, modern tone placement, case-folded, dash and punctuation
variants unified, abbreviations expanded. `person_key` also strips honorifics.
`fold` (accents and đ/d removed) is only a secondary blocking key: it would
merge "Hùng" and "Hưng", so it never decides a merge on its own.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from extractors.textnorm import fold, match_text  # fold: the secondary blocking key

from . import data

KEY_VERSION = "4"

# Abbreviations the gazetteer does not list, or lists with another meaning.
_EXTRA_ABBREVIATIONS = {
    "BVĐHYD": "Bệnh viện Đại học Y Dược", "BVHNĐK": "Bệnh viện Hữu nghị Đa khoa",
    "HNĐK": "Hữu nghị Đa khoa", "ĐK": "Đa khoa", "ĐKTW": "Đa khoa Trung ương",
    "ĐKTƯ": "Đa khoa Trung ương", "BVTƯ": "Bệnh viện Trung ương",
    "KSBT": "Kiểm soát bệnh tật", "TP.Hồ Chí Minh": "Thành phố Hồ Chí Minh",
    "Tp. HCM": "Thành phố Hồ Chí Minh", "Tp HCM": "Thành phố Hồ Chí Minh",
    "TP.": "Thành phố", "Tp": "Thành phố", "ĐHY": "Đại học Y", "ĐHQGHN": "Đại học Quốc gia Hà Nội",
    "BSCK": "Bác sĩ Chuyên khoa", "GDĐT": "Giáo dục và Đào tạo", "SGD&ĐT": "Sở Giáo dục và Đào tạo",
    "CĐYT": "Cao đẳng Y tế", "TTYTDP": "Trung tâm Y tế dự phòng", "YTDP": "Y tế dự phòng",
}
# Ambiguous outside document codes ("Công ty CP" is Cổ phần, not Chính phủ).
_SKIP_ABBREVIATIONS = {"CP", "KCB"}
_KCB = "khám chữa bệnh"

_SPELLING = {"lí": "lý", "kĩ": "kỹ", "mĩ": "mỹ", "sỹ": "sĩ", "qui": "quy", "kcb": _KCB}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


@lru_cache(maxsize=1)
def _abbrev_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in data.abbreviations().items() if k not in _SKIP_ABBREVIATIONS}
    table.update(_EXTRA_ABBREVIATIONS)
    table["KCB"] = _KCB
    alts = []
    for abbr in sorted(table, key=len, reverse=True):
        esc = re.escape(abbr)
        # "TP." and "Q." end in a dot: they may touch the next word ("Q.1", "TP.Vinh")
        alts.append(esc + (r"(?=\s*\w)" if abbr.endswith(".") else r"(?![^\W_])"))
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + ")")
    return pattern, table


def expand_abbreviations(text: str) -> str:
    """Case-sensitive expansion: "BVĐK tỉnh" -> "Bệnh viện Đa khoa tỉnh"."""
    pattern, table = _abbrev_pattern()
    return pattern.sub(lambda m: f" {table[m.group(0)]} ", text)


def display_name(name: str) -> str:
    """A readable canonical form for a new entity: abbreviations spelt out,
    spaces tidied, first letter capitalised ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh")."""
    text = " ".join(expand_abbreviations(nfc(name)).split())
    return text[:1].upper() + text[1:]


def name_quality(name: str) -> tuple[bool, bool, bool]:
    """Higher is better: not shouted in capitals, no abbreviations, capitalised."""
    letters = [c for c in name if c.isalpha()]
    shouted = len(letters) > 3 and all(c.isupper() for c in letters)
    return (not shouted, expand_abbreviations(name) == name, name[:1].isupper())


_WORD = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    out = []
    for tok in _WORD.findall(text.lower()):
        out.extend(_SPELLING.get(tok, tok).split())
    return out


@lru_cache(maxsize=200_000)
def canonical_key(name: str) -> str:
    """The matching key of an organisation or place name."""
    text = match_text(nfc(name))
    return " ".join(_tokens(expand_abbreviations(text)))


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    forms = set(data.honorifics()) | set(data.titles()) | {
        "ông", "bà", "đồng chí", "đ/c", "GS", "PGS", "TS", "ThS", "BS", "BSCKI", "BSCKII", "CKI",
        "CKII", "DS", "TTND", "TTƯT", "Bác sĩ", "Tiến sĩ", "Thạc sĩ", "Giáo sư", "Phó Giáo sư",
        "Bác sĩ Chuyên khoa I", "Bác sĩ Chuyên khoa II", "BS CKI", "BS CKII", "BS.CKI", "BS.CKII"}
    alts = sorted({re.escape(match_text(nfc(f)).rstrip(".")) for f in forms}, key=len, reverse=True)
    one = r"(?:" + "|".join(alts) + r")\.?"
    return re.compile(r"^\s*(?:" + one + r"(?:[\s.,]+|$))+", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def strip_honorifics(name: str) -> str:
    """"PGS.TS. Đào Xuân Cơ" -> "Đào Xuân Cơ" (all leading honorifics)."""
    text = match_text(nfc(name)).strip()
    stripped = _honorific_pattern().sub("", text, count=1).strip(" ,.-:")
    # never strip a whole name: "Bà" alone, or a surname that is also a title word
    return stripped if len(stripped.split()) >= 2 or not text else text


@lru_cache(maxsize=200_000)
def person_key(name: str) -> str:
    """Key of a personal name: honorifics removed, no abbreviation expansion."""
    return " ".join(_WORD.findall(strip_honorifics(name).lower()))


@lru_cache(maxsize=200_000)
def is_ascii_form(text: str) -> bool:
    """True for a name written without any Vietnamese diacritics."""
    return all(ord(c) < 128 for c in text)


_NUMBER = re.compile(r"\d+")
_ROMAN = {"ii", "iii", "iv", "vi", "vii", "viii", "ix"}


def numbers(key: str) -> tuple[str, ...]:
    """Numbers and roman numerals in a key; names that differ here never merge."""
    toks = key.split()
    nums = [str(int(n)) for n in _NUMBER.findall(key)]
    return tuple(nums + [t for t in toks[1:] if t in _ROMAN])


def entity_id(type_: str, key: str) -> str:
    """Stable id from a family ("organization", "person", "province") and a key."""
    digest = hashlib.sha1(f"{type_}\x1f{key}".encode()).hexdigest()[:12]
    return f"{type_[:3]}_{digest}"
