"""Table tests for organisation families added in session 24, run through the real
EXTRACTION chain with our own sentences: a bare "Sở Y tế" followed by a person's two-word
name ends there and takes the story's province (the person is the official); the provincial
HIV/AIDS centre is read with its slash, spaced or not, and bare it is the story's province's;
a bare "Sở Y tế" in a story that names no province is no one body; Bộ Công an's
administrative-police department and its corrections directorate are read whole; "Cục Dược" is
the Cục Quản lý Dược; banks and mobile networks named by their brand are read, and a brand a
story defines in brackets after a full name is that organisation; a district's second syllable typed
in lower case ("huyện Bù đăng") is read when the story writes the district right elsewhere; "và"
after a whole known ministry starts another body ("Bộ Y tế và Bảo hiểm"), unless a foreign
ministry's name goes on to its country."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2019-03-20"

FAMILIES = {
    "department_then_person": [
        # (the office its chief's title names is listed too since s35: real7 annotates both)
        ("Tại Nghệ An, Chánh văn phòng Sở Y tế Lê Sơn, cho hay bệnh viện đã được nhắc nhở.",
         {"Sở Y tế Nghệ An", "Văn phòng Sở Y tế Nghệ An"}),
        # a place still ends the name, and a person after the place is no part of it
        ("Phó giám đốc Sở Y tế Hà Tĩnh Nguyễn Văn Bình cho biết đã lập đoàn kiểm tra.", {"Sở Y tế Hà Tĩnh"}),
    ],
    "hiv_centre": [
        # (a name the gazetteer does not know keeps the slash as the text spaces it since s38: gold
        # writes "HIV / AIDS" for such text, real31 only so, real22 both ways)
        ("Mẫu máu được gửi tới Trung tâm phòng chống HIV / AIDS tỉnh Cà Mau để xét nghiệm lại.",
         {"Trung tâm phòng chống HIV / AIDS tỉnh Cà Mau"}),
        ("Trung tâm Phòng, chống HIV/AIDS Thái Bình vừa cấp thuốc cho 300 người bệnh.",
         {"Trung tâm Phòng, chống HIV/AIDS Thái Bình"}),
        ("Ở Thái Bình, hồ sơ người bệnh được giao cho Trung tâm phòng chống HIV/AIDS.",
         {"Trung tâm phòng chống HIV/AIDS Thái Bình"}),
    ],
    "placeless_department": [
        ("Bộ đề nghị Chủ tịch UBND các tỉnh chỉ đạo Sở Y tế giám sát chặt chẽ trường mầm non.", set()),
        # a foreign department keeps its place
        ("Sở Y tế Roraima cho biết số ca sốt xuất huyết tăng gấp đôi.", {"Sở Y tế Roraima"}),
    ],
    "police_departments": [
        ("Tổ công tác của Cục Cảnh sát quản lý hành chính về trật tự xã hội đã kiểm tra 40 cơ sở.",
         {"Cục Cảnh sát quản lý hành chính về trật tự xã hội"}),
        ("Tổng cục Thi hành án hình sự và hỗ trợ tư pháp đã nhận được đơn của ông Tư.",
         {"Tổng cục Thi hành án hình sự và hỗ trợ tư pháp"}),
    ],
    "drug_department_short": [
        ("Cục Quản lý Dược (gọi tắt là Cục Dược) vừa thu hồi hai lô thuốc. Cục Dược đề nghị các tỉnh rà soát.",
         {"Cục Dược"}),
    ],
    "bank_brands": [
        ("Ông Nguyễn Văn Tâm, phó tổng giám đốc Sacombank, cho biết ngân hàng vừa giảm phí.", {"Sacombank"}),
        ("Quỹ được Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) tài trợ. Đại diện Vietcombank trao "
         "tặng 20 máy thở.", {"Ngân hàng TMCP Ngoại thương Việt Nam"}),
        ("Ngân hàng Vietbank và VNPT–VinaPhone đã ký thỏa thuận. Theo đó, VNPT Vinaphone cung cấp dịch vụ "
         "truyền dẫn.", {"Ngân hàng Vietbank", "VNPT Vinaphone"}),
        ("Tổng công ty Vinaphone có 30 triệu thuê bao. Hôm qua VNPT Vinaphone ký hợp đồng mới.",
         {"Tổng công ty Vinaphone"}),
    ],
    "miscased_syllable": [
        ("Gia đình chị ở huyện Bù Đăng. Hiện, Công an huyện Bù đăng đang lấy lời khai.", {"Công an huyện Bù đăng"}),
        ("Ông Phan làm phó giám đốc Bệnh viện Đa khoa Lương tài. Phóng viên đến Bệnh viện Đa khoa Lương Tài.",
         {"Bệnh viện Đa khoa Lương Tài"}),
        # a syllable that opens a word of the sentence stays out
        ("Chị ở huyện Yên Thành. Công an huyện Yên thành công bố kết quả.", {"Công an huyện Yên"}),
    ],
    "ministry_and": [
        ("Văn bản chưa có hiệu lực, Bộ Y tế và Bảo hiểm đã bất đồng.", {"Bộ Y tế"}),
        # two ministries after one "Bộ" (stop 34: the second is named too, not only cut off)
        ("Theo ông, Bộ Y tế và Nông nghiệp đã phối hợp kiểm tra chất cấm.",
         {"Bộ Y tế", "Bộ Nông nghiệp và Phát triển nông thôn"}),
        ("Bộ Y tế và Phúc lợi Hàn Quốc cho biết số ca mắc giảm.", {"Bộ Y tế và Phúc lợi Hàn Quốc"}),
        ("Bộ Kế hoạch và Đầu tư vừa trình đề án.", {"Bộ Kế hoạch và Đầu tư"}),
    ],
    "investigators_police": [
        ("Cơ quan CSĐT Công an TP Tân An vừa khởi tố vụ án.",
         {"Cơ quan Cảnh sát điều tra Công an thành phố Tân An", "Công an thành phố Tân An"}),
        ("Cơ quan Cảnh sát điều tra Bộ Công an đã vào cuộc.", {"Cơ quan Cảnh sát điều tra Bộ Công an"}),
    ],
    "agency_abbreviation_inside": [
        ("Bảo hiểm xã hội (BHXH) Việt Nam vừa có văn bản gửi các tỉnh.", {"Bảo hiểm xã hội Việt Nam"}),
    ],
}
CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(CASES)])
def test_family(family: str, text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_the_official_of_a_bare_department_keeps_the_role() -> None:
    doc = run(Doc(text="Tại Nghệ An, Chánh thanh tra Sở Y tế Hồ Sơn, cho hay đơn đã được chuyển.", published=P),
              EXTRACTION)
    # a department's chief inspector is read at the department and at its inspectorate (officials 19)
    assert {(o.name, o.organization) for o in doc.officials} == {("Hồ Sơn", "Sở Y tế Nghệ An"),
                                                                 ("Hồ Sơn", "Thanh tra Sở Y tế Nghệ An")}


def test_a_bank_brand_takes_the_full_name_the_story_defined() -> None:
    doc = run(Doc(text="Chương trình có sự đồng hành của Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank). "
                       "Dự lễ có ông Hồ Quang Minh, Phó Tổng Giám đốc Vietcombank.", published=P), EXTRACTION)
    assert [(o.name, o.organization) for o in doc.officials] == [
        ("Hồ Quang Minh", "Ngân hàng TMCP Ngoại thương Việt Nam")]
