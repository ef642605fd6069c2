"""Organisation names in the segmented corpus, found from their head nouns.

Method (documented in every output header):
1. A *mention* starts at a head noun ("Bệnh viện", "Sở", "Ban", "WHO"-style acronyms
   are handled elsewhere) written with a capital, or in lower case for the heads the
   press also writes that way ("tập đoàn FLC", "bệnh viện Bạch Mai") when a capital
   follows at once.
2. The name runs on over capitalised syllables, acronyms and numbers; over a place
   connector followed by a capital ("tỉnh Nghệ An", "TP. HCM", "khu vực Hóc Môn");
   over "-", "&" and (for some heads) "và" between capitals; and over lower-case
   syllables only where the corpus says they *stick* to that prefix: the continuation
   follows that exact prefix in at least STICKY_RATIO of its mentions, and at least
   STICKY_MIN times ("Trung tâm Kiểm soát" -> "bệnh tật"; "Bệnh viện Y học" -> "cổ truyền").
3. It stops before a person's name (after the first name part), a title word, a new
   head noun, an opening parenthesis, a photo credit ("- Ảnh"), or any other word.
4. Names are grouped case- and tone-placement-insensitively; a name is kept when seen
   at least MIN_COUNT times in at least MIN_DOCS articles, and is not a bare descriptor
   ("Bệnh viện Đa khoa", "Sở Y tế tỉnh").
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import segtokens as st

# head (display form) -> organisation family type; matched case-insensitively by syllables
HEADS: dict[str, str] = {
    "Bệnh viện": "hospital", "BV": "hospital", "Bệnh xá": "hospital", "Phòng khám": "hospital",
    "Nhà hộ sinh": "hospital", "Trạm Y tế": "health_center", "Trung tâm Y tế": "health_center",
    "Trung tâm": "center", "Sở": "department", "Bộ": "ministry", "Cục": "agency",
    "Tổng cục": "agency", "Chi cục": "agency", "Vụ": "agency", "Viện": "institute",
    "Phân viện": "institute", "Hội": "association", "Hiệp hội": "association",
    "Liên hiệp": "association", "Liên đoàn": "association", "Ban": "committee",
    "Ban Chỉ đạo": "committee", "Ủy ban": "government", "UBND": "government",
    "HĐND": "government", "Hội đồng": "council", "Công ty": "company",
    "Công ty cổ phần": "company", "Công ty TNHH": "company", "Tổng công ty": "company",
    "Tập đoàn": "company", "Hãng": "company", "Hãng hàng không": "airline",
    "Ngân hàng": "bank", "Quỹ": "fund", "Tổ chức": "organisation", "Cơ quan": "agency",
    "Văn phòng": "agency", "Thanh tra": "agency", "Trường": "school",
    "Trường Đại học": "university", "Đại học": "university", "Học viện": "university",
    "Báo": "press", "Tạp chí": "press", "Đài": "press", "Đài Truyền hình": "press",
    "Thông tấn xã": "press", "Công an": "police", "Cảnh sát": "police",
    "Bộ Tư lệnh": "military", "Bộ Chỉ huy": "military", "Quân khu": "military",
    "Quân đoàn": "military", "Quân chủng": "military", "Binh đoàn": "military",
    "Sư đoàn": "military", "Lữ đoàn": "military", "Đại sứ quán": "diplomatic",
    "Tổng Lãnh sự quán": "diplomatic", "Tòa án": "court", "Viện Kiểm sát": "court",
    "Mặt trận": "other", "Đoàn": "other", "Phòng": "unit", "Khoa": "unit",
    "Nhà máy": "company", "Cảng hàng không": "other", "Chi nhánh": "company",
}
# heads whose lower-case form also opens a name when a capital follows at once
LOWER_HEADS = frozenset({"Bệnh viện", "Công ty", "Tập đoàn", "Hãng", "Hãng hàng không", "Báo",
                         "Tạp chí", "Ngân hàng", "Tổng công ty", "Trường Đại học", "Đại học",
                         "Bệnh xá", "Phòng khám", "Công ty cổ phần", "Công ty TNHH"})
# heads after which "và" between capitals stays inside the name ("Sở Tài nguyên và Môi trường")
AND_HEADS = frozenset({"Bộ", "Sở", "Cục", "Vụ", "Viện", "Trung tâm", "Trường", "Trường Đại học",
                       "Học viện", "Ban", "Ủy ban", "Hội", "Hiệp hội", "Tổng cục", "Đại học",
                       "Công ty", "Công ty cổ phần", "Công ty TNHH", "Tổng công ty", "Tập đoàn",
                       "Ngân hàng", "Phòng", "Chi cục"})
# heads that may follow another head inside one name ("Bộ Tư lệnh Quân khu 7")
INNER_HEADS = frozenset({"Quân khu", "Quân đoàn", "Quân chủng", "Binh đoàn", "Sư đoàn",
                         "Lữ đoàn", "Cảnh sát", "Trung tâm Y tế"})
PLACE_CONNECTORS = (("tỉnh",), ("thành", "phố"), ("huyện",), ("quận",), ("thị", "xã"),
                    ("khu", "vực"), ("tp",), ("tp.",), ("phường",), ("xã",), ("thị", "trấn"))
CAPTION_WORDS = frozenset({"ảnh", "nguồn", "video", "clip", "theo", "đồ", "họa", "infographic"})
STOP_CAPS = frozenset({"Ông", "Bà", "Theo", "Tại", "Trong", "Sau", "Khi", "Ngày", "Tháng",
                       "Năm", "Các", "Những", "Hiện", "Đây", "Đó", "Này"})
TRAIL_TRIM = frozenset({",", "-", "và", "&", "–", "tại", "về", "của", "cho", "ở", "với", "trên",
                        "tỉnh", "huyện", "quận", "xã", "phường", "tp", "tp.", "thành", "phố"})
# heads that at the start of a sentence are mostly common nouns ("Vụ cháy...", "Phòng
# khám...", "Hội nghị..."): only counted inside a sentence
AMBIGUOUS_AT_START = frozenset({"Vụ", "Phòng", "Khoa", "Đoàn", "Đài", "Quỹ", "Hội", "Trường",
                                "Ban", "Hãng", "Nhà máy", "Chi nhánh", "Cơ quan", "Tổ chức",
                                "Văn phòng", "Báo", "Trung tâm"})
# acronyms and words that describe rather than name: a person's name may follow them
# ("Trường THPT Nguyễn Du", "Bệnh viện Đa khoa Đức Giang")
DESCRIPTORS = frozenset({"THPT", "THCS", "ĐH", "CĐ", "CP", "TNHH", "MTV", "TMCP", "Đa", "khoa",
                         "Tiểu", "học", "Mầm", "non", "chuyên"})
DESCRIPTOR_KEYS = frozenset(d.lower() for d in DESCRIPTORS)
STICKY_MIN, STICKY_RATIO = 15, 0.3   # lower-case-only continuation: count and share
LOWER_MIN, CAP_EVIDENCE = 3, 2        # continuation also seen capitalised after the prefix,
CAP_EVIDENCE_SHARE = 0.01             # at least this share of the prefix's mentions
# never inside a name in lower case: function words and the verbs that follow names
FUNCTION_WORDS = frozenset("""đã sẽ đang vừa mới cũng cho là được bị thì mà nhưng nên rằng khi
    này đó đây kia các những một không chưa còn đều vẫn phải có ra đưa tin cùng vào lại
    làm hay hoặc nếu để do bởi từ như thế nào ai gì sau trước trong ngoài lên xuống qua
    tiếp yêu ban ký tổ phối kiểm thông cung khởi ngày tháng năm phó trưởng""".split())
MIN_COUNT, MIN_DOCS = 5, 3
EXTERNAL_MIN_NAMES, TRUNCATED_SHARE, TRUNCATED_ONE_SHARE = 150, 0.5, 0.3   # see truncated()
PREPOSITIONS = frozenset("tại ở của về trên với bởi cùng trong ngoài dưới sau trước theo từ đến "
                         "vào ra lên như khi nơi".split())
MAX_NAME_SYLLABLES = 16
# "names" that are only a descriptor: dropped, they say nothing about one organisation
GENERIC_TAILS = frozenset({"đa khoa", "trung ương", "đa khoa trung ương", "đa khoa tỉnh",
                           "quốc tế", "tư nhân", "đa khoa tư nhân", "dã chiến",
                           "đa khoa khu vực", "nhà nước", "trung ương đảng"})

COUNTRIES = st.COUNTRIES  # a bare country after a generic head is a description ("Công ty Mỹ")
# head + first words that make something other than an organisation ("Bộ luật Hình sự")
NOT_ORG_PREFIXES = ("bộ luật", "bộ quy", "bộ tiêu chí", "bộ sưu tập", "bộ phim", "bộ đề",
                    "bộ trưởng", "viện phó", "viện trưởng", "cục trưởng", "đài loan", "đài bắc",
                    "hội an", "ban giám", "ban lãnh", "ban biên tập", "hội nghị", "ban tổ chức lễ",
                    "trung tâm thương mại", "phòng bầu dục", "công ty luật",
                    # the inside of "Ban Tổ chức X" after "Trưởng ban" (one corpus word)
                    "tổ chức thành ủy", "tổ chức tỉnh ủy", "tổ chức trung ương", "tổ chức huyện ủy",
                    "tổ chức quận ủy", "tổ chức đảng ủy", "tổ chức thị ủy")

# a title that names its unit, written right before the rest of the unit's name
UNIT_OF_TITLE = {("trưởng", "ban"): "Ban", ("phó", "ban"): "Ban", ("trưởng", "phòng"): "Phòng",
                 ("trưởng", "khoa"): "Khoa", ("phó", "khoa"): "Khoa"}
# state units whose own names are Vietnamese: a foreign word after one is a person's name
GOV_HEADS = frozenset({"Bộ", "Sở", "Cục", "Tổng cục", "Vụ", "Chi cục", "Ủy ban", "Ban"})
PLACE_WORDS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "tp", "tp.", "thị"})
_PERSON, _START = st.PERSON_FLAG, st.WORD_FLAG


def _title_first_syllables() -> frozenset[str]:
    import json
    data = json.loads((st.DATA / "titles.json").read_text(encoding="utf-8"))
    firsts = {t["title"].split()[0] for t in data["titles"]}
    return frozenset(st.norm(w) for w in firsts if w[:1].isupper()) | {"Phó", "Tổng", "Trưởng"}


TITLE_WORDS = _title_first_syllables() - {"Ủy", "Thường", "Đại", "Bộ", "Người", "Nghiên",
                                          "Hộ", "Kỹ", "Điều", "Tỉnh", "Thành", "Huyện", "Đảng"}


HEAD_INDEX = st.PhraseIndex(HEADS)


@dataclass(slots=True)
class Window:
    """A head and the syllables after it (flagged: word start, person-name start)."""

    head: str
    lower: bool
    doc: int
    sent: int
    pos: int
    flags: str
    syls: tuple[str, ...]
    at_start: bool = False  # an ambiguous head opening the sentence: read, never counted


def match_head(syls: Sequence[str], flags: str, j: int) -> tuple[str, int] | None:
    return HEAD_INDEX.match(syls, flags, j)


def _ends_with_country(low: list[str]) -> bool:
    return any(" ".join(low[-n:]) in COUNTRIES for n in (1, 2, 3) if len(low) > n)


def _country_at(syls: Sequence[str], k: int) -> bool:
    return any(" ".join(syls[k:k + n]).lower() in COUNTRIES for n in (1, 2, 3))


def _is_capish(s: str) -> bool:
    return s[:1].isupper() or s[:1].isdigit()


class OrgMiner:
    """Collects windows after head nouns; `finish()` learns stickiness and reads the names."""

    def __init__(self) -> None:
        self.windows: list[Window] = []
        self.lowercase_uses: Counter[str] = Counter()
        self.sentences = 0

    def feed(self, doc: int, sentences: Iterable[st.Sentence]) -> None:
        for sent in sentences:
            self.sentences += 1
            syls, flags = sent.syls, sent.flags
            for head, j, end in HEAD_INDEX.finditer(syls, flags):
                at_start = head in AMBIGUOUS_AT_START and (j == 0 or syls[j - 1] in st.OPENERS)
                unit = UNIT_OF_TITLE.get(tuple(x.lower() for x in syls[max(0, j - 2):j]))
                if unit and not head.startswith(unit):  # "Trưởng ban | Tổ chức Thành ủy" = "Ban Tổ chức ..."
                    head, end, at_start = unit, j, False
                lower = not syls[j][:1].isupper() and head not in ("BV", "UBND", "HĐND")
                nxt = syls[end] if end < len(syls) else ""
                if lower:
                    self.lowercase_uses[head] += 1
                    if head not in LOWER_HEADS or not nxt[:1].isupper():
                        continue
                stop = min(len(syls), end + MAX_NAME_SYLLABLES)
                self.windows.append(Window(head, lower, doc, self.sentences, end,
                                           flags[end:stop], tuple(syls[end:stop]), at_start))

    # ------------------------------------------------------------------ stickiness
    def sticky_table(self) -> set[tuple[str, ...]]:
        """(lower-case prefix..., next) pairs where a lower-case next word stays in the name.

        Two kinds of evidence: the same word is also written capitalised right after
        that prefix (CAP_EVIDENCE times: "Trung tâm Kiểm soát Bệnh tật" vouches for
        "... kiểm soát bệnh tật", "Tổ chức Y tế Thế giới" for "... thế giới"), which
        verbs after a name never are; or the word follows that prefix in at least
        STICKY_RATIO of its mentions (for names always written in lower case after the
        first word), function words excepted. A comma stays when the word after it is
        sticky ("Ban Chỉ đạo ... phòng, chống ...")."""
        lower: Counter[tuple[str, ...]] = Counter()
        cap: Counter[tuple[str, ...]] = Counter()
        for w in self.windows:
            if w.lower or w.at_start:
                continue
            low = [w.head.lower()] + [s.lower() for s in w.syls[:9]]
            for k, s in enumerate(w.syls[:9]):
                if w.flags[k] == "." or not (s.isalpha() or s == ","):
                    continue
                key = tuple(low[:k + 1]) + (low[k + 1],)
                if s[:1].isupper():
                    cap[key] += 1
                else:
                    lower[key] += 1
        candidates = {p for p, n in lower.items() if n >= LOWER_MIN}
        prefixes = {p[:-1] for p in candidates}
        prefix_counts: Counter[tuple[str, ...]] = Counter()
        for w in self.windows:
            if w.lower or w.at_start:
                continue
            low = [w.head.lower()] + [s.lower() for s in w.syls[:9]]
            for k in range(1, len(low)):
                key = tuple(low[:k])
                if key in prefixes:
                    prefix_counts[key] += 1
        return {p for p in candidates
                if (cap[p] >= max(CAP_EVIDENCE, CAP_EVIDENCE_SHARE * prefix_counts[p[:-1]])
                    and "," not in p[-2:])  # after a comma a capital starts a list item
                or (p[-1] not in FUNCTION_WORDS and lower[p] >= STICKY_MIN
                    and lower[p] >= STICKY_RATIO * prefix_counts[p[:-1]])}

    def finish(self) -> dict:
        sticky = self.sticky_table()
        names: dict[str, Counter[str]] = defaultdict(Counter)
        docs: dict[str, set[int]] = defaultdict(set)
        heads: dict[str, str] = {}
        lower_forms: Counter[str] = Counter()
        stoppers: Counter[str] = Counter()
        finals: Counter[str] = Counter()
        acronyms: dict[str, Counter[str]] = defaultdict(Counter)
        stops: dict[str, Counter[str]] = defaultdict(Counter)  # name -> what ended it
        covered = (0, 0)  # (sentence, end position) of the last name read
        for w in self.windows:
            if w.sent == covered[0] and w.pos - len(w.head.split()) < covered[1]:
                continue  # a head inside the previous name ("Ban Tổ chức ...")
            tail, stopper, k = read_name(w, sticky)
            covered = (w.sent, w.pos + len(tail))
            if w.at_start:
                continue  # "Vụ cháy ...", but its extent still hides heads inside it
            if not tail or not any(_is_capish(s) or st.is_acronym(s) for s in tail):
                continue
            surface = display(w.head, tail)
            key = group_key(surface)
            names[key][surface] += 1
            docs[key].add(w.doc)
            heads[key] = w.head
            if w.lower:
                lower_forms[key] += 1
            stoppers[stopper] += 1
            stops[key][stopper] += 1
            finals[tail[-1]] += 1
            rest = w.syls[k:k + 3]
            if len(rest) == 3 and rest[0] == "(" and rest[2] == ")" and st.is_acronym(rest[1]):
                acronyms[rest[1]][key] += 1
        return {"names": names, "docs": docs, "heads": heads, "lower_forms": lower_forms,
                "stoppers": stoppers, "finals": finals, "sticky": sticky, "acronyms": acronyms,
                "lowercase_uses": self.lowercase_uses, "stops": stops}


def read_name(w: Window, sticky: set[tuple[str, ...]]) -> tuple[list[str], str, int]:
    """The name's syllables after the head, the word that stopped it, and where."""
    syls, flags = w.syls, w.flags
    low = [w.head.lower()]
    out: list[str] = []
    parts = 0
    k = 0
    stopper = ""
    while k < len(syls):
        s, f = syls[k], flags[k]
        nxt = syls[k + 1] if k + 1 < len(syls) else ""
        if f == ".":  # rest of a word already begun
            if s[:1].isupper() and not st.is_vietnamese_syllable(s) and _ends_with_country(low):
                stopper = "<person>"  # glued by the segmenter: "Ấn Độ_Raveesh_Kumar"
                break
            out.append(s)
            low.append(s.lower())
            k += 1
            continue
        if _is_capish(s) or st.is_acronym(s):
            if f == _PERSON and any(x not in DESCRIPTORS for x in out):
                stopper = "<person>"
                break
            if parts and (s in TITLE_WORDS or s in STOP_CAPS):
                stopper = s
                break
            if parts and not st.is_vietnamese_syllable(s) and not st.is_acronym(s) \
                    and (_ends_with_country(low)
                         or (w.head in GOV_HEADS and not _country_at(syls, k))):
                stopper = "<person>"  # "Bộ Quốc phòng Mỹ | James Mattis", "Bộ Y tế | Hala Zayed"
                break
            hit = match_head(syls, flags, k) if parts else None
            if hit and hit[0] not in INNER_HEADS:
                stopper = "<head>"
                break
            if w.lower and not parts and not s[:1].isupper():
                break
            out.append(s)
            low.append(s.lower())
            if s not in DESCRIPTORS:
                parts += 1
            k += 1
            continue
        if w.lower and not parts:
            break
        conn = next((c for c in PLACE_CONNECTORS
                     if tuple(x.lower() for x in syls[k:k + len(c)]) == c), None)
        if conn is not None:
            after = syls[k + len(conn)] if k + len(conn) < len(syls) else ""
            if after[:1].isupper():  # places may bear a person's name: "TP Hồ Chí Minh"
                out.extend(syls[k:k + len(conn)])
                low.extend(x.lower() for x in syls[k:k + len(conn)])
                k += len(conn)
                continue
        if s in ("-", "–", "&") or (s == "và" and w.head in AND_HEADS):
            if parts and nxt[:1].isupper() and nxt.lower() not in CAPTION_WORDS \
                    and k + 1 < len(flags) and flags[k + 1] != _PERSON \
                    and not match_head(syls, flags, k + 1):
                out.append(s)
                low.append(s.lower())
                k += 1
                continue
        if tuple(low) + (s.lower(),) in sticky or (
                s == "," and tuple(low) + (",", nxt.lower()) in sticky):  # "phòng, chống"
            out.append(s)
            low.append(s.lower())
            k += 1
            continue
        stopper = s
        break
    while out and (out[-1].lower() in TRAIL_TRIM or out[-1] == "."):
        out.pop()
    if out and out[-1].endswith(".") and not st.is_acronym(out[-1]):
        out[-1] = out[-1][:-1]
    if out and k >= len(syls):
        stopper = stopper or "<end>"
    return out, stopper, k


