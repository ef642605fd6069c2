"""Tokens of the word-segmented corpus, and the shape tests the miners share.

The corpus joins the syllables of one word with '_' ("Bệnh_viện", "Nguyễn_Xuân_Phúc"),
so one token is one word, and a person's full name is usually one token. Tokens are
NFC-normalised with modern tone placement ("Hoà_Bình" -> "Hòa_Bình") through one
memoised function, so counts do not split over spelling variants.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.textnorm import normalize_tones  # noqa: E402

DATA = ROOT / "extractors" / "data"
SENTENCE_END = frozenset({".", "!", "?", ";", ":", "…", "...", "?!"})
OPENERS = frozenset({'"', "“", "'", "(", "[", "-", "–", "—", "*", "+", "•", "‘"})
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&\-\.]*[A-ZĐ0-9\.]$")
_DIGITS = re.compile(r"^\d+$")
# A Vietnamese syllable (base letters after removing diacritics): onset, glide, nucleus, coda.
_VI_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                          r"[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$")


@lru_cache(maxsize=1_000_000)
def norm(token: str) -> str:
    """NFC, modern tone placement; case kept."""
    return normalize_tones(token)


def sentences(seg: str) -> Iterator[list[str]]:
    """Token lists of the sentences of a segmented article; all-caps and Title Case
    heading lines skipped (their capitals say nothing about names)."""
    for line in seg.splitlines():
        tokens = [norm(t) for t in line.split()]
        letters = [c for t in tokens for c in t if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        heads = [s[0] for t in tokens for s in syllables(t) if s[:1].isalpha()]
        if len(heads) >= 6 and sum(c.isupper() for c in heads) > 0.75 * len(heads):
            continue
        current: list[str] = []
        for tok in tokens:
            current.append(tok)
            if tok in SENTENCE_END:
                if len(current) > 1:
                    yield current
                current = []
        if current:
            yield current


def syllables(token: str) -> list[str]:
    return token.split("_")


def words(token: str) -> str:
    """Display form: syllables joined by spaces."""
    return token.replace("_", " ")


def is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


def is_acronym(token: str) -> bool:
    """'WHO', 'UNICEF', 'TP.', 'HCM', 'BV', 'CDC', 'COVID-19'."""
    return len(token) >= 2 and bool(_ACRONYM.match(token))


def is_number(token: str) -> bool:
    return bool(_DIGITS.match(token))


def mid_sentence(tokens: list[str], i: int) -> bool:
    """Capitals at i are informative: not the sentence's first word nor right after an opener."""
    return i > 0 and tokens[i - 1] not in OPENERS and tokens[i - 1] not in SENTENCE_END


def base_letters(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable.lower())
                   if not unicodedata.combining(c)).replace("đ", "d")


def is_vietnamese_syllable(syllable: str) -> bool:
    return bool(_VI_SYLLABLE.match(base_letters(syllable)))


def _load_surnames() -> frozenset[str]:
    data = json.loads((DATA / "surnames.json").read_text(encoding="utf-8"))
    return frozenset(norm(s) for s in data["surnames"])


SURNAMES = _load_surnames()


def all_syllables_cap(token: str) -> bool:
    return all(s[:1].isupper() for s in syllables(token))


# countries and regions as the Vietnamese press writes them (lower case)
COUNTRIES = frozenset("""mỹ|hoa kỳ|trung quốc|nhật|nhật bản|hàn quốc|triều tiên|nga|anh|pháp|đức|
    úc|ấn độ|việt nam|vn|lào|campuchia|thái lan|singapore|malaysia|indonesia|philippines|
    myanmar|đài loan|hong kong|hồng kông|canada|italy|ý|tây ban nha|israel|iran|iraq|syria|
    thổ nhĩ kỳ|ukraine|brazil|mexico|châu âu|eu|châu á|quốc tế|nước ngoài|venezuela|
    afghanistan|pakistan|ai cập|saudi arabia|ả rập xê út|australia|new zealand|cuba|
    thụy điển|thụy sĩ|hà lan|bỉ|ba lan|séc|hungary|áo|na uy|phần lan|đan mạch|
    mông cổ|bangladesh|sri lanka|nepal|qatar|yemen|libya|jordan|liban|li băng|
    nam phi|nigeria|kenya|ethiopia|argentina|chile|peru|colombia|bolivia|brunei|
    đông timor|liên hợp quốc|liên hiệp quốc|lhq""".replace("\n", "").split("|"))
