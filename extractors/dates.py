"""Calendar references resolved to ISO ranges.

Finds full dates ("ngày 18/7/2023", "5-8-2024", "ngày 5 tháng 8 năm 2024"),
day/month dates with a date-like context ("Chiều 24/7", "từ ngày 19-20/8",
"(24/7)"), day ranges ("13 và 14/7/2023", "từ ngày 5/8 đến ngày 9/8/2024"),
months ("tháng 7/2024", "tháng 7-8/2024"), periods ("9 tháng đầu năm 2024",
"quý I/2024", "giai đoạn 2024-2030"), ranges whose ends differ in precision
("từ năm 2013 đến tháng 6/2015"), days of one month with "tháng" ("ngày 9 và 10
tháng 8"), product-label months ("hạn dùng 3.2020") and bare years ("năm 2024",
optional in the gold, so emitted with a low confidence). Ages and counts are not
dates whatever cue stands before them ("độ tuổi từ 8-12", "(1-12 trường hợp …)").

A missing year comes from the publication date (with a month-crossing rule:
a month more than two months after the publication month is last year's),
else the context stage's `year_hint`, else the text itself (the latest
explicit date or "6 tháng đầu năm 2024"-style period that does not look ahead
(a deadline, a rule taking effect), then the latest "năm YYYY", then a year span or a
lone year); when none is known it is written "XXXX". After the text's latest year, a
yearless date half a year earlier in the calendar is in the next year ("20/12/2015 …
ngày 9/1" → 2016).

Matching runs on `doc.match` inside `doc.sentences` only; offsets are shared
with `doc.text`.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from .doc import DateRef, Doc, provenance
from .intervals import Disjoint
from .lexicon import late_word_start, word_start_branches
from .tokens import occurrences
from .lazy import lazy_compile

NAME = "dates"
VERSION = "26"

_F = re.IGNORECASE

# ---------------------------------------------------------------- building blocks
D = r"(?:0?[1-9]|[12]\d|3[01])"
M = r"(?:0?[1-9]|1[0-2])"
Y = r"(?:19\d\d|20\d\d)"
# not glued to a number, code or word on the left, except a day word a web page glued to it
# ("Trước đó, ngày3/2/2021, …": an inline tag dropped between them)
_L = r"(?:(?<![\w/.\-])(?<!\d,)|(?<=ngày))"
_R = r"(?![\w/]|[.,\-]\d)"              # nor on the right
# "Chiều muộn 10/5", "tối muộn 13/3", "đêm muộn ngày 5/2": a late hour of the day (baomoi + fresh
# VietNews health, 37,700 articles: 34 such before a d/m, all dates; the 16 with no "ngày" were lost)
_TOD = r"(?:rạng\s+sáng|sáng\s+sớm|(?:sáng|trưa|chiều|tối|đêm)\s+muộn|sáng|chiều\s+tối|chiều|tối|trưa|đêm|khuya)"
# words kept inside the span before a date: "từ ngày", "Sáng", "Chiều nay", "hôm", "mùng"
# (the lookahead: the first letters of the words below and of a day's digits, everything a
# date can open with, tested once per position before the case-folded words are tried)
_PRE = (r"(?=[ktrscđnhm0-9])(?P<pre>(?<!\w)(?:(?:kể\s+)?từ\s+)?"
        r"(?:" + _TOD + r"(?:\s+(?:nay|qua|mai|hôm\s+nay))?\s*,?\s+)?"
        r"(?:(?:ngày|hôm|mùng|mồng)\s+|ngày(?=\d))?)")
# what joins two dates or days: a span ("-", "đến") or a list ("và", ","); "ngày 22 hoặc 23/3",
# "ngày 26/10 hoặc 27/10": one of two days (VietNews train: 66 "D hoặc D/M", 25 read, every
# one after a day word a date; "1/3 hoặc 2/3" has none)
_JOINERS = r"-|–|đến|tới|và|hoặc|,|&"
_JOINER_RE = re.compile(_JOINERS, _F)
_SPAN_JOINERS = ("-", "–", "đến", "tới")   # the rest list dates
_CONN = r"\s*(?:" + _JOINERS + r")\s*(?:(?:ngày|hết\s+ngày)\s+)?"
# "tối 6 và sáng 7/6", "từ ngày 10 đến sáng 11/2": a time of day may open the second day
# (VietNews: 133 such "D và|đến TOD D/M", 20 read, every one a span of days; real28 has one)
_DAYCONN = r"\s*(?:" + _JOINERS + r")\s*(?:" + _TOD + r"\s+)?(?:ngày\s+)?"

# "ngày 5/8 đến ngày 9/8/2024", "28/12/2024 - 3/1/2025", "30/9 và 1/10"
_RANGE_X = lazy_compile(
    _PRE + _L + r"(?P<d1>" + D + r")(?P<s1>[/.\-])(?P<m1>" + M + r")(?:(?P=s1)(?P<y1>" + Y + r"))?"
    + r"(?P<conn>" + _CONN + r")"
    + r"(?P<d2>" + D + r")(?P<s2>[/.\-])(?P<m2>" + M + r")(?:(?P=s2)(?P<y2>" + Y + r"))?" + _R, _F)
# "13 và 14/7/2023", "19-20/8", "từ 17 đến 18/10/2024", "5, 6 và 7/8"; not the month of "từ tháng
# 5 đến ngày 29/7/2019" (was read as the days 5 … 29 of July)
_RANGE_SAME = lazy_compile(
    _PRE + _L + r"(?<!tháng )(?P<days>" + D + r"(?:" + _DAYCONN + D + r")+)"
    + r"(?P<s>[/.\-])(?P<m>" + M + r")(?:(?P=s)(?P<y>" + Y + r"))?" + _R, _F)
# "18/7/2023", "18-7-2023", "18.7.2023"
_DMY = re.compile(
    _PRE + _L + r"(?P<d>" + D + r")(?P<s>[/.\-])(?P<m>" + M + r")(?P=s)(?P<y>" + Y + r")" + _R, _F)
# "ngày 5/8 năm 2024"
_DM_NAM = lazy_compile(
    _PRE + _L + r"(?P<d>" + D + r")(?P<s>[/\-])(?P<m>" + M + r")\s+năm\s+(?P<y>" + Y + r")" + _R, _F)
# "24/7", "ngày 5-8", "Sáng 12.8" (needs a date-like context)
_DM = re.compile(_PRE + _L + r"(?P<d>" + D + r")(?P<s>[/.\-])(?P<m>" + M + r")" + _R, _F)
# "ngày 18 - 5", "Chiều 29 -1", "hai ngày 1 và 2 -9": a day and month the corpus spaces
# around the dash, after a day or time-of-day word (VietNews health articles: 18 such
# spans, every one a date; without that word "5 - 7" is as often a count's range); so too
# around a slash, "Ngày 23/ 5", "Sáng 11/ 5" (baomoi: 10 after a day or time word, all dates;
# the 9 without one are stock tables' "84 / 25,53%" and a clock)
_DM_SPACED = lazy_compile(
    r"(?P<pre>(?<!\w)(?:(?:kể\s+)?từ\s+)?(?:" + _TOD + r"(?:\s+(?:nay|qua))?\s*,?\s+(?:ngày\s+)?|"
    r"(?:ngày|hôm|mùng|mồng)\s+))(?P<days>" + D + r"(?:\s*(?:và|,|&)\s*" + D + r")*)"
    r"(?P<s>\s+[-–/]\s*|\s*[-–/]\s+)(?P<m>" + M + r")(?![\w/]|\s*[-–/.,]\s*\d)", _F)
# "từ 1 - 4 - 2018", "sinh ngày 23 - 2-1934": a full date spaced around its dashes (VietNews:
# 17 such in 105,000 articles, every one a date; not "tháng 10 - 12-2017", a span of months)
_SP_DASH = r"(?:\s+[-–]\s*|\s*[-–]\s+)"   # a dash with a space beside it
# "ngày 4/ 4/2017", "11/11/ 2015", "Ngày 25 / 12 / 2006": a full date with a space beside a slash
# (baomoi: 11 such, every one a date; the year written whole, it is no fraction or score)
_DMY_SLASH_SPACED = lazy_compile(
    _PRE + r"(?<![\w/.\-])(?P<d>" + D + r")\s*/\s*(?P<m>" + M + r")\s*/\s*(?P<y>" + Y + r")" + _R, _F)
# the two range shapes above with a space beside a slash: "từ ngày 5/8 đến ngày 9/ 8/2024",
# "Từ ngày 20 / 7 đến 25 / 7", "từ ngày 11 -13 /5", "( 21/6/1925-21 /6/2017)" (baomoi + fresh
# VietNews health, 37,700 articles: 4 such in print besides the single dates above; each read
# as two dates, one, or none); tried only where a sentence has such a slash (_Scanner.spaced_ranges)
_SP_SLASH = r"\s*/\s*"
_RANGE_X_SPACED = lazy_compile(
    _PRE + _L + r"(?P<d1>" + D + r")(?P<s1>" + _SP_SLASH + r")(?P<m1>" + M + r")(?:" + _SP_SLASH + r"(?P<y1>" + Y + r"))?"
    + r"(?P<conn>" + _CONN + r")"
    + r"(?P<d2>" + D + r")" + _SP_SLASH + r"(?P<m2>" + M + r")(?:" + _SP_SLASH + r"(?P<y2>" + Y + r"))?" + _R, _F)
_RANGE_SAME_SPACED = lazy_compile(
    _PRE + _L + r"(?<!tháng )(?P<days>" + D + r"(?:" + _DAYCONN + D + r")+)"
    + r"(?P<s>" + _SP_SLASH + r")(?P<m>" + M + r")(?:" + _SP_SLASH + r"(?P<y>" + Y + r"))?" + _R, _F)
_SPACE_BY_SLASH = re.compile(r"\s/|/\s")
_DMY_SPACED = lazy_compile(
    _PRE + r"(?<![\w/.\-])(?<!tháng )(?:(?P<d>" + D + r")" + _SP_DASH + r"(?P<m>" + M + r")\s*[-–]\s*"
    r"|(?P<d2>" + D + r")[-–](?P<m2>" + M + r")" + _SP_DASH + r")(?P<y>" + Y + r")" + _R, _F)
# "ngày 5 tháng 8 năm 2024", "12, Tháng 7, 2024", "ngày 5 tháng 8"
_D_THANG = lazy_compile(
    _PRE + r"(?<![\w,])(?<![A-Z]-)(?<![A-Z] -)(?P<d>" + D + r")\s*(?P<comma>,)?\s*tháng\s+(?P<m>" + M + r")(?!\d)"
    r"(?:\s*(?:năm\s+|,\s*|/\s*)(?P<y>" + Y + r"))?" + _R, _F)
# "ngày 9 và 10 tháng 8", "từ 7-9 tháng 1", "các ngày 29-30 tháng 12 năm 2012"
_RANGE_THANG = lazy_compile(
    _PRE + r"(?<![\w,])(?P<days>" + D + r"(?:" + _DAYCONN + D + r")+)\s+tháng\s+(?P<m>" + M + r")(?!\d)"
    r"(?:\s*(?:năm\s+|,\s*|/\s*|-\s*)(?P<y>" + Y + r"))?" + _R, _F)
# "tháng", "từ tháng", "(từ) đầu|cuối|giữa tháng" at a word start, opening on a case-sensitive set
# of the letters they start with (all IGNORECASE folds of [tđcg]) with the word start tested after
# it, so the search skips to them in C; "pre" is set when a word opens before "tháng"
_FROM_PART_THANG = (r"(?-i:[TtĐđCcGg])(?<!\w.)(?P<pre>(?<=[Tt])ừ\s+(?:(?:đầu|cuối|giữa)\s+)?t"
                    r"|(?<=[Đđ])ầu\s+t|(?<=[Cc])uối\s+t|(?<=[Gg])iữa\s+t)?háng")
# "tháng 7-8/2024", "từ tháng 5 đến tháng 7/2024", "từ tháng 3/2023 đến tháng 6/2024"
# "từ cuối tháng 4 đến giữa tháng 5": a part of a month at either end is still that month
# (real29 lists one as months 4 … 5; VietNews: 37 "từ đầu|cuối|giữa tháng M đến … tháng M")
_MONTH_RANGE = lazy_compile(
    _FROM_PART_THANG + r"\s+(?P<m1>" + M + r")(?:\s*(?:/|-|\.|năm\s+)\s*(?P<y1>" + Y + r"))?"
    r"(?P<conn>\s*(?:-|–|đến|tới|và)\s*(?:(?:hết|cuối|đầu|giữa)\s+)?)(?:tháng\s+)?(?P<m2>" + M + r")(?!\d)"
    r"(?:\s*(?:/|-|\.|năm\s+)\s*(?P<y2>" + Y + r"))?" + _R, _F)
# "tháng" or "từ tháng" at a word start, opening on a case-sensitive [Tt] with the word start tested
# after it (the search skips to it in C); "tu" is set when "từ" opens the match
_FROM_THANG = r"(?-i:[Tt])(?<!\w.)(?P<tu>ừ\s+(?-i:[Tt]))?háng"
# "tháng 7, 8, 9", "các tháng 2, 3, 4, 5-2019": months listed in a row are one span, like
# "13 và 14/7/2023" (real28 lists "tháng 7, 8, 9" as months 7 … 9); months out of order
# ("tháng 1, 8 người dân", "tháng 5,8 triệu đồng") are no list
_MONTH_LIST = re.compile(
    _FROM_THANG + r"\s+(?P<ms>" + M + r"(?:\s*,\s*" + M + r")+(?:\s*(?:,|và)\s*" + M + r")?)(?!\d)"
    r"(?:\s*(?:/|-|\.|năm\s+)\s*(?P<y>" + Y + r"))?" + _R, _F)
# "tháng 7/2024", "tháng 7 năm 2024", "tháng 07-2024", "tháng 7 năm nay", "tháng 7"
_MONTH = re.compile(
    _FROM_THANG + r"\s+(?P<m>" + M + r")(?!\d)"
    r"(?:\s*(?:/|-|\.|năm\s+)\s*(?P<y>" + Y + r")|\s+năm\s+(?P<rel>nay|ngoái|trước|qua)(?!\w))?"
    + _R, _F)
# "9 tháng đầu năm 2024", "6 tháng cuối năm", "9 tháng năm 2024", "nửa đầu năm 2024"
_PERIOD = re.compile(
    r"(?=[\dn])(?<![\w,.])(?:(?P<n>\d{1,2})\s+tháng\s+(?P<pos>đầu|cuối)?\s*|nửa\s+(?P<half>đầu|cuối)\s+)"
    r"năm(?:\s+(?P<y>" + Y + r")|\s+(?P<nay>nay))?" + _R, _F)
# "nửa" folding case, its first letter a set the search skips to in C
_HALF = re.compile(r"[Nn](?i:ửa)")
# a bare month that counts or recurs: "3 tháng", "mỗi tháng", "các tháng", "tháng 2 lần" (the words
# before it read on the last five characters left of the spaces before it: none is longer)
_COUNTED_MONTH_BEFORE = re.compile(r"(?:\d|mỗi|hằng|hàng|/|các|những|vài|mấy)$", _F)
_COUNTED_MONTH_AFTER = re.compile(r"\s*(?:\d+\s*)?(?:lần|lượt|đợt|ca|người)\b", _F)
# "quý I/2024", "quý 2 năm 2024", "quý IV"; in an undated article a quarter with no year written
# in its sentence is left out: the studied gold lists every quarter as optional (11, real2-real28)
# and leaves such a one out (real10), so emitting it can only cost a wrong year
_QUARTER = re.compile(
    r"(?=q)(?<!\w)quý\s+(?P<q>IV|III|II|I|[1-4])(?![\w])(?:\s*(?:/|-|năm\s+)\s*(?P<y>" + Y + r"))?" + _R,
    _F)
# "giai đoạn 2024-2030", "nhiệm kỳ 2020 - 2025", "từ năm 2020 đến năm 2024", "2021-2025"
_YEAR_RANGE = re.compile(
    r"(?=[tgnck12])(?P<pre>(?<!\w)(?:(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|niên\s+khóa|niên\s+khoá|"
    r"năm\s+học|chu\s+kỳ|kỳ|khóa|từ\s+năm|từ|các\s+năm|năm)\s+))?"
    r"(?<![\w/.\-])(?P<y1>" + Y + r")\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?P<y2>" + Y + r")" + _R, _F)
# "từ năm 2013 đến tháng 6/2015", "từ tháng 1/2014 đến năm 2017", "từ năm 2013 đến ngày
# 5/8/2016": a range whose ends are written at different precisions (same-precision
# ranges are the patterns above)
_POINT = (r"(?:ngày\s+" + D + r"(?P<{p}s>[/.\-])" + M + r"(?P={p}s)" + Y
          + r"|tháng\s+" + M + r"\s*(?:/|-|\.|năm\s+)\s*" + Y + r"|năm\s+" + Y + r")")
# "từ cuối năm 2011 đến cuối năm 2016", "từ giữa năm 2016 đến tháng 3.2017", "từ cuối tháng 6.2016
# đến khoảng giữa tháng 1.2017": a part of a year or month at either end is still the span's end
# (VietNews and baomoi health articles, 4,773: 6 such, each read as two dates before)
_MIXED_RANGE = lazy_compile(
    r"(?<!\w)(?:kể\s+)?từ\s+(?P<q1>(?:đầu|cuối|giữa)\s+)?(?P<a>" + _POINT.format(p="a") + r")(?![\w/])"
    r"\s*(?:-|–|đến|tới)\s*(?:khoảng\s+)?(?P<q2>(?:hết|cuối|đầu|giữa)\s+)?(?P<b>" + _POINT.format(p="b") + r")"
    + _R, _F)
# "từ ngày 23-3 đến đầu tháng 4", "từ 15/10 đến hết tháng 10/2017": a span from a day to a
# month (VietNews: 35 such, all read, every one a span; real26 has one)
# (its first word one case-sensitive branch per first letter, which the search scans for in C)
_DAY_TO_MONTH = re.compile(
    word_start_branches((r"kể\s+từ", "từ"), not_after=r"\w", ignorecase=True) + r"\s+(?:ngày\s+)?(?P<d>" + D + r")(?P<s>[/\-])(?P<m1>" + M + r")(?![\w/]|[.,\-]\d)"
    r"\s*(?:đến|tới)\s*(?:(?:hết|cuối|đầu|giữa)\s+)?tháng\s+(?P<m2>" + M + r")(?!\d)"
    r"(?:\s*(?:/|-|năm\s+)\s*(?P<y2>" + Y + r"))?" + _R, _F)
# "từ đầu năm 2019 đến ngày 29/7", "từ đầu năm đến hết ngày 15/8": the year so far, one span from
# 1 January (real5's gold; baomoi, 30,000 articles: 8 such, each read as a lone day before). A day
# written with its year ("từ đầu năm đến ngày 14/7/2024") is a full date the gold lists alone
# (heldout, heldout2): the span is read only where the day lacks its year. "từ đầu năm tới 2.5
# triệu lượt", "đến 1.8 lần" count: a counted noun after the number rejects it, and a dotted
# number needs "ngày" before it or an article that writes its days so ("Sáng 30.5").
_YEAR_START_TO_DAY = re.compile(
    r"(?<!\w)(?:[Kk]ể\s+)?[Tt]ừ\s+đầu\s+năm(?:\s+(?P<y>" + Y + r"))?\s*(?:đến|tới)\s*(?:hết\s+)?(?P<day>ngày\s+)?"
    r"(?P<d>" + D + r")(?P<s>[/\-.])(?P<m>" + M + r")(?![\w/]|[.,\-]\d)")
_POINT_PARTS = re.compile(r"(?:ngày\s+(?P<d>\d+)[/.\-](?P<dm>\d+)[/.\-]|tháng\s+(?P<m>\d+)\D+|năm\s+)"
                          r"(?P<y>\d{4})", _F)
# a product label's month: "ngày sản xuất 4.2017", "hạn dùng 3/2020", "HSD: 12-2021"
_LABEL_MONTH = re.compile(
    r"(?=[nsh])(?<!\w)(?:(?:ngày\s+)?sản\s+xuất|hạn\s+(?:sử\s+)?dùng|hết\s+hạn|NSX|HSD)\s*:?\s*"
    r"(?:(?:đến|tới)\s+)?(?:tháng\s+)?(?P<m>" + M + r")[/.\-](?P<y>" + Y + r")" + _R, _F)
# "năm 2024", "tầm nhìn 2045", "tầm nhìn đến năm 2045"
# (opening on a case-sensitive [NnTt], every IGNORECASE fold of [nt], with the word start tested
# after it, so the search skips to those letters in C; "nam" and "vision" hold the words after
# their first letter, "nam" read for its truth only)
_YEAR = re.compile(
    r"(?-i:[NnTt])(?<!\w.)(?:(?<=[Nn])(?P<nam>ăm\s+)|(?<=[Tt])(?P<vision>ầm\s+nhìn\s+(?:đến\s+)?))(?P<y>" + Y + r")"
    r"(?![\w/]|[.,\-]\d|\s*(?:-|–)\s*\d)", _F)
# "ba năm 2014, 2015, 2016", "hai năm 2017 và 2018": a list of years in a row, one span
# like "13 và 14/7/2023" (real22 gold: "2014, 2015,2016" → 2014 … 2016)
_YEAR_LIST = re.compile(
    r"(?<!\w)năm\s+(?P<ys>" + Y + r"(?:\s*(?:,|và)\s*(?:năm\s+)?" + Y + r")+)"
    r"(?![\w/]|[.,\-]\d|\s*(?:-|–)\s*\d)", _F)
_YEAR4_ALL = re.compile(r"\d{4}")
# words of a clause, not of a law's title ("Luật có hiệu lực từ năm 2016", "Luật Dược được
# thông qua vào năm 2016": those years date something)
_CLAUSE_WORD = (r"(?:có|được|đã|đang|sẽ|bị|từ|vào|đến|tới|trong|này|khi|thì|là|cho|với|của|"
                r"hiệu|thông|ban|tại|ở|và|năm)(?![^\W\d_])")
# a law's title right before "năm YYYY" ("Bộ luật Hình sự năm 2015", "Luật Bảo hiểm y tế
# sửa đổi năm 2014"), or its amendment ("… năm 1999, sửa đổi bổ sung năm 2009"); VietNews
# health articles: 29 "Luật|Bộ luật|Hiến pháp … năm YYYY", every one a law's name; a foreign
# act is "đạo luật" ("đạo luật liên bang năm 1978": VietNews, 125 "đạo luật … năm YYYY", read 10,
# all an act's name, one of them dating a 2017 article 1978)
_LAW_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:Luật|Bộ [Ll]uật|[Đđ]ạo [Ll]uật|Hiến pháp)\s+(?:(?!" + _CLAUSE_WORD + r")[^\s.,;:()\"“”]+\s+){0,8}|"
                         r"(?<![^\W\d_])(?:Luật|Bộ [Ll]uật)\s[^.;:()]{0,60}(?:sửa đổi,?\s*)?bổ sung\s+)\Z")
_NAM_BEFORE = re.compile(r"năm\s+\Z", re.IGNORECASE)


def _law_year(text: str, pos: int) -> bool:
    """Is the year at pos a law's ("Bộ luật Hình sự năm 2015", "Bộ luật Hình sự 2015")?"""
    nam = _NAM_BEFORE.search(text, max(0, pos - 8), pos)
    end = nam.start() if nam else pos
    lo = max(0, end - 90)
    # every title _LAW_BEFORE reads holds "uật" or "Hiến pháp" (case-sensitive) inside the window:
    # without either it is not searched (its look-behind lead makes sre try it at every position)
    if text.find("uật", lo, end) < 0 and text.find("Hiến pháp", lo, end) < 0:
        return False
    return _LAW_BEFORE.search(text, lo, end) is not None