_SPACE_FIX = re.compile(r"\s+([,.)])")


def display(head: str, tail: list[str]) -> str:
    """'Bệnh viện' + ['Bạch', 'Mai'] -> 'Bệnh viện Bạch Mai' (commas attached)."""
    return _SPACE_FIX.sub(r"\1", " ".join([head, *tail]))


def group_key(surface: str) -> str:
    """Case-insensitive grouping key; 'TP. HCM', 'TP.HCM', 'TP HCM' collapse."""
    key = surface.lower().replace("tp. ", "tp ").replace("tp.", "tp ")
    return " ".join(key.split())


def ends_with_person(head: str, surface: str) -> bool:
    """'Bộ Công Thương Trần Tuấn Anh': a name followed by a person's, glued into one
    corpus word by the segmenter. A name that *is* a person's ('Bệnh viện Nguyễn Tri
    Phương', 'Trường THPT Lê Quý Đôn', 'TP Hồ Chí Minh') stays: nothing but the head, a
    descriptor or a place word stands before it."""
    tail = surface[len(head):].split()
    if len(tail) < 4:
        return False
    last = tail[-3:]
    before = tail[-4]
    return (last[0] in st.SURNAMES and all(x[:1].isupper() and x.isalpha()
                                          and st.is_vietnamese_syllable(x) for x in last)
            and before not in DESCRIPTORS and before.lower() not in PLACE_WORDS)


