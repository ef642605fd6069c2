"""Session 33 speed work: the same answers, less work.

Stop 33 rewrote scans so the regex engine searches for a letter or word in C before trying a
pattern (day/month dates, appointment verbs, possessive name runs, the lunar year, law and quoted
document kinds, central abbreviations, veterinary offices, qualifiers before numbers, bare-head
and sending scans of cooperations, product-label months). Their equivalence with the old patterns
was checked byte for byte on the 3,251 bytelist documents when they were made; these tests hold
what a reader relies on, through the public extractors (review, stop 35: no private names)."""
from __future__ import annotations

from extractors import dates, sentences, textnorm
from extractors.doc import Doc
from extractors.orgs.place_phrase import expand_abbreviations
from pipeline.extract import extract
from pipeline.records import Article


def _doc(text: str):
    return extract(Article(source="t", title="", text=text))


def test_day_month_dates_still_found():
    """What a reader relies on: a d/m after a day word is a date, a count like 1.000 is not."""
    doc = sentences.split_sentences(textnorm.normalise(Doc(text="Sáng 12/5/2024, đoàn đến; ngày 13-5 đoàn về, tặng 1.000 suất quà.")))
    found = {d.text for d in dates.extract(doc).dates}
    assert any("12/5/2024" in t for t in found)
    assert any("13-5" in t for t in found)
    assert not any("1.000" in t for t in found)


def test_day_months_after_a_time_of_day_and_not_in_a_run_of_slashes():
    """"Chiều tối 30/4", "sáng 2-9" are days of a year the text does not give; "1/2/3/4" is none."""
    got = {(d.text, d.date_start) for d in _doc("Chiều tối 30/4, đoàn đến; sáng 2-9 đoàn về; 1/2/3/4 không phải ngày.").dates}
    assert got == {("Chiều tối 30/4", "XXXX-04-30"), ("sáng 2-9", "XXXX-09-02")}


