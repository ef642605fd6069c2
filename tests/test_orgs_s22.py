"""Table tests for organisation families added in session 22, run through the real
EXTRACTION chain with our own sentences: a bank written after a lower-case "ngân hàng"
is named when its brand is a Latin one ("ngân hàng Sacombank", "ngân hàng HSBC"), not
before a Vietnamese word ("ngân hàng Mỹ"); a hyphen written without spaces inside a name
("Công ty LG-Display") stays as written; a district's or commune's military command is named
by its place, in either case ("ban chỉ huy quân sự xã Tân Hòa"); a mass organisation's or
public-service centre's local branch is read in lower case before its place ("Hội nông
dân xã Quỳnh Đôi"), other lower-case runs are not ("Hội sách thành phố …", a book fair);
"Bệnh viện ĐK X" is "Bệnh viện Đa khoa X" (one organisation with the written-out form); a drug
maker named by its brand alone ("Sanofi", "GSK") is a company, but not in parentheses after
its full name, and not when the story names it with a head ("Công ty Sanofi"); the typo
"bệnh viên" opens a hospital's name in lower case too; two bodies the gazetteer now knows
are read whole although written on in lower case ("Trung tâm Lao động ngoài nước")."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "bank_brand": [
        ("Chiều qua, ngân hàng Eximbank và Tập đoàn FPT ký thỏa thuận hợp tác 3 năm.",
         {"Ngân hàng Eximbank", "Tập đoàn FPT"}),
        ("Khách hàng của ngân hàng HSBC được khám sức khỏe miễn phí.", {"Ngân hàng HSBC"}),
        # a Vietnamese word or a legal-form abbreviation after it: generic or written out
        ("Nhiều ngân hàng Mỹ cho vay để xây bệnh viện tư.", set()),
        ("Anh vay tiền của ngân hàng TMCP ở quận.", set()),
    ],
    "tight_hyphen": [
        ("Hơn 100 công nhân Công ty Samsung-Display phải nhập viện.", {"Công ty Samsung-Display"}),
        ("Ca mổ diễn ra tại Bệnh viện Mount-Sinai ở New York.", {"Bệnh viện Mount-Sinai"}),
        # spaced as written
        ("Bệnh viện Sản - Nhi Cà Mau tiếp nhận ca sinh ba.", {"Bệnh viện Sản - Nhi Cà Mau"}),
    ],
    "military_command": [
        ("Tối qua, trụ sở ban chỉ huy quân sự xã Tân Hòa bị một nhóm thanh niên đập phá.",
         {"Ban Chỉ huy Quân sự xã Tân Hòa"}),
        ("Ông Lê Văn Nam, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Sa Thầy, cho biết lũ đã rút.",
         {"Ban Chỉ huy Quân sự huyện Sa Thầy"}),
        # plural, or a level without a place: which one is not said
        ("Tỉnh yêu cầu các ban chỉ huy quân sự huyện trực thuộc sẵn sàng ứng cứu.", set()),
    ],
    "local_branch": [
        ("Hội nông dân xã Quỳnh Đôi vừa trao 50 thẻ bảo hiểm y tế cho hội viên nghèo.",
         {"Hội nông dân xã Quỳnh Đôi"}),
        ("Theo Trung tâm dịch vụ việc làm tỉnh Hà Tĩnh, 300 lao động đã được tư vấn.",
         {"Trung tâm dịch vụ việc làm tỉnh Hà Tĩnh"}),
        ("Hội sách thành phố Đà Nẵng khai mạc sáng nay.", set()),
        ("Hội phụ nữ các xã cùng tham gia tuyên truyền.", set()),
    ],
    "dk_written_out": [
        ("Nạn nhân được đưa vào Bệnh viện ĐK Hà Tĩnh. Bệnh viện Đa khoa Hà Tĩnh cho biết đã qua cơn nguy kịch.",
         {"Bệnh viện Đa khoa Hà Tĩnh"}),
    ],
    "drug_brand": [
        ("Hai hãng dược Sanofi và GSK cam kết cung ứng đủ vắc xin 6 trong 1.", {"Sanofi", "GSK"}),
        ("Theo Sanofi Pasteur, lô vắc xin mới sẽ về trong tháng tới.", {"Sanofi Pasteur"}),
        ("Công ty GlaxoSmithKline (GSK) cho biết sẽ bồi thường.", {"Công ty GlaxoSmithKline"}),
        ("Công ty Roche vừa rút thuốc. Roche khẳng định sản phẩm an toàn.", {"Công ty Roche"}),
        ("Tàu cá neo gần đảo Taisho.", set()),
    ],
    "typo_head": [
        ("Bệnh nhân được chuyển lên bệnh viên Đa khoa tỉnh Lâm Đồng.", {"Bệnh viện Đa khoa tỉnh Lâm Đồng"}),
    ],
    "known_lower_run": [
        ("Trung tâm Lao động ngoài nước và Hiệp hội chăm sóc y tế Osaka vừa ký thỏa thuận tuyển điều dưỡng.",
         {"Trung tâm Lao động ngoài nước", "Hiệp hội chăm sóc y tế Osaka"}),
    ],
}


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s22_families(text: str, expected: set) -> None:
    assert names(text) == expected


def test_a_branch_stem_at_a_line_end_is_no_name_and_no_crash() -> None:
    """A line break between a branch's stem and its place ends the name (the place step
    cannot read across it); the extraction goes on instead of failing on the document."""
    assert names("Ông A làm việc với Hội nông dân\nhuyện Yên Thành về dự án.") == set()
