"""Table tests for organisation families added in session 26, run through the real
EXTRACTION chain with our own sentences: a provincial police unit written "phòng cảnh sát …"
in lower case or as an abbreviation with its remit after it ("Phòng CSĐT tội phạm về ma
túy"), listed with the police force it ends in; an investigation agency linked to its police
by a dash, comma or bracket; a bloc's party committee ("Đảng ủy khối các cơ quan tỉnh X"),
read only when its level ends it; and a "Chi cục trưởng" whose portfolio is a compound
before a place ("Chi cục trưởng Kiểm lâm Quảng Trị"); a bare specialty hospital after the
story named it in full ("Bệnh viện Nhi" after "Bệnh viện Nhi Trung ương") is that hospital,
and a hospital's group keeps "Trung ương"; a bare "TP." in a province that is no city
names no body; a foreign ministry's lower-case portfolio runs to its country; a lower-case
"bệnh viện quận X" names the district's hospital; a group takes its level only when most
mentions write it; a lower-case "trường ĐH" named by its place is a university, one named
by a country none; a common compound cut before "và" and a lower-case field is dropped; a foreign province
after "tỉnh" ends the body's name."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "police_unit": [
        ("Phòng cảnh sát hình sự Công an tỉnh Nghệ An đã bắt giữ hai đối tượng.",
         {"Phòng Cảnh sát hình sự Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An"}),
        ("Vụ án do Phòng CSĐT tội phạm về ma túy (PC47) – Công an tỉnh Sơn La thụ lý.",
         {"Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La", "Công an tỉnh Sơn La"}),
        # a clause between "phòng cảnh sát" and the force: only the force is named
        ("Phòng cảnh sát hình sự đã phối hợp với Công an tỉnh Nghệ An.", {"Công an tỉnh Nghệ An"}),
        ("Phòng CSHS phối hợp với Công an tỉnh Nghệ An bắt giữ đối tượng.", {"Công an tỉnh Nghệ An"}),
    ],
    "linked_investigators": [
        ("Cơ quan cảnh sát điều tra - Công an tỉnh Phú Yên đã khởi tố vụ án.",
         {"Cơ quan Cảnh sát điều tra Công an tỉnh Phú Yên", "Công an tỉnh Phú Yên"}),
        ("Cơ quan CSĐT, Công an tỉnh Phú Yên đang điều tra làm rõ.",
         {"Cơ quan Cảnh sát điều tra Công an tỉnh Phú Yên", "Công an tỉnh Phú Yên"}),
        ("Cơ quan CSĐT (Công an tỉnh Phú Yên) đã ra quyết định khởi tố.",
         {"Cơ quan Cảnh sát điều tra Công an tỉnh Phú Yên", "Công an tỉnh Phú Yên"}),
        # the agency does not run over a clause into the police it works with
        ("Cơ quan CSĐT đã phối hợp với Công an tỉnh Phú Yên.", {"Công an tỉnh Phú Yên"}),
    ],
    "party_bloc": [
        ("Đảng uỷ khối các cơ quan tỉnh Quảng Trị tổ chức hội nghị tổng kết.",
         {"Đảng ủy Khối các cơ quan tỉnh Quảng Trị"}),
        ("Ông An được bầu làm Bí thư Đảng ủy Khối Doanh nghiệp Trung ương.",
         {"Đảng ủy Khối Doanh nghiệp Trung ương"}),
        # no level after the bloc: which bloc is not said
        ("Đảng ủy khối đã kiểm tra hồ sơ của các đảng viên.", set()),
        ("Đảng ủy Khối nhiệm kỳ 2020 - 2025 họp phiên đầu tiên.", set()),
    ],
    "portfolio_before_place": [
        ("Ông Lê Văn Bình, Chi cục trưởng Kiểm lâm Quảng Trị, cho biết rừng đã được khoanh vùng.",
         {"Chi cục Kiểm lâm Quảng Trị"}),
        ("Theo ông Hòa, Chi cục trưởng Thủy lợi tỉnh Hà Tĩnh, đê đã được gia cố.",
         {"Chi cục Thủy lợi tỉnh Hà Tĩnh"}),
    ],
    "short_after_full": [
        # a bare specialty after the story named the central hospital is that hospital
        ("Sở Y tế Hà Nội cho biết bé đã được chuyển lên Bệnh viện Nhi Trung ương. "
         "Tại Bệnh viện Nhi, bé được thở máy.", {"Sở Y tế Hà Nội", "Bệnh viện Nhi Trung ương"}),
        ("Anh được đưa vào bệnh viện Giao thông vận tải Trung ương. Các bác sĩ bệnh viện GTVT đã mổ cấp cứu.",
         {"Bệnh viện Giao thông vận tải Trung ương"}),
        # the gazetteer's own name wins: "Bệnh viện K Trung ương" is the Bệnh viện K
        ("Bà điều trị tại Bệnh viện K Trung ương. Các bác sĩ Bệnh viện K đã xạ trị cho bà.", {"Bệnh viện K"}),
        # with no such earlier name it stays the article's province's own
        ("Sở Y tế Nghệ An cho biết bệnh nhân đang điều trị tại Bệnh viện Nhi.", {"Sở Y tế Nghệ An", "Bệnh viện Nhi Nghệ An"}),
    ],
    "city_not_named": [
        # a bare "TP." in a province that is no city: which city is not said
        ("Sở Y tế Ninh Thuận đã báo cáo. Cơ quan CSĐT TP. đang xác minh.", {"Sở Y tế Ninh Thuận"}),
    ],
    "foreign_ministry": [
        # a foreign portfolio goes on in lower case to its country: not the Vietnamese ministry
        ("Đoàn làm việc với Bộ Y tế công cộng Thái Lan về phòng chống sốt rét.", {"Bộ Y tế công cộng Thái Lan"}),
        ("Bộ Ngoại giao và thương mại Úc tài trợ dự án nước sạch.", {"Bộ Ngoại giao và thương mại Úc"}),
        # a verb or a second party after the ministry: the ministry alone
        ("Bộ Y tế và Lào ký biên bản ghi nhớ.", {"Bộ Y tế"}),
        ("Bộ Xây dựng khẳng định Việt Nam đủ năng lực.", {"Bộ Xây dựng"}),
    ],
    "district_hospital": [
        ("Sáng nay, bệnh viện quận Tân Phú tổ chức khám miễn phí cho người cao tuổi.", {"Bệnh viện quận Tân Phú"}),
        # a foreign town after "quận" is a description, not a name
        ("Ông được đưa tới bệnh viện quận Salisbury gần đó.", set()),
    ],
    "university_by_place": [
        # a lower-case "trường ĐH" named by its place alone is that university
        ("Em Hoa, sinh viên trường ĐH Quảng Nam, đã hiến máu 5 lần.", {"Trường Đại học Quảng Nam"}),
        # a country is no such name: universities of that country
        ("Nhiều trường đại học Mỹ tuyển sinh viên quốc tế.", set()),
        ("Học phí trường đại học Việt Nam còn thấp.", set()),
    ],
    "cut_before_and": [
        # a field after "và" goes on in lower case: the first compound alone is no name
        ("Bé được theo dõi tại Trung tâm Chăm sóc và điều trị sơ sinh của bệnh viện.", set()),
        ("Trung tâm Khảo thí và đánh giá chất lượng công bố điểm thi.", set()),
        # "và" then a capitalised body is another organisation
        ("Trung tâm Chăm sóc và điều trị sơ sinh, Bệnh viện Phụ sản Trung ương cho biết.",
         {"Bệnh viện Phụ sản Trung ương"}),
    ],
    "foreign_province": [
        # a province the gazetteer does not hold ends a foreign body's name
        ("Sở Y tế tỉnh Hồ Bắc, Trung Quốc đã cách ly 40 người.", {"Sở Y tế tỉnh Hồ Bắc"}),
        ("Bệnh viện Nhân dân tỉnh Vân Nam đã tiếp nhận hai bệnh nhân.", {"Bệnh viện Nhân dân tỉnh Vân Nam"}),
        # a person or the next sentence after a bare "tỉnh" is no province
        ("Tỉnh Nghệ An có 3 ca. Bệnh viện Đa khoa tỉnh Hôm qua đã cứu chữa cho họ.",
         {"Bệnh viện Đa khoa tỉnh Nghệ An"}),
        ("Tỉnh Nghệ An có 3 ca. UBND tỉnh Lê Văn Bình đã chỉ đạo.", {"Ủy ban nhân dân tỉnh Nghệ An"}),
    ],
}


def test_majority_form_names_the_centre_s26() -> None:
    """Written thrice without its level and once with it, the centre keeps the plain form."""
    text = ("Trung tâm Y tế Dự phòng Hải Phòng nhận máy mới. Trung tâm Y tế Dự phòng Hải Phòng lắp đặt xong. "
            "Trung tâm Y tế Dự phòng TP Hải Phòng cho biết máy đã chạy. Trung tâm Y tế Dự phòng Hải Phòng vui mừng.")
    assert names(text) == {"Trung tâm Y tế Dự phòng Hải Phòng"}


@pytest.mark.parametrize("text,expected", [(t, e) for fam in FAMILIES.values() for t, e in fam],
                         ids=[f"{k}-{i}" for k, fam in FAMILIES.items() for i in range(len(fam))])
def test_s26_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
