"""Steering committees: "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Quảng Nam",
"Ban chỉ đạo quốc gia phòng chống dịch Covid - 19", "Ban Chỉ đạo Trung ương về phòng,
chống tham nhũng", "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo Tây Nam Bộ".

Their names are written mostly in lower case and run long, so the general walker
cannot tell where they end. Here a name is the head, then the parts such names
are made of, each optional but in this order: a level ("quốc gia", "Trung ương",
"liên ngành", a number), "về", an action ("phòng, chống", "chống", "khắc phục"),
its object (a disease, "thiên tai", "tham nhũng", "buôn lậu, gian lận thương
mại"…) and a place. A committee must say what it directs (an action and its
object, a number or a region); "Ban chỉ đạo thi" (an exam board) and "Ban Chỉ đạo"
alone name nothing specific.
"""
from __future__ import annotations

import re

from ..doc import Doc
from .place_phrase import place_phrase
from .span import OrgSpan
from ..lazy import lazy_compile

# African swine fever: "(bệnh) dịch tả lợn/heo châu Phi", "ASF", "DTLCP" (2019-20 press: ~40 committee mentions
# in 7,418 fresh VietNews/baomoi articles, none read before)
_ASF = r"(?:(?:bệnh\s+)?dịch\s+tả\s+(?:lợn|heo)\s+châu\s+phi|asf|dtlcp)"
_DISEASE = (r"(?:" + _ASF + r"|covid\s*-\s*19|covid-19|covid|sars\s*-\s*cov\s*-\s*2|ncov|sốt xuất huyết|tay chân miệng|sởi|"
            r"cúm(?:\s+a)?(?:\s*/?\s*h\d+n\d+)?|cúm gia cầm|ebola|mers(?:\s*-\s*cov)?|zika|bạch hầu|dại|"
            r"viêm đường hô hấp cấp(?: do [\w\s-]{3,20}?)?|bệnh (?:truyền nhiễm|dại|sởi))")
_OBJECT = (r"(?:" + _ASF + r"|(?:(?:đại\s+)?dịch\s+bệnh|(?:đại\s+)?dịch)(?:\s+bệnh)?"
           r"(?:\s+" + _DISEASE + r"(?:\s+(?:ở|trên)\s+người)?|\s+động\s+vật)?|" + _DISEASE + r"|thiên tai(?: và tìm kiếm cứu nạn)?|"
           r"tham nhũng(?:,? tiêu cực)?|buôn lậu(?:,\s*gian lận thương mại(?:\s*(?:,|và)\s*hàng giả)?)?|"
           r"tội phạm(?: ma túy)?|ma túy|mại dâm|hiv\s*/\s*aids|aids(?:,? ma túy,? mại dâm)?|tệ nạn xã hội|"
           r"hậu quả bom mìn(?: sau chiến tranh)?|an toàn thực phẩm|vệ sinh an toàn thực phẩm|v?sattp|"
           r"hiến máu(?: tình nguyện)?)")   # "vận động hiến máu tình nguyện": ~20 times in VietNews and baomoi
_ACTION = (r"(?:phòng\s*,?\s*chống|phòng\s+và\s+chống|chống|khắc phục|ứng phó(?: với)?|đấu tranh phòng,? chống|"
           r"vận động)")
_LEVEL = r"(?:quốc gia|trung ương|tw|t\.?ư|liên ngành|\d{2,4}(?:\s*/\s*cp)?)"
_REGION = r"(?:tây nam bộ|tây bắc|tây nguyên|nam bộ)"
_STEERING = lazy_compile(
    r"(?P<head>ban\s+chỉ\s+đạo)"
    r"(?P<level>(?:\s+" + _LEVEL + r"){0,2})"
    r"(?P<what>(?:\s+về)?\s+" + _ACTION + r"\s+" + _OBJECT + r"|(?P<remit>\s+về\s+" + _OBJECT + r")|\s+" + _REGION + r")?"
    r"(?P<level2>\s+" + _LEVEL + r")?"
    r"(?![^\W\d_])")


# VietNews: "Ban chỉ đạo … các cấp" (15 hits, all articles) is always the committees of every level
_ALL_LEVELS = re.compile(r"\s+các\s+cấp(?![^\W\d_])")


def steering_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The steering committee named at pos ("Ban Chỉ đạo …"), if it says what it directs."""
    m = _STEERING.match(doc.lower, pos, limit)
    if not m or not (m.group("what") or re.search(r"\d", m.group("level") or "")
                     or _bare_level(doc, m, limit)):
        return None
    if _ALL_LEVELS.match(doc.lower, m.end(), limit):
        return None   # "Ban chỉ đạo phòng chống dịch Covid-19 các cấp": every level's, no one committee
    end, province = m.end(), None
    place = place_phrase(doc.match, end, limit)
    if place is not None and doc.match[end:place[0]].strip():
        end, province = place[0], place[2]
    elif doc.match[pos] == "b" and not (m.group("level") or m.group("level2")):
        return None   # "ban chỉ đạo phòng chống dịch" in lower case, with no level or place: the local one, unnamed
    if m.group("remit") and province is None and not _NATIONAL.search(m.group("level")):
        return None   # "Ban Chỉ đạo liên ngành về VSATTP ở các cấp": each locality's, unnamed
    rest = _WRITTEN_OUT.sub(lambda w: _EXPANSIONS[w.group(0).lower().replace(".", "")],
                            " ".join(doc.match[m.end("head"):end].split()))
    return OrgSpan(pos, end, f"Ban Chỉ đạo {rest}", "government", province)


# a remit with no action ("về VSATTP") names one committee when it is the national or central one
_NATIONAL = re.compile(r"quốc gia|trung ương|tw|t\.?ư")

# abbreviations the press uses inside committee names, written out as names are ("Ban Chỉ đạo liên ngành TW
# về VSATTP" -> "… Trung ương về vệ sinh an toàn thực phẩm")
_EXPANSIONS = {"tw": "Trung ương", "tư": "Trung ương", "vsattp": "vệ sinh an toàn thực phẩm",
               "attp": "an toàn thực phẩm", "asf": "dịch tả lợn châu Phi"}
_WRITTEN_OUT = re.compile(r"(?<![^\W\d_])(?:TW|T\.?Ư|VSATTP|ATTP|ASF)(?![^\W\d_])")


# what may follow a committee named by its level alone: punctuation or a word that starts
# the clause ("Ban Chỉ đạo Quốc gia, Bộ Y tế và …", "Ban chỉ đạo Trung ương cũng yêu cầu …")
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:và|cũng|đã|đang|sẽ|vừa|yêu cầu|cho biết|phải|"
                           r"cảnh báo|đề nghị|chỉ đạo|nhận định)(?![^\W\d_]))")


def _bare_level(doc: Doc, m: re.Match[str], limit: int) -> bool:
    """"Ban Chỉ đạo Quốc gia" alone names the national committee of the day (COVID-19 in
    2020-22 news) when the clause goes on after it; a name that runs on ("Ban chỉ đạo
    Trung ương thực hiện …") is left to be cut by nothing."""
    level = m.group("level").strip()
    return level in ("quốc gia", "trung ương") and not m.group("level2") and \
        bool(_CLAUSE_AFTER.match(doc.lower, m.end(), limit))
