"""References to specific legal and policy documents.

Two shapes count:

* numbered: KIND (số)? NUMBER (ngày DATE)? (của|do ISSUER)? (về TITLE)?, e.g.
  "Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về ...",
  "Quyết định 1816/QĐ-BYT", "Nghị định 96/2023/NĐ-CP", "Đề án 1816"; a code
  with a document-type part ("39-NQ/TW") also counts without the kind word;
* titled: laws by name ("Luật Khám, chữa bệnh", "Bộ luật Lao động") and
  quoted titles ("Đề án “Phát triển ...”").

Generic mentions ("các nghị quyết", "kế hoạch đề ra", a lone "Nghị quyết")
are never emitted. The issuer comes from "của ..." in the text, else from the
code ("/TW" -> Ban Chấp hành Trung ương, "QĐ-BYT" -> Bộ Y tế, "/TU" -> Tỉnh ủy
+ the province named nearest in the sentence, else the article's province).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from . import dates as _dates
from . import figures, gazetteer, legal_titles, wordhits
from .doc import Doc, LegalDoc, provenance
from .intervals import Intervals
from .lexicon import alternation, lower_usable, odd_letters, word_start_lexicon
from .textnorm import fold
from .tokens import sentences_holding
from .lazy import lazy_compile

NAME = "legal"
VERSION = "22"

_F = re.IGNORECASE
UP = legal_titles.UP

# ---------------------------------------------------------------- kinds
KINDS = [
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Chương trình hành động", "Nghị quyết",
    "Quyết định", "Nghị định", "Thông tư", "Chỉ thị", "Công văn", "Văn bản", "Bộ luật", "Luật",
    "Pháp lệnh", "Đề án", "Chương trình", "Kế hoạch", "Kết luận", "Thông báo", "Hướng dẫn",
    "Công điện", "Điều lệ", "Quy định", "Chiến lược", "Sắc lệnh", "Lệnh",
]
_KIND_CANON = {k.lower(): k for k in KINDS} | {"văn bản": "Công văn"}
# kinds that never take a bare number ("Lệnh 5", "Văn bản 12" are too vague)
_NO_BARE = {"Văn bản", "Lệnh", "Quy định", "Chiến lược", "Luật", "Bộ luật", "Điều lệ",
            "Sắc lệnh", "Hướng dẫn", "Thông báo"}
_KIND_RE = alternation(KINDS, space=r"\s+", ignorecase=True)
# letters IGNORECASE matches to a kind's letters that str.lower() does not map onto them ("ı", "ſ"):
# where one is written, the lower-case tests (sentence flags, word hits) are off
_KIND_ODD = odd_letters(KINDS)

# document-type codes inside numbers, for the kind of a kind-less reference
TYPE_CODES = {
    "NQ": "Nghị quyết", "NQLT": "Nghị quyết liên tịch", "QĐ": "Quyết định", "QĐi": "Quy định",
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "CT": "Chỉ thị",
    "KH": "Kế hoạch", "CTr": "Chương trình hành động", "KL": "Kết luận", "TB": "Thông báo",
    "HD": "Hướng dẫn", "CĐ": "Công điện", "ĐA": "Đề án", "PL": "Pháp lệnh", "CV": "Công văn",
    "BC": "Báo cáo", "TTr": "Tờ trình", "QC": "Quy chế",
}

# ---------------------------------------------------------------- numbers
# a ministry's initials may be joined by "&": "12/2011/TT-BGD&ĐT", "3838/QĐ-SGD&ĐT" (baomoi, 30,000
# articles: 5 such codes, VietNews health 1; the number was cut at the "&")
_TOK = r"[" + UP + r"][^\W_]*(?:&[" + UP + r"][^\W_]*)?"
# 39-NQ/TW, 68-CTr/TU, 1816/QĐ-BYT, 96/2023/NĐ-CP, 15/2023/QH15, 5436/BYT-KCB, 12/2020/TTLT-BYT-BTC,
# 174-2013/NĐ-CP (the year after a dash: VietNews has 5 such in 10,000 articles), 30a/2008/NQ-CP
# and 36a/NQ-CP (a letter after the number: baomoi, 30,000 articles, 10 such, all missed)
_SUFFIX = r"[a-d]?"
_TIGHT_CODE = (r"\d{1,5}(?:-" + _TOK + r"/" + _TOK + r"(?:-" + _TOK + r")*"
               r"|" + _SUFFIX + r"(?:[/-](?:19|20)\d\d)?/" + _TOK + r"(?:-" + _TOK + r")*)")
# the same written with spaces around "/" and "-" ("93 / NQ - CP", "5239 / QĐ - BYT"), as
# word-segmented and some scraped text has them; every part must then look like a code
# (capitals and digits, at most one lower-case letter: "TTg", "CTr"; "QH 14"), so "- Hà Nội"
# never joins
_CAPS = "A-ZĐĂÂÊÔƠƯ"
_CTOK = (r"(?:QH\s\d\d|[" + _CAPS + r"][" + _CAPS + r"0-9]*(?:[a-zđ][" + _CAPS + r"0-9]*)?"
         r"(?:&[" + _CAPS + r"][" + _CAPS + r"0-9]*)?)")
_SL, _DA = r"\s?/\s?", r"\s?-\s?"
_SPACED_CODE = (r"\d{1,5}(?:" + _DA + _CTOK + _SL + _CTOK + r"(?:" + _DA + _CTOK + r")*"
                r"|" + _SUFFIX + r"(?:(?:" + _SL + "|" + _DA + r")(?:19|20)\d\d)?" + _SL + _CTOK
                + r"(?:(?:" + _DA + "|" + _SL + r")" + _CTOK + r")*)(?![\w/&])")
CODE_NUM = r"(?:" + _SPACED_CODE + r"|" + _TIGHT_CODE + r")"
YEAR_NUM = r"\d{1,5}/\d{4}(?![/\w])"
BARE_NUM = r"\d{1,5}(?![\w/]|[.,]\d|-\w)"

_DATE = (r"(?P<dd>\d{1,2})\s*(?:[/\-.]\s*|\s+tháng\s+)(?P<dm>\d{1,2})"
         r"(?:\s*(?:[/\-.]|,?\s*năm)\s*(?P<dy>\d{4}))?(?![\w/])")
# "ngày 18/7/2023", "(ngày 26/11/2008)", "ban hành năm 2000", "năm 2014"
_ISSUED_ON = r"(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:(?:ngày|ngay)\s+" + _DATE + \
    r"|(?:(?:vào|từ)\s+)?năm\s+(?P<iy>(?:19|20)\d\d)(?![\w/]))"
_ISSUED = r"(?P<issued>\s*(?P<paren>\(\s*)?,?\s*" + _ISSUED_ON + r"(?(paren)\s*\)))"

# an urgency mark between kind and number: "công văn hỏa tốc số 4082/BTC-VP", "văn bản khẩn số …"
_URGENT = r"(?:\s+(?:thượng\s+khẩn|khẩn|hỏa\s+tốc|hoả\s+tốc|mật)(?=\s+số))?"
_NUMBERED = re.compile(
    r"(?P<kind>" + word_start_lexicon(KINDS, space=r"\s+", not_after=r"\w", ignorecase=True) + r")" + _URGENT + r"\s*(?P<so>số\s*:?\s*|:\s*)?"
    r"(?P<num>" + CODE_NUM + r"|" + YEAR_NUM + r"|" + BARE_NUM + r")(?!\w)"
    r"(?:" + _ISSUED + r")?", _F)
# a further number of the same kind: "Nghị quyết số 20-NQ/TW và 21-NQ/TW"
_MORE = lazy_compile(r"\s*(?:,|;|và|&)\s*(?:số\s+)?(?P<num>" + CODE_NUM + r")(?!\w)(?:" + _ISSUED + r")?",
                   _F)
_MORE_BARE = lazy_compile(r"\s*(?:,|và)\s*(?P<num>" + BARE_NUM + r")(?!\w)(?:" + _ISSUED + r")?", _F)
# CODE_NUM with the first digit of its number taken up front, then the tests before it, so that
# re's search scans for a digit in C (both codes open with \d{1,5}: the same matches)
_BARE_CODE = re.compile(r"(?P<num>\d(?<![\w/\-].)(?<![/\-] .)(?:\d{0,4}" + _SPACED_CODE.removeprefix(r"\d{1,5}")
                        + r"|\d{0,4}" + _TIGHT_CODE.removeprefix(r"\d{1,5}") + r"))(?!\w)(?:" + _ISSUED + r")?")

# a bare number followed by one of these counts something ("Kế hoạch 100 ngày")
_COUNT_AFTER = lazy_compile(
    r"\s*(?:%|(?:người|ca|bệnh|lần|giờ|phút|ngày(?!\s+\d)|tuần|tháng|năm(?!\s+\d)|trường|đơn|xã|"
    r"huyện|tỉnh|cơ|trạm|trung|bác|điểm|điều|mục|nội|nhiệm|giải|chỉ\s+(?:tiêu|số)|tiêu|kỹ|dự|lĩnh|vấn|câu|"
    r"nhóm|hộ|lượt|triệu|tỷ|tỉ|nghìn|ngàn|đồng|USD|tấn|kg|km|ha|m2|học|trẻ|thôn|bản|làng|"
    r"hạng|cấp|khu|vùng|tầng|giường|phòng|khoa|đợt|bước|loại|gói|văn|nghị|quyết|thông|chương|"
    r"kế|đề|luật|dòng|trang|phần|chương)\b)", _F)

# ---------------------------------------------------------------- issuers
MINISTRIES = [
    "Y tế", "Tài chính", "Kế hoạch và Đầu tư", "Nội vụ", "Tư pháp", "Công an", "Quốc phòng",
    "Ngoại giao", "Công Thương", "Xây dựng", "Giao thông vận tải", "Giáo dục và Đào tạo",
    "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội",
    "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
    "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Văn hóa, Thể thao và Du lịch",
    "Dân tộc và Tôn giáo",
]
_MIN_RE = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MINISTRIES, key=len, reverse=True))

HCM = "Thành phố Hồ Chí Minh"
PROVINCES = [p.name for p in gazetteer.old_provinces()]  # the 63 names articles before 2025 use
_PROVINCE_ALIASES = {
    "Thừa Thiên - Huế": "Thừa Thiên Huế", "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu", "TP.HCM": HCM, "TPHCM": HCM, "TP. HCM": HCM,
    "TP HCM": HCM, "TP. Hồ Chí Minh": HCM, "TP Hồ Chí Minh": HCM, "TP.Hồ Chí Minh": HCM,
    "thành phố Hồ Chí Minh": HCM, "Đắc Lắc": "Đắk Lắk",
    "Đăk Lăk": "Đắk Lắk", "Đắk Lắc": "Đắk Lắk", "Đăk Nông": "Đắk Nông", "Kontum": "Kon Tum",
}
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", HCM, "Cần Thơ"}
_PROV_NAMES = {p: p for p in PROVINCES} | _PROVINCE_ALIASES
_PROV_RE = lazy_compile(r"(?<![\w.])(" + alternation(_PROV_NAMES, space=r"\s+") + r")(?!\w)")
_PROV_LOOKUP = {re.sub(r"\s+", " ", k): v for k, v in _PROV_NAMES.items()}
_PROV_ALT = alternation(_PROV_NAMES, space=r"\s+")

_ISSUER = lazy_compile(
    r"\s*,?\s*(?:của|do)\s+(?:Hội\s+nghị\s+(?:lần\s+thứ\s+\w+|Trung\s+ương\s+\d+)\s+(?:của\s+)?)?"
    r"(?P<iss>"
    r"Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?(?:\s+(?:khóa|khoá)\s+[XVI]+)?"
    r"|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư"
    r"|Ban\s+Thường\s+vụ\s+(?:Tỉnh|Thành)\s+ủy(?:\s+(?:" + _PROV_ALT + r"))?"
    r"|(?:Tỉnh|Thành)\s+ủy(?:\s+(?:" + _PROV_ALT + r"))?"
    r"|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chính\s+phủ|Chủ\s+tịch\s+nước"
    r"|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Quốc\s+hội(?:\s+(?:khóa|khoá)\s+[XVI]+)?"
    r"|(?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)"
    r"(?:\s+(?:tỉnh|thành\s+phố|TP\.?))?(?:\s+(?:" + _PROV_ALT + r"))?"
    r"|(?:Bộ\s+trưởng\s+)?Bộ\s+(?:" + _MIN_RE + r")"
    r"|Sở\s+Y\s+tế(?:\s+(?:tỉnh\s+|thành\s+phố\s+)?(?:" + _PROV_ALT + r"))?"
    r"|(?:Bảo\s+hiểm\s+xã\s+hội|BHXH)\s+Việt\s+Nam|Văn\s+phòng\s+Chính\s+phủ"
    r"|Cục\s+Quản\s+lý\s+Khám,?\s+chữa\s+bệnh|Cục\s+Quản\s+lý\s+Dược|Cục\s+Y\s+tế\s+dự\s+phòng"
    r")(?!\w)")

ISSUER_CODES = {
    "TW": "Ban Chấp hành Trung ương", "TƯ": "Ban Chấp hành Trung ương",
    "TU": "Tỉnh ủy", "ThU": "Thành ủy", "BYT": "Bộ Y tế", "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ", "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "SYT": "Sở Y tế",
    "BTC": "Bộ Tài chính", "BHXH": "Bảo hiểm xã hội Việt Nam",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BNV": "Bộ Nội vụ", "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "BCT": "Bộ Công Thương",
    "BXD": "Bộ Xây dựng", "BGTVT": "Bộ Giao thông vận tải", "BKHCN": "Bộ Khoa học và Công nghệ",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BTP": "Bộ Tư pháp",
    "VPCP": "Văn phòng Chính phủ", "KCB": "Cục Quản lý Khám, chữa bệnh",
    "CTN": "Chủ tịch nước",
}
# issuers that belong to a province
_LOCAL = ("Tỉnh ủy", "Thành ủy", "Ủy ban nhân dân", "Hội đồng nhân dân", "Sở Y tế",
          "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy")
_KIND_ISSUER = {"Nghị định": "Chính phủ", "Luật": "Quốc hội", "Bộ luật": "Quốc hội",
                "Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}

# ---------------------------------------------------------------- titles
_TITLE_AFTER = lazy_compile(r"\s*,?\s+về\s+(?:việc\s+)?" + legal_titles.TITLE_BODY, _F)

LAWS = [
    "Khám bệnh, chữa bệnh", "Khám, chữa bệnh", "Bảo hiểm y tế", "Bảo hiểm xã hội", "Dược",
    "Phòng, chống bệnh truyền nhiễm", "Phòng bệnh", "An toàn thực phẩm",
    "Phòng, chống tác hại của thuốc lá", "Phòng, chống tác hại của rượu, bia",
    "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác", "Bình đẳng giới",
    "Người cao tuổi", "Người khuyết tật", "Trẻ em", "Bảo vệ, chăm sóc và giáo dục trẻ em",
    "Dân số", "Chuyển đổi giới tính", "Phòng, chống HIV/AIDS", "Phòng, chống ma túy", "Hôn nhân và gia đình",
    "Bảo vệ môi trường", "An toàn, vệ sinh lao động", "Lao động", "Hình sự", "Dân sự",
    "Tố tụng hình sự", "Tố tụng dân sự", "Tố tụng hành chính", "Đất đai", "Đầu tư", "Đầu tư công", "Đấu thầu",
    "Ngân sách nhà nước", "Giá", "Thuế thu nhập cá nhân", "Doanh nghiệp", "Viên chức",
    "Cán bộ, công chức", "Tổ chức chính quyền địa phương", "Tổ chức Chính phủ",
    "Ban hành văn bản quy phạm pháp luật", "Xử lý vi phạm hành chính", "Thanh tra",
    "Khiếu nại", "Tố cáo", "Phòng, chống tham nhũng", "Giao thông đường bộ",
    "Trật tự, an toàn giao thông đường bộ", "Đường bộ", "Xây dựng", "Nhà ở",
    "Kinh doanh bất động sản", "Giáo dục", "Giáo dục đại học", "Giáo dục nghề nghiệp",
    "Khoa học và công nghệ", "Chuyển giao công nghệ", "Công nghệ thông tin", "Giao dịch điện tử",
    "An ninh mạng", "An toàn thông tin mạng", "Sở hữu trí tuệ",
    "Tiêu chuẩn và quy chuẩn kỹ thuật", "Chất lượng sản phẩm, hàng hóa",
    "Bảo vệ quyền lợi người tiêu dùng", "Thống kê", "Lưu trữ", "Quy hoạch", "Thủ đô",
    "Tín ngưỡng, tôn giáo", "Thanh niên", "Phòng, chống thiên tai", "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Nghĩa vụ quân sự",
    "Quốc phòng", "Công an nhân dân", "Căn cước", "Căn cước công dân", "Cư trú", "Hộ tịch",
    "Kinh doanh bảo hiểm", "Các tổ chức tín dụng", "Quản lý thuế", "Thuế giá trị gia tăng",
    "Hải quan", "Điện lực", "Tài nguyên nước", "Lâm nghiệp", "Thủy sản", "Chăn nuôi",
    "Trồng trọt", "Thú y", "Bảo vệ và kiểm dịch thực vật", "Đa dạng sinh học",
    "Khí tượng thủy văn", "Năng lượng nguyên tử", "Hóa chất", "Phòng, chống bạo lực gia đình",
    "Phòng, chống mua bán người", "Việc làm", "Công đoàn", "Tiếp cận thông tin", "Báo chí",
    "Xuất bản", "Quảng cáo", "Điện ảnh", "Di sản văn hóa", "Thể dục, thể thao", "Du lịch",
    "Thi đua, khen thưởng", "Hỗ trợ doanh nghiệp nhỏ và vừa", "Quản lý, sử dụng tài sản công",
    "Kế toán", "Kiểm toán nhà nước", "Phá sản", "Thương mại", "Bảo hiểm tiền gửi",
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", "Dân quân tự vệ",
    "Thực hiện dân chủ ở cơ sở", "Mặt trận Tổ quốc Việt Nam", "Tổ chức Quốc hội",
    "Hiến pháp", "Biển Việt Nam", "Biên giới quốc gia", "Hợp tác xã", "Đo lường",
    "Phổ biến, giáo dục pháp luật", "Trợ giúp pháp lý", "Hòa giải ở cơ sở",
    "Ngân hàng Nhà nước Việt Nam", "Chứng khoán", "Kinh doanh", "Đường sắt",
    "Hàng không dân dụng Việt Nam", "Thuế thu nhập doanh nghiệp", "Phí và lệ phí",
    "Sửa đổi, bổ sung một số điều của Luật Khám bệnh, chữa bệnh",
    "Kiến trúc", "Thi hành án hình sự", "Thi hành án dân sự", "Dự trữ quốc gia",
    "Thuế tiêu thụ đặc biệt",
]


# several names of one law: the first is canonical, upper-case ones are abbreviations
LAW_VARIANTS = [
    ("Khám bệnh, chữa bệnh", "Khám, chữa bệnh", "KBCB", "KCB"),
    ("Bảo hiểm y tế", "BHYT"), ("Bảo hiểm xã hội", "BHXH"), ("An toàn thực phẩm", "ATTP"),
    ("Phòng cháy và chữa cháy", "Phòng cháy, chữa cháy", "PCCC"),
    ("Căn cước", "Căn cước công dân"), ("Thực hiện dân chủ ở cơ sở", "Thực hiện dân chủ cơ sở"), ("Khoa học và công nghệ", "Khoa học, công nghệ"),
    # the press drops "của" and "và" (4,130 VietNews + baomoi health articles: "Luật Phòng chống
    # tác hại thuốc lá" 2, "… rượu bia" 1, "Luật Hôn nhân gia đình" 1, "Luật CĐGT" 5)
    ("Phòng, chống tác hại của thuốc lá", "Phòng, chống tác hại thuốc lá"),
    ("Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại rượu, bia",
     "Phòng, chống tác hại của lạm dụng rượu, bia"),   # the draft's name (2016-2019 press)
    ("Hôn nhân và gia đình", "Hôn nhân gia đình"), ("Chuyển đổi giới tính", "CĐGT"),
    # the tax laws by their short names ("Luật thuế TNCN", "Luật thuế TNDN": 7 in the same sample)
    ("Thuế thu nhập cá nhân", "Thuế TNCN"), ("Thuế thu nhập doanh nghiệp", "Thuế TNDN"),
]


def _law_key(title: str) -> str:
    return re.sub(r"[\s,]+", " ", title.lower()).strip()


_LAW_GROUP: dict[str, tuple[str, bool]] = {}   # variant key -> (canonical title, is abbreviation)
for _t in LAWS:
    _LAW_GROUP.setdefault(_law_key(_t), (_t, False))
for _group in LAW_VARIANTS:
    for _v in _group:
        _LAW_GROUP[_law_key(_v)] = (_group[0], _v.isupper())


_FOLDED_LAWS: dict[str, tuple[str, bool]] | None = None


def _misspelt_law(key: str) -> tuple[str, bool] | None:
    """A listed law whose name the text misspells in its accents only ("Luật Bảo hiếm Y tế"
    for "Bảo hiểm y tế"): the same letters once accents are dropped. Names that fold alike
    are left out (none do today)."""
    global _FOLDED_LAWS
    if _FOLDED_LAWS is None:
        folded: dict[str, list[tuple[str, bool]]] = {}
        for variant, group in _LAW_GROUP.items():
            if not group[1]:
                folded.setdefault(fold(variant), []).append(group)
        _FOLDED_LAWS = {k: v[0] for k, v in folded.items() if len({g[0] for g in v}) == 1}
    return _FOLDED_LAWS.get(fold(key))


def _title_regex(title: str) -> str:
    words = re.split(r"(?:\s*,\s*|\s+)", title)
    return r"(?:\s*,\s*|\s+)".join(re.escape(w) for w in words)


_ALL_LAW_NAMES = set(LAWS) | {v for g in LAW_VARIANTS for v in g}
_LAW_TITLES = lazy_compile(
    r"(?P<title>" + "|".join(_title_regex(t) for t in sorted(_ALL_LAW_NAMES, key=len, reverse=True))
    + r")(?!\w)", _F)
# not the "luật" of "kỷ luật" (discipline: "kỷ luật cán bộ, công chức") or "pháp luật"
# (the law in general: "pháp luật lao động")
# "Bộ Luật Hình sự" is a code ("Bộ luật") as much as "Bộ luật Hình sự" (VietNews and baomoi health
# articles: 20 "Bộ Luật" to 121 "Bộ luật"; read as a plain "Luật" its kind missed the gold's)
# (the tests before the word written after its first letter, one branch per spelling of it: a
# search scans for those letters in C instead of trying the look-behinds at every position)
_LAW_NOT_AFTER = r"(?<!\w.)(?<![Kk]ỷ\s.)(?<![Pp]háp\s.)"
_LAW = re.compile(r"(?P<kind>" + "|".join(first + _LAW_NOT_AFTER + rest for first, rest in (
    ("B", r"ộ\s+[Ll]uật"), ("b", r"ộ\s+[Ll]uật"), ("L", "uật"), ("l", "uật"))) + r")\s+"
                  r"(?!sư\b|gia\b|pháp\b|lệ\b)")
# "Luật" in a firm's or a school's name: "Công ty Luật Hợp danh …", "Trường ĐH Luật TP. HCM",
# "Trưởng khoa Luật dân sự" (VietNews health-ish sample: 26 such, none a law)
_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?:[Cc]ông\s+ty|[Vv]ăn\s+phòng|[Đđ]ại\s+học|ĐH|[Hh]ọc\s+viện|[Vv]iện|[Kk]hoa|[Hh]ãng)"
                            r"\s+$")
_CAP_WORD = re.compile(r"[" + UP + r"][^\W\d_]*(?:/[A-Z]+)?")
_LAW_STOP = re.compile(
    r"(?:\s*(?:[.,;:()\"!?\n]|$)|\s+(?:mới|năm|số|của|do|đã|được|và|có|quy|sửa|hiện|này|thì|là|"
    r"với|trong|tại|để|cho|về|khi|đang|sẽ|cũng|vừa|đến|nhằm|theo|yêu|ban|có|không|chưa|"
    r"nêu|nói|thực|sắp|đi|vào|từ|trên|dưới|trước|sau)\b"
    # or its year ("Luật Ngân sách 2012", "Bộ luật Hàng hải Việt Nam 2015", which _LAW_TAIL reads)
    r"|\s+(?=(?:19|20)\d\d(?![\w/])))", _F)
_LAW_TAIL = lazy_compile(r"\s*(?:\(\s*sửa\s+đổi\s*\)\s*)?(?:,?\s*(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\w/]))?"
                       r"(?:\s*,?\s*số\s+(?P<num>" + CODE_NUM + r")(?!\w))?", _F)


# ---------------------------------------------------------------- helpers
def _canon_kind(raw: str) -> str:
    k = re.sub(r"\s+", " ", raw).lower()
    return _KIND_CANON.get(k, raw[:1].upper() + k[1:])


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()




def _with_province(base: str, province: str | None) -> str:
    if not province:
        return base
    city = province in CITIES
    if base == "Tỉnh ủy":
        return f"{'Thành ủy' if city else 'Tỉnh ủy'} {province}"
    if base == "Ban Thường vụ Tỉnh ủy" and city:
        return f"Ban Thường vụ Thành ủy {province}"
    if base in ("Ủy ban nhân dân", "Hội đồng nhân dân"):
        if province == HCM:
            return f"{base} {HCM}"
        return f"{base} {'thành phố' if city else 'tỉnh'} {province}"
    if base == "Sở Y tế":
        return f"Sở Y tế {province}"
    return f"{base} {province}"


def _doc_province(doc: Doc) -> str | None:
    """doc.province if the context stage set it, else the most mentioned province."""
    if doc.province:
        return _PROV_LOOKUP.get(_clean(doc.province), doc.province)
    counts: Counter[str] = Counter()
    for _s, _t, match in doc.iter_sentences():
        for m in _PROV_RE.finditer(match):
            counts[_PROV_LOOKUP[_clean(m.group(1))]] += 1
    return counts.most_common(1)[0][0] if counts else None


class _Context:
    """What every reference in one document shares: years and the fallback province."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.years = _dates.year_context(doc)
        self._province: str | None = None
        self._province_done = False
        self.seen_laws: dict[str, str] = {}

    @property
    def province(self) -> str | None:
        if not self._province_done:
            self._province = _doc_province(self.doc)
            self._province_done = True
        return self._province


