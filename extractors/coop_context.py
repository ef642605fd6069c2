"""Article context for cooperation links: whose team a bare "đoàn", "các bác sĩ" is, and who
receives help stated with its giver alone.

A report of a mission names the team's body once ("đoàn công tác của Bệnh viện A", "các bác
sĩ Bệnh viện A", "Bệnh viện A cử đoàn y bác sĩ") and then writes only the team ("Đoàn đã trao
tặng Trạm Y tế xã B …", "các bác sĩ đã phối hợp với Trung tâm Y tế C …"). Such a bare team
stands for its body when the article names exactly one body as the owner of a team before it;
with two owners (two hospitals' teams) it stays unresolved.

Help written with its giver and no receiver ("ca mổ được tiến hành với sự hỗ trợ của bác sĩ Bệnh
viện A") goes to the hospital the article is about, when the giver is another hospital.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .coop_ends import ADVERBS, End, endpoint_name, holds, opens_clause
from .coop_rules import DOAN_BODIES, Link, Sent
from .coop_teams import TRIGGERS as TEAM_WORDS
from .doc import Doc, Organization, Sentence
from .lexicon import alternation, word_start_branches
from .lazy import lazy_compile
from .places import place_at

# the people of a team, after "các/những" or "đoàn" ("đoàn y bác sĩ", "các chuyên gia")
_STAFF = r"(?:y\s*,?\s*bác\s+s[ĩỹ]|bác\s+s[ĩỹ]|chuyên\s+gia|thầy\s+thuốc|giáo\s+sư)"
# a delegation ("đoàn", "đoàn công tác", "đoàn cán bộ") may be anyone's; "các bác sĩ" only a body whose doctors the
# article names, "các chuyên gia" one whose experts ("các bác sĩ" after "đoàn cán bộ Đại sứ quán" or after "các chuyên gia
# của WHO" are others'), an "ê-kíp" one whose medical team of any staff
_DELEGATION = "đoàn"
_STAFF_WORDS = {"bác sĩ": "bác sĩ", "bác sỹ": "bác sĩ", "chuyên gia": "chuyên gia", "thầy thuốc": "thầy thuốc",
                "giáo sư": "giáo sư"}
_ANY_STAFF = "kíp"   # (a team word of coop_teams: "ê-kíp", "kíp")
# a team: "đoàn (công tác|y tế|…)", "các y bác sĩ", "ê-kíp (bác sĩ)", "nhóm bác sĩ"; a bare "đoàn" must be
# followed by an adverb or a verb of a visit ("Đoàn Văn A" is a name, "đoàn tụ" a reunion, "đoàn khách" tourists)
_TEAM = lazy_compile(word_start_branches([
    r"đoàn(?:\s+(?:công\s+tác|y\s+tế|cán\s+bộ|khám\s+bệnh|đại\s+biểu(?:\s+cấp\s+cao)?|" + _STAFF + r")|(?=\s+(?:" + ADVERBS + r"|"
    r"đến|tới|trao|tặng|làm\s+việc)\s))",
    r"các\s+" + _STAFF, r"những\s+" + _STAFF,
    r"ê\s*-?\s*k[íi]p(?:\s+" + _STAFF + r")?", r"ekip(?:\s+" + _STAFF + r")?", r"kíp(?:\s+" + _STAFF + r")?",
    r"nhóm\s+" + _STAFF], ignorecase=True) + r"(?![^\W\d_])", re.IGNORECASE)
# the word before "đoàn" that makes it a body or a rank, no team: "Trưởng đoàn", "Tập đoàn", "Công đoàn", "Tỉnh đoàn"
# (coop_rules' DOAN_BODIES plus ranks and units)
_NOT_TEAM_BEFORE = frozenset(DOAN_BODIES) | {"trưởng", "phó", "tập", "sư", "trung", "lữ", "hải", "binh", "phái", "quân",
                                             "đại", "thương", "đoàn"}
# a team named by its body alone, "Đoàn Ban Tuyên giáo Trung ương …": an owner's mention only (a bare "Đoàn" before a
# capital is as often a person's name)
_NAMED_TEAM = lazy_compile(word_start_branches(["đoàn"], ignorecase=True) + r"(?=\s+(?-i:[A-ZĐ]))", re.IGNORECASE)
TRIGGERS = (_DELEGATION, *_STAFF_WORDS, *TEAM_WORDS)   # one is in every team
_ANY_TRIGGER = lazy_compile(alternation(TRIGGERS))   # (one search of the lower-cased sentence)
# between a team and its body: a few lower-case words of its trade, then "của", "thuộc" or "(đến) từ"
# ("kíp bác sĩ, nữ hộ sinh 8 người của Bệnh viện A"), or right after it ("các bác sĩ Bệnh viện A")
_OWNER_GAP = re.compile(r"(?:,?\s+(?:(?-i:[a-zđà-ỹ]+)|\d+)){0,3}?\s+(?:của|thuộc|đến\s+từ|từ)\s+|\s+")
# a team followed by a name is that one's ("các bác sĩ Thái Lan"), though no end stands there
_NAMED_AFTER = re.compile(r"\s+(?-i:[A-ZĐ])")
# a medical team written after a province ("Tại Quảng Ninh, các bác sĩ …") is that province's, not the article's owner's;
# a delegation after one is still the one sent there ("Bệnh viện A cử đoàn ra Hà Nội. Tại Hà Nội, đoàn …"), and a
# capital after "tại" may be no place ("Tại Hội nghị …")
_PLACE_BEFORE = re.compile(r"[Tt](?<![^\W\d_].)ại\s+(?=[A-ZĐ])")
# a second body listed after the owner ("các bác sĩ của Bệnh viện A, Phòng khám B"): the team is theirs together
_LISTED = re.compile(r"\s*(?:,|\s+và|\s+cùng)\s+")
# a body sending its team: "Bệnh viện A (đã) cử/điều động (một) đoàn …"
_SENDS = re.compile(r"\s+(?:(?:" + ADVERBS + r")\s+)*(?:cử|điều động|thành lập)\s+(?:(?:một|\d+)\s+)?$")
# a team led by a body's official: "đoàn công tác do Thứ trưởng Bộ Y tế X dẫn đầu", "… do ông Y, Cục trưởng Cục A, làm
# trưởng đoàn": the first body named between "do" and the lead's verb
_LED = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ]+)){0,3}?\s+do\s+(?P<lead>[^.;]{5,160}?)\s+(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn|"
                  r"là\s+trưởng\s+đoàn)(?![^\W\d_])")


def _teams(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The teams written in [start, end)."""
    for m in _TEAM.finditer(text, start, end):
        before = text[max(0, m.start() - 8):m.start()].split()
        if not (before and before[-1].lower() in _NOT_TEAM_BEFORE):
            yield m


