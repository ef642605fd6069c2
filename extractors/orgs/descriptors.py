"""Descriptor phrases that belong inside organisation names, longest first.

Remits written in lower case after the head are listed whole where the press writes them so
(VietNews: "Chi cục Quản lý chất lượng nông lâm sản và thủy sản", "Trung tâm Kỹ thuật tiêu
chuẩn đo lường chất lượng 3" — the three standards centres are numbered 1 to 3 — "Vụ Sức
khỏe bà mẹ - trẻ em": 10 to 75 times each); an island's military-civilian centre or hospital
("Trung tâm y tế quân dân y Lý Sơn", "Bệnh viện Quân dân y Phú Quý": ~30 times in VietNews and baomoi);
a province's port-of-entry health quarantine centre ("Trung tâm kiểm dịch y tế quốc tế TP HCM", 9 in
33,000 VietNews articles, each that centre); andrology ("Bệnh viện Nam học và Hiếm muộn Hà Nội",
"bệnh viện Nam học": 4 in a 3,100-article health sample, each cut to "Bệnh viện Nam" before); a
province's HIV centre named for the disease alone ("Trung tâm HIV/AIDS tỉnh Kon Tum", cut at the slash).

The first set may be written in lower case ("Bệnh viện đa khoa tỉnh"); the
second only counts when capitalised ("Sở Kế hoạch và Đầu tư"), since in lower
case those words are ordinary verbs and nouns ("Sở Y tế tổ chức…").
"""
from __future__ import annotations

import re

from ..lexicon import alternation
from ..lazy import lazy_compile

_LOWER_DESCRIPTORS = """
y tế|y khoa|y học|y dược|đa khoa trung tâm|đa khoa|đại học|nhi đồng|hữu nghị|nhân dân|xã hội|trung ương|khu vực|
quốc tế|y học cổ truyền|phục hồi chức năng|kiểm soát bệnh tật|huyết học truyền máu|huyết học|
truyền máu|ung bướu|sản nhi|phụ sản|sản|nhi|quản lý khám chữa bệnh|quản lý khám, chữa bệnh|
quản lý khám bệnh, chữa bệnh|quản lý dược|y tế dự phòng|an toàn thực phẩm|dân số|pháp y|
giám định y khoa|kiểm nghiệm|chấn thương chỉnh hình|tâm thần|da liễu|nội tiết|lao và bệnh phổi|
bệnh phổi|phổi|mắt|răng hàm mặt|răng - hàm - mặt|răng-hàm-mặt|tai mũi họng|tim mạch|truyền nhiễm|bệnh nhiệt đới|nhiệt đới|
lão khoa|chuyên sâu|bảo vệ sức khỏe cán bộ|hỗ trợ sinh sản|sinh sản|chăm sóc sức khỏe sinh sản|sức khỏe sinh sản|
trung ương quân đội|quân y|cổ phần|trách nhiệm hữu hạn|dược phẩm|thiết bị y tế|ghép mô tạng|
quản lý thị trường|quản lý chất lượng|
quản lý chất lượng nông lâm sản và thủy sản|quản lý chất lượng nông lâm thủy sản|quản lý chất lượng nông, lâm và thủy sản|
quản lý chất lượng nông lâm và thủy sản|quản lý chất lượng nông, lâm, thủy sản|
tiêu chuẩn đo lường chất lượng|kỹ thuật tiêu chuẩn đo lường chất lượng|
kỹ thuật tiêu chuẩn đo lường chất lượng 1|kỹ thuật tiêu chuẩn đo lường chất lượng 2|kỹ thuật tiêu chuẩn đo lường chất lượng 3|tiêu chuẩn, đo lường, chất lượng|
sức khỏe bà mẹ - trẻ em|sức khỏe bà mẹ và trẻ em|sức khỏe bà mẹ trẻ em|sức khỏe bà mẹ, trẻ em|an toàn vệ sinh thực phẩm|vệ sinh an toàn thực phẩm|
bảo vệ thực vật|thú y|dân số - kế hoạch hóa gia đình|dân số và phát triển|phòng chống hiv/aids|phòng chống hiv / aids|
phòng, chống hiv/aids|phòng, chống hiv / aids|
vệ sinh dịch tễ|dinh dưỡng|an toàn vệ sinh thực phẩm|vệ sinh an toàn thực phẩm|vệ sinh thực phẩm|
bảo trợ trẻ em|chữ thập đỏ|kế hoạch hóa gia đình|sốt rét|ký sinh trùng|côn trùng|y tế công cộng|
cấp cứu 115|công nghệ thông tin|dã chiến|điều trị covid-19|điều trị covid - 19|điều trị covid|
điều trị bệnh nhân covid-19|điều trị bệnh nhân covid - 19|tối cao|cấp cao|thẩm mỹ|
quân dân y|quân dân y kết hợp|quân - dân y|kiểm dịch y tế quốc tế|kiểm dịch y tế|khoa học xã hội và nhân văn|
sốt rét, côn trùng và ký sinh trùng|sốt rét, ký sinh trùng và côn trùng|sốt rét - ký sinh trùng - côn trùng|
sốt rét-ký sinh trùng-côn trùng|sốt rét – ký sinh trùng – côn trùng|chăn nuôi và thú y|
hồi sức cấp cứu và chống độc|hồi sức - cấp cứu và chống độc|hồi sức cấp cứu - chống độc|hồi sức cấp cứu chống độc|
nam học|nam học và hiếm muộn|nam học - hiếm muộn|hiv/aids|hiv / aids
"""
_CAP_DESCRIPTORS = """
kế hoạch và đầu tư|giáo dục và đào tạo|khoa học và công nghệ|lao động - thương binh và xã hội|
tài nguyên và môi trường|thông tin và truyền thông|thông tin - truyền thông|thông tin – truyền thông|thông tin truyền thông|văn hóa, thể thao và du lịch|kế hoạch|tài chính|
tổng hợp|tổ chức|cán bộ|nội vụ|tư pháp|công thương|xây dựng|giao thông vận tải|ngoại vụ|
nông nghiệp và phát triển nông thôn|nông nghiệp và môi trường|khoa học|công nghệ|kỹ thuật|
thông tin|truyền thông|giáo dục|sức khỏe|môi trường|đào tạo|điều dưỡng|cấp cứu|quản lý|dược|
tuyên giáo|dân vận|nội chính|tuyên giáo và dân vận|chỉ đạo|
lao động, thương binh và xã hội|công tác học sinh, sinh viên|công tác học sinh - sinh viên|công tác học sinh sinh viên
"""

