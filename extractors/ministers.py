"""The ministry of a minister or deputy minister written bare ("Bộ trưởng Nguyễn Thị Kim Tiến",
"Thứ trưởng Hồ Thị Kim Thoa"), from the holder's known tenure at the article's date.

The press writes a well-known holder's ministry once or not at all; the article's only
ministry then gives nothing, or another ministry's name ("Bộ Y tế … Bộ trưởng Tô Lâm"). These
are public facts: the years each holder served in a ministry, for holders health news names
bare (VietNews health and baomoi, 5,461 articles: 22 bare posts without a role, 16 of these
holders). An undated article uses only holders who served in one ministry.
"""
from __future__ import annotations

from functools import cache

from .doc import Doc
from .orgs.span import OrgSpan
from .textnorm import fold, match_text
from .tokens import person_at, word_at

_Y_TE = "Bộ Y tế"
_CONG_AN = "Bộ Công an"
_GIAO_DUC = "Bộ Giáo dục và Đào tạo"
_GIAO_THONG = "Bộ Giao thông vận tải"
_THONG_TIN = "Bộ Thông tin và Truyền thông"
_NONG_NGHIEP = "Bộ Nông nghiệp và Phát triển nông thôn"
_CONG_THUONG = "Bộ Công Thương"
_LAO_DONG = "Bộ Lao động - Thương binh và Xã hội"
_NGOAI_GIAO = "Bộ Ngoại giao"
_QUOC_PHONG = "Bộ Quốc phòng"
_VAN_HOA = "Bộ Văn hóa, Thể thao và Du lịch"
_KE_HOACH = "Bộ Kế hoạch và Đầu tư"
_TU_PHAP = "Bộ Tư pháp"
_XAY_DUNG = "Bộ Xây dựng"