# "2024-08-15"
_ISO = re.compile(r"(?<![\w/.\-])(?P<y>" + Y + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                  + _R)

# "Phiên họp thứ 13 (1/2018)", "Bộ trưởng Ngoại giao (8/2014)": a month and year alone in
# brackets; not a map scale ("quy hoạch phân khu (1/2000)", "tỷ lệ 1/2000")
_BRACKET_MONTH = re.compile(r"(?<=\()\s*(?P<m>" + M + r")\s*[/\-]\s*(?P<y>" + Y + r")\s*(?=\))")
_SCALE_BEFORE = re.compile(r"(?:quy\s+hoạch|tỷ\s+lệ|tỉ\s+lệ|bản\s+đồ)", _F)

_DAY_TH = re.compile(r"\d\s*,?\s*tháng\s+\d", _F)   # a day, "tháng", a month

# The core of each pattern whose cue is common: the pattern without its optional
# leading words and look-arounds, loosened (any separator, 1-2 digit numbers), so it
# matches wherever the pattern does. These start with a digit, which the engine
# skips to in C, where the patterns would be tried at every position.
_CORE = {
    _DMY: re.compile(r"\d[/.\-]\d{1,2}[/.\-](?:19|20)\d\d"),
    _DM_NAM: re.compile(r"\d[/\-]\d{1,2}\s+năm\s+(?:19|20)\d\d", _F),
    _ISO: re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d"),
    _RANGE_X: re.compile(r"\d[/.\-]\d{1,2}(?:[/.\-](?:19|20)\d\d)?" + _CONN + r"\d{1,2}[/.\-]\d", _F),
    _RANGE_SAME: re.compile(r"\d" + _DAYCONN + r"\d{1,2}[/.\-]\d", _F),
    _YEAR_RANGE: re.compile(r"(?:19|20)\d\d\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?:19|20)\d\d", _F),
    _YEAR_LIST: re.compile(r"(?:19|20)\d\d\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d", _F),
    # (its words one case-sensitive branch per first letter, which the search scans for in C)
    _LABEL_MONTH: re.compile(word_start_branches(("xuất", "dùng", "hạn", "NSX", "HSD"), not_after=None,
                                                 ignorecase=True)
                             + r"\s*:?\s*(?:(?:đến|tới)\s+)?(?:tháng\s+)?\d{1,2}[/.\-](?:19|20)\d\d", _F),
    _MIXED_RANGE: re.compile(r"(?:19|20)\d\d\s*(?:-|–|đến|tới)\s*(?:khoảng\s+)?(?:(?:hết|cuối|đầu|giữa)\s+)?"
                             r"(?:ngày|tháng|năm)\s", _F),
    # a month of one or two digits that ends the number: "1.000" and "2.500" are no d/m
    _DM: re.compile(r"\d[/.\-]\d\d?(?!\w)"),
    _D_THANG: _DAY_TH,
    _RANGE_THANG: _DAY_TH,
}


