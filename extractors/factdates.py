"""The date of every role, cooperation and figure, by one rule, with its provenance.

A fact is dated by the event its sentence reports: the sentence's own event
date ("Ngày 20/1, …", "Sáng 24/7, …", "… vào ngày 12/3/2024", "tháng 7 vừa
qua"); failing that, the article's publication date (`date_source` "event",
"published", or "none" when the article has no date either).

Many dates in a sentence belong to other facts, and never date this one:

* a cited document's issue or effective date ("Nghị quyết số 20-NQ/TW ngày
  25/10/2017", "ban hành ngày", "có hiệu lực từ ngày");
* a deadline or a plan ("trước ngày 31/12/2024", "đến ngày", "chậm nhất",
  "hoàn thành trong tháng 11/2024", "sẽ … vào ngày", "dự kiến");
* a period ("giai đoạn 2021-2025", "9 tháng đầu năm 2024", "quý I", "từ ngày
  1/7", a bare year "năm 2024");
* a historical reference ("năm 1894", "thành lập ngày 2/9/1945");
* anything later than the article itself (it reports what has happened);
* a date inside reported speech when the fact is the speaker's role ("Giám
  đốc A cho biết: ngày 5/3/2020 …"), or the other way round.

Each date of the sentence gets a role from its own context by the small
matchers below (`classify`); the extractor `dates` (run before this one)
supplies the dates and `legal` the document spans. When several event dates
remain, the nearest one before the fact wins (a date governs what follows it:
"Ngày 2/10 … 30 ca, ngày 3/10 … 45 ca"), else the nearest after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .doc import DateRef, Doc, Sentence
from .lazy import lazy_compile
from .lexicon import word_start_branches

NAME = "factdates"
VERSION = "1"

_F = re.IGNORECASE
EVENT, PUBLISHED, NONE = "event", "published", "none"
_ISO = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$")
_PUBLISHED = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


@dataclass(frozen=True)
class DateUse:
    """One date of a sentence and what it dates: its role and why."""

    date: DateRef
    role: str           # event | issue | deadline | plan | period | since | history | future
    why: str = ""


# ---------------------------------------------------------------- matchers
# Each matcher looks at one date in its sentence and returns a role, or None to
# pass. `before` is the sentence's matching text up to the date, lower-cased.

# a document's number (or "số N") just before the date: its issue date
# (the scans below open with a look-ahead for the letters a match can start with: a position
# without one fails on that one test, before the look-behinds and the alternatives)
# (this one opens on a case-sensitive set, its first character, which the search scans for in C)
_DOC_NUMBER_BEFORE = re.compile(
    r"(?-i:[\dSsſ])(?:(?<=\d)\d*(?:\s*/\s*\d{4})?(?:\s*[/\-]\s*[^\W\d_][\w.]*)+|(?<=s)ố\s+\d+[\w/\-.]*)"
    r"(?:\s+(?:của|do)\s+[^,;:()]{1,70}?)?"
    r"\s*,?\s*\(?\s*(?:(?:được\s+)?(?:ban\s+hành|ký|kí|thông\s+qua|phê\s+duyệt)\s+)?(?:vào\s+)?"
    r"(?:ngày\s*)?$", _F)
_ISSUE_CUE_BEFORE = re.compile(
    r"(?=[btpch])(?:ban\s+hành|thông\s+qua|phê\s+duyệt|có\s+hiệu\s+lực"
    r"(?:\s+thi\s+hành)?(?:\s+(?:kể\s+)?từ)?|hiệu\s+lực\s+từ)\s*(?:vào\s+)?(?:ngày\s*)?$", _F)
_DEADLINE_BEFORE = lazy_compile(
    r"(?=[tchđkpm])(?:(?<!\w)trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?|hạn\s+chót(?:\s+là)?|thời\s+hạn(?:\s+là)?"
    r"|(?<!\w)hạn(?:\s+là)?|(?<!\w)(?:đến|tới)(?:\s+(?:hết|trước))?|(?<!\w)hết|kéo\s+dài\s+(?:đến|tới)"
    r"|phấn\s+đấu(?:\s+(?:đến|tới))?|hướng\s+tới|tầm\s+nhìn(?:\s+(?:đến|tới))?"
    r"|mục\s+tiêu(?:\s+(?:đến|tới))?)\s*(?:ngày|tháng|năm)?\s*$", _F)
# "hoàn thành (việc X) trong tháng 11/2024", "nộp báo cáo về Sở vào ngày 5/12"
_DEADLINE_VERB = re.compile(
    word_start_branches((r"hoàn\s+thành", r"hoàn\s+tất", "xong", r"kết\s+thúc", "nộp", r"gửi(?:\s+\w+){0,6}\s+về"),
                        not_after=r"\w", ignorecase=True)
    + r"[^,;:.]{0,60}?(?:trong|vào|trước|chậm\s+nhất)\s*(?:ngày|tháng|năm)?\s*$", _F)
# the last words a match of the two '$'-ended patterns above can end with, read back before each is
# searched (sre tries it at every position of its window); "ı", which IGNORECASE reads as the "i"
# of "tới" and lower-casing keeps, sends a window to the search whatever it ends with
_ISSUE_CUE_ENDS = ("hành", "qua", "duyệt", "lực", "từ", "vào", "ngày")
_DEADLINE_ENDS = ("trước", "nhất", "là", "vào", "chót", "hạn", "đến", "tới", "hết", "đấu", "nhìn", "tiêu",
                  "ngày", "tháng", "năm")
# and so for _AS_OF_BEFORE and _UNTIL_BEFORE ("tính đến hết ngày") and _PERIOD_BEFORE ("giai đoạn") below
_UNTIL_ENDS = ("đến", "tới", "hết", "ngày", "tháng")
_PERIOD_ENDS = ("đoạn", "kỳ", "khóa", "khoá", "năm", "từ")


def _may_end_in(before: str, words: tuple[str, ...]) -> bool:
    """Whether lower-cased text, trailing spaces dropped, may end in one of `words`."""
    return before.rstrip().endswith(words) or "ı" in before


# a plan in the clause before the date: "sẽ tổ chức vào ngày 20/11", "dự kiến"
_PLAN_BEFORE = re.compile(word_start_branches(("sẽ", r"dự\s+kiến", r"theo\s+kế\s+hoạch", r"lên\s+kế\s+hoạch",
                                              r"chuẩn\s+bị\s+tổ\s+chức", r"sắp\s+(?:tới|diễn\s+ra|tổ\s+chức)"),
                                             not_after=r"\w", ignorecase=True) + r"(?!\w)[^,;:]{0,80}$", _F)
_PLAN_AFTER = re.compile(word_start_branches(("sẽ", r"dự\s+kiến"), not_after=r"\w", ignorecase=True) + r"(?!\w)", _F)
_PLAN_HEAD = re.compile(r"^\W*(?:theo\s+kế\s+hoạch|dự\s+kiến)(?!\w)", _F)
_PERIOD_BEFORE = re.compile(r"(?:giai\s+đoạn|nhiệm\s+kỳ|niên\s+khóa|niên\s+khoá|thời\s+kỳ|"
                            r"trong\s+(?:cả\s+)?năm|cả\s+năm|từ\s+năm|kể\s+từ|các\s+năm)\s*$", _F)
_HISTORY_BEFORE = re.compile(word_start_branches((r"thành\s+lập", r"ra\s+đời", r"truyền\s+thống", r"cách\s+đây",
                                                  r"năm\s+xưa", r"h(?<!\w.)ồi"), not_after=None, ignorecase=True)
                             + r"\s+(?:\w+\s+){0,2}(?:vào\s+)?(?:ngày|tháng|năm)?\s*$", _F)
HISTORY_YEARS = 10   # a date this much older than the article is history unless it opens the sentence
_AS_OF_BEFORE = re.compile(r"(?:tính|lũy\s+kế|luỹ\s+kế)\s+(?:đến|tới)(?:\s+hết)?\s*(?:ngày|tháng)?\s*$", _F)
# "đến hết tháng 9/2024 đã cấp …": a past "đến" with no "từ" before it is where a count stands
_UNTIL_BEFORE = re.compile(r"(?=[đt])(?<!\w)(?:đến|tới)(?:\s+hết)?\s*(?:ngày|tháng)?\s*$", _F)
_FROM = re.compile(r"(?=t)(?<!\w)từ(?!\w)", _F)
_DONE_AFTER = re.compile(r"^[\s,]*(?:đã|toàn\s+(?:tỉnh|thành\s+phố|quốc)|cả\s+nước)(?!\w)", _F)
_SINCE_IN_SPAN = re.compile(r"^\s*(?:kể\s+)?từ\s", _F)
# reported speech: the speaker's role and what is said are two facts
_SPEECH_WORDS = ("cho biết", "cho hay", "nói", "khẳng định", "nhấn mạnh", "thông tin", "báo cáo", "chia sẻ",
                 "phát biểu", "nhận định", "đánh giá", "nhớ lại", "kể lại", "trả lời", "giải thích")
_SPEECH = re.compile(word_start_branches([w.replace(" ", r"\s+") for w in _SPEECH_WORDS], not_after=r"\w",
                                         ignorecase=True) + r"(?!\w)", _F)
_SPEECH_MARK = re.compile(r"[:“\"]")   # or a colon or quote (apart: a set the search scans for in C)
# words that may open a sentence before its event date
_LEAD = re.compile(r"^[\s\"'“(\-–]*(?:(?:và|còn|riêng|đặc\s+biệt|trước\s+đó|sau\s+đó|tiếp\s+đó|"
                   r"cũng\s+trong|trong|vào)\s*,?\s*)?$", _F)
_EVENT_AFTER = re.compile(r"^\s*(?:vừa\s+qua|mới\s+đây|vừa\s+rồi)(?!\w)", _F)


def _as_of(use: "_Context") -> str | None:
    """"Tính đến ngày 30/9/2024, …": the date a count stands at is its event."""
    if _future(use) or not _may_end_in(use.before, _UNTIL_ENDS):
        return None
    if _AS_OF_BEFORE.search(use.before[-30:]):
        return EVENT
    if _UNTIL_BEFORE.search(use.before[-20:]) and not _FROM.search(use.clause) \
            and (use.published or _DONE_AFTER.match(use.after)):
        return EVENT
    return None


def _issue(use: "_Context") -> str | None:
    if use.inside_legal or _DOC_NUMBER_BEFORE.search(use.before[-140:]):
        return "issue"
    if _may_end_in(use.before, _ISSUE_CUE_ENDS) and _ISSUE_CUE_BEFORE.search(use.before[-40:]):
        return "issue"
    return None


def _deadline(use: "_Context") -> str | None:
    if _may_end_in(use.before, _DEADLINE_ENDS) and _DEADLINE_BEFORE.search(use.before[-40:]) \
            or _DEADLINE_VERB.search(use.clause):
        return "deadline"
    return None


def _plan(use: "_Context") -> str | None:
    """A plan in the clause before the date ("dự kiến tổ chức vào …"), in the clause the
    date opens ("Ngày 20/11, bệnh viện sẽ cử …") or at the head of the sentence."""
    after = re.split(r"[,;:.]", use.after.lstrip(" ,"), maxsplit=1)[0]
    if _PLAN_BEFORE.search(use.clause) or _PLAN_AFTER.search(after) \
            or _PLAN_HEAD.match(use.before):
        return "plan"
    return None


def _opening_year(use: "_Context") -> str | None:
    """"Năm 2021, …" opening a sentence of a later article reports that year's event."""
    d, pub = use.date, use.published
    if (d.date_start.isdigit() and d.date_end in ("", d.date_start) and _LEAD.match(use.before)
            and pub and int(pub[:4]) - HISTORY_YEARS <= int(d.date_start) < int(pub[:4])):
        return EVENT
    return None