# holder -> (ministry, first year, last year) for each ministry served as minister or deputy
_TENURES: dict[str, tuple[tuple[str, int, int], ...]] = {
    "Nguyễn Thị Kim Tiến": ((_Y_TE, 2007, 2019),),
    "Nguyễn Quốc Triệu": ((_Y_TE, 2007, 2011),),
    "Nguyễn Thanh Long": ((_Y_TE, 2011, 2022),),
    "Đào Hồng Lan": ((_LAO_DONG, 2016, 2020), (_Y_TE, 2022, 2025)),
    "Nguyễn Viết Tiến": ((_Y_TE, 2007, 2020),),
    "Lê Quang Cường": ((_Y_TE, 2007, 2016),),
    "Phạm Lê Tuấn": ((_Y_TE, 2010, 2018),),
    "Nguyễn Trường Sơn": ((_Y_TE, 2016, 2023),),
    "Trương Quốc Cường": ((_Y_TE, 2016, 2021),),
    "Đỗ Xuân Tuyên": ((_Y_TE, 2016, 2023),),
    "Trần Văn Thuấn": ((_Y_TE, 2020, 2025),),
    "Nguyễn Thị Xuyên": ((_Y_TE, 2002, 2013),),
    "Cao Minh Quang": ((_Y_TE, 2006, 2015),),
    "Trịnh Quân Huấn": ((_Y_TE, 2002, 2012),),
    "Nguyễn Thị Liên Hương": ((_Y_TE, 2021, 2025),),
    "Trần Đại Quang": ((_CONG_AN, 2006, 2016),),
    "Tô Lâm": ((_CONG_AN, 2010, 2024),),
    "Lê Hồng Anh": ((_CONG_AN, 2002, 2011),),
    "Phùng Xuân Nhạ": ((_GIAO_DUC, 2016, 2021),),
    "Phạm Vũ Luận": ((_GIAO_DUC, 2006, 2016),),
    "Nguyễn Kim Sơn": ((_GIAO_DUC, 2021, 2025),),
    "Đinh La Thăng": ((_GIAO_THONG, 2011, 2016),),
    "Trương Quang Nghĩa": ((_GIAO_THONG, 2016, 2017),),
    "Nguyễn Văn Thể": ((_GIAO_THONG, 2016, 2022),),
    "Nguyễn Ngọc Đông": ((_GIAO_THONG, 2011, 2021),),
    "Trương Minh Tuấn": ((_THONG_TIN, 2014, 2018),),
    "Nguyễn Bắc Son": ((_THONG_TIN, 2011, 2016),),
    "Cao Đức Phát": ((_NONG_NGHIEP, 2004, 2016),),
    "Nguyễn Xuân Cường": ((_NONG_NGHIEP, 2016, 2021),),
    "Lê Minh Hoan": ((_NONG_NGHIEP, 2021, 2025),),
    "Hà Công Tuấn": ((_NONG_NGHIEP, 2011, 2021),),
    "Vũ Huy Hoàng": ((_CONG_THUONG, 2007, 2016),),
    "Trần Tuấn Anh": ((_CONG_THUONG, 2011, 2021),),
    "Hồ Thị Kim Thoa": ((_CONG_THUONG, 2011, 2017),),
    "Cao Quốc Hưng": ((_CONG_THUONG, 2011, 2021),),
    "Phạm Thị Hải Chuyền": ((_LAO_DONG, 2011, 2016),),
    "Đào Ngọc Dung": ((_LAO_DONG, 2016, 2025),),
    "Đinh Tiến Dũng": (("Bộ Tài chính", 2013, 2021),),
    "Phạm Bình Minh": ((_NGOAI_GIAO, 2007, 2021),),
    "Bùi Thanh Sơn": ((_NGOAI_GIAO, 2009, 2025),),
    "Phùng Quang Thanh": ((_QUOC_PHONG, 2006, 2016),),
    "Ngô Xuân Lịch": ((_QUOC_PHONG, 2016, 2021),),
    "Phan Văn Giang": ((_QUOC_PHONG, 2016, 2025),),
    "Nguyễn Ngọc Thiện": ((_VAN_HOA, 2016, 2021),),
    "Hoàng Tuấn Anh": ((_VAN_HOA, 2011, 2016),),
    "Lê Khánh Hải": ((_VAN_HOA, 2016, 2021),),
    "Bùi Quang Vinh": ((_KE_HOACH, 2011, 2016),),
    "Nguyễn Chí Dũng": ((_KE_HOACH, 2013, 2024),),
    "Trần Hồng Hà": (("Bộ Tài nguyên và Môi trường", 2006, 2023),),
    "Hà Hùng Cường": ((_TU_PHAP, 2007, 2016),),
    "Lê Thành Long": ((_TU_PHAP, 2011, 2023),),
    "Lê Vĩnh Tân": (("Bộ Nội vụ", 2016, 2021),),
    "Phạm Thị Thanh Trà": (("Bộ Nội vụ", 2021, 2025),),
    "Phạm Hồng Hà": ((_XAY_DUNG, 2016, 2021),),
    "Trịnh Đình Dũng": ((_XAY_DUNG, 2011, 2016),),
    "Chu Ngọc Anh": (("Bộ Khoa học và Công nghệ", 2016, 2020),),
    "Huỳnh Thành Đạt": (("Bộ Khoa học và Công nghệ", 2020, 2024),),
    # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a minister heading the government's office, so a
    # bare "Bộ trưởng Mai Tiến Dũng" is not the article's one ministry (VietNews health and baomoi,
    # 3,974 articles: 18 bare, 5 given another ministry)
    "Mai Tiến Dũng": (("Văn phòng Chính phủ", 2016, 2021),),
}


@cache
def _tenures() -> dict[str, tuple[tuple[str, int, int], ...]]:
    """The table keyed by the holder's name in the matching form (`Doc.match`)."""
    return {match_text(name): spans for name, spans in _TENURES.items()}


def holder_ministry(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The ministry, at the article's date, of the known holder whose name starts at the word
    after `pos`; none for the first of a list ("các bộ trưởng A, B và C": the post is shared,
    the ministries are not)."""
    w = word_at(doc.match, pos, limit)
    got = person_at(doc.match, w.start, limit) if w is not None and w.is_cap else None
    spans = _tenures().get(got[1]) if got is not None else None
    if not spans or _another_name_after(doc.match, got[0], limit):
        return None
    year = doc.year_hint
    if year is None and len(spans) > 1:
        return None   # an undated article: only a holder of one ministry
    served = [m for m, first, last in spans if year is None or first <= year <= last]
    if len(served) != 1:
        return None   # out of office at that date
    return OrgSpan(-1, -1, served[0], "ministry", None)


def same_ministry(a: str, b: str) -> bool:
    """Two spellings of one ministry ("Bộ Thông tin Truyền thông", "Bộ Thông tin và Truyền thông")."""
    return set(fold(a).split()) - {"va"} == set(fold(b).split()) - {"va"}


def _another_name_after(text: str, pos: int, limit: int) -> bool:
    link = word_at(text, pos, limit)
    if link is None or link.text not in (",", "và"):
        return False
    nxt = word_at(text, link.end, limit)
    return nxt is not None and nxt.is_cap and person_at(text, nxt.start, limit) is not None