# the month and year every _LABEL_MONTH match ends with, looked for before its core (whose
# label words, folding case, are tried at every position)
_LABEL_YEAR = re.compile(r"[/.\-](?:19|20)\d\d")


def _finditer(pattern: re.Pattern[str], text: str):
    """pattern.finditer(text), skipped when the pattern's core is not in the text."""
    core = _CORE.get(pattern)
    return pattern.finditer(text) if core is None or core.search(text) else iter(())


# a d/m's separator: "/", "." or "-" with a digit on each side
_DM_SEP = re.compile(r"[/.\-](?<=\d.)(?=\d)")
# matched on the reversed text: the run before a separator of what a _DM match holds there
# (digits, spaces, commas, the letters of _PRE's words, its escapes and group name left out)
_RUN_BACK = re.compile(r"[\d\s," + "".join(sorted({c for c in re.sub(r"\\[a-zA-Z]|\?P<\w+>", "", _PRE)
                                                    if c.isalpha()})) + "]*", _F)


def _dm_finditer(text: str):
    """_DM.finditer(text), the same matches, without running _DM at every position (its
    look-ahead lead makes sre try the whole pattern everywhere: 15M instructions a pass
    over .eval/real). Every match holds one separator S between two digits, and before S
    only its day and the words before a date (_RUN_BACK's characters), so it starts
    inside the run of those characters that ends at S, and ends by S + 3 (a month
    has two digits at most; _R reads two characters after it). _DM is searched there
    only, from the run's start (or the last match's end) to S + 5."""
    cursor = 0
    rev = None
    for sep in _DM_SEP.finditer(text):
        s = sep.start()
        if s < cursor:
            continue
        if rev is None:
            rev = text[::-1]
        back = len(text) - s   # text[s - 1] is rev[back]
        lo = s - (_RUN_BACK.match(rev, back).end() - back)
        m = _DM.search(text, max(lo, cursor), s + 5)
        if m is not None and m.start() < s:
            yield m
            cursor = m.end()


# context before a yearless d/m that makes it a date
_TRIGGER_BEFORE = re.compile(
    r"(?:(?:^|[^\w])(?:vào|đến|tới|trước|sau|hết|đầu|cuối|giữa|dịp|lễ|nghỉ|(?P<rel>hôm\s+(?:nay|qua|kia)|ngày\s+mai)|hôm|nay|qua|lúc|hạn|"
    r"(?P<tuc>tức)|"
    r"tính\s+đến|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày)\s*,?\s*|\(\s*)$", _F)
# a holiday dates what follows whatever noun comes next ("ngày lễ 30/4-1/5 người dân đi du lịch")
_STRONG_CUE = re.compile(r"hôm|thứ|chủ|ngày|lễ|dịp|\(", _F)
# a day re-stated after "tức" (that is): "sáng mai, tức 10/1", "mùng 1 Tết (tức 5/2)", "Hôm ấy
# (tức 28.5)" (VietNews + baomoi health, 5,122 articles: 10 "tức D/M", the 7 with a day and
# month all dates, all lost; "tức 20-30 cây", "tức 2 - 3,6 triệu" count)
# a named day dates what follows it: "Ngày Quốc tế Thiếu nhi 1-6", "Ngày Thầy thuốc Việt Nam
# 27/2", "Quốc khánh 2-9" (real28 requires one, real6 lists one; VietNews: 78 "Ngày Name D-M",
# 20 read, every one the holiday's date)
_NAMED_DAY_BEFORE = re.compile(
    r"(?:(?<!\w)[Nn]gày\s+(?:[A-ZĐ]|[ÀÁẢÃẠĂÂÉÈÊÍÌÓÒÔƠÚÙƯÝ])[^\W\d_]*(?:\s+[^\W\d_]+){0,5}"
    r"|(?<!\w)[Qq]uốc\s+khánh)\s*\(?\s*$")
# after an upward d-m with a weak cue: a word that places it in time
_DASH_DATE_AFTER = re.compile(r"\s+(?:tới|này|năm\s+(?:nay|ngoái|tới|sau))(?!\w)", _F)
# "từ 24 đến 26-3": days joined by a word, then one month (VietNews: 197 "từ D đến D-M", 30
# read, all spans of days; none has a counted noun after it; real37 lists one)
_WORD_SPAN = re.compile(r"\s(?:đến|tới)\s", _F)
# after a d/m: the year it is in, relative to the article's ("30/6 năm nay", "9/1 năm ngoái")
_REL_YEAR_AFTER = re.compile(r"\s+năm\s+(?P<rel>nay|ngoái|sau)(?!\w)", _F)
# a measure's decimal, not a dotted day: "Độ pH đạt từ 6.5", "Chỉ số BMI từ 1.8 trở lên", "gấp rưỡi,
# tức 1.5", "động đất mạnh 6.5 độ richter, đến 5.4 độ"
# Only words that name a measure: not "cấp" (grant), "điểm" (site), "lãi suất", "chế độ", "thì"
# ("được cấp giấy phép từ 1.7", "20 điểm tiêm từ 1.6", "Chế độ mới áp dụng từ 1.7", "Từ 1.7 thì …")
_MEASURE_BEFORE = re.compile(r"(?<![^\W\d_])(?:pH|BMI|chỉ\s+số|nồng\s+độ|(?<!chế\s)(?<!mức\s)(?<!thái\s)(?<!trình\s)độ|"
                             r"ngưỡng|hệ\s+số|richter|gấp|t[ỷỉ]\s+lệ)(?![^\W\d_])", _F)
_MEASURE_AFTER = re.compile(r"\s*(?:độ|điểm|trở\s+(?:lên|xuống)|richter|mmol|lần)(?![^\W\d_])", _F)
# "tức 1/2" halves something unless a day is named near it ("mùng 2 Tết (tức 1/2)")
_COMMON_FRACTIONS = {(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)}
_DAY_WORD_NEAR = re.compile(r"(?<![^\W\d_])(?:ngày|hôm|mùng|mồng|tết|" + _TOD + r"|âm\s+lịch)(?![^\W\d_])", _F)
_SOLAR_AFTER = re.compile(r"\s*\)?\s*(?:dương\s+lịch|DL)(?![^\W\d_])", _F)
# a rule in force from a day: the day, whatever word follows (VietNews + baomoi, 10,122 articles: 36
# "hiệu lực (thi hành) từ D/M", 34 read already, the 2 lost before "lần đầu", "của Bộ …")
_IN_FORCE_BEFORE = re.compile(r"(?<![^\W\d_])hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s*$", _F)
_SPAN_TO_DM = re.compile(r"\s*(?:đến|tới|[-–])\s*(?P<d2>\d{1,2})[/.\-](?P<m2>\d{1,2})(?!\d)", _F)
# between a month and the next one of a list, a clause on the first allowed ("tháng 10 có 76 ca, tháng 11",
# "tháng 11 có 119 ca và tháng 12")
_MONTH_GAP = re.compile(r"\s*(?:,|;|và)\s*|[^.;:()\n]{0,40}?(?:,\s*(?:và\s+)?|\s+và\s+)", _F)
_LIST_GAP = re.compile(r"\s*(?:,|;|và|hoặc|&)\s*", _F)   # between dates of a list
_FRACTION_AFTER = re.compile(r"\s*(?:lên|xuống|trên|dưới|của|tổng|so)\b", _F)
_LUNAR = re.compile(r"\s*\(?\s*(?:âm\s+lịch|AL\b)", _F)
_SENTENCE_START = re.compile(r"^[\s\"'“‘(\-]*$")
# a yearless d/m or d-m followed by one of these is a count or fraction, not a date
_NOUN_AFTER = lazy_compile(
    r"\s*(?:%|(?:người|ca|bệnh|số|lần(?!\s+(?:này|ấy|đó)(?!\w))|giờ|phút|ngày|tuần|tháng|năm|trường|đơn|xã|huyện|tỉnh|"
    r"cơ|trạm|trung|bác|điều|học|hộ|gia|em|cháu|mẫu|lượt|kỹ|chỉ|tiêu|điểm|khoa|phòng|"
    r"giường|sinh|thành|bộ|tổ|đội|nhóm|cán|nhân|thai|sản|trẻ|cặp|bé|vụ|con|liều|mũi|viên|"
    r"triệu|tỷ|tỉ|nghìn|ngàn|đồng|kg|km|m|cm|mm|ml|mg|lít|sao|câu|mục|loại|dự|hạng|lớp|"
    r"tuổi|lọ|chai|hộp|gói|túi|bao|thùng|cốc|ly|bát|suất|phần|công\s+ty|doanh\s+nghiệp)\b)", _F)
# after a proper fraction, an amount or an area it is a part of: "(1/5 dân số)", "1/2 diện tích";
# "lượng" and "sân" only after a small one ("tới 1/4 lượng dầu khí", "từ 1/3 sân nhà"): after a
# day they start the clause ("Từ 1/7 lượng thuốc tăng", "từ 1/6 sân bóng mở cửa")
_AMOUNT_AFTER = re.compile(r"\s*(?:(?P<small>lượng|sân(?!\s+bay))|diện\s+tích|quãng|dân\s+số)(?![^\W\d_])", _F)
# a yearless month in a clause that says "every year", "usually", "by its cycle" names a
# season, no month of a calendar: "bệnh thường xuất hiện từ tháng 4 đến tháng 10", "theo chu
# kỳ hàng năm, dịch tăng từ tháng 8 - 9", "kỳ thi vào tháng 5 và tháng 11 hằng năm" (fresh
# VietNews + baomoi health sample, 3,057 articles: 17 such, all seasons or routines; "mùa",
# "cao điểm" as cues too cost a blind set a date)
_HABIT = re.compile(r"(?<!\w)(?:(?:hàng|hằng|mỗi)\s+năm|chu\s+kỳ|thường\s+niên)(?!\w)", _F)
# "thường" (usually) just before the month: "bệnh thường xuất hiện vào tháng 2-6", not "mắt
# thường", "bình thường", "họp thường kỳ", "thường xuyên", "bồi thường"
_USUALLY_BEFORE = re.compile(r"(?<!\w)(?<!mắt\s)(?<!bình\s)(?<!bất\s)(?<!bồi\s)(?<!khác\s)(?<!phi\s)(?<!tầm\s)"
                             r"thường(?!\s+(?:xuyên|trực|vụ|kỳ|trú|dân))(?!\w)", _F)