def test_appointment_verbs_give_the_new_post():
    """"được bổ nhiệm làm X": the person holds X (and the post written before it)."""
    posts = {(o.name, o.title, o.organization) for o in _doc(
        "Bà Nguyễn Thị Lan, Trưởng phòng Nghiệp vụ Y, được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Nghệ An.").officials}
    assert ("Nguyễn Thị Lan", "Phó Giám đốc", "Sở Y tế Nghệ An") in posts
    assert ("Nguyễn Thị Lan", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế Nghệ An") in posts
    posts = {(o.name, o.title) for o in _doc(
        "Ông Trần Văn Hùng được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Nghệ An từ ngày 1/3/2024.").officials}
    assert posts == {("Trần Văn Hùng", "Phó Giám đốc")}


def test_names_before_a_dash_and_foreign_names_after_a_title():
    """The name runs read before "- TITLE" and after a degree: Vietnamese, Ê Đê (H'Hen Niê) and
    foreign (Kidong Park) names, each with the post after it."""
    posts = {(o.name, o.title, o.organization) for o in _doc(
        "Ông Nguyễn Văn Hùng - Giám đốc Sở Y tế Nghệ An, cho biết: Bệnh viện Đa khoa tỉnh đã tiếp nhận 12 ca.").officials}
    assert posts == {("Nguyễn Văn Hùng", "Giám đốc", "Sở Y tế Nghệ An")}
    posts = {(o.name, o.title) for o in _doc(
        "Tiến sĩ Kidong Park, Trưởng đại diện WHO tại Việt Nam, và bà H'Hen Niê – đại biểu Quốc hội đến thăm "
        "Bệnh viện Bạch Mai.").officials}
    assert posts == {("Kidong Park", "Trưởng đại diện"), ("H'Hen Niê", "Đại biểu Quốc hội")}


def test_lunar_new_year_found_where_its_word_is_written():
    """"Tết Kỷ Hợi" gives 2019 whichever of Tết/tết/Xuân/xuân names it."""
    for text, year in [("Dịp Tết Kỷ Hợi 2019, bệnh viện trực 24/24.", 2019), ("Mùa xuân Canh Tý, tết Canh Tý đến sớm.", 2020),
                       ("Xuân  Nguyên Đán Giáp Thìn, bệnh viện trực.", 2024)]:
        assert dates.tet_year(textnorm.normalise(Doc(text=text))) == year, text
    assert dates.tet_year(textnorm.normalise(Doc(text="Không có gì."))) is None


def test_laws_and_quoted_plans_read():
    """"Luật Khám bệnh, chữa bệnh", "Bộ luật Lao động" (not "luật sư"), and a plan whose title
    is quoted."""
    legal = {(d.kind, d.title) for d in _doc(
        "Theo Luật Khám bệnh, chữa bệnh năm 2023 và Bộ luật Lao động, luật sư A cho biết.").legal_documents}
    assert legal == {("Luật", "Luật Khám bệnh, chữa bệnh"), ("Bộ luật", "Bộ luật Lao động")}
    legal = {(d.kind, d.title) for d in _doc(
        'Sở Y tế ban hành Kế hoạch "Phòng chống dịch sốt xuất huyết năm 2024" để triển khai.').legal_documents}
    assert legal == {("Kế hoạch", "Kế hoạch Phòng chống dịch sốt xuất huyết năm 2024")}


def test_central_abbreviations_and_veterinary_offices():
    """"BV TW Thái Nguyên" is the central hospital; "Cơ quan thú y vùng VI" a regional office;
    "ĐK TW" written out."""
    orgs = {(o.name, o.canonical) for o in _doc(
        "Đoàn công tác thăm Bệnh viện ĐK TW Huế và BV TW Thái Nguyên; Cơ quan thú y vùng VI kiểm tra.").organizations}
    # the record's name writes "TW" out too (stop 37: short forms written out in names)
    assert ("Bệnh viện Trung ương Thái Nguyên", "Bệnh viện Trung ương Thái Nguyên") in orgs
    assert ("Cơ quan Thú y vùng VI", None) in orgs
    assert expand_abbreviations("Bệnh viện ĐK TW Huế") == "Bệnh viện Đa khoa Trung ương Huế"


def test_qualifier_before_a_number_read_as_before():
    """"ước tính 500 ca", "Lên Tới 20 ổ dịch": the qualifier right before a number, any case."""
    got = {(f.value, f.unit, f.qualifier) for f in _doc(
        "Năm 2023, toàn tỉnh ghi nhận ước tính 500 ca mắc sốt xuất huyết, Lên Tới 20 ổ dịch.").figures}
    assert got == {(500.0, "ca mắc", "ước tính"), (20.0, "ổ dịch", "lên tới")}


def test_cooperations_of_transfer_and_sending_staff():
    """A transfer to a named hospital is a cooperation (the sentence before, with bare heads
    only, gives none); sending doctors or a surgical team to a district centre is support."""
    coops = {(c.source, c.target, c.kind) for c in _doc(
        "Trung tâm y tế chuyển giao kỹ thuật cho bệnh viện để điều trị. Bệnh viện Chợ Rẫy đã chuyển giao kỹ thuật "
        "cho Bệnh viện Đa khoa tỉnh Cà Mau.").cooperations}
    assert coops == {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "technology_transfer")}
    coops = {(c.source, c.target, c.kind) for c in _doc(
        "Bệnh viện Bạch Mai cử 3 bác sĩ về Trung tâm Y tế huyện Quỳ Hợp hỗ trợ điều trị.").cooperations}
    assert coops == {("Bệnh viện Bạch Mai", "Trung tâm Y tế huyện Quỳ Hợp", "support")}
    coops = {(c.target, c.kind) for c in _doc(
        "Bệnh viện Đa khoa tỉnh Hà Tĩnh thành lập đoàn kiểm tra tại xã; Sở Y tế điều động kíp mổ xuống "
        "Trung tâm Y tế huyện Kỳ Anh.").cooperations}
    assert coops == {("Trung tâm Y tế huyện Kỳ Anh", "support")}


def test_label_month_needs_its_year():
    """A product label's month ("HSD: 12/2025", "ngày sản xuất 4.2017") is a month of that year."""
    got = {(d.text, d.date_start) for d in _doc("Sản phẩm có HSD: 12/2025, ngày sản xuất 4.2017.").dates}
    assert got == {("HSD: 12/2025", "2025-12"), ("ngày sản xuất 4.2017", "2017-04")}
    assert not _doc("Sản phẩm có hạn dùng 3 tháng.").dates
