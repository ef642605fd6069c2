"""Session 33 speed work: the same answers, less work."""
from __future__ import annotations

import random
import re._constants as _C
import re._parser as _parser

from extractors import dates, officials, sentences, textnorm
from extractors.doc import Doc


def _sig(matches):
    return [(m.span(), m.groupdict()) for m in matches]


_DATE_TEXTS = [
    "Sáng 12/5, Sở Y tế tỉnh Nghệ An tổ chức hội nghị; ngày 13-5 đoàn kiểm tra làm việc tại huyện.",
    "KỂ TỪ SÁNG NAY, NGÀY 01/01 các bệnh viện áp dụng quy trình mới.",
    "Từ ngày3/2 đến 5/2 trạm y tế tiêm 1.000 liều vắc xin cho 2,5 nghìn người, tỷ lệ 1/2.",
    "Hôm qua  ,  12.5 và 13.5 là hai ngày nghỉ; 12/5/2024 là ngày khai trương.",
    "Chiều tối 30/4, 1/5 và ngày 2-9 là dịp lễ: 1/2/3/4 không phải ngày.",
    "ſáng 3/4 rồi 5-6x, 7/8.9 và 10/11, kể từ\n\nngày 3-4.",
]


def test_day_month_scan_matches_the_pattern_everywhere():
    """A d/m is looked for only around a separator between two digits: the same matches as
    the pattern's own scan, on sentences and on random cuts of them."""
    rng = random.Random(33)
    texts = list(_DATE_TEXTS)
    joined = " ".join(_DATE_TEXTS)
    for _ in range(300):
        a = rng.randrange(len(joined))
        texts.append(joined[a:a + rng.randrange(1, 120)])
    for text in texts:
        assert _sig(dates._dm_finditer(text)) == _sig(dates._DM.finditer(text)), text


def test_day_month_dates_still_found():
    """What a reader relies on: a d/m after a day word is a date, a count like 1.000 is not."""
    doc = sentences.split_sentences(textnorm.normalise(Doc(text="Sáng 12/5/2024, đoàn đến; ngày 13-5 đoàn về, tặng 1.000 suất quà.")))
    found = {d.text for d in dates.extract(doc).dates}
    assert any("12/5/2024" in t for t in found)
    assert any("13-5" in t for t in found)
    assert not any("1.000" in t for t in found)


_APPOINT_TEXTS = [
    "bà Nguyễn Thị Lan, Trưởng phòng Nghiệp vụ Y, được bổ nhiệm làm Phó Giám đốc Sở Y tế.",
    "ông Trần Văn Hùng ĐƯỢC BẦU GIỮ CHỨC Chủ tịch Hội đồng, trước đó giữ chức vụ Giám đốc.",
    "Ông Lê Minh Tuấn với vai trò là Trưởng đoàn, bị giáng chức xuống làm Phó phòng.",
    "Ở cương vị Bí thư, ông đảm nhiệm chức vụ Chủ tịch; sau đó làm\tGiám đốc Bệnh viện.",
    "bà Phạm Thu Hà nắm giữ vị trí Giám đốc, trên cương vị đó bà xuống làm việc ở cơ sở.",
]


def test_appointment_scan_matches_the_pattern_in_windows():
    """The appointment verbs are tried only where one of their first words starts: the same
    matches, groups included, as the pattern's scan of the same window."""
    rng = random.Random(7)
    text = " ".join(_APPOINT_TEXTS)
    windows = [(0, len(text))]
    for _ in range(300):
        a = rng.randrange(len(text))
        windows.append((a, min(len(text), a + rng.choice([20, 80, 160]))))
    for a, b in windows:
        assert _sig(officials._appoint_finditer(text, a, b)) == _sig(officials._APPOINT.finditer(text, a, b)), (a, b)