def _period(use: "_Context") -> str | None:
    d = use.date
    if not _precise(d.date_start):
        return "period"                     # a bare year, "năm 2024", "2021-2025"
    if d.date_end and d.date_end[:7] != d.date_start[:7]:
        return "period"                     # "9 tháng đầu năm", "quý I", "tháng 7-8/2024"
    if _may_end_in(use.before, _PERIOD_ENDS) and _PERIOD_BEFORE.search(use.before[-30:]):
        return "period"
    if _SINCE_IN_SPAN.match(use.span) and d.date_end == d.date_start:
        return "since"                      # "từ ngày 1/7/2024" opens a period
    return None


def _history(use: "_Context") -> str | None:
    if _HISTORY_BEFORE.search(use.before[-50:]):
        return "history"
    pub, start = use.published, use.date.date_start
    if pub and start[:4].isdigit() and int(start[:4]) < int(pub[:4]) - HISTORY_YEARS \
            and not _LEAD.match(use.before):
        return "history"
    return None


def _future(use: "_Context") -> str | None:
    """Later than the article: a plan or a deadline, not what the sentence reports."""
    pub, start = use.published, use.date.date_start
    if not pub or start.startswith("X"):
        return None
    n = min(len(pub), len(start))
    return "future" if start[:n] > pub[:n] else None


