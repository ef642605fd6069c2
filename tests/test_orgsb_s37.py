"""Table tests for the organisation precision and boundary families of session 37 (helper
orgsb), run through the real EXTRACTION chain with our own sentences: short forms a name keeps
as written ("Bệnh viện mắt TW", "Bệnh viện TWQĐ 108", "Bệnh viện Đa khoa TP Cần Thơ") are
written out in the record, as gold writes them; a bank's "TPBank" is no city; a ministry
re-mentioned by the first words of its portfolio ("Bộ Giáo dục" after "Bộ Giáo dục và Đào tạo")
is that ministry, named in full, while a story writing only the short form, or another
country's, keeps it; "và" after a company's brand or before an embassy starts another body; a deputy's three-word name with "Bộ" in it ("Quốc hội Trần Bộ Khang") is neither
part of "Quốc hội" nor a ministry; "Tp." written in sentence case is the city's level, and a
sentence opening "Các …" after "TP." names no city; one body written with and without "và" is one
organisation; a high court or procuracy keeps its seat ("TAND cấp cao tại Đà Nẵng"); a saint's name after
"St." is part of a foreign hospital's; a minister's portfolio keeps no dash before the minister's name."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "short_forms_written_out": [
        ("Tin y tế. Sau tai nạn, anh Hùng được đưa tới Bệnh viện mắt TW để khám.",
         {"Bệnh viện mắt Trung ương"}),
        ("Tin y tế. Nạn nhân bị thương nặng, được chuyển ra Bệnh viện TWQĐ 108 điều trị.",
         {"Bệnh viện Trung ương Quân đội 108"}),
        ("Tin y tế. Hai công nhân ngộ độc khí được chuyển lên Bệnh viện đa khoa TP Cần Thơ.",
         {"Bệnh viện Đa khoa thành phố Cần Thơ"}),
        ("Tin y tế. Đại diện Tổng lãnh sự quán Nhật Bản tại TP HCM đã tới thăm các bệnh nhi.",
         {"Tổng lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh"}),
        # a bank's brand keeps its letters
        ("Tin y tế. Ngân hàng TPBank trao 500 suất quà cho bệnh nhân nghèo.", {"Ngân hàng TPBank"}),
    ],
    "short_ministry_after_its_full_name": [
        ("Tin y tế. Bộ Giáo dục và Đào tạo vừa ban hành thông tư mới. Theo Bộ Giáo dục, các trường "
         "phải bố trí phòng y tế.", {"Bộ Giáo dục và Đào tạo"}),
        ("Tin y tế. Bộ Nông nghiệp sẽ kiểm tra các lò mổ. Trước đó Bộ Nông nghiệp và Phát triển nông "
         "thôn đã cảnh báo dịch.", {"Bộ Nông nghiệp và Phát triển nông thôn"}),
        ("Tin y tế. Bộ Lao động - Thương binh và Xã hội đã gửi công văn. Bộ Lao động đề nghị các tỉnh "
         "báo cáo.", {"Bộ Lao động - Thương binh và Xã hội"}),
        # only the short form written, or another country's ministry: kept as written
        ("Tin y tế. Bộ Giáo dục yêu cầu các trường kiểm tra bếp ăn.", {"Bộ Giáo dục"}),
        ("Tin y tế. Bộ Giáo dục Hàn Quốc phối hợp với Bộ Giáo dục và Đào tạo tổ chức hội thảo.",
         {"Bộ Giáo dục Hàn Quốc", "Bộ Giáo dục và Đào tạo"}),
    ],
    "and_starts_another_body": [
        ("Tin y tế. Tranh chấp hợp đồng giữa công ty Hoàng Phát và Bảo Sơn chưa được giải quyết.",
         {"Công ty Hoàng Phát"}),
        ("Tin y tế. Bộ Ngoại giao và Đại sứ quán Việt Nam tại Hàn Quốc đang hỗ trợ các du khách bị thương.",
         {"Bộ Ngoại giao", "Đại sứ quán Việt Nam tại Hàn Quốc"}),
        # two business lines, a foreign ministry's own "và": one name
        ("Tin y tế. Công ty TNHH Xây dựng và Thương mại Hồng Phát trúng gói thầu bệnh viện.",
         {"Công ty TNHH Xây dựng và Thương mại Hồng Phát"}),
        ("Tin y tế. Công ty Cổ phần Đầu tư Phát triển Nhà và Xây dựng Hồng Hà nợ bảo hiểm xã hội.",
         {"Công ty Cổ phần Đầu tư Phát triển Nhà và Xây dựng Hồng Hà"}),
        ("Tin y tế. Bộ Ngoại giao và Thương mại Australia tài trợ dự án nước sạch.",
         {"Bộ Ngoại giao và Thương mại Australia"}),
    ],
    "person_with_bo_after_a_closed_head": [
        ("Tin y tế. Phó Chủ nhiệm Văn phòng Quốc hội Trần Bộ Khang trình bày tờ trình về dự án luật.",
         {"Văn phòng Quốc hội"}),
        ("Tin y tế. Phó Tổng Thư ký Quốc hội Lê Bộ Thành trình bày dự thảo nghị quyết.", {"Quốc hội"}),
        # a ministry after a surname-like word keeps its name when it is a known one
        ("Tin y tế. Tại Hà Nội, đoàn công tác của Bộ Y tế đã làm việc với Bộ Quốc phòng.",
         {"Bộ Y tế", "Bộ Quốc phòng"}),
    ],
    "city_level_abbreviated": [
        ("Tin y tế. Chiều 12/3, Công an Tp. Tam Kỳ cho biết đã bắt giữ hai nghi phạm.",
         {"Công an thành phố Tam Kỳ"}),
        ("Tin y tế. Sở Y tế Đà Nẵng đã khen thưởng lực lượng Công an TP. Các y bác sĩ cũng được biểu dương.",
         {"Sở Y tế Đà Nẵng", "Công an thành phố Đà Nẵng"}),
    ],
    "written_with_and_without_and": [
        ("Tin y tế. Vụ Kế hoạch và Tài chính đã trình phương án. Theo Vụ Kế hoạch Tài chính, kinh phí "
         "sẽ được cấp trong tháng 6.", {"Vụ Kế hoạch Tài chính"}),
        ("Tin y tế. Sở Tài nguyên và Môi trường Hà Nội đã lấy mẫu nước. Sở Tài nguyên Môi trường Hà Nội "
         "cho biết kết quả sẽ công bố sau.", {"Sở Tài nguyên Môi trường Hà Nội"}),
    ],
    "high_court_with_its_seat": [
        ("Tin y tế. Vụ án được chuyển lên TAND cấp cao tại Đà Nẵng để xét xử phúc thẩm.",
         {"Tòa án nhân dân cấp cao tại Đà Nẵng"}),
        ("Tin y tế. Viện KSND Cấp cao tại TP.HCM đã kháng nghị bản án sơ thẩm.",
         {"Viện Kiểm sát nhân dân Cấp cao tại Thành phố Hồ Chí Minh"}),
        # no seat written: the name as read
        ("Tin y tế. Viện KSND cấp cao kháng nghị vì bỏ lọt tội phạm.", {"Viện Kiểm sát nhân dân cấp cao"}),
    ],
    "saint_name": [
        ("Tin y tế. Bé trai được chuyển tới bệnh viện St. Vincent ở bang Indiana để phẫu thuật.",
         {"Bệnh viện St. Vincent"}),
    ],
    "portfolio_dash_before_the_minister": [
        ("Tin y tế. Sáng 3/4, Bộ trưởng Công Thương - Nguyễn Văn Bình đã ký quyết định thanh tra.",
         {"Bộ Công Thương"}),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_orgsb_s37_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