class TeamOwners:
    """The bodies the document names as a team's owner, by position (found on first use)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._owners: list[tuple[int, str, str | None, str]] | None = None
        self._starts: list[int] = []
        self._sole: dict[str, list[tuple[str, str | None] | None]] = {}

    def owners(self) -> list[tuple[int, str, str | None, str]]:
        """(position, end name, province, staff word) of every owned team, in text order."""
        if self._owners is None:
            self._owners = sorted(self._scan(), key=lambda o: o[0])
            self._starts = [o[0] for o in self._owners]
        return self._owners

    def _scan(self) -> list[tuple[int, str, str | None, str]]:
        doc, text = self.doc, self.doc.match
        orgs = sorted(doc.organizations, key=lambda o: o.start)
        starts = [o.start for o in orgs]
        out = []
        for m in [*_teams(text, 0, len(text)), *_NAMED_TEAM.finditer(text)]:
            owner = _owner_after(text, m.end(), orgs, starts) or _sender_before(text, m.start(), orgs, starts) \
                or _leader_body(text, m.end(), orgs, starts)
            if owner is None:
                continue
            for o in _with_listed(text, owner, orgs, starts):
                name, is_place = endpoint_name(o)
                out.append((m.start(), name if not is_place else "", o.province, _staff(m)))   # (a province's: no body)
        return out

    def sole_before(self, pos: int, staff: str) -> tuple[str, str | None] | None:
        """The one body named before `pos` as the owner of a team that a bare team of this `staff` may be
        (`_staff`), or None when none or several are."""
        owners = self.owners()
        if staff not in self._sole:   # (once per staff: a filter of all owners per bare team was quadratic)
            self._sole[staff] = _sole_prefixes(owners, staff)
        return self._sole[staff][bisect_left(self._starts, pos)]


def _sole_prefixes(owners: list[tuple[int, str, str | None, str]],
                   staff: str) -> list[tuple[str, str | None] | None]:
    """`sole_before`'s answer for each prefix of `owners` (index k: the first k), in one pass."""
    out: list[tuple[str, str | None] | None] = [None]
    first, several, last = None, False, None
    for o in owners:
        if _may_be(staff, o[3]):
            several = several or (first is not None and o[1] != first)
            first = o[1] if first is None else first
            last = o
        out.append((last[1], last[2]) if last is not None and not several and last[1] else None)
    return out


