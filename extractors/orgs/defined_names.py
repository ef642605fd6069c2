"""Bodies written in lower case straight after their head and defined by a bracketed abbreviation.

"Hiệp hội chế biến và xuất khẩu thủy sản (VASEP)", "Tổ chức bác sĩ không biên giới (MSF)",
"Cơ quan nghiên cứu ung thư quốc tế (IARC)", "Trung tâm nghiên cứu chiến lược và quốc tế (CSIS)":
the walker reads a name only from a capitalised word after the head, so these were lost. The
abbreviation the press defines right after the name says where it ends. A place right after the
bracket belongs to the name ("Trung tâm văn hoá (TTVH) tỉnh Ninh Thuận"). Read only where the
walker reads nothing at the head.
"""
from __future__ import annotations

import re

from ..doc import Doc
from .heads import HEAD_INFO, NOT_HOI_WORDS
from .person_names import NOT_IN_NAMES
from .place_phrase import place_phrase
from .span import OrgSpan
from .truncated import VERBS

_HEADS = ("Hiệp hội", "Hội", "Tổ chức", "Liên minh", "Liên hiệp", "Liên đoàn", "Mạng lưới", "Trung tâm", "Viện",
          "Cơ quan", "Cục", "Ủy ban", "Công ty", "Tập đoàn")
# the heads the walker's table does not type (it types the others: one type whichever reader finds the name)
_OWN_TYPES = {"Tổ chức": "other", "Liên minh": "other", "Liên hiệp": "other", "Mạng lưới": "other", "Cơ quan": "agency"}
# (each head's word-start test after its first letter: the engine scans for those letters in C
# instead of trying the look-behind at every position; the same matches and groups)
_DEFINED = re.compile(r"(" + "|".join(h[0] + r"(?<![^\W\d_].)" + h[1:] for h in sorted(_HEADS, key=len, reverse=True)) + r")"
                      r"((?:[ \t]+(?:và[ \t]+)?[a-zđà-ỹ]+,?){1,10})[ \t]+\([ \t]*([A-ZĐ][A-ZĐ&\-]{1,8})[ \t]*\)")
# words after "Hội" that make another word ("Hội đồng", "Hội chứng", "Hội nghị"), not an association
# a scope or level after the bracket: the name goes on, or is a kind of body ("Trung tâm kiểm soát
# bệnh dịch (CDC) trung ương và khu vực")
_GOES_ON = re.compile(r"[ \t]+(?:trung[ \t]+ương|quốc[ \t]+gia|khu[ \t]+vực|tuyến|cấp|các)(?![^\W\d_])")
# "Tổ chức tiêm chủng mở rộng (TCMR) cho trẻ em": the verb "organise" and its activity, no body;
# "Cục máu đông (CMĐ)": a blood clot; "Cơ quan điều tra (CQĐT)": the case's investigators, no one body
_NOT_A_BODY = {"Tổ chức": frozenset({"tiêm", "khám", "tập", "thi", "lễ", "hội", "cuộc", "đợt", "buổi", "chương",
                                     "hoạt", "tuyên", "đào", "kiểm", "giám", "thực", "triển", "chăm", "điều", "xét",
                                     "sàng", "truyền", "hiến", "tư", "vận", "thu", "mua", "bán", "cấp", "phát"}),
               "Cục": frozenset({"máu"})}
_GENERIC = {("Cơ quan", "điều tra"), ("Viện", "kiểm sát")}
# what may close the bracket: punctuation or the end ("(VASEP).", "(MSF),"), else a word the sentence goes on with
_END = re.compile(r"[ \t]*(?:$|[.,;:!?…)\]\"”’'\n–—-])")

# the sentence going on with a time or an adverb ("Tổ chức cấm vũ khí hoá học (OPCW) hôm 4/5 cho biết")
_GOES_WITH = frozenset({"hôm", "sáng", "chiều", "tối", "trưa", "đêm", "mới", "gần", "không", "chưa", "còn", "luôn",
                        "từng", "nhằm"})
_WORDS = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")