COUNTRIES = frozenset(c.strip() for c in COUNTRIES)


def _load_places() -> frozenset[str]:
    data = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
    names: set[str] = set()
    for unit in data.get("old_units", []) + data.get("new_units", []):
        for n in [unit.get("name"), unit.get("capital"), unit.get("seat"), *(unit.get("aliases") or [])]:
            if n:
                names.add(norm(n).replace(" ", "_"))
    names.update(c.title().replace(" ", "_") for c in COUNTRIES)  # "Thái_Lan", "Hoa_Kỳ"
    return frozenset(names)


PLACES = _load_places()


def looks_vietnamese_person(token: str) -> bool:
    """'Nguyễn_Xuân_Phúc', 'Tô_Lâm': 2-5 capitalised Vietnamese syllables starting with a
    known surname; two-syllable provinces, capitals and countries ('Hà_Nội', 'Thái_Lan')
    excepted."""
    sy = syllables(token)
    if len(sy) == 2 and token in PLACES:
        return False
    return (2 <= len(sy) <= 5 and all_syllables_cap(token) and sy[0] in SURNAMES
            and all(s.isalpha() and is_vietnamese_syllable(s) for s in sy))


PERSON_FLAG, WORD_FLAG, INNER_FLAG = "@", "|", "."


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as words (`tokens`) and as syllables (`syls`) with one flag per
    syllable: '|' starts a word, '@' starts a word shaped like a Vietnamese person's
    name, '.' continues a word. Names are read over syllables, people spotted by words."""

    tokens: list[str]
    syls: list[str]
    flags: str


def sentence(tokens: list[str]) -> Sentence:
    syls: list[str] = []
    flags: list[str] = []
    for tok in tokens:
        parts = syllables(tok) if "_" in tok else [tok]
        flag = PERSON_FLAG if looks_vietnamese_person(tok) else WORD_FLAG
        for k, p in enumerate(parts):
            syls.append(p)
            flags.append(flag if k == 0 else INNER_FLAG)
    return Sentence(tokens, syls, "".join(flags))


def doc_sentences(seg: str) -> list[Sentence]:
    return [sentence(t) for t in sentences(seg)]


class PhraseIndex:
    """Phrases (heads, titles) matched case-insensitively over a sentence's syllables,
    longest first, starting and ending at word boundaries."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in phrases:
            key = tuple(phrase.lower().split())
            self.by_first.setdefault(key[0], []).append((key, phrase))
        for options in self.by_first.values():
            options.sort(key=lambda item: -len(item[0]))

    def match(self, syls: Sequence[str], flags: str, j: int) -> tuple[str, int] | None:
        """(phrase, end) for the longest phrase at syllable j, else None."""
        if flags[j] == INNER_FLAG:
            return None
        for key, phrase in self.by_first.get(syls[j].lower(), ()):
            end = j + len(key)
            if end <= len(syls) and tuple(s.lower() for s in syls[j:end]) == key \
                    and (end == len(syls) or flags[end] != INNER_FLAG):
                return phrase, end
        return None

    def finditer(self, syls: Sequence[str], flags: str,
                 accept=None) -> Iterator[tuple[str, int, int]]:
        """(phrase, start, end) left to right, not overlapping; `accept(phrase, start)`
        may veto a match (the scan then moves one syllable on)."""
        j = 0
        while j < len(syls):
            hit = self.match(syls, flags, j)
            if hit is None or (accept is not None and not accept(hit[0], j)):
                j += 1
                continue
            yield hit[0], j, hit[1]
            j = hit[1]
