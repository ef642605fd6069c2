"""Table tests for the organisation precision and boundary families of session 32 (helper
orgsb), run through the real EXTRACTION chain with our own sentences: a provincial capital's
hospital ("Bệnh viện Đa khoa thành phố Thanh Hóa") is not the province's ("… tỉnh Thanh Hóa"),
even when a story names both; a central specialty hospital written without its place ("BV Mắt
Trung ương") takes no province from the story; an organisation is named by a form some mention
writes out, not by one built from an abbreviation or a bare mention ("BV tỉnh"); a name stops
before a word that opens the next sentence where a paragraph break was lost ("… Bệnh viện Việt
Đức Về việc …", "TAND huyện Tĩnh Gia Chiều ngày 16-5 …", "… Việt Nam Năm 2017 …", "Ảnh: …"); a
remit listed with commas or "và" in lower case is read whole ("Viện Sốt rét, côn trùng và ký
sinh trùng T.Ư", "Chi cục Chăn nuôi và thú y tỉnh X", "Hội Hồi sức - cấp cứu và chống độc Việt
Nam"), not cut at its first comma or "và"; a society's lower-case remit goes on past one "và" to
the place or country that closes it ("Hội Bảo vệ thiên nhiên và môi trường TP. HCM"); a
portfolio is read whole however its fields are joined ("Sở Giáo dục - đào tạo", "Sở Tài nguyên
môi trường"); "ĐH Việt Nam" (a country's universities) is no school."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "city_hospital_is_not_the_province": [
        ("Tin y tế. Nạn nhân được đưa vào Bệnh viện đa khoa TP Thanh Hóa, sau đó chuyển lên Bệnh viện "
         "đa khoa tỉnh Thanh Hóa.",
         {"Bệnh viện Đa khoa thành phố Thanh Hóa", "Bệnh viện Đa khoa tỉnh Thanh Hóa"}),
        ("Tin y tế. Mười bệnh nhân được chuyển sang BV Đa khoa thành phố Hòa Bình để chạy thận. "
         "Bệnh viện Đa khoa tỉnh Hòa Bình cho biết sẽ hỗ trợ chi phí.",
         {"Bệnh viện Đa khoa thành phố Hòa Bình", "Bệnh viện Đa khoa tỉnh Hòa Bình"}),
        # a provincial-level city's "thành phố" is the province itself
        ("Tin y tế. Sở Y tế TP Đà Nẵng vừa có văn bản gửi các bệnh viện.", {"Sở Y tế Đà Nẵng"}),
        # the province's hospital named with and without "tỉnh" stays one organisation
        ("Tin y tế. Bệnh viện Đa khoa tỉnh Thanh Hóa tiếp nhận bệnh nhân. Bệnh viện Đa khoa Thanh Hóa "
         "cho biết bệnh nhân đã ổn định.", {"Bệnh viện Đa khoa tỉnh Thanh Hóa"}),
    ],
    "central_specialty_hospital": [
        ("Tin y tế. Bé ở Nghệ An được chuyển ra BV Nhi Trung ương điều trị.", {"Bệnh viện Nhi Trung ương"}),
        ("Tin y tế. Một ngư dân Quảng Ninh được đưa về BV Mắt Trung ương để mổ.", {"Bệnh viện Mắt Trung ương"}),
        # a provincial specialty hospital still takes the story's province
        ("Tin y tế. Một ngư dân Quảng Ninh được đưa về Bệnh viện Mắt để mổ.", {"Bệnh viện Mắt Quảng Ninh"}),
    ],
    "named_as_written": [
        ("Tin y tế. Sản phụ được chuyển lên BV tỉnh cấp cứu. Bệnh viện Đa khoa tỉnh Bình Định cho biết "
         "đã huy động nhiều bác sĩ.", {"Bệnh viện Đa khoa tỉnh Bình Định"}),
        ("Tin y tế. Giám đốc BV Hòa Bình cho biết. Bệnh viện Đa khoa tỉnh Hòa Bình đã báo cáo Sở Y tế Hòa Bình.",
         {"Bệnh viện Đa khoa tỉnh Hòa Bình", "Sở Y tế Hòa Bình"}),
        # no mention written out: the shortest form built stays
        ("Tin y tế. BV Chợ Rẫy tiếp nhận bệnh nhân. BV Chợ Rẫy TP.HCM cho biết.", {"Bệnh viện Chợ Rẫy"}),
    ],
    "sentence_run_on": [
        ("Bác sĩ Bệnh viện Việt Đức Về việc chênh lệch giá, ông Bình cho biết đã báo cáo.", {"Bệnh viện Việt Đức"}),
        ("Tin y tế. Vụ án do TAND huyện Tĩnh Gia Chiều ngày 16-5 đưa ra xét xử.", {"Tòa án nhân dân huyện Tĩnh Gia"}),
        ("Số liệu của Bảo hiểm xã hội Việt Nam Năm 2017, cả nước có 30 phòng khám vi phạm.",
         {"Bảo hiểm xã hội Việt Nam"}),
        ("Bệnh nhân điều trị tại Bệnh viện Chợ Rẫy Ảnh: Tấn Phát. Cả nước có 10 ca.", {"Bệnh viện Chợ Rẫy"}),
        ("Tin y tế. Anh được đưa đến bệnh viện Chiều ngày 1/7 thì tử vong.", set()),
        ("Tin y tế. Trung tâm y tế huyện Phú Giáo Trong lúc chuyển viện đã xử trí.", {"Trung tâm y tế huyện Phú Giáo"}),
        ("Tin y tế. Sáng nay UBND phường Trung Hòa Liên quan đến vụ việc đã báo cáo.", {"Ủy ban nhân dân phường Trung Hòa"}),
        ("Tin y tế. Đại diện Bộ Y tế Vấn đề này sẽ được xem xét.", {"Bộ Y tế"}),
        ("Tin y tế. Đoàn Đại biểu Quốc hội tỉnh Nghệ An làm việc với bệnh viện.",
         {"Đoàn đại biểu Quốc hội tỉnh Nghệ An"}),
        # a name that goes on: a compound with the last syllable, a person's name, a place
        ("Tin y tế. Công ty Ánh Sáng vừa có thông báo.", {"Công ty Ánh Sáng"}),
        ("Tin y tế. Sáng 5/6, Công an phường Đoàn Kết nhận tin báo.", {"Công an phường Đoàn Kết"}),
        ("Tin y tế. Sản phụ được mổ tại Bệnh viện Đa khoa Nguyễn Đình Chiểu.",
         {"Bệnh viện Đa khoa Nguyễn Đình Chiểu"}),
    ],
    "listed_remit": [
        ("Tin y tế. Mẫu máu được chuyển ra Viện Sốt rét, côn trùng và ký sinh trùng T.Ư để xét nghiệm.",
         {"Viện Sốt rét, côn trùng và ký sinh trùng Trung ương"}),
        ("Tin y tế. Mẫu được gửi Viện Sốt rét, ký sinh trùng và côn trùng Quy Nhơn.",
         {"Viện Sốt rét, ký sinh trùng và côn trùng Quy Nhơn"}),
        ("Tin y tế. Chi cục Chăn nuôi và thú y tỉnh Quảng Nam cho biết đã lấy mẫu.",
         {"Chi cục Chăn nuôi và thú y tỉnh Quảng Nam"}),
        ("Tin y tế. GS Bình, Chủ tịch Hội Hồi sức - cấp cứu và chống độc Việt Nam, đã có đơn kiến nghị.",
         {"Hội Hồi sức - cấp cứu và chống độc Việt Nam"}),
        ("Tin y tế. Ông An, Vụ trưởng Vụ Công tác học sinh, sinh viên (Bộ GD-ĐT) cho biết.",
         {"Vụ Công tác học sinh, sinh viên", "Bộ Giáo dục và Đào tạo"}),
        # "tới" after a central body starts the sentence's verb, not a lower-case name part
        ("Tin y tế. Các bác sĩ Viện Sốt rét, côn trùng và ký sinh trùng T.Ư tới Bắc Ninh điều tra.",
         {"Viện Sốt rét, côn trùng và ký sinh trùng Trung ương"}),
    ],
    "society_remit": [
        ("Tin y tế. Hội Bảo vệ thiên nhiên và môi trường TP. HCM vừa tổ chức hội thảo.",
         {"Hội Bảo vệ thiên nhiên và môi trường Thành phố Hồ Chí Minh"}),
        ("Tin y tế. Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam trao 50 suất quà.",
         {"Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam"}),
        # no place closes it: the sentence goes on ("và nhân dân"), nothing new is read
        ("Tin y tế. Hội Chữ thập đỏ tỉnh Nghệ An và nhân dân ủng hộ 20 triệu đồng.", {"Hội Chữ thập đỏ tỉnh Nghệ An"}),
    ],
    "portfolio_fields": [
        ("Tin y tế. Sở Giáo dục - đào tạo tỉnh Nghệ An vừa có văn bản.", {"Sở Giáo dục - đào tạo Nghệ An"}),
        ("Tin y tế. Theo Sở Tài nguyên môi trường Quảng Nam, công ty đã vi phạm.",
         {"Sở Tài nguyên môi trường Quảng Nam"}),
        ("Tin y tế. Sở Lao động thương binh và xã hội tỉnh Nghệ An cho biết.",
         {"Sở Lao động thương binh và xã hội Nghệ An"}),
        ("Tin y tế. Ông Hùng, Vụ trưởng Vụ Khoa học, công nghệ và môi trường, cho biết.",
         {"Vụ Khoa học, công nghệ và môi trường"}),
        ("Tin y tế. Học viện Chính trị quốc gia Hồ Chí Minh đồng tổ chức hội thảo.",
         {"Học viện Chính trị quốc gia Hồ Chí Minh"}),
        ("Tin y tế. Cần tăng tỉ trọng của ĐH Việt Nam trong các chương trình này.", set()),
        ("Tin y tế. ĐH Mỹ Tho tuyển sinh ngành điều dưỡng.", {"Đại học Mỹ Tho"}),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_orgsb_s32_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