def _first_words(items: list, word: str = "") -> set[str]:
    """The literal first word of every phrase a parsed pattern can match (optional groups both ways)."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1:]
        if op is _C.LITERAL:
            if chr(av).isspace():
                return {word}
            word += chr(av)
        elif op is _C.SUBPATTERN:
            return _first_words(list(av[-1]) + rest, word)
        elif op is _C.BRANCH:
            return set().union(*(_first_words(list(b) + rest, word) for b in av[1]))
        elif op is _C.MAX_REPEAT and av[0] == 0:
            return _first_words(list(av[2]) + rest, word) | _first_words(rest, word)
        elif op is not _C.ASSERT:
            return {word}
    return {word}


def test_every_appointment_phrase_has_a_lead():
    """_APPOINT_LEAD is written by hand beside _APPOINT: a phrase added to _APPOINT whose first
    word the lead table lacks would silently never be tried. Every first word, in both cases, must lead."""
    pat = officials._APPOINT.compiled()
    words = _first_words(list(_parser.parse(pat.pattern, pat.flags)))
    assert {"được", "bị", "giữ", "giáng", "làm", "xuống"} <= words
    for w in words:
        for form in (w, w.capitalize()):
            assert officials._APPOINT_LEAD.match(form), form

_NAME_TEXTS = [
    "Ông Nguyễn Văn Hùng - Giám đốc Sở Y tế Nghệ An, cho biết: Bệnh viện Đa khoa tỉnh đã tiếp nhận 12 ca.",
    "Tiến sĩ Kidong Park, Trưởng đại diện WHO tại Việt Nam, và bà H'Hen Niê – đại biểu Quốc hội đến thăm.",
    "PGS.TS Trần Thị Lan Hương, Phó Giám đốc Bệnh viện Bạch Mai; Ê Đê Y Moan ở Đắk Lắk, Hà Nội.",
    "đã được Ủy ban Nhân dân Tỉnh Quảng Ninh Trao Tặng Bằng Khen, Đồng Thời Ghi Nhận – Kết Quả.",
    "Anh Lê Minh Tuấn (Hà Tĩnh) nói: «Chúng tôi Đến Đây» - rồi D'Artagnan O'Neil Phạm Thu Hà, X.",
]


def _backtracking(pattern: str) -> str:
    """The pattern with its possessive quantifiers written as the greedy ones they replaced."""
    return pattern.replace("*+", "*").replace(")?+", ")?").replace("}+", "}")


def test_possessive_name_runs_match_as_the_greedy_ones_did():
    """The surname-start and "Name -" runs cannot backtrack into a match: the possessive patterns
    find exactly what the greedy ones found, on names, capitalised headlines and apostrophes."""
    import re

    from extractors import people
    for lazy in (people._CAP_TOKEN, people._NER_BEFORE_DASH):
        greedy = re.compile(_backtracking(lazy.pattern))
        assert greedy.pattern != lazy.pattern
        for text in _NAME_TEXTS + [" ".join(_NAME_TEXTS)]:
            for start in range(0, len(text), 7):
                assert _sig(lazy.finditer(text, start)) == _sig(greedy.finditer(text, start)), (lazy.pattern, start)


def test_lunar_new_year_found_where_its_word_is_written():
    """"Tết Kỷ Hợi" gives 2019 whichever of Tết/tết/Xuân/xuân names it; the same matches as the
    pattern's own scan."""
    texts = ["Dịp Tết Kỷ Hợi 2019, bệnh viện trực 24/24.", "Mùa xuân Canh Tý, tết Canh Tý đến sớm.",
             "Ông Nguyễn Xuân Phúc chúc Tết; Xuân  Nguyên Đán Giáp Thìn 2024 và aTết Ất Tỵ.", "Không có gì."]
    for text in texts:
        assert _sig(dates._tet_finditer(text)) == _sig(dates._TET_YEAR.finditer(text)), text
    doc = textnorm.normalise(Doc(text=texts[0]))
    assert dates.tet_year(doc) == 2019


