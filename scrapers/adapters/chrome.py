"""Lines that are page chrome, not article: footer credits, addresses, phones, licences.

A video-only page has nothing but its footer once the navigation is gone, and a
footer line such as "Phó Trưởng ban biên tập thường trực …, Chánh Văn phòng Bộ Y
tế" reads like news to the extractors (an official and a role). The generic
adapter uses these rules to refuse such text (seen on a saved ncov.moh.gov.vn
page: address, phone, "Website được vận hành trên Microsoft Azure").
"""
from __future__ import annotations

import re

# One rule per kind of footer line; each matches the start of a line (case-insensitive).
_RULES = {
    "address": r"(?:địa chỉ|trụ sở|tòa soạn|toà soạn|văn phòng đại diện)\s*:|số \d+\w?\s+[\wÀ-ỹ ]+ - ",
    "phone": r"(?:đt|điện thoại|tel|hotline|đường dây nóng|fax)\s*[:.]",
    "email": r"e-?mail\s*:",
    "copyright": r"(?:©|\(c\)|copyright|bản quyền)",
    "licence": r"giấy phép(?: hoạt động| thiết lập| xuất bản)?(?: báo điện tử| trang thông tin)?(?: số)?\s*:?\s*\d",
    "editor": r"(?:(?:phó )?trưởng ban biên tập|(?:phó )?tổng biên tập|"
              r"chịu trách nhiệm(?: chính| nội dung| xuất bản)?)"
              r"(?:\s*:|\s+thường trực|\s+(?:pgs|gs|ts|ths|bs|nhà báo)\b)",
    "credits": r"(?:website|cổng thông tin|trang tin|hệ thống|trang web)\b.{0,60}"
               r"(?:được vận hành|vận hành trên|được phát triển|phát triển bởi|thiết kế bởi|"
               r"xây dựng bởi|cung cấp bởi)|hỗ trợ bởi|"
               r"(?:thiết kế|phát triển)(?: và (?:thiết kế|phát triển))? bởi",
    "reprint": r"(?:ghi rõ nguồn|không được sao chép|cấm sao chép)",
    "portal": r"(?:trang tin về|cổng thông tin điện tử)\b",
}
_CHROME = re.compile("|".join(f"(?:{r})" for r in _RULES.values()), re.IGNORECASE)
_MENU = re.compile(r"^(?:[^|»›]{1,30}[|»›]\s*){3,}[^|»›]{0,30}$")  # "Trang chủ | Y tế | Dược"


def is_chrome_line(line: str) -> bool:
    """True for a footer/credit/navigation line."""
    line = line.strip()
    return bool(line) and (bool(_CHROME.match(line)) or bool(_MENU.match(line)))


def trim_chrome(lines: list[str]) -> list[str]:
    """Drop chrome lines at the head and tail (leftover header/footer), keep the middle."""
    start, end = 0, len(lines)
    while start < end and is_chrome_line(lines[start]):
        start += 1
    while end > start and is_chrome_line(lines[end - 1]):
        end -= 1
    return lines[start:end]


MIN_ARTICLE_CHARS = 120  # under this, what is left without chrome lines is not an article


def only_chrome(lines: list[str]) -> bool:
    """True when the non-chrome text is too short to be an article."""
    return sum(len(l) for l in lines if not is_chrome_line(l)) < MIN_ARTICLE_CHARS
