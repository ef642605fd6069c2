"""Policy documents named by their title, without a number.

Three shapes real press uses, each a small matcher over one sentence of the
matching text (quotes already unified to '"'):

* quoted: Đề án "Phát triển y tế cơ sở", "Kế hoạch hành động phòng chống dịch";
* title case: Đề án Bệnh viện vệ tinh, kế hoạch Đổi mới phong cách, thái độ
  phục vụ ... (the title starts with a capital; a plan's first word must be a
  policy verb, since "kế hoạch Brexit" or "Bộ Kế hoạch và Đầu tư" are not titles);
* issued with its subject: "Chính phủ vừa ban hành Nghị định quy định về ...",
  "lấy ý kiến dự thảo thông tư liên tịch quy định ..." (an issuing verb or
  "dự thảo" right before the kind makes a specific, new document).

Each matcher yields `Titled` spans; `legal` canonicalises the kind and adds them
where no numbered reference was found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .places import place_at
from .lazy import lazy_compile
from .lexicon import top_level, word_start_branches

_F = re.IGNORECASE
UP = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"


@dataclass
class Titled:
    start: int
    end: int
    kind: str       # as written; the caller canonicalises it
    title_start: int
    title_end: int
    title: str = ""


# where a title after "về", "quy định", "hướng dẫn" ends: punctuation, or the clause that
# follows it ("…, nhằm …", "… đã được …"); "để" opens a purpose ("dự thảo … để lấy ý kiến")
# except before the verbs a heading goes on with ("… khung giá … để áp dụng cho …", "… sử dụng
# tài sản công để thanh toán cho nhà đầu tư": VietNews, 21 of 61 issued titles with "để");
# a contrast, a topic or a forecast ends it too ("Nghị định về tự chủ … nhưng Chính phủ …",
# "thông tư hướng dẫn … , dự kiến khoảng tháng 8", "Thông tư về giá giường … có thể lên đến …")
_TITLE_PURPOSE = r"để(?!\s+(?:áp\s+dụng|thanh\s+toán|triển\s+khai|bố\s+trí))"
TITLE_BODY = (r"(?P<title>[^.;:()\"\n]{3,200}?)"
              r"(?=\s*(?:[.;:()\"\n]|$|,\s*(?:trình|gửi)(?!\w)"
              r"|,?\s+(?:với\s+nội\s+dung|nhằm|theo\s+đó|trong\s+đó|đồng\s+thời|(?:và\s+)?tầm\s+nhìn"
              r"|và\s+(?:các|những)|đã|được|đang|sẽ|vừa|khiến|" + _TITLE_PURPOSE + r"|là|theo\s+chỉ\s+đạo"
              r"|nhưng|song|thì|mà|có\s+thể|dự\s+kiến"
              r"|(?:vào|trong)\s+(?:quý|tháng|năm)|của\s+(?:tỉnh|UBND)\b)(?!\w)|,?\s+với\s+\d))")


# ---------------------------------------------------------------- quoted
# plain "Chương trình" only as a state programme: "Chương trình “Trái tim cho em”" is an event
_QUOTED_KINDS = (r"Đề\s+án|Kế\s+hoạch|Chương\s+trình\s+(?:hành\s+động|mục\s+tiêu|quốc\s+gia)"
                 r"|Chiến\s+lược|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị")
# (`word_start_branches`: the word-start test after each kind's first letter, so a search scans
# for those letters in C; the same matches as "(?<!\w)(?P<kind>KINDS)")
_QUOTED_AFTER = lazy_compile(r"(?P<kind>" + word_start_branches(top_level(_QUOTED_KINDS), not_after=r"\w") + r")\s*\"\s*(?P<title>[" + UP + r"0-9]"
                           r"[^\"\n]{4,250}?)\s*\"")
_QUOTED_AROUND = re.compile(r"\"\s*(?P<kind>" + _QUOTED_KINDS + r")\s+(?P<title>[^\"\n]{5,250}?)\s*\"")
# a quotation that opens with a kind is speech ("Kế hoạch của họ là …"), not a title
_SPEECH_START = re.compile(r"(?:của|này|đó|ấy|là|thì|mà|sẽ|đã|được|đang|nhỏ)(?!\w)")


# "đề án “Xây dựng TP. HCM trở thành đô thị thông minh …”", "nghị quyết " tăng cường công tác
# bảo vệ, chăm sóc … "": a scheme or resolution in lower case with its quoted title (VietNews
# health articles: 12 such, each a specific document); a short lower-case quotation is a scare
# quote ("kế hoạch " chấm điểm "", "quyết định " cấm vận ""), so those kinds stay capitalised
_QUOTED_LOWER = re.compile(r"(?P<kind>" + word_start_branches([r"đề\s+án", r"nghị\s+quyết"], not_after=r"\w") + r")\s*\"\s*(?P<title>[^\"\n]{5,250}?)\s*\"")
_MIN_LOWER_TITLE_WORDS = 5


def quoted(match: str) -> list[Titled]:
    out = []
    for m in _QUOTED_LOWER.finditer(match):
        title = m.group("title")
        if title[0].isupper() or title[0].isdigit() or len(title.split()) >= _MIN_LOWER_TITLE_WORDS:
            out.append(Titled(m.start(), m.end(), m.group("kind"), m.start("title"), m.end("title")))
    for m in _QUOTED_AFTER.finditer(match):
        out.append(Titled(m.start(), m.end(), m.group("kind"), m.start("title"), m.end("title")))
    for m in _QUOTED_AROUND.finditer(match):
        if _SPEECH_START.match(m.group("title")):
            continue
        out.append(Titled(m.start("kind"), m.end("title"), m.group("kind"), m.start("title"),
                          m.end("title")))
    return out


# ---------------------------------------------------------------- title case
# first words of plan and strategy titles (VietNews: "kế hoạch Đổi mới …", "Đề án Xây dựng …")
POLICY_HEADS = {
    "xây dựng", "phát triển", "đổi mới", "nâng cao", "tăng cường", "quản lý", "hỗ trợ",
    "cải cách", "cơ cấu", "bảo tồn", "phòng chống", "phòng", "đào tạo", "triển khai", "thí điểm",
    "thực hiện", "chăm sóc", "sắp xếp", "điều chỉnh", "xử lý", "thành lập", "quy hoạch",
    "tiếp sức", "giảm tải", "giảm", "hạn chế", "kiểm soát", "ứng phó", "khắc phục", "đẩy mạnh",
    "chuyển đổi", "cải thiện", "bảo vệ", "nghiên cứu", "truyền thông", "tuyên truyền",
    "tiêm chủng", "củng cố", "hoàn thiện", "ứng dụng", "tái cơ cấu", "bảo đảm", "đảm bảo",
    "khám", "sàng lọc", "loại trừ", "thanh toán", "tiến tới", "huy động", "mở rộng",
}
# capitalised words after "Đề án" that start a body, a place or a person, not a title
_NOT_TITLE_HEADS = {
    "thủ tướng", "chính phủ", "thành phố", "ban", "bộ", "sở", "ubnd", "ủy", "uỷ", "nhà nước",
    "quốc hội", "trung ương", "tỉnh", "huyện", "đảng", "hội đồng", "tổng", "ông", "bà", "anh",
    "chị", "theo", "trong", "tại", "với", "và", "này", "đó", "của", "trường", "công ty", "tập đoàn",
}
_TC_KINDS = (r"[Đđ]ề\s+án|[Kk]ế\s+hoạch|[Cc]hiến\s+lược|[Cc]hương\s+trình\s+hành\s+động")
# (each kind's two spellings one branch each, the word-start test after the first letter:
# `word_start_branches`, the same matches as "(?<!\w)(?P<kind>_TC_KINDS)")
_TC_OPEN = re.compile(r"(?P<kind>" + word_start_branches(
    [c + kind[4:] for kind in top_level(_TC_KINDS) for c in kind[1:3]], not_after=r"\w") + r")\s+(?=[" + UP + r"])")
# a kind word inside a unit's name: "Phòng Kế hoạch tổng hợp", "Vụ Kế hoạch - Tài chính"
_UNIT_BEFORE = re.compile(r"(?:[Pp]hòng|Bộ|Vụ|Sở|[Bb]an|[Kk]hối|Viện|Cục|Trường|[Tt]rưởng|[Pp]hó)\s+$")
_WORD = re.compile(r"(?P<comma>\s*,)?\s+(?P<w>[^\W\d_]+|\d+(?:[.,/–-]\d+)*)")
# a period after the name is not part of it: "Đề án Bệnh viện vệ tinh giai đoạn 2013-2020"
_PERIOD = re.compile(r"\s+(?:giai\s+đoạn|(?:từ\s+|đến\s+)?năm)\s+\d")
# words that begin the sentence's predicate: the title ends before them
_PREDICATE = {"được", "đã", "đang", "sẽ", "vừa", "do", "nhằm", "là", "thì", "mà", "nhưng", "cũng",
              "đều", "không", "chưa", "còn", "bị", "có", "cần", "phải", "nay", "này", "đó", "ấy",
              "để", "vào"}
# after a comma, these open a new clause rather than continue the title's list
_CLAUSE_OPENERS = {"trong", "theo", "tại", "với", "khi", "sau", "trước", "từ", "đến", "vì", "nên",
                   "song", "tuy", "hoặc", "cùng", "qua", "nhờ", "bởi", "ngoài", "riêng", "đặc"}
_MAX_WORDS = 30
# "TP. HCM", "Tp. Hà Nội" inside a title (real22: "Đề án chăm sóc sức khoẻ ban đầu cho 10.000
# người dân TP. HCM và các tỉnh lân cận" stopped at "TP"; VietNews train: such titles cut the same way)
_CITY_DOT = re.compile(r"(?<![^\W\d_])T[Pp]\.(?=\s+[" + UP + r"])")


def _two_words(match: str, pos: int) -> tuple[str, str]:
    words = re.match(r"([^\W\d_]+)\s+([^\W\d_]+)", match[pos:pos + 40])
    return (words.group(1), words.group(2)) if words else ("", "")


def _opens_title(match: str, m: re.Match, org_starts: set[int]) -> bool:
    pos = m.end()
    w1, w2 = _two_words(match, pos)
    if not w2 or w2[0].isupper() or pos in org_starts or place_at(match, pos):
        return False
    if w1 != "Y" and not any(c.islower() for c in w1):
        return False   # "kế hoạch B", "dự án BOT": a letter or an acronym, not a title
    if _UNIT_BEFORE.search(match, max(0, m.start() - 12), m.start()):
        return False
    head1, head2 = w1.lower(), f"{w1} {w2}".lower()
    if m.group("kind").lower().startswith("đề"):
        return head1 not in _NOT_TITLE_HEADS and head2 not in _NOT_TITLE_HEADS
    return head1 in POLICY_HEADS or head2 in POLICY_HEADS


def _title_end(match: str, pos: int, org_starts: set[int]) -> int:
    """End of a title-case title: the last word before punctuation, a predicate word,
    an organisation's name, or a comma that does not continue a list of lower-case words.
    A title that went on past a comma must end at punctuation: "Đề án X, người bệnh
    được …" ends at X, "kế hoạch Đổi mới phong cách, thái độ phục vụ …." runs on."""
    end = match.index(" ", pos) if " " in match[pos:] else len(match)
    before_comma = None
    for _ in range(_MAX_WORDS):
        if _CITY_DOT.match(match, end - 2):
            end += 1   # "… chính quyền đô thị TP. Hà Nội": the city's dot ends no title
        w = _WORD.match(match, end)
        if not w:
            return end
        word = w.group("w")
        if _PERIOD.match(match, end) or word.lower() in _PREDICATE or w.start("w") in org_starts:
            break
        if w.group("comma"):
            if not word.islower() or word in _CLAUSE_OPENERS:
                return end
            before_comma = end if before_comma is None else before_comma
        end = w.end()
    return end if before_comma is None else before_comma