_THIS_ONE_AFTER = re.compile(r"\s*(?:này|vừa\s+qua|qua|tới|năm\s+(?:nay|ngoái|trước|sau))(?!\w)", _F)
# (the scanner reads one sentence: a full stop inside it is an abbreviation's, "TP.HCM")
_CLAUSE_EDGE = re.compile(r"[;!?\n]|(?<!\w)(?:nhưng|song)(?!\w)", _F)
# an age range ("độ tuổi từ 8-12", "(1-7 tuổi)"): never a date, whatever cue comes before it
_AGE_BEFORE = re.compile(r"(?<!\w)tuổi(?:\s+[^\W\d_]+)?\s+(?:từ\s+)?$")   # not "Tuổi Trẻ"
# an age, or a length of time in minutes or hours ("(3-4 tiếng/lần)", "mỗi ngày 3-5 phút"):
# a d-m before these counts, whatever cue comes before it (VietNews + baomoi health sample of
# 3,057 articles: 2 such dates output, both counts)
_NOT_DATE_AFTER = re.compile(r"\s*(?:tuổi|phút|tiếng)\b", _F)
# a dose after a d-m or d.m: "uống thuốc 5 ngày 2-3 lần", "ngày 2.3 viên" count times or pills a
# day, whatever day word comes before (VietNews + baomoi health sample of 1,600 articles: 0 dates
# written so; a date never has a dose right after it)
_DOSE_AFTER = re.compile(r"\s*(?:lần|viên|liều|mũi|gói|ống|giọt|thìa|muỗng|cữ|bữa|ml|mg|lít)(?![^\W\d_])", _F)
# a week names the span of days after it ("trong tuần từ 3-9.7", "cuối tuần 26-28/1", "tuần
# 17 - 21/10"): VietNews train, 11 "tuần (từ) D-D/M", every one a date, 3 were lost; real21 lost
# a baomoi "D-D.M" one, the dot needing a strong cue
_WEEK_BEFORE = re.compile(r"(?<!\w)tuần(?:\s+lễ)?(?:\s+(?:qua|này|trước|tới|sau|rồi))?\s*,?\s*\(?\s*$", _F)
# Cues a sentence must hold before a scanner runs: every pattern of the scanner
# needs its cue to match at all, and most patterns start with optional words, so
# the engine would otherwise try them at every position of every sentence. They
# are found once per document; a sentence with none is never sliced or scanned.
DAY_MONTH, YEAR, MONTH_WORD, YEAR_WORD, QUARTER_WORD, VISION_WORD = 1, 2, 4, 8, 16, 32
# The digit cues: a digit before "/", "." or "-" and a digit (d/m, d-m, d.m, and y-m of ISO dates),
# 3 characters; "19" or "20" before two digits (a year as Y spells it), 4; a digit before a dash
# or slash with a space on one side or both and a digit ("ngày 18 - 5", "ngày 23/ 5"), 1.
SPACED = 64
# two d/m separators or more (a range of two d/m has two): set with DAY_MONTH by a second one
TWO_DAY_MONTHS = 128
# the first two found by scans that each open on one literal (re skips to it in C at a few
# instructions a character; "\d" or a set costs tens): (pattern, width, cue, how far before the
# match its cue starts). The d/m scans open on the separator; "19" and "20" cannot overlap (a match
# ends in 9 or 0, none starts with either), and marks are ORed, so the order of hits is free.
_CUE_SCANS = tuple((re.compile(re.escape(sep) + r"(?<=\d.)(?=\d)"), 3, DAY_MONTH, 1) for sep in "/.-") + \
    tuple((re.compile(lead + r"(?=\d\d)"), 4, YEAR, 0) for lead in ("19", "20"))
# the third (a digit, then a dash or slash with a space on one side or both, then a digit) from
# its separator: the separator and the spaces and digit after it; the digit it follows is read
# back in Python
_SPACED_SEPARATORS = tuple(re.compile(dash + r"(?=(\s*)\d)") for dash in "-–/")
# literal words the patterns need, found in the lower-cased text; none has a letter
# that IGNORECASE matches beyond its lower-case form (checked over all of Unicode)
_CUE_WORDS = (("tháng", MONTH_WORD), ("năm", YEAR_WORD), ("quý", QUARTER_WORD),
              ("nhìn", VISION_WORD))


def sentence_cues(doc: Doc) -> list[int]:
    """Per sentence of `doc`, the cues (bit flags above) it holds; once per document."""
    return doc.derived("dates.cues", _sentence_cues)


def _sentence_cues(doc: Doc) -> list[int]:
    sentences = doc.sentences
    cues = [0] * len(sentences)
    starts = [s.start for s in sentences]

    def mark(pos: int, width: int, cue: int) -> None:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos + width <= sentences[i].end:
            cues[i] |= TWO_DAY_MONTHS if cue == DAY_MONTH and cues[i] & DAY_MONTH else cue

    text = doc.match
    _digit_cues(text, mark)
    # textnorm's same-length lower case, else (İ, or no textnorm) lower-case here
    low = doc.lower if len(doc.lower) == len(text) and doc.lower is not text else text.lower()
    if len(low) == len(text):   # offsets hold (no "İ"): one pass over the document
        for word, cue in _CUE_WORDS:
            for pos in occurrences(low, word):
                mark(pos, len(word), cue)
    else:
        for i, s in enumerate(sentences):
            cues[i] |= text_cues(text[s.start:s.end], words_only=True)
    return cues


def _digit_cues(text: str, mark) -> None:
    """Call mark(position, width, cue) for each digit cue in `text` (the scans above)."""
    for pattern, width, cue, before in _CUE_SCANS:
        for m in pattern.finditer(text):
            mark(m.start() - before, width, cue)
    for pattern in _SPACED_SEPARATORS:   # each SPACED cue from the one separator it needs
        for m in pattern.finditer(text):
            pos = m.start()
            while pos > 0 and text[pos - 1].isspace():
                pos -= 1
            if pos > 0 and text[pos - 1].isdecimal() and (pos < m.start() or m.group(1)):
                mark(pos - 1, 1, SPACED)


def text_cues(text: str, words_only: bool = False) -> int:
    """The cues of one piece of text (a sentence)."""
    low = text.lower()
    cues = sum(cue for word, cue in _CUE_WORDS if word in low)
    if not words_only:
        found = []
        _digit_cues(text, lambda _pos, _width, cue: found.append(cue))
        for cue in found:
            cues |= cue
        if found.count(DAY_MONTH) > 1:
            cues |= TWO_DAY_MONTHS
    return cues


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# confidences
C_FULL, C_INFERRED, C_UNKNOWN_YEAR, C_MONTH, C_BARE_MONTH = 0.95, 0.85, 0.7, 0.9, 0.6
C_PERIOD, C_YEAR_RANGE, C_BARE_RANGE, C_YEAR = 0.8, 0.9, 0.7, 0.4


# ---------------------------------------------------------------- year context
@dataclass
class YearContext:
    """Where a missing year comes from."""

    year: int | None = None       # reference year
    month: int | None = None      # publication month (month-crossing rule), if known
    source: str = "none"          # published | hint | text | none
    # from the text: the latest month written with `year`, and where `year` is first written
    anchor_month: int | None = None
    anchor_pos: int | None = None

    def year_for(self, month: int | None, pos: int | None = None) -> int | None:
        """The year of a yearless date in `month` (at offset `pos` of the document)."""
        if self.year is None:
            return None
        if self.month and month and month > self.month + 2:
            return self.year - 1   # "28/12" in a January article is last December
        if (pos is not None and month and self.anchor_month and self.anchor_pos is not None
                and pos > self.anchor_pos and month < self.anchor_month - 5):
            # "ngày 20/12/2015 … Ngày 9/1, Sở quyết định": after the text's latest
            # year, a date half a year earlier in the calendar is in the next year
            return self.year + 1
        return self.year


_PUB = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?")
# explicit dates and periods that say which year the article is about
# (the first character, a digit, "t" or "q", is a case-sensitive set the search skips to in C; each
# branch checks it behind and goes on from the second: _D_REST is the rest of a day D opened by it)
_D_REST = r"(?:(?<=0)[1-9]|(?<=[1-9])|(?<=[12])\d|(?<=3)[01])"
_STRONG_YEAR = re.compile(
    r"(?-i:[\dTtQq])(?:(?<![\w/.\-].)" + _D_REST + r"[/.\-](?P<ma>" + M + r")[/.\-](?P<a>" + Y + r")(?![\w/])"
    r"|(?<=[Tt])háng\s+(?P<mb>" + M + r")\s*(?:/|-|\.|năm\s+)\s*(?P<b>" + Y + r")(?![\w/])"
    r"|(?<=\d)\d?\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+(?P<c>" + Y + r")"
    r"|(?<=[Qq])uý\s+(?:IV|III|II|I|[1-4])\s*(?:/|-|năm\s+)\s*(?P<d>" + Y + r"))", _F)