def is_generic(head: str, surface: str) -> bool:
    """A descriptor, a bare place or country, or something that is not an organisation."""
    if ends_with_person(head, surface):
        return True
    key = group_key(surface)
    if key.startswith(NOT_ORG_PREFIXES):
        return True
    tail = key[len(head):].strip()
    tail = re.sub(r"^(tỉnh|thành phố|huyện|quận|tp)\s*$", "", tail)
    if not tail or tail in GENERIC_TAILS:
        return True
    if tail in COUNTRIES and HEADS[head] != "diplomatic":
        return True
    if tail.isdigit() and HEADS[head] not in ("military", "hospital"):
        return True  # "Bộ 3", "UBND 11": a count or a list number, not a name
    return all(w in DESCRIPTOR_KEYS for w in tail.split())


def external_words(stops: dict[str, Counter[str]]) -> frozenset[str]:
    """Words that end many different names: verbs and particles *after* a name ("đã",
    "khẳng định"), as opposed to a name's own continuation ("thị trường" after
    "Cục Quản lý"), which follows few prefixes."""
    names_after: Counter[str] = Counter()
    for counter in stops.values():
        names_after.update(counter.keys())
    return (frozenset(w for w, n in names_after.items() if n >= EXTERNAL_MIN_NAMES)
            | FUNCTION_WORDS | PREPOSITIONS)


