"""Organisation precision, session 38, run through the real EXTRACTION chain with our own
sentences: a lower-case verb after a ministry's portfolio is no part of its name ("được Bộ Y tế
kiểm nghiệm"); a foreign person after "Chủ tịch Quốc hội" is not the assembly's country; a count
that opens a caption's next sentence ("… công an Hai ngày sau …") names no body; a bare head
("Viện Kiểm sát", "Thanh tra Sở") beside the full name the story gives it is that body; a company's
clause verb or a time phrase after a proper name ends the name; UNESCO's and a mission's city's
written forms; a company's Latin brand after its place belongs to its name."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names


@pytest.mark.parametrize("text, kept, dropped", [
    ("Lô cá đông lạnh đã được Bộ Y tế kiểm nghiệm trước khi bán ra thị trường.",
     "Bộ Y tế", "Bộ Y tế kiểm nghiệm"),
    ("Đoàn Bộ Y tế công cộng Lào sang thăm Bệnh viện Bạch Mai tuần trước.",
     "Bộ Y tế công cộng Lào", "Bộ Y tế"),
    ("Mẫu nước sẽ do Bộ Tài nguyên và Môi trường xét nghiệm lại trong tháng tới.",
     "Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường xét nghiệm"),
])
def test_ministry_then_verb(text: str, kept: str, dropped: str) -> None:
    got = names(text)
    assert kept in got and dropped not in got


@pytest.mark.parametrize("text, kept, dropped", [
    ("Chủ tịch Quốc hội Ramon Alvarez Ortega cảm ơn Quốc hội Việt Nam đã ủng hộ.",
     "Quốc hội", "Quốc hội Ramon Alvarez Ortega"),
    ("Thủ tướng Chính phủ Costa Rica gửi thư chúc mừng.", "Thủ tướng Chính phủ Costa Rica", "Chính phủ"),
    ("Quốc hội Puerto Rico vừa thông qua dự luật về bảo hiểm y tế.", "Quốc hội Puerto Rico", "Quốc hội"),
])
def test_foreign_person_after_assembly(text: str, kept: str, dropped: str) -> None:
    got = names(text)
    assert kept in got and dropped not in got


@pytest.mark.parametrize("text", [
    "Anh Tùng (phải) tại cơ quan công an Hai ngày sau khi gây án, anh ra đầu thú.",
    "Chị Lan bị đưa về trụ sở Công an Ba tháng sau chị mới được về nhà.",
])
def test_count_opens_next_sentence(text: str) -> None:
    assert not any(n.startswith("Công an") for n in names(text))


def test_place_opening_with_a_number_word_is_kept() -> None:
    got = names("Bệnh viện Đa khoa Năm Căn chuyển bệnh nhân lên Công an huyện Ba Vì và Bệnh viện Hai Bà Trưng.")
    assert {"Bệnh viện Đa khoa Năm Căn", "Công an huyện Ba Vì", "Bệnh viện Hai Bà Trưng"} <= got


@pytest.mark.parametrize("text, full, bare", [
    ("Viện Kiểm sát nhân dân tỉnh Lạng Sơn đã truy tố bị cáo. Tại phiên tòa, đại diện Viện Kiểm sát "
     "đề nghị mức án 3 năm tù.", "Viện Kiểm sát nhân dân tỉnh Lạng Sơn", "Viện Kiểm sát"),
    ("Thanh tra Sở Y tế Hà Nội vừa kiểm tra phòng khám. Thanh tra Sở yêu cầu cơ sở tạm dừng hoạt động.",
     "Thanh tra Sở Y tế Hà Nội", "Thanh tra Sở"),
])
def test_bare_head_beside_full_name(text: str, full: str, bare: str) -> None:
    got = names(text)
    assert full in got and bare not in got


def test_bare_head_alone_stays() -> None:
    assert "Viện Kiểm sát" in names("Tại phiên tòa, đại diện Viện Kiểm sát đề nghị mức án 3 năm tù.")


@pytest.mark.parametrize("text, name", [
    ("Công ty Cổ phần xây dựng Hòa Phát ủng hộ quỹ Vì người nghèo của tỉnh 200 triệu đồng.",
     "Công ty Cổ phần xây dựng Hòa Phát"),
    ("Công ty TNHH thương mại Minh Long quyên góp 300 suất quà cho bệnh nhi.", "Công ty TNHH thương mại Minh Long"),
])
def test_company_then_donation_verb(text: str, name: str) -> None:
    assert name in names(text)


def test_unesco_written_out_with_capitals() -> None:
    got = names("Hang động được Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc (UNESCO) công nhận là di sản.")
    assert "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc" in got and "Tổ chức Giáo dục" not in got


@pytest.mark.parametrize("text, name", [
    ("Công ty cổ phần Xây dựng nội thất Phú Cường thi công giai đoạn II của khu điều trị.",
     "Công ty cổ phần Xây dựng nội thất Phú Cường"),
    ("Công ty TNHH Thiết bị y tế Hòa Bình cung cấp máy thở cho Bệnh viện Đa khoa tỉnh Lạng Sơn.",
     "Công ty TNHH Thiết bị y tế Hòa Bình"),
    # a lower-case run that is no verb stays inside the name
    ("Công ty TNHH Suất ăn công nghiệp Minh Phát phục vụ bữa trưa cho bệnh nhân.",
     "Công ty TNHH Suất ăn công nghiệp Minh Phát"),
])
def test_company_then_clause_verb(text: str, name: str) -> None:
    assert name in names(text)


def test_lower_case_noun_after_company_word_stays() -> None:
    assert "Công ty Hệ thống thông tin Minh Việt" in names("Công ty Hệ thống thông tin Minh Việt triển khai phần mềm.")


@pytest.mark.parametrize("text, name", [
    ("Cháu đã được làm giấy khai sinh tại Tổng lãnh sự quán Pháp tại TP.HCM. Sau đó gia đình về quê.",
     "Tổng lãnh sự quán Pháp tại Thành phố Hồ Chí Minh"),
    ("Đại diện Tổng Lãnh sự quán Úc tại TP. HCM dự lễ khánh thành khoa sơ sinh.",
     "Tổng Lãnh sự quán Úc tại Thành phố Hồ Chí Minh"),
])
def test_mission_seated_in_the_city_short_form(text: str, name: str) -> None:
    assert name in names(text)


def test_time_phrase_after_a_school_ends_it() -> None:
    got = names("Vụ việc xảy ra tại Trường tiểu học Minh Khai thời điểm trước Tết Nguyên đán, khi em đang ra chơi.")
    assert "Trường Tiểu học Minh Khai" in got and not any("Tết" in n for n in got)


@pytest.mark.parametrize("text, name", [
    ("Hơn 300 công nhân Công ty TNHH Bình Dương KimHo (100% vốn Hàn Quốc) bị ngộ độc sau bữa trưa.",
     "Công ty TNHH Bình Dương KimHo"),
    ("Công ty Cổ phần Dược Hậu Giang Pharma cho biết sẽ tăng sản lượng.", "Công ty Cổ phần Dược Hậu Giang Pharma"),
    # an acronym, or a foreign person's two names, is no brand of the company
    ("Công ty Cổ phần Dược Hậu Giang DHG cho biết sẽ tăng sản lượng.", "Công ty Cổ phần Dược Hậu Giang"),
])
def test_company_latin_brand_after_place(text: str, name: str) -> None:
    assert name in names(text)



@pytest.mark.parametrize("text, dropped", [
    ("Bệnh nhân được khám tại phòng khám Tiêu Hóa của Bệnh viện Bạch Mai rồi về nhà.", "Phòng khám Tiêu Hóa"),
    ("Anh được chuyển từ phòng khám Hô Hấp sang phòng khám Cơ Xương Khớp của bệnh viện.", "Phòng khám Hô Hấp"),
    ("Anh được chuyển từ phòng khám Hô Hấp sang phòng khám Cơ Xương Khớp của bệnh viện.", "Phòng khám Cơ Xương Khớp"),
    ("Chị khám ở phòng khám Đa Khoa trên phố Huế rồi về.", "Phòng khám Đa Khoa"),
    ("Hơn 200 người nghiện đang uống thuốc tại phòng khám MMT của huyện.", "Phòng khám MMT"),
])
def test_clinic_department_or_programme_is_no_name(text: str, dropped: str) -> None:
    assert dropped not in names(text)


@pytest.mark.parametrize("text, name", [
    ("Chị Mai tới phòng khám Đại Phúc ở quận 5 để khám phụ khoa.", "Phòng khám Đại Phúc"),
    ("Bà đưa cháu đến phòng khám An Khang gần nhà để tiêm.", "Phòng khám An Khang"),
    # a clinic's second syllable may be a department's word; only the pair names a ward
    ("Chị Hoa đưa con đến phòng khám An Sinh ở quận 3 để khám.", "Phòng khám An Sinh"),
    ("Ông từng điều trị tại phòng khám Thành Công trên đường Hùng Vương.", "Phòng khám Thành Công"),
    ("Cháu được đưa vào phòng khám Minh Khoa ở huyện Bình Chánh.", "Phòng khám Minh Khoa"),
])
def test_named_clinic_after_lower_case_head(text: str, name: str) -> None:
    assert name in names(text)
