"""Session 40: another country's bodies named bare in world news are not Vietnam's; names that ran
past their end ("… do ông X", "H.V" read as a district, downtown read as a centre)."""
from __future__ import annotations

import pytest

from test_orgs_s20 import names as _names

# (text, a name the extractor must not give)
NOT_GIVEN = [
    # a bare body joins its one foreign twin in a world-news story
    ("Bộ Tư pháp Mỹ hôm qua mở cuộc điều tra mới về hãng xe điện này.\n"
     "Bộ Tư pháp cho biết hồ sơ sẽ được gửi lên tòa trong tháng tới.\n", "Bộ Tư pháp"),
    ("Quốc hội Venezuela do phe đối lập kiểm soát đã bác bỏ ngân sách.\n"
     "Chủ tịch Quốc hội Juan Guaido kêu gọi biểu tình vào cuối tuần.\n", "Quốc hội"),
    # a foreign centre does not make the story domestic
    ("Trung tâm Truyền thông Syria cho biết Chính phủ Syria đã chiếm lại thị trấn.\n"
     "Các nhóm nổi dậy tiếp tục tấn công lực lượng Chính phủ ở phía bắc.\n", "Chính phủ"),
    # a minister with a foreign name holds another country's portfolio
    ("Bộ trưởng Quốc phòng Mark Esper cho biết Washington sẽ rút bớt quân khỏi khu vực.\n", "Bộ Quốc phòng"),
    # downtown of a two-word city, after "qua" and "quận"
    ("Hàng nghìn người tuần hành qua trung tâm Kuala Lumpur hôm thứ Bảy.\n", "Trung tâm Kuala Lumpur"),
    ("Văn phòng công tố quận trung tâm Seoul đã triệu tập ông Park.\n", "Trung tâm Seoul"),
    # "do" and its agent after a proper name
    ("Đoàn công tác của Quỹ Tiền tệ Quốc tế do ông Peter Breuer làm trưởng đoàn đã tới Hà Nội.\n",
     "Quỹ Tiền tệ Quốc tế do ông Peter Breuer"),
    # initials after "H." are no district
    ("Công ty H.V bị nhắn tin đe dọa nhiều lần.\n", "Công ty huyện V"),
    ("Đại diện Công ty TNHH H.V trình báo với Công an quận Cầu Giấy.\n", "Công ty TNHH huyện V"),
    # undefined initials of a body the story names in full
    ("Cục Nghệ thuật Biểu diễn vừa cấp phép cho chương trình.\n"
     "Theo lãnh đạo Cục NTBD, đơn vị tổ chức phải nộp kịch bản trước.\n", "Cục NTBD"),
    # "nước bạn" right after the bare name is the foreign body itself (review_2 item 1)
    ("Bộ Y tế Campuchia vừa ghi nhận thêm 12 ca mắc mới.\n"
     "Bộ Y tế nước bạn khuyên người dân hạn chế ra đường.\n", "Bộ Y tế"),
    ("Bộ Quốc phòng Lào đã cử đoàn sang dự lễ kỷ niệm.\n"
     "Bộ Quốc phòng nước bạn cảm ơn sự đón tiếp chu đáo.\n", "Bộ Quốc phòng"),
    # "Việt Nam" outside the bare mention's sentence does not make the story ours (review_2 item 2)
    ("Bộ Tư pháp Mỹ vừa truy tố năm người, trong đó có hai người gốc Việt Nam.\n"
     "Bộ Tư pháp cho biết các bị cáo sẽ ra tòa vào tháng sau.\n", "Bộ Tư pháp"),
    ("Bộ Ngoại giao Nhật Bản hôm qua ra thông cáo về lô hàng.\n"
     "Nhiều siêu thị ở Tokyo vẫn bán gạo Việt Nam.\n"
     "Bộ Ngoại giao cũng đề nghị người dân bình tĩnh.\n", "Bộ Ngoại giao"),
]