# "xây dựng Đề án đổi mới cơ chế quản lý, cơ chế tài chính, …": a capitalised "Đề án" before a
# policy verb in lower case names one scheme (VietNews train: 233 such, 25 read, 24 a specific
# scheme; real12 missed one); "đề án" in lower case before a verb is as often the word alone
_DA_LOWER = re.compile(r"(?<!\w)(?P<kind>Đề\s+án)\s+(?=[^\W\d_])")


def _policy_head(match: str, pos: int) -> bool:
    w1, w2 = _two_words(match, pos)
    return bool(w2) and w1.islower() and (w1 in POLICY_HEADS or f"{w1} {w2}" in POLICY_HEADS)


def title_case(match: str, org_starts: set[int]) -> list[Titled]:
    out = []
    for m in _TC_OPEN.finditer(match):
        if not _opens_title(match, m, org_starts):
            continue
        end = _title_end(match, m.end(), org_starts)
        out.append(Titled(m.start(), end, m.group("kind"), m.end(), end))
    return out


def lower_scheme(match: str, org_starts: set[int]) -> list[Titled]:
    """"Đề án đổi mới …": after `periodic`, which keeps a period in the title."""
    out = []
    for m in _DA_LOWER.finditer(match):
        if _policy_head(match, m.end()):
            end = _title_end(match, m.end(), org_starts)
            if len(match[m.end():end].split()) >= 3:   # not the verb alone ("Đề án đào tạo "…"")
                out.append(Titled(m.start(), end, m.group("kind"), m.end(), end))
    return out