def _staff(m: re.Match) -> str:
    """The staff a team names (`_STAFF_WORDS`' values), `_ANY_STAFF` for an "ê-kíp" of no staff named, "" for a delegation."""
    low = m.group(0).lower()
    named = next((v for k, v in _STAFF_WORDS.items() if k in low), None)
    if named is not None:
        return named
    return "" if low.startswith(_DELEGATION) else _ANY_STAFF


def _may_be(staff: str, owned: str) -> bool:
    """Whether a bare team of `staff` may be a team named with its owner as of `owned` staff."""
    return not staff or (owned != "" if staff == _ANY_STAFF else owned == staff)


def _owner_after(text: str, pos: int, orgs: list[Organization], starts: list[int]) -> Organization | None:
    """The body written right after a team ("đoàn công tác của Bệnh viện A")."""
    i = bisect_left(starts, pos)
    return orgs[i] if i < len(orgs) and _owns_after(text, pos, orgs[i].start) else None


def _owns_after(text: str, pos: int, start: int) -> bool:
    """Whether a body written at `start` is the owner of the team that ends at `pos`."""
    return start - pos <= 60 and _OWNER_GAP.fullmatch(text, pos, start) is not None


def _sends(text: str, end: int, pos: int) -> bool:
    """Whether a body that ends at `end` sends the team written at `pos`."""
    return pos - end <= 40 and _SENDS.match(text, end, pos) is not None


def _with_listed(text: str, owner: Organization, orgs: list[Organization], starts: list[int]) -> list[Organization]:
    """The owner and the bodies listed right after it."""
    out = [owner]
    i = bisect_left(starts, owner.end)
    while i < len(orgs) and _LISTED.fullmatch(text, out[-1].end, orgs[i].start):
        out.append(orgs[i])
        i += 1
    return out


def _leader_body(text: str, pos: int, orgs: list[Organization], starts: list[int]) -> Organization | None:
    """The body of the official leading a team ("đoàn … do Thứ trưởng Bộ Y tế X dẫn đầu")."""
    if text.find(" do ", pos, pos + 40) < 0:
        return None
    led = _LED.match(text, pos)
    if led is None:
        return None
    i = bisect_left(starts, led.start("lead"))
    return orgs[i] if i < len(orgs) and orgs[i].end <= led.end("lead") else None


def _sender_before(text: str, pos: int, orgs: list[Organization], starts: list[int]) -> Organization | None:
    """The body written right before "cử/điều động" a team ("Bệnh viện A đã cử đoàn …")."""
    i = bisect_left(starts, pos) - 1
    return orgs[i] if i >= 0 and _sends(text, orgs[i].end, pos) else None


