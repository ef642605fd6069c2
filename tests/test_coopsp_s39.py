"""Session 39 (coopsp): links fresh VietNews text showed that no party states — help under consideration, and
tasks assigned from above in the shapes the directive test missed. Sentences written for the test."""
from __future__ import annotations

from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


# --- help asked for or weighed ("xem xét, hỗ trợ") is not given
def test_a_request_to_consider_help_links_nothing() -> None:
    for gap in ("xem xét, hỗ trợ", "xem xét hỗ trợ", "xem xét việc hỗ trợ"):
        got = pairs(f"Sở Tài chính tỉnh Long An đã kiến nghị Bộ Tài chính {gap} tỉnh 500 tỷ đồng để chống dịch.")
        assert not got, gap


def test_help_given_after_a_consideration_elsewhere_still_links() -> None:
    got = pairs("Sau khi xem xét báo cáo của tỉnh, Bộ Y tế đã hỗ trợ Sở Y tế Long An 2.000 bộ xét nghiệm.")
    assert ("Bộ Y tế", "Sở Y tế Long An") in got


# --- "giao" with a lower-case addressee, a unit named "đơn vị này", or help joined to coordination
def test_an_assignment_to_a_lower_case_department_links_nothing() -> None:
    got = pairs("Theo quyết định, Ủy ban nhân dân thành phố giao sở Tài chính chủ trì, phối hợp với Sở Công thương "
                "Hải Phòng thẩm định kinh phí.")
    assert not got


def test_an_assignment_to_this_unit_links_nothing() -> None:
    got = pairs("Ủy ban nhân dân tỉnh Bình Dương giao đơn vị này phối hợp với Trường Đại học Thủ Dầu Một hoàn thiện "
                "thiết bị.")
    assert not got


def test_help_joined_to_ordered_coordination_is_ordered_too() -> None:
    got = pairs("Đoàn kiểm tra giao cho Ủy ban nhân dân xã Tân Lập hỗ trợ, phối hợp với Công ty TNHH Minh Phát "
                "quản lý khu chôn lấp.")
    assert not got


def test_help_ordered_alone_and_help_joined_to_coordination_done_still_link() -> None:
    ordered = pairs("Bộ Y tế giao Bệnh viện Bạch Mai hỗ trợ Bệnh viện Đa khoa tỉnh Sơn La phát triển khoa Tim mạch.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La") in ordered
    done = pairs("Bệnh viện Bạch Mai đã hỗ trợ, phối hợp với Bệnh viện Đa khoa tỉnh Sơn La cứu chữa bệnh nhân.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La") in done


# --- a party and its own short name in brackets are one party
def test_a_donor_is_not_linked_to_its_own_acronym() -> None:
    got = pairs("Với sự hỗ trợ của Tổ chức Hợp tác Quốc tế Hàn Quốc (KOICA), dự án đã rà phá bom mìn ở 20 xã.")
    assert not {p for p in got if "Hàn Quốc" in p[0] and "Hàn Quốc" in p[1]}