# ---------------------------------------------------------------- named with its period
# a scheme, plan or programme named by its subject and the years it runs: "Đề án phát
# triển thanh toán không dùng tiền mặt giai đoạn 2016-2020", "chương trình mục tiêu quốc
# gia giảm nghèo bền vững giai đoạn 2016 - 2020" (VietNews health sample: 27 such in 10,000
# articles, every one a specific document); the period stays in the title, since one plan
# is renewed under the same name for each period
_PERIOD_KINDS = re.compile(r"(?<!\w)(?P<kind>[Đđ]ề\s+án|[Kk]ế\s+hoạch|[Cc]hương\s+trình)(?=\s+[^\W\d_])")
_PERIOD_END = re.compile(r",?\s+giai\s+đoạn\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d(?!\d)", _F)
_GENERIC_BEFORE = re.compile(r"(?:các|những|nhiều|mọi|mỗi|từng)\s+$", _F)
_BI_NOUNS = {"trang bị", "thiết bị", "chuẩn bị", "dự bị"}   # "bị" of a noun, not a passive
_PERIOD_STOP = (_PREDICATE - {"không"}) | {"trong", "giai", "thời", "năm"}   # "bệnh không lây nhiễm"


def _period_end(match: str, pos: int) -> int | None:
    """End of " TITLE giai đoạn Y1-Y2" at `pos`: up to 25 words (commas allowed) before the
    period, none of them a predicate word; None when no such period is reached."""
    end, prev = pos, ""
    for _ in range(25):
        w = _WORD.match(match, end)
        word = w.group("w").lower() if w else ""
        if not w or (word in _PERIOD_STOP and f"{prev} {word}" not in _BI_NOUNS):
            return None
        end, prev = w.end(), word
        period = _PERIOD_END.match(match, end)
        if period:
            return period.end()
    return None


