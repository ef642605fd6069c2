"""Supplies: one body issues goods to another ("cấp").

"B được A cấp ô tô cứu thương", "thiết bị … được A cấp cho B", "A đã cấp cho B lô vắc xin":
A supplies B. The studied gold states these as support or donation (a ministry's equipment
for a hospital or a provincial preventive-medicine centre). "cấp" is far more often a
licence, a certificate, land or a budget line ("Sở Y tế cấp giấy phép cho …", "UBND tỉnh
cấp kinh phí"), so a clause counts only when it names goods and no such paper.
"""
from __future__ import annotations

import re

from .coop_ends import End
from .coop_rules import Link, Sent, clause

NAME_GOODS = ("xe cứu thương", "xe chuyên dụng", "xe ô tô", "ô tô", "ôtô", "trang thiết bị", "thiết bị",
              "máy", "vắc xin", "vắcxin", "văcxin", "vaccine", "hóa chất", "hoá chất", "thuốc", "lô")
# what a sentence must hold for `supplied` to be worth running (cooperations' trigger test)
TRIGGERS = ("cấp cho",) + tuple(f"cấp {g}" for g in NAME_GOODS)

_WORD_END = r"(?![^\W\d_])"
_CAP = re.compile(r"c(?<![^\W\d_].)ấp\s+(cho\s+)?")   # (the letter first: re's search skips in C)
_GOODS = re.compile(r"(?<![^\W\d_])(?:" + "|".join(NAME_GOODS) + ")" + _WORD_END, re.IGNORECASE)
_PAPER = re.compile(r"(?<![^\W\d_])(?:giấy|phép|chứng nhận|chứng chỉ|số đăng ký|số tiếp nhận|thẻ|thị thực|visa|"
                    r"bằng|quyền|đất(?!\s+liền)|phù hiệu|biển số|mã số|hạn mức|kinh phí|ngân sách)" + _WORD_END,
                    re.IGNORECASE)
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
        if m.group(1):
            receiver = next((e for e in s.ends if m.end() <= e.start <= m.end() + 3), None)
        elif by:   # "B được A cấp ô tô": B stands before "được"
            receiver = _just_before(s, by.start(), _RECEIVER_GAP, left)
        else:
            receiver = None
        if receiver is not None and receiver.name != giver.name:
            out.append((giver, receiver, "support", min(giver.start, receiver.start), max(giver.end, receiver.end)))
    return out
