"""Cooperation links: who supports, trains, transfers to, donates to, signs
with or works with whom, as a sentence states it.

Endpoints are the organisations found earlier in the sentence plus bare
province mentions ("tỉnh Nghệ An", "ngành Y tế Nghệ An"). A cue verb splits
the clause: the provider is the nearest endpoint before it, the recipients the
endpoints listed after it; "từ A" / "của A" / "giữa A và B" / "vệ tinh của A"
reverse or pair the roles.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from . import organizations
from .doc import Cooperation, Doc, provenance
from .places import place_at, places_in

NAME = "cooperations"
VERSION = "5"

_CUES: list[tuple[str, str]] = [
    (r"chuyển giao(?: các)?(?: danh mục)?(?: gói)? kỹ thuật|chuyển giao", "technology_transfer"),
    (r"trao tặng|tặng|trao|ủng hộ|hỗ trợ kinh phí|tài trợ", "donation"),
    (r"ký kết|ký(?= thỏa thuận| biên bản| hợp đồng| kết)", "agreement"),
    (r"vệ tinh(?=[^.;,]{0,40}?\bcủa\s)", "satellite"),
    (r"đào tạo|tập huấn|bồi dưỡng", "training"),
    (r"học tập kinh nghiệm|trao đổi kinh nghiệm|làm việc|trao đổi|thăm và làm việc|khảo sát", "exchange"),
    (r"hỗ trợ|giúp đỡ|giúp|hợp tác|phối hợp|chỉ đạo tuyến|tư vấn|khám, chữa bệnh từ xa|hội chẩn|"
     r"đồng hành", "support"),
]


def _top_level(pattern: str) -> list[str]:
    """Alternatives of a pattern split at "|" outside parentheses."""
    out, depth, cur = [], 0, ""
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


# every alternative, longest first, so "trao đổi kinh nghiệm" is not read as "trao"
_CUE_ALTS = sorted({a for c, _ in _CUES for a in _top_level(c)},
                   key=lambda a: -len(re.sub(r"\(\?=.*?\)", "", a)))
_CUE_RE = re.compile(r"(?<![^\W\d_])(" + "|".join(f"(?:{a})" for a in _CUE_ALTS) + r")(?![^\W\d_])",
                     re.IGNORECASE)
# kinds are decided on the matched words alone, so lookaheads ("ký" before "thỏa thuận") go
_KIND = [(re.compile("^(?:" + re.sub(r"\(\?=[^)]*\)", "", c) + ")$", re.IGNORECASE), k) for c, k in _CUES]
_BETWEEN = re.compile(r"giữa\s+")
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
_GENERIC_GROUP = re.compile(r"\b(?:các|những)\s+(?:tuyến|bệnh viện|đơn vị|cơ sở|trung tâm|địa phương|"
                            r"tỉnh|sở|bệnh nhân|người)", re.IGNORECASE)
_SATELLITE_LIST = re.compile(r"(?:mạng lưới|các|gồm các)\s+(?:bệnh viện\s+)?vệ tinh\s+(?:gồm|bao gồm|là)"
                             r"[^:;.]{0,40}?(?::|\s(?=[A-ZĐ]))\s*")
_PARTNER = re.compile(r"\s*(?:phối hợp với|phối hợp cùng|cùng với|cùng)\s*")
_SEND = re.compile(r"(?<![^\W\d_])(?:cử|điều động)\s+[^.;:]{0,40}?"
                   r"(?<![^\W\d_])(?:về|đến|tới|xuống|lên|sang)\s+")
_HONOUR = re.compile(r"\s+(?:các\s+|\d+\s+)?(?:quyết định|bằng khen|giấy khen|huân chương|huy chương|danh hiệu|"
                     r"cờ thi đua|kỷ niệm chương|hoa|biểu trưng|"
                     r"giải thưởng|giải)(?![^\W\d_])", re.IGNORECASE)
_CERTIFICATE = re.compile(r"\s+(?:giấy chứng nhận|chứng nhận|chứng chỉ)(?![^\W\d_])", re.IGNORECASE)
_WITH_TARGET = re.compile(r"\s*(?:đối với|với|cho|dành cho)\s+(?:(?:ngành [Yy] tế|[Yy] tế)\s+)?"
                          r"(?:(?:tỉnh|thành phố)\s+)?")
_BARE_PROVINCE = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố)(?![^\W\d_])")
_BARE_BEFORE = re.compile(r"(?:hỗ trợ|giúp đỡ|giúp|với|cho|tặng|trao tặng|chuyển giao kỹ thuật cho)\s+$")
_CUE_BEFORE = re.compile(r"(?:hỗ trợ|giúp đỡ|giúp|trao tặng|tặng|chuyển giao kỹ thuật cho)\s+$",
                         re.IGNORECASE)
_PROVINCE_PREFIX = re.compile(r"(?:tỉnh|thành phố|TP\.?|ngành [Yy] tế(?: tỉnh)?|[Yy] tế(?: tỉnh)?)\s*$")


@dataclass
class End:
    start: int
    end: int
    name: str
    province: str | None
    is_place: bool


def _kind(cue: str) -> str:
    for pattern, kind in _KIND:
        if pattern.match(cue):
            return kind
    return "other"


_PROVINCE_BODY = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy)"
                            r"(?: tỉnh| thành phố)? (.+)$")


def endpoint_name(org) -> tuple[str, bool]:
    """How an organisation is named as a cooperation end: (name, is_province).

    A province's People's Committee or Party Committee acts for the province
    ("Bạch Mai làm việc với UBND tỉnh Nghệ An" links Bạch Mai and Nghệ An);
    other ends take the longest form the document writes ("Bệnh viện 108" and
    "Bệnh viện Trung ương Quân đội 108" are one end, named in full).
    """
    m = _PROVINCE_BODY.match(org.name)
    if m and org.province and m.group(1) in (org.province, org.province.removeprefix("Thành phố ")):
        return org.province, True
    return (org.full or org.name), False


def orgs_by_sentence(doc: Doc) -> list[list]:
    """The organisations starting inside each sentence, in document order: one pass
    over the document instead of one scan of every organisation per sentence."""
    starts = [s.start for s in doc.sentences]
    out: list[list] = [[] for _ in doc.sentences]
    for o in doc.organizations:
        i = bisect_right(starts, o.start) - 1
        if i >= 0 and o.start < doc.sentences[i].end:
            out[i].append(o)
    return out


def _endpoints(doc: Doc, start: int, end: int, orgs: list) -> list[End]:
    ends = []
    for o in orgs:
        name, is_place = endpoint_name(o)
        ends.append(End(o.start, o.end, name, o.province, is_place))
    covered = [(e.start, e.end) for e in ends]
    for hit in places_in(doc, start, end):
        if any(s <= hit.start < e for s, e in covered):
            continue
        before = doc.match[max(start, hit.start - 16):hit.start]
        # a province on its own is an endpoint when written as one ("tỉnh Nghệ An",
        # "ngành Y tế Nghệ An") or right after a preposition
        if (_PROVINCE_PREFIX.search(before) or re.search(r"(?:cho|với|tại|từ|giữa|và|đến)\s+$", before)
                or _CUE_BEFORE.search(doc.match, max(start, hit.start - 30), hit.start)):
            ends.append(End(hit.start, hit.end, hit.name, hit.name, True))
    home = organizations.home(doc, _HOSPITALS)
    if home is not None:
        # "Năm qua, Bệnh viện tiếp tục nhận chuyển giao …": the article's own hospital
        for m in _BARE_HOSPITAL.finditer(doc.match, start, end):
            if not any(s <= m.start() < e for s, e in covered):
                ends.append(End(m.start(), m.end(), home.full or home.name, home.province, False))
    if doc.province:
        # "… hỗ trợ tỉnh trong công tác xét nghiệm": the article's province
        for m in _BARE_PROVINCE.finditer(doc.match, start, end):
            if any(s <= m.start() < e for s, e in covered) or \
                    not _BARE_BEFORE.search(doc.match, max(start, m.start() - 20), m.start()):
                continue
            nxt = re.match(r"\s+([^\W\d_])", doc.match[m.end():end])
            if nxt and nxt.group(1).isupper():
                continue
            ends.append(End(m.start(), m.end(), doc.province, doc.province, True))
    return sorted(ends, key=lambda e: e.start)


_HOSPITALS = frozenset({"hospital"})
_BARE_HOSPITAL = re.compile(r"(?<![^\W\d_])Bệnh viện(?=\s+(?:[a-zđ]|đã|đang|sẽ|tiếp|cũng)|[,.;])")


def _clause(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    left = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        left = m.end()
    m = _CLAUSE_BREAK.search(text, pos, end)
    return left, (m.start() if m else end)


def _recipients(text: str, ends: list[End], after: int, right: int) -> list[End]:
    """Endpoints after a cue: the first one and those listed with it (", " / "và")."""
    out: list[End] = []
    prev_end = after
    for e in ends:
        if e.start < after or e.start >= right:
            continue
        gap = text[prev_end:e.start]
        if out and not re.fullmatch(r"\s*(?:,|và|cùng|,\s*và)\s*", gap):
            break
        if not out and (len(gap) > 70 or _GENERIC_GROUP.search(gap)):
            break
        out.append(e)
        prev_end = e.end
    return out


def extract(doc: Doc) -> Doc:
    text = doc.match
    types = {(o.full or o.name): o.type for o in doc.organizations}
    by_sentence = orgs_by_sentence(doc)
    for s, orgs in zip(doc.sentences, by_sentence):
        ends = _endpoints(doc, s.start, s.end, orgs)
        if len(ends) < 1:
            continue
        found: list[tuple[End, End, str, int, int]] = []
        # "giữa A và B"
        for m in _BETWEEN.finditer(text, s.start, s.end):
            pair = [e for e in ends if e.start >= m.end()][:2]
            if len(pair) == 2 and re.fullmatch(r"\s*(?:và|với)\s*", text[pair[0].end:pair[1].start]):
                cue_m = _CUE_RE.search(text, max(s.start, m.start() - 40), m.start())
                kind = _kind(cue_m.group(1)) if cue_m else "support"
                a, b = pair
                if a.is_place and not b.is_place:
                    a, b = b, a
                found.append((a, b, kind, m.start(), pair[1].end))
        pair_cues = [m.start() - s.start for m in _BETWEEN.finditer(text, s.start, s.end)]
        # "A cử (bác sĩ) về B để chuyển giao/hỗ trợ …": sending staff for a stated purpose
        for m in _SEND.finditer(text, s.start, s.end):
            left, right = _clause(text, s.start, s.end, m.start())
            before = [e for e in ends if left <= e.start and e.end <= m.start()]
            dest = [e for e in ends if m.end() <= e.start < right][:1]
            if not dest:
                hit = place_at(text, m.end())   # "cử chuyên gia về Nghệ An"
                dest = [End(hit.start, hit.end, hit.name, hit.name, True)] if hit else []
            purpose = _CUE_RE.search(text, dest[0].end, right) if dest else None
            if before and dest and purpose and purpose.start() - dest[0].end < 40:
                senders = before[-1:]
                if len(before) >= 2 and re.fullmatch(r"\s*(?:,|và)\s*", text[before[-2].end:before[-1].start]):
                    senders = before[-2:]     # "A và B đã cử chuyên gia về …"
                for sender in senders:
                    found.append((sender, dest[0], _kind(purpose.group(1)), sender.start, purpose.end()))
        # "mạng lưới vệ tinh gồm 8 bệnh viện: A, B, C": the provider's satellites
        for m in _SATELLITE_LIST.finditer(text, s.start, s.end):
            before = [e for e in ends if s.start <= e.start and e.end <= m.start()]
            members = _recipients(text, ends, m.end(), s.end)
            if before and members:
                for member in members:
                    found.append((before[-1], member, "satellite", before[-1].start, member.end))
        names = [(o.start, o.end) for o in orgs]
        for m in _CUE_RE.finditer(text, s.start, s.end):
            if any(a <= m.start() < b for a, b in names):
                continue  # "Cơ quan Hợp tác Quốc tế": a cue word inside a name
            kind = _kind(m.group(1))
            if kind == "donation" and _HONOUR.match(text, m.end()):
                continue  # "trao quyết định", "tặng Bằng khen": not a gift
            if kind == "donation" and _CERTIFICATE.match(text, m.end()):
                kind = "training"  # "trao chứng nhận hoàn thành đào tạo cho …"
            if any(0 <= g + s.start - m.end() < 40 for g in pair_cues):
                continue  # "hợp tác, hỗ trợ giữa A và B" is handled as a pair
            left, right = _clause(text, s.start, s.end, m.start())
            parens = _paren_spans(text, left, m.start())
            before = [e for e in ends if left <= e.start and e.end <= m.start()
                      and not any(a <= e.start < b for a, b in parens)]
            recips = _recipients(text, ends, m.end(), right)
            tail = text[m.end():right]
            provider = before[-1] if before else None
            # "nhận chuyển giao ... từ A": A provides to the subject
            frm = re.search(r"\btừ\s+", tail)
            if frm and provider:
                src = _recipients(text, ends, m.end() + frm.end(), right)
                if src and src[0].start - (m.end() + frm.end()) < 30:
                    for giver in src:   # "nhận chuyển giao … từ A và B"
                        found.append((giver, provider, kind, provider.start, giver.end))
                    continue
            # "(sự) hỗ trợ ... của A"
            of = re.match(r"[^,;]{0,45}?\bcủa\s+", tail)
            if of and re.search(r"\b(?:theo|đề án|yêu cầu|cho)\b", of.group(0)):
                of = None
            if of:
                src = [e for e in ends if m.end() + of.end() <= e.start < right][:1]
                if src and src[0].start - (m.end() + of.end()) < 5:
                    targets = [e for e in ends if e is not src[0]]
                    target = provider or (targets[0] if targets else None)
                    named = [e for e in ends if src[0].end <= e.start < right
                             and _WITH_TARGET.fullmatch(text, src[0].end, e.start)][:1]
                    if named and kind != "satellite":
                        target = named[0]   # "sự đồng hành của A với ngành y tế B"
                    if kind == "satellite" and provider:
                        found.append((src[0], provider, kind, provider.start, src[0].end))
                        continue
                    if target is not None:
                        found.append((src[0], target, kind, min(target.start, m.start()), src[0].end))
                    continue
            if provider is not None and not recips and len(before) >= 2 and \
                    (kind in ("agreement", "exchange") or m.group(1).lower() in ("hợp tác", "phối hợp")) and \
                    re.fullmatch(r"\s*(?:và|với|cùng)\s*", text[before[-2].end:before[-1].start]) and \
                    m.start() - before[-1].end < 30:
                # "A và B (đã) ký kết thỏa thuận hợp tác": the pair is the subject
                found.append((before[-2], before[-1], kind, before[-2].start, m.end()))
                continue
            if provider is None or not recips:
                continue
            between = text[provider.end:m.start()]
            if (re.search(r"\b(các|những)\s+[^\s]+\s+[^\s]+\s*$", between)
                    and re.search(r"\b(các|những)\b", between)) or _GENERIC_GROUP.search(between):
                # "Bộ Y tế chỉ đạo các bệnh viện hỗ trợ …": the provider is the plural group
                continue
            providers = [provider]
            if len(before) >= 2 and re.fullmatch(r"\s*(?:,\s*)?và\s*", text[before[-2].end:provider.start]):
                providers.insert(0, before[-2])   # "A và B hỗ trợ C": both provide
            elif len(before) >= 2 and _PARTNER.fullmatch(text, before[-2].end, provider.start):
                # "A phối hợp với B tổ chức tập huấn tại C": A leads, B partners, both give
                providers.insert(0, before[-2])
                found.append((before[-2], provider, "support", before[-2].start, provider.end))
            for giver in providers:
                for r in recips:
                    if r.name != giver.name:
                        found.append((giver, r, kind, giver.start, r.end))
        seen = set()
        for a, b, kind, start, end in found:
            if a.name == b.name or (a.name, b.name) in seen:
                continue
            if kind not in ("agreement", "exchange") and _internal(a, b, types):
                continue
            seen.add((a.name, b.name))
            doc.cooperations.append(Cooperation(
                source=a.name, target=b.name, kind=kind, text=doc.text[start:end],
                **provenance(doc, start, end, NAME, VERSION, 0.6)))
    return doc


_ADMIN_TYPES = {"health_department", "government", "party", "agency"}


def _internal(a: End, b: End, types: dict[str, str]) -> bool:
    """A provincial body directing another body of its own province ("Sở Y tế phối
    hợp với Sở Tài chính", "Sở Y tế tập huấn cho bệnh viện tỉnh") is administration,
    not cooperation between parties."""
    if a.is_place or b.is_place or not a.province or a.province != b.province:
        return False
    return types.get(a.name) in _ADMIN_TYPES


def _paren_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parenthesised asides: their organisations are not the clause's subject."""
    spans, depth, open_at = [], 0, start
    for i in range(start, end):
        if text[i] == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((open_at, i))
    if depth:
        spans.append((open_at, end))
    return spans


def collapse(links: list[Cooperation], province_of: dict[str, str | None]) -> list[Cooperation]:
    """One link per pair per document, at one level of detail per province.

    A link between an organisation and its own province says nothing and goes.
    When a provider's links to a province itself are stated in at least as many
    sentences as its links to organisations inside that province, the province
    link stands for them all; otherwise the organisation links stay and the
    province link goes.
    """
    places = {name for name, prov in province_of.items() if prov is None}

    def province(name: str) -> str | None:
        return province_of.get(name)

    def is_place(name: str) -> bool:
        return name in places

    by_pair: dict[tuple[str, str], list[Cooperation]] = defaultdict(list)
    for l in links:
        if is_place(l.target) and province(l.source) == l.target:
            continue
        if is_place(l.source) and province(l.target) == l.source:
            continue
        by_pair[(l.source, l.target)].append(l)
    weight = {pair: len({i.sentence for i in items}) for pair, items in by_pair.items()}
    keep = {pair: items[0] for pair, items in by_pair.items()}
    for src, tgt in list(keep):
        # one direction per pair: the one more sentences state
        if (tgt, src) in keep and (src, tgt) in keep and weight[(tgt, src)] >= weight[(src, tgt)] \
                and (weight[(tgt, src)] > weight[(src, tgt)] or (tgt, src) < (src, tgt)):
            keep.pop((src, tgt))
    for src, tgt in list(keep):
        if (src, tgt) not in keep or not is_place(tgt):
            continue
        inner = [p for p in keep if p[0] == src and p[1] != tgt and province(p[1]) == tgt]
        if not inner:
            continue
        if weight[(src, tgt)] >= sum(weight[p] for p in inner):
            for p in inner:
                keep.pop(p, None)
        else:
            keep.pop((src, tgt), None)
    return list(keep.values())