def _sentence_province(match: str, pos: int) -> str | None:
    """The province named nearest to `pos` in the sentence ("tỉnh X" preferred)."""
    best = None
    for m in _PROV_RE.finditer(match):
        dist = m.start() - pos if m.start() >= pos else pos - m.end()
        marked = bool(re.search(r"(?:tỉnh|thành\s+phố|TP\.?|Tỉnh\s+ủy|Thành\s+ủy)\s*$",
                                match[max(0, m.start() - 12):m.start()], _F))
        key = (0 if marked else 1, dist)
        if best is None or key < best[0]:
            best = (key, _PROV_LOOKUP[_clean(m.group(1))])
    return best[1] if best else None


def _province(ctx: _Context, match: str, pos: int) -> str | None:
    return _sentence_province(match, pos) or ctx.province


def _normalise_issuer(raw: str) -> tuple[str, str | None]:
    """(base issuer, province written in it)."""
    s = _clean(raw)
    s = re.sub(r"^UBND\b", "Ủy ban nhân dân", s)
    s = re.sub(r"^HĐND\b", "Hội đồng nhân dân", s)
    s = re.sub(r"^BHXH\b", "Bảo hiểm xã hội", s)
    s = re.sub(r"^Chủ tịch (Ủy ban nhân dân|Hội đồng nhân dân)", r"\1", s)
    s = re.sub(r"^Bộ trưởng (Bộ .*)$", r"\1", s)
    s = re.sub(r"^Thủ tướng$", "Thủ tướng Chính phủ", s)
    s = re.sub(r"^Ban Chấp hành Trung ương.*$", "Ban Chấp hành Trung ương", s)
    s = re.sub(r"^Quốc hội.*$", "Quốc hội", s)
    s = re.sub(r"^Cục Quản lý Khám,? chữa bệnh$", "Cục Quản lý Khám, chữa bệnh", s)
    s = re.sub(r"\btỉnh ủy\b", "Tỉnh ủy", s, flags=_F)
    s = re.sub(r"\bthành ủy\b", "Thành ủy", s, flags=_F)
    prov = None
    pm = None
    for pm in _PROV_RE.finditer(s):
        pass
    if pm and pm.end() == len(s):
        prov = _PROV_LOOKUP[_clean(pm.group(1))]
        s = s[:pm.start()].strip()
    s = re.sub(r"\s+(?:tỉnh|thành phố|TP\.?)$", "", s, flags=_F)
    return s, prov


