"""Portfolio abbreviations inside names: "Sở GD&ĐT", "Bộ LĐ-TB&XH", "Vụ BHYT".

Expansions come from the gazetteer (org_heads.json). The press, and word-
segmented corpora, space them freely ("GD & ĐT", "LĐ - TB & XH", "T T&T T"), so
each is matched with optional spaces around "&" and "-" and between letters.
Names are written expanded ("Sở Giáo dục và Đào tạo"), as the gold rules ask.
"""
from __future__ import annotations

import re
from functools import cache

from .. import gazetteer

# what a Hội, Hiệp hội or company stands for, written out only after those heads ("Dịch vụ BĐS X"
# is no "Vụ"): "Hiệp hội BĐS TP.HCM" (31 in 35,000 baomoi stories), "Hiệp hội DN(NVV) …" (26, 9),
# "Hội LHPN tỉnh …" (24), "Hội VHNT" (21), "Hội CCB xã …" (2); gold writes them out
SUBJECTS = ("BĐS", "LHPN", "VHNT", "CCB", "DNNVV", "DN")
# abbreviations that stand for what a Sở, Bộ, Cục or Vụ deals with (not heads, places or titles)
_PORTFOLIO = ("GD&ĐT", "GDĐT", "GTVT", "KH&CN", "KH&ĐT", "KH-TC", "KHCN", "KHCN&ĐT", "LĐ-TB&XH",
              "LĐTB&XH", "LĐTBXH", "NN&MT", "NN&PTNT", "TN&MT", "TT&TT", "VH-TT&DL", "VHTT&DL",
              "VHTTDL", "QLD", "QLKCB", "ATTP", "YTDP", "YHCT", "TCCB", "HTQT", "CNTT", "BHYT",
              "DS-KHHGĐ", "NNPTNT", "ĐHYD", "ĐHQG", "ĐH",
              "THADS",   # "Cục THADS TP. HCM", "Chi cục THADS huyện Phù Ninh": 113 times in VietNews
              # "Chi cục ATVSTP Nghệ An" (13 mentions in 2,800 health articles), "Hội LHTN Việt Nam":
              # gold writes them out ("Chi cục An toàn vệ sinh thực phẩm …", 20 studied entries)
              "ATVSTP", "LHTN") + SUBJECTS


def _pattern(key: str, after_first: str = "") -> str:
    """`key` as a pattern (`after_first`: what to test after its first letter)."""
    out = []
    for i, ch in enumerate(key):
        if ch == "&":
            out.append(r"\s*[&-]\s*")   # "GD&ĐT", "GD-ĐT", "GD - ĐT"
        elif ch == "-":
            out.append(r"\s*[-,]\s*")   # "VH-TT&DL", "VH, TT & DL"
        else:
            if i and key[i - 1] not in "&-":
                out.append(" ?")   # "T T&T T": a segmenter's spaces inside the letters
            out.append(re.escape(ch))
            if i == 0:
                out.append(after_first)
    return "".join(out)


@cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    table = gazetteer.abbreviations()
    expansions = {re.sub(r"[\s&-]", "", k): table[k] for k in _PORTFOLIO if k in table}
    alts = sorted((k for k in _PORTFOLIO if k in table), key=len, reverse=True)
    # (each key's word start tested after its first letter: the search skips to those letters in C)
    return re.compile(r"(?:" + "|".join(_pattern(k, r"(?<![^\W\d_].)") for k in alts) + r")(?![^\W\d_])"), \
        expansions


def portfolio_abbreviation_at(text: str, pos: int, limit: int, subjects: bool = True) -> tuple[int, str] | None:
    """(end, expansion) of a portfolio abbreviation starting at pos (one of SUBJECTS only if `subjects`)."""
    pattern, expansions = _table()
    m = pattern.match(text, pos, limit)
    if not m:
        return None
    key = re.sub(r"[\s&,-]", "", m.group(0))
    if not subjects and key in SUBJECTS:
        return None
    return m.end(), expansions[key]


def expand_portfolios(name: str) -> str:
    """Every portfolio abbreviation inside a written name, written out."""
    pattern, expansions = _table()
    return pattern.sub(lambda m: expansions[re.sub(r"[\s&,-]", "", m.group(0))], name)
