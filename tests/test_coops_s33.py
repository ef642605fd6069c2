"""Cooperation families added in session 33, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


def _with(got: set[tuple[str, str]], name: str) -> bool:
    return any(name in (a, b) for a, b in got)


# --- the addressee of a proposal or a report is no party of the joint work around it
def test_a_joint_proposal_to_the_government_gives_it_no_link() -> None:
    got = pairs("Bộ Y tế sẽ phối hợp kiến nghị với Chính phủ về chính sách cho nhân viên y tế thôn bản.")
    assert not _with(got, "Chính phủ")


def test_a_report_to_a_ministry_gives_it_no_link() -> None:
    got = pairs("Sở Y tế Nghệ An phối hợp báo cáo lên Bộ Y tế kết quả tiêm chủng tại các huyện miền núi.")
    assert not _with(got, "Bộ Y tế")


def test_coordination_with_a_ministry_still_links() -> None:
    got = pairs("Bộ Y tế sẽ phối hợp với Bộ Tài chính xây dựng khung giá dịch vụ y tế.")
    assert ("Bộ Y tế", "Bộ Tài chính") in got or ("Bộ Tài chính", "Bộ Y tế") in got


def test_a_working_session_with_a_report_is_still_an_exchange() -> None:
    got = links("Đoàn công tác của Bộ Y tế đã làm việc với Bệnh viện Đa khoa tỉnh Hà Giang, "
                "bệnh viện báo cáo với đoàn Bộ Y tế về tình hình khám chữa bệnh.")
    assert any({a, b} == {"Bộ Y tế", "Bệnh viện Đa khoa tỉnh Hà Giang"} for a, b, _ in got)


def test_help_for_a_building_is_help_for_its_owner_not_a_submission() -> None:
    # "công trình" ends in "trình" (submit to): the hospital named after it is helped, not addressed
    got = pairs("Bệnh viện Bạch Mai hỗ trợ công trình Bệnh viện Đa khoa tỉnh Hà Giang.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hà Giang") in got


# --- police bodies whose names are written in lower case are police all the same
def test_a_provincial_police_working_with_a_lower_case_police_department_is_a_link() -> None:
    # (stop 35: police bodies' joint work is a link in the studied gold; it was refused before)
    got = pairs("Công an tỉnh Nghệ An đang phối hợp với Cục cảnh sát hình sự điều tra vụ án.")
    assert ("Công an tỉnh Nghệ An", "Cục cảnh sát hình sự") in got



# --- a partner the organisations step does not read, right after a verb of joint work, or listed after one
def test_an_online_paper_after_phoi_hop_voi_is_a_partner() -> None:
    got = pairs("Ngày 12/4, Bộ Y tế phối hợp với Báo điện tử VnExpress tổ chức buổi giao lưu trực tuyến về bệnh sởi.")
    assert ("Bộ Y tế", "Báo điện tử VnExpress") in got


def test_a_lower_case_company_listed_after_a_working_session_partner_is_a_partner() -> None:
    got = pairs("Ngày 3/6, Bệnh viện Bạch Mai đã làm việc với Bộ Y tế, công ty TNHH dược phẩm Minh Long về việc "
                "cung ứng thuốc.")
    assert any("Công ty TNHH dược phẩm Minh Long" in (a, b) for a, b in got)


def test_a_body_head_before_a_purpose_word_is_no_partner() -> None:
    got = pairs("Sở Giao thông vận tải Nghệ An sẽ phối hợp với bệnh viện để phân loại sức khỏe tài xế.")
    assert not any(name.startswith("Bệnh viện") for pair in got for name in pair)


def test_a_procuracy_written_short_is_a_partner_of_the_police() -> None:
    got = pairs("Công an tỉnh Bình Thuận phối hợp với Viện KSND cùng cấp khám nghiệm hiện trường.")
    assert ("Công an tỉnh Bình Thuận", "Viện KSND") in got


# --- "làm việc" modifying a noun (an office, working hours) is no working session
def test_an_office_is_no_working_session() -> None:
    got = pairs("Giám đốc Bệnh viện Đa khoa huyện Yên Thành ngồi trong phòng làm việc khi đoàn thanh tra của "
                "Sở Y tế Nghệ An đến.")
    assert not got


def test_a_working_session_still_links() -> None:
    got = pairs("Sở Y tế Nghệ An đã làm việc với Bệnh viện Đa khoa huyện Yên Thành về công tác khám chữa bệnh.")
    assert got


# --- a receiver right after "từ" is where someone comes from
def test_patients_carried_from_a_city_give_it_nothing() -> None:
    got = pairs("Bệnh viện Đa khoa tỉnh Thanh Hóa sẽ hỗ trợ xe để đưa 12 bệnh nhân từ Hà Nội về Thanh Hóa.")
    assert not any("Hà Nội" in (a, b) for a, b in got)


def test_help_to_a_named_hospital_still_links() -> None:
    got = pairs("Bệnh viện Bạch Mai sẽ hỗ trợ chuyên môn cho Bệnh viện Đa khoa tỉnh Thanh Hóa.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Thanh Hóa") in got



def test_a_body_after_tu_may_still_be_the_receiver() -> None:
    # "nhận được tin báo từ Trung tâm Y tế A, bệnh viện cử ekip xuống hỗ trợ": the centre is helped
    from extractors.coop_ends import End
    from extractors.cooperations import _origin as _origin_receiver
    text = "nhận được tin báo từ Trung tâm Y tế huyện Kim Thành"
    start = text.index("Trung")
    centre = End(start, len(text), "Trung tâm Y tế huyện Kim Thành", "Hải Dương", False)
    place = End(start, len(text), "Kim Thành", None, True)
    assert not _origin_receiver(centre, "support", text)
    assert _origin_receiver(place, "support", text)
