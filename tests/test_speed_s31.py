"""Session 31 speed work: the same answers, less work."""
from __future__ import annotations

from extractors.doc import Doc
from extractors.textnorm import normalise


def _doc(text: str) -> Doc:
    return normalise(Doc(text=text))


def _orgs(text: str) -> list[str]:
    from extractors import organizations

    doc = _doc(text)
    return [doc.text[o.start:o.end] for o in organizations.find(doc, 0, len(doc.text))]


def test_ranks_before_a_name_read_by_first_letter_branches() -> None:
    from extractors.people import _RANK_BEFORE, _RANK_LEAD

    text = ("Đại tá Peter Roberts, Phó đô đốc Harry Harris, chuẩn Đô đốc Kim, Tướng Joseph Dunford, "
            "Thủ tướng Lý và thượng uý Lan gặp nhau; xĐại tá An không.")
    assert [m.group().strip() for m in _RANK_LEAD.finditer(text)] == \
        ["Đại tá", "Phó đô đốc", "chuẩn Đô đốc", "Tướng", "thượng uý"]
    assert _RANK_BEFORE.search("gặp Trung tướng ") and not _RANK_BEFORE.search("gặp Thủ tướng ")


def test_counts_and_bonds_before_a_head_still_block_it() -> None:
    # a count before a head makes it generic; "trái phiếu" before "Chính phủ" names no actor
    assert _orgs("Các bệnh viện tuyến tỉnh đã nhận thuốc từ Bệnh viện Bạch Mai.") == ["Bệnh viện Bạch Mai"]
    assert _orgs("12 bệnh viện và HÀNG TRĂM trạm y tế, Sở Y tế Nghệ An") == ["Sở Y tế Nghệ An"]
    assert _orgs("Nhà nước phát hành TRÁI PHIẾU Chính phủ; Chính phủ đã họp.") == ["Chính phủ"]
    # a letter case folding matches beyond lower case ("ſ" for "s"): the searches run on the text
    assert _orgs("Có ſố bệnh viện tuyến tỉnh; trái phiếu Chính phủ; Chính phủ họp.") == ["Chính phủ"]


def test_session_and_assembly_stories_found_by_string_search() -> None:
    from extractors import deputies

    assert deputies._session_story(_doc("Tại kỳ họp thứ 5, đại biểu chất vấn."))
    assert deputies._session_story(_doc("TIẾP XÚC CỬ TRI ở huyện."))
    assert not deputies._session_story(_doc("Tại buổi làm việc với Sở Y tế."))
    assert deputies._names_assembly(_doc("Đại biểu Quốc hội tỉnh Nghệ An"))
    assert deputies._names_assembly(_doc("ĐBQH Nguyễn Văn A"))
    assert not deputies._names_assembly(_doc("đại biểu quốc hội"))


def test_central_boards_only_where_ban_is_written() -> None:
    from extractors.orgs.central_boards import central_boards_in

    doc = _doc("Ông A, Trưởng ban Tuyên giáo Trung ương, và BAN TỔ CHỨC TRUNG ƯƠNG.")
    assert [s.name for s in central_boards_in(doc.match, 0, len(doc.match))] == \
        ["Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương"]
    doc = _doc("Ông A, Trưởng phòng Tổ chức.")
    assert central_boards_in(doc.match, 0, len(doc.match)) == []


def test_military_units_and_placed_bodies_behind_string_tests() -> None:
    from extractors.orgs.military_units import military_units_in
    from extractors.orgs.placed_bodies import placed_bodies_in

    text = ("Quân chủng Hải quân, Vùng 2 Hải quân, Hải đội 12, Hạm đội 7, Bộ Tư lệnh vùng Cảnh sát biển 3 "
            "và Hải quân Mỹ cùng tham gia.")
    doc = _doc(text)
    assert [s.name for s in military_units_in(doc.match, 0, len(text))] == \
        ["Quân chủng Hải quân", "Vùng 2 Hải quân", "Hải đội 12", "Hạm đội 7",
         "Bộ Tư lệnh Vùng Cảnh sát biển 3", "Hải quân Mỹ"]
    assert military_units_in("Bệnh viện quân y 103 tiêm chủng.", 0, 31) == []
    text = "Đảng Cộng sản Cuba và Đoàn Luật sư TP Hà Nội ký kết."
    doc = _doc(text)
    assert [s.name for s in placed_bodies_in(doc.match, 0, len(text))] == \
        ["Đảng Cộng sản Cuba", "Đoàn Luật sư thành phố Hà Nội"]


def test_laws_still_read_and_discipline_still_not() -> None:
    from extractors import legal, sentences, textnorm

    def laws(text: str) -> list[tuple[str, str]]:
        doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published="2024-08")))
        return [(d.kind, d.title) for d in legal.extract(doc).legal_documents]

    assert laws("Quốc hội thông qua Luật Khám bệnh, chữa bệnh năm 2023. Anh bị kỷ luật.") == \
        [("Luật", "Luật Khám bệnh, chữa bệnh")]
    assert laws("Anh bị kỷ luật vì vi phạm pháp luật; kỹ thuật mới.") == []


def test_lower_case_heads_after_a_compound_word_read_back_from_the_head() -> None:
    from extractors.orgs.walker import _PREV_TWO, _prev_two

    # "cán bộ Y tế" ends a compound; "bộ Y tế" after "đại diện" is the ministry
    assert _orgs("Các cán bộ Y tế xã đã gặp đại diện bộ Y tế và sở Y tế Nghệ An.") == ["bộ Y tế", "sở Y tế Nghệ An"]
    for text in ("cán bộ ", "x-cán  bộ\n", "12 bộ ", "bộ", "a_b cd ", "½ab cd "):
        for lo in range(len(text) + 1):
            m = _PREV_TWO.search(text, lo, len(text))
            assert _prev_two(text, lo, len(text)) == (m and (m.group(1), m.group(2))), (text, lo)


def test_clause_breaks_scanned_from_their_marks() -> None:
    from extractors.coop_rules import clause

    text = "Công ty X (mã CK: VNM) ký với TP. HCM; sau đó bệnh viện. Bệnh viện B hợp tác: tốt."
    assert clause(text, 0, len(text), 10) == (0, 37)   # ":" inside a short aside, "TP. " an abbreviation
    assert clause(text, 0, len(text), 45) == (38, 55)
    assert clause(text, 0, len(text), 70) == (57, 76)


def test_date_cues_found_from_separators_and_dashes() -> None:
    from extractors import dates, sentences, textnorm

    doc = sentences.split_sentences(textnorm.normalise(Doc(
        text="Ngày 12/5 và 3.6.2024 họp. Từ 18 - 5 đến 20 -6. Năm 2019 mới. Số 1-2 và Covid-19.",
        published="2024-08")))
    cues = dates.sentence_cues(doc)
    # the document-wide scans agree with the per-sentence test on every sentence
    assert cues == [dates.text_cues(doc.match[s.start:s.end]) for s in doc.sentences]
    # (the first holds three d/m separators: TWO_DAY_MONTHS, s39)
    assert cues == [dates.DAY_MONTH | dates.TWO_DAY_MONTHS | dates.YEAR, dates.SPACED, dates.YEAR | dates.YEAR_WORD,
                    dates.DAY_MONTH]
