"""Hospitals named without "Bệnh viện": which mined hospital names the press also
writes bare ("chuyển lên Chợ Rẫy", "Việt Đức và Bạch Mai"), and how safely.

Method: take each frequent hospital name's distinctive tail ("Bệnh viện Chợ Rẫy" ->
"Chợ Rẫy"); in a second pass over health-related articles count where the tail occurs
(a) right after "Bệnh viện"/"BV"/"viện" (with head), (b) bare. A bare use counts as
*in hospital context* when its sentence also has a hospital cue, and as a *place use*
when a street/administrative word stands right before it ("phố Bạch Mai"). A tail is a
short form when it is not a province or country name, is seen bare often enough,
mostly in hospital context and seldom as a place.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable

import mine_orgs as mo
import segtokens as st

HOSPITAL_CUES = ("bệnh viện", "bv", "viện", "cấp cứu", "điều trị", "bệnh nhân", "chuyển",
                 "khám", "bác sĩ", "tuyến", "phẫu thuật", "nhập viện", "giường", "ca bệnh")
PLACE_WORDS = frozenset({"phố", "đường", "phường", "quận", "huyện", "tỉnh", "xã", "ngõ", "ngách",
                         "thôn", "làng", "cầu", "chợ", "p.", "q.", "tp", "tp.", "thành"})
HEAD_BEFORE = (("bệnh", "viện"), ("bv",), ("viện",), ("bệnh", "viện", "đa", "khoa"))
MIN_NAME_COUNT = 20
MIN_BARE, MIN_BARE_DOCS = 5, 3
MIN_CONTEXT_SHARE, MAX_PLACE_SHARE = 0.6, 0.2
MAX_TAIL_SYLLABLES = 4
# a specialty alone names a department or a field, not one hospital ("khoa Nhi", "Ung bướu")
SPECIALTIES = frozenset("""nhi|ung bướu|tâm thần|chấn thương chỉnh hình|chấn thương|mắt|phổi|
    da liễu|phụ sản|sản|sản nhi|sản - nhi|lao|lao và bệnh phổi|nội tiết|y học cổ truyền|
    răng hàm mặt|tai mũi họng|nhiệt đới|bệnh nhiệt đới|phục hồi chức năng|tim mạch|bỏng|
    huyết học|truyền máu|ung thư|đa khoa|quân y|tâm thần kinh|điều dưỡng|y dược|k""".replace(
    "\n", "").split("|"))
SPECIALTIES = frozenset(x.strip() for x in SPECIALTIES)


def bare_specialty(tail: str) -> bool:
    return tail.lower() in SPECIALTIES


def _place_names() -> frozenset[str]:
    data = json.loads((st.DATA / "provinces.json").read_text(encoding="utf-8"))
    names: set[str] = set()
    for key in ("old_units", "new_units"):
        for unit in data.get(key, []):
            for n in [unit.get("name", ""), *(unit.get("aliases") or []), unit.get("capital") or ""]:
                if n:
                    names.add(st.norm(n).lower())
    return frozenset(names | mo.COUNTRIES | {"hà nội", "tp. hcm", "tp hcm", "sài gòn", "huế"})


PLACES = _place_names()


def candidates(org_rows: list[dict]) -> dict[tuple[str, ...], str]:
    """Tail syllables -> full hospital name, for frequent hospitals with a distinctive tail."""
    out: dict[tuple[str, ...], str] = {}
    for row in org_rows:
        if row["type"] != "hospital" or row["head"] != "Bệnh viện" or row["count"] < MIN_NAME_COUNT:
            continue
        tail = row["name"][len(row["head"]):].strip()
        sy = tuple(tail.split())
        if not sy or len(sy) > MAX_TAIL_SYLLABLES or not sy[0][:1].isupper():
            continue
        if sy[0] in mo.DESCRIPTORS or tail.lower() in PLACES or "TP" in tail or "tỉnh" in sy \
                or bare_specialty(tail):
            continue
        out.setdefault(sy, row["name"])  # rows are most frequent first per head
    return out


class ShortFormCounter:
    def __init__(self, tails: dict[tuple[str, ...], str]) -> None:
        self.tails = tails
        self.by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for sy in tails:
            self.by_first[sy[0]].append(sy)
        self.with_head: Counter[tuple[str, ...]] = Counter()
        self.bare: Counter[tuple[str, ...]] = Counter()
        self.bare_context: Counter[tuple[str, ...]] = Counter()
        self.bare_place: Counter[tuple[str, ...]] = Counter()
        self.bare_docs: dict[tuple[str, ...], set[int]] = defaultdict(set)

    def feed(self, doc: int, sentences: Iterable[st.Sentence]) -> None:
        for sent in sentences:
            syls, flags = sent.syls, sent.flags
            context = None
            for j, s in enumerate(syls):
                for sy in self.by_first.get(s, ()):
                    end = j + len(sy)
                    if tuple(syls[j:end]) != sy or flags[j] == st.INNER_FLAG \
                            or (end < len(syls) and (flags[end] == st.INNER_FLAG
                                                     or syls[end][:1].isupper())):
                        continue
                    before = [x.lower() for x in syls[max(0, j - 4):j]]
                    if any(tuple(before[-len(h):]) == h for h in HEAD_BEFORE):
                        self.with_head[sy] += 1
                        continue
                    if context is None:
                        low = " ".join(syls).lower()
                        context = any(c in low for c in HOSPITAL_CUES)
                    self.bare[sy] += 1
                    self.bare_docs[sy].add(doc)
                    self.bare_context[sy] += context
                    self.bare_place[sy] += bool(before) and before[-1] in PLACE_WORDS

    def rows(self) -> list[dict]:
        out = []
        for sy, full in self.tails.items():
            bare = self.bare[sy]
            if bare < MIN_BARE or len(self.bare_docs[sy]) < MIN_BARE_DOCS:
                continue
            ctx, place = self.bare_context[sy] / bare, self.bare_place[sy] / bare
            if ctx < MIN_CONTEXT_SHARE or place > MAX_PLACE_SHARE:
                continue
            out.append({"short": " ".join(sy), "name": full, "with_head": self.with_head[sy],
                        "bare": bare, "bare_docs": len(self.bare_docs[sy]),
                        "bare_in_hospital_context": round(ctx, 3),
                        "bare_after_place_word": round(place, 3)})
        return sorted(out, key=lambda r: (-r["bare"], r["short"]))
