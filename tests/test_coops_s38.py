"""Session 38: coordination ordered from above is no cooperation the parties state, in the two shapes fresh
VietNews text showed past the directive test of _to_receivers: a partner named by its owner ("phối hợp với các
Ủy ban của Quốc hội", read by _given_by) and a duty ("có trách nhiệm phối hợp")."""
from __future__ import annotations

from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


def test_a_partner_named_by_its_owner_in_an_ordered_coordination_links_nothing() -> None:
    got = pairs("Kết luận phiên họp, Chủ tịch Quốc hội đề nghị Chính phủ chỉ đạo các bộ, ngành chủ động phối hợp "
                "với Hội đồng Dân tộc và các Ủy ban của Quốc hội chuẩn bị kỹ hồ sơ các dự án luật.")
    assert not {p for p in got if set(p) == {"Quốc hội", "Chính phủ"}}


def test_a_partner_named_by_its_owner_still_links_when_no_one_ordered_it() -> None:
    got = pairs("Tổ công tác của Công an tỉnh Thanh Hóa đã phối hợp với các đơn vị nghiệp vụ của Bộ Công an "
                "truy bắt đối tượng.")
    assert ("Bộ Công an", "Công an tỉnh Thanh Hóa") in got


def test_a_body_with_a_duty_to_coordinate_has_not_coordinated() -> None:
    got = pairs("Về quản lý thị trường, Thủ tướng cho rằng Bộ Công Thương có trách nhiệm phối hợp chặt chẽ với "
                "Bộ Tài chính kiểm soát giá thuốc.")
    assert not {p for p in got if set(p) == {"Bộ Công Thương", "Bộ Tài chính"}}


def test_the_same_coordination_stated_as_done_links_the_two() -> None:
    got = pairs("Năm qua, Bộ Công Thương đã phối hợp chặt chẽ với Bộ Tài chính kiểm soát giá thuốc.")
    assert ("Bộ Công Thương", "Bộ Tài chính") in got


# --- "giao" orders only with its addressee after it: "tai nạn giao thông" before a body is no directive
def test_a_traffic_accident_before_the_police_is_no_order_to_coordinate() -> None:
    got = pairs("Sau vụ tai nạn giao thông trên quốc lộ 6, Công an huyện Mai Châu đã phối hợp với Công an xã Tòng Đậu "
                "truy tìm tài xế gây tai nạn.")
    assert ("Công an huyện Mai Châu", "Công an xã Tòng Đậu") in got


def test_giao_with_an_official_after_it_still_orders_the_coordination() -> None:
    got = pairs("Chủ tịch UBND tỉnh giao giám đốc Sở Y tế Bắc Giang chủ trì, phối hợp với chủ tịch UBND huyện Lục Nam "
                "kiểm tra phòng khám.")
    assert not got


# --- a police body's own units before its name: "phối hợp với các đơn vị nghiệp vụ / pháp y Công an tỉnh A" works with A
def test_the_units_of_a_named_police_body_make_it_the_partner() -> None:
    got = pairs("Ngày 12-5, Công an quận Cầu Giấy phối hợp với các đơn vị nghiệp vụ Công an thành phố Hà Nội khám "
                "nghiệm hiện trường vụ cháy.")
    assert ("Công an quận Cầu Giấy", "Công an thành phố Hà Nội") in got


def test_the_forensic_team_of_a_provincial_police_makes_it_the_partner() -> None:
    got = pairs("Công an huyện Nghĩa Hành đang phối hợp với pháp y Công an tỉnh Quảng Ngãi khám nghiệm tử thi nạn nhân.")
    assert ("Công an huyện Nghĩa Hành", "Công an tỉnh Quảng Ngãi") in got


# --- a place right after "từ" is where the helpers set out from, no giver
def test_the_city_a_team_sets_out_from_gives_nothing() -> None:
    got = pairs("Ngay trong đêm, đoàn giám định của Viện Pháp y Quốc gia đã di chuyển từ Hà Nội lên Lào Cai, phối hợp "
                "với Công an tỉnh Lào Cai khám nghiệm hiện trường.")
    assert not {p for p in got if "Hà Nội" in p}


# --- an order to an addressee 50-160 characters before the provider still governs the cue (_ordered_from_afar)
def test_an_order_given_far_back_in_the_clause_links_nothing() -> None:
    got = pairs("Thủ tướng yêu cầu Bộ Y tế khẩn trương rà soát toàn bộ hồ sơ cấp phép lưu hành của lô thuốc, Sở Y tế "
                "Nghệ An phối hợp với Viện Kiểm nghiệm thuốc Trung ương lấy mẫu kiểm tra.")
    assert not {p for p in got if "Sở Y tế Nghệ An" in p}