# a year written alone, not a birth year ("SN 1990") nor part of a number, code or span
_LONE_YEAR = re.compile(r"(?=[12])(?<![\w/.,\-])(?<!SN )(?<!sinh )(?<!sinh năm )(?<!SN năm )(?P<y>" + Y + r")(?![\w/]|[.,]\d|\s*[-–]\s*\d)")
# (the word start tested after a case-sensitive [Nn]: the search skips to it in C)
_WEAK_YEAR = re.compile(r"(?-i:[Nn])(?<!\w.)ăm\s+(?P<y>" + Y + r")(?![\w/]|\s*(?:-|–)\s*\d)", _F)
# a date right after a document number is its issue date, not the article's time
# (its first character one set the search scans for in C, each branch testing it behind)
_AFTER_DOC = re.compile(r"[\dA-ZĐs](?:(?<=[A-ZĐ])\w*/[A-ZĐ][\w\-]*|(?<=s)ố\s+\d+|(?<=\d)\d*/\d{4}|(?<=[A-ZĐ])[A-ZĐ]+\d*)"
                        r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s*$")
# "(sinh năm 1985)": a birth year dates a person, never the article's events; not "tuyển sinh
# năm 2019", "Giáng sinh năm 2018", "thí sinh năm 2019": those are the article's (VietNews train:
# 131 "tuyển sinh năm", 22 "giáng sinh năm" of ~1,900 "X sinh năm YYYY")
_BORN = r"(?<!\w)(?<!tuyển\s)(?<!giáng\s)(?<!học\s)(?<!thí\s)(?<!phát\s)(?<!sản\s)(?:sinh|SN)"
_NOT_LOCAL_YEAR = re.compile(r"(?:so\s+với|cùng\s+kỳ|đến|tới|tầm\s+nhìn|từ|trước|sau|hướng\s+tới|"
                             + _BORN + r")\s*$", _F)
# before a date that looks ahead of the article's time: when a rule takes effect, a
# deadline, what is planned ("có hiệu lực từ ngày 1/1/2020", "hạn kiểm định đến 29-3-2019");
# a product's expiry ("hạn sử dụng hết ngày 5/9/2019", "HSD: 1/1/2021"; VietNews: 49 such
# full dates, nearly all labels of goods recalled months or years before them)
_AHEAD_BEFORE = re.compile(word_start_branches((
    r"hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ", r"có\s+giá\s+trị\s+(?:đến|tới)",
    r"h(?<!\w.)ạn(?:\s+[^\W\d_]+){0,2}\s+(?:đến|tới)",
    r"h(?<!\w.)ạn\s+(?:sử\s+dụng|dùng)(?:\s*:|\s+(?:là|hết))?", r"H(?<!\w.)SD(?:\s*:|\s+(?:là|hết))?",
    r"từ\s+nay\s+(?:đến|tới)", r"chậm\s+nhất(?:\s+là)?",
    r"dự\s+kiến(?:\s+(?:vào|từ|đến|tới))?", r"sẽ(?:\s+bắt\s+đầu)?\s+(?:từ|vào)",
    # "Dự kiến công trình sẽ hoàn thành vào tháng 4-2020": a plan, a few words on
    r"s(?<!\w.)ẽ(?:\s+[^\W\d_]+){1,6}\s+(?:vào|từ|đến|tới|trong)"), not_after=None, ignorecase=True)
    # (one case-sensitive branch per first letter: the search scans for them in C, where the
    # alternation was tried at every position of the window; the word starts after that letter)
    + r"\s+(?:(?:hết\s+)?ngày\s+|tháng\s+)?$", _F)
# "kỷ niệm 60 năm y dược cổ truyền (1957 - 2017)": an anniversary is held in the span's last
# year when the span is as long as the years counted (VietNews train: 151 such, 12 read, all
# the article's year; real21 dated a 2017 ceremony 1957 by the founding date it cites)
_ANNIVERSARY = re.compile(r"[Kk]ỷ\s+niệm\s+\"?(?P<n>\d{1,3})\s+năm[^()\n]{0,100}\(\s*(?:\d{1,2}/\d{1,2}/)?"
                          r"(?P<y1>" + Y + r")\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?(?P<y2>" + Y + r")\s*\)")
# "(kể) từ năm 1994 đến nay": the start of a span that runs to the article's time, not
# that time (VietNews health sample: 17 such; real19 dated a 2017 fair 1994 by it)
_SINCE_NOW = re.compile(r"\s*(?:đến|tới)\s+(?:nay|bây\s+giờ|hiện\s+nay|hiện\s+tại)(?!\w)", _F)
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s+$", _F)
# "tăng 20% so với cùng kỳ năm 2018": the same period a year before the article's (VietNews: of
# 192 articles writing it and full dates, the latest full date is a year later in 145, the
# same year in 10)
# "cuối những năm 1990", "thập niên năm 1980": a decade (VietNews: 1,743 "những năm Y0")
_DECADE_BEFORE = re.compile(r"(?<!\w)(?:những|thập\s+niên|thập\s+kỷ)\s+(?:năm\s+)?$", _F)


def _decade(text: str, pos: int) -> bool:
    """Is the year starting at `pos` a decade's ("những năm 1990")?"""
    return text[pos + 3:pos + 4] == "0" and _DECADE_BEFORE.search(text, max(0, pos - 20), pos) is not None
_SAME_PERIOD_BEFORE = re.compile(r"(?<!\w)cùng\s+k[ỳì]\s+$", _F)
_BORN_BEFORE = re.compile(_BORN + r"\s+$", _F)
_FUTURE_BEFORE = re.compile(word_start_branches(("đến", "tới", r"tầm\s+nhìn", "trước", r"hướng\s+tới", r"mục\s+tiêu",
                                                 r"s(?<!\w.)ang"), not_after=None, ignorecase=True) + r"\s*$", _F)
# "tuyên bố sẽ chấm dứt sự lây nhiễm HIV tại Mỹ vào năm 2030", "dự tính nâng lên mức 2,5% trong
# năm 2025": a plan's year, however many words after its "sẽ" (VietNews + baomoi health, 2,136
# articles: 18 such "năm YYYY", all a plan's or a forecast's; two had made the text's year 2030, 2025)
_PLAN_BEFORE = re.compile(word_start_branches(("sẽ", r"dự\s+kiến", r"dự\s+tính", r"phấn\s+đấu"), not_after=r"\w",
                                              ignorecase=True) + r"(?:\s+[^\s.;!?]+){1,10}"
                          r"\s+(?:vào|trong|đến|tới)\s+$", _F)
# a year alone right after a document's kind or "số" is its number ("Công văn 2039 của BHXH")
_DOC_NUMBER_BEFORE = re.compile(r"(?:(?<!\w)số|Công\s+văn|Quyết\s+định|Nghị\s+định|Thông\s+tư|Chỉ\s+thị"
                                r"|Nghị\s+quyết|Công\s+điện|Đề\s+án)\s+$", _F)


def parse_published(published: str | None) -> tuple[int | None, int | None]:
    if not published:
        return None, None
    m = _PUB.match(str(published))
    if not m:
        return None, None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
    return year, month


def text_year(doc: Doc) -> int | None:
    """The year an article is about, read from its own sentences (once per document:
    dates and legal both ask)."""
    return text_anchor(doc)[0]


def text_anchor(doc: Doc) -> tuple[int | None, int | None, int | None]:
    """(text year, the latest month written with it, the offset where it is first
    written); the last two only when the year comes from explicit dates."""
    return doc.derived("dates.text_year", _text_year)[:3]


def _ceiling_month(doc: Doc) -> int | None:
    """The month of the "từ nay đến tháng 3-2019" the text year comes from, if any."""
    return doc.derived("dates.text_year", _text_year)[3]


# "Tết Kỷ Hợi", "Xuân Mậu Tuất": a lunar new year named by its sexagenary name falls in January
# or February of one year (VietNews: 2,237 such; in the 150 articles that also write full dates,
# their latest year is that year in 112 and the year before in 14, autumn or December dates
# written before the holiday). "Mậu Thân" is the 1968 offensive, history, not the article's time.
_CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
_CHI_ALIASES = {"Mẹo": "Mão", "Tị": "Tỵ"}
# (one branch per first letter, so a search scans for them in C, and the word-start test after
# the second letter, which most "t" fail first)
_TET_WORDS = ("Tết", "tết", "Xuân", "xuân")
_TET_YEAR = re.compile(late_word_start(_TET_WORDS, not_after=r"\w") + r"(?:\s+[Nn]guyên\s+[Đđ]án)?\s+(?P<can>" + "|".join(_CAN)
                       + r")\s+(?P<chi>" + "|".join(_CHI + tuple(_CHI_ALIASES)) + r")(?!\w)"
                       r"(?:\s+(?P<y>" + Y + r")(?!\d))?")


def _sexagenary_year(can: str, chi: str) -> int | None:
    """The year 1984-2043 of a can-chi name (Giáp Tý is 1984); None for Mậu Thân."""
    chi = _CHI_ALIASES.get(chi, chi)
    if (can, chi) == ("Mậu", "Thân"):
        return None
    c, z = _CAN.index(can), _CHI.index(chi)
    return next((y for y in range(1984, 2044) if (y - 1984) % 10 == c and (y - 1984) % 12 == z), None)


def tet_year(doc: Doc) -> int | None:
    """The year of the lunar new year the article names ("Tết Kỷ Hợi" -> 2019), if one."""
    return doc.derived("dates.tet_year", _tet_year)


def _tet_finditer(text: str):
    """_TET_YEAR.finditer(text): a match opens with one of _TET_WORDS, so _TET_YEAR is tried
    only where str.find finds one, in text order (the scan stopped at every "t" and "x")."""
    end = 0
    for i in sorted(i for word in _TET_WORDS for i in occurrences(text, word)):
        if i >= end and (m := _TET_YEAR.match(text, i)) is not None:
            yield m
            end = m.end()


def _tet_year(doc: Doc) -> int | None:
    for m in _tet_finditer(doc.match):
        year = _sexagenary_year(m.group("can"), m.group("chi"))
        if year and (not m.group("y") or int(m.group("y")) == year):
            return year
    return None


# "Từ nay đến tháng 3-2019, …": the article is written before the date "from now until"
# reaches (VietNews: of 81 articles writing one and full dates, the latest full date is not
# later in 80; the 11 that also write a later "năm YYYY" name it as a target)
_FROM_NOW = re.compile(r"từ\s+nay\s+(?:đến|tới)\s+(?:(?:hết\s+)?ngày\s+|tháng\s+)?$", _F)


def _text_year(doc: Doc) -> tuple[int | None, int | None, int | None, int | None]:
    strong: list[int] = []
    ceiling: list[tuple[int, int]] = []   # (year, month or 13) the article is written before
    dated: list[tuple[int, int | None, int]] = []   # (year, month, offset) of `strong`
    weak: list[int] = []
    ahead: list[int] = []
    since: list[int] = []
    spans: list[int] = []
    for s, cues in zip(doc.sentences, sentence_cues(doc)):
        if not cues & YEAR:
            continue   # both patterns need a year
        match = doc.match[s.start:s.end]
        # each branch of _STRONG_YEAR needs a d/m, "tháng" or "quý"; _WEAK_YEAR needs "năm"
        for m in (_STRONG_YEAR.finditer(match) if cues & (DAY_MONTH | MONTH_WORD | QUARTER_WORD)
                  else ()):
            before = match[max(0, m.start() - 40):m.start()]
            if _AFTER_DOC.search(before):
                continue
            year = int(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
            # a deadline or a date a rule takes effect looks ahead of the article's time
            month = m.group("ma") or m.group("mb")
            if _AHEAD_BEFORE.search(before):
                ahead.append(year)
                if _FROM_NOW.search(before):
                    ceiling.append((year, int(month) if month else 13))
                continue
            strong.append(year)
            dated.append((year, int(month) if month else None, s.start + m.start()))
        for m in (_ANNIVERSARY.finditer(match) if "niệm" in match else ()):
            if int(m.group("y2")) - int(m.group("y1")) == int(m.group("n")):
                strong.append(int(m.group("y2")))
                dated.append((int(m.group("y2")), None, s.start + m.start("y2")))
        for m in (_WEAK_YEAR.finditer(match) if cues & YEAR_WORD else ()):
            if _FUTURE_BEFORE.search(match[max(0, m.start() - 20):m.start()]) or \
                    _law_year(match, m.start()) or _BORN_BEFORE.search(match, max(0, m.start() - 8), m.start()):
                continue   # a target year, a law's ("Luật Dược năm 2016") or a birth year dates no event
            if _AHEAD_BEFORE.search(match[max(0, m.start() - 50):m.start()]) or \
                    _PLAN_BEFORE.search(match[max(0, m.start() - 90):m.start()]):
                ahead.append(int(m.group("y")))
                continue
            if _SINCE_NOW.match(match, m.end()) and _FROM_BEFORE.search(match, max(0, m.start() - 12), m.start()):
                since.append(int(m.group("y")))   # "từ năm 1994 đến nay": the article is later
                continue
            if _decade(match, m.start("y")):
                continue   # "từ những năm 1970": a decade, long before the article
            if _SAME_PERIOD_BEFORE.search(match, max(0, m.start() - 12), m.start()):
                weak.append(int(m.group("y")) + 1)   # "so với cùng kỳ năm 2018": written in 2019
                continue
            weak.append(int(m.group("y")))
        if not (strong or weak):
            spans.extend(_span_year(match, m) for m in _finditer(_YEAR_RANGE, match))
            spans.extend(int(m.group("y")) for m in _LONE_YEAR.finditer(match)
                         if not (_law_year(match, m.start()) or _decade(match, m.start())
                                 or _FUTURE_BEFORE.search(match, max(0, m.start() - 12), m.start())
                                 or _DOC_NUMBER_BEFORE.search(match, max(0, m.start() - 14), m.start())))
    # the last resort is a year span or a year alone ("kỷ niệm 80 năm thành lập
    # (1937-2017)", "chương trình Đối tác Thái Bình Dương 2018 … năm nay"): a guess costs
    # nothing where the article leaves the year open (XXXX)
    if strong:
        year = max(strong)
        months = [mo for y, mo, _ in dated if y == year and mo]
        return year, max(months, default=None), min(pos for y, _, pos in dated if y == year), None
    cap = min(ceiling, default=None)
    if cap:   # a later "năm YYYY" is a target, not the article's year
        weak = [y for y in weak if y <= cap[0]]
    # a span "from a year to now" is a floor: the article is written in or after that year
    floor = max(since, default=0)
    tet = tet_year(doc)
    if tet:
        weak.append(tet)
    year = (max(*weak, floor) if weak
            else max(min(ahead), floor) if ahead   # written before the nearest deadline it names
            else max(*spans, floor) if spans else floor or None)
    # in the year "từ nay đến tháng 3" reaches, a later month is of the year before
    return year, None, None, (cap[1] if cap and cap[0] == year and cap[1] < 13 else None)


# "năm học mới 2018-2019": a new school year starts in September of its first year, so an
# article about it is written in that year (VietNews health articles: both "năm học mới
# Y1-Y2" are about the coming school year, written in the summer of Y1)
_NEW_SCHOOL_YEAR = re.compile(r"năm\s+học\s+mới\s*,?\s*$", _F)


def _span_year(text: str, m: re.Match) -> int:
    """The year a span of years suggests for the article: its last, or the first of a
    new school year."""
    if _NEW_SCHOOL_YEAR.search(text, max(0, m.start() - 20), m.start("y1")):
        return int(m.group("y1"))
    return int(m.group("y2"))


def year_context(doc: Doc) -> YearContext:
    year, month = parse_published(doc.published)
    if year:
        return YearContext(year, month, "published")
    if doc.year_hint:
        return YearContext(int(doc.year_hint), None, "hint")
    year, month, pos = text_anchor(doc)
    if year:
        # an article about the Tết of `year` is written around it: a yearless December date
        # is the December before (real26: "ngày 28-12" before Tết Kỷ Hợi 2019; VietNews: of
        # the full dates in such articles, 33 in December are of the year before, none of the
        # year itself; November is split, so a month of 9 moves December alone)
        around = 9 if tet_year(doc) == year else _ceiling_month(doc)
        return YearContext(year, around, "text", month, pos)
    return YearContext()


# ---------------------------------------------------------------- helpers
def valid_day(y: int | None, m: int, d: int) -> bool:
    try:
        _dt.date(y if y else 2000, m, d)   # 2000 is a leap year: 29/2 stays possible
        return True
    except ValueError:
        return False


def iso_day(y: int | None, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"XXXX-{m:02d}-{d:02d}"


def iso_month(y: int | None, m: int) -> str:
    return f"{y:04d}-{m:02d}" if y else f"XXXX-{m:02d}"


def _consecutive(y: int | None, m1: int, d1: int, m2: int, d2: int) -> bool:
    base = y or 2001
    try:
        a = _dt.date(base, m1, d1)
        b = _dt.date(base + (1 if m2 < m1 else 0), m2, d2)
    except ValueError:
        return False
    return (b - a).days == 1


@dataclass
class _Cand:
    start: int
    end: int
    date_start: str
    date_end: str
    conf: float
    prio: int = 0


# the day word a yearless "D tháng M" needs before it: "ngày 5 tháng 8", and a time of day, "Sáng
# 29 tháng 5", "Tối 14 tháng 7" (VietNews + baomoi, 10,122 articles: 2 such, both dates, both lost)
_DAY_WORD_END = re.compile(r"(?:ngày|mùng|mồng|hôm|" + _TOD + r"(?:\s+(?:nay|qua|mai))?\s*,?)\s*$", _F)


def _part_of_amount(s: str, end: int, d: int, m: int) -> bool:
    """Is the d/m that ends at `end` a fraction of the amount named after it ("1/4 lượng dầu",
    "1/5 dân số"), not a day?"""
    a = _AMOUNT_AFTER.match(s, end)
    return a is not None and 0 < d < m and (m <= 4 or not a.group("small"))


def _fractions_span(d1: int, m1: int, d2: int, m2: int) -> bool:
    """Is "d1/m1 đến d2/m2" a range of fractions rather than of days? Both ends are proper
    fractions and either both are small or the range runs back in time ("từ 1/8 đến 1/4",
    "từ 1/3 đến 1/2"); "từ 1/6 đến 30/6", "từ 10/5 đến 20/5" are days."""
    if not (0 < d1 < m1 and 0 < d2 < m2):
        return False
    return (m1 <= 4 and m2 <= 4) or (m2, d2) < (m1, d1)


class _Scanner:
    """Finds candidates in one sentence (`match` is the sentence's matching text)."""

    def __init__(self, ctx: YearContext, match: str, offset: int, cues: int | None = None,
                 dot_dates=lambda: False):
        self.ctx = ctx
        self.dot_dates = dot_dates   # does the document write its days "30.5"?
        self.s = match
        self.off = offset
        self.cues = text_cues(match) if cues is None else cues
        self.out: list[_Cand] = []

    # -- context tests
    def _before(self, pos: int) -> str:
        return self.s[max(0, pos - 30):pos]

    def has_trigger(self, m: re.Match, sep: str = "/") -> bool:
        """Does the context make a yearless d/m (or d-m) a date?

        Strong cues (ngày, hôm, Sáng/Chiều…, a weekday, "(") always do, unless
        a lunar-calendar note follows; weak ones (từ, đến, vào, trước, sentence
        start…) only with a slash and when no counted noun or fraction word
        follows ("từ 5-7 ngày", "vào 3/5 bệnh viện", "từ 3/5 lên 4/5")."""
        end = m.end()
        if _LUNAR.match(self.s, end) or _NOT_DATE_AFTER.match(self.s, end):
            return False
        pre = (m.group("pre") or "").strip().lower()
        if pre in ("", "từ") and _AGE_BEFORE.search(self.s, max(0, m.start() - 25), m.start()):
            return False
        if sep == "." and self._counted(m, end):
            return False   # "ngày 1.5 lít"
        if sep != "/" and _DOSE_AFTER.match(self.s, end):
            return False   # "ngày 2-3 lần"
        if pre and pre not in ("từ", "kể từ"):
            return True
        before = self._before(m.start())
        if pre and sep == "/" and _IN_FORCE_BEFORE.search(before):
            return True   # "có hiệu lực từ 1/9 lần đầu tiên …", "hiệu lực từ 4/11 của Bộ Quốc phòng"
        tm = _TRIGGER_BEFORE.search(before)
        if tm and tm.group("tuc"):
            return self._restated(m, sep)
        if tm and _STRONG_CUE.search(tm.group(0)):
            # "(1-12 trường hợp / 100.000 ca)": a bracket alone does not date a count, nor
            # "hôm nay 2-3 bệnh nhân" a relative day ("hôm nay 28-1 tại bệnh viện" does)
            return not ((tm.group(0).strip() == "(" or tm.group("rel"))
                        and self._counted(m, end))
        if _NAMED_DAY_BEFORE.search(self.s, max(0, m.start() - 50), m.start()):
            return not self._counted(m, end)
        after = self.s[end:end + 1]
        weak = bool(pre) or bool(tm) or (bool(_SENTENCE_START.match(self.s[:m.start()]))
                                         and after in (",", ":"))
        if not weak:
            return False
        if sep == ".":
            # "Từ 1.6, viện phí được điều chỉnh", "từ nay đến 5.6": a d.m after a cue word in an
            # article that writes its days so ("Sáng 30.5", "ngày 13.6"); elsewhere "từ 5.5 đến
            # dưới 15 độ" is a decimal
            return bool(pre or tm) and not (_FRACTION_AFTER.match(self.s, end)
                                            or _NUMBER_SPAN_AFTER.match(self.s, end)
                                            or self._measured(m.start(), end)) and self.dot_dates()
        if sep == "-" and after not in (",", ")") and not self._dash_date(m):
            return False   # "từ 5-7 ngày", "từ 2-3"
        if sep == "/" and _REL_YEAR_AFTER.match(self.s, end):
            return True    # "đến 30/6 năm nay": "năm" names the year, it counts nothing
        if _FRACTION_AFTER.match(self.s, end) or _NOUN_AFTER.match(self.s, end):
            return False
        g = m.groupdict()
        if g.get("d1") and g.get("m2"):   # a whole "d/m đến d/m"
            return not (_AMOUNT_AFTER.match(self.s, end) and _fractions_span(
                int(g["d1"]), int(g["m1"]), int(g["d2"]), int(g["m2"])))
        if not (g.get("d") and g.get("m")):
            return True
        if self._part(m, end):
            return False
        # "từ 1/8 đến 1/4 lượng kem", "từ 1/3 đến 1/2 số trận": a range of fractions of an amount
        span = _SPAN_TO_DM.match(self.s, end)
        return not (span and _fractions_span(int(g["d"]), int(g["m"]), int(span.group("d2")),
                                             int(span.group("m2")))
                    and (_NOUN_AFTER.match(self.s, span.end()) or _AMOUNT_AFTER.match(self.s, span.end())))

    def _counted(self, m: re.Match, end: int) -> bool:
        """Does the d/m `m` count: a counted noun after it ("1.5 lít") or an amount it is a part of?"""
        return _NOUN_AFTER.match(self.s, end) is not None or self._part(m, end)

    def _part(self, m: re.Match, end: int) -> bool:
        """Is the single d/m `m` a fraction of the amount named after it? See _part_of_amount."""
        g = m.groupdict()
        return bool(g.get("d") and g.get("m")) and _part_of_amount(self.s, end, int(g["d"]), int(g["m"]))

    def _measured(self, start: int, end: int, reach: int = 30) -> bool:
        """Is the d.m at start..end a measure's decimal: a measure word shortly before it ("Độ
        pH đạt từ 6.5", "Chỉ số BMI từ 1.8") or a unit after it ("6.5 độ", "1.8 trở lên")?"""
        return (_MEASURE_AFTER.match(self.s, end) is not None
                or _MEASURE_BEFORE.search(self.s, max(0, start - reach), start) is not None)

    def _restated(self, m: re.Match, sep: str) -> bool:
        """A d/m after "tức" restates a day ("mùng 1 Tết (tức 5/2)") unless it counts, measures
        or is a common fraction with no day word near it ("giảm một nửa, tức 1/2")."""
        end = m.end()
        if _FRACTION_AFTER.match(self.s, end) or self._counted(m, end):
            return False
        day_near = (_DAY_WORD_NEAR.search(self.s, max(0, m.start() - 40), m.start()) is not None
                    or _SOLAR_AFTER.match(self.s, end) is not None)
        if sep == ".":   # "Hôm ấy (tức 28.5)", "tức 7.7 dương lịch"; not "gấp rưỡi, tức 1.5"
            return not self._measured(m.start(), end, 40) and (day_near or self.dot_dates())
        groups = m.groupdict()
        if groups.get("d") and groups.get("m") and \
                (int(groups["d"]), int(groups["m"])) in _COMMON_FRACTIONS:
            return day_near
        return True

    def _dash_date(self, m: re.Match) -> bool:
        """A d-m after a weak cue that counts down ("trước 20-7.", "từ 18-11": a range of
        counts runs upwards, "từ 2-3 người") or that a word places in time ("từ 1-4 tới",
        "vào 7-3 này"). Not an upward pair that ends the clause ("từ 1-4.") nor one before
        "vừa qua": each cost a blind set a date."""
        if _DASH_DATE_AFTER.match(self.s, m.end()):
            return True
        groups = m.groupdict()
        if groups.get("days") and _WORD_SPAN.search(groups["days"]):
            return True   # "từ 24 đến 26-3": a span of days, then their month
        return bool(groups.get("d") and groups.get("m")) and int(groups["d"]) > int(groups["m"])

    def local_year(self, pos: int) -> int | None:
        """A year set earlier in the sentence ("Năm 2025, ... quý I ...") for a
        yearless month, quarter or period; comparisons ("so với năm 2023") and
        targets ("đến năm 2030") do not count."""
        year = None
        for m in _WEAK_YEAR.finditer(self.s, 0, pos):
            if not _NOT_LOCAL_YEAR.search(self.s[max(0, m.start() - 20):m.start()]) and \
                    not _law_year(self.s, m.start()):
                year = int(m.group("y"))
        return year

    def add(self, start: int, end: int, ds: str, de: str, conf: float, prio: int = 0) -> None:
        self.out.append(_Cand(start + self.off, end + self.off, ds, de, conf, prio))

    # -- scanners
    def full_dates(self) -> None:
        if not self.cues & YEAR:
            return   # each pattern below spells its year "19dd" or "20dd": a YEAR cue
        for m in _finditer(_DMY, self.s):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if valid_day(y, mo, d) and not _LUNAR.match(self.s, m.end()):
                iso = iso_day(y, mo, d)
                self.add(m.start(), m.end(), iso, iso, C_FULL, 3)
        for m in _finditer(_DM_NAM, self.s):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if valid_day(y, mo, d):
                iso = iso_day(y, mo, d)
                self.add(m.start(), m.end(), iso, iso, C_FULL, 3)
        for m in _finditer(_ISO, self.s):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if valid_day(y, mo, d):
                iso = iso_day(y, mo, d)
                self.add(m.start(), m.end(), iso, iso, C_FULL, 3)

    def day_month(self) -> None:
        for m in _dm_finditer(self.s):
            sep = m.group("s")
            mo, d = int(m.group("m")), int(m.group("d"))
            if not (self.has_trigger(m, sep) or self._chained(m)):
                continue
            y = self.relative_year(m.end()) or self.ctx.year_for(mo, self.off + m.start())
            if not valid_day(y, mo, d):
                continue
            iso = iso_day(y, mo, d)
            self.add(m.start(), m.end(), iso, iso, C_INFERRED if y else C_UNKNOWN_YEAR, 2)

    def _chained(self, m: re.Match) -> bool:
        """A d/m that continues a list of dates ("vào các ngày 2/10, 3/10 và 8/10", "ngày
        28-6, 11-7 và 13-7"): the date before it, found already, is its cue (VietNews
        train: 16 lists of three after a day word, all dates; the third was lost)."""
        if _NOT_DATE_AFTER.match(self.s, m.end()) or self._counted(m, m.end()):
            return False
        start = m.start() + self.off
        return any(len(c.date_end) == 10 and c.end <= start
                   and _LIST_GAP.fullmatch(self.s, c.end - self.off, m.start())
                   for c in self.out)

    def relative_year(self, end: int) -> int | None:
        """The year "năm nay", "năm ngoái" or "năm sau" right after a day/month gives it,
        counted from a known publication year only: a year read from the text is a guess of
        the article's time, and one off it as often as not (VietNews: 3 of 4 went wrong)."""
        rel = _REL_YEAR_AFTER.match(self.s, end)
        if not rel or self.ctx.year is None or self.ctx.source not in ("published", "hint"):
            return None
        return self.ctx.year + {"nay": 0, "ngoái": -1, "sau": 1}[rel.group("rel").lower()]

    def spaced_full_dates(self) -> None:
        for m in _spaced_slash_dates(self.s):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if valid_day(y, mo, d):
                self.add(m.start(), m.end(), iso_day(y, mo, d), iso_day(y, mo, d), C_FULL, 3)
        for m in _DMY_SPACED.finditer(self.s):
            y, mo, d = int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
            if valid_day(y, mo, d):
                iso = iso_day(y, mo, d)
                self.add(m.start(), m.end(), iso, iso, C_FULL, 3)

    def spaced_ranges(self) -> None:
        """The ranges of _RANGE_X_SPACED and _RANGE_SAME_SPACED, read as their unspaced forms
        are; only matches with a space beside a slash (the rest are the unspaced patterns')."""
        if not _has_spaced_slash(self.s):
            return
        self.ranges_x([m for m in _RANGE_X_SPACED.finditer(self.s) if _SPACE_BY_SLASH.search(m.group(0))])
        self.ranges([m for m in _RANGE_SAME_SPACED.finditer(self.s) if _SPACE_BY_SLASH.search(m.group(0))])

    def spaced_day_month(self) -> None:
        self.spaced_full_dates()
        self.spaced_ranges()
        for m in _DM_SPACED.finditer(self.s):
            end = m.end()
            if _NOUN_AFTER.match(self.s, end) or _LUNAR.match(self.s, end) or _NOT_DATE_AFTER.match(self.s, end):
                continue   # "mỗi ngày 2 - 3 lần"
            days = [int(x) for x in re.findall(r"\d+", m.group("days"))]
            if len(days) > 1:
                self.day_list(m, None)
                continue
            mo, d = int(m.group("m")), days[0]
            y = self.ctx.year_for(mo, self.off + m.start())
            if valid_day(y, mo, d):
                iso = iso_day(y, mo, d)
                self.add(m.start(), end, iso, iso, C_INFERRED if y else C_UNKNOWN_YEAR, 2)

    def day_thang(self) -> None:
        if _DAY_TH.search(self.s) is None:
            return   # the core of both patterns (_CORE), searched once for the two
        for m in _RANGE_THANG.finditer(self.s):
            y = int(m.group("y")) if m.group("y") else None
            pre = (m.group("pre") or "").strip()
            if _LUNAR.match(self.s, m.end()) or not (y or pre):
                continue
            if y or pre.lower() not in ("từ", "kể từ") or not _NOUN_AFTER.match(self.s, m.end()):
                self.day_list(m, y)   # not "từ 5-7 tháng 2 lần"
        for m in _D_THANG.finditer(self.s):
            mo, d = int(m.group("m")), int(m.group("d"))
            pre = (m.group("pre") or "").lower()
            y = int(m.group("y")) if m.group("y") else None
            if m.group("comma") and not y:
                continue
            if not y and not _DAY_WORD_END.search(pre):
                continue
            conf = C_FULL
            end = m.end()
            if not y:
                # "ngày 20 tháng 11 năm ngoái": the day stays in the span, whose year the
                # relative word gives as for a d/m (else "tháng 11 năm ngoái" outgrew it)
                rel = _REL_YEAR_AFTER.match(self.s, end)
                end = rel.end() if rel else end
                y = self.relative_year(m.end()) or self.ctx.year_for(mo, self.off + m.start())
                conf = C_INFERRED if y else C_UNKNOWN_YEAR
            if valid_day(y, mo, d):
                iso = iso_day(y, mo, d)
                self.add(m.start(), end, iso, iso, conf, 3)

    def ranges(self, matches: Iterable[re.Match] | None = None) -> None:
        for m in _finditer(_RANGE_SAME, self.s) if matches is None else matches:
            y = int(m.group("y")) if m.group("y") else None
            if y or self.has_trigger(m, m.group("s").strip()) or self._week_span(m):
                self.day_list(m, y)

    def _week_span(self, m: re.Match) -> bool:
        """A span of days right after "tuần" (a week), unless a counted noun follows."""
        return (_WEEK_BEFORE.search(self.s, max(0, m.start() - 25), m.start()) is not None
                and m.group("days").lstrip("0123456789 ").startswith(("-", "–", "đến", "tới"))
                and not (_NOUN_AFTER.match(self.s, m.end()) or _NOT_DATE_AFTER.match(self.s, m.end())))

    def day_list(self, m: re.Match, y: int | None) -> None:
        """Days of one month: a span ("19-20/8", "từ 7-9 tháng 1") or several dates."""
        days = [int(x) for x in re.findall(r"\d+", m.group("days"))]
        mo = int(m.group("m"))
        conf = C_FULL
        if not y:
            y = self.ctx.year_for(mo, self.off + m.start())
            conf = C_INFERRED if y else C_UNKNOWN_YEAR
        if not all(valid_day(y, mo, d) for d in days):
            return
        conns = _JOINER_RE.findall(m.group("days"))
        spans = sum(c.lower() in _SPAN_JOINERS for c in conns)
        if spans > 1 or any(b <= a for a, b in zip(days, days[1:])):
            return   # "từ ngày 9-3 đến 10-5", "ngày 14-8, ngày 21-8": dates, not days of one month
        is_span = spans > 0
        steps = all(b == a + 1 for a, b in zip(days, days[1:]))
        if is_span and days[-1] > days[0] or steps:
            self.add(m.start(), m.end(), iso_day(y, mo, days[0]), iso_day(y, mo, days[-1]),
                     conf, 4)
        else:   # "ngày 5 và 12/8": separate dates; each span covers its own day
            for dm in re.finditer(r"\d+", m.group("days")):
                d = int(dm.group())
                iso = iso_day(y, mo, d)
                st = m.start("days") + dm.start()
                if dm.start() == 0:
                    st = m.start()
                en = m.end() if dm.end() == len(m.group("days")) else m.start("days") + dm.end()
                self.add(st, en, iso, iso, conf, 4)

    def ranges_x(self, matches: Iterable[re.Match] | None = None) -> None:
        if matches is None:   # (its two d/m each hold a d/m separator)
            matches = _finditer(_RANGE_X, self.s) if self.cues & TWO_DAY_MONTHS else ()
        for m in matches:
            d1, m1, d2, m2 = (int(m.group(k)) for k in ("d1", "m1", "d2", "m2"))
            y1 = int(m.group("y1")) if m.group("y1") else None
            y2 = int(m.group("y2")) if m.group("y2") else None
            conn = m.group("conn").strip().lower()
            if not (y1 or y2) and not self.has_trigger(m, m.group("s1").strip()):
                continue
            conf = C_FULL if y2 or y1 else None
            y1, y2, inferred = self.range_years(y1, y2, m1, m2, m.start())
            if inferred:
                conf = C_INFERRED if y1 else C_UNKNOWN_YEAR
            if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
                continue
            a, b = iso_day(y1, m1, d1), iso_day(y2, m2, d2)
            joined = conn.startswith(_SPAN_JOINERS) or (
                conn.startswith(("và", "hoặc", ",", "&")) and _consecutive(y1, m1, d1, m2, d2))
            if joined:
                self.add(m.start(), m.end(), a, b, conf, 4)
            else:
                self.add(m.start(), m.end("m1") if not m.group("y1") else m.end("y1"), a, a, conf, 4)
                self.add(m.start("d2"), m.end(), b, b, conf, 4)

    def range_years(self, y1: int | None, y2: int | None, m1: int, m2: int, pos: int
                    ) -> tuple[int | None, int | None, bool]:
        """Years of both ends of a range when one or none is written; a range whose
        second month is earlier crosses a new year. True when both came from context."""
        if y2 and not y1:
            return (y2 - 1 if m1 > m2 else y2), y2, False
        if y1 and not y2:
            return y1, (y1 + 1 if m2 < m1 else y1), False
        if y1:
            return y1, y2, False
        y1 = self.ctx.year_for(m1, self.off + pos)
        return y1, ((y1 + 1 if m2 < m1 else y1) if y1 else None), True

    def day_to_month(self) -> None:
        """"từ ngày 23-3 đến đầu tháng 4": from a day to the end of a month."""
        for m in _DAY_TO_MONTH.finditer(self.s):
            d, m1, m2 = int(m.group("d")), int(m.group("m1")), int(m.group("m2"))
            y2 = int(m.group("y2")) if m.group("y2") else None
            if m2 < m1 and not y2:
                continue   # a year change nothing tells us about
            y1, y2, inferred = self.range_years(None, y2, m1, m2, m.start())
            if not valid_day(y1, m1, d):
                continue
            conf = (C_INFERRED if y1 else C_UNKNOWN_YEAR) if inferred else C_FULL
            self.add(m.start(), m.end(), iso_day(y1, m1, d), iso_month(y2, m2), conf, 4)

    def year_start_to_day(self) -> None:
        """"từ đầu năm 2019 đến ngày 29/7": 1 January to the day, in the day's year."""
        for m in _YEAR_START_TO_DAY.finditer(self.s):
            if self._counts(m):
                continue
            d, mo = int(m.group("d")), int(m.group("m"))
            y = int(m.group("y")) if m.group("y") else self.ctx.year_for(mo, self.off + m.start())
            if not valid_day(y, mo, d):
                continue
            conf = C_FULL if m.group("y") else (C_INFERRED if y else C_UNKNOWN_YEAR)
            self.add(m.start(), m.end(), iso_day(y, 1, 1), iso_day(y, mo, d), conf, 4)

    def _counts(self, m: re.Match) -> bool:
        """Is the d/m after "từ đầu năm đến" a count ("2.5 triệu lượt", "1.8 lần", "3/4 số xã")
        or a dotted decimal with no day word in an article that never dots its days? After
        "ngày", and after a slashed day that is no proper fraction, a noun starts the clause
        ("đến ngày 15/8 Bệnh viện …", "đến 20/7 tỉnh Đồng Nai …"), so nothing counts there."""
        if m.group("day"):
            return False
        end = m.end()
        if m.group("s") != ".":
            d, mo = int(m.group("d")), int(m.group("m"))
            return 0 < d < mo and self._counted(m, end)
        if _MEASURE_AFTER.match(self.s, end) or self._counted(m, end):
            return True
        return not self.dot_dates()

    def _habitual(self, start: int, end: int) -> bool:
        """Does the clause around a yearless month say it recurs ("hàng năm", "chu kỳ"), or
        "thường" come just before it? Not when the month is this one ("tháng 9 này")."""
        if _THIS_ONE_AFTER.match(self.s, end):
            return False
        lo = max((e.end() for e in _CLAUSE_EDGE.finditer(self.s, 0, start)), default=0)
        hi = _CLAUSE_EDGE.search(self.s, end)
        if _HABIT.search(self.s, lo, hi.start() if hi else len(self.s)):
            return True
        return bool(_USUALLY_BEFORE.search(self.s, max(lo, start - 40), start))

    def months(self) -> None:
        for m in _MONTH_RANGE.finditer(self.s):
            m1, m2 = int(m.group("m1")), int(m.group("m2"))
            y1 = int(m.group("y1")) if m.group("y1") else None
            y2 = int(m.group("y2")) if m.group("y2") else None
            conn = m.group("conn").strip().lower()
            if conn.startswith("và") and m2 != m1 + 1:
                continue
            if not y2 and not y1 and not (m.group("pre") or self._month_trigger(m.start())):
                continue
            if y1 is None and y2 is None and m2 <= m1:
                continue   # "tháng 7-7", or a year change nothing tells us about
            if y1 is None and y2 is None and self._habitual(m.start(), m.end()):
                continue
            y1, y2, inferred = self.range_years(y1, y2, m1, m2, m.start())
            conf = C_BARE_MONTH if inferred else C_MONTH
            if y1 and y2 and (y2, m2) <= (y1, m1):
                continue
            self.add(m.start(), m.end(), iso_month(y1, m1), iso_month(y2, m2), conf, 3)
        self.month_lists()
        for m in _MONTH.finditer(self.s):
            mo = int(m.group("m"))
            if m.group("y"):
                y = int(m.group("y"))
                self.add(m.start(), m.end(), iso_month(y, mo), iso_month(y, mo), C_MONTH, 2)
                continue
            if m.group("rel"):   # "tháng 7 năm nay", "tháng 12 năm ngoái"
                y = self.ctx.year
                if y and m.group("rel").lower() != "nay":
                    y -= 1
                self.add(m.start(), m.end(), iso_month(y, mo), iso_month(y, mo),
                         C_INFERRED if y else C_UNKNOWN_YEAR, 2)
                continue
            if _COUNTED_MONTH_BEFORE.search(self.s[:m.start()].rstrip()[-5:]) or \
                    _COUNTED_MONTH_AFTER.match(self.s, m.end()):
                continue
            cued = m.group("tu") or self._month_trigger(m.start()) or self._month_listed(m.start(), m.end())
            if not cued or self._habitual(m.start(), m.end()):
                continue
            y = self.local_year(m.start()) or self.ctx.year_for(mo, self.off + m.start())
            self.add(m.start(), m.end(), iso_month(y, mo), iso_month(y, mo), C_BARE_MONTH, 1)

    def _month_listed(self, start: int, end: int) -> bool:
        """Does a month found already end right before `start`, across a list's gap ("trong tháng 3
        và tháng 5", "tháng 10-2018 với 76 ca, tháng 11 có 119 ca")? Then it cues this one as the
        month before did; not a lunar month ("tháng 2 và tháng 8 âm lịch"). Baomoi + fresh VietNews
        health, 37,700 articles: 52 with such a list, ~20 months read, all calendar months but a
        season's ("mùa khô giữa tháng 8 và tháng 1") and a lunar one (now skipped)."""
        if _LUNAR.match(self.s, end) or _NOT_DATE_AFTER.match(self.s, end):
            return False   # nor an age or a duration ("tháng 3, và tháng 5 tuổi là nhóm …")
        off = self.off + start
        return any(len(c.date_end) == 7 and c.end <= off
                   and _MONTH_GAP.fullmatch(self.s, c.end - self.off, start) for c in self.out)

    def month_lists(self) -> None:
        for m in _MONTH_LIST.finditer(self.s):
            ms = [int(x) for x in re.findall(r"\d+", m.group("ms"))]
            if any(b != a + 1 for a, b in zip(ms, ms[1:])) or _NOUN_AFTER.match(self.s, m.end()):
                continue
            y = int(m.group("y")) if m.group("y") else None
            if not y and (not (m.group("tu") or self._month_trigger(m.start()))
                          or self._habitual(m.start(), m.end())):
                continue
            if not y:
                y = self.local_year(m.start()) or self.ctx.year_for(ms[0], self.off + m.start())
            self.add(m.start(), m.end(), iso_month(y, ms[0]), iso_month(y, ms[-1]),
                     C_MONTH if m.group("y") else C_BARE_MONTH, 3)

    _MONTH_TRIG = re.compile(
        r"(?:(?:^|[^\w])(?:trong|vào|từ|đến|tới|đầu|cuối|giữa|hết|sang|suốt|cả|trước|sau|dịp|"
        r"hồi|riêng|tính\s+đến|nửa\s+đầu|nửa\s+cuối)\s*|\(\s*|^[\s\"'“(\-]*)$", _F)

    def _month_trigger(self, pos: int) -> bool:
        return bool(self._MONTH_TRIG.search(self.s[max(0, pos - 25):pos]))

    def periods(self) -> None:
        if not self.cues & MONTH_WORD and _HALF.search(self.s) is None:
            return   # every match holds "tháng" or "nửa" (the search tries every position)
        for m in _PERIOD.finditer(self.s):
            if m.group("half"):
                n, pos = 6, m.group("half").lower()
            else:
                n = int(m.group("n"))
                pos = (m.group("pos") or "đầu").lower()
                if not 1 <= n <= 12:
                    continue
                if not m.group("pos") and not m.group("y"):
                    continue   # "3 tháng năm ..." without a year is too vague
            y = int(m.group("y")) if m.group("y") else (self.local_year(m.start()) or self.ctx.year)
            a, b = (1, n) if pos == "đầu" else (13 - n, 12)
            self.add(m.start(), m.end(), iso_month(y, a), iso_month(y, b), C_PERIOD, 3)

    def quarters(self) -> None:
        for m in _QUARTER.finditer(self.s):
            q = _ROMAN[m.group("q").lower()]
            if not (m.group("y") or self.ctx.source in ("published", "hint") or self.local_year(m.start())):
                continue   # "trong quý 1 năm nay" in an undated article: no year in sight (see _QUARTER)
            y = (int(m.group("y")) if m.group("y")
                 else self.local_year(m.start()) or self.ctx.year_for(3 * q - 2, self.off + m.start()))
            self.add(m.start(), m.end(), iso_month(y, 3 * q - 2), iso_month(y, 3 * q),
                     C_PERIOD if m.group("y") else C_BARE_MONTH, 3)

    def years(self) -> None:
        for m in (_finditer(_LABEL_MONTH, self.s) if _LABEL_YEAR.search(self.s) else ()):
            iso = iso_month(int(m.group("y")), int(m.group("m")))
            self.add(m.start(), m.end(), iso, iso, C_MONTH, 2)
        for m in _finditer(_MIXED_RANGE, self.s):
            a, b = _point(m.group("a")), _point(m.group("b"))
            if a is not None and b is not None and a[:len(b)] < b[:len(a)] and (
                    len(a) != len(b) or m.group("q1") or m.group("q2")):
                self.add(m.start(), m.end(), a, b, C_FULL, 4)
        for m in _finditer(_YEAR_RANGE, self.s):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if not 0 < y2 - y1 <= 100:   # "(1937-2017)": an anniversary spans 80 years
                continue
            pre = (m.group("pre") or "").strip().lower()
            conf = C_YEAR_RANGE if pre and pre not in ("từ", "năm") else C_BARE_RANGE
            self.add(m.start(), m.end(), str(y1), str(y2), conf, 2)
        for m in _BRACKET_MONTH.finditer(self.s) if "(" in self.s else ():   # (its look-behind: no prefix to skip to)
            if _SCALE_BEFORE.search(self.s, max(0, m.start() - 40), m.start()):
                continue
            y, mo = int(m.group("y")), int(m.group("m"))
            self.add(m.start("m"), m.end("y"), iso_month(y, mo), iso_month(y, mo), C_MONTH, 2)
        if self.cues & YEAR_WORD:
            self.year_lists()
        for m in (_YEAR.finditer(self.s) if self.cues & (YEAR_WORD | VISION_WORD) else ()):
            y = m.group("y")
            start = m.start() if m.group("nam") else m.start("y")
            if m.group("nam") and _law_year(self.s, start):
                continue   # "Bộ luật Hình sự năm 2015": the year names the law, it dates nothing
            self.add(start, m.end(), y, y, C_YEAR, 0)

    def year_lists(self) -> None:
        """Years listed one after another ("năm 2014, 2015, 2016") are one span."""
        for m in _finditer(_YEAR_LIST, self.s):
            ys = [int(y) for y in _YEAR4_ALL.findall(m.group("ys"))]
            if all(b == a + 1 for a, b in zip(ys, ys[1:])):
                self.add(m.start(), m.end(), str(ys[0]), str(ys[-1]), C_YEAR, 1)

    def run(self) -> list[_Cand]:
        """Every scanner whose cue the sentence holds, in a fixed order."""
        cues = self.cues
        if cues & DAY_MONTH:
            self.ranges()
            self.ranges_x()
            self.full_dates()
            if "đầu năm" in self.s:
                self.year_start_to_day()
        if cues & MONTH_WORD:
            self.day_thang()
        if cues & DAY_MONTH:
            self.day_month()
        if cues & SPACED:
            self.spaced_day_month()
        if cues & YEAR_WORD:
            self.periods()
        if cues & QUARTER_WORD:
            self.quarters()
        if cues & MONTH_WORD:
            if cues & DAY_MONTH:
                self.day_to_month()
            self.months()
        if cues & YEAR:
            self.years()
        return self.out


def _has_spaced_slash(sentence: str) -> bool:
    """Does the sentence hold a slash with a space beside it (what the spaced-slash patterns need)?"""
    return "/ " in sentence or " /" in sentence


def _spaced_slash_dates(sentence: str) -> Iterator[re.Match]:
    """The "d/ m/yyyy" dates of a sentence that has a slash with a space beside it (those
    with none are _DMY's)."""
    if _has_spaced_slash(sentence):
        for m in _DMY_SLASH_SPACED.finditer(sentence):
            if any(c.isspace() for c in sentence[m.start("d"):m.end()]):
                yield m


def _point(text: str) -> str | None:
    """ISO form of one end of a mixed range ("năm 2013", "tháng 6/2015", "ngày 5/8/2016")."""
    m = _POINT_PARTS.match(text)
    if not m:
        return None
    y = int(m.group("y"))
    if m.group("d"):
        d, mo = int(m.group("d")), int(m.group("dm"))
        return iso_day(y, mo, d) if valid_day(y, mo, d) else None
    if m.group("m"):
        return iso_month(y, int(m.group("m")))
    return str(y)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: the longest (then highest priority) wins."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[_Cand] = []
    spans = Disjoint()
    for c in cands:
        if spans.overlaps(c.start, c.end):
            continue
        taken.append(c)
        spans.add(c.start, c.end)
    taken.sort(key=lambda c: c.start)
    return taken


def _one_year_per_day(found: list[_Cand], match: str) -> None:
    """A yearless day or month written twice is one date: "Sáng 9-1" in the lede and
    "Đến sáng 9-1" after "ngày 30-12-2017" take one year, the later mention's (the
    year-crossing rule only reaches mentions after the text's latest year, so the two
    differ by one). Two years for one day were two dates, one of them false."""
    # a day or month with a known year ("XXXX" has none to compare) not written in its mention
    yearless = [c for c in found if len(c.date_start) >= 7 and c.date_start[:4].isdigit()
                and _YEAR4_ALL.search(match, c.start, c.end) is None]
    last = {(c.date_start[4:], c.date_end[4:]): c for c in yearless}
    for c in yearless:
        k = last.get((c.date_start[4:], c.date_end[4:]))
        if k is not None and k is not c and abs(int(k.date_start[:4]) - int(c.date_start[:4])) == 1:
            c.date_start, c.date_end = k.date_start, k.date_end


# a day and month joined by a dot after a time-of-day or day word: "Sáng 30.5", "ngày 13.6"
_DOT_SEP = re.compile(r"\.(?<=\d\.)(?=\d)")
_DOT_DAY_BEFORE = re.compile(r"(?<!\w)(?:ngày|hôm|nay|qua|" + _TOD + r")\s+\d{1,2}$", _F)
_DOT_MONTH_AFTER = re.compile(r"(?:0?[1-9]|1[0-2])(?![\d/]|[.,]\d|\s*(?:%|độ))")
_DOT_MONTH_YEAR = re.compile(r"tháng\s+" + M + r"\." + Y + r"(?!\d)")   # "tháng 8.2017"
# "từ 5.5 đến dưới 15 độ": a d.m whose span ends on a plain number is a decimal's
_NUMBER_SPAN_AFTER = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:(?:dưới|trên|hơn)\s+)?\d+(?![\d/]|[.,\-]\d)", _F)


def _dot_dates(doc: Doc) -> bool:
    """Does the document write a day and month with a dot after a day word ("Chiều 13.6"),
    or a month and year ("tháng 8.2017")?"""
    text = doc.match
    if "tháng" in text and _DOT_MONTH_YEAR.search(text):
        return True
    for m in _DOT_SEP.finditer(text):
        if _DOT_MONTH_AFTER.match(text, m.end()) and \
                _DOT_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return True
    return False


def find_dates(doc: Doc, ctx: YearContext | None = None) -> list[_Cand]:
    ctx = ctx or year_context(doc)
    found: list[_Cand] = []
    dot_dates = partial(doc.derived, "dates.dot_dates", _dot_dates)   # (read on first need, once per document)
    for s, cues in zip(doc.sentences, sentence_cues(doc)):
        if cues:
            scanner = _Scanner(ctx, doc.match[s.start:s.end], s.start, cues, dot_dates)
            found.extend(_select(scanner.run()))
    if ctx.source == "text":
        _one_year_per_day(found, doc.match)
    return found


def date_spans(doc: Doc) -> list[_Cand]:
    """The dates `extract` finds, found once a document (figures asks whether a date
    opens after "N ngày": "5 ngày 2/3" dates, "5 ngày 2-3 lần" counts)."""
    return doc.derived("dates.found", find_dates)


def extract(doc: Doc) -> Doc:
    for c in date_spans(doc):
        text = doc.text[c.start:c.end]
        doc.dates.append(DateRef(text=text, date_start=c.date_start, date_end=c.date_end,
                                 **provenance(doc, c.start, c.end, NAME, VERSION, c.conf)))
    return doc
