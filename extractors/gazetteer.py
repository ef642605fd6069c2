"""Gazetteer and lexicons for Vietnamese health news: provinces, known organisations,
titles, honorifics, surnames, organisation heads and legal document kinds.

The facts live in editable JSON under ``extractors/data/`` (each file names its
sources); this module only loads them once and builds lookup keys, so fixing a
fact never needs a code change.  Everything here is pure stdlib and cheap to
import: extractors can call these functions in hot loops because every loader is
cached.

Matching keys: news text mixes old ("hoà", "uỷ") and modern ("hòa", "ủy") tone
placement, capitalisation and dash/space styles ("Bà Rịa-Vũng Tàu", "TP. HCM"),
so lookups go through :func:`tone_key` (and, as a fallback, :func:`loose_key`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .textnorm import normalize_tones

DATA_DIR = Path(__file__).resolve().parent / "data"

__all__ = [
    "DATA_DIR", "KnownOrg", "Province", "abbreviations", "countries", "current_province", "find_org",
    "find_province", "former_names", "given_name_stopwords", "honorifics", "known_orgs",
    "legal_issuers", "legal_kind_codes", "legal_kinds", "load", "loose_key", "new_provinces",
    "normalize_tones", "old_provinces", "org_heads", "org_index", "org_variants",
    "province_index", "provinces", "split_honorifics", "surnames", "title_modifiers",
    "titles", "tone_key",
]


@cache
def load(name: str) -> dict[str, Any]:
    """Parsed ``data/<name>.json`` (cached: each file is read once per process)."""
    with open(DATA_DIR / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


# --------------------------------------------------------------------------- keys
# tone placement is the normalisation stage's rule (textnorm), shared so data keys
# and text are normalised alike

_WORD = re.compile(r"[^\W\d_]+")
_DASHES = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]\s*")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def tone_key(text: str) -> str:
    """Matching key: NFC, lower-case, modern tone placement, collapsed whitespace,
    dashes unified to " - " and curly quotes straightened."""
    text = normalize_tones(text.translate(_QUOTES)).lower()
    text = _DASHES.sub(" - ", text)
    return " ".join(text.split())


def loose_key(text: str) -> str:
    """Coarser key: tone_key with everything but letters and digits removed, so
    "TP. HCM", "TP.HCM" and "TPHCM" (or "BR-VT" and "BRVT") collide."""
    return "".join(ch for ch in tone_key(text) if ch.isalnum())


# ---------------------------------------------------------------------- provinces

@dataclass(frozen=True)
class Province:
    """A provincial-level unit. One record per distinct name: a name that exists both
    before and after the 2025 reform (e.g. "Nghệ An", "Thái Nguyên") is one record with
    ``merged_into`` set (its fate as an old unit) and ``formed_from`` set (its
    composition as a new unit)."""

    name: str
    kind: str  # "tỉnh" | "thành phố"
    aliases: tuple[str, ...]
    merged_into: str | None  # post-reform unit this old unit became part of; None if not an old unit
    since: str | None  # ISO date the change took effect
    formed_from: tuple[str, ...]  # old units composing this new unit; () if not a current unit
    code: str | None = None  # GSO code
    seat: str | None = None  # old unit hosting the new unit's administrative centre
    status: str | None = None  # unchanged | absorbing | merged | renamed (as an old unit)
    capital: str | None = None  # pre-2025 provincial capital

    @property
    def is_old(self) -> bool:
        """One of the 63 units listed before the 2025 reforms."""
        return self.merged_into is not None

    @property
    def is_current(self) -> bool:
        """One of the 34 units from 2025-07-01."""
        return bool(self.formed_from)

    @property
    def current(self) -> str:
        """Name of the post-reform unit covering this one."""
        return self.name if self.is_current else self.merged_into or self.name


@cache
def provinces() -> list[Province]:
    """All distinct province records (old and new, merged by name), old-code order."""
    data = load("provinces")
    old = {u["name"]: u for u in data["old_units"]}
    new = {u["name"]: u for u in data["new_units"]}
    out = []
    for name in list(old) + [n for n in new if n not in old]:
        o, n = old.get(name, {}), new.get(name, {})
        aliases = tuple(dict.fromkeys([*o.get("aliases", []), *n.get("aliases", [])]))
        out.append(Province(
            name=name, kind=(o or n)["kind"], aliases=aliases,
            merged_into=o.get("merged_into"), since=o.get("since") or n.get("since"),
            formed_from=tuple(n.get("formed_from", ())), code=(o or n).get("code"),
            seat=n.get("seat"), status=o.get("status"), capital=o.get("capital"),
        ))
    return out


@cache
def city_provinces() -> frozenset[str]:
    """Names of the provincial-level cities (kind "thành phố": Hà Nội, Huế, …): their bare
    "thành phố" is the province itself."""
    return frozenset(p.name for p in provinces() if p.kind == "thành phố")


@cache
def old_city_provinces() -> frozenset[str]:
    """The provincial-level cities before the 2025 reforms (not Huế, then "tỉnh Thừa Thiên
    Huế"): where an older story's bare "tỉnh" cannot be its own province."""
    return frozenset(p.name for p in old_provinces() if p.kind == "thành phố")


def with_level(province: str) -> str:
    """A province written after its body's name with its level: "tỉnh Nghệ An", "thành phố Hà
    Nội" (a provincial-level city); a name already "Thành phố …" stays as it is."""
    if province.startswith("Thành phố"):
        return province
    return f"{'thành phố' if province in city_provinces() else 'tỉnh'} {province}"


def old_provinces() -> list[Province]:
    """The 63 units before the 2025 reforms."""
    return [p for p in provinces() if p.is_old]


def new_provinces() -> list[Province]:
    """The 34 units from 2025-07-01."""
    return [p for p in provinces() if p.is_current]


def _build_index(entries: list[tuple[Any, list[str], list[str]]], keyfn) -> dict[str, Any]:
    """Map keys to objects: primary names win over aliases; an alias claimed by two
    different objects is dropped rather than guessed."""
    index: dict[str, Any] = {}
    for obj, names, _ in entries:
        for text in names:
            index.setdefault(keyfn(text), obj)
    ambiguous: set[str] = set()
    alias_owner: dict[str, Any] = {}
    for obj, names, aliases in entries:
        for text in aliases:
            key = keyfn(text)
            if key in index:
                continue  # a primary name owns it
            if key in alias_owner and alias_owner[key] is not obj:
                ambiguous.add(key)
            alias_owner.setdefault(key, obj)
    for key, obj in alias_owner.items():
        if key not in ambiguous:
            index[key] = obj
    for key in ambiguous:
        index.pop(key, None)
    return index


def _province_entries() -> list[tuple[Province, list[str], list[str]]]:
    return [(p, [p.name], list(p.aliases)) for p in provinces()]


@cache
def province_index() -> dict[str, Province]:
    """tone_key(name or alias) -> Province. A name beats another unit's alias, so
    "Huế" is the current city while "Thừa Thiên Huế" is the old province."""
    return _build_index(_province_entries(), tone_key)


@cache
def _province_loose_index() -> dict[str, Province]:
    return _build_index(_province_entries(), loose_key)


_PROV_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?|t\.p\.?|thủ đô)\s*")
_EDGE_PUNCT = " \t\n.,;:!?\"'()[]"


