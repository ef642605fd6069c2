"""Table tests for organisation families added in session 21, run through the real
EXTRACTION chain with our own sentences: a lower-case word after a two-word proper name
("bệnh viện Phước Lâm cấp cứu") starts the next word of the sentence, not the name; a
body written on in lower case after its head is named when a country closes it ("Trung
tâm dự báo thời tiết quốc gia Nhật Bản", "Viện Hàn lâm [quốc gia] Thụy Điển"), or when
"quốc gia" closes it ("Trung tâm điều phối ghép tạng quốc gia", "Viện bỏng quốc gia"); a
department the gazetteer knows is read even when written in lower case ("Vụ pháp chế"); a
known name with "Trung ương" abbreviated inside it ("Bệnh viện T.Ư Huế", "Bệnh viện Tâm
thần TƯ 1") is that organisation, named with "Trung ương" written out; a hospital's bare
"TP." in a story whose province is no city is not that province's."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "next_word": [
        ("Nạn nhân được đưa vào Bệnh viện Đa khoa Phước Long cấp cứu nhưng không qua khỏi.",
         {"Bệnh viện Đa khoa Phước Long"}),
        ("Sáng nay, Bệnh viện Tân Phú thu hồi quyết định kỷ luật hai điều dưỡng.",
         {"Bệnh viện Tân Phú"}),
        ("Trường Đại học Hồng Bàng liên tục tuyển sinh ngành điều dưỡng.",
         {"Trường Đại học Hồng Bàng"}),
        # one capitalised word keeps its compound
        ("Bệnh viện Nhi đồng không tiếp nhận thêm bệnh nhân.", {"Bệnh viện Nhi đồng"}),
        ("Viện Dinh dưỡng quốc gia khuyến cáo trẻ cần uống đủ sữa.", {"Viện Dinh dưỡng quốc gia"}),
    ],
    "country_closes": [
        ("Theo Trung tâm phòng ngừa dịch bệnh truyền nhiễm Mỹ cho biết, số ca mắc đã giảm.",
         {"Trung tâm phòng ngừa dịch bệnh truyền nhiễm Mỹ"}),
        ("Bà được bầu làm viện sĩ Viện Hàn lâm quốc gia Thụy Điển.", {"Viện Hàn lâm quốc gia Thụy Điển"}),
        ("Theo Cục Phòng chống ma túy Mỹ, số ca tử vong do thuốc giảm đau tăng.", {"Cục Phòng chống ma túy Mỹ"}),
        # a two-word line of business before a country is generic
        ("Trung tâm thương mại Mỹ đông khách dịp cuối tuần.", set()),
    ],
    "national_closes": [
        ("Hai công nhân bị bỏng nặng được chuyển lên Viện bỏng quốc gia (Hà Nội).", {"Viện bỏng quốc gia"}),
        ("Theo số liệu của Trung tâm điều phối ghép tạng quốc gia, năm nay có 30 người hiến.",
         {"Trung tâm điều phối ghép tạng quốc gia"}),
        # a function word inside the run: where the name starts is not known
        ("Trung tâm dữ liệu về dân cư quốc gia cho biết đã cập nhật.", set()),
    ],
    "known_lower_vu": [
        ("Ông Trần Văn Hải, Vụ trưởng Vụ pháp chế (Bộ Y tế) cho biết dự thảo đã được góp ý.",
         {"Vụ pháp chế", "Bộ Y tế"}),
        ("Vụ sản phụ tử vong ở bệnh viện huyện đang được làm rõ.", set()),
    ],
    "central_short": [
        ("Sáng qua, bệnh nhân được chuyển ra Bệnh viện T.Ư Huế để mổ cấp cứu.", {"Bệnh viện Trung ương Huế"}),
        ("Đoàn bác sĩ của BV TW Thái Nguyên về khám cho người dân. Bệnh viện Đa khoa Trung ương Thái Nguyên "
         "cho biết sẽ tiếp tục.", {"Bệnh viện Đa khoa Trung ương Thái Nguyên"}),
    ],
    "bare_city": [
        ("Bệnh viện Đa khoa tỉnh Long An tiếp nhận kỹ thuật mới từ Bệnh viện Ung bướu TP.HCM. Bệnh viện "
         "Đa khoa tỉnh Long An là vệ tinh của Bệnh viện Ung bướu TP.", {"Bệnh viện Đa khoa tỉnh Long An", "Bệnh viện Ung bướu"}),
    ],
}


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s21_families(text: str, expected: set) -> None:
    assert names(text) == expected
