"""Table tests for the organisation precision and boundary families of session 34 (helper
orgsb), run through the real EXTRACTION chain with our own sentences: a bare district body
("Trung tâm Y tế huyện", "Huyện ủy") takes the district's name only, not the next sentence's
opener or a person's name written after it; "Tp.HCM" and "Tp HCM" are written out as "TP.HCM"
is; "phi chính phủ" (non-governmental) names no government; ministries listed after one "Bộ"
("liên Bộ Y tế - Tài chính", "Bộ Giáo dục và Y tế") are each named; a kind with no name or place
("Trung tâm Y tế khu vực", "Phòng khám đa khoa") is no organisation; the national blood institute is read however
its name is written ("Viện Huyết học và truyền máu T.Ư", not "Viện Huyết học"); an HIV centre keeps
"HIV/AIDS"; a hospital written short and given the article's province is the one hospital the story
names in full with that short form ("BV Mắt Quốc tế" … "Bệnh viện Mắt Quốc tế Hà Nội"); andrology hospitals keep their
specialty ("Bệnh viện Nam học và Hiếm muộn", not "Bệnh viện Nam")."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "district_name_of_a_bare_body": [
        # the next sentence's opener, run on after the district's name, is not part of it
        ("Tin y tế. Bác sĩ của Trung tâm y tế huyện Tân Uyên Trong lúc đó gia đình đến. Trung tâm Y tế "
         "huyện đã báo cáo Sở.", {"Trung tâm Y tế huyện Tân Uyên"}),
        # nor the name of the person written after the hospital
        ("Tin y tế. Giám đốc Bệnh viện Đa khoa huyện Mường Lát Lò Văn Tám cho biết, sau khi có kết "
         "luận của Huyện ủy, bệnh viện sẽ xử lý.",
         {"Bệnh viện Đa khoa huyện Mường Lát", "Huyện ủy Mường Lát"}),
        # the district named plainly is read as before
        ("Tin y tế. Huyện Quan Sơn có 4 ca mắc sởi. Các bệnh nhân đang điều trị tại Trung tâm Y tế huyện.",
         {"Trung tâm Y tế huyện Quan Sơn"}),
        # a district written straight before its province (no comma): the words before the province
        ("Tin y tế. Ngày 5/3, đoàn công tác đến huyện Lý Sơn Quảng Ngãi để khảo sát. Trung tâm Y tế huyện "
         "đã tiếp nhận 3 bệnh nhân.", {"Trung tâm Y tế huyện Lý Sơn"}),
        ("Tin y tế. Đoàn đã về huyện Mai Sơn Sơn La. Trung tâm Y tế huyện đã tiếp nhận 2 bệnh nhân.",
         {"Trung tâm Y tế huyện Mai Sơn"}),
    ],
    "tphcm_in_lower_case": [
        ("Tin y tế. Phó Chủ tịch UBND Tp.HCM vừa thăm bệnh viện.", {"Ủy ban nhân dân Thành phố Hồ Chí Minh"}),
        ("Tin y tế. Sở Y tế Tp HCM vừa công bố kết quả kiểm tra.", {"Sở Y tế Thành phố Hồ Chí Minh"}),
        ("Tin y tế. Sở Y tế TP.HCM vừa công bố kết quả kiểm tra.", {"Sở Y tế Thành phố Hồ Chí Minh"}),
    ],
    "non_governmental_is_no_government": [
        ("Tin y tế. Tổ chức phi chính phủ Mũ Xanh hỗ trợ 200 triệu đồng.", set()),
        ("Tin y tế. Một tổ chức phi chính phủ EU hỗ trợ 10% kinh phí.", set()),
        # a government is still one ("chính phủ Anh"), and a capital after "châu Phi" opens a sentence
        ("Tin y tế. Ông cho biết chính phủ Anh đã họp khẩn.", {"Chính phủ Anh"}),
        ("Tin y tế. Nạn săn bắt xảy ra nhiều ở châu Phi Chính phủ Tanzania đã có biện pháp.", {"Chính phủ Tanzania"}),
    ],
    "ministries_listed_after_one_head": [
        ("Tin y tế. Theo thông tư liên tịch của liên Bộ Y tế - Tài chính, giá dịch vụ tăng.",
         {"Bộ Y tế", "Bộ Tài chính"}),
        ("Tin y tế. Bộ Giáo dục và Y tế cần thống nhất quy định đào tạo bác sĩ.",
         {"Bộ Giáo dục và Đào tạo", "Bộ Y tế"}),
        ("Tin y tế. Các đơn vị thuộc các Bộ Y tế, NN&PTNT, Công Thương cùng kiểm tra chợ.",
         {"Bộ Y tế", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Công Thương"}),
        # abbreviations however spaced, as orgs/abbreviations.py reads them
        ("Tin y tế. Các đơn vị thuộc các Bộ Y tế, GD & ĐT, NN & PTNT cùng kiểm tra chợ.",
         {"Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Nông nghiệp và Phát triển nông thôn"}),
        # one ministry whose name holds a list of fields stays whole
        ("Tin y tế. Bộ Lao động - Thương binh và Xã hội vừa ban hành hướng dẫn.",
         {"Bộ Lao động - Thương binh và Xã hội"}),
        # a ministry then a province's police is no list
        ("Tin y tế. Tỉnh phối hợp với Bộ Công an, Công an tỉnh Hòa Bình điều tra.",
         {"Bộ Công an", "Công an tỉnh Hòa Bình"}),
        # a comma then another body ends the list
        ("Tin y tế. Theo hướng dẫn của liên Bộ Y tế - Tài chính, Sở Y tế Hà Nội đã điều chỉnh giá.",
         {"Bộ Y tế", "Bộ Tài chính", "Sở Y tế Hà Nội"}),
        # the police of the provinces after a ministry is no second ministry
        ("Tin y tế. Bộ Y tế và Công an các địa phương đã vào cuộc điều tra vụ việc.", {"Bộ Y tế"}),
        ("Tin y tế. Bộ Y tế và Công an địa phương đang xác minh.", {"Bộ Y tế"}),
        ("Tin y tế. Đoàn của các Bộ Y tế, NN&PTNT, Công Thương và các ngành đã kiểm tra chợ.",
         {"Bộ Y tế", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Công Thương"}),
    ],
    "a_kind_is_no_body": [
        # the regional health centres as a kind (after the 2025 reform), not one centre
        ("Tin y tế. Các Trung tâm Y tế huyện được tổ chức lại thành Trung tâm Y tế khu vực trực thuộc Sở Y tế "
         "tỉnh Nghệ An.", {"Sở Y tế Nghệ An"}),
        ("Tin y tế. Sở sẽ cấp giấy phép hoạt động Phòng khám đa khoa cho các cơ sở đủ điều kiện.", set()),
        # a named one is kept
        ("Tin y tế. Trung tâm Y tế khu vực Diễn Châu tổ chức tập huấn.", {"Trung tâm Y tế khu vực Diễn Châu"}),
    ],
    "national_blood_institute_written_variously": [
        ("Tin y tế. Bệnh nhân đang điều trị ở Viện Huyết học và truyền máu trung ương.",
         {"Viện Huyết học và truyền máu trung ương"}),
        ("Tin y tế. Hiện Viện huyết học - Truyền máu TƯ còn chưa tới 7.000 đơn vị máu.",
         {"Viện huyết học - Truyền máu Trung ương"}),
    ],
    "hiv_centre_named_for_the_disease": [
        ("Tin y tế. Giám đốc Trung tâm HIV/AIDS tỉnh Kon Tum cho biết đã cấp thuốc.",
         {"Trung tâm HIV/AIDS tỉnh Kon Tum"}),
    ],
    "short_hospital_is_the_one_the_story_places": [
        # written short first, then in full with its own city: not the article's province's
        ("Tin y tế Hà Nam. Bệnh nhân ở Hà Nam được đưa tới BV Mắt Quốc tế để khám. Các bác sĩ Bệnh viện "
         "Mắt Quốc tế Hà Nội cho biết bệnh đã nặng.", {"Bệnh viện Mắt Quốc tế Hà Nội"}),
        # a short form named in full by no other hospital keeps the province
        ("Tin y tế Hà Nam. Bệnh nhân ở Hà Nam được đưa tới Bệnh viện Mắt để khám.", {"Bệnh viện Mắt Hà Nam"}),
        # a bare general hospital is the province's, whatever district hospital the story names
        ("Tin y tế Hà Tĩnh. Bệnh nhân ở Hà Tĩnh được chuyển từ Bệnh viện Đa khoa Đức Thọ lên Bệnh viện Đa khoa "
         "tỉnh.", {"Bệnh viện Đa khoa Đức Thọ", "Bệnh viện Đa khoa tỉnh Hà Tĩnh"}),
    ],
    "andrology_hospital": [
        ("Tin y tế. Bác sĩ Bệnh viện Nam học và Hiếm muộn Hà Nội cho biết ca bệnh đã ổn định.",
         {"Bệnh viện Nam học và Hiếm muộn Hà Nội"}),
        ("Tin y tế. Hai vợ chồng đến bệnh viện Nam học để khám.", set()),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_orgsb_s34_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_foreign_ministry_of_several_fields_is_no_list() -> None:
    # Japan's one Ministry of Health, Labour and Welfare: "Lao động" here is none of ours
    found = names("Tin y tế. Thứ trưởng Bộ Y tế, Lao động và Phúc lợi Nhật Bản cho biết.")
    assert "Bộ Lao động - Thương binh và Xã hội" not in found


def test_district_name_read_before_the_end_bound() -> None:
    from extractors.orgs.districts import _names_in
    text = "Đoàn về huyện Quan Sơn có 4 ca."
    assert _names_in(text, 0, text.index(" Sơn")) == {"Quan"}
    assert _names_in(text, 0, len(text)) == {"Quan Sơn"}