def _issuer_from_code(number: str) -> str | None:
    parts = [p for p in re.split(r"[/\-]", number)[1:] if p and not p.isdigit()]
    if not parts:
        return None
    # "QĐ-BYT": type then issuer(s); "BYT-KCB" (công văn): issuer then drafting unit
    rest = parts[1:] if parts[0] in TYPE_CODES else parts[:1]
    names = []
    for p in rest:
        key = re.sub(r"\d+$", "", p) if p.startswith(("QH", "UBTVQH")) else p.replace("&", "")
        if key in ISSUER_CODES:
            names.append(ISSUER_CODES[key])
    return ", ".join(dict.fromkeys(names)) or None


def _kind_from_code(number: str) -> str | None:
    parts = [p for p in re.split(r"[/\-]", number)[1:] if p and not p.isdigit()]
    return TYPE_CODES.get(parts[0]) if parts else None


def _issued(m: re.Match, ctx: _dates.YearContext) -> str | None:
    if not m.group("issued"):
        return None
    if m.group("iy"):
        return m.group("iy")
    d, mo = int(m.group("dd")), int(m.group("dm"))
    y = int(m.group("dy")) if m.group("dy") else ctx.year_for(mo)
    if not (1 <= mo <= 12) or not _dates.valid_day(y, mo, d):
        return None
    return _dates.iso_day(y, mo, d)


