"""Table tests for organisation families added in session 28, run through the real
EXTRACTION chain with our own sentences: the press's short "Cty" opens a company's name
as "Công ty" does ("Cty CP X" is "Công ty Cổ phần X"), but "Cty này" names nothing; a
one-syllable remit that makes a word with the next syllable after a proper name ("do Công
ty X sản xuất") is the sentence's verb, not part of the name; a numbered ward's body is named
with the district written after it ("phường 12, quận 10", "P.16 (Q.4)"), and a later mention
without it takes the one district the story wrote it with; a university written with and
without "Trường" is one, named with it; a hospital listed after a shared head by a name that
opens with another head ("các bệnh viện như Chợ Rẫy, Đại học Y dược") is that hospital when
the gazetteer or the story names it in full; a department written with a lower-case "vụ" is
one when its ministry follows its name or its head's title comes before, but an affair ("vụ
Formosa") is not; a steering committee written in lower case is read as a capitalised one
when it has a level or a place ("ban chỉ đạo quốc gia vận động hiến máu tình nguyện"), and
written with and without "về" it is one committee; an island's military-civilian centre keeps
"quân dân y" in its name and is one centre however fully it is written."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "cty_short_head": [
        ("Lô thuốc do Cty CP Dược phẩm Hòa Khang phân phối.", {"Công ty Cổ phần Dược phẩm Hòa Khang"}),
        ("Ông Lê Văn B, Giám đốc Cty TNHH Thiết bị y tế Nam Sơn, cho biết.",
         {"Công ty TNHH Thiết bị y tế Nam Sơn"}),
        ("Hồ sơ của cty Kim Long đã được duyệt.", {"Công ty Kim Long"}),
        ("Cty này đã bị xử phạt 50 triệu đồng.", set()),
    ],
    "verb_after_name": [
        ("Viên nén này do Công ty Cổ phần Dược Phúc Thành sản xuất.", {"Công ty Cổ phần Dược Phúc Thành"}),
        ("Sữa do Cty TNHH An Bình sản xuất và phân phối.", {"Công ty TNHH An Bình"}),
        # a remit with no proper name before it stays in the name
        ("Chị sinh con tại Bệnh viện Sản Nhi Quảng Ngãi.", {"Bệnh viện Sản Nhi Quảng Ngãi"}),
    ],
    "numbered_ward": [
        ("Công an phường 9, quận 5 đã lập biên bản vụ việc.", {"Công an phường 9, quận 5"}),
        ("Đoàn đã thăm trạm y tế P.14 (Q.Gò Vấp) vào sáng qua.", {"Trạm Y tế phường 14, quận Gò Vấp"}),
        ("UBND phường 4, TP Đà Lạt họp dân. Sau đó UBND phường 4 đã xin lỗi.",
         {"Ủy ban nhân dân phường 4, thành phố Đà Lạt"}),
        ("UBND P.6, Q.Tân Phú TP.HCM đã ra quyết định.", {"Ủy ban nhân dân phường 6, quận Tân Phú"}),
        # a province after the ward is no district; a ward named by its name keeps it alone
        ("Công an phường 2, TP.HCM đã vào cuộc.", {"Công an phường 2"}),
        ("UBND phường Bến Nghé, quận 1 cho biết.", {"Ủy ban nhân dân phường Bến Nghé"}),
    ],
    "school_word": [
        ("Sinh viên ĐH Hồng Đức đoạt giải. Trường ĐH Hồng Đức đã khen thưởng.",
         {"Trường Đại học Hồng Đức"}),
        ("Sinh viên Đại học Duy Tân đoạt giải nhất.", {"Đại học Duy Tân"}),
    ],
    "head_in_list": [
        ("Cô bé được chuyển tới Bệnh viện Đại học Y dược TP.HCM. Các bệnh viện như Chợ Rẫy, Đại học Y dược, "
         "Nhân dân 115 đều đã sẵn sàng.",
         {"Bệnh viện Đại học Y dược Thành phố Hồ Chí Minh", "Bệnh viện Chợ Rẫy", "Bệnh viện Nhân dân 115"}),
        ("Đoàn đã làm việc với các bệnh viện Bạch Mai, Đại học Y Hà Nội và Xanh Pôn.",
         {"Bệnh viện Bạch Mai", "Bệnh viện Đại học Y Hà Nội", "Bệnh viện Xanh Pôn"}),
    ],
    "lower_department": [
        ("Hôm qua, vụ Pháp chế, bộ Công Thương đã gửi công văn.", {"Vụ Pháp chế", "Bộ Công Thương"}),
        ("Bà C, Vụ trưởng vụ Tổ chức cán bộ, cho biết.", {"Vụ Tổ chức cán bộ"}),
        ("Sau vụ Formosa, tỉnh đã khắc phục môi trường biển.", set()),
        ("Sau vụ Skripal, Bộ Ngoại giao Anh đã triệu tập đại sứ.", {"Bộ Ngoại giao Anh"}),
    ],
    "lower_steering": [
        ("Đại diện ban chỉ đạo quốc gia vận động hiến máu tình nguyện đã phát biểu.",
         {"Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện"}),
        ("Xã đã họp ban chỉ đạo phòng chống dịch để triển khai.", set()),
        ("Ban Chỉ đạo Trung ương về phòng chống thiên tai họp sáng nay. Ban Chỉ đạo Trung ương phòng chống "
         "thiên tai yêu cầu các tỉnh trực ban.", {"Ban Chỉ đạo Trung ương phòng chống thiên tai"}),
    ],
    "military_civilian": [
        ("Bệnh nhân được chuyển về Bệnh viện Quân dân y Cô Tô cấp cứu.", {"Bệnh viện Quân dân y Cô Tô"}),
        ("Trung tâm y tế quân dân y kết hợp huyện đảo Côn Đảo đã tiếp nhận bệnh nhân. Bác sĩ Trung tâm y tế "
         "quân dân y Côn Đảo cho biết.", {"Trung tâm y tế quân dân y Côn Đảo"}),
    ],
}


@pytest.mark.parametrize("text,expected", [(t, e) for fam in FAMILIES.values() for t, e in fam],
                         ids=[f"{k}-{i}" for k, fam in FAMILIES.items() for i in range(len(fam))])
def test_s28_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
