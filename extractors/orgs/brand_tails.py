"""A company's Latin brand after the place that names it: "Công ty TNHH An Giang SamHo", "Công ty Cổ
phần Dược Hậu Giang Pharma", "Công ty TNHH Đồng Nai Group".

The walker closes a name at its place; a foreign company's brand, or "Pharma"/"Group", written right
after the place goes on with it (real27 gold names "Công ty TNHH An Giang SamHo"; fresh sample B cut
the same company to "Công ty TNHH An Giang"). One Latin word, not an acronym ("… Hậu Giang DHG"), that
no capital follows (a foreign person's name runs on: "… Đồng Nai John Smith").
"""
from __future__ import annotations

import re

from ..tokens import is_vietnamese_syllable
from .span import OrgSpan

_BRAND = re.compile(r"[ \t]([A-Z][A-Za-z]*[a-z][A-Za-z]*)(?![^\W\d_])(?![ \t]+[A-ZĐÀ-Ỹ])")


def with_brand_tail(text: str, span: OrgSpan) -> OrgSpan:
    """The company's name with the Latin brand that follows its last (Vietnamese) word."""
    if span.type != "company" or not is_vietnamese_syllable(span.name.rsplit(" ", 1)[-1]):
        return span
    m = _BRAND.match(text, span.end)
    if m is None or is_vietnamese_syllable(m.group(1)):
        return span
    return OrgSpan(span.start, m.end(), f"{span.name} {m.group(1)}", span.type, span.province, span.canonical)
