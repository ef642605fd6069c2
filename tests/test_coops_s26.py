"""Cooperation families added in session 26, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# --- a panel named by its members' representatives
def test_a_forensic_panel_links_its_first_member_to_each_other_member() -> None:
    got = pairs("Hội đồng giám định pháp y gồm: đại diện Trung tâm Pháp y tỉnh Thái Bình, Công an tỉnh Thái Bình, "
                "Viện Kiểm sát nhân dân tỉnh Thái Bình và đại diện gia đình đã tiến hành khám nghiệm.")
    assert got == {("Trung tâm Pháp y tỉnh Thái Bình", "Công an tỉnh Thái Bình"),
                   ("Trung tâm Pháp y tỉnh Thái Bình", "Viện Kiểm sát nhân dân tỉnh Thái Bình")}


def test_a_working_group_of_representatives_links_its_members() -> None:
    got = pairs("Tổ công tác gồm đại diện Sở Y tế Hà Nam, Sở Tài chính Hà Nam và Bảo hiểm xã hội tỉnh Hà Nam "
                "đã kiểm tra các bệnh viện.")
    assert ("Sở Y tế Hà Nam", "Sở Tài chính Hà Nam") in got
    assert ("Sở Y tế Hà Nam", "Bảo hiểm xã hội tỉnh Hà Nam") in got


def test_those_who_attended_are_no_panel() -> None:
    assert links("Thành phần tham dự gồm đại diện Bộ Y tế, Bộ Tài chính và Bảo hiểm xã hội Việt Nam.") == set()


# --- a ministry's department is no party of a link with a ministry
def test_an_inspection_led_by_a_department_head_links_no_department_to_the_ministry() -> None:
    got = pairs("Đoàn thanh tra có 12 thành viên do ông Nguyễn Văn Hải - Phó Vụ trưởng Vụ II, đến làm việc "
                "tại Bộ Y tế.")
    assert not any(a.startswith("Vụ ") or b.startswith("Vụ ") for a, b in got)


# --- experts invited by the article's hospital, named nowhere in the sentence
def test_experts_invited_from_another_hospital_help_the_article_s_hospital() -> None:
    text = ("Sản phụ tử vong tại Bệnh viện Đa khoa tỉnh Lạng Sơn\n"
            "Bệnh viện Đa khoa tỉnh Lạng Sơn cho biết sản phụ bị băng huyết nặng sau sinh. Giám đốc Bệnh viện "
            "Đa khoa tỉnh Lạng Sơn đã báo cáo Sở Y tế. Theo bác sĩ Lan, bệnh viện đã truyền máu liên tục và đã "
            "mời chuyên gia ở Bệnh viện Phụ sản Trung ương lên hỗ trợ.")
    assert ("Bệnh viện Phụ sản Trung ương", "Bệnh viện Đa khoa tỉnh Lạng Sơn", "support") in links(text)


# --- a team sent to the body that raised the alert
def test_a_team_sent_after_an_alert_goes_to_who_raised_it() -> None:
    text = ("Học sinh ngộ độc được đưa vào Bệnh viện Đa khoa tỉnh Nam Định\n"
            "Bệnh viện Đa khoa tỉnh Nam Định đã tiếp nhận 20 học sinh bị ngộ độc. Phó Giám đốc Bệnh viện Đa khoa "
            "tỉnh Nam Định cho biết: Sau khi nhận được thông tin báo từ Trung tâm Y tế huyện Hải Hậu, lãnh đạo "
            "bệnh viện đã cử 1 ekip xuống hỗ trợ.")
    assert links(text) == {("Bệnh viện Đa khoa tỉnh Nam Định", "Trung tâm Y tế huyện Hải Hậu", "support")}


# --- a session named first, then the body that held it
def test_the_body_speaking_after_a_session_held_it_with_the_partner() -> None:
    got = pairs("Tại buổi làm việc với Sở Y tế Hà Nội sáng 5/3, Giám đốc Bệnh viện Xanh Pôn Nguyễn Văn Bình "
                "cho biết bệnh viện thiếu bác sĩ gây mê.")
    assert got == {("Bệnh viện Xanh Pôn", "Sở Y tế Hà Nội")}


def test_a_person_speaking_after_a_session_links_nothing() -> None:
    assert links("Tại buổi làm việc với Sở Y tế Hà Nội, ông Nguyễn Văn Bình cho biết bệnh viện thiếu bác sĩ.") \
        == set()


def test_a_sentence_opening_on_a_working_session_links_its_holder() -> None:
    got = pairs("Chiều 2/3, làm việc với Sở Y tế Cà Mau về công tác phòng dịch, Giám đốc Trung tâm Kiểm soát bệnh "
                "tật tỉnh Cà Mau Lê Văn Tâm cho biết đã đủ vắc xin.")
    assert got == {("Trung tâm Kiểm soát bệnh tật tỉnh Cà Mau", "Sở Y tế Cà Mau")}


def test_a_named_official_before_the_title_still_names_the_holder() -> None:
    got = pairs("Ngày 5/6, làm việc với Bí thư Thành ủy Cần Thơ, bác sĩ Trần Văn Hải - Giám đốc Bệnh viện Đa khoa "
                "thành phố Cần Thơ - cho biết bệnh viện quá tải.")
    assert got == {("Bệnh viện Đa khoa thành phố Cần Thơ", "Thành ủy Cần Thơ")}


# --- two bodies launching one product together
def test_two_departments_publishing_one_guide_work_together() -> None:
    assert pairs("Ngày 23/5, Sở Du lịch Đà Nẵng và Sở Y tế Đà Nẵng đã công bố cẩm nang du lịch chữa bệnh.") == {
        ("Sở Du lịch Đà Nẵng", "Sở Y tế Đà Nẵng")}


def test_two_bodies_announcing_on_a_day_launch_nothing_together() -> None:
    assert links("Bệnh viện Bạch Mai và Bệnh viện Việt Đức công bố ngày 10-12 số ca ghép tạng trong năm.") == set()


# --- staff lent "tăng cường cho" a body
def test_a_doctor_sent_to_reinforce_a_district_centre_is_support() -> None:
    got = links("Sở Y tế đã chỉ đạo Bệnh viện Đa khoa tỉnh Phú Yên điều động thêm một bác sĩ sản khoa tăng cường "
                "cho Trung tâm Y tế huyện Tuy An.")
    assert ("Bệnh viện Đa khoa tỉnh Phú Yên", "Trung tâm Y tế huyện Tuy An", "support") in got


# --- a clause after ";" going on with the same subject
def test_a_clause_going_on_after_a_semicolon_keeps_the_acting_subject() -> None:
    got = pairs("Bệnh viện Sản Nhi Hưng Yên đã đến thăm hỏi gia đình sản phụ; tiếp tục phối hợp với Bệnh viện "
                "Bạch Mai theo dõi, điều trị cho bệnh nhân.")
    assert ("Bệnh viện Sản Nhi Hưng Yên", "Bệnh viện Bạch Mai") in got


def test_a_clause_after_a_semicolon_with_its_own_subject_keeps_it() -> None:
    got = pairs("Bệnh viện Sản Nhi Hưng Yên đã đến thăm hỏi gia đình sản phụ; Sở Y tế Hưng Yên tiếp tục phối hợp "
                "với Bệnh viện Bạch Mai theo dõi bệnh nhân.")
    assert ("Bệnh viện Sản Nhi Hưng Yên", "Bệnh viện Bạch Mai") not in got


# --- co-organisers listed before a group no organisation was read for
def test_co_organisers_listed_before_a_volunteer_group_work_together() -> None:
    got = pairs("Chương trình do Trung tâm Y tế huyện Củ Chi, Hội Thầy thuốc trẻ Việt Nam, nhóm tình nguyện Tim hồng "
                "phối hợp tổ chức.")
    assert got == {("Trung tâm Y tế huyện Củ Chi", "Hội Thầy thuốc trẻ Việt Nam")}


# --- a send-off of staff "ra" a body, the sender's parent in brackets
def test_a_send_off_of_doctors_to_an_island_centre_is_the_hospital_s_support() -> None:
    got = links("Ngày 28-12, Bệnh viện Quân y 7A (Bộ Quốc phòng) tổ chức lễ xuất quân cho đoàn y, bác sĩ của đơn vị "
                "ra Trung tâm Y tế Côn Đảo.")
    assert ("Bệnh viện Quân y 7A", "Trung tâm Y tế Côn Đảo", "support") in got
    assert not any(a == "Bộ Quốc phòng" for a, _, _ in got)
