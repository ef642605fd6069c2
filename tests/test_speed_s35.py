"""Session 35 speed work: the organisation scanners and the sentence splitter do less work per
sentence (C searches for a literal before a regex scan; patterns that open with a literal or a
letter instead of a look-behind). What a reader relies on must not change: these bodies are read
whole, in any sentence, and sentences split where they did."""
from __future__ import annotations

from extractors import sentences, textnorm
from extractors.doc import Doc
from pipeline.extract import extract
from pipeline.records import Article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(Article(source="t", title="", text=text)).organizations]


def test_national_bodies_closed_by_their_scope() -> None:
    """"Hội đồng bầu cử quốc gia" (lower case after its head) is read, in any position of the
    sentence; "quốc gia" as a country ("các quốc gia") names no body."""
    assert "Hội đồng bầu cử quốc gia" in _orgs("Đại diện Hội đồng bầu cử quốc gia đã dự hội nghị tại Hà Nội.")
    assert "Hội đồng bầu cử quốc gia" in _orgs(
        "Sáng nay, tại hội trường của tỉnh, đại diện Sở Y tế và Hội đồng bầu cử quốc gia đã dự hội nghị.")
    assert not any("quốc gia" in n for n in _orgs("Trung tâm hợp tác với các quốc gia trong khu vực."))


def test_procuracies_written_in_sentence_case() -> None:
    """"Viện kiểm sát nhân dân tỉnh Long An", "… tối cao": read wherever "Viện" opens them, not
    inside another word."""
    names = _orgs("Viện kiểm sát nhân dân tỉnh Long An và Viện kiểm sát nhân dân tối cao đã vào cuộc.")
    assert names == ["Viện Kiểm sát nhân dân tỉnh Long An", "Viện Kiểm sát nhân dân tối cao"]
    assert "Viện Kiểm sát nhân dân tối cao" in _orgs(
        "Theo báo cáo, sau khi xem xét hồ sơ, Viện kiểm sát nhân dân tối cao đã kháng nghị.")


def test_ministry_lists_give_each_ministry() -> None:
    """"các Bộ Y tế - Tài chính - Công an": one ministry each."""
    names = _orgs("Đoàn công tác của các Bộ Y tế - Tài chính - Công an đã làm việc với tỉnh.")
    assert names == ["Bộ Y tế", "Bộ Tài chính", "Bộ Công an"]


def test_military_units_read_by_their_own_words() -> None:
    """The service, a numbered region, a flotilla and a coast-guard command in one sentence; a navy
    by its country after a commander's title or capitalised."""
    names = _orgs("Phó Tư lệnh Quân chủng Hải quân và Tư lệnh Vùng 4 Hải quân đã thăm Hải đội 112 và "
                  "Bộ Tư lệnh vùng Cảnh sát biển 2.")
    assert names == ["Quân chủng Hải quân", "Vùng 4 Hải quân", "Hải đội 112", "Bộ Tư lệnh Vùng Cảnh sát biển 2"]
    assert _orgs("Tàu Hải quân Mỹ cập cảng; chỉ huy hải quân Thái Lan cho biết.") == ["Hải quân Mỹ", "Hải quân Thái Lan"]
    assert _orgs("Tàu của hải quân Mỹ cập cảng.") == []   # lower case, no title: a description


def test_council_boards_and_inspection_committees() -> None:
    """Bodies read through the walker from a scanner (the walker imported only when the scanner's
    word is written): a People's Council board and a party inspection committee."""
    assert _orgs("Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An giám sát tại huyện.") == [
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Nghệ An"]
    assert _orgs("Ủy ban kiểm tra Tỉnh ủy Hòa Bình đã kết luận vụ việc.") == ["Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"]


def _split(text: str) -> list[str]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return [text[s.start:s.end] for s in doc.sentences]


def test_sentences_split_at_every_end_mark() -> None:
    """A line with only full stops and a line with "!", "?" or "…" split alike; abbreviations
    ("TP. HCM", "PGS.TS.") and numbers ("1.000") do not end a sentence."""
    assert _split("Bệnh viện tiếp nhận ca bệnh! Sở Y tế cho biết? Trung tâm trực… Bệnh viện Bạch Mai trực.") == [
        "Bệnh viện tiếp nhận ca bệnh!", "Sở Y tế cho biết?", "Trung tâm trực…", "Bệnh viện Bạch Mai trực."]
    assert _split("Đoàn đến TP. HCM ngày 3/5. PGS.TS. Nguyễn Văn A tặng 1.000 suất quà. Hết.") == [
        "Đoàn đến TP. HCM ngày 3/5.", "PGS.TS. Nguyễn Văn A tặng 1.000 suất quà.", "Hết."]
    assert _split("Ông A nói: \"Tốt lắm.\" Bà B đồng ý!! Rồi về...  Xong.") == [
        "Ông A nói: \"Tốt lắm.\"", "Bà B đồng ý!!", "Rồi về...", "Xong."]


def test_central_boards_found_in_a_doc_never_normalised() -> None:
    """A Doc that reaches the organisation reader without textnorm (no lower-cased text) still
    gets its central board: the lower-cased text is used only when it is there (review, stop 35)."""
    from extractors import organizations

    text = "Đồng chí Nguyễn Văn A, Trưởng Ban Tổ chức Trung ương, phát biểu."
    doc = Doc(text=text)
    assert doc.lower == ""
    assert "Ban Tổ chức Trung ương" in [o.name for o in organizations.find(doc, 0, len(text))]
    normalised = textnorm.normalise(Doc(text=text))
    assert [o.name for o in organizations.find(normalised, 0, len(text))] == \
        [o.name for o in organizations.find(doc, 0, len(text))]
