"""Session 40: another country's bodies named bare in world news are not Vietnam's."""
from __future__ import annotations

from test_orgs_s20 import names as _names


def test_bare_ministry_joins_its_one_foreign_twin() -> None:
    names = _names("Bộ Tư pháp Mỹ hôm qua mở cuộc điều tra mới về hãng xe điện này.\n"
                   "Bộ Tư pháp cho biết hồ sơ sẽ được gửi lên tòa trong tháng tới.\n")
    assert "Bộ Tư pháp Mỹ" in names
    assert "Bộ Tư pháp" not in names


def test_bare_parliament_joins_its_foreign_twin() -> None:
    names = _names("Quốc hội Venezuela do phe đối lập kiểm soát đã bác bỏ ngân sách.\n"
                   "Chủ tịch Quốc hội Juan Guaido kêu gọi biểu tình vào cuối tuần.\n")
    assert names == {"Quốc hội Venezuela"}


def test_vietnamese_official_keeps_our_ministry() -> None:
    names = _names("Bộ Ngoại giao Đức cử đoàn sang thăm Hà Nội tuần này.\n"
                   "Thứ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp đoàn tại trụ sở.\n")
    assert "Bộ Ngoại giao" in names


def test_two_foreign_twins_leave_the_bare_name() -> None:
    names = _names("Bộ Ngoại giao Mỹ và Bộ Ngoại giao Nga cùng lên tiếng về vụ việc.\n"
                   "Bộ Ngoại giao đề nghị các bên kiềm chế.\n")
    assert "Bộ Ngoại giao" in names


def test_domestic_story_keeps_our_health_ministry() -> None:
    names = _names("Bộ Y tế Nhật Bản tài trợ thiết bị cho Bệnh viện Bạch Mai.\n"
                   "Bộ Y tế sẽ hướng dẫn các bệnh viện tiếp nhận thiết bị này.\n")
    assert "Bộ Y tế" in names


def test_story_of_both_countries_keeps_the_bare_name() -> None:
    names = _names("Bộ Quốc phòng Lào cử đoàn sang thăm trong tuần.\n"
                   "Hợp tác giữa Bộ Quốc phòng hai nước Việt Nam - Lào ngày càng chặt chẽ.\n")
    assert "Bộ Quốc phòng" in names


def test_twin_in_the_same_sentence_is_another_party() -> None:
    names = _names("Sau buổi hội đàm với Bộ Tài chính Campuchia, Bộ Tài chính cam kết hỗ trợ kỹ thuật.\n"
                   "Bộ Tài chính sẽ cử chuyên gia sang Phnom Penh trong quý tới.\n")
    assert "Bộ Tài chính" in names


def test_minister_with_a_foreign_name_holds_no_ministry_of_ours() -> None:
    names = _names("Bộ trưởng Quốc phòng Mark Esper cho biết Washington sẽ rút bớt quân khỏi khu vực.\n")
    assert "Bộ Quốc phòng" not in names


def test_minister_with_a_vietnamese_name_names_our_ministry() -> None:
    assert "Bộ Quốc phòng" in _names("Bộ trưởng Quốc phòng Ngô Xuân Lịch dự lễ ra quân tại Hà Nội.\n")
    assert "Bộ Tài chính" in _names("Thứ trưởng Tài chính ông Trần Xuân Hà phát biểu tại hội nghị.\n")


def test_foreign_minister_closed_by_a_country_keeps_that_ministry() -> None:
    names = _names("Bộ trưởng Quốc phòng Nga Sergei Shoigu thị sát cuộc tập trận.\n")
    assert "Bộ Quốc phòng Nga" in names


def test_downtown_of_a_two_word_city_is_no_centre() -> None:
    names = _names("Hàng nghìn người tuần hành qua trung tâm Kuala Lumpur hôm thứ Bảy.\n"
                   "Văn phòng công tố quận trung tâm Seoul đã triệu tập ông Park.\n")
    assert not any(n.startswith("Trung tâm") for n in names)


def test_a_centre_named_after_tai_is_kept() -> None:
    assert "Trung tâm Westfield" in _names("Buổi ký tặng sách diễn ra tại trung tâm Westfield chiều qua.\n")


def test_a_name_ends_before_do_and_its_agent() -> None:
    names = _names("Đoàn công tác của Quỹ Tiền tệ Quốc tế do ông Peter Breuer làm trưởng đoàn đã tới Hà Nội.\n"
                   "Phương án tái cơ cấu Ngân hàng Phương Đông do chính ngân hàng đề xuất bị bác.\n")
    assert "Quỹ Tiền tệ Quốc tế" in names
    assert not any(" do " in n for n in names)


def test_initials_after_h_dot_are_no_district() -> None:
    names = _names("Đại diện Công ty TNHH H.V trình báo với Công an quận Cầu Giấy.\n"
                   "Trước đó, Công an H.Bình Chánh cũng nhận được tin báo.\n")
    assert not any("huyện V" in n for n in names)
    assert "Công an huyện Bình Chánh" in names


def test_a_foreign_centre_does_not_make_the_story_domestic() -> None:
    names = _names("Trung tâm Truyền thông Syria cho biết Chính phủ Syria đã chiếm lại thị trấn.\n"
                   "Các nhóm nổi dậy tiếp tục tấn công lực lượng Chính phủ ở phía bắc.\n")
    assert "Chính phủ" not in names