def with_team_ends(doc: Doc, s: Sentence, ends: list[End], owners: TeamOwners) -> list[End]:
    """`ends` of sentence `s` with an end for each bare team, in text order: each stands for the
    document's sole team owner so far. A team with its body written beside it is that body's end already."""
    if _ANY_TRIGGER.search(doc.lower, s.start, s.end) is None:
        return ends
    added = _team_ends(doc, s, ends, owners)
    return sorted(ends + added, key=lambda e: e.start) if added else ends


def _team_ends(doc: Doc, s: Sentence, ends: list[End], owners: TeamOwners) -> list[End]:
    """Only a team that opens its clause, as its subject: one trained, sent or thanked ("đào tạo các y, bác sĩ",
    "tỉnh cử nhiều đoàn công tác") may be anyone's."""
    text = doc.match
    taken = [(e.start, e.end) for e in ends]
    out = []
    for m in _teams(text, s.start, s.end):
        if any(a <= m.start() < b for a, b in taken) or not opens_clause(text, s.start, m.start()) \
                or _NAMED_AFTER.match(text, m.end()) or _owned_here(text, m, ends):
            continue
        staff = _staff(m)
        if staff and _after_place(text, s.start, m.start()):
            continue
        sole = owners.sole_before(m.start(), staff)
        if sole is not None:
            out.append(End(m.start(), m.end(), sole[0], sole[1], False))
    return out


def _after_place(text: str, start: int, pos: int) -> bool:
    """Whether "tại <province>" is written in [start, pos)."""
    return any(place_at(text, p.end()) for p in _PLACE_BEFORE.finditer(text, start, pos))


def _owned_here(text: str, m: re.Match, ends: list[End]) -> bool:
    """Whether the team's body is written right after it or sends it right before it in this sentence."""
    return any(e.start >= m.end() and _owns_after(text, m.end(), e.start)
               or e.end <= m.start() and _sends(text, e.end, m.start()) for e in ends)


# help named with its giver only: "(có|với|dưới|nhờ) sự hỗ trợ (chuyển giao kỹ thuật) (từ ê-kíp …) của A"
_HELP_WORDS = ("sự hỗ trợ", "sự giúp đỡ", "sự chi viện")   # one is in every _HELP_OF match
_HELP_OF = re.compile(r"(?<![^\W\d_])(?:có|với|dưới|nhờ(?:\s+có)?|được)\s+sự\s+(?:hỗ\s+trợ|giúp\s+đỡ|chi\s+viện)"
                      r"(?![^\W\d_])", re.IGNORECASE)
# between the help and its giver: lower-case words only (its content, the giver's staff) through "của" or "từ"
_GIVER_GAP = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ][a-zđà-ỹ\-]*)){0,10}?\s+(?:của|từ)(?:\s+(?-i:[a-zđà-ỹ][a-zđà-ỹ\-]*)){0,6}\s+")
_GIVER_REACH = 100
# the bodies whose doctors give or get an article's help: its subject when help has no receiver, a giver of help
HOSPITAL_TYPES = frozenset({"hospital", "health_center", "university"})


def helped_subject(s: Sent, types: dict[str, str]) -> list[Link]:
    """The article's subject hospital receives help whose giver, another hospital, is the only body
    the sentence names ("Ca ghép được thực hiện dưới sự hỗ trợ của ê-kíp Bệnh viện A")."""
    low = s.doc.lower if s.doc is not None else s.text.lower()
    subject = s.subject
    if subject is None or subject.is_place or not holds(low, s.start, s.end, _HELP_WORDS):
        return []
    bodies = {e.name for e in s.ends if not e.is_place} - {subject.name}
    if len(bodies) != 1:
        return []
    for m in _HELP_OF.finditer(s.text, s.start, s.end):
        giver = next((e for e in s.ends if e.start >= m.end()), None)
        if giver is not None and giver.name in bodies and types.get(giver.name) in HOSPITAL_TYPES \
                and giver.start - m.end() <= _GIVER_REACH and _GIVER_GAP.fullmatch(s.text, m.end(), giver.start):
            receiver = End(m.start(), m.start(), subject.name, subject.province, False)   # (stated here, not where named)
            return [(giver, receiver, "support", m.start(), giver.end)]
    return []
