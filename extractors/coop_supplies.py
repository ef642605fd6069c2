"""Supplies: one body issues goods to another ("cấp").

"B được A cấp ô tô cứu thương", "thiết bị … được A cấp cho B", "A đã cấp cho B lô vắc xin":
A supplies B. The studied gold states these as support or donation (a ministry's equipment
for a hospital or a provincial preventive-medicine centre). "cấp" is far more often a
licence, a certificate, land or a budget line ("Sở Y tế cấp giấy phép cho …", "UBND tỉnh
cấp kinh phí"), so a clause counts only when it names goods and no such paper.
"""
from __future__ import annotations

import re

from .coop_ends import SEND_CARRIER, End
from .coop_rules import Link, Sent, clause
from .lexicon import word_start_branches

NAME_GOODS = ("xe cứu thương", "xe chuyên dụng", "xe ô tô", "ô tô", "ôtô", "trang thiết bị", "thiết bị",
              "máy", "vắc xin", "vắcxin", "văcxin", "vaccine", "hóa chất", "hoá chất", "thuốc", "lô")
# what a sentence must hold for `supplied` to be worth running (cooperations' trigger test)
TRIGGERS = ("cấp cho", "bàn giao") + tuple(f"cấp {g}" for g in NAME_GOODS)

_WORD_END = r"(?![^\W\d_])"
_CAP = re.compile(word_start_branches(["cấp", "bàn giao"]) + r"\s+(cho\s+)?")   # (first letters scanned for in C)
# "A bàn giao 2 máy thở cho B": handing goods over names the receiver after them
_HANDOVER = "bàn giao"
_TO_AFTER_GOODS = re.compile(r"[^.;:]{0,60}?(?<![^\W\d_])(?:cho|tới|đến)\s+")
# (word_start_branches: the first letters are scanned for in C, the word start tested after them)
_GOODS = re.compile(word_start_branches(NAME_GOODS, ignorecase=True) + _WORD_END)
_PAPER = re.compile(word_start_branches(("giấy", "phép", "chứng nhận", "chứng chỉ", "số đăng ký", "số tiếp nhận", "thẻ",
                                         "thị thực", "visa", "bằng", "quyền", r"đất(?!\s+liền)", "phù hiệu", "biển số",
                                         "mã số", "hạn mức", "kinh phí", "ngân sách"), ignorecase=True) + _WORD_END)
# between the giver and "cấp": an aside naming its parent, adverbs
_GIVER_GAP = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?:đã|sẽ|vừa|cũng|từng|tiếp tục)\s+)*")
_BY = re.compile(r"(?<![^\W\d_])được\s+$")
_RECEIVER_GAP = re.compile(r"\s*(?:(?:đã|sẽ|vừa|cũng|từng)\s+)*")


def _just_before(s: Sent, pos: int, gap: re.Pattern[str], left: int) -> End | None:
    """The end whose text stops right before `pos`, with only `gap` between."""
    before = [e for e in s.ends if left <= e.start and e.end <= pos]
    if before and gap.fullmatch(s.text, before[-1].end, pos):
        return before[-1]
    return None


def supplied(s: Sent) -> list[Link]:
    """"B được A cấp <goods>", "được A cấp cho B", "A cấp cho B <goods>": A supplies B."""
    out: list[Link] = []
    for m in _CAP.finditer(s.text, s.start, s.end):
        left, right = clause(s.text, s.start, s.end, m.start())
        if _PAPER.search(s.text, left, right) or not _GOODS.search(s.text, left, right):
            continue
        giver = _just_before(s, m.start(), _GIVER_GAP, left)
        if giver is None:
            continue
        by = _BY.search(s.text, left, giver.start)
        to = None if m.group(1) or not m.group(0).startswith(_HANDOVER) else _TO_AFTER_GOODS.match(s.text, m.end(), right)
        if m.group(1) or to:
            after = m.end() if m.group(1) else to.end()
            receiver = next((e for e in s.ends if after <= e.start <= after + 3), None)
        elif by:   # "B được A cấp ô tô": B stands before "được"
            receiver = _just_before(s, by.start(), _RECEIVER_GAP, left)
        else:
            receiver = None
        if receiver is not None and receiver.name != giver.name:
            kind = "donation" if m.group(0).startswith(_HANDOVER) else "support"
            out.append((giver, receiver, kind, min(giver.start, receiver.start), max(giver.end, receiver.end)))
    return out


# ---------------------------------------------------------------- transport as support
# "A đã cử vận tải cơ chở 60 cán bộ và trang thiết bị của B tới …", "A sẽ cử máy bay đưa B sang …": A
# carries B's people and equipment, and supports B. Studied: real (a country's transport aircraft
# flying a field hospital to a peacekeeping mission; the gold links the country to the hospital).
# VietNews (105,000 articles): 8 sentences "cử/điều động" an aircraft or a ship to carry ("chở/đưa");
# the 6 outside that article carry people (victims, athletes, a doctor "ra" to sea), and link nothing:
# the carried body must stand right after the verb, past only its staff and equipment.
_CARRY = re.compile(r"(?<![^\W\d_])" + SEND_CARRIER + r"[^.;,:]{0,40}?\s(?:chở|đưa)\s+", re.IGNORECASE)
_CARRIED_GAP = re.compile(r"(?:\d+\s+)?(?:(?:cán bộ|nhân viên|y bác sĩ|bác sĩ|quân nhân|chiến sĩ|trang thiết bị|"
                          r"thiết bị|vật tư|và|,)\s*)*(?:của\s+)?", re.IGNORECASE)


def carried(s: Sent) -> list[Link]:
    """"A cử máy bay chở/đưa (cán bộ, thiết bị của) B": A supports B."""
    out: list[Link] = []
    low = s.text[s.start:s.end].lower()   # every match carries ("chở", "đưa": no letter IGNORECASE adds to them)
    if "chở" not in low and "đưa" not in low:
        return out
    for m in _CARRY.finditer(s.text, s.start, s.end):
        left, right = clause(s.text, s.start, s.end, m.start())
        carrier = _just_before(s, m.start(), _GIVER_GAP, left)
        body = next((e for e in s.ends if e.start >= m.end()), None)
        if carrier and body and body.start < right and not body.is_place and body.name != carrier.name \
                and _CARRIED_GAP.fullmatch(s.text, m.end(), body.start):
            out.append((carrier, body, "support", carrier.start, body.end))
    return out
