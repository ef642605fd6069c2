"""A university's field written half in lower case, closed by the school's place.

"Trường ĐH Công nghiệp thực phẩm TP. HCM", "Trường ĐH Sư phạm kỹ thuật Vĩnh Long", "Trường Đại
học Kinh tế công nghiệp Long An": the press capitalises the field's first word only, and the
walker stopped there ("Trường Đại học Công nghiệp", a name no school has). After a university's
capitalised field, one or two lower-case fields of study (FIELDS) that a province or city closes
right away are the rest of the field; any other word ("Trường ĐH Sư phạm đào tạo giáo viên Hà
Nội …": a verb) or anything but a place after them leaves the name as it was.
"""
from __future__ import annotations

from ..places import place_at
from ..tokens import word_at

_MAX_COMPOUNDS = 2
# the fields Vietnamese universities and colleges are named for, as the second part of a field
# ("Sư phạm kỹ thuật", "Ngoại ngữ tin học", "Kinh tế tài chính", "Văn hóa nghệ thuật")
FIELDS = frozenset("""kỹ thuật|công nghệ|công nghiệp|thực phẩm|tin học|tài chính|kinh tế|quốc dân|tự nhiên|xã hội|
nhân văn|nghệ thuật|văn hóa|văn hoá|du lịch|thể thao|thể dục|mỹ thuật|sân khấu|điện ảnh|âm nhạc|ngoại ngữ|
ngoại thương|thương mại|quản trị|kinh doanh|kế toán|ngân hàng|bảo hiểm|xây dựng|kiến trúc|giao thông|vận tải|
thủy lợi|thuỷ lợi|thủy sản|thuỷ sản|nông lâm|nông nghiệp|lâm nghiệp|địa chất|dầu khí|điện lực|hàng hải|
hàng không|môi trường|tài nguyên|lao động|nội vụ|chính trị|y tế|y dược|y khoa|điều dưỡng|sư phạm|khoa học|
thông tin|truyền thông|điện tử|viễn thông|quốc gia|công đoàn|phát thanh|truyền hình|cơ khí|dệt may|
quốc phòng|an ninh|cảnh sát|phòng cháy|chữa cháy|quân sự|biên phòng|hậu cần""".replace("\n", "").split("|"))


def field_tail_end(text: str, pos: int, limit: int) -> int | None:
    """End of the lower-case fields at pos when a place starts right after them; None otherwise."""
    cur = pos
    for _ in range(_MAX_COMPOUNDS):
        first = word_at(text, cur, limit)
        second = word_at(text, first.end, limit) if first is not None else None
        if second is None or first.start != cur + (cur != pos) or second.start != first.end + 1 \
                or first.is_cap or second.is_cap or not (first.is_alpha and second.is_alpha):
            return None
        if f"{first.text} {second.text}" not in FIELDS:
            return None
        cur = second.end
        place = word_at(text, cur, limit)
        if place is not None and place.start == cur + 1 and place_at(text, place.start) is not None:
            return cur
    return None
