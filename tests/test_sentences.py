"""Table-driven tests for extractors.sentences: splits at real sentence ends,
never inside Vietnamese title/degree abbreviations, initials, "TP.HCM",
money units or file names; chrome lines and photo credits get no sentence."""
from __future__ import annotations

import pytest

from extractors import sentences, textnorm
from extractors.doc import Doc


def split(text: str) -> list[str]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    out = []
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert 0 <= s.start < s.end <= len(text)
        piece = text[s.start:s.end]
        assert piece == piece.strip()           # no surrounding white space
        assert "\n" not in piece                # never across a line break
        out.append(piece)
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    return out


# (text, expected sentences)
NO_SPLIT = [
    "Theo PGS.TS. Nguyễn Văn Bình, Giám đốc bệnh viện, ca mổ thành công.",
    "Theo PGS. TS. Nguyễn Văn Bình, ca mổ kéo dài 6 giờ.",
    "ThS.BS. Lê Thị Thu Hà, Trưởng khoa Nhi, trực tiếp thăm khám.",
    "ThS. BS. Lê Thị Thu Hà trực tiếp thăm khám cho bé.",
    "TS. Nguyễn Hoàng Long phát biểu tại hội nghị.",
    "GS. TS. Trần Văn Thuấn chủ trì cuộc họp giao ban.",
    "GS.TS. Phạm Minh Thông trao đổi kinh nghiệm với đoàn.",
    "BSCKII. Đinh Văn Lực hướng dẫn kíp phẫu thuật.",
    "BS. CKII. Đinh Văn Lực hướng dẫn kíp phẫu thuật.",
    "DS. Vũ Thị Ngọc kiểm tra quầy thuốc của bệnh viện.",
    "TTND. Lương Ngọc Khuê dự lễ kỷ niệm.",
    "Tại TP.HCM, số ca sốt xuất huyết tăng 20% so với cùng kỳ.",
    "Tại TP. HCM, số ca sốt xuất huyết tăng 20% so với cùng kỳ.",
    # the abbreviation right after an opening bracket or quote
    "Bệnh viện Nhân dân Gia Định (TP. HCM) đã cử 5 bác sĩ hỗ trợ.",
    "Ông Lê Văn An (Q. Bình Thạnh) cho biết gia đình đã nhận đủ tiền.",
    "Đoàn công tác đến TP. Vinh vào sáng thứ Hai.",
    "Kinh phí hỗ trợ là 500 tr.đồng từ nguồn xã hội hóa.",
    "Bệnh nhân được chuyển từ TX. Cửa Lò lên tuyến trên.",
    "Cháu bé ở P. Bến Thành được cấp cứu kịp thời.",
    "Người bệnh ở Q. 8 đã xuất viện sau 10 ngày.",
    "Hội nghị diễn ra tại H. Mường Tè với 200 đại biểu.",
    "Ảnh chụp z5664746724810_7046c99cba07bb174a7d6011e07a898e.jpg được gửi kèm báo cáo.",
    "Bệnh nhân N.V.A. 56 tuổi đã được phẫu thuật thành công.",
    "Ông Nguyễn V. Nam, trú tại xã Tân Phú, bị ong đốt.",
    "Chị T. Hương cho biết con chị đã hạ sốt.",
    "Bác sĩ Trần Q. Huy phụ trách ca trực đêm.",
    "Số liệu theo Sđd. Trang 12 của báo cáo tổng kết.",
    "Đồng chí Đ/c. Hoàng Văn Tâm phát biểu chỉ đạo.",
    "Ông Lê Văn Tám (SN 1970, ở TX. Hoàng Mai) nhập viện trong đêm.",
    "Website soyte.hanoi.gov.vn đăng tải thông báo tuyển dụng.",
    "Phiên bản 2.0 của phần mềm được triển khai tại 30 trạm y tế.",
    "Tỷ lệ tiêm chủng đạt 98,5% trong quý II.",
]


@pytest.mark.parametrize("text", NO_SPLIT)
def test_no_split(text: str) -> None:
    assert split(text) == [text]