def truncated(stops: Counter[str], external: frozenset[str], last_word: str = "") -> bool:
    """A prefix of a longer name: its mentions mostly go on with lower-case words that are
    not among the words ending names in general ("Cục Quản lý" + "thị trường" / "dược"
    / ...), or one such word follows it often ("Trung tâm Kiểm soát" + "bệnh tật"), or it
    ends in lower case and a person's name mostly follows ("Trường THPT chuyên" + X)."""
    total = sum(stops.values())
    if not total:
        return False
    inner = [n for w, n in stops.items() if w.isalpha() and w.islower() and w not in external]
    return (sum(inner) >= TRUNCATED_SHARE * total
            or (bool(inner) and max(inner) >= max(5, TRUNCATED_ONE_SHARE * total))
            or (last_word.islower() and stops.get("<person>", 0) >= 0.5 * total))


def select(result: dict, min_count: int = MIN_COUNT, min_docs: int = MIN_DOCS) -> list[dict]:
    """Kept names, most frequent first within each head."""
    external = external_words(result["stops"])
    rows = []
    for key, variants in result["names"].items():
        count, ndocs = sum(variants.values()), len(result["docs"][key])
        head = result["heads"][key]
        best = _best_surface(head, variants)
        if count < min_count or ndocs < min_docs or is_generic(head, best) \
                or truncated(result["stops"][key], external, best.split()[-1]):
            continue
        rows.append({"name": best, "head": head, "type": HEADS[head], "count": count,
                     "docs": ndocs, "lowercase_head": result["lower_forms"][key],
                     "variants": {v: n for v, n in sorted(variants.items(), key=lambda x: (-x[1], x[0]))
                                  if v != best and n >= 2}})
    rows.sort(key=lambda r: (r["head"], -r["count"], r["name"]))
    return rows


def _best_surface(head: str, variants: Counter[str]) -> str:
    """Most frequent spelling, with the head capitalised."""
    surface = sorted(variants.items(), key=lambda x: (-x[1], x[0]))[0][0]
    return head + surface[len(head):] if surface.lower().startswith(head.lower()) else surface
