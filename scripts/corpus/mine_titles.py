"""Official titles and the forms that follow them in the corpus.

Method: a title ("Bộ trưởng", "Phó Giám đốc", "GĐ"...) is matched by syllables, in either
case, at word boundaries, longest first. What follows it is read with the organisation
reader of mine_orgs (same stickiness table):
- an organisation head -> an *org form* ("Bộ trưởng Bộ Y tế", "Giám đốc Sở Y tế");
- a capitalised word that is not a head nor a person -> a *portfolio form*, read as if
  the title's own organisation head stood before it ("Bộ trưởng Y tế" -> Bộ Y tế,
  "Cục trưởng Quản lý khám chữa bệnh" -> Cục Quản lý khám chữa bệnh);
- a person's name -> the bare title directly before a name.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import mine_orgs as mo
import segtokens as st

# title -> the organisation head its portfolio form implies (None: no portfolio form)
TITLES: dict[str, str | None] = {
    "Bộ trưởng": "Bộ", "Thứ trưởng": "Bộ", "Thứ trưởng Thường trực": "Bộ",
    "Quyền Bộ trưởng": "Bộ", "Cục trưởng": "Cục", "Phó Cục trưởng": "Cục",
    "Quyền Cục trưởng": "Cục", "Tổng cục trưởng": "Tổng cục", "Phó Tổng cục trưởng": "Tổng cục",
    "Chi cục trưởng": "Chi cục", "Phó Chi cục trưởng": "Chi cục", "Vụ trưởng": "Vụ",
    "Phó Vụ trưởng": "Vụ", "Quyền Vụ trưởng": "Vụ", "Viện trưởng": "Viện",
    "Phó Viện trưởng": "Viện", "Trưởng khoa": "Khoa", "Phó Trưởng khoa": "Khoa",
    "Phó khoa": "Khoa", "Trưởng phòng": "Phòng", "Phó Trưởng phòng": "Phòng",
    "Trưởng ban": "Ban", "Phó Trưởng ban": "Ban", "Chánh Thanh tra": "Thanh tra",
    "Chánh Văn phòng": "Văn phòng", "Hiệu trưởng": "Trường", "Phó Hiệu trưởng": "Trường",
    "Giám đốc": None, "Phó Giám đốc": None, "Quyền Giám đốc": None, "Tổng Giám đốc": None,
    "Phó Tổng Giám đốc": None, "GĐ": None, "PGĐ": None, "TGĐ": None, "Phó GĐ": None,
    "P.GĐ": None, "Phó TGĐ": None, "Chủ tịch": None, "Phó Chủ tịch": None, "Bí thư": None,
    "Phó Bí thư": None, "Chủ nhiệm": None, "Phó Chủ nhiệm": None, "Tư lệnh": None,
    "Phó Tư lệnh": None, "Chính ủy": None, "Trưởng trạm": None, "Thủ trưởng": None,
    "Người phát ngôn": None, "Tổng Thư ký": None, "Đại sứ": None, "Điều dưỡng trưởng": None,
    "Trưởng đoàn": None, "Thủ tướng": None, "Phó Thủ tướng": None, "Tổng thống": None,
    "Ngoại trưởng": None, "Chủ tịch nước": None,
}
# abbreviations counted under the title they stand for
ABBREVIATIONS = {"GĐ": "Giám đốc", "PGĐ": "Phó Giám đốc", "Phó GĐ": "Phó Giám đốc",
                 "P.GĐ": "Phó Giám đốc", "TGĐ": "Tổng Giám đốc", "Phó TGĐ": "Phó Tổng Giám đốc"}
MIN_FORM_COUNT, MIN_FORM_DOCS = 5, 3
MAX_ORG_FORMS = 40


TITLE_INDEX = st.PhraseIndex(TITLES)  # abbreviations ("GĐ") count only when capitalised


def _field_word(w: "TitleWindow") -> bool:
    """A portfolio starts with a word of two or more syllables ("Y tế", "Quốc phòng") or an
    acronym ("GTVT"); one capitalised syllable is usually a given name ("Thứ trưởng Đông"),
    and so is a capitalised word opening with a surname ("Thứ trưởng Nguyễn Nhật")."""
    if st.is_acronym(w.syls[0]):
        return True
    word = [w.syls[0]]
    for s, f in zip(w.syls[1:], w.flags[1:]):
        if f != st.INNER_FLAG:
            break
        word.append(s)
    return len(word) > 1 and not (word[0] in st.SURNAMES and all(s[:1].isupper() for s in word))


@dataclass(slots=True)
class TitleWindow:
    title: str
    capital: bool
    doc: int
    flags: str
    syls: tuple[str, ...]


class TitleMiner:
    def __init__(self) -> None:
        self.windows: list[TitleWindow] = []

    def feed(self, doc: int, sentences: Iterable[st.Sentence]) -> None:
        for sent in sentences:
            syls, flags = sent.syls, sent.flags
            capital = lambda t, j: t not in ABBREVIATIONS or syls[j][:1].isupper()  # noqa: E731
            for title, j, end in TITLE_INDEX.finditer(syls, flags, capital):
                stop = min(len(syls), end + mo.MAX_NAME_SYLLABLES + 3)
                self.windows.append(TitleWindow(title, syls[j][:1].isupper(), doc,
                                                flags[end:stop], tuple(syls[end:stop])))

    def finish(self, sticky: set[tuple[str, ...]]) -> dict:
        totals: Counter[str] = Counter()
        capital: Counter[str] = Counter()
        before_person: Counter[str] = Counter()
        heads_after: dict[str, Counter[str]] = defaultdict(Counter)
        forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        form_docs: dict[tuple[str, str], set[int]] = defaultdict(set)
        form_kind: dict[tuple[str, str], tuple[str, str]] = {}
        for w in self.windows:
            totals[w.title] += 1
            capital[w.title] += w.capital
            if not w.syls:
                continue
            if w.flags[0] == st.PERSON_FLAG:
                before_person[w.title] += 1
                continue
            hit = mo.match_head(w.syls, w.flags, 0)
            implied = TITLES[w.title]
            if hit and (implied is None or hit[0] == implied):  # "Bộ trưởng Bộ Y tế"
                head, end = hit
                kind = "org"
                window = mo.Window(head, False, w.doc, 0, 0, w.flags[end:], w.syls[end:])
            elif implied and w.syls[0][:1].isupper() and (hit or _field_word(w)):
                # "Bộ trưởng Y tế", and "Trưởng ban Tổ chức ...", "Chánh Thanh tra Bộ X":
                # the unit the title names comes first, another head may follow it
                head, kind = implied, "portfolio"
                window = mo.Window(head, False, w.doc, 0, 0, w.flags, w.syls)
            else:
                continue
            heads_after[w.title][head if kind == "org" else f"<portfolio: {head}>"] += 1
            tail, _, _ = mo.read_name(window, sticky)
            if not tail or not any(s[:1].isupper() or s[:1].isdigit() for s in tail):
                continue
            org = mo.display(head, tail)
            if kind == "org" and mo.is_generic(head, org) and head not in ("Sở", "Bộ"):
                continue
            surface = mo.display(w.title, tail if kind == "portfolio" else [head, *tail])
            key = (w.title, mo.group_key(surface))
            forms[key][surface] += 1
            form_docs[key].add(w.doc)
            form_kind[key] = (kind, org)
        return {"totals": totals, "capital": capital, "before_person": before_person,
                "heads_after": heads_after, "forms": forms, "form_docs": form_docs,
                "form_kind": form_kind}


def _ends_with_foreign_person(form: str) -> bool:
    """'Bộ trưởng Quốc phòng Nhật Bản Gen Nakatani', 'Bộ trưởng Sergei Shoigu': a state
    portfolio is Vietnamese words (and maybe a country); a foreign last word is a person."""
    words = form.split()
    last = words[-1]
    if not last[:1].isupper() or st.is_vietnamese_syllable(last) or st.is_acronym(last):
        return False
    return not any(" ".join(words[-n:]).lower() in st.COUNTRIES for n in (1, 2, 3))


def select(result: dict, min_count: int = MIN_FORM_COUNT, min_docs: int = MIN_FORM_DOCS) -> list[dict]:
    by_title: dict[str, list[dict]] = defaultdict(list)
    for key, variants in result["forms"].items():
        count, ndocs = sum(variants.values()), len(result["form_docs"][key])
        if count < min_count or ndocs < min_docs:
            continue
        kind, org = result["form_kind"][key]
        surface = sorted(variants.items(), key=lambda x: (-x[1], x[0]))[0][0]
        if kind == "portfolio" and _ends_with_foreign_person(surface):
            continue
        title = key[0]
        surface = title + surface[len(title):]
        by_title[title].append({"form": surface, "kind": kind, "organization": org,
                                "count": count, "docs": ndocs})
    rows = []
    for title in sorted(result["totals"], key=lambda t: (-result["totals"][t], t)):
        forms = sorted(by_title.get(title, []), key=lambda f: (-f["count"], f["form"]))
        portfolio = [f for f in forms if f["kind"] == "portfolio"]
        org = [f for f in forms if f["kind"] == "org"][:MAX_ORG_FORMS]
        total = result["totals"][title]
        if total < min_count:
            continue
        rows.append({
            "title": title, "expansion": ABBREVIATIONS.get(title), "count": total,
            "capitalised_share": round(result["capital"][title] / total, 3),
            "before_person_name": result["before_person"][title],
            "org_heads_after": dict(sorted(((h, n) for h, n in result["heads_after"][title].items()
                                            if n >= min_count), key=lambda x: (-x[1], x[0]))),
            "portfolio_forms": portfolio, "top_org_forms": org})
    return rows
