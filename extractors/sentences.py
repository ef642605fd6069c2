"""Sentence splitting that respects Vietnamese abbreviations.

Splits at line breaks and at sentence punctuation followed by a capital,
except after title/degree abbreviations ("PGS. TS. Nguyễn…", "TP. HCM") or
initials. Tokens without a space ("PGS.TS.", "TP.HCM", "tr.đồng", file names)
never split because a split needs white space after the punctuation.
Chrome lines (captions, file names, "Xem thêm") get no sentences.
"""
from __future__ import annotations

import re

from .doc import Doc, Sentence
from .lazy import lazy_compile

NAME = "sentences"
VERSION = "7"

# address terms and degrees written before a name ("PGS. TS. Nguyễn…", "Ông Trần…")
NAME_LEADS = frozenset({"ông", "bà", "gs", "pgs", "ts", "ths", "bs", "bsck", "bscki", "bsckii", "cki", "ckii",
                         "ds", "dsck", "ths.bs", "pgs.ts", "gs.ts", "ts.bs", "bs.ckii", "bs.cki", "dr", "mr",
                         "mrs", "ms"})
_NO_SPLIT_AFTER = NAME_LEADS | {
    "ks", "cn", "tp", "q", "p", "h", "tx", "tt", "th", "ttnd", "ttưt", "đ/c", "đc",
    "st", "tr", "ng", "v.v", "vv", "sđd", "tk", "no", "số", "nxb", "k", "tw", "vs",
}
# (a class, then its repeat, not `[.!?…]+`: the compiled search then scans for the class in C)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*[\"'”’)]*)(\s+)(?=[\"'“‘(]?[A-ZĐÀ-ỸÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ0-9])")
# the same pattern for a line with no "!", "?" or "…" (most lines): it opens with the literal ".",
# which the engine finds with a C search instead of testing a class at every character
_DOT_BOUNDARY = lazy_compile(r"(\.\.*" + _BOUNDARY.pattern[len(r"([.!?…][.!?…]*"):])