def _closes(text: str, pos: int, end: int) -> bool:
    """The name ends at pos: punctuation, the end, or a lower-case verb or function word
    ("(VASEP) cho biết", "(MSF) đã"), not a capitalised name or a noun that goes on
    ("(CPDP) Hà Tây" is read as a place before this; "(TTTM) Vincom", "(MLGS) cúm quốc gia")."""
    if _END.match(text, pos, end):
        return True
    words = _WORDS.match(text, pos, end)
    if words is None or not words.group(1).islower():
        return False
    words = words.group(1, 2)
    return (words[0] in VERBS or words[0] in NOT_IN_NAMES or words[0] in _GOES_WITH
            or f"{words[0]} {words[1]}" in VERBS)


def defined_names_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Lower-case names closed by their own bracketed abbreviation in [start, end) of the matching text."""
    text = doc.match
    if text.find("(", start, end) < 0:
        return []
    spans = []
    for m in _DEFINED.finditer(text, start, end):
        words = m.group(2).replace(",", " ").split()
        head = m.group(1)
        if not all(w.islower() for w in words[1:]) or words[0] in _NOT_A_BODY.get(head, ()):
            continue   # ("[a-zđà-ỹ]" spans capitals too: Ă Đ Ơ Ư Ạ…; a sentence-case first word is the
                       # name's: "Cục Đầu tư nước ngoài (FDI)", "Viện Địa vật lý và núi lửa (INGV)")
        if words[0] == "và" or words[-1] == "và" or (head == "Hội" and words[0] in (*NOT_HOI_WORDS, "đồng")):
            continue
        if any(w in VERBS or w in NOT_IN_NAMES and w != "và" for w in words):
            continue   # "Viện kiểm sát [lý giải …] (VKS)": the sentence goes on
        if (head, " ".join(words)) in _GENERIC or _GOES_ON.match(text, m.end(), end):
            continue   # a bare "Viện kiểm sát (VKS)": the trial's prosecutor, no one body named
        from .walker import org_at   # (walker imports modules this one shares; imported where used:
        # an import statement costs ~3 µs a run, and most sentences reach no name)
        if org_at(doc, m.start(), end) is not None:
            continue   # the walker reads a name here already
        name, stop, province = f"{m.group(1)} {' '.join(m.group(2).split())}", m.end(), None
        place = place_phrase(text, stop, end) if text[stop:stop + 1] == " " else None
        if place is not None:
            stop, province = place[0], place[2]
            name = f"{name} {place[1]}"
        elif not _closes(text, stop, end):
            continue   # the name goes on after its bracket: its end is not known
        typ = _OWN_TYPES.get(head) or HEAD_INFO[head.lower()][1]
        spans.append(OrgSpan(m.start(), stop, name, typ, province))
    return spans


# the procuracy written in sentence case ("Viện kiểm sát nhân dân tỉnh Long An"): the walker stops at
# the lower-case "kiểm" and reads nothing (VietNews/baomoi health: 18 articles so write it); read when
# its level ("tối cao", "cấp cao") or a place closes it
# (the word-start test after "Viện": the pattern opens with a literal the engine searches for in C)
_PROCURACY = re.compile(r"Viện(?<![^\W\d_]Viện)[ \t]+kiểm[ \t]+sát[ \t]+nhân[ \t]+dân(?:[ \t]+(tối[ \t]+cao|cấp[ \t]+cao))?(?![^\W\d_])")


def procuracies_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """"Viện kiểm sát nhân dân tỉnh X" / "… tối cao" in [start, end) of the matching text."""
    spans = []
    if text.find("Viện", start, end) < 0:
        return spans
    for m in _PROCURACY.finditer(text, start, end):
        if m.group(1):
            spans.append(OrgSpan(m.start(), m.end(), f"Viện Kiểm sát nhân dân {' '.join(m.group(1).split())}",
                                 "agency", None))
            continue
        place = place_phrase(text, m.end(), end) if text[m.end():m.end() + 1] == " " else None
        if place is not None and "\n" not in text[m.end():place[0]]:   # not a place on the next line
            spans.append(OrgSpan(m.start(), place[0], f"Viện Kiểm sát nhân dân {place[1]}", "agency", place[2]))
    return spans
