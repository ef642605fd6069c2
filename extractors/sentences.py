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

NAME = "sentences"
VERSION = "3"

_NO_SPLIT_AFTER = {
    "gs", "pgs", "ts", "ths", "bs", "bsck", "bscki", "bsckii", "cki", "ckii", "ds", "dsck",
    "ks", "cn", "tp", "q", "p", "h", "tx", "tt", "th", "ttnd", "ttưt", "đ/c", "đc", "ông",
    "bà", "st", "tr", "ng", "v.v", "vv", "sđd", "tk", "no", "số", "nxb", "ths.bs", "pgs.ts",
    "gs.ts", "ts.bs", "bs.ckii", "bs.cki", "k", "tw", "vs", "dr", "mr", "mrs", "ms",
}
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)]*)(\s+)(?=[\"'“‘(]?[A-ZĐÀ-ỸÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ0-9])")
_LAST_TOKEN = re.compile(r"(\S+)$")
# initials ("N.V.A.", "T.") are never a sentence end
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
# photo and source credits at the end of a caption line: "Ảnh: SYT NA"
_CREDIT = re.compile(r"\(?\s*(?:Ảnh|Nguồn|Video|Clip)\s*:", re.IGNORECASE)
# a credit glued to the next sentence where a page lost its line breaks ("… chạy thận. Ảnh:
# Zing Báo VnExpress dẫn lời …"; baomoi 2016-17: ~3,600 of 35,000 articles): a credit is
# short, so a longer segment keeps its words after the colon
_GLUED = 100


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    seg_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        before = _LAST_TOKEN.search(text, seg_start, m.start(1))
        # an opening bracket or quote is not part of the abbreviation: "(TP. HCM)"
        token = before.group(1).lower().rstrip(".").lstrip("([\"'“‘") if before else ""
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
            credit = _CREDIT.match(text, s, e) if e > s else None
            if credit is not None and e - s > _GLUED:
                s, _ = _strip(text, credit.end(), e)
                credit = None
            if e > s and credit is None:
                out.append((s, e))
    return out


def split_sentences(doc: Doc) -> Doc:
    doc.sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(split(doc.match, doc.chrome))]
    return doc