# ---------------------------------------------------------------- extraction
class _Found:
    __slots__ = ("start", "end", "kind", "number", "issued", "issuer", "title", "conf")

    def __init__(self, start, end, kind, number=None, issued=None, issuer=None, title=None,
                 conf=0.9):
        self.start, self.end, self.kind, self.number = start, end, kind, number
        self.issued, self.issuer, self.title, self.conf = issued, issuer, title, conf


def _resolve_issuer(ctx: _Context, match: str, pos: int, text_issuer: str | None,
                    number: str | None, kind: str) -> str | None:
    if text_issuer:
        base, prov = _normalise_issuer(text_issuer)
        if base in _LOCAL:
            return _with_province(base, prov or _province(ctx, match, pos))
        return base
    base = _issuer_from_code(number) if number else None
    if not base:
        base = _KIND_ISSUER.get(kind)
    if not base:
        return None
    first = base.split(", ")[0]
    if first in _LOCAL:
        return _with_province(first, _province(ctx, match, pos))
    return base


def _tail(match: str, end: int) -> tuple[str | None, str | None]:
    """Issuer ("của ...") and title ("về ...") after a reference ending at `end`."""
    issuer = title = None
    im = _ISSUER.match(match, end)
    pos = end
    if im:
        issuer = im.group("iss")
        pos = im.end()
    tm = _TITLE_AFTER.match(match, pos)
    if tm:
        title = _clean(tm.group("title")).rstrip(" ,")
    return issuer, title