def test_law_and_quoted_kinds_scan_as_the_look_behind_led_patterns():
    """The law and quoted-document patterns test the word start after a kind's first letter (a
    search scans for those letters): the same matches as the patterns that opened with it."""
    import re

    from extractors import legal, legal_titles
    old = [
        (re.compile(r"(?<!\w)(?<![Kk]ỷ\s)(?<![Pp]háp\s)(?P<kind>[Bb]ộ\s+[Ll]uật|Luật|luật)\s+(?!sư\b|gia\b|pháp\b|lệ\b)"),
         legal._LAW),
        (re.compile(r"(?<!\w)(?P<kind>" + legal_titles._QUOTED_KINDS + r")\s*\"\s*(?P<title>[" + legal_titles.UP
                    + r"0-9][^\"\n]{4,250}?)\s*\""), legal_titles._QUOTED_AFTER),
        (re.compile(r"(?<!\w)(?P<kind>đề\s+án|nghị\s+quyết)\s*\"\s*(?P<title>[^\"\n]{5,250}?)\s*\""),
         legal_titles._QUOTED_LOWER),
    ]
    text = ("Theo Luật Khám bệnh, chữa bệnh và Bộ luật Lao động, kỷ luật cán bộ; pháp luật hiện hành; luật sư A; "
            "Bộ Luật Hình sự; xLuật Dược; Kế hoạch \"Phòng chống dịch sốt xuất huyết năm 2024\"; đề án \"xây dựng "
            "mạng lưới y tế cơ sở vững mạnh toàn diện\"; Chương trình mục tiêu quốc gia \"Giảm nghèo bền vững\"; "
            "nghị quyết \"tăng cường công tác bảo vệ sức khỏe nhân dân\"; Chỉ thị\"Về việc X\"")
    for greedy, fast in old:
        assert _sig(fast.finditer(text)) == _sig(greedy.finditer(text))
        assert _sig(fast.finditer(text))


def test_abbreviations_and_offices_found_as_before():
    """"TW", "TƯ", "T.Ư", "ĐK", the lower-case veterinary offices and the titled plans: the
    first-letter forms match what the look-behind-led patterns matched."""
    import re

    from extractors import organizations
    from extractors.orgs import place_phrase, regional
    from extractors.orgs.known import CENTRAL_SHORT
    text = ("BV TW Thái Nguyên, BVĐK TƯ tỉnh, Bệnh viện ĐK T.Ư Huế, xTW; Cơ quan thú y vùng VI, Trung tâm "
            "chẩn đoán thú y Vùng 6, Chi cục kiểm dịch động vật vùng 3; Kế hoạch Hành động, đề án Xây dựng, "
            "chiến lược Quốc gia, Chương trình hành động Phòng chống")
    old = [
        (re.compile(r"(?<![^\W\d_])(?:TW|TƯ|T\.Ư)(?![^\W\d_])"), place_phrase._ABBREVIATIONS[0][0]),
        (re.compile(r"(?<![^\W\d_])ĐK(?![^\W\d_])"), place_phrase._ABBREVIATIONS[1][0]),
        (re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, CENTRAL_SHORT)) + r")(?![^\W\d_])"),
         organizations._CENTRAL_SHORT),
        (re.compile(r"(?<![^\W\d_])(Cơ[ \t]+quan|Trung[ \t]+tâm|Chi[ \t]+cục)[ \t]+(thú[ \t]+y|kiểm[ \t]+dịch[ \t]+"
                    r"động[ \t]+vật|chẩn[ \t]+đoán[ \t]+thú[ \t]+y)(?=[ \t]+[Vv]ùng[ \t])"), regional._LOWER_OFFICE),
    ]
    for greedy, fast in old:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in greedy.finditer(text)] != []
    assert place_phrase.expand_abbreviations("Bệnh viện ĐK TW Huế") == "Bệnh viện Đa khoa Trung ương Huế"


def test_qualifier_before_a_number_read_as_before():
    """"ước tính 5", "Lên Tới 5", "gần như 5": the qualifier right before a number, found by
    first-letter branches, is the one the look-behind-led pattern found; none mid-word."""
    import re

    from extractors import figures
    greedy = re.compile(r"(?<![^\W\d_])(" + figures._alt(figures._QUALIFIERS) + r")\s+$", re.IGNORECASE)
    for text in ["ước tính  5", "Lên Tới 5", "xhơn 5", "gần như 5", "khoảng\t5", "ƯỚC KHOẢNG 5", "có hơn 5",
                 "tổng cộng hàng 5", "đạt tối thiểu 5", "chưa tới 5"]:
        end = len(text) - 1
        for lo in range(end):
            a, b = greedy.search(text, lo, end), figures._QUAL_RE.search(text, lo, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, lo)
    assert figures._QUAL_RE.search("ước tính 5", 0, 9).group(1) == "ước tính"