MATCHERS: tuple[Callable[["_Context"], str | None], ...] = (
    _issue, _as_of, _deadline, _plan, _opening_year, _period, _history, _future)


# ---------------------------------------------------------------- classification
@dataclass
class _Context:
    date: DateRef
    sentence: Sentence
    before: str          # sentence text before the date, lower-cased
    clause: str          # the clause before the date (from the last , ; :)
    span: str            # the date's own text, lower-cased
    after: str           # the rest of the sentence, lower-cased
    inside_legal: bool
    published: str | None


def _precise(iso: str) -> bool:
    """Day or month precision ("2024-07", "XXXX-07-24"), not a bare year."""
    return len(iso or "") >= 7


def _published(doc: Doc) -> str | None:
    m = _PUBLISHED.match(doc.published or "")
    return m.group(0) if m else None


def legal_spans(doc: Doc) -> dict[int, list[tuple[int, int]]]:
    """Where each sentence's legal documents are written, by sentence index: read once per
    document, so a date asks only its own sentence's (not every legal document of a long one)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for l in doc.legal_documents:
        out.setdefault(l.sentence, []).append((l.start, l.end))
    return out


def classify(doc: Doc, sentence: Sentence, date: DateRef,
             legal: dict[int, list[tuple[int, int]]] | None = None) -> DateUse:
    """What one date of a sentence dates: the sentence's event, or another fact. `legal`:
    `legal_spans(doc)`, when the caller classifies many dates."""
    lower = doc.match[sentence.start:date.start].lower()
    clause = re.split(r"[,;:]\s", lower)[-1]
    spans = (legal_spans(doc) if legal is None else legal).get(sentence.index, ())
    inside = any(a <= date.start < b for a, b in spans)
    ctx = _Context(date, sentence, lower, clause, doc.match[date.start:date.end].lower(),
                   doc.match[date.end:sentence.end].lower(), inside, _published(doc))
    for matcher in MATCHERS:
        role = matcher(ctx)
        if role:
            return DateUse(date, role, matcher.__name__.lstrip("_"))
    return DateUse(date, EVENT, "event")


def _split_by_speech(doc: Doc, a: int, b: int) -> bool:
    """Is there reported speech between offsets a < b (one side speaks, the other is said)?"""
    return bool(_SPEECH_MARK.search(doc.match, a, b) or _SPEECH.search(doc.match, a, b))


def event_date(doc: Doc, start: int, end: int, uses: list[DateUse]) -> DateRef | None:
    """The event date of the fact at [start, end), among its sentence's classified dates."""
    best, best_key = None, None
    for use in uses:
        if use.role != EVENT:
            continue
        d = use.date
        lo, hi = (end, d.start) if d.start >= end else (d.end, start)
        if lo < hi and _split_by_speech(doc, lo, hi):
            continue
        # a date governs what follows it: the nearest one before the fact, else after
        key = (0, start - d.end) if d.end <= start else (1, d.start - end)
        if best_key is None or key < best_key:
            best, best_key = d, key
    return best