def _squeeze(number: str) -> str:
    """A number as the document writes it, without the spaces of "93 / NQ - CP"."""
    return re.sub(r"\s+", "", number)


# kinds whose lower-case form with a bare number is still a reference ("theo nghị định 43",
# "đề án 1816"); a lower-case "kế hoạch 12" or "chương trình 30" is more often a count
_LOWER_BARE = {"Nghị định", "Nghị quyết", "Quyết định", "Thông tư", "Chỉ thị", "Đề án", "Công văn",
               "Thông tư liên tịch", "Nghị quyết liên tịch"}


def _counted_after(match: str, pos: int) -> bool:
    """A counted noun follows: "Kế hoạch 100 ngày", "quyết định 1816 bệnh nhân"."""
    return bool(_COUNT_AFTER.match(match, pos)) or figures.counted_noun_at(match, pos)


def _bare_number_ok(match: str, m: re.Match, kind: str, has_so: bool) -> bool:
    """A number without a code ("Đề án 1816", "nghị định số 43") is a reference only when
    the kind allows it and nothing reads it as a count or a year. A day of issue after it
    makes a letter or a one-digit number a reference too ("văn bản 571 ngày 19/1/2017",
    "Thông tư 6 ngày 15/2/2012"; baomoi, 1,443 articles with numbered documents: 9 such,
    all missed)."""
    kind_raw, num = m.group("kind"), m.group("num")
    upper, dated = kind_raw[0].isupper(), m.group("dd") is not None
    if kind == "Lệnh":
        return False
    if (kind in _NO_BARE or _clean(kind_raw).lower() == "văn bản" and not dated) and not has_so:
        return False
    if len(num) < 2 and not upper and not dated:
        return False   # "kế hoạch số 1" in running text
    if has_so:
        return True
    if not dated and (len(num) < 2 or 1900 <= int(num) <= 2100):
        return False   # "Kế hoạch 2024" is a year, not a number; "Công văn 2039 ngày 29/5/2017" is one
    if not upper and kind not in _LOWER_BARE:
        return False
    return not _counted_after(match, m.end("num"))


def _further(match: str, pos: int, bare: bool, years) -> list[tuple[int, int, str, str | None]]:
    """Further numbers of one kind: "Nghị quyết số 20-NQ/TW và 21-NQ/TW", and for bare
    numbers "Thông tư 04 và 03", "hai nghị định số 43 và 16"."""
    items = []
    while True:
        mm = _MORE.match(match, pos) or (bare and _MORE_BARE.match(match, pos))
        if not mm or (mm.re is _MORE_BARE.compiled() and _counted_after(match, mm.end("num"))):
            break
        items.append((mm.start("num"), mm.end(), _squeeze(mm.group("num")), _issued(mm, years)))
        pos = mm.end()
    return items


_OF_ISSUER = re.compile(r"\s*,?\s*(?:của|do)\s", _F)


def _not_a_month(match: str, m: re.Match, num: str) -> bool:
    """A lower-case "thông tư 23/2017" is a number, not a month of a year, when its first
    part is no month or an issuer follows ("nghị định 72/2013", "thông tư 03/2018 của Bộ …")."""
    return int(num.split("/")[0]) > 12 or bool(_OF_ISSUER.match(match, m.end()))