def test_bare_head_scans_skipped_only_without_their_word():
    """The bare-head scans of a cooperation sentence run only where the word each of them
    needs is written: skipped windows never held a match, and the sentences that hold one
    still give it."""
    from extractors import coop_ends as c
    text = ("Sau đó, trung tâm đã phối hợp với Viện Pasteur. Sở này sẽ hỗ trợ cho trung tâm. "
            "Bệnh viện Chợ Rẫy đã chuyển giao kỹ thuật cho bệnh viện để điều trị; bệnh viện đã cử bác sĩ hỗ trợ. "
            "Đơn vị này và cơ sở trên ký kết với Bộ Y tế, rồi làm việc với sở.")
    pats = [(c._BARE_OBJECT, c._OBJECT_HEADS), (c._NAMED_ANAPHOR, c._NAMED_ANAPHOR_NEEDS),
            (c._OPENING_HEAD, c._JOINT_VERBS), (c._HOME_RECEIVES, c._HOME_WORD), (c._HOME_GIVES, c._HOME_WORD),
            (c._ANAPHOR, c._ANAPHOR_AFTER)]
    for pattern, words in pats:
        assert next(pattern.finditer(text), None) is not None, pattern.pattern
        for a in range(0, len(text), 5):
            for b in range(a, len(text) + 1, 9):
                if not c.holds(text, a, b, words):
                    assert next(pattern.finditer(text, a, b), None) is None, (pattern.pattern, a, b)


def test_send_team_and_side_scans_need_their_word():
    """Sending staff, sending a team and "về phía" are looked for only where their word is
    written: the send pattern is the one it was, and windows without the word hold no match."""
    import re

    from extractors import coop_rules
    assert coop_rules._SEND.pattern == re.compile(
        r"[cđltx](?<![^\W\d_].)(?:(?<=c)ử|(?<=đ)iều động|(?<=l)uân phiên|(?<=t)ăng cường|(?<=x)uất quân cho)"
        r"\s+[^.;:]{0,80}?(?<![^\W\d_])(?:về|đến|tới|xuống|lên|sang|ra|tăng cường cho)\s+").pattern
    text = ("Bệnh viện Bạch Mai cử 3 bác sĩ về Trung tâm Y tế huyện; Sở Y tế thành lập đoàn kiểm tra tại xã. "
            "Về phía Bệnh viện có ông A; phía Sở có bà B, điều động kíp mổ xuống tỉnh.")
    checks = [(coop_rules._SEND, lambda a, b: any(text.find(v, a, b) >= 0 for v in coop_rules._SEND_VERBS)),
              (coop_rules._SENT_TEAM, lambda a, b: text.find("đoàn", a, b) >= 0),
              (officials._SIDE, lambda a, b: text.find("hía", a, b) >= 0)]
    for pattern, holds in checks:
        assert pattern.search(text) is not None
        for a in range(0, len(text), 4):
            for b in range(a, len(text) + 1, 6):
                if not holds(a, b):
                    assert pattern.search(text, a, b) is None, (pattern.pattern, a, b)


def test_label_month_needs_its_year():
    """A product label's month ("HSD: 12/2025", "ngày sản xuất 4.2017") is still read; a text
    with no "/YYYY", ".YYYY" or "-YYYY" skips the label scan, which could find nothing there."""
    for text in ["HSD: 12/2025", "ngày sản xuất 4.2017", "hạn dùng 3-2020", "NSX 05/2019 hết hạn"]:
        assert dates._LABEL_YEAR.search(text) and dates._LABEL_MONTH.search(text), text
    for text in ["HSD: 12 năm 2025", "hạn dùng 3 tháng", "sản xuất 2020"]:
        assert not dates._LABEL_YEAR.search(text) and not dates._LABEL_MONTH.search(text), text
