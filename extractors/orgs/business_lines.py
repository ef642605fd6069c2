"""A company's business lines, written in lower case after its legal form.

"Công ty TNHH thương mại và dịch vụ Tóc Shine", "Công ty cổ phần đầu tư và phát triển
Thanh Châu": after "TNHH"/"cổ phần" a company names what it does in lower case, then its
brand. VietNews (all articles) has 3,167 such names with three or more lower-case words
before the brand; 1,113 of them run over five words or join lines with "và" ("đầu tư và
phát triển" 73, "sản xuất thương mại" 66, "thương mại và dịch vụ" 24 …), and of 40 read
at random all but two (a clause: "cổ phần với các nhà đầu tư …") were one company's name.
"""
from __future__ import annotations

import re

from ..lexicon import alternation
from ..places import country_at
from ..tokens import word_at
from .heads import HEAD_RE
from .person_names import NOT_IN_NAMES, dictionary
from ..lazy import lazy_compile

_MAX_WORDS = 12
_JOINERS = frozenset({"và", "&"})


def business_line_end(text: str, pos: int, limit: int) -> int | None:
    """End of a run of lower-case business-line words at pos that a brand (a capitalised
    word that opens no other organisation) closes; None when no brand closes it.

    Function words end the run ("cổ phần với các nhà đầu tư"), unless they finish a
    compound with the word before ("phát triển", "thiết bị"); "và" joins two lines."""
    cur, prev, end = pos, None, None
    for _ in range(_MAX_WORDS):
        w = word_at(text, cur, limit)
        if w is None:
            return None
        if w.is_cap or w.text[:1].isdigit():
            if prev is None or prev in _JOINERS or not (w.is_alpha or w.text[:1].isdigit()) \
                    or HEAD_RE.match(text, w.start):
                return None
            return end
        if not w.is_alpha and w.text not in _JOINERS:
            return None
        if w.text in _JOINERS:
            if prev is None or prev in _JOINERS:
                return None
        elif w.text in NOT_IN_NAMES and f"{prev} {w.text}" not in dictionary():
            return None
        prev, end, cur = w.text, w.end, w.end
    return None


# A company's trade written in lower case straight after a bare "Công ty"/"Cty" ("Công ty
# tài chính Nam Long", "công ty dịch vụ bảo vệ Đông Á", "Công ty dược VN Pharma"). Only
# these trade words are read, since after a bare head a lower-case run is most often the
# sentence going on ("công ty của ông A", "công ty mang tên X", "công ty hiện có 3 người").
# VietNews (30,000 articles at random): 989 "công ty <trade words> <capitalised word>";
# of 45 read at random 38 were one company's name, and the rest were plurals ("các công
# ty du lịch Việt Nam") or a country ("công ty đường sắt Đức"), which the walker's plural
# and country checks refuse; health articles: 79, 40 read, all but those kinds companies.
_TRADES = """
du lịch|lữ hành|luật|công nghệ|xây dựng|viễn thông|tài chính|địa ốc|tư vấn|bất động sản|vàng bạc đá quý|
vàng bạc|điện lực|đường sắt|thoát nước|cấp nước|cấp thoát nước|nước sạch|xổ số|xổ số kiến thiết|thép|
gang thép|vận tải|vận tải biển|chứng khoán|nghiên cứu|nghiên cứu thị trường|đóng tàu|thủy điện|thuỷ điện|
an ninh mạng|mỹ phẩm|bảo hiểm|thuốc lá|giải trí|may|may mặc|dệt may|sữa|thiết bị|cho thuê tài chính|gỗ|
xăng dầu|hóa chất|hoá chất|liên doanh|điện tử|dược|dược phẩm|kiểm toán|than|môi trường|phần mềm|quảng cáo|
truyền thông|taxi|dịch vụ|hàng không|dầu khí|thực phẩm|cao su|bảo vệ|vệ sĩ|thang máy|lâm nghiệp|chăn nuôi|
bánh kẹo|năng lượng|giấy|đầu tư|phát triển|thương mại|công nghiệp|xuất nhập khẩu|điện|sách|thiết bị y tế|
dinh dưỡng|đậu nành|sinh học|công nghệ sinh học|khoa học|kỹ thuật|vắc xin|bao bì|nhựa|xi măng|cơ khí|
điện máy|điện lạnh|ô tô|ôtô|xe máy|cà phê|bia|nước giải khát|thủy sản|thuỷ sản|nông sản|thức ăn chăn nuôi|
phân bón|dệt kim|môi giới|bảo hiểm nhân thọ|quản lý quỹ|bưu chính|vệ sinh môi trường|công trình đô thị|
khoáng sản|cứu hộ|an ninh|quốc tế|thiết kế|kiến trúc|thời trang|nội thất|vật liệu xây dựng|
trang thiết bị y tế|y tế|hóa dược|hoá dược|thảo dược|sữa đậu nành|nước khoáng|rượu|rượu bia|mía đường|
cảng|logistics|giao nhận|kho vận|chuyển phát|chuyển phát nhanh|khách sạn|suất ăn|suất ăn công nghiệp|
vệ sinh|giáo dục|đào tạo|công nghệ thông tin|tin học|thiết bị điện|cây xanh|chiếu sáng|công ích|
xử lý nước|xử lý chất thải|xử lý rác|xử lý rác thải|xử lý môi trường
"""
_TRADE = "(?:" + alternation(sorted({w.strip() for w in _TRADES.replace("\n", "").split("|") if w.strip()})) \
    + r")(?![^\W\d_])"
_TRADE_RUN = lazy_compile(rf"{_TRADE}(?:(?:[ \t]+(?:và|&)|,)?[ \t]+{_TRADE}){{0,3}}")


def trade_line_end(text: str, pos: int, limit: int) -> int | None:
    """End of a run of trade words at pos ("dịch vụ công nghiệp") that a brand closes: a
    capitalised word (not a digit, an initial, a country or another body's head) right after it."""
    m = _TRADE_RUN.match(text, pos, limit)
    if m is None:
        return None
    w = word_at(text, m.end(), limit)
    if w is None or w.start != m.end() + 1 or not (w.is_cap and w.is_alpha) or len(w.text) < 2 \
            or HEAD_RE.match(text, w.start) or country_at(text, w.start) is not None:
        return None   # "công ty bảo vệ Đ. A" hides a name; "công ty dược Đan Mạch …" is of a country
    return m.end()


_TRADES_ONLY = lazy_compile(rf"{_TRADE}(?:(?:[ \t]+(?:và|&|-|–)|,)?[ \t]+{_TRADE})*", re.IGNORECASE)


def trade_words_only(rest: str) -> bool:
    """"Dịch vụ", "Đầu tư Y tế", "MTV Môi trường" less its legal form: a company's trade with
    no brand, however it is cased."""
    return _TRADES_ONLY.fullmatch(rest) is not None