# (text, a name the extractor must give)
GIVEN = [
    ("Bộ Tư pháp Mỹ hôm qua mở cuộc điều tra mới về hãng xe điện này.\n"
     "Bộ Tư pháp cho biết hồ sơ sẽ được gửi lên tòa trong tháng tới.\n", "Bộ Tư pháp Mỹ"),
    # a Vietnamese official after the bare mention: our ministry
    ("Bộ Ngoại giao Đức cử đoàn sang thăm Hà Nội tuần này.\n"
     "Thứ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp đoàn tại trụ sở.\n", "Bộ Ngoại giao"),
    # two foreign twins: which one is not said
    ("Bộ Ngoại giao Mỹ và Bộ Ngoại giao Nga cùng lên tiếng về vụ việc.\n"
     "Bộ Ngoại giao đề nghị các bên kiềm chế.\n", "Bộ Ngoại giao"),
    # a domestic story's bare health ministry is ours
    ("Bộ Y tế Nhật Bản tài trợ thiết bị cho Bệnh viện Bạch Mai.\n"
     "Bộ Y tế sẽ hướng dẫn các bệnh viện tiếp nhận thiết bị này.\n", "Bộ Y tế"),
    # a story of both countries means either
    ("Bộ Quốc phòng Lào cử đoàn sang thăm trong tuần.\n"
     "Hợp tác giữa Bộ Quốc phòng hai nước Việt Nam - Lào ngày càng chặt chẽ.\n", "Bộ Quốc phòng"),
    # the twin in the same sentence is the other party
    ("Sau buổi hội đàm với Bộ Tài chính Campuchia, Bộ Tài chính cam kết hỗ trợ kỹ thuật.\n"
     "Bộ Tài chính sẽ cử chuyên gia sang Phnom Penh trong quý tới.\n", "Bộ Tài chính"),
    # ministers with Vietnamese names, or closed by their country
    ("Bộ trưởng Quốc phòng Ngô Xuân Lịch dự lễ ra quân tại Hà Nội.\n", "Bộ Quốc phòng"),
    ("Thứ trưởng Tài chính ông Trần Xuân Hà phát biểu tại hội nghị.\n", "Bộ Tài chính"),
    ("Bộ trưởng Quốc phòng Nga Sergei Shoigu thị sát cuộc tập trận.\n", "Bộ Quốc phòng Nga"),
    # a story that speaks of Vietnam or "nước bạn" keeps our bare body (review_1 item 1)
    ("Bộ Ngoại giao Trung Quốc ngày 5/6 ra tuyên bố về vùng biển.\n"
     "Người phát ngôn Bộ Ngoại giao khẳng định Việt Nam có đủ cơ sở pháp lý.\n", "Bộ Ngoại giao"),
    ("Đoàn công tác Bộ Giáo dục Lào đã sang thăm và làm việc tại Hà Nội.\n"
     "Bộ Giáo dục cam kết tiếp tục hỗ trợ đào tạo giáo viên cho nước bạn.\n", "Bộ Giáo dục"),
    # two English words ending in a facility's word name a body, not a city (review_1 item 9)
    ("Bệnh nhân được chuyển qua trung tâm Cleveland Clinic để điều trị.\n", "Trung tâm Cleveland Clinic"),
    # a centre after "tại" is kept
    ("Buổi ký tặng sách diễn ra tại trung tâm Westfield chiều qua.\n", "Trung tâm Westfield"),
    ("Đoàn công tác của Quỹ Tiền tệ Quốc tế do ông Peter Breuer làm trưởng đoàn đã tới Hà Nội.\n",
     "Quỹ Tiền tệ Quốc tế"),
    ("Trước đó, Công an H.Bình Chánh cũng nhận được tin báo.\n", "Công an huyện Bình Chánh"),
    ("Cục Nghệ thuật Biểu diễn vừa cấp phép cho chương trình.\n"
     "Theo lãnh đạo Cục NTBD, đơn vị tổ chức phải nộp kịch bản trước.\n", "Cục Nghệ thuật Biểu diễn"),
    # initials that spell another field are another body
    ("Cục Nghệ thuật Biểu diễn vừa cấp phép cho chương trình.\n"
     "Cục NTBT cũng vào cuộc kiểm tra.\n", "Cục NTBT"),
    # a story pairing Vietnam with the twin's country keeps the bare body (review_2 item 2: `_bilateral`)
    ("Bộ Y tế Lào cử đoàn chuyên gia sang làm việc trong tuần.\n"
     "Quan hệ Việt Nam - Lào ngày càng gắn bó.\n"
     "Bộ Y tế cam kết hỗ trợ thêm thiết bị cho các tỉnh biên giới.\n", "Bộ Y tế"),
    # after "qua", or two words, a centre's name that is no known city is kept (review_2 item 3)
    ("Mẫu xét nghiệm được chuyển qua trung tâm Medlatec để kiểm tra lại.\n", "Trung tâm Medlatec"),
    ("Bà từng điều trị ở trung tâm Johns Hopkins suốt nửa năm.\n", "Trung tâm Johns Hopkins"),
]


@pytest.mark.parametrize("text,name", NOT_GIVEN)
def test_not_given(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize("text,name", GIVEN)
def test_given(text: str, name: str) -> None:
    assert name in _names(text)


def test_no_run_on_past_do() -> None:
    names = _names("Phương án tái cơ cấu Ngân hàng Phương Đông do chính ngân hàng đề xuất bị bác.\n")
    assert not any(" do " in n for n in names)