def test_the_same_work_stated_as_done_after_a_far_order_still_links() -> None:
    got = pairs("Sau khi Bộ Y tế yêu cầu làm rõ nguồn gốc lô vắc xin bị trả về từ nhiều tỉnh phía Bắc, "
                "Viện Vệ sinh dịch tễ Trung ương đã phối hợp với Sở Y tế tỉnh Nghệ An lấy mẫu xét nghiệm.")
    assert ("Viện Vệ sinh dịch tễ Trung ương", "Sở Y tế Nghệ An") in got


def test_a_police_order_at_the_scene_keeps_the_joint_work_it_set_going() -> None:
    got = pairs("Nhận được tin báo, Công an tỉnh Hà Nam đã chỉ đạo Phòng Cảnh sát hình sự, Phòng Kỹ thuật hình sự và "
                "Công an huyện Kim Bảng phối hợp với Viện Kiểm sát nhân dân huyện Kim Bảng khám nghiệm hiện trường.")
    assert {p for p in got if "Viện Kiểm sát nhân dân huyện Kim Bảng" in p}


# --- a clause after ";" that carries on an order is no work of the article's hospital (_from_owner)
_LAI_CHAU = ("Bệnh viện Đa khoa tỉnh Lai Châu vừa tiếp nhận một sản phụ bị liệt chân sau ca mổ. Đại diện Bệnh viện "
             "Đa khoa tỉnh Lai Châu cho biết sẽ báo cáo sự việc. Gia đình sản phụ đã gửi đơn tới Bệnh viện Đa khoa "
             "tỉnh Lai Châu. ")


def test_a_clause_after_a_semicolon_that_carries_on_an_order_links_nothing() -> None:
    got = pairs(_LAI_CHAU + "Sở Y tế đã yêu cầu Giám đốc bệnh viện khẩn trương xác minh thông tin; phối hợp với "
                "Bệnh viện Bạch Mai xác định nguyên nhân gây bệnh của sản phụ.")
    assert not {p for p in got if "Bệnh viện Bạch Mai" in p}


def test_the_hospital_s_own_clause_after_a_semicolon_still_links() -> None:
    got = pairs(_LAI_CHAU + "Trong tháng này, bệnh viện đã xác minh thông tin; phối hợp với Bệnh viện Bạch Mai "
                "xác định nguyên nhân gây bệnh của sản phụ.")
    assert ("Bệnh viện Đa khoa tỉnh Lai Châu", "Bệnh viện Bạch Mai") in got


# --- the hospital a patient is taken to for care is no party of the work (_patient_taken_to)
def test_the_hospital_a_child_is_taken_to_is_no_partner_of_the_police() -> None:
    got = pairs("Người dân lập tức báo cho Công an xã Thạch Hà, phối hợp đưa cháu bé tới Bệnh viện Đa khoa huyện Thạch Hà "
                "cấp cứu.")
    assert not {p for p in got if "Bệnh viện Đa khoa huyện Thạch Hà" in p}


def test_a_hospital_the_police_work_with_stays_a_partner() -> None:
    got = pairs("Công an xã Thạch Hà đã phối hợp với Bệnh viện Đa khoa huyện Thạch Hà xác minh danh tính nạn nhân.")
    assert {p for p in got if "Bệnh viện Đa khoa huyện Thạch Hà" in p}


# --- "giữa A và B, C": B and C sign together on one side (_parties)
def test_co_signers_after_va_face_the_first_party_not_each_other() -> None:
    got = pairs("Lễ ký kết biên bản ghi nhớ hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Nhật Bản, Cơ quan Hợp tác Quốc tế "
                "Nhật Bản diễn ra tại Hà Nội.")
    assert ("Bộ Y tế Việt Nam", "Cơ quan Hợp tác Quốc tế Nhật Bản") in got
    assert ("Bộ Y tế Nhật Bản", "Cơ quan Hợp tác Quốc tế Nhật Bản") not in got


def test_a_list_closed_by_va_still_pairs_every_party() -> None:
    got = pairs("Lễ ký kết biên bản ghi nhớ hợp tác giữa Bộ Y tế Việt Nam, Bộ Y tế Nhật Bản và Cơ quan Hợp tác Quốc tế "
                "Nhật Bản diễn ra tại Hà Nội.")
    assert ("Bộ Y tế Nhật Bản", "Cơ quan Hợp tác Quốc tế Nhật Bản") in got