SPLIT = [
    ("Bệnh viện tiếp nhận 12 ca. Tất cả đã ổn định.",
     ["Bệnh viện tiếp nhận 12 ca.", "Tất cả đã ổn định."]),
    ("Theo PGS.TS. Nguyễn Văn Bình, ca mổ thành công. Bệnh nhân đã tỉnh.",
     ["Theo PGS.TS. Nguyễn Văn Bình, ca mổ thành công.", "Bệnh nhân đã tỉnh."]),
    ("Người bệnh có khỏe không? Bác sĩ cho biết đã ổn định!  Gia đình rất vui.",
     ["Người bệnh có khỏe không?", "Bác sĩ cho biết đã ổn định!", "Gia đình rất vui."]),
    ("Bệnh viện quá tải... Tuy nhiên, chất lượng vẫn được bảo đảm.",
     ["Bệnh viện quá tải...", "Tuy nhiên, chất lượng vẫn được bảo đảm."]),
    ("Ông nói: “Chúng tôi sẽ cố gắng hết sức.” Sau đó đoàn rời đi.",
     ["Ông nói: “Chúng tôi sẽ cố gắng hết sức.”", "Sau đó đoàn rời đi."]),
    ("Số ca mắc là 300. 12 ca đã tử vong.",
     ["Số ca mắc là 300.", "12 ca đã tử vong."]),
    ("Hội nghị kết thúc lúc 11 giờ. (Trích báo cáo của Sở Y tế)",
     ["Hội nghị kết thúc lúc 11 giờ.", "(Trích báo cáo của Sở Y tế)"]),
    ("Đoàn đã làm việc tại Sở Y tế TP.HCM. Ông Lê Minh Tâm tiếp đoàn.",
     ["Đoàn đã làm việc tại Sở Y tế TP.HCM.", "Ông Lê Minh Tâm tiếp đoàn."]),
    ("Dòng thứ nhất không có dấu chấm\nDòng thứ hai cũng vậy",
     ["Dòng thứ nhất không có dấu chấm", "Dòng thứ hai cũng vậy"]),
    ("Tiêu đề bài viết\n\nĐoạn mở đầu. Câu thứ hai.\n",
     ["Tiêu đề bài viết", "Đoạn mở đầu.", "Câu thứ hai."]),
    ("  Câu có khoảng trắng đầu dòng.   Câu sau.  ",
     ["Câu có khoảng trắng đầu dòng.", "Câu sau."]),
    ("Kinh phí là 2 tỷ đồng. Đây là nguồn ngân sách tỉnh.",
     ["Kinh phí là 2 tỷ đồng.", "Đây là nguồn ngân sách tỉnh."]),
    ("Bệnh viện đạt chuẩn năm 2024. Đến nay, bệnh viện có 500 giường.",
     ["Bệnh viện đạt chuẩn năm 2024.", "Đến nay, bệnh viện có 500 giường."]),
    ("Đoàn công tác của Bộ Y tế. Đồng chí Nguyễn Văn A dẫn đầu.",
     ["Đoàn công tác của Bộ Y tế.", "Đồng chí Nguyễn Văn A dẫn đầu."]),
    ("Thứ trưởng đánh giá cao kết quả! “Cần tiếp tục phát huy”, ông nói.",
     ["Thứ trưởng đánh giá cao kết quả!", "“Cần tiếp tục phát huy”, ông nói."]),
    ("Ca mổ đầu tiên thành công. Ảnh: Minh Hà",
     ["Ca mổ đầu tiên thành công."]),
    ("Đoàn kiểm tra tại khoa Cấp cứu. (Ảnh: SYT)",
     ["Đoàn kiểm tra tại khoa Cấp cứu."]),
    ("Bác sĩ thăm khám cho người dân. Nguồn: CDC Hà Nội",
     ["Bác sĩ thăm khám cho người dân."]),
    # an aggregator runs the credit into the next sentence: the sentence resumes after the credit
    ("Kíp mổ tại phòng mổ. Ảnh: Thu Hà Bệnh nhân được xuất viện ngày 12/5 sau 10 ngày điều trị.",
     ["Kíp mổ tại phòng mổ.", "Bệnh nhân được xuất viện ngày 12/5 sau 10 ngày điều trị."]),
]


@pytest.mark.parametrize("text,expected", SPLIT)
def test_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


# Chrome lines and credits carry no sentences.
CHROME = [
    ("Bệnh viện tổ chức hội nghị.\nz5664746724810_7046c99cba07bb174a7d6011e07a898e.jpg\nHội nghị thành công.",
     ["Bệnh viện tổ chức hội nghị.", "Hội nghị thành công."]),
    ("Bệnh viện tổ chức hội nghị.\nẢnh: BVĐK tỉnh\nHội nghị thành công.",
     ["Bệnh viện tổ chức hội nghị.", "Hội nghị thành công."]),
    ("12, Tháng 7, 2024 |\n8, Tháng 8, 2023 |\nSở Y tế họp giao ban.",
     ["Sở Y tế họp giao ban."]),
    ("Sở Y tế họp giao ban.\nXem thêm\nVideo\nĐọc báo in",
     ["Sở Y tế họp giao ban."]),
    ("Sở Y tế họp giao ban.\nXem thêm: Bộ Y tế chỉ đạo phòng dịch",
     ["Sở Y tế họp giao ban."]),
    ("Nguồn: Báo Sức khỏe\nSở Y tế họp giao ban.",
     ["Sở Y tế họp giao ban."]),
]


@pytest.mark.parametrize("text,expected", CHROME)
def test_chrome_and_credits_skipped(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentence_at_and_text() -> None:
    text = "Câu một có PGS.TS. Nguyễn Văn Bình. Câu hai ở TP. HCM.\nCâu ba."
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    assert [doc.sentence_text(i) for i in range(3)] == [
        "Câu một có PGS.TS. Nguyễn Văn Bình.", "Câu hai ở TP. HCM.", "Câu ba."]
    assert doc.sentence_at(text.index("Bình")) == 0
    assert doc.sentence_at(text.index("HCM")) == 1
    assert doc.sentence_at(text.index("ba")) == 2
    assert doc.sentence_at(text.index("\n")) == -1   # between sentences


def test_split_uses_matching_text_offsets() -> None:
    # old tone placement and NBSP in the stored text do not shift the spans
    text = "Tỉnh uỷ Khánh Hoà\u00a0họp. Sở Y tế báo cáo – kết quả tốt."
    assert split(text) == ["Tỉnh uỷ Khánh Hoà\u00a0họp.", "Sở Y tế báo cáo – kết quả tốt."]