def find_province(text: str) -> Province | None:
    """The province a name refers to ("TP.HCM", "tỉnh Nghệ An", "Thành phố Hà Nội",
    "Hoà Bình", "BRVT"), or None. Exact name/alias first, then with the unit-kind
    prefix stripped, then the punctuation-blind loose key."""
    key = tone_key(text).strip(_EDGE_PUNCT)
    if not key:
        return None
    index = province_index()
    if key in index:
        return index[key]
    bare = _PROV_PREFIX.sub("", key, count=1).strip(_EDGE_PUNCT)
    if bare in index:
        return index[bare]
    loose = _province_loose_index()
    return loose.get(loose_key(key)) or loose.get(loose_key(bare))


_MISSING: Any = object()


def current_province(name: str, default: Any = _MISSING) -> str:
    """Post-2025 unit name for any old or new name/alias ("Bắc Kạn" -> "Thái Nguyên",
    "Thừa Thiên Huế" -> "Huế", "Nghệ An" -> "Nghệ An"). Unknown names raise KeyError
    unless a default is given."""
    prov = find_province(name)
    if prov is None:
        if default is _MISSING:
            raise KeyError(f"unknown province: {name!r}")
        return default
    return prov.current


def former_names(current: str) -> list[str]:
    """Old units that make up a current unit ("Cần Thơ" -> ["Cần Thơ", "Hậu Giang",
    "Sóc Trăng"]); [] for a unit that no longer exists. Unknown names raise KeyError."""
    prov = find_province(current)
    if prov is None:
        raise KeyError(f"unknown province: {current!r}")
    return list(prov.formed_from)


