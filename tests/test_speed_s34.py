"""Session 34 speed work: the same answers, less work."""
from __future__ import annotations

import pytest

from extractors import wordhits
from pipeline.extract import extract
from pipeline.records import Article

needs_automaton = pytest.mark.skipif(not wordhits.available(), reason="pyahocorasick not installed")

# joint work with a company named in lower case: the partner reader's sentences
_PARTNER_TEXTS = [
    "Bệnh viện Đa khoa tỉnh Nghệ An ký kết hợp tác với công ty TNHH Dược phẩm Minh Long trong đào tạo nhân lực.",
    "Sở Y tế tỉnh Hà Tĩnh làm việc với công ty cổ phần Thiết bị Y tế Hồng Phát về dự án xây dựng bệnh viện.",
    "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam PHỐI HỢP VỚI tập đoàn Sao Mai tổ chức tiêm chủng.",
]
_TARGETS = ["Công ty TNHH Dược phẩm Minh Long", "Công ty cổ phần Thiết bị Y tế Hồng Phát", "Tập đoàn Sao Mai"]


# cue verbs in several cases and shapes, for the cue clauses read from the word hits
_CUE_TEXTS = [
    "Bệnh viện Bạch Mai chuyển giao các gói kỹ thuật cho Bệnh viện Đa khoa tỉnh Lào Cai.",
    "Sở Y tế tỉnh Nghệ An TRAO TẶNG 500 suất quà cho Trung tâm Y tế huyện Quỳ Hợp.",
    "Đoàn công tác của Bộ Y tế đã thăm, chúc tết và làm việc với Bệnh viện Đa khoa tỉnh Hà Giang.",
    "Tổ chức Y tế Thế giới Hỗ Trợ Bệnh viện Phổi Trung ương; Bệnh viện Chợ Rẫy hội chẩn từ xa với Bệnh viện Đa khoa tỉnh Cà Mau.",
    "Trường Đại học Y Hà Nội ký kết thỏa thuận hợp tác với Bệnh viện Đa khoa tỉnh Thái Bình về đào tạo.",
]


def test_cue_verbs_link_giver_and_receiver() -> None:
    """A cue verb between two bodies links them, whatever its case."""
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Lào Cai", "technology_transfer") in _coops(_CUE_TEXTS[0])
    assert ("Sở Y tế Nghệ An", "Trung tâm Y tế huyện Quỳ Hợp", "donation") in _coops(_CUE_TEXTS[1])


def _coops(text: str) -> list[tuple[str, str, str]]:
    return [(c.source, c.target, c.kind) for c in extract(Article(source="t", title="", text=text)).cooperations]


def test_partner_named_after_a_verb_of_joint_work() -> None:
    """"A ký kết hợp tác với công ty X": X is A's partner, in any case of the verb."""
    for text, target in zip(_PARTNER_TEXTS, _TARGETS):
        assert target in [t for _, t, _ in _coops(text)], text


@needs_automaton
def test_partners_read_from_the_word_hits_as_from_the_regex_scan(monkeypatch) -> None:
    """The partner lead is tried only where the document's word hits spell one of its words:
    the same cooperations as the scan of every sentence (word hits switched off)."""
    texts = _PARTNER_TEXTS + [
        " ".join(_PARTNER_TEXTS),
        "Người dân đăng ký với trạm y tế; Bệnh viện Bạch Mai hợp tác chặt chẽ cùng công ty TNHH Hoàng Gia.",
        "Công ty TNHH An Phát đồng hành với Hội Chữ thập đỏ tỉnh, KÝ KẾT với tập đoàn Vingroup.",
        "Bệnh viện Nhi Trung ương liên kết với công ty cổ phần Y khoa Việt Úc, làm việc với công ty Hòa Bình.",
    ] + _CUE_TEXTS
    with_hits = [_coops(t) for t in texts]
    monkeypatch.setattr(wordhits, "hits", lambda doc: None)
    assert [_coops(t) for t in texts] == with_hits


