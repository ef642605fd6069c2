"""A university's field written half in lower case, closed by the school's place.

"Trường ĐH Công nghiệp thực phẩm TP. HCM", "Trường ĐH Sư phạm kỹ thuật Vĩnh Long", "Trường Đại
học Kinh tế công nghiệp Long An": the press capitalises the field's first word only, and the
walker stopped there ("Trường Đại học Công nghiệp", a name no school has). After a university's
capitalised field, one or two lower-case fields of study (FIELDS) that a province or city (or
punctuation) closes right away are the rest of the field. Any other word ("Trường ĐH Sư phạm đào
tạo giáo viên Hà Nội …"), a field that is a verb too opening the run ("Trường Đại học Thủy lợi
du lịch Đà Nẵng dịp hè"), or anything but a place after them leaves the name as it was. After a
dash the second field may be one syllable ("Trường ĐH Y - dược Cần Thơ", "ĐH Kinh tế - luật TP.
HCM", read "Trường Đại học Y" before: Hà Nội's school).
"""
from __future__ import annotations

import re

from ..places import place_at
from ..tokens import Word, word_at

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
# fields that are verbs too ("du lịch Đà Nẵng", "xây dựng Hà Nội thành …"): the rest of a field only
# after another lower-case field ("Trường Cao đẳng Kinh tế kỹ thuật xây dựng …")
_VERB_FIELDS = frozenset({"xây dựng", "du lịch", "thông tin", "kinh doanh", "quản trị", "truyền thông", "lao động",
                          "phòng cháy", "chữa cháy", "phát thanh", "truyền hình", "điều dưỡng", "bảo hiểm", "vận tải"})
# one-syllable fields, written after a dash only ("Y - dược", "Kinh tế - luật")
_DASHED_FIELDS = frozenset({"dược", "luật"})


_CLOSERS = re.compile(r"[ \t]*(?:[,.;:)]|[-–][ \t]|$)")


def _placed(text: str, end: int, limit: int, punctuation: bool = False) -> bool:
    """Does a province or city start right after end (or, with `punctuation`, punctuation close
    the name there: "Trường ĐH Công nghiệp thực phẩm, Trường ĐH …")?"""
    closer = _CLOSERS.match(text, end, limit) if punctuation else None
    if closer is not None:
        return not _list_goes_on(text, closer.end(), limit)
    place = word_at(text, end, limit)
    return place is not None and place.start == end + 1 and place_at(text, place.start) is not None


def _list_goes_on(text: str, pos: int, limit: int) -> bool:
    """After the punctuation, another lower-case field or "và" ("… Kỹ thuật khoa học, công nghệ và
    môi trường"): a list of majors goes on, the school's name ended before it (review_2 item 6)."""
    nxt = word_at(text, pos, limit)
    return nxt is not None and (nxt.text == "và" or _field_pair(text, nxt, limit) is not None)


def _field_pair(text: str, first: Word | None, limit: int) -> Word | None:
    """The second word of a lower-case field of FIELDS starting at `first`; None if none does."""
    second = word_at(text, first.end, limit) if first is not None else None
    if second is None or second.start != first.end + 1 or first.is_cap or second.is_cap:
        return None
    return second if f"{first.text} {second.text}" in FIELDS else None


def field_tail_end(text: str, pos: int, limit: int) -> int | None:
    """End of the lower-case fields at pos when a place or punctuation follows them; None otherwise."""
    cur = pos
    for _ in range(_MAX_COMPOUNDS):
        first = word_at(text, cur, limit)
        if first is None or first.start != cur + (cur != pos):
            return None
        second = _field_pair(text, first, limit)
        if second is None or cur == pos and f"{first.text} {second.text}" in _VERB_FIELDS:
            return None
        cur = second.end
        if _placed(text, cur, limit, punctuation=True):
            return cur
    return None


def dashed_field_end(text: str, pos: int, limit: int) -> int | None:
    """End of a lower-case second field right after a dash ("- dược", "- tài chính"), when a
    place follows it at once; None otherwise."""
    first = word_at(text, pos, limit)
    if first is None or first.start != pos or first.is_cap:
        return None
    second = _field_pair(text, first, limit)
    end = second.end if second is not None else first.end if first.text in _DASHED_FIELDS else None
    return end if end is not None and _placed(text, end, limit) else None