def _numbered(ctx: _Context, match: str, at: int | None = None) -> list[_Found]:
    """(`at`: where the sentence `match` starts in the document: its kinds are then read
    from the document's word hits, `wordhits`, where lower-casing keeps every letter's match)"""
    out: list[_Found] = []
    found = wordhits.hits(ctx.doc) if at is not None and lower_usable(ctx.doc, _KIND_ODD) else None
    for m in (_NUMBERED.finditer(match) if found is None
              else wordhits.finditer(_NUMBERED, match, found["kinds"], 0, len(match), offset=at)):
        kind = _canon_kind(m.group("kind"))
        num = _squeeze(m.group("num"))
        has_so = bool(m.group("so") and "số" in m.group("so").lower())
        is_code = "/" in num
        if not is_code and not _bare_number_ok(match, m, kind, has_so):
            continue
        if re.fullmatch(r"\d+/\d{4}", num) and not (has_so or m.group("kind")[0].isupper()
                                                      or _not_a_month(match, m, num)):
            continue
        items = [(m.start(), m.end(), num, _issued(m, ctx.years))]
        items += _further(match, m.end(), not is_code, ctx.years)
        issuer_raw, title = _tail(match, items[-1][1])
        if title is None and kind in ("Luật", "Bộ luật"):
            title = _amending_title(match, items[-1][1])
        for st, en, number, issued in items:
            issuer = _resolve_issuer(ctx, match, st, issuer_raw, number, kind)
            conf = 0.95 if is_code else (0.9 if has_so else 0.8)
            out.append(_Found(st, en, kind, number, issued, issuer, title, conf))
    return out


# a court's or a procuracy's paper, a contract, a permit: its number's code is no kind
# ("Cáo trạng số 01/CT-VKS-P2" is an indictment, not a Chỉ thị)
_NOT_DOC_BEFORE = re.compile(r"(?<!\w)(?:cáo\s+trạng|bản\s+án|hợp\s+đồng|biên\s+bản|giấy\s+phép"
                             r"|giấy\s+chứng\s+nhận|chứng\s+chỉ|hóa\s+đơn|hoá\s+đơn)\s+(?:số\s*:?\s*)?$", _F)


def _coded(ctx: _Context, match: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Numbers whose code names the document type ("thực hiện 39-NQ/TW")."""
    out = []
    spans = Intervals(taken)
    for m in _BARE_CODE.finditer(match):
        if (spans.overlaps(m.start(), m.end())
                or _NOT_DOC_BEFORE.search(match, max(0, m.start() - 24), m.start())):
            continue
        num = _squeeze(m.group("num"))
        kind = _kind_from_code(num)
        if not kind or kind in ("Báo cáo", "Tờ trình", "Quy chế"):
            continue
        issuer_raw, title = _tail(match, m.end())
        issuer = _resolve_issuer(ctx, match, m.start(), issuer_raw, num, kind)
        out.append(_Found(m.start(), m.end(), kind, num, _issued(m, ctx.years), issuer, title, 0.7))
    return out


_NOT_LAW_TITLES = {"Việt Nam", "Nhà nước", "Đảng", "Trung ương"} | set(_PROV_LOOKUP)
_WORD = re.compile(r"\s*[^\W\d_]+")


# the laws against an evil open "Phòng, chống", comma and all, in capitals or not ("Luật Phòng,
# chống rửa tiền", "Luật phòng, chống khủng bố"): the comma is the name's, not its end
_PREVENTION = re.compile(r"[Pp]hòng\s*,?\s+chống(?!\w)")


def _fallback_title_end(match: str, pos: int) -> int | None:
    """End of an unlisted law title: a capitalised word (or "Phòng, chống") and at most
    five more words, ending right before a function word or punctuation ("Luật Dữ liệu
    đang ...", "Luật Thủ đô năm ..."); None when no such end is near."""
    first = _PREVENTION.match(match, pos) or _CAP_WORD.match(match, pos)
    if not first:
        return None
    end = first.end()
    for _ in range(6):
        if _LAW_STOP.match(match, end):
            return end
        w = _WORD.match(match, end)
        if not w:
            return None
        end = w.end()
    return None


# an amending law names the law it amends: its title runs to the end of that law's title
_AMEND = re.compile(r"sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?(?:\s+một\s+số\s+điều)?(?:\s+của)?\s+(?:các\s+)?"
                    r"(?P<inner>(?:[Bb]ộ\s+)?[Ll]uật)\s+", _F)


def _law_title_end(match: str, pos: int, lower: bool) -> int | None:
    """End of a law's title at `pos`: a listed title, else (after a capitalised "Luật")
    an unlisted capitalised one ("Luật Dữ liệu"); None when neither."""
    tm = _LAW_TITLES.match(match, pos)
    if tm:
        return tm.end()
    if lower:
        return None
    tend = _fallback_title_end(match, pos)
    if tend is None or _clean(match[pos:tend]) in _NOT_LAW_TITLES:
        return None
    return tend


def _amended_end(match: str, amended: re.Match) -> int | None:
    """End of an amending law's title: the end of the amended law's title."""
    return _law_title_end(match, amended.end(), amended.group("inner")[0].islower())


_AMEND_AFTER = re.compile(r"\s*,?\s*(?=sửa\s+đổi)", _F)


def _amending_title(match: str, pos: int) -> str | None:
    """The title right after a numbered law: "Luật số 44/2024/QH15 sửa đổi, bổ sung một
    số điều của Luật Dược" is titled "sửa đổi, bổ sung một số điều của Luật Dược"."""
    gap = _AMEND_AFTER.match(match, pos)
    amended = gap and _AMEND.match(match, gap.end())
    end = amended and _amended_end(match, amended)
    return _clean(match[gap.end():end]) if end else None


# The codes by their abbreviations ("Điều 98 BLHS năm 1999", "Điều 73 BLTTHS 2015", "khoản 3 Điều
# 145 BLLĐ"): the gold writes "Bộ luật hình sự 2015" as a code (real8). Baomoi, 30,000 articles
# (no blind one): 98 with one, 263 mentions, 30 read, every one the code.
_CODE_ABBREVIATIONS = {"BLHS": "Hình sự", "BLTTHS": "Tố tụng hình sự", "BLDS": "Dân sự",
                       "BLTTDS": "Tố tụng dân sự", "BLLĐ": "Lao động"}
_CODE_ABBREVIATION = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(_CODE_ABBREVIATIONS, key=len, reverse=True))
                                + r")(?!\w)")