def test_portfolio_titles_imply_their_body() -> None:
    """"Phó Cục trưởng Quản lý Dược", "thứ trưởng Y tế": the title names its body (the title
    scan tries only positions that open with one of its first letters)."""
    for text, body in [("Phó Cục trưởng Quản lý Dược Nguyễn Văn Hùng cho biết thuốc đã về.", "Cục Quản lý Dược"),
                       ("Ông Trần Văn Lâm, thứ trưởng Y tế, dự hội nghị.", "Bộ Y tế")]:
        assert body in [o.name for o in extract(Article(source="t", title="", text=text)).organizations], text


def test_a_written_year_dates_the_bare_days_after_it() -> None:
    """A d/m/y, "tháng m/y" (any case) or "năm y" gives later bare d/m dates their year (the year
    scans open with a look-ahead for their first letters)."""
    for text, day in [("Ngày 12/3/2023, Sở Y tế tỉnh Nghệ An tổ chức hội nghị. Ngày 5/4, bệnh viện khai trương khoa mới.",
                       "2023-04-05"),
                      ("Trong THÁNG 6/2022, bệnh viện khám cho 500 người. Ngày 3/7, đoàn kiểm tra làm việc.", "2022-07-03"),
                      ("Năm 2021, trạm y tế tiêm 300 liều. Ngày 9/9, xã tổ chức tiêm.", "2021-09-09")]:
        assert day in [d.date_start for d in extract(Article(source="t", title="", text=text)).dates], text


def test_periods_months_quarters_and_ranges_still_read() -> None:
    """Each date pattern opens with a look-ahead for its first letters: the spans read are the same."""
    text = ("Trong giai đoạn 2021-2025, tỉnh đầu tư 5 bệnh viện. Quý II/2023 bệnh viện khám 900 ca. Từ ngày 23-3 "
            "đến đầu tháng 4/2024, ngành y tế tiêm chủng. 9 tháng đầu năm 2024, trạm y tế khám 300 lượt. Tháng 7/2024 "
            "sở kiểm tra. Từ tháng 1 đến tháng 3/2024 xã khám 50 ca.")
    got = {(d.text, d.date_start, d.date_end)
           for d in extract(Article(source="t", title="", text=text, published="2024-08-01")).dates}
    assert got >= {("Trong giai đoạn 2021-2025", "2021", "2025"), ("Quý II/2023", "2023-04", "2023-06"),
                   ("Từ ngày 23-3 đến đầu tháng 4/2024", "2024-03-23", "2024-04"),
                   ("9 tháng đầu năm 2024", "2024-01", "2024-09"), ("Tháng 7/2024", "2024-07", "2024-07"),
                   ("Từ tháng 1 đến tháng 3/2024", "2024-01", "2024-03")}


def test_each_partner_lead_verb_opens_a_partner() -> None:
    """Every verb of joint work in the partner lead's word list (the word hits read that list)
    opens a partner named after "với" ("ký" alone is no cue verb: it needs what is signed)."""
    from extractors.coop_ends import PARTNER_LEAD_WORDS
    for verb in PARTNER_LEAD_WORDS:
        if verb == "ký":
            continue
        text = f"Bệnh viện Đa khoa tỉnh Nghệ An {verb} với công ty TNHH Dược phẩm Minh Long trong năm nay."
        assert "Công ty TNHH Dược phẩm Minh Long" in [t for _, t, _ in _coops(text)], verb


def test_a_document_issued_with_its_subject_is_titled_by_both() -> None:
    """"Bộ Y tế ban hành Thông tư quy định về X": the document's title is its kind and subject
    (the scan for the issuing phrase opens with a look-ahead for its first letters)."""
    text = "Bộ Y tế vừa ban hành Thông tư quy định về quản lý chất thải y tế trong phạm vi khuôn viên cơ sở y tế."
    docs = extract(Article(source="t", title="", text=text)).legal_documents
    assert ("Thông tư", "Thông tư quy định về quản lý chất thải y tế trong phạm vi khuôn viên cơ sở y tế") in \
        [(d.kind, d.title) for d in docs]