def periodic(match: str, org_starts: set[int]) -> list[Titled]:
    out = []
    for m in _PERIOD_KINDS.finditer(match):
        if (_UNIT_BEFORE.search(match, max(0, m.start() - 12), m.start())
                or _GENERIC_BEFORE.search(match, max(0, m.start() - 8), m.start())):
            continue
        end = _period_end(match, m.end())
        if end is not None:
            out.append(Titled(m.start(), end, m.group("kind"), m.end(), end))
    return out


# ---------------------------------------------------------------- issued with a subject
# an issuing phrase, its draft words after it, or "dự thảo" alone, at a word start (as
# `word_start_branches`: the search scans for the first letters in C; each phrase in the order it is tried)
_DRAFT = r"\s+(?:(?:bản\s+)?dự\s+thảo\s+)?"
_ISSUING = word_start_branches([p + _DRAFT for p in (
    r"ký\s+ban\s+hành", r"ban\s+hành", r"phê\s+duyệt", r"thông\s+qua", "ký", r"công\s+bố", "trình",
    r"lấy\s+ý\s+kiến(?:\s+góp\s+ý)?(?:\s+(?:về|cho))?")] + [r"dự\s+thảo\s+"], not_after=r"\w", ignorecase=True)
_ISSUED_KINDS = (r"Nghị\s+định|Thông\s+tư\s+liên\s+tịch|Thông\s+tư|Nghị\s+quyết\s+liên\s+tịch"
                 r"|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị")