# Four or five capitals are also a band's, a firm's or a club's initials ("Ban nhạc BLDS biểu diễn
# tối qua"): an abbreviation is a code only with a year after it, the code already named in the
# document (in full or abbreviated), or a legal word in its sentence: an article or clause, "theo"
# right before it, a crime, a rule, a law, a trial (stop 35: 982 mentions in 504 baomoi and
# VietNews articles, none studied nor blind; every one read had one of these)
_CODE_CONTEXT = lazy_compile(
    r"(?<![^\W\d_])(?:(?:điều|khoản|điểm)\s+\d|tội|phạm|quy\s+định|luật|hình\s+sự|tố\s+tụng|"
    r"sửa\s+đổi|dự\s+thảo|thi\s+hành|truy\s+tố|khởi\s+tố|xét\s+xử|bị\s+cáo|bị\s+can|"
    r"pháp\s+nhân|án\s+treo|trách\s+nhiệm)(?![^\W\d_])", _F)
_THEO_BEFORE = lazy_compile(r"(?<![^\W\d_])theo\s+$", _F)


def _code_context(ctx: _Context, match: str, m: re.Match, key: str, year: bool) -> bool:
    """Whether the abbreviation `m` stands for a code (see _CODE_CONTEXT)."""
    return (year or key in ctx.seen_laws or _CODE_CONTEXT.search(match) is not None
            or _THEO_BEFORE.search(match, max(0, m.start() - 8), m.start()) is not None)


def _abbreviated_codes(ctx: _Context, match: str, taken: list[tuple[int, int]]) -> list[_Found]:
    out = []
    for m in _CODE_ABBREVIATION.finditer(match):
        if any(s <= m.start() < e or match[m.start() - 1:m.start()] == "(" and 0 <= m.start() - e <= 2
               for s, e in taken):
            continue   # "Bộ luật Hình sự (BLHS)": the name just read, abbreviated in brackets
        canon = _CODE_ABBREVIATIONS[m.group(0)]
        key = f"Bộ luật|{_law_key(canon)}"
        tail = _LAW_TAIL.match(match, m.end())
        if not _code_context(ctx, match, m, key, bool(tail and tail.group("year"))):
            continue
        title = ctx.seen_laws.setdefault(key, f"{canon} ({m.group(0)})")
        end, issued = m.end(), None
        if tail and tail.group("year"):
            issued, end = tail.group("year"), tail.end("year")
        issuer = _resolve_issuer(ctx, match, m.start(), None, None, "Bộ luật")
        out.append(_Found(m.start(), end, "Bộ luật", None, issued, issuer, title, 0.8))
    return out