# ------------------------------------------------------------------ organisations

@dataclass(frozen=True)
class KnownOrg:
    """A named organisation from hospitals.json or organizations.json."""

    name: str
    type: str  # hospital | health_department | ministry | government | party | agency | university | health_center | company | other
    province: str | None  # old-province name (see provinces.json), None for national bodies
    aliases: tuple[str, ...]
    level: str | None  # central | provincial | city | private | international
    parent: str | None = None
    successor: str | None = None  # body that replaced it, if dissolved/renamed/merged
    until: str | None = None  # ISO date it ceased to exist, when known


def _org(rec: dict[str, Any]) -> KnownOrg:
    return KnownOrg(
        name=rec["name"], type=rec["type"], province=rec.get("province"),
        aliases=tuple(rec.get("aliases", ())), level=rec.get("level"),
        parent=rec.get("parent"), successor=rec.get("successor"), until=rec.get("until"),
    )


@cache
def known_orgs() -> list[KnownOrg]:
    """Hospitals followed by other organisations, in file order."""
    return ([_org(r) for r in load("hospitals")["hospitals"]]
            + [_org(r) for r in load("organizations")["organizations"]])


# Mechanical spelling variants, applied to names and aliases, so the data files only
# list the non-mechanical aliases. (pattern, replacements)
_ORG_VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Bệnh viện Đa khoa Trung ương ", ("BVĐKTW ", "BVĐK TW ", "BV Đa khoa Trung ương ")),
    ("Bệnh viện Trung ương ", ("BVTW ", "BV TW ", "BV Trung ương ")),
    ("Bệnh viện Đa khoa ", ("BVĐK ", "BV Đa khoa ", "BV ĐK ")),
    ("Bệnh viện ", ("BV ",)),
    ("Trung ương", ("TW", "TƯ", "T.Ư")),
    ("Thành phố Hồ Chí Minh", ("TP.HCM", "TPHCM", "TP HCM", "TP. Hồ Chí Minh", "TP Hồ Chí Minh")),
    ("Trung tâm Kiểm soát bệnh tật ", ("TTKSBT ",)),
    ("Trường Đại học ", ("Trường ĐH ",)),
    ("Đại học ", ("ĐH ",)),
)


def org_variants(text: str) -> list[str]:
    """Mechanical spelling variants of an organisation name ("Bệnh viện Nhi Trung ương"
    -> "BV Nhi Trung ương", "Bệnh viện Nhi TW", "BV Nhi TW", ...)."""
    out = [text]
    for pattern, repls in _ORG_VARIANTS:
        for form in list(out):
            if pattern in form:
                out.extend(form.replace(pattern, r, 1) for r in repls)
    return list(dict.fromkeys(out))


def _org_entries() -> list[tuple[KnownOrg, list[str], list[str]]]:
    entries = []
    for org in known_orgs():
        names = [org.name]
        aliases = [v for text in (org.name, *org.aliases) for v in org_variants(text)]
        entries.append((org, names, [a for a in aliases if a != org.name]))
    return entries


@cache
def org_index() -> dict[str, KnownOrg]:
    """tone_key(name, alias or mechanical variant) -> KnownOrg; ambiguous keys dropped."""
    return _build_index(_org_entries(), tone_key)


@cache
def _org_loose_index() -> dict[str, KnownOrg]:
    return _build_index(_org_entries(), loose_key)


def find_org(text: str) -> KnownOrg | None:
    """The known organisation a whole name refers to ("BV Việt Đức", "Cục QLKCB",
    "Sở Y tế Nghệ An"), or None. Does not search inside longer text."""
    key = tone_key(text).strip(_EDGE_PUNCT)
    if not key:
        return None
    return org_index().get(key) or _org_loose_index().get(loose_key(key))


# ------------------------------------------------------------------------ lexicons