_ISSUED = lazy_compile(
    _ISSUING + r"(?P<kind>" + _ISSUED_KINDS + r")\s+"
    r"(?P<lead>quy\s+định(?:\s+về)?|hướng\s+dẫn|về(?:\s+việc)?)\s+(?!của(?!\w))" + TITLE_BODY, _F)
# "ban hành thông tư hướng dẫn của các Bộ …": whose guidance, not what it is about: no title


def issued(match: str) -> list[Titled]:
    """A document named by its kind and subject is titled by both, as the document's own
    heading reads ("Nghị định quy định về …", "Nghị quyết về …"): the gold titles such a
    document "quy định về X" (real), "nghị quyết về X" (real24) or "X" (real), all inside it."""
    out = []
    for m in _ISSUED.finditer(match):
        out.append(Titled(m.start("kind"), m.end("title"), m.group("kind"), m.start("kind"), m.end("title")))
    return out


_TC_HINTS = ("đề án", "kế hoạch", "chiến lược", "chương trình hành động")
_ISSUED_HINTS = ("nghị định", "thông tư", "nghị quyết", "quyết định", "chỉ thị")


def hints_in(lower: str) -> list[str]:
    """The strings `find_titles` checks first that occur in `lower` (a same-length lower
    case of the matching text; '"' is its own lower case): a sentence holding none of
    them names no titled document."""
    return [w for w in ('"', "giai đoạn") + _TC_HINTS + _ISSUED_HINTS if w in lower]


def find_titles(text: str, match: str, taken: list[tuple[int, int]],
                org_starts: set[int]) -> list[Titled]:
    """Titled documents in one sentence that overlap nothing in `taken` (which grows)."""
    out = []
    found_all = []
    # cheap substring checks first: most sentences name no document at all
    if '"' in match:
        found_all.append(quoted(match))
    low = match.lower()
    if any(w in low for w in _TC_HINTS):
        found_all.append(title_case(match, org_starts))
    if "giai đoạn" in low:
        found_all.append(periodic(match, org_starts))
    if "Đề án" in match:
        found_all.append(lower_scheme(match, org_starts))
    if any(w in low for w in _ISSUED_HINTS):
        found_all.append(issued(match))
    for found in found_all:
        for t in found:
            if any(t.start < e and s < t.end for s, e in taken):
                continue
            t.title = re.sub(r"\s+", " ", text[t.title_start:t.title_end]).strip(" ,")
            out.append(t)
            taken.append((t.start, t.end))
    return out