def _laws(ctx: _Context, text: str, match: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Laws by name. `ctx.seen_laws` maps a law to the title its first mention used, so
    later variants of the same law ("Luật Khám bệnh, chữa bệnh" after "Luật
    Khám, chữa bệnh") carry one title."""
    out = []
    if "uật" not in match:   # in every match ("[Ll]uật"): a C search skips the scan
        return _abbreviated_codes(ctx, match, taken) if "BL" in match else out
    for m in _LAW.finditer(match):
        if (any(s <= m.start() < e for s, e in taken)
                or _SCHOOL_BEFORE.search(match, max(0, m.start() - 16), m.start())):
            continue
        kind = "Bộ luật" if "bộ" in m.group("kind").lower() else "Luật"
        lower = m.group("kind")[0].islower()
        tpos = m.end()
        conf = 0.5 if lower else 0.9
        unlisted = False   # a title the list of laws lacks (maybe a listed one misspelt)
        amended = _AMEND.match(match, tpos)
        if amended:   # "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế"
            tend = _amended_end(match, amended)
            if tend is None:
                continue
        else:
            tend = _law_title_end(match, tpos, lower)
            if tend is None:
                continue
            if not _LAW_TITLES.match(match, tpos):
                conf, unlisted = 0.7, True
        # the title as written; variants of one law share the first; an abbreviation is
        # spelled out with the form written ("Luật BHYT": "Bảo hiểm y tế (BHYT)")
        title = _clean(text[tpos:tend])
        key = _law_key(_clean(match[tpos:tend]))
        canon, abbrev = _LAW_GROUP.get(key, (title, False))
        if unlisted and (misspelt := _misspelt_law(key)):
            canon, abbrev = misspelt
            title = canon
        if abbrev:
            title = f"{canon} ({title})"
        title = ctx.seen_laws.setdefault(f"{kind}|{_law_key(canon)}", title)
        tail = _LAW_TAIL.match(match, tend)
        end = tend
        number = issued = None
        if tail:
            if tail.group("year"):
                issued = tail.group("year")
                end = tail.end("year")
            if tail.group("num"):
                number = tail.group("num")
                end = tail.end()
        issuer = _resolve_issuer(ctx, match, m.start(), None, number, kind)
        out.append(_Found(m.start(), end, kind, number, issued, issuer, title, conf))
    if "BL" in match:
        out += _abbreviated_codes(ctx, match, taken + [(f.start, f.end) for f in out])
    return out


def _titled(text: str, match: str, taken: list[tuple[int, int]],
            org_starts: set[int]) -> list[_Found]:
    out = []
    for t in legal_titles.find_titles(text, match, taken, org_starts):
        kind = _canon_kind(t.kind)
        issuer = _KIND_ISSUER.get(kind)   # "ban hành Nghị định quy định về …": the Government
        out.append(_Found(t.start, t.end, kind, issuer=issuer, title=t.title, conf=0.6))
    return out


_DIGIT = re.compile(r"\d")
# one syllable of every kind, lower-case: a sentence without any names no numbered document
_KIND_KEYS = ("thông", "nghị", "chương", "quyết", "chỉ", "văn", "luật", "lệnh", "đề", "hoạch",
              "luận", "hướng", "điện", "điều", "quy", "lược")
assert all(any(k in kind.lower().split() for k in _KIND_KEYS) for kind in KINDS)


_HAS_KIND, _HAS_LAW, _HAS_TITLE = 1, 2, 4   # a kind's syllable or "/"; "uật"; a title hint


def _mark(flags: list[int], starts: list[int], sentences, text: str, word: str, flag: int) -> None:
    """Set `flag` on every sentence holding `word` (found in `text`, the whole document)."""
    for i in sentences_holding(text, word, sentences, starts):
        flags[i] |= flag


def _sentence_flags(doc: Doc) -> list[int]:
    """Per sentence, the cheap keywords (bit flags above) every matcher's regex needs:
    `_numbered` and `_coded` a kind's syllable or a "/" (and a digit, tested later),
    `_laws` "uật" ("Luật", "Bộ luật"), `find_titles` its hints. Each keyword is looked
    for once in the whole document, so sentences holding none are never sliced or
    scanned."""
    sentences, match = doc.sentences, doc.match
    bounds = [x for s in sentences for x in (s.start, s.end)]
    if any(a > b for a, b in zip(bounds, bounds[1:])):   # not ordered spans: test them all
        return [_HAS_KIND | _HAS_LAW | _HAS_TITLE] * len(sentences)
    flags = [0] * len(sentences)
    starts = bounds[::2]
    # doc.lower is the same-length lower case of doc.match unless lower-casing changed
    # the length; then (or with letters str.lower() misses) the keyword tests are off
    lower = doc.lower if doc.lower is not match and len(doc.lower) == len(match) else None
    if not lower_usable(doc, _KIND_ODD):
        flags = [_HAS_KIND] * len(sentences)
    else:
        for key in _KIND_KEYS:
            if key in lower:
                _mark(flags, starts, sentences, lower, key, _HAS_KIND)
        _mark(flags, starts, sentences, match, "/", _HAS_KIND)
    _mark(flags, starts, sentences, match, "uật", _HAS_LAW)
    _mark(flags, starts, sentences, match, "BL", _HAS_LAW)   # "BLHS" (_abbreviated_codes)
    if lower is None:
        flags = [f | _HAS_TITLE for f in flags]
    else:
        for hint in legal_titles.hints_in(lower):
            _mark(flags, starts, sentences, lower, hint, _HAS_TITLE)
    return flags


def find_legal(doc: Doc) -> list[_Found]:
    ctx = _Context(doc)
    found: list[_Found] = []
    org_starts = sorted(o.start for o in doc.organizations)
    for s, flags in zip(doc.sentences, _sentence_flags(doc)):
        # every number _numbered and _coded read starts with a digit
        numbers = flags & _HAS_KIND and _DIGIT.search(doc.match, s.start, s.end) is not None
        if not (numbers or flags & (_HAS_LAW | _HAS_TITLE)):
            continue
        text, match = doc.text[s.start:s.end], doc.match[s.start:s.end]
        local: list[_Found] = []
        if numbers:
            local = _numbered(ctx, match, s.start)
            taken = [(f.start, f.end) for f in local]
            local += _coded(ctx, match, taken)
        if flags & _HAS_LAW:
            taken = [(f.start, f.end) for f in local]
            local += _laws(ctx, text, match, taken)
        if flags & _HAS_TITLE:
            lo, hi = bisect_left(org_starts, s.start), bisect_left(org_starts, s.end)
            orgs_here = {o - s.start for o in org_starts[lo:hi]}
            taken = [(f.start, f.end) for f in local]
            local += _titled(text, match, taken, orgs_here)
        for f in local:
            f.start += s.start
            f.end += s.start
        found.extend(sorted(local, key=lambda f: f.start))
    return found


def _share_titles(found: list[_Found]) -> None:
    """One title per titled document: a later or earlier mention that adds words to a
    title of the same kind ("Đề án Bệnh viện vệ tinh chuyên ngành ung bướu" after "Đề án
    Bệnh viện vệ tinh") is the same document under its shorter name."""
    titled = [f for f in found if f.title and not f.number and f.kind not in ("Luật", "Bộ luật")]
    shortest: dict[str, list[str]] = {}
    for f in sorted(titled, key=lambda f: len(f.title)):
        key = f.title.lower() + " "
        known = shortest.setdefault(f.kind, [])
        base = next((t for t in known if key.startswith(t.lower() + " ")), None)
        if base:
            f.title = base
        else:
            known.append(f.title)


def _share_numbers(found: list[_Found]) -> None:
    """A titled mention is the numbered document of the same kind and title written
    elsewhere ("Luật sửa đổi, … Luật Dược" in the headline, "Luật số 44/2024/QH15 sửa đổi,
    … Luật Dược" in the body): it takes that number."""
    numbered = {(f.kind, _law_key(f.title)): f for f in found if f.number and f.title}
    for f in found:
        g = None if f.number or not f.title else numbered.get((f.kind, _law_key(f.title)))
        if g is not None:
            f.number, f.issued, f.issuer = g.number, f.issued or g.issued, f.issuer or g.issuer


# a full number: its leading number, then a year ("10/2015", "19-2018/NQ-CP") or a type code
# with a dash ("10/CT-BYT"); "125/QĐTTg" is no full form of "Đề án 125"
_FULL_NUMBER = re.compile(r"(?P<lead>\d+)(?:[/\-](?:19|20)\d\d(?!\d)|/[^\W\d_]+-)")


def _drop_short_repeats(found: list[_Found]) -> list[_Found]:
    """One document, not two: a bare number ("Nghị định 10", "Thông tư 03") whose
    document the text also names by its full number, of the same kind ("Nghị định
    10/2015/NĐ-CP"), is that document repeated (sweep: 7 such pairs in 2,529 health
    articles; real7 gold marks the repeat optional)."""
    full = {(f.kind, m.group("lead")) for f in found if f.number
            for m in [_FULL_NUMBER.match(f.number)] if m}
    return [f for f in found
            if not (f.number and f.number.isdigit() and (f.kind, f.number) in full)]


def _law_names(found: list[_Found]) -> None:
    """A law's title is its name, kind included: "Luật Báo chí", "Bộ luật Hình sự" (the
    title the law itself bears). The gold is split: real24 and real6 write "Luật báo chí",
    "Luật tố tụng hành chính", about 30 studied items write the name without "Luật"; a
    title holding the kind matches both, since the name without it lies inside it."""
    for f in found:
        if f.title and f.kind in ("Luật", "Bộ luật") and not f.title.lower().startswith(f.kind.lower()):
            f.title = f"{f.kind} {f.title}"


# "Đề án phát triển nguồn nhân lực chất lượng cao (Đề án 922)": a titled document followed by
# its short name in brackets is one document, both titled and numbered (VietNews: 55 such
# brackets after a document's name)
_SHORT_OPEN = re.compile(r"\s*\"?\s*\(\s*$")
_SHORT_CLOSE = re.compile(r"\s*\)")


def _short_names(found: list[_Found], text: str) -> list[_Found]:
    """A titled mention takes the number of the bracketed short name right after it."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        close = _SHORT_CLOSE.match(text, f.end)
        if (prev is not None and f.number and not prev.number and prev.title and close
                and prev.kind == f.kind and _SHORT_OPEN.fullmatch(text, prev.end, f.start)):
            prev.number, prev.end = f.number, close.end()
            prev.issued, prev.issuer = prev.issued or f.issued, prev.issuer or f.issuer
            continue
        out.append(f)
    return out


_KIND_AT = re.compile(_KIND_RE, _F)


def _kind_in_titles(found: list[_Found], text: str) -> None:
    """A titled document's title is its name, kind included, as `_law_names` writes a law's:
    "Đề án Sữa học đường". The gold writes both "Sữa học đường" (real12, real2) and "Đề án
    Sữa học đường" (real31, real29, real21); the name without the kind lies inside it."""
    for f in found:
        if f.number or not f.title or f.kind in ("Luật", "Bộ luật"):
            continue
        kind = _KIND_AT.match(text, f.start)
        written = _clean(kind.group(0)) if kind else ""
        if written and not f.title.lower().startswith(written.lower()):
            f.title = f"{written[0].upper()}{written[1:]} {f.title}"


def extract(doc: Doc) -> Doc:
    found = _drop_short_repeats(find_legal(doc))
    _share_titles(found)
    _share_numbers(found)
    _law_names(found)
    _kind_in_titles(found, doc.text)
    found = _short_names(found, doc.text)
    for f in found:
        text = doc.text[f.start:f.end]
        doc.legal_documents.append(LegalDoc(
            text=text, kind=f.kind, number=f.number, issued=f.issued, issuer=f.issuer,
            title=f.title, **provenance(doc, f.start, f.end, NAME, VERSION, f.conf)))
    return doc