def sentence_uses(doc: Doc, only: set[int] | None = None) -> dict[int, list[DateUse]]:
    """Every date of the document (or of the sentences in `only`), classified, by
    sentence index."""
    out: dict[int, list[DateUse]] = {}
    legal = legal_spans(doc)
    for d in doc.dates:
        if only is not None and d.sentence not in only:
            continue
        if 0 <= d.sentence < len(doc.sentences) and _ISO.match(d.date_start or ""):
            out.setdefault(d.sentence, []).append(classify(doc, doc.sentences[d.sentence], d, legal))
    return out


def extract(doc: Doc) -> Doc:
    """Set `date` and `date_source` on every official, cooperation and figure."""
    facts = (*doc.officials, *doc.cooperations, *doc.figures)
    uses = sentence_uses(doc, {f.sentence for f in facts})   # dates beside no fact date nothing
    published = _published(doc)
    fallback = (published[:10], PUBLISHED) if published else (None, NONE)
    for fact in facts:
        found = None
        if 0 <= fact.sentence < len(doc.sentences):
            found = event_date(doc, fact.start, fact.end, uses.get(fact.sentence, []))
        if found is not None:
            fact.date, fact.date_source = found.date_start, EVENT
        else:
            fact.date, fact.date_source = fallback
    return doc
