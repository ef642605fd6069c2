"""Person-name facts from the corpus: surnames, given-name and middle syllables, foreign
names after titles or address terms, and the honorific chains written before names.

Method: a *cue* is an address term ("ông", "bà", "đồng chí"...), an honorific ("PGS.TS",
"bác sĩ") or a bare title ("Bộ trưởng", "Tổng thống") directly before a capitalised
word. The corpus writes a Vietnamese full name as one word ("Nguyễn_Xuân_Phúc"): a word
of 2-4 capitalised Vietnamese syllables after a cue is a name, its first syllable the
surname, its last the given name. 1-4 capitalised words after a cue with at least one
syllable that cannot be Vietnamese ("Tedros Adhanom", "Kidong Park") are a foreign name.
Syllable counts are over *distinct* names, so one famous person does not make a surname.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable

import segtokens as st
from mine_orgs import COUNTRIES

ADDRESS = frozenset({"ông", "bà", "đồng_chí", "anh", "chị", "cụ", "bé", "cháu", "em", "cô",
                     "chú", "bác", "thầy", "cụ_ông", "cụ_bà", "bệnh_nhân", "sản_phụ",
                     "bệnh_nhi", "đ/c", "Đ/c", "nữ_sinh", "nam_sinh", "thiếu_nữ", "bạn"})
BARE_TITLES = frozenset({"bộ_trưởng", "thứ_trưởng", "giám_đốc", "phó_giám_đốc", "chủ_tịch",
                         "tổng_thống", "thủ_tướng", "ngoại_trưởng", "đại_sứ", "cục_trưởng",
                         "viện_trưởng", "bí_thư", "tổng_giám_đốc", "người_phát_ngôn",
                         "tổng_thư_ký", "trưởng_khoa", "trưởng_phòng", "hiệu_trưởng",
                         "đại_tá", "thượng_tá", "trung_tá", "thiếu_tá", "đại_úy", "thiếu_tướng",
                         "trung_tướng", "thượng_tướng", "đại_tướng", "luật_sư", "nhà_báo",
                         "phóng_viên", "giáo_sư", "tiến_sĩ", "bác_sĩ", "thạc_sĩ", "dược_sĩ",
                         "điều_dưỡng", "thượng_nghị_sĩ", "nghị_sĩ", "hạ_nghị_sĩ", "thống_đốc",
                         "tổng_bí_thư", "chủ_nhiệm", "phó_chủ_tịch", "phó_thủ_tướng"})
EXTRA_HONORIFIC_WORDS = {"giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ",
                         "bác sĩ", "bác sỹ", "dược sĩ", "bs", "ts", "gs", "pgs", "ths", "cki",
                         "ckii", "ck1", "ck2", "bsck", "bscki", "bsckii", "tskh", "gs.ts",
                         "pgs.ts", "nhà giáo", "chuyên khoa", "nội trú", "ttnd", "ttưt", "ttut",
                         "ngnd", "ngưt", "nsnd", "nsưt", "ahlđ", "kts", "ls", "bsnt", "ks"}
SEPARATORS = frozenset({"-", ",", "."})
MIN_DISTINCT_NAMES = 3
MIN_FOREIGN_COUNT, MIN_FOREIGN_DOCS = 10, 5
MIN_CHAIN_COUNT = 5


def _honorific_words() -> frozenset[str]:
    data = json.loads((st.DATA / "honorifics.json").read_text(encoding="utf-8"))
    words = set(EXTRA_HONORIFIC_WORDS)
    for h in data["honorifics"]:
        if h["kind"] in ("academic", "professional", "state_title", "military"):
            for form in [h["form"], *(h.get("variants") or [])]:
                words.add(st.norm(form).lower())
    return frozenset(words)


HONORIFIC_WORDS = _honorific_words()


def _not_name_words() -> frozenset[str]:
    data = json.loads((st.DATA / "surnames.json").read_text(encoding="utf-8"))
    overlap = set(data.get("stopword_surname_overlap", []))
    return frozenset(st.norm(w) for w in data.get("given_name_stopwords", []) if w not in overlap)


def is_honorific(token: str) -> bool:
    """'PGS.TS', 'Giáo_sư', 'BS.CKII', 'bác_sĩ' (every dotted piece an honorific)."""
    pieces = [p for p in token.lower().replace("_", " ").split(".") if p.strip()]
    return bool(pieces) and all(p.strip() in HONORIFIC_WORDS for p in pieces)


def is_vietnamese_name(token: str) -> bool:
    sy = st.syllables(token)
    return (2 <= len(sy) <= 4 and st.all_syllables_cap(token)
            and all(s.isalpha() and st.is_vietnamese_syllable(s) for s in sy))


def foreign_name(tokens: list[str], i: int) -> list[str]:
    """1-4 capitalised words from i, at least one syllable of which is not Vietnamese;
    a country right after the cue ("Tổng thống Mỹ Donald Trump") is skipped."""
    out: list[str] = []
    while i < len(tokens) and st.words(tokens[i]).lower() in COUNTRIES:
        i += 1
    for tok in tokens[i:i + 4]:
        if st.is_acronym(tok) or len(tok) < 3 or st.words(tok).lower() in COUNTRIES:
            break
        if not st.all_syllables_cap(tok) or not all(s.replace("-", "").replace("'", "").isalpha()
                                                   for s in st.syllables(tok)):
            break
        out.append(tok)
    if out and any(not st.is_vietnamese_syllable(s) for t in out for s in st.syllables(t)):
        return out
    return []


def strip_country(name: str) -> str:
    """The name without a leading country the segmenter glued to it."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in COUNTRIES:
            return " ".join(words[n:])
    return "" if name.lower() in COUNTRIES else name