@cache
def titles() -> list[dict[str, Any]]:
    """Position titles, longest first: dicts with title, kind, takes_org and optional
    base / org_hint / aliases (see titles.json)."""
    return sorted(load("titles")["titles"], key=lambda t: (-len(t["title"]), t["title"]))


@cache
def title_modifiers() -> list[dict[str, str]]:
    """Words qualifying a following title ("nguyên", "Quyền", "Phụ trách", ...)."""
    return list(load("titles")["modifiers"])


@cache
def honorifics() -> list[str]:
    """Every honorific surface form (forms, variants and dotted combinations),
    longest first, without duplicates."""
    data = load("honorifics")
    forms = [f for h in data["honorifics"] for f in (h["form"], *h.get("variants", ()))]
    forms += data.get("combinations", [])
    return sorted(dict.fromkeys(forms), key=lambda f: (-len(f), f))


@cache
def _honorific_keys() -> tuple[str, ...]:
    """Single honorifics (no dotted chains: split_honorifics walks those), longest first."""
    data = load("honorifics")
    forms = [f for h in data["honorifics"] for f in (h["form"], *h.get("variants", ()))]
    keys = {tone_key(f).rstrip(".") for f in forms}
    return tuple(sorted((k for k in keys if k), key=lambda k: (-len(k), k)))


def split_honorifics(text: str) -> tuple[list[str], str]:
    """Split leading honorifics off a person mention, so the name can be normalised
    on its own: "PGS.TS.BS Nguyễn Văn A" -> (["PGS", "TS", "BS"], "Nguyễn Văn A");
    "Thiếu tướng, GS.TS Lê B" -> (["Thiếu tướng", "GS", "TS"], "Lê B").
    Honorifics are returned as spelled in the text."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    found: list[str] = []
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " .,;:":
            pos += 1
        for key in _honorific_keys():
            end = pos + len(key)
            raw = text[pos:end]
            if tone_key(raw) == key and (end == len(text) or not text[end].isalnum()):
                found.append(raw)
                pos = end
                break
        else:
            return found, text[pos:].strip()


@cache
def countries() -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """(name, aliases, ambiguous forms) of foreign and home countries (countries.json).

    Ambiguous forms ("Đức", "Anh", "Mỹ") are also common words or given names."""
    return [(c["name"], tuple(c.get("aliases", ())), frozenset(c.get("ambiguous", ())))
            for c in load("countries")["countries"]]


@cache
def surnames() -> frozenset[str]:
    """Family names (Kinh, minority and Tây Nguyên, incl. compound ones)."""
    data = load("surnames")
    return frozenset(data["surnames"]) | frozenset(data["postfix_surnames"]) | frozenset(data["compound_surnames"])


@cache
def given_name_stopwords() -> frozenset[str]:
    """Capitalised words that start sentences/headings but are not name parts."""
    return frozenset(load("surnames")["given_name_stopwords"])


@cache
def org_heads() -> list[tuple[str, str]]:
    """(head noun, org type), longest first, e.g. ("Bệnh viện Đa khoa", "hospital")."""
    heads = [(h["head"], h["type"]) for h in load("org_heads")["heads"]]
    return sorted(heads, key=lambda h: (-len(h[0]), h[0]))


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation -> expansion ("UBND" -> "Ủy ban nhân dân"); keys are case-sensitive."""
    return dict(load("org_heads")["abbreviations"])


@cache
def legal_kinds() -> list[dict[str, Any]]:
    """Document kinds: dicts with name ("Nghị định") and codes (["NĐ", "ND"])."""
    return list(load("legal_kinds")["kinds"])


@cache
def legal_kind_codes() -> dict[str, str]:
    """Kind code -> kind name ("QĐ" -> "Quyết định"); the first kind listing a code wins."""
    out: dict[str, str] = {}
    for kind in legal_kinds():
        for code in kind["codes"]:
            out.setdefault(code, kind["name"])
    return out


@cache
def legal_issuers() -> dict[str, str]:
    """Issuer code -> issuing body ("TTg" -> "Thủ tướng Chính phủ", "TW" -> "Ban Chấp
    hành Trung ương Đảng"; see legal_kinds.json for the alternatives of ambiguous codes)."""
    return {i["code"]: i["issuer"] for i in load("legal_kinds")["issuers"]}