def _last_token(text: str, start: int, end: int) -> str | None:
    r"""Group 1 of `(\S+)$` searched in [start, end), read back from `end` (the search tried every
    position of the segment): the run of non-blanks that ends there, or before a final newline."""
    stop = end - 1 if end > start and text[end - 1] == "\n" else end
    i = stop
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:stop] if i < stop else None
# initials ("N.V.A.", "T.") are never a sentence end
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
# photo and source credits at the end of a caption line: "Ảnh: SYT NA"
_CREDIT = re.compile(r"\(?\s*(?:Ảnh|Nguồn|Video|Clip)\s*:", re.IGNORECASE)


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    seg_start = start
    other = text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0 or text.find("…", start, end) >= 0
    for m in (_BOUNDARY if other else _DOT_BOUNDARY).finditer(text, start, end):
        before = _last_token(text, seg_start, m.start(1))
        # an opening bracket or quote is not part of the abbreviation: "(TP. HCM)"
        token = before.lower().rstrip(".").lstrip("([\"'“‘") if before else ""
        if m.group(1) == "." and (token in _NO_SPLIT_AFTER or
                                  _INITIALS.fullmatch(token)):
            continue
        cut = m.end(1)
        spans.append((seg_start, cut))
        seg_start = m.end(2)
    spans.append((seg_start, end))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str, chrome: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text`, skipping chrome lines."""
    skip = set(s for s, _ in chrome or [])
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = _strip(text, pos, pos + len(line))
        pos += len(line)
        if line_start >= line_end or line_start in skip:
            continue
        for s, e in _split_line(text, line_start, line_end):
            s, e = _strip(text, s, e)
            while e > s and _CREDIT.match(text, s, e):
                s = _after_credit(text, s, e)   # a credit glued to the next paragraph (or two)
            if e > s:
                out.append((s, e))
    return out


# a credit's own tokens: names, initials, agencies ("Vũ Hà/TTXVN", "T.Phương)")
_CREDIT_TOKEN = re.compile(r"[\s\-–/&]*([^\s\-–/&]+)")
_AGENCY = re.compile(r"[A-ZĐ]{2,}\)?")


def _after_credit(text: str, start: int, end: int) -> int:
    """Where running text resumes after a photo credit that lost its line break
    ("Ảnh: Huỳnh Phúc Hậu - TTXVN Các bệnh nhân đều là …"; 3,726 of 35,440 baomoi.com
    articles have a credit run on for 150+ characters): after a closing bracket, a double
    space or an agency in capitals, else at the last capitalised word before the first
    lower-case one. `end` when the credit is the whole sentence."""
    credit = _CREDIT.match(text, start, end)
    if text[start] == "(":
        close = text.find(")", credit.end(), min(end, credit.end() + _MAX_BRACKETED))
        if close >= 0:   # "(Ảnh: chụp màn hình) Bối cảnh …": the bracket says where it ends
            resume = _skip_space(text, close + 1, end)
            return resume if len(text[resume:end].split()) >= _MIN_BRACKETED_REST else end
    resume = _resume(text, credit.end(), end)
    # a short rest is the credit itself ("Nguồn: Báo Sức khỏe")
    return resume if len(text[resume:end].split()) >= _MIN_REST_WORDS else end


_MIN_REST_WORDS = 8
_MAX_BRACKETED = 60      # "(Nguồn: báo An ninh thủ đô)", "(Ảnh: watches-news.com)"
_MIN_BRACKETED_REST = 3
# a capitalised day or time word right before a number starts a date, not a name
_DAY_WORD = re.compile(r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Tháng|Năm|Rạng\s+sáng)")


def _resume(text: str, pos: int, end: int) -> int:
    pos, lower = _past_lower_credit(text, pos, end)
    if lower:   # "Nguồn: internet Theo đó, …", "Ảnh: cắt từ clip “Tôi …": text resumes at a capital
        return pos if pos < end and _opens_text(text[pos]) else end
    last_cap = None
    for _ in range(10):
        m = _CREDIT_TOKEN.match(text, pos, end)
        if m is None:
            return end
        tok = m.group(1)
        if not tok[:1].isupper() and not tok[:1].isdigit():
            return last_cap if last_cap is not None else end
        if tok[:1].isdigit() and last_cap is not None and _DAY_WORD.fullmatch(text, last_cap, pos):
            return last_cap   # "Ảnh: N.NAM Ngày 26-6-2013, bà Tú …": a date opens the text
        if last_cap is not None and _leads_name(text, tok, m.end(1), end):
            return m.start(1)   # "Ảnh: T.Hạnh ThS Nguyễn Văn A, …": the degree opens the text
        if "  " in text[pos:m.start(1)] and last_cap is not None:
            return m.start(1)
        if tok.endswith(")") or _AGENCY.fullmatch(tok):
            return _skip_space(text, m.end(1), end)
        last_cap, pos = m.start(1), m.end(1)
    return end


# an address term, a degree or a rank before a capitalised name opens running text after a credit
# that lost its line break ("Ảnh: D.A Ông Trần Văn A - Phó Chủ tịch …" resumed at "Chủ tịch", the
# last capital, and dropped the name; VietNews health and baomoi, 5,461 articles: 139 credits run on
# into such a word); never a credit's own token: photographers are named by name and initials
_LEAD_PHRASE = re.compile(r" (?:sĩ|sỹ|sư|tá|tướng|úy|uý)(?![^\W\d_])")
_PHRASE_FIRSTS = frozenset({"Bác", "Thạc", "Tiến", "Giáo", "Đại", "Thượng", "Trung", "Thiếu"})


def _leads_name(text: str, tok: str, tok_end: int, end: int) -> bool:
    """`tok` ("ThS", "Ông", "Bác" of "Bác sĩ", "Đại" of "Đại tá") opens a name after it."""
    if tok.lower().rstrip(".") in NAME_LEADS:
        return True
    return tok in _PHRASE_FIRSTS and _LEAD_PHRASE.match(text, tok_end, end) is not None


# a lower-case credit: a site or a word for where the picture came from ("internet", "reuters",
# "giaoduc.net.vn", "chụp màn hình", "cắt từ clip"); not "báo"/"tờ", whose paper's name
# ("báo Dân trí", "báo An ninh thủ đô") runs on in words no rule can tell from the text
_LOWER_CREDIT_TOKEN = re.compile(r"\s*(?!(?:báo|tờ|theo)\s)([^\W\d_][^\s]*)\s+")
_MAX_LOWER_CREDIT = 3
_OPENING_QUOTES = "\"'“‘"


def _past_lower_credit(text: str, pos: int, end: int) -> tuple[int, bool]:
    """The position after a lower-case credit of up to three words at `pos`, and whether
    there was one."""
    start = pos
    for _ in range(_MAX_LOWER_CREDIT):
        m = _LOWER_CREDIT_TOKEN.match(text, pos, end)
        if m is None or not m.group(1)[:1].islower():
            break
        pos = m.end()
    return pos, pos > start


def _opens_text(char: str) -> bool:
    """Can running text start with `char`: a capital, a digit or an opening quote?"""
    return char.isupper() or char.isdigit() or char in _OPENING_QUOTES


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def split_sentences(doc: Doc) -> Doc:
    doc.sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(split(doc.match, doc.chrome))]
    return doc