def chain_before(tokens: list[str], i: int) -> str:
    """The honorific chain right before position i ('PGS.TS', 'Giáo sư - tiến sĩ')."""
    k = i
    while k > 0 and (is_honorific(tokens[k - 1]) or (tokens[k - 1] in SEPARATORS and k - 1 > 0
                                                      and is_honorific(tokens[k - 2]))):
        k -= 1
    if k == i:
        return ""
    return " ".join(st.words(t) for t in tokens[k:i]).replace(" .", ".").replace(" ,", ",")


class PersonMiner:
    def __init__(self) -> None:
        self.names: dict[str, set[int]] = defaultdict(set)      # Vietnamese full name -> docs
        self.name_cues: Counter[str] = Counter()
        self.foreign: dict[str, Counter[str]] = defaultdict(Counter)  # name -> cue counts
        self.foreign_docs: dict[str, set[int]] = defaultdict(set)
        self.chains: Counter[str] = Counter()
        self.left_of_person: Counter[str] = Counter()

    def feed(self, doc: int, sentences: Iterable[st.Sentence]) -> None:
        for sent in sentences:
            tokens = sent.tokens
            for i in range(1, len(tokens)):
                tok, prev = tokens[i], tokens[i - 1]
                if st.looks_vietnamese_person(tok):
                    self.left_of_person[st.words(prev)] += 1
                    chain = chain_before(tokens, i)
                    if chain:
                        self.chains[chain] += 1
                if not tok[:1].isupper():
                    continue
                low = prev.lower()
                cue = ("address" if prev in ADDRESS or prev in ("Ông", "Bà") else
                       "title" if low in BARE_TITLES else
                       "honorific" if is_honorific(prev) else "")
                if not cue:
                    continue
                if is_vietnamese_name(tok):
                    self.names[st.words(tok)].add(doc)
                    self.name_cues[cue] += 1
                    continue
                parts = foreign_name(tokens, i)
                if parts:
                    name = " ".join(st.words(t) for t in parts)
                    self.foreign[name][st.words(prev)] += 1
                    self.foreign_docs[name].add(doc)

    def finish(self) -> dict:
        known = st.SURNAMES
        surnames: dict[str, set[str]] = defaultdict(set)
        given: dict[str, set[str]] = defaultdict(set)
        middle: dict[str, set[str]] = defaultdict(set)
        not_names = _not_name_words()
        for name in self.names:
            sy = name.split()
            if name.lower() in COUNTRIES:  # "Tổng thư ký Liên Hợp Quốc"
                continue
            # two syllables after "anh"/"chị" are often a given name only; headline capitals
            # ("NGUYỄN") and capitalised non-name words ("Tỉnh", "Hội") are not surnames
            if len(sy) >= 3 and sy[0][1:].islower() and sy[0] not in not_names:
                surnames[sy[0]].add(name)
            given[sy[-1]].add(name)
            for m in sy[1:-1]:
                middle[m].add(name)

        def rows(table: dict[str, set[str]], key: str, extra=None) -> list[dict]:
            out = [{key: s, "distinct_names": len(v),
                    "mentions": sum(len(self.names[n]) for n in v), **(extra(s) if extra else {})}
                   for s, v in table.items() if len(v) >= MIN_DISTINCT_NAMES]
            return sorted(out, key=lambda r: (-r["distinct_names"], r[key]))

        # a surname the gazetteer lacks must open names more often than it sits inside
        # them ("Quang", "Hữu", "Trung" are middle names, "Dư", "Bành" surnames)
        for s_ in [s_ for s_ in surnames if s_ not in known]:
            if len(middle.get(s_, ())) >= len(surnames[s_]):
                del surnames[s_]
        foreign_cues: dict[str, Counter[str]] = defaultdict(Counter)
        foreign_docs: dict[str, set[int]] = defaultdict(set)
        for name, cues in self.foreign.items():  # "Syria Bashar Assad" (glued) -> "Bashar Assad"
            bare = strip_country(name)
            if bare:
                foreign_cues[bare].update(cues)
                foreign_docs[bare] |= self.foreign_docs[name]
        foreign = []
        for name, cues in foreign_cues.items():
            count, ndocs = sum(cues.values()), len(foreign_docs[name])
            if count >= MIN_FOREIGN_COUNT and ndocs >= MIN_FOREIGN_DOCS:
                foreign.append({"name": name, "count": count, "docs": ndocs,
                                "cues": dict(cues.most_common(5))})
        foreign.sort(key=lambda r: (-r["count"], r["name"]))
        return {
            "surnames": rows(surnames, "surname", lambda s: {"in_surnames_json": s in known}),
            "given_name_syllables": rows(given, "syllable"),
            "middle_syllables": rows(middle, "syllable"),
            "foreign_names": foreign,
            "honorific_chains": [{"chain": c, "count": n} for c, n in
                                 sorted(self.chains.items(), key=lambda x: (-x[1], x[0]))
                                 if n >= MIN_CHAIN_COUNT],
            "left_of_person": [{"word": w, "count": n} for w, n in self.left_of_person.most_common(150)],
            "names_seen": len(self.names),
            "cues": dict(self.name_cues),
        }