# a ministry's or department's portfolio of two or three fields, however the press joins them
# ("Sở Giáo dục - đào tạo", "Sở Lao động thương binh và xã hội", "Bộ Tài nguyên - môi trường",
# "Sở Văn hóa - thể thao - du lịch"); cut at the first field, the name was another body's
# ("Sở Giáo dục Nghệ An"): read whole when the first field is capitalised
_PORTFOLIO_FIELDS = ("kế hoạch|đầu tư", "giáo dục|đào tạo", "khoa học|công nghệ", "lao động|thương binh|xã hội",
                     "tài nguyên|môi trường", "thông tin|truyền thông", "văn hóa|thể thao|du lịch",
                     "nông nghiệp|phát triển nông thôn", "nông nghiệp|môi trường", "giao thông|vận tải",
                     "kế hoạch|tài chính", "tài chính|kế hoạch", "khoa học|công nghệ|môi trường",
                     "kinh tế|kỹ thuật")
_FIELD_JOINS = (" - ", " – ", "-", ", ", " ", " và ")   # "&": the gazetteer's keys read it as "và"


def _portfolio_variants() -> str:
    out = []
    for fields in _PORTFOLIO_FIELDS:
        forms = [""]
        parts = fields.split("|")
        for i, part in enumerate(parts):
            joins = ("",) if i == 0 else _FIELD_JOINS
            forms = [f + j + part for f in forms for j in joins]
        out.extend(forms)
    return "|".join(out)


# the standards centres' numbers end their names ("… chất lượng 3 kiểm nghiệm mẫu")
ENDING_DESCRIPTORS = frozenset(f"kỹ thuật tiêu chuẩn đo lường chất lượng {n}" for n in (1, 2, 3))


def _alternation(block: str) -> list[str]:
    items = {d.strip() for d in block.replace("\n", "").split("|") if d.strip()}
    return sorted(items, key=len, reverse=True)


# both match the lower-cased matching text (doc.lower)
DESC_RE = lazy_compile(r"(" + alternation(_alternation(_LOWER_DESCRIPTORS))
                     + r")(?![^\W\d_])")
CAP_DESC_RE = lazy_compile(r"(" + alternation(_alternation(_CAP_DESCRIPTORS + "|" + _portfolio_variants()))
                         + r")(?![^\W\d_])")
