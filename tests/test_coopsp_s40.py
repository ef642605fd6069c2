"""Session 40 (coopsp): links that VietNews politics, economy and world text (not health news) showed no party
states. Sentences written for the test."""
from __future__ import annotations

from extractors.coop_cues import CUE_RE
from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


# --- "ký kết luận" signs a conclusion ("kết luận"), no agreement
def test_signing_a_conclusion_links_nothing() -> None:
    got = pairs("Thứ trưởng Bộ Xây dựng vừa ký kết luận thanh tra đối với Công ty Xây dựng Số 5 và các đơn vị liên quan.")
    assert not got


def test_signing_an_agreement_still_links() -> None:
    got = pairs("Bộ Xây dựng vừa ký kết biên bản ghi nhớ với Công ty Xây dựng Số 5 về đào tạo kỹ sư.")
    assert ("Bộ Xây dựng", "Công ty Xây dựng Số 5") in got


# --- "cam kết hợp tác" commits to cooperation: its cue is "hợp tác", never "kết hợp"
def test_the_cue_of_a_commitment_to_cooperate_is_hop_tac() -> None:
    assert CUE_RE.search("Hà Nội cam kết hợp tác với ASEAN").group(1) == "hợp tác"
    assert CUE_RE.search("Hà Nội kết hợp với ASEAN").group(1) == "kết hợp"


# --- a speaker telling of another's act is no party of it
def test_a_named_subject_after_cho_biet_acts_not_the_speaker() -> None:
    got = pairs("Bộ Tài nguyên và Môi trường cho biết từ năm 2019, Hoa Sen đã phối hợp với Viện Vật liệu xây dựng "
                "đánh giá chất lượng xỉ thép.")
    assert not any(a == "Bộ Tài nguyên và Môi trường" for a, _ in got)


def test_a_country_after_khang_dinh_acts_not_the_speaker() -> None:
    got = pairs("Thủ tướng Chính phủ khẳng định Việt Nam luôn hỗ trợ Hiệp hội các quốc gia Đông Nam Á xây dựng cộng đồng.")
    assert not any(a == "Thủ tướng Chính phủ" for a, _ in got)


def test_a_clause_after_rang_has_its_own_subject() -> None:
    got = pairs("Chuyến thăm gửi thông điệp tới Hội đồng Bảo an rằng Hà Nội cam kết hợp tác với ASEAN.")
    assert not any(a == "Hội đồng Bảo an" for a, _ in got)


def test_the_speakers_own_work_after_cho_biet_still_links() -> None:
    for gap in ("đã phối hợp với", "Sở đã phối hợp với", "việc phối hợp với"):
        got = pairs(f"Sở Y tế Hà Nội cho biết {gap} Bệnh viện Bạch Mai tổ chức tập huấn cho 200 nhân viên y tế.")
        assert ("Sở Y tế Hà Nội", "Bệnh viện Bạch Mai") in got, gap


# --- the previous verb's object (or venue) before ", nhưng"/", đồng thời" is no subject of the next clause
def test_the_object_of_the_previous_verb_does_not_help() -> None:
    got = pairs("Nhật Bản phản đối các biện pháp đơn phương đối với Triều Tiên, nhưng sẽ hỗ trợ Liên Hợp Quốc giám sát.")
    assert not any(a == "Triều Tiên" for a, _ in got)


def test_a_partner_before_dong_thoi_leaves_the_subject_giving() -> None:
    got = pairs("Sở Y tế Hà Nội phối hợp với Bệnh viện Bạch Mai, đồng thời hỗ trợ Trung tâm Y tế huyện Ba Vì.")
    assert ("Sở Y tế Hà Nội", "Trung tâm Y tế huyện Ba Vì") in got
    assert ("Bệnh viện Bạch Mai", "Trung tâm Y tế huyện Ba Vì") not in got


# --- the owner of a numbered paper is no party
def test_the_issuer_of_a_numbered_resolution_receives_nothing() -> None:
    got = pairs("Ngân hàng Nhà nước hướng dẫn cho vay hỗ trợ nhà ở theo Nghị quyết số 02/NQ-CP ngày 7/1/2013 của "
                "Chính phủ.")
    assert not got


# --- a unit's ministry written right after it, with a space or its code
def test_a_units_ministry_after_its_code_does_not_act_for_it() -> None:
    got = pairs("Cục Cảnh sát hình sự (C 45) Bộ Công an cho biết đã phối hợp Công an tỉnh Đồng Nai bắt giữ 5 đối tượng.")
    assert ("Cục Cảnh sát hình sự", "Công an tỉnh Đồng Nai") in got
    assert not any("Bộ Công an" in (a, b) for a, b in got)


def test_a_units_ministry_after_a_space_receives_nothing() -> None:
    got = pairs("Sau đó, tiếp tục phối hợp với các lực lượng của Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an "
                "để phá chuyên án.")
    assert ("Cục Cảnh sát điều tra tội phạm về ma túy", "Bộ Công an") not in got


