"""Table tests for organisation families added in session 29, run through the real
EXTRACTION chain with our own sentences: a company's trade written in lower case straight
after a bare "Công ty" ("Công ty tài chính X", "Cty dịch vụ bảo vệ Y") is part of its name
when a brand closes it, but a plural, a country, an initial or the sentence going on
("công ty tài chính ở …") names no company; the UN written "LHQ", and the White House and the
Kremlin written with no head ("người phát ngôn Nhà Trắng", "Điện Kremlin cho biết") are named;
a university's short name that looks like a person's after a compound ("ĐH Nông Lâm Bắc Giang")
is read whole; a provincial capital's bodies ("UBND TP Cà Mau") are not the province's; where a
paragraph break is lost, a sentence opener ("Theo", "Trong", "Đến nay") ends the name before it;
a company's capitalised trade goes on in lower case after "và" or a dash ("Công ty TNHH Xây dựng
và thương mại X"), and a company name cut inside its trade ("Công ty TNHH MTV Môi trường đô
thị …") names none; a code of law ("Bộ Luật Hình sự") and an affair ("Vụ Warmbier", "Vụ VN
Pharma") are no ministry or department; a rank or "Nguyên" before a person or a title ends the
name ("Bộ Công an Thượng tướng Tô Lâm"); a port-of-entry health quarantine centre written in lower
case and the overseas labour department are named."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "trade_line": [
        ("Ông Minh đã chuyển tiền cho Công ty tài chính Phú Hưng vay.", {"Công ty tài chính Phú Hưng"}),
        ("Nhân viên của Công ty dịch vụ công nghiệp Sao Mai bị cho nghỉ việc.",
         {"Công ty dịch vụ công nghiệp Sao Mai"}),
        ("Lô thuốc do công ty dược Minh Khang nhập khẩu.", {"Công ty dược Minh Khang"}),
        ("Luật sư của Công ty luật Hòa Bình cho biết sẽ kháng cáo.", {"Công ty luật Hòa Bình"}),
        ("Cty du lịch Hương Việt đã hủy tour.", {"Công ty du lịch Hương Việt"}),
        # what names no company
        ("Các công ty du lịch Việt Nam đã hủy tour.", set()),
        ("Đoàn tàu của công ty đường sắt Đức bị trật bánh.", set()),
        ("Anh làm việc cho một công ty tài chính ở TP HCM.", set()),
        ("Phó giám đốc công ty dịch vụ bảo vệ Đ. A cho biết.", set()),
        ("Công ty bảo vệ tên Nghĩa kể lại sự việc.", set()),
    ],
    "headless_foreign": [
        ("Người phát ngôn Nhà Trắng cho biết Tổng thống vẫn khỏe mạnh.", {"Nhà Trắng"}),
        ("Điện Kremlin hôm qua bác bỏ thông tin về bệnh tình của ông.", {"Điện Kremlin"}),
        ("Phái đoàn LHQ đã kiểm tra bệnh viện dã chiến.", {"Liên hợp quốc"}),
        ("Ngôi nhà trắng ở cuối phố đã được sửa lại.", set()),
    ],
    "compound_then_place": [
        ("Sinh viên ĐH Nông Lâm Bắc Giang tham gia hiến máu.", {"Đại học Nông Lâm Bắc Giang"}),
        ("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.", {"Bệnh viện Bạch Mai"}),
    ],
    "provincial_city": [
        ("UBND tỉnh Thái Nguyên đã họp. UBND TP Thái Nguyên được giao chủ trì.",
         {"Ủy ban nhân dân tỉnh Thái Nguyên", "Ủy ban nhân dân thành phố Thái Nguyên"}),
        ("Công an tỉnh Hà Tĩnh đã vào cuộc. Công an Hà Tĩnh cho biết.", {"Công an tỉnh Hà Tĩnh"}),
        ("Sở Y tế TP Cần Thơ đã họp. Sở Y tế Cần Thơ chủ trì.", {"Sở Y tế Cần Thơ"}),
    ],
    "lost_paragraph_break": [
        ("Mẹ đưa con đi khám tại Viện Dinh dưỡng Theo Bộ trưởng, ngành y tế đã đổi mới.", {"Viện Dinh dưỡng"}),
        ("Đoàn công tác của Bộ Y tế Trong chuyến thăm đã trao 50 suất quà.", {"Bộ Y tế"}),
        ("Công văn gửi Cục Quản lý Y dược cổ truyền Đến nay chưa có hồi âm.", {"Cục Quản lý Y dược cổ truyền"}),
        # a name's own syllables stay
        ("Ông làm việc cho Công ty cổ phần Minh Sáng từ năm 2010.", {"Công ty cổ phần Minh Sáng"}),
        ("Bé được đưa tới Bệnh viện Tuy Hòa cấp cứu.", {"Bệnh viện Tuy Hòa"}),
    ],
    "company_trade": [
        ("Nước do Công ty TNHH Xây dựng và thương mại Hoàng Phát cung cấp.",
         {"Công ty TNHH Xây dựng và thương mại Hoàng Phát"}),
        ("Chủ đầu tư là Công ty Cổ phần Đầu tư - phát triển Minh Long (Hà Nội).",
         {"Công ty Cổ phần Đầu tư - phát triển Minh Long"}),
        ("Rác được Công ty TNHH MTV Môi trường đô thị thu gom mỗi ngày.", set()),
        ("Kho do Công ty TNHH Dịch vụ vận chuyển thuê lại.", set()),
        # a name that is all trade, ended by a function word, stays
        ("Bộ đồng ý sáp nhập Công ty CP Nhựa y tế vào Tổng công ty.", {"Công ty Cổ phần Nhựa y tế"}),
    ],
    "not_a_body": [
        ("Hành vi này vi phạm Bộ Luật Hình sự năm 2015.", set()),
        ("Vụ Asanzo khiến người tiêu dùng mất niềm tin.", set()),
        ("Bộ Luật pháp và Công lý Ấn Độ đã phản đối.", {"Bộ Luật pháp và Công lý Ấn Độ"}),
        ("Vụ Pháp chế Bộ Y tế đã góp ý dự thảo.", {"Vụ Pháp chế", "Bộ Y tế"}),
        ("Văn bản của Bộ Y tế Công văn số 12 nêu rõ yêu cầu.", {"Bộ Y tế"}),
    ],
    "rank_or_former": [
        ("Bộ trưởng Bộ Công an Thượng tướng Tô Lâm đã chỉ đạo điều tra.", {"Bộ Công an"}),
        ("Ông là Chủ tịch Hội Tim mạch Việt Nam - Nguyên Giám đốc Bệnh viện Bạch Mai.",
         {"Hội Tim mạch Việt Nam", "Bệnh viện Bạch Mai"}),
        ("Sinh viên Trường Đại học Thái Nguyên tham gia hiến máu.", {"Trường Đại học Thái Nguyên"}),
    ],
    "lower_remits": [
        ("Trung tâm kiểm dịch y tế quốc tế tỉnh Lào Cai đã lập chốt kiểm tra.",
         {"Trung tâm kiểm dịch y tế quốc tế tỉnh Lào Cai"}),
        ("Cục Quản lý lao động ngoài nước yêu cầu doanh nghiệp rà soát lao động.",
         {"Cục Quản lý lao động ngoài nước"}),
        ("Trung tâm kiểm dịch y tế sẽ đặt biển cảnh báo.", set()),
    ],
}


@pytest.mark.parametrize("text,expected", [(t, e) for fam in FAMILIES.values() for t, e in fam],
                         ids=[f"{k}-{i}" for k, fam in FAMILIES.items() for i in range(len(fam))])
def test_s29_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
