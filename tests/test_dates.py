"""Table-driven tests for extractors.dates (calendar references -> ISO ranges)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import dates, sentences, textnorm
from extractors.doc import Doc


def make_doc(text: str, published: str | None = None, year_hint: int | None = None) -> Doc:
    doc = Doc(text=text, published=published, year_hint=year_hint)
    doc = textnorm.normalise(doc)
    return sentences.split_sentences(doc)


def run(text: str, published: str | None = None, year_hint: int | None = None):
    doc = dates.extract(make_doc(text, published, year_hint))
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text, d
        assert d.extractor == "dates" and d.version == dates.VERSION
        assert 0 < d.confidence <= 1
        assert d.sentence >= 0
    return doc


def found(text: str, published: str | None = None, year_hint: int | None = None):
    return [(d.text, d.date_start, d.date_end) for d in run(text, published, year_hint).dates]


P = "2024-08"   # most cases: an article published in August 2024

# (sentence, published, expected [(span, start, end), ...])
CASES = [
    # --- full dates d/m/yyyy, dd-mm-yyyy, d.m.yyyy
    ("Ngày 18/7/2023, Bộ Chính trị ban hành nghị quyết mới.", P,
     [("Ngày 18/7/2023", "2023-07-18", "2023-07-18")]),
    ("Hội nghị tổng kết được tổ chức vào ngày 05/01/2024 tại Hà Nội.", P,
     [("ngày 05/01/2024", "2024-01-05", "2024-01-05")]),
    ("Bệnh viện khai trương khoa mới ngày 12-3-2024.", P,
     [("ngày 12-3-2024", "2024-03-12", "2024-03-12")]),
    ("Hồ sơ phải nộp trước 30.6.2024 để được xét duyệt.", P,
     [("30.6.2024", "2024-06-30", "2024-06-30")]),
    ("Bệnh nhân nhập viện 3/2/2024 trong tình trạng nguy kịch.", P,
     [("3/2/2024", "2024-02-03", "2024-02-03")]),
    ("Chính sách có hiệu lực từ 1/7/2024.", P,
     [("từ 1/7/2024", "2024-07-01", "2024-07-01")]),
    ("Kể từ ngày 1/1/2025, người bệnh được thông tuyến tỉnh.", P,
     [("Kể từ ngày 1/1/2025", "2025-01-01", "2025-01-01")]),
    ("Ca bệnh đầu tiên được phát hiện ngày 23/01/2020 tại TP.HCM.", P,
     [("ngày 23/01/2020", "2020-01-23", "2020-01-23")]),
    ("Đến hết ngày 31/12/2023, toàn tỉnh có 95% dân số tham gia bảo hiểm y tế.", P,
     [("ngày 31/12/2023", "2023-12-31", "2023-12-31")]),
    ("Kết quả xét nghiệm ngày 29/2/2024 cho thấy bệnh nhân âm tính.", P,
     [("ngày 29/2/2024", "2024-02-29", "2024-02-29")]),
    ("Thứ Hai, 15/7/2024, Sở Y tế tổ chức giao ban trực tuyến.", P,
     [("15/7/2024", "2024-07-15", "2024-07-15")]),
    ("Cập nhật lúc 10:30 ngày 15/8/2024 từ Trung tâm Kiểm soát bệnh tật.", P,
     [("ngày 15/8/2024", "2024-08-15", "2024-08-15")]),
    ("Hệ thống được nâng cấp ngày 2024-03-05 theo kế hoạch.", P,
     [("2024-03-05", "2024-03-05", "2024-03-05")]),
    ("Sáng 5/9/2023, Bệnh viện Chợ Rẫy tiếp nhận ca ghép thận thứ 1.000.", None,
     [("Sáng 5/9/2023", "2023-09-05", "2023-09-05")]),
    ("Chiều ngày 22/4/2024, đoàn công tác đến thăm trạm y tế xã.", None,
     [("Chiều ngày 22/4/2024", "2024-04-22", "2024-04-22")]),
    ("Tối 30/4/2024 bệnh viện tiếp nhận nhiều ca tai nạn giao thông.", None,
     [("Tối 30/4/2024", "2024-04-30", "2024-04-30")]),
    # --- written-out dates
    ("Ngày 5 tháng 8 năm 2024, Bộ trưởng Bộ Y tế ký quyết định thành lập hội đồng.", None,
     [("Ngày 5 tháng 8 năm 2024", "2024-08-05", "2024-08-05")]),
    ("Văn bản được ký ngày 20 tháng 11 năm 2023 tại Hà Nội.", None,
     [("ngày 20 tháng 11 năm 2023", "2023-11-20", "2023-11-20")]),
    ("Buổi lễ diễn ra ngày 27 tháng 2 để tôn vinh đội ngũ thầy thuốc.", "2024-03",
     [("ngày 27 tháng 2", "2024-02-27", "2024-02-27")]),
    ("Đăng ngày 12, Tháng 7, 2024 trên trang tin của bệnh viện.", None,
     [("ngày 12, Tháng 7, 2024", "2024-07-12", "2024-07-12")]),
    ("Bài viết cập nhật 3, Tháng 5, 2024 trên cổng thông tin.", None,
     [("3, Tháng 5, 2024", "2024-05-03", "2024-05-03")]),
    ("Ngày 1 tháng 6 năm 2024 là ngày Quốc tế Thiếu nhi.", None,
     [("Ngày 1 tháng 6 năm 2024", "2024-06-01", "2024-06-01")]),
    # --- day/month with the year from the publication date
    ("Chiều 24/7, đoàn công tác của bệnh viện làm việc với Sở Y tế.", P,
     [("Chiều 24/7", "2024-07-24", "2024-07-24")]),
    ("Sáng 5-8, Bộ Y tế tổ chức họp báo về dịch sốt xuất huyết.", P,
     [("Sáng 5-8", "2024-08-05", "2024-08-05")]),
    ("Ngày 12/8, Trung tâm Y tế huyện ra quân tiêm chủng.", P,
     [("Ngày 12/8", "2024-08-12", "2024-08-12")]),
    ("Trưa 3/8, bệnh nhân được chuyển lên tuyến trên.", P,
     [("Trưa 3/8", "2024-08-03", "2024-08-03")]),
    ("Đêm 2/8, kíp trực cấp cứu thành công sản phụ băng huyết.", P,
     [("Đêm 2/8", "2024-08-02", "2024-08-02")]),
    ("Rạng sáng 4/8, người dân đưa nạn nhân vào viện.", P,
     [("Rạng sáng 4/8", "2024-08-04", "2024-08-04")]),
    ("Hôm 6/8, Sở Y tế phát đi cảnh báo về ngộ độc thực phẩm.", P,
     [("Hôm 6/8", "2024-08-06", "2024-08-06")]),
    ("Tối 7-8, tại hội trường tỉnh diễn ra lễ trao giải.", P,
     [("Tối 7-8", "2024-08-07", "2024-08-07")]),
    ("Sáng nay (9/8), Bộ Y tế tổ chức hội nghị trực tuyến.", P,
     [("9/8", "2024-08-09", "2024-08-09")]),
    ("Thứ Sáu (2/8), Bệnh viện Bạch Mai công bố kỹ thuật mới.", P,
     [("2/8", "2024-08-02", "2024-08-02")]),
    ("Chủ nhật (4/8) các bác sĩ vẫn khám bệnh miễn phí cho người dân.", P,
     [("4/8", "2024-08-04", "2024-08-04")]),
    ("Lúc 14 giờ ngày 3/8, xe cấp cứu đã có mặt tại hiện trường.", P,
     [("ngày 3/8", "2024-08-03", "2024-08-03")]),
    ("Chương trình sẽ kết thúc vào 15/9 theo kế hoạch.", P,
     [("15/9", "2024-09-15", "2024-09-15")]),
    ("Tính đến 30/6, toàn tỉnh ghi nhận 215 ca sốt xuất huyết.", P,
     [("30/6", "2024-06-30", "2024-06-30")]),
    ("Mùng 2/9 năm nay, các bệnh viện vẫn trực cấp cứu đầy đủ.", P,
     [("Mùng 2/9", "2024-09-02", "2024-09-02")]),
    ("Ngày 29-7, Bệnh viện Đa khoa tỉnh tổ chức hội thảo khoa học.", P,
     [("Ngày 29-7", "2024-07-29", "2024-07-29")]),
    ("Từ ngày 10/8, các cơ sở phải báo cáo số liệu hằng tuần.", P,
     [("Từ ngày 10/8", "2024-08-10", "2024-08-10")]),
    ("Trước ngày 20/8, các đơn vị gửi báo cáo về Sở Y tế.", P,
     [("ngày 20/8", "2024-08-20", "2024-08-20")]),
    ("Chiều nay 8/8, đoàn kiểm tra liên ngành làm việc tại chợ đầu mối.", P,
     [("Chiều nay 8/8", "2024-08-08", "2024-08-08")]),
    ("Sáng thứ Ba (13/8), hội nghị chính thức khai mạc.", P,
     [("13/8", "2024-08-13", "2024-08-13")]),
    # --- publication date with a time zone
    ("Chiều 14/8, Sở Y tế thông tin về ca bệnh bạch hầu.", "2024-08-15T10:30:00+07:00",
     [("Chiều 14/8", "2024-08-14", "2024-08-14")]),
    ("Sáng 15-8, bệnh viện tổ chức lễ kỷ niệm.", "2024-08-15T10:30:00+07:00",
     [("Sáng 15-8", "2024-08-15", "2024-08-15")]),
    # --- month-crossing: a month well after the publication month is last year's
    ("Ngày 28/12, bệnh viện tổ chức tổng kết công tác năm.", "2025-01",
     [("Ngày 28/12", "2024-12-28", "2024-12-28")]),
    ("Sáng 30/11, Sở Y tế họp báo công bố kết quả.", "2025-01-10T08:00:00+07:00",
     [("Sáng 30/11", "2024-11-30", "2024-11-30")]),
    ("Ngày 5/1, ngành y tế triển khai nhiệm vụ năm mới.", "2025-01",
     [("Ngày 5/1", "2025-01-05", "2025-01-05")]),
    ("Hội nghị dự kiến diễn ra ngày 17/10 tại Nghệ An.", "2024-08",
     [("ngày 17/10", "2024-10-17", "2024-10-17")]),
    ("Ngày 20/12, đoàn công tác khảo sát các trạm y tế.", "2024-02",
     [("Ngày 20/12", "2023-12-20", "2023-12-20")]),
    ("Tháng 12, bệnh viện đã hoàn thành việc lắp đặt máy chụp cộng hưởng từ.", "2025-01",
     [("Tháng 12", "2024-12", "2024-12")]),
    # --- year from the text when there is no publication date
    ("Chiều 24/7, đoàn công tác đến làm việc. Báo cáo nêu kết quả 6 tháng đầu năm 2024.", None,
     [("Chiều 24/7", "2024-07-24", "2024-07-24"),
      ("6 tháng đầu năm 2024", "2024-01", "2024-06")]),
    ("Ngày 10/5, bệnh viện khai trương đơn nguyên mới. Công trình khởi công ngày 2/3/2023.", None,
     [("Ngày 10/5", "2023-05-10", "2023-05-10"),
      ("ngày 2/3/2023", "2023-03-02", "2023-03-02")]),
    ("Sáng 12/9, hội thảo khai mạc. Đây là hoạt động trong khuôn khổ kế hoạch tháng 9/2023.", None,
     [("Sáng 12/9", "2023-09-12", "2023-09-12"), ("tháng 9/2023", "2023-09", "2023-09")]),
    ("Chiều 3/10, Sở Y tế họp giao ban. Năm 2022 ngành y tế đạt nhiều kết quả.", None,
     [("Chiều 3/10", "2022-10-03", "2022-10-03"), ("Năm 2022", "2022", "2022")]),
    ("Chiều 3/10, Sở Y tế họp giao ban quý IV/2023.", None,
     [("Chiều 3/10", "2023-10-03", "2023-10-03"), ("quý IV/2023", "2023-10", "2023-12")]),
    # a legal document's issue date does not set the article's year
    ("Ngày 8/6, tỉnh triển khai Nghị quyết số 20-NQ/TW ngày 25/10/2017. Kế hoạch năm 2024 đã được duyệt.",
     None,
     [("Ngày 8/6", "2024-06-08", "2024-06-08"), ("ngày 25/10/2017", "2017-10-25", "2017-10-25"),
      ("năm 2024", "2024", "2024")]),
    # the context stage's year hint is used when there is no publication date
    ("Ngày 29/10, Bệnh viện Tim tổ chức hội nghị giám đốc.", None,
     [("Ngày 29/10", "XXXX-10-29", "XXXX-10-29")]),
    # --- year unknown: XXXX
    ("Ngày 29/10, Sở Y tế tổ chức hội nghị giám đốc các đơn vị.", None,
     [("Ngày 29/10", "XXXX-10-29", "XXXX-10-29")]),
    ("Sáng 2/4, bệnh viện tiếp nhận một ca ngộ độc nấm.", None,
     [("Sáng 2/4", "XXXX-04-02", "XXXX-04-02")]),
    ("Từ ngày 19-20/8, đoàn công tác học tập kinh nghiệm tại Huế.", None,
     [("Từ ngày 19-20/8", "XXXX-08-19", "XXXX-08-20")]),
    ("Trong tháng 7, toàn tỉnh ghi nhận 120 ca tay chân miệng.", None,
     [("tháng 7", "XXXX-07", "XXXX-07")]),
    ("Ngày 29/2, bệnh viện tổ chức ngày hội hiến máu.", None,
     [("Ngày 29/2", "XXXX-02-29", "XXXX-02-29")]),
    # --- day ranges within a month
    ("Hội thảo trực tuyến diễn ra trong 2 ngày 13 và 14/7/2023.", None,
     [("ngày 13 và 14/7/2023", "2023-07-13", "2023-07-14")]),
    ("Từ ngày 19-20/8, Sở Y tế tổ chức đoàn công tác đến Thừa Thiên Huế.", P,
     [("Từ ngày 19-20/8", "2024-08-19", "2024-08-20")]),
    ("Hội nghị định hướng y tế chuyên sâu diễn ra từ ngày 17-18/10/2024.", P,
     [("từ ngày 17-18/10/2024", "2024-10-17", "2024-10-18")]),
    ("Lớp tập huấn tổ chức từ 17 đến 18/10/2024 tại hội trường bệnh viện.", P,
     [("từ 17 đến 18/10/2024", "2024-10-17", "2024-10-18")]),
    ("Chương trình khám miễn phí diễn ra từ ngày 19 - 20/8.", P,
     [("từ ngày 19 - 20/8", "2024-08-19", "2024-08-20")]),
    ("Trong 3 ngày 5, 6 và 7/8, bệnh viện khám cho hơn 2.000 người.", P,
     [("ngày 5, 6 và 7/8", "2024-08-05", "2024-08-07")]),
    ("Đợt tiêm chủng bổ sung kéo dài từ 10-15/9.", P,
     [("từ 10-15/9", "2024-09-10", "2024-09-15")]),
    ("Ngày 13, 14/7, đoàn giám sát làm việc tại các huyện miền núi.", P,
     [("Ngày 13, 14/7", "2024-07-13", "2024-07-14")]),
    ("Sự kiện diễn ra trong các ngày 22-24/11/2023 tại Đà Nẵng.", P,
     [("ngày 22-24/11/2023", "2023-11-22", "2023-11-24")]),
    ("Các buổi khám được tổ chức vào ngày 5 và 12/8.", P,
     [("ngày 5", "2024-08-05", "2024-08-05"), ("12/8", "2024-08-12", "2024-08-12")]),
    ("Sáng 19-20-8, đoàn công tác làm việc tại tỉnh.", P,
     [("Sáng 19-20-8", "2024-08-19", "2024-08-20")]),
    # --- ranges across months / years
    ("Từ ngày 5/8 đến ngày 9/8/2024, đoàn kiểm tra làm việc tại các bệnh viện.", P,
     [("Từ ngày 5/8 đến ngày 9/8/2024", "2024-08-05", "2024-08-09")]),
    ("Đợt cao điểm diễn ra từ ngày 28/7 - 2/8.", P,
     [("từ ngày 28/7 - 2/8", "2024-07-28", "2024-08-02")]),
    ("Chiến dịch tiêm chủng kéo dài từ 28/12/2023 đến 15/1/2024.", P,
     [("từ 28/12/2023 đến 15/1/2024", "2023-12-28", "2024-01-15")]),
    ("Lễ hội diễn ra từ ngày 30/12 đến ngày 2/1/2025.", "2024-12",
     [("từ ngày 30/12 đến ngày 2/1/2025", "2024-12-30", "2025-01-02")]),
    ("Chiến dịch truyền thông diễn ra ngày 30/9 và 1/10.", P,
     [("ngày 30/9 và 1/10", "2024-09-30", "2024-10-01")]),
    ("Khám sàng lọc vào ngày 5/8 và 12/8 tại trạm y tế.", P,
     [("ngày 5/8", "2024-08-05", "2024-08-05"), ("12/8", "2024-08-12", "2024-08-12")]),
    ("Từ 1/7/2024 đến 30/6/2025, tỉnh thí điểm bệnh án điện tử.", P,
     [("Từ 1/7/2024 đến 30/6/2025", "2024-07-01", "2025-06-30")]),
    ("Thời gian đăng ký từ ngày 15/7 đến hết ngày 31/7.", P,
     [("từ ngày 15/7 đến hết ngày 31/7", "2024-07-15", "2024-07-31")]),
    # --- months
    ("Tháng 7/2024, bệnh viện tiếp nhận 15.000 lượt khám.", P,
     [("Tháng 7/2024", "2024-07", "2024-07")]),
    ("Trong tháng 6 năm 2024, tỉnh ghi nhận 30 ca sởi.", P,
     [("tháng 6 năm 2024", "2024-06", "2024-06")]),
    ("Đến tháng 03/2025, dự án sẽ hoàn thành.", P,
     [("tháng 03/2025", "2025-03", "2025-03")]),
    ("Từ tháng 7-2024, người bệnh được thanh toán không dùng tiền mặt.", P,
     [("Từ tháng 7-2024", "2024-07", "2024-07")]),
    ("Tính đến hết tháng 6/2024, tỉnh có 1.200 bác sĩ.", P,
     [("tháng 6/2024", "2024-06", "2024-06")]),
    ("Trong tháng 7, toàn tỉnh ghi nhận 120 ca sốt xuất huyết.", P,
     [("tháng 7", "2024-07", "2024-07")]),
    ("Đầu tháng 8, bệnh viện tổ chức tập huấn cho điều dưỡng.", P,
     [("tháng 8", "2024-08", "2024-08")]),
    ("Cuối tháng 7/2024, bệnh viện khánh thành khu điều trị mới.", P,
     [("tháng 7/2024", "2024-07", "2024-07")]),
    ("Tháng 5 vừa qua, trạm y tế xã được công nhận đạt chuẩn.", P,
     [("Tháng 5", "2024-05", "2024-05")]),
    ("Trong tháng 7-8/2024, số ca sốt xuất huyết tăng mạnh.", P,
     [("tháng 7-8/2024", "2024-07", "2024-08")]),
    ("Từ tháng 5 đến tháng 7/2024, bệnh viện khám cho 20.000 người.", P,
     [("Từ tháng 5 đến tháng 7/2024", "2024-05", "2024-07")]),
    ("Từ tháng 12/2023 đến tháng 2/2024, dịch cúm bùng phát.", P,
     [("Từ tháng 12/2023 đến tháng 2/2024", "2023-12", "2024-02")]),
    ("Từ tháng 3 đến tháng 5, đoàn đã khám cho 5.000 học sinh.", P,
     [("Từ tháng 3 đến tháng 5", "2024-03", "2024-05")]),
    ("Từ tháng 11/2023 đến nay, bệnh viện đã thực hiện 50 ca can thiệp.", P,
     [("Từ tháng 11/2023", "2023-11", "2023-11")]),
    # --- periods and quarters
    ("Trong 9 tháng đầu năm 2024, tỉnh đã khám cho 1,2 triệu lượt người.", P,
     [("9 tháng đầu năm 2024", "2024-01", "2024-09")]),
    ("Kết quả 6 tháng đầu năm 2024 cho thấy nhiều chuyển biến.", P,
     [("6 tháng đầu năm 2024", "2024-01", "2024-06")]),
    ("Trong 6 tháng đầu năm, bệnh viện khám cho 50.000 lượt người.", P,
     [("6 tháng đầu năm", "2024-01", "2024-06")]),
    ("6 tháng đầu năm nay, ngành y tế đạt nhiều kết quả tích cực.", P,
     [("6 tháng đầu năm nay", "2024-01", "2024-06")]),
    ("3 tháng đầu năm 2023 có 12 ca tử vong do dại.", P,
     [("3 tháng đầu năm 2023", "2023-01", "2023-03")]),
    ("6 tháng cuối năm 2024, bệnh viện sẽ mở rộng khoa sản.", P,
     [("6 tháng cuối năm 2024", "2024-07", "2024-12")]),
    ("9 tháng năm 2024, thu sự nghiệp y tế đạt 80% kế hoạch.", P,
     [("9 tháng năm 2024", "2024-01", "2024-09")]),
    ("Nửa đầu năm 2024 số ca mắc tay chân miệng tăng gấp đôi.", P,
     [("Nửa đầu năm 2024", "2024-01", "2024-06")]),
    ("Quý I/2024, bệnh viện tiếp nhận 3.000 ca cấp cứu.", P,
     [("Quý I/2024", "2024-01", "2024-03")]),
    ("Trong quý II năm 2024, số ca mắc giảm 20%.", P,
     [("quý II năm 2024", "2024-04", "2024-06")]),
    ("Quý 3/2023 ghi nhận nhiều ca sốt xuất huyết nhất.", P,
     [("Quý 3/2023", "2023-07", "2023-09")]),
    ("Dự án sẽ hoàn thành trong quý IV/2025.", P,
     [("quý IV/2025", "2025-10", "2025-12")]),
    # --- year ranges and years
    ("Định hướng phát triển ngành y tế giai đoạn 2024-2030 đã được thông qua.", P,
     [("giai đoạn 2024-2030", "2024", "2030")]),
    ("Kế hoạch phát triển nhân lực y tế giai đoạn 2021 - 2025 đạt nhiều kết quả.", P,
     [("giai đoạn 2021 - 2025", "2021", "2025")]),
    ("Chiến lược hỗ trợ tỉnh giai đoạn 2024 – 2030 gồm 5 nội dung.", P,
     [("giai đoạn 2024 – 2030", "2024", "2030")]),
    ("Kế hoạch thực hiện trong giai đoạn 2021 đến 2025.", P,
     [("trong giai đoạn 2021 đến 2025", "2021", "2025")]),
    ("Nhiệm kỳ 2020 - 2025, Đảng bộ bệnh viện hoàn thành các chỉ tiêu.", P,
     [("Nhiệm kỳ 2020 - 2025", "2020", "2025")]),
    ("Năm học 2023-2024, trường tuyển 500 sinh viên y khoa.", P,
     [("Năm học 2023-2024", "2023", "2024")]),
    ("Từ năm 2020 đến năm 2024, tỉnh đã xây mới 30 trạm y tế.", P,
     [("Từ năm 2020 đến năm 2024", "2020", "2024")]),
    ("Thời kỳ 2021-2030, tầm nhìn đến năm 2050 là định hướng chung.", P,
     [("Thời kỳ 2021-2030", "2021", "2030"), ("năm 2050", "2050", "2050")]),
    ("Năm 2023, bệnh viện thực hiện thành công 200 ca ghép.", P,
     [("Năm 2023", "2023", "2023")]),
    ("Phấn đấu đến năm 2030, mỗi xã có ít nhất 2 bác sĩ.", P,
     [("năm 2030", "2030", "2030")]),
    ("Xây dựng tỉnh đến năm 2030, tầm nhìn 2045.", P,
     [("năm 2030", "2030", "2030"), ("2045", "2045", "2045")]),
    ("Bệnh viện được công nhận hạng đặc biệt năm 2021.", P,
     [("năm 2021", "2021", "2021")]),
    # --- several in one sentence
    ("Ngày 18/7/2023, Bộ Chính trị ban hành nghị quyết về phát triển tỉnh đến năm 2030.", P,
     [("Ngày 18/7/2023", "2023-07-18", "2023-07-18"), ("năm 2030", "2030", "2030")]),
    ("Sáng 24/7, đoàn làm việc; chiều 25/7, đoàn kiểm tra bệnh viện huyện.", P,
     [("Sáng 24/7", "2024-07-24", "2024-07-24"), ("chiều 25/7", "2024-07-25", "2024-07-25")]),
    ("Hội thảo (ngày 13 và 14/7/2023) có 13 tỉnh tham dự.", P,
     [("ngày 13 và 14/7/2023", "2023-07-13", "2023-07-14")]),
    ("Kế hoạch ký kết dự kiến vào ngày 21/7/2023 tại TP.HCM.", P,
     [("ngày 21/7/2023", "2023-07-21", "2023-07-21")]),
    # --- dotted and dashed newspaper styles
    ("Ngày 12.8, Sở Y tế TP.HCM cho biết đã ghi nhận 30 ca sởi.", P,
     [("Ngày 12.8", "2024-08-12", "2024-08-12")]),
    ("Sáng 19 - 20.8, đoàn công tác làm việc tại các huyện.", P,
     [("Sáng 19 - 20.8", "2024-08-19", "2024-08-20")]),
    ("Trong tháng 8.2024, bệnh viện khám cho 20.000 lượt người.", P,
     [("tháng 8.2024", "2024-08", "2024-08")]),
    ("Ngày 12.8.2024, hội nghị sơ kết diễn ra tại Đà Nẵng.", P,
     [("Ngày 12.8.2024", "2024-08-12", "2024-08-12")]),
    ("Từ 1-7, người bệnh được thông tuyến khám chữa bệnh.", P,
     [("Từ 1-7", "2024-07-01", "2024-07-01")]),
    ("Ngày 5/8 năm 2024, Sở Y tế tổ chức tập huấn.", None,
     [("Ngày 5/8 năm 2024", "2024-08-05", "2024-08-05")]),
    ("Đến tháng 7 năm nay, tỉnh đã tiêm đủ liều cho 95% trẻ em.", P,
     [("tháng 7 năm nay", "2024-07", "2024-07")]),
    ("Số ca mắc giảm mạnh so với tháng 12 năm ngoái.", P,
     [("tháng 12 năm ngoái", "2023-12", "2023-12")]),
    # --- a year set earlier in the sentence
    ("Năm 2025, bệnh viện phấn đấu khám 500.000 lượt, riêng quý I khám 120.000 lượt.", P,
     [("Năm 2025", "2025", "2025"), ("quý I", "2025-01", "2025-03")]),
    ("So với năm 2023, quý II tăng 12%.", P,
     [("năm 2023", "2023", "2023"), ("quý II", "2024-04", "2024-06")]),
    ("10 tháng năm 2024, toàn tỉnh ghi nhận 1.245 ca sốt xuất huyết.", "2024-11",
     [("10 tháng năm 2024", "2024-01", "2024-10")]),
    ("Đợt 1 từ 1/3 đến 31/3, đợt 2 từ 1/9 đến 30/9.", "2024-08",
     [("từ 1/3 đến 31/3", "2024-03-01", "2024-03-31"), ("từ 1/9 đến 30/9", "2024-09-01", "2024-09-30")]),
    # --- ranges whose ends have different precisions: one item from the first to the last
    ("Ông giữ chức từ năm 2013 đến tháng 6/2015 thì nghỉ hưu.", P,
     [("từ năm 2013 đến tháng 6/2015", "2013", "2015-06")]),
    ("Từ tháng 1/2014 đến năm 2017, bệnh viện khám 2 triệu lượt.", P,
     [("Từ tháng 1/2014 đến năm 2017", "2014-01", "2017")]),
    ("Dự án chạy từ năm 2012 đến hết ngày 30-6-2016.", P,
     [("từ năm 2012 đến hết ngày 30-6-2016", "2012", "2016-06-30")]),
    # --- days of one month written with "tháng"
    ("Hội nghị diễn ra trong hai ngày 9 và 10 tháng 8 năm 2024 tại Hà Nội.", P,
     [("ngày 9 và 10 tháng 8 năm 2024", "2024-08-09", "2024-08-10")]),
    ("Đoàn thăm Nhật Bản từ 7-9 tháng 1, ký kết nhiều thỏa thuận.", "2024-01",
     [("từ 7-9 tháng 1", "2024-01-07", "2024-01-09")]),
    # --- a product label's month of production or expiry
    ("Lô thuốc có ngày sản xuất 4.2017, hạn dùng 3.2020.", P,
     [("ngày sản xuất 4.2017", "2017-04", "2017-04"), ("hạn dùng 3.2020", "2020-03", "2020-03")]),
    # --- an anniversary spans more than 50 years
    ("Bệnh viện kỷ niệm 80 năm ngày thành lập (1937-2017).", P,
     [("1937-2017", "1937", "2017")]),
    # --- a relative day before a dash date ("hôm nay 28-1"), as wire reports write it
    ("Ca ghép thận thứ 100 của bệnh viện diễn ra hôm nay 12-8 tại khoa Ngoại.", P,
     [("12-8", "2024-08-12", "2024-08-12")]),
    ("Đoàn kiểm tra đã làm việc với trạm y tế xã hôm qua 9-8.", P,
     [("9-8", "2024-08-09", "2024-08-09")]),
    ("Trong ngày mai 14-8, Sở Y tế sẽ công bố kết quả.", P,
     [("14-8", "2024-08-14", "2024-08-14")]),
    # --- a month and year alone in brackets
    ("Ông từng giữ chức Phó Giám đốc Sở Y tế (10/2015) trước khi được điều động.", P,
     [("10/2015", "2015-10", "2015-10")]),
    ("Sau chuyến khảo sát lần đầu (3-2023), hai bệnh viện ký biên bản ghi nhớ.", P,
     [("3-2023", "2023-03", "2023-03")]),
]

# sentences that hold no calendar reference at all
NEGATIVES = [
    "Có 3/5 bệnh viện tuyến huyện đạt chuẩn chất lượng.",
    "Số giường bệnh/vạn dân đạt 41,3 giường bệnh.",
    "Bệnh viện trực cấp cứu 24/7 cho người dân.",
    "Tỷ lệ 1/3 số xã chưa có bác sĩ làm việc.",
    "Liên hệ đường dây nóng 0912.345.678 để được tư vấn.",
    "Quyết định số 1816/QĐ-BYT đã thay đổi y tế cơ sở.",
    "Thực hiện Nghị quyết 39-NQ/TW của Bộ Chính trị.",
    "Nghị định 96/2023/NĐ-CP hướng dẫn chi tiết luật.",
    "Bệnh nhân mắc COVID-19 và cúm A/H5N1 được cách ly.",
    "Bệnh nhân nằm viện từ 5-7 ngày, có khi 2-3 tuần.",
    "Tỷ lệ mắc là 20/100.000 dân.",
    "Mỗi tháng 2 lần, bác sĩ xuống xã khám bệnh.",
    "Sau 3 tháng điều trị, bệnh nhân đã xuất viện.",
    "Hội nghị bắt đầu lúc 10:30 tại hội trường lớn.",
    "Ngày 31/2 không có trong lịch.",
    "Sự kiện được nhắc lại vào 29/2/2023 nhưng ngày đó không tồn tại.",
    "Tỉ số 2-1 nghiêng về đội bạn trong trận giao hữu.",
    "Bệnh viện tiếp nhận 2024 ca cấp cứu trong đợt nắng nóng.",
    "Gói thầu trị giá 1.500.000 đồng đã được phê duyệt.",
    "Tỷ lệ tiêm chủng tăng từ 3/5 lên 4/5 xã.",
    "Trẻ được tiêm 2/3 mũi vắc xin theo lịch.",
    "Kíp mổ làm việc liên tục 12/24 giờ.",
    "Hằng tháng 1 lần, đoàn kiểm tra xuống cơ sở.",
    "Bệnh nhân 75 tuổi được chẩn đoán suy tim độ 3/4.",
    "Mã số hồ sơ là 12/2024/HS-BV.",
    "Kết quả đạt 4/5 tiêu chí về y tế.",
    "Bệnh viện có 1.200 giường bệnh và 2.000 nhân viên.",
    "Ngày 4/7 âm lịch, người dân đi lễ chùa.",
    "Tổng đài 1900 9095 hoạt động liên tục.",
    "Các bác sĩ làm việc 8 tiếng mỗi ngày, 5 ngày mỗi tuần.",
    "Điều 5/2 của quy chế quy định rõ trách nhiệm.",
    "Phòng khám số 12/3 nằm ở tầng 2.",
    "Mỗi ngày 1.5 lít nước là đủ cho người lớn.",
    "Tỷ lệ tăng từ 5-7% so với cùng kỳ.",
    "Trận đấu kết thúc với tỷ số 3-2 nghiêng về đội chủ nhà.",
    "Sau 7-10 ngày điều trị, các bệnh nhân đã xuất viện.",
    "Đường dây nóng 1900.9095 và 0235.3852.115 hoạt động 24/24 giờ.",
    "Bệnh viện đạt 4,5/5 sao về sự hài lòng của người bệnh.",
    "Ca bệnh thứ 12/15 được phát hiện ở xã biên giới.",
    # ages and counts, whatever cue comes before them
    "Có 7 ca dương tính (gồm 3 nam, 4 nữ, độ tuổi từ 8-12).",
    "Anh cùng 3 con gái (1-7 tuổi) được đưa đi cấp cứu.",
    "Đây là tai biến ít gặp (1-12 trường hợp / 100.000 ca).",
    "Sản phụ đã uống hết 2/3 lọ thuốc trừ sâu.",
    "Trẻ từ 3-6 tháng tuổi cần được tiêm đủ liều.",
    "Bệnh nhân tái khám từ 5-7 tháng 2 lần.",
    # a relative day before a count, and a map scale in brackets
    "Hôm nay 2-3 bệnh nhân cuối cùng sẽ xuất viện.",
    "Thành phố duyệt đồ án quy hoạch phân khu (1/2000) của bệnh viện mới.",
]

CHROME = "12, Tháng 7, 2024 |\n8, Tháng 8, 2023 |\nBài viết không có ngày tháng."


@pytest.mark.parametrize("text,published,expected", CASES,
                         ids=[f"case{i:03d}" for i in range(len(CASES))])
def test_dates(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"neg{i:02d}" for i in range(len(NEGATIVES))])
def test_no_dates(text):
    assert found(text, P) == []


# (text, published, year_hint, expected)
HINT_CASES = [
    ("Chiều 24/7, đoàn công tác khảo sát nhu cầu đào tạo.", None, 2023,
     [("Chiều 24/7", "2023-07-24", "2023-07-24")]),
    ("Chiều 24/7, đoàn công tác khảo sát nhu cầu đào tạo.", "2024-08", 2023,
     [("Chiều 24/7", "2024-07-24", "2024-07-24")]),
    ("Trong tháng 7, bệnh viện khám cho 3.000 người.", None, 2022,
     [("tháng 7", "2022-07", "2022-07")]),
    ("Ngày 29/10, Bệnh viện Tim tổ chức hội nghị.", "2023", None,
     [("Ngày 29/10", "2023-10-29", "2023-10-29")]),
]


@pytest.mark.parametrize("text,year", [
    # a year span is the last resort for a yearless date
    ("Tối 15-12, bệnh viện kỷ niệm 80 năm thành lập (1937-2017).", "2017"),
    # "sang năm 2016" looks ahead: the article's year is the one it moves from
    ("Bộ sẽ thu đến hết năm 2015; sang năm 2016 chia thành vài đợt. Ngày 8/9, ông nói.", "2015"),
    # after the text's latest year, a date half a year earlier in the calendar is next year's
    ("Vụ việc xảy ra ngày 20/12/2015. Ngày 9/1, Sở Y tế ra quyết định xử phạt.", "2016"),
    # what a project "sẽ" do by some date is a plan, not the article's time
    ("Các hộ dân khiếu nại từ tháng 8-2017. Ngày 12-1, nhà thầu đến làm việc. "
     "Công trình sẽ được bàn giao vào tháng 6-2019.", "2018"),
    ("Ngày 5-3, tỉnh khởi công bệnh viện. Bệnh viện sẽ được đưa vào sử dụng vào năm 2020. "
     "Tổng vốn đầu tư từ năm 2016 là 300 tỉ đồng.", "2016"),
])
def test_year_from_the_text(text, year):
    yearless = [d for d in run(text).dates
                if "-" in d.date_start and not re.search(r"(?:19|20)\d\d", d.text)]
    assert yearless and {d.date_start[:4] for d in yearless} == {year}


@pytest.mark.parametrize("text,published,hint,expected", HINT_CASES,
                         ids=[f"hint{i}" for i in range(len(HINT_CASES))])
def test_year_sources(text, published, hint, expected):
    assert found(text, published, hint) == expected


def test_chrome_lines_are_skipped():
    assert found(CHROME, None) == []


def test_offsets_point_into_stored_text_with_old_tones_and_dashes():
    text = "Hội nghị của Tỉnh uỷ diễn ra từ ngày 17–18/10/2024 tại Vinh.\nSáng 24/7, đoàn khảo sát."
    doc = run(text, P)
    assert [(d.text, d.date_start, d.date_end) for d in doc.dates] == [
        ("từ ngày 17–18/10/2024", "2024-10-17", "2024-10-18"),
        ("Sáng 24/7", "2024-07-24", "2024-07-24"),
    ]
    first, second = doc.dates
    assert text[first.start:first.end] == first.text
    assert (first.sentence, second.sentence) == (0, 1)
    assert second.start == text.index("Sáng 24/7")


def test_bare_years_have_low_confidence():
    doc = run("Năm 2023, bệnh viện khánh thành. Ngày 18/7/2023, hội nghị diễn ra.", P)
    conf = {d.text: d.confidence for d in doc.dates}
    assert conf["Năm 2023"] < 0.5 < conf["Ngày 18/7/2023"]


def test_year_context_sources():
    assert dates.year_context(make_doc("Chiều 24/7.", "2024-08-15T10:30:00+07:00")).year == 2024
    ctx = dates.year_context(make_doc("Chiều 24/7.", "2024-08-15T10:30:00+07:00"))
    assert (ctx.month, ctx.source) == (8, "published")
    assert dates.year_context(make_doc("Chiều 24/7.", None, 2021)).source == "hint"
    ctx = dates.year_context(make_doc("Chiều 24/7. Năm 2023 và 6 tháng đầu năm 2024.", None))
    assert (ctx.year, ctx.source) == (2024, "text")
    assert dates.year_context(make_doc("Chiều 24/7.", None)).year is None


def test_month_crossing_rule():
    ctx = dates.YearContext(2025, 1, "published")
    assert ctx.year_for(12) == 2024 and ctx.year_for(3) == 2025 and ctx.year_for(4) == 2024
    assert dates.YearContext(2024, None, "text").year_for(12) == 2024
    assert dates.YearContext().year_for(5) is None


def test_multi_sentence_article():
    text = ("Bệnh viện Trung ương hỗ trợ tỉnh miền núi\n\n"
            "Chiều 24/7, đoàn công tác làm việc với Sở Y tế. "
            "Sở báo cáo kết quả năm 2023 và 6 tháng đầu năm 2024.\n"
            "Đoàn cam kết hỗ trợ đào tạo giai đoạn 2024-2030.")
    assert found(text, None) == [
        ("Chiều 24/7", "2024-07-24", "2024-07-24"),
        ("năm 2023", "2023", "2023"),
        ("6 tháng đầu năm 2024", "2024-01", "2024-06"),
        ("giai đoạn 2024-2030", "2024", "2030"),
    ]


def test_only_sentences_are_scanned():
    doc = make_doc("Ngày 5/8/2024, hội nghị diễn ra.")
    doc.sentences = []
    assert dates.extract(doc).dates == []


class _Ungated(dates._Scanner):
    """Every scanner on every sentence, as before the cues existed."""

    def run(self):
        for scan in (self.ranges, self.ranges_x, self.full_dates, self.year_start_to_day,
                     self.day_thang, self.day_month,
                     self.periods, self.quarters, self.months, self.years):
            scan()
        return self.out


def _corpus_texts() -> list[str]:
    root = Path(__file__).resolve().parent
    files = sorted(root.glob("data/heldout*/texts/*.txt"))
    files += sorted((root.parent.parent / "shared" / "corpus" / "seeds").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def test_preconditions_never_drop_a_date():
    """A scanner skipped because the sentence lacks its digits or words would have found
    nothing: every candidate of the ungated scanners is still found, in the same order."""
    texts = [c[0] for c in CASES] + NEGATIVES + [c[0] for c in HINT_CASES] + _corpus_texts()
    texts += [t.upper() for t in texts]   # upper-case words still pass the word tests
    texts += ["İstanbul, ngày 5/8/2024: THÁNG 7. Quý II năm 2023."]   # lower() changes length
    sentences = 0
    for text in texts:
        doc = make_doc(text, "2024-08")
        ctx = dates.year_context(doc)
        cues = dates.sentence_cues(doc)   # found once for the whole document
        for (s, _t, match), cue in zip(doc.iter_sentences(), cues):
            assert cue == dates.text_cues(match), match
            assert dates._Scanner(ctx, match, s.start, cue).run() == \
                _Ungated(ctx, match, s.start, -1).run(), match   # -1: every cue
            for pattern, core in dates._CORE.items():   # a pattern never matches without its core
                assert core.search(match) or not pattern.search(match), (pattern.pattern, match)
            sentences += 1
    assert sentences > 500


def test_text_year_is_read_once_per_text():
    doc = make_doc("Năm 2023 là năm bản lề. Chiều 24/7, đoàn công tác làm việc.")
    assert dates.text_year(doc) == 2023
    doc.match = doc.match.replace("2023", "2022")   # a new matching text is read anew
    assert dates.text_year(doc) == 2022