# --- a province where a group of partners is, after coordination or talks
def test_the_province_of_the_agencies_coordinated_with_is_no_partner() -> None:
    got = pairs("Ủy ban nhân dân thị xã Phú Mỹ phối hợp cùng các cơ quan chức năng liên quan trên địa bàn tỉnh "
                "Bà Rịa - Vũng Tàu cưỡng chế dự án.")
    assert not got


def test_help_to_the_people_of_a_province_still_links_the_province() -> None:
    got = pairs("Bệnh viện Chợ Rẫy hỗ trợ các hộ dân tại tỉnh Quảng Nam 500 suất quà.")
    assert ("Bệnh viện Chợ Rẫy", "Quảng Nam") in got


# --- "của A, B và đặc biệt …": B gives with A, it receives nothing
def test_a_second_giver_before_va_is_no_receiver() -> None:
    got = pairs("Thành công là nhờ sự hỗ trợ của Liên đoàn Bóng đá Việt Nam, Bộ Văn hóa, Thể thao và Du lịch và đặc "
                "biệt là sự cổ vũ của người hâm mộ.")
    assert ("Liên đoàn Bóng đá Việt Nam", "Bộ Văn hóa, Thể thao và Du lịch") not in got


# --- an investment certificate is a licence, no training nor gift
def test_an_investment_certificate_links_nothing() -> None:
    got = pairs("Ủy ban nhân dân tỉnh Quảng Nam đã trao giấy chứng nhận đầu tư cho Công ty cổ phần Nông nghiệp Chu Lai.")
    assert not got


def test_a_training_certificate_still_links() -> None:
    got = pairs("Bệnh viện Chợ Rẫy đã trao chứng nhận hoàn thành khóa đào tạo cho Bệnh viện Đa khoa tỉnh Bạc Liêu.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Bạc Liêu") in got


# --- "với A, B cũng đã …": B opens the next clause, no second partner
def test_the_next_clauses_subject_is_no_partner() -> None:
    got = pairs("Cục Lãnh sự đã nhiều lần làm việc với Đại sứ quán Indonesia tại Hà Nội, Đại sứ quán Việt Nam tại "
                "Indonesia cũng đã nhiều lần tiếp xúc với phía bạn.")
    assert ("Cục Lãnh sự", "Đại sứ quán Indonesia tại Hà Nội") in got
    assert ("Cục Lãnh sự", "Đại sứ quán Việt Nam tại Indonesia") not in got


# --- "A chỉ đạo X phối hợp với các cơ quan của B": A directs another, B gives A nothing
def test_a_body_directing_another_to_work_with_a_ministrys_agencies_links_nothing() -> None:
    got = pairs("Ủy ban nhân dân tỉnh Nam Định sẽ chỉ đạo chủ đầu tư phối hợp với các cơ quan chuyên môn của Bộ Nông "
                "nghiệp và Phát triển nông thôn để giám sát thi công.")
    assert not got


# --- an agenda ("chương trình làm việc") is no session held
def test_an_agenda_with_a_ministry_links_nothing() -> None:
    got = pairs("Ủy ban Thường vụ Quốc hội đã thống nhất chương trình làm việc với Bộ Y tế tại kỳ họp tới.")
    assert not got


# --- "cử cán bộ đến tỉnh B phối hợp với Công an tỉnh này": the sender's staff work with B's police
def test_staff_sent_to_a_province_work_with_its_police_for_the_sender() -> None:
    got = pairs("Bộ Y tế đã cử 5 cán bộ đến tỉnh Hà Tĩnh phối hợp với Công an tỉnh này xác minh vụ việc.")
    assert ("Bộ Y tế", "Công an tỉnh Hà Tĩnh") in got
    assert ("Hà Tĩnh", "Công an tỉnh Hà Tĩnh") not in got


# --- a bare "Chính phủ" after a foreign government is that government again
def test_a_bare_government_after_a_foreign_one_is_no_second_party() -> None:
    got = pairs("Chính phủ Ba Lan đã thông qua nhiều đạo luật nhằm giúp Chính phủ can thiệp vào hoạt động tư pháp.")
    assert not got


def test_the_government_named_before_a_foreign_one_still_links() -> None:
    got = pairs("Bộ trưởng khẳng định Chính phủ luôn hỗ trợ Chính phủ Lào trong đào tạo cán bộ.")
    assert ("Chính phủ", "Chính phủ Lào") in got


# --- review 1: the speaker's own doctor, named with a degree, acts for the speaker's body
def test_a_doctor_with_a_degree_after_cho_biet_acts_for_the_speakers_body() -> None:
    for lead in ("PGS", "PGS.TS", "BS."):
        got = pairs(f"Bệnh viện Nhi Trung ương cho biết {lead} Nguyễn Văn A đã hỗ trợ Bệnh viện Sản Nhi Nghệ An mổ cấp cứu.")
        assert ("Bệnh viện Nhi Trung ương", "Bệnh viện Sản Nhi Nghệ An") in got, lead


# --- review 1: "cam kết hợp lực với" joins forces
def test_a_commitment_to_join_forces_links() -> None:
    got = pairs("Bộ Y tế cam kết hợp lực với Bệnh viện Bạch Mai trong phòng chống dịch.")
    assert ("Bộ Y tế", "Bệnh viện Bạch Mai") in got
