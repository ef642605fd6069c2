"""Fact dates (extractors/factdates.py): each role, cooperation and figure is dated by
the event its sentence reports, else by the publication date, never by a date that
belongs to another fact (a cited document, a deadline, a plan, a period, history).

The table runs the real chain up to `legal` (so the real `dates` and `legal`
extractors find the dates and documents) and puts one fact on the given words;
the last tests run the whole chain, as `ytekb extract` does.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import factdates, run
from extractors.doc import Doc, provenance
from pipeline.records import Cooperation, Figure, Official

BEFORE = ("textnorm", "sentences", "context", "organizations", "dates", "legal")


def dated(text: str, fact: str, published: str | None = "2024-10-05",
          kind: str = "figure", nth: int = 0) -> tuple[str | None, str]:
    """(date, date_source) of a fact on the words `fact` (its nth occurrence) in `text`."""
    doc = run(Doc(text=text, published=published), BEFORE)
    start = -1
    for _ in range(nth + 1):
        start = text.index(fact, start + 1)
    prov = provenance(doc, start, start + len(fact), "test", "1", 1.0)
    if kind == "role":
        f = Official(name=fact, title="Giám đốc", **prov)
        doc.officials.append(f)
    elif kind == "cooperation":
        f = Cooperation(source="A", target="B", kind="support", text=fact, **prov)
        doc.cooperations.append(f)
    else:
        f = Figure(text=fact, value=1, unit="ca", **prov)
        doc.figures.append(f)
    factdates.extract(doc)
    return f.date, f.date_source


EVENT, PUB = "event", "published"

CASES = [
    # --- the sentence's own event date: it opens the sentence
    ("Ngày 20/1, Giám đốc Sở Y tế Nguyễn Văn An chủ trì hội nghị tổng kết.",
     "Nguyễn Văn An", "2025-01-21", "role", ("2025-01-20", EVENT)),
    ("Sáng 24/7, Bệnh viện Bạch Mai chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Bắc Kạn.",
     "chuyển giao kỹ thuật", "2024-07-25", "cooperation", ("2024-07-24", EVENT)),
    ("Chiều 3/9/2024, PGS.TS Trần Văn Bình, Giám đốc Bệnh viện Chợ Rẫy, tiếp đoàn công tác.",
     "Trần Văn Bình", "2024-09-04", "role", ("2024-09-03", EVENT)),
    ("Tối 15/8, Sở Y tế tiếp nhận 2.000 liều vắc xin từ Bộ Y tế.",
     "2.000 liều", "2024-08-16", "figure", ("2024-08-15", EVENT)),
    ("Ngày 12/3/2024, Bệnh viện Bạch Mai đã ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An.",
     "ký kết thỏa thuận hợp tác", "2024-03-13", "cooperation", ("2024-03-12", EVENT)),
    ("Trong hai ngày 13 và 14/7/2023, tại Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế Cần Thơ "
     "tổ chức hội thảo.", "phối hợp", "2023-07-15", "cooperation", ("2023-07-13", EVENT)),
    ("Từ ngày 19-20/8, Sở Y tế Nghệ An tổ chức đoàn công tác học tập kinh nghiệm tại Huế.",
     "học tập kinh nghiệm", "2024-08-25", "cooperation", ("2024-08-19", EVENT)),
    ("Vào ngày 5/6/2024, Sở Y tế ghi nhận 1.250 ca sốt xuất huyết.",
     "1.250 ca", "2024-06-07", "figure", ("2024-06-05", EVENT)),
    ("Tháng 7 vừa qua, Bệnh viện Trung ương Huế đã cử 5 bác sĩ hỗ trợ Quảng Trị.",
     "5 bác sĩ", "2024-08-02", "figure", ("2024-07", EVENT)),
    ("Ngày 15/3 vừa qua, Sở Y tế trao tặng 20 máy thở cho Trung tâm Y tế huyện.",
     "20 máy thở", "2024-03-20", "figure", ("2024-03-15", EVENT)),
    ("Trước đó, ngày 7/9, Thứ trưởng Trần Văn Thuấn làm việc với Bệnh viện Đa khoa tỉnh.",
     "Trần Văn Thuấn", "2024-09-10", "role", ("2024-09-07", EVENT)),
    ("Ngày 21/9, tại TP Long Xuyên, Bệnh viện Chợ Rẫy phối hợp với Sở Y tế An Giang tổ chức "
     "hội nghị sơ kết.", "phối hợp", "2023-09-22", "cooperation", ("2023-09-21", EVENT)),
    # --- the event date after the fact, or in brackets
    ("Bệnh viện Bạch Mai đã ký kết thỏa thuận hợp tác với Sở Y tế Hà Tĩnh vào ngày 10/11/2023.",
     "ký kết", "2023-11-12", "cooperation", ("2023-11-10", EVENT)),
    ("Hội thảo giữa Sở Y tế TP.HCM và 13 Sở Y tế vùng đồng bằng sông Cửu Long (ngày 13 và "
     "14/7/2023)", "13 Sở Y tế", "2023-07-20", "figure", ("2023-07-13", EVENT)),
    # --- several events: the nearest one before the fact
    ("Ngày 2/10, Bệnh viện A tiếp nhận 30 ca bệnh, ngày 3/10 tiếp nhận thêm 45 ca bệnh.",
     "45 ca", "2024-10-05", "figure", ("2024-10-03", EVENT)),
    ("Ngày 2/10, Bệnh viện A tiếp nhận 30 ca bệnh, ngày 3/10 tiếp nhận thêm 45 ca bệnh.",
     "30 ca", "2024-10-05", "figure", ("2024-10-02", EVENT)),
    ("Ngày 15/10, Sở Y tế yêu cầu 20 bệnh viện hoàn thành báo cáo trước ngày 30/10.",
     "20 bệnh viện", "2024-10-16", "figure", ("2024-10-15", EVENT)),
    # --- the date a count stands at
    ("Tính đến ngày 30/9/2024, toàn tỉnh ghi nhận 1.250 ca sốt xuất huyết.",
     "1.250 ca", "2024-10-05", "figure", ("2024-09-30", EVENT)),
    ("Đến hết tháng 9/2024, thành phố đã cấp mới 6.100 giấy phép hành nghề.",
     "6.100 giấy phép", "2024-10-29", "figure", ("2024-09", EVENT)),
    ("Lũy kế đến ngày 15/8, Bệnh viện đã thực hiện 120 ca can thiệp tim mạch.",
     "120 ca", "2024-08-20", "figure", ("2024-08-15", EVENT)),
    # --- a past year opening the sentence is that year's event
    ("Năm 2021, Bệnh viện Ung bướu có 1.200 giường bệnh.",
     "1.200 giường", "2024-05-01", "figure", ("2021", EVENT)),
    # --- year unknown: the event keeps its day and month
    ("Chiều 6-5, Thủ tướng Nguyễn Xuân Phúc đến thăm Bệnh viện đa khoa Đồng Nai.",
     "Nguyễn Xuân Phúc", None, "role", ("XXXX-05-06", EVENT)),
    ("Đến ngày 30/1, đã có 14 bệnh viện ký cam kết không nằm ghép.",
     "14 bệnh viện", None, "figure", ("XXXX-01-30", EVENT)),
    # --- a cited document's issue or effective date dates nothing else
    ("Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Trần Minh Quân nhấn mạnh, việc nâng cao năng "
     "lực y tế cơ sở là nhiệm vụ trọng tâm để cụ thể hoá Nghị quyết số 20-NQ/TW ngày 25/10/2017 "
     "của Ban Chấp hành Trung ương.", "Trần Minh Quân", "2025-10-16", "role", ("2025-10-16", PUB)),
    ("Đại diện Sở Nội vụ công bố Quyết định số 612/QĐ-UBND ngày 7/3/2025 của UBND tỉnh Nghệ An "
     "về việc bổ nhiệm bà Hoàng Thị Mai Phương giữ chức vụ Phó Giám đốc Sở Y tế.",
     "Hoàng Thị Mai Phương", "2025-03-11", "role", ("2025-03-11", PUB)),
    ("Thực hiện Chương trình hành động số 68-CTr/TU ngày 15/11/2023 của Tỉnh ủy, từ ngày "
     "19-20/8, Sở Y tế Nghệ An tổ chức đoàn công tác học tập kinh nghiệm tại Huế.",
     "học tập kinh nghiệm", "2024-08-25", "cooperation", ("2024-08-19", EVENT)),
    ("Theo Nghị quyết số 93 / NQ - CP ngày 15-12-2014 của Chính phủ, Tập đoàn FLC đầu tư bệnh "
     "viện 1.000 giường.", "1.000 giường", "2018-02-15", "figure", ("2018-02-15", PUB)),
    ("Kế hoạch số 123/KH-UBND ngày 25/9/2025 của UBND tỉnh đặt mục tiêu 100% trạm y tế có "
     "bác sĩ.", "100%", "2025-10-16", "figure", ("2025-10-16", PUB)),
    ("Thông tư 12/2024/TT-BYT ban hành ngày 5/7/2024 quy định 27 danh mục kỹ thuật.",
     "27 danh mục", "2024-08-01", "figure", ("2024-08-01", PUB)),
    ("Luật Khám bệnh, chữa bệnh có hiệu lực từ ngày 1/1/2024 và Bộ Y tế đã cấp 1.500 giấy phép.",
     "1.500 giấy phép", "2024-03-28", "figure", ("2024-03-28", PUB)),
    ("Theo Quyết định số 1816/QĐ-BYT ngày 26/5/2008 của Bộ trưởng Bộ Y tế, các bệnh viện đã cử "
     "3.214 lượt cán bộ.", "3.214 lượt", "2024-03-28", "figure", ("2024-03-28", PUB)),
    ("Công văn số 5436/BYT-KCB (ngày 12/9/2024) yêu cầu 63 tỉnh báo cáo.",
     "63 tỉnh", "2024-09-20", "figure", ("2024-09-20", PUB)),
    ("Theo QĐ số 5239 / QĐ - BYT ngày 23/9/2016, Bệnh viện Hợp Lực là bệnh viện vệ tinh của "
     "Bệnh viện Việt Đức.", "bệnh viện vệ tinh", "2017-01-10", "cooperation",
     ("2017-01-10", PUB)),
    ("Giám đốc Sở Y tế Phan Đức Tài quán triệt Nghị quyết 20-NQ/TW ngày 25/10/2017 và Nghị "
     "quyết 72-NQ/TW ngày 9/9/2025.", "Phan Đức Tài", "2025-10-16", "role", ("2025-10-16", PUB)),
    ("Báo cáo tại buổi làm việc, Giám đốc Sở Y tế Trần Minh Quân cho biết, thực hiện Nghị quyết "
     "số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị, ngành y tế đang xây dựng 5 chuyên khoa.",
     "Trần Minh Quân", "2024-08-15", "role", ("2024-08-15", PUB)),
    # --- a deadline is not the date of the fact
    ("Giám đốc Sở Y tế Hà Nội Đỗ Mạnh Cường đề nghị các đơn vị triển khai bệnh án điện tử trước "
     "ngày 31/12/2024.", "Đỗ Mạnh Cường", "2024-10-29", "role", ("2024-10-29", PUB)),
    ("Sở Y tế giao Bệnh viện Bạch Mai xây dựng danh mục kỹ thuật chuyển giao cho từng đơn vị, "
     "hoàn thành trong tháng 11/2024.", "chuyển giao", "2024-10-04", "cooperation",
     ("2024-10-04", PUB)),
    ("Các đơn vị gửi báo cáo về Sở Y tế chậm nhất ngày 15/12 với 12 chỉ tiêu.",
     "12 chỉ tiêu", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Bệnh viện phấn đấu đến năm 2030 đạt 1.500 giường bệnh.",
     "1.500 giường", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Hạn chót nộp hồ sơ là ngày 20/10/2024, Sở Y tế tuyển 50 bác sĩ.",
     "50 bác sĩ", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Dự án hoàn thành vào tháng 12/2025 với 800 giường bệnh.",
     "800 giường", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Đến ngày 30/6/2025, 100% trạm y tế phải có bác sĩ.",
     "100%", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Bệnh viện Trung ương Huế hỗ trợ Quảng Trị đến hết ngày 30/11 với 10 kíp chuyên gia.",
     "10 kíp", "2024-10-05", "figure", ("2024-10-05", PUB)),
    # --- a plan, or anything after the article, is not what it reports
    ("Bệnh viện Bạch Mai sẽ ký kết thỏa thuận hợp tác với Sở Y tế Quảng Trị vào tháng 10/2025.",
     "ký kết", "2025-09-18", "cooperation", ("2025-09-18", PUB)),
    ("Hai bên dự kiến ký kết thỏa thuận hợp tác trong tháng 10/2025.",
     "ký kết", "2025-09-18", "cooperation", ("2025-09-18", PUB)),
    ("Theo kế hoạch, ngày 20/11 Bệnh viện Trung ương Huế sẽ cử 10 bác sĩ về Quảng Trị.",
     "10 bác sĩ", "2025-09-18", "figure", ("2025-09-18", PUB)),
    ("Theo kế hoạch, ngày 20/11 Bệnh viện Trung ương Huế sẽ cử 10 bác sĩ về Quảng Trị.",
     "10 bác sĩ", None, "figure", (None, "none")),
    ("Bệnh viện sẽ tổ chức hội nghị khoa học vào tháng 10/2024 với 300 đại biểu.",
     "300 đại biểu", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Hội nghị diễn ra ngày 20/10/2024 tại Nghệ An với 300 đại biểu.",
     "300 đại biểu", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Chuẩn bị cho buổi làm việc giữa Bệnh viện Bạch Mai với UBND tỉnh Nghệ An dự kiến tổ chức "
     "vào đầu tháng 10/2024.", "buổi làm việc", "2024-08-15", "cooperation", ("2024-08-15", PUB)),
    # --- a period is not a date of a fact
    ("Phó Giám đốc Sở Y tế Nguyễn Hữu Lê báo cáo định hướng phát triển giai đoạn 2024-2030.",
     "Nguyễn Hữu Lê", "2024-10", "role", ("2024-10", PUB)),
    ("9 tháng đầu năm 2024, các bệnh viện đã khám 17,4 triệu lượt người.",
     "17,4 triệu lượt", "2024-10-29", "figure", ("2024-10-29", PUB)),
    ("Quý I/2024, Bệnh viện Chợ Rẫy tiếp nhận 3.000 ca bệnh.",
     "3.000 ca", "2024-05-02", "figure", ("2024-05-02", PUB)),
    ("Từ tháng 3 đến tháng 7/2024, Bệnh viện Trung ương Thái Nguyên đã cử 4 kíp chuyên gia về "
     "Bắc Kạn.", "4 kíp", "2024-07-24", "figure", ("2024-07-24", PUB)),
    ("Năm 2023, đơn vị đã khám cho 41.620 lượt người.",
     "41.620 lượt", "2023-12-15", "figure", ("2023-12-15", PUB)),
    ("Bệnh viện Đa khoa tỉnh Hà Tĩnh là bệnh viện vệ tinh của Bệnh viện Bạch Mai từ năm 2014.",
     "bệnh viện vệ tinh", "2023-11-10", "cooperation", ("2023-11-10", PUB)),
    ("Nhiệm kỳ 2020-2025, ông Nguyễn Văn Hải giữ chức Bí thư Đảng ủy Sở Y tế.",
     "Nguyễn Văn Hải", "2024-10-05", "role", ("2024-10-05", PUB)),
    ("Từ ngày 1/7/2025, tỉnh Quảng Trị mới có 1,58 triệu người.",
     "1,58 triệu người", "2025-09-18", "figure", ("2025-09-18", PUB)),
    ("Kể từ ngày 15/7/2023, bà Vũ Thị Thanh Mai giữ chức Phó Giám đốc Sở Y tế Hà Nội.",
     "Vũ Thị Thanh Mai", "2023-07-18", "role", ("2023-07-18", PUB)),
    ("Tháng 7-8/2024, Sở Y tế tổ chức 12 lớp tập huấn.",
     "12 lớp", "2024-09-05", "figure", ("2024-09-05", PUB)),
    ("Bệnh viện đã chuyển giao 46 kỹ thuật cho Bắc Kạn giai đoạn 2021-2024.",
     "46 kỹ thuật", "2025-08-14", "figure", ("2025-08-14", PUB)),
    # --- history
    ("Bệnh viện Bạch Mai được thành lập năm 1911, hiện có 3.200 giường bệnh.",
     "3.200 giường", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Năm 1894, Bệnh viện Trung ương Huế có 40 giường bệnh.",
     "40 giường", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Trường được thành lập ngày 15/10/1902 và đã đào tạo 50.000 bác sĩ.",
     "50.000 bác sĩ", "2024-10-05", "figure", ("2024-10-05", PUB)),
    ("Bệnh viện nhận chuyển giao kỹ thuật từ ngày 12/3/2010 đến nay với 120 ca can thiệp.",
     "120 ca", "2024-10-05", "figure", ("2024-10-05", PUB)),
    # --- reported speech: the speaker's role is not dated by what is said, and vice versa
    ("Giám đốc Sở Y tế Nguyễn Văn An cho biết, ngày 5/3/2024 tỉnh ghi nhận ca bệnh đầu tiên.",
     "Nguyễn Văn An", "2024-10-05", "role", ("2024-10-05", PUB)),
    ("Giám đốc Sở Y tế Nguyễn Văn An cho biết, ngày 5/3/2024 tỉnh ghi nhận 12 ca bệnh.",
     "12 ca", "2024-10-05", "figure", ("2024-03-05", EVENT)),
    ("Sáng 14/8, Giám đốc Sở Y tế Trần Minh Quân cho biết: năm 2023 ngành y tế đã chuyển giao "
     "38 kỹ thuật.", "Trần Minh Quân", "2024-08-15", "role", ("2024-08-14", EVENT)),
    # --- no event: the publication date, else nothing
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế, phát biểu tại hội nghị.",
     "Nguyễn Văn An", None, "role", (None, "none")),
    ("Sở Y tế yêu cầu hoàn thành trước ngày 31/12/2024 tại 50 trạm y tế.",
     "50 trạm", None, "figure", (None, "none")),
    ("Tại buổi làm việc, Bệnh viện Bạch Mai hỗ trợ Sở Y tế Nghệ An 15 kỹ thuật.",
     "15 kỹ thuật", "2024-10", "figure", ("2024-10", PUB)),
    ("Tại buổi làm việc, Bệnh viện Bạch Mai hỗ trợ Sở Y tế Nghệ An 15 kỹ thuật.",
     "15 kỹ thuật", "2024-10-04T15:45:00+07:00", "figure", ("2024-10-04", PUB)),
    # --- an event date in another sentence does not date this one
    ("Sáng 24/7, đoàn công tác đến Bắc Kạn. Bệnh viện trao tặng 500 thùng găng tay.",
     "500 thùng", "2024-07-25", "figure", ("2024-07-25", PUB)),
]


def test_the_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize("text, fact, published, kind, want", CASES,
                         ids=[f"{i:02d}-{c[1][:18]}" for i, c in enumerate(CASES)])
def test_fact_date(text, fact, published, kind, want):
    assert dated(text, fact, published, kind) == want


def test_every_date_of_a_sentence_gets_a_role_from_its_context():
    text = ("Thực hiện Quyết định số 1816/QĐ-BYT ngày 26/5/2008, sáng 24/7/2024 Bệnh viện A cử 5 "
            "bác sĩ về tỉnh giai đoạn 2024-2026, hoàn thành trước ngày 31/12/2024.")
    doc = run(Doc(text=text, published="2024-07-25"), BEFORE)
    roles = {u.date.date_start: u.role for us in factdates.sentence_uses(doc).values() for u in us}
    assert roles == {"2008-05-26": "issue", "2024-07-24": "event", "2024": "period",
                     "2024-12-31": "deadline"}


def _extract(tmp_path: Path, text: str, published: str) -> dict:
    from pipeline.contract import to_contract
    from pipeline.extract import extract
    from pipeline.records import Article

    art = Article(source="test", title="", text=text, path=str(tmp_path / "a.txt"),
                  published=published)
    return json.loads(json.dumps(to_contract(extract(art)), ensure_ascii=False))


def test_the_whole_chain_dates_the_issue_examples(tmp_path):
    """The issue's examples through every extractor, as `ytekb extract` prints them."""
    text = ("Triển khai Kế hoạch nâng cao năng lực trạm y tế xã\n"
            "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Trần Minh Quân nhấn mạnh, việc nâng cao "
            "năng lực y tế cơ sở là nhiệm vụ trọng tâm để cụ thể hoá Nghị quyết số 20-NQ/TW ngày "
            "25/10/2017 của Ban Chấp hành Trung ương.\n"
            "Giám đốc Sở Y tế Hà Nội Đỗ Mạnh Cường đề nghị các đơn vị triển khai bệnh án điện tử "
            "trước ngày 31/12/2024.\n"
            "Sáng 14/10, Giám đốc Sở Y tế Phan Đức Tài làm việc với Bệnh viện Bạch Mai.")
    out = _extract(tmp_path, text, "2024-10-16")
    by_name = {o["name"]: (o["date"], o["date_source"]) for o in out["officials"]}
    assert by_name["Trần Minh Quân"] == ("2024-10-16", "published")
    assert by_name["Đỗ Mạnh Cường"] == ("2024-10-16", "published")
    assert by_name["Phan Đức Tài"] == ("2024-10-14", "event")
    for kind in ("officials", "figures", "cooperations"):
        for item in out[kind]:
            assert item["date_source"] in ("event", "published", "none")


def test_the_whole_chain_dates_a_cooperation_by_its_event_not_its_deadline(tmp_path):
    text = ("Bệnh viện Bạch Mai làm việc với UBND tỉnh Nghệ An\n"
            "Sáng 4/10, Bệnh viện Bạch Mai có buổi làm việc với UBND tỉnh Nghệ An về hỗ trợ "
            "chuyên môn.\n"
            "Tỉnh giao Sở Y tế Nghệ An phối hợp với Bệnh viện Bạch Mai xây dựng danh mục kỹ "
            "thuật chuyển giao, hoàn thành trong tháng 11/2024.")
    out = _extract(tmp_path, text, "2024-10-04T15:45:00+07:00")
    dates = {(c["from"], c["to"]): (c["date"], c["date_source"]) for c in out["cooperations"]}
    assert dates, out["cooperations"]
    assert "2024-11" not in {d for d, _ in dates.values()}
    assert all(d == "2024-10-04" for d, _ in dates.values()), dates
