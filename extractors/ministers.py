"""The ministry of a minister or deputy minister written bare ("Bộ trưởng Nguyễn Thị Kim Tiến",
"Thứ trưởng Hồ Thị Kim Thoa") in an article that names several ministries or none.

The press writes a well-known holder's ministry once or not at all; the article's only
ministry (`officials._only_ministry`) then gives nothing or another ministry's name. These are
public facts: the ministers and deputy ministers of 2002-2024 that health news names bare
(VietNews health and baomoi, 5,461 articles: 22 bare posts without a role, 16 of these holders).
"""
from __future__ import annotations

from functools import cache

from .doc import Doc
from .orgs.span import OrgSpan
from .textnorm import match_text
from .tokens import person_at, word_at

_HOLDERS = {
    "Bộ Y tế": ("Nguyễn Thị Kim Tiến", "Nguyễn Quốc Triệu", "Trần Thị Trung Chiến", "Nguyễn Thanh Long",
                "Đào Hồng Lan", "Nguyễn Viết Tiến", "Lê Quang Cường", "Phạm Lê Tuấn", "Nguyễn Trường Sơn",
                "Trương Quốc Cường", "Đỗ Xuân Tuyên", "Trần Văn Thuấn", "Nguyễn Thị Xuyên", "Cao Minh Quang",
                "Trịnh Quân Huấn", "Lê Ngọc Trọng", "Nguyễn Thị Liên Hương"),
    "Bộ Công an": ("Trần Đại Quang", "Tô Lâm", "Lê Hồng Anh"),
    "Bộ Giáo dục và Đào tạo": ("Phùng Xuân Nhạ", "Phạm Vũ Luận", "Nguyễn Kim Sơn"),
    "Bộ Giao thông vận tải": ("Đinh La Thăng", "Trương Quang Nghĩa", "Nguyễn Văn Thể", "Nguyễn Ngọc Đông",
                              "Lê Đình Thọ"),
    "Bộ Thông tin và Truyền thông": ("Trương Minh Tuấn", "Nguyễn Bắc Son"),
    "Bộ Nông nghiệp và Phát triển nông thôn": ("Cao Đức Phát", "Nguyễn Xuân Cường", "Lê Minh Hoan",
                                               "Hà Công Tuấn"),
    "Bộ Công Thương": ("Vũ Huy Hoàng", "Trần Tuấn Anh", "Hồ Thị Kim Thoa", "Cao Quốc Hưng"),
    "Bộ Lao động - Thương binh và Xã hội": ("Phạm Thị Hải Chuyền", "Đào Ngọc Dung"),
    "Bộ Tài chính": ("Đinh Tiến Dũng",),
    "Bộ Ngoại giao": ("Phạm Bình Minh", "Bùi Thanh Sơn"),
    "Bộ Quốc phòng": ("Phùng Quang Thanh", "Ngô Xuân Lịch", "Phan Văn Giang"),
    "Bộ Văn hóa, Thể thao và Du lịch": ("Nguyễn Ngọc Thiện", "Hoàng Tuấn Anh", "Lê Khánh Hải"),
    "Bộ Kế hoạch và Đầu tư": ("Bùi Quang Vinh", "Nguyễn Chí Dũng"),
    "Bộ Tài nguyên và Môi trường": ("Trần Hồng Hà",),
    "Bộ Tư pháp": ("Hà Hùng Cường", "Lê Thành Long"),
    "Bộ Nội vụ": ("Lê Vĩnh Tân", "Phạm Thị Thanh Trà"),
    "Bộ Xây dựng": ("Phạm Hồng Hà", "Trịnh Đình Dũng"),
    "Bộ Khoa học và Công nghệ": ("Chu Ngọc Anh", "Huỳnh Thành Đạt"),
}


@cache
def _ministry_of() -> dict[str, str]:
    """Holder's name in the matching form (`Doc.match`) -> the ministry's canonical name."""
    return {match_text(name): ministry for ministry, names in _HOLDERS.items() for name in names}


def holder_ministry(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The ministry of the known holder whose name starts at the word after `pos`; none for
    the first of a list ("các bộ trưởng A, B và C": the post is shared, the ministries are not)."""
    w = word_at(doc.match, pos, limit)
    got = person_at(doc.match, w.start, limit) if w is not None and w.is_cap else None
    ministry = _ministry_of().get(got[1]) if got is not None else None
    if ministry is None or _another_name_after(doc.match, got[0], limit):
        return None
    return OrgSpan(-1, -1, ministry, "ministry", None)


def _another_name_after(text: str, pos: int, limit: int) -> bool:
    link = word_at(text, pos, limit)
    if link is None or link.text not in (",", "và"):
        return False
    nxt = word_at(text, link.end, limit)
    return nxt is not None and nxt.is_cap and person_at(text, nxt.start, limit) is not None