def test_a_place_in_brackets_after_a_hospital_is_no_partner_but_the_receiver_stays() -> None:
    got = pairs("Bệnh viện Chợ Rẫy đã hỗ trợ Bệnh viện Đa khoa tỉnh Cà Mau (Cà Mau) phát triển kỹ thuật can thiệp tim.")
    assert got == {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau")}


# --- a ministry after its unit and a bare comma, closing the receivers, is the unit's parent
def test_a_units_ministry_closing_the_list_is_no_second_receiver() -> None:
    got = pairs("Công an tỉnh Hà Nam đã phối hợp với Viện Khoa học hình sự, Bộ Công an khám nghiệm hiện trường.")
    assert got == {("Công an tỉnh Hà Nam", "Viện Khoa học hình sự")}


def test_ministries_listed_on_after_a_unit_stay_receivers() -> None:
    got = pairs("Bộ Y tế phối hợp với Cục Thú y, Bộ Công thương và Bộ Tài chính kiểm tra thị trường thực phẩm.")
    assert {("Bộ Y tế", "Bộ Công thương"), ("Bộ Y tế", "Bộ Tài chính")} <= got


# --- "hỗ trợ Việt Nam … của <Body>": the body owns a thing of the purpose clause, it receives nothing
def test_the_owner_of_a_mission_after_a_named_object_receives_nothing() -> None:
    got = pairs("Chính phủ Australia luôn ủng hộ Việt Nam thực hiện nhiệm vụ gìn giữ hòa bình của Liên Hợp Quốc.")
    assert not got


def test_a_body_owning_the_helped_ward_after_a_common_noun_still_receives() -> None:
    got = pairs("Bệnh viện Việt Đức đã chuyển giao kỹ thuật cho các bác sĩ của Bệnh viện Đa khoa tỉnh Hà Giang.")
    assert ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Hà Giang") in got


# --- a wish is no work done; a wish to go on, or one already acted on, keeps the link
def test_a_hope_to_sign_links_nothing() -> None:
    got = pairs("Bộ trưởng bày tỏ hy vọng sớm ký kết hợp đồng với Bộ Quốc phòng Ấn Độ về việc chuyển giao trực thăng.")
    assert not got


def test_a_wish_acted_on_or_to_go_on_still_links() -> None:
    done = pairs("Với mong muốn hỗ trợ người bệnh nghèo, Bệnh viện Bạch Mai đã phối hợp với Bệnh viện Đa khoa tỉnh "
                 "Sơn La khám miễn phí.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La") in done
    going_on = pairs("Bệnh viện Bạch Mai mong muốn tiếp tục hợp tác với Bệnh viện Đa khoa tỉnh Sơn La.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La") in going_on


# --- talks ordered or needed ("cần trao đổi với", "yêu cầu A trao đổi với") are not held
def test_talks_a_body_needs_or_is_told_to_hold_link_nothing() -> None:
    assert not pairs("Tổng cục Đường bộ cho rằng Công ty Phương Nam cần trao đổi thống nhất với Tổng công ty Vận tải "
                     "Sài Gòn để có phương án phù hợp.")
    assert not pairs("Bộ Y tế yêu cầu Sở Y tế Hà Nội trao đổi với Bệnh viện Bạch Mai về phương án tiếp nhận bệnh nhân.")


def test_talks_held_still_link() -> None:
    got = pairs("Sở Y tế Hà Nội đã trao đổi với Bệnh viện Bạch Mai về phương án tiếp nhận bệnh nhân.")
    assert ("Sở Y tế Hà Nội", "Bệnh viện Bạch Mai") in got


# --- review 1: a wish whose object is work already done ("hy vọng ca mổ do A phối hợp với B thực hiện …") keeps the link
def test_a_wish_about_work_done_by_the_bodies_still_links() -> None:
    done_by = pairs("Chị H. hy vọng ca mổ do Bệnh viện Chợ Rẫy phối hợp với Bệnh viện Nhân dân 115 thực hiện sẽ thành "
                    "công.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Nhân dân 115") in done_by
    relative = pairs("Chúng tôi hy vọng đề tài mà Viện Dinh dưỡng hợp tác với Đại học Harvard thực hiện sẽ sớm được "
                     "nghiệm thu.")
    assert ("Viện Dinh dưỡng", "Đại học Harvard") in relative


# --- review 1: help weighed and then given ("đã kịp thời xem xét, hỗ trợ B") is help given
def test_help_already_considered_and_given_still_links() -> None:
    got = pairs("Bảo hiểm xã hội tỉnh Lào Cai đã nhanh chóng xem xét, hỗ trợ Bệnh viện Đa khoa tỉnh Lào Cai 3 tỷ đồng.")
    assert ("Bảo hiểm xã hội tỉnh Lào Cai", "Bệnh viện Đa khoa tỉnh Lào Cai") in got


# --- review 1: a ministry owning the helped programme after "của" still receives; only an international body does not
def test_a_domestic_owner_of_a_named_programme_still_receives() -> None:
    got = pairs("WHO đã hỗ trợ Việt Nam thực hiện Chương trình phòng chống lao của Bộ Y tế tại 20 tỉnh.")
    assert ("Tổ chức Y tế Thế giới", "Bộ Y tế") in got


# --- talks or coordination stated as done ("đã", "vừa" after the provider) are no order, even after a directive word
def test_talks_held_after_a_request_still_link() -> None:
    got = pairs("Theo đề nghị của Sở Y tế, Trung tâm Y tế huyện Gia Lâm đã trao đổi với Bệnh viện Thanh Nhàn về việc "
                "chuyển bệnh nhân.")
    assert ("Trung tâm Y tế huyện Gia Lâm", "Bệnh viện Thanh Nhàn") in got


def test_coordination_done_after_an_order_still_links() -> None:
    done = pairs("Theo đề nghị của Bộ Y tế, Bệnh viện Việt Đức vừa phối hợp với Bệnh viện Đa khoa tỉnh Phú Thọ "
                 "phẫu thuật cho người bệnh.")
    assert ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ") in done
    ordered = pairs("Theo đề nghị của Bộ Y tế, Bệnh viện Việt Đức phối hợp với Bệnh viện Đa khoa tỉnh Phú Thọ "
                    "phẫu thuật cho người bệnh.")
    assert not ordered


def test_talks_ordered_and_not_yet_held_still_link_nothing() -> None:
    got = pairs("Bộ Y tế đề nghị Sở Y tế Cần Thơ trao đổi với Bệnh viện Đa khoa Trung ương Cần Thơ về ca bệnh.")
    assert not got
