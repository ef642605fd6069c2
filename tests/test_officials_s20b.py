"""Table tests (session 20, second officials pass, own sentences): a ward's deputy head
written "Phó trưởng khoa" (lower-case "trưởng") with no hospital named next to it belongs
to the hospital just named, like "Trưởng khoa"; a department whose name holds a noun
pair with a stop word ("Phòng Cảnh sát giao thông", "phòng Thông tin - truyền thông")
is read up to its body."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

WARD_CASES = [
    ("Bệnh viện Đa khoa tỉnh Thái Bình tiếp nhận 12 công nhân ngộ độc. Bác sĩ Trần Văn Hải, "
     "Phó trưởng khoa Nội tổng hợp cho biết các bệnh nhân đã tỉnh.",
     {("Trần Văn Hải", "Phó trưởng khoa Nội tổng hợp", "Bệnh viện Đa khoa tỉnh Thái Bình")}),
    ("Bệnh viện Sản Nhi Bắc Ninh vừa cứu sống một bé trai. Bác sĩ Lê Thị Hoa, phó trưởng Khoa Sơ sinh, "
     "cho hay bé đã bú được.",
     {("Lê Thị Hoa", "Phó trưởng Khoa Sơ sinh", "Bệnh viện Sản Nhi Bắc Ninh")}),
    # "Phó Trưởng khoa" was read already: unchanged
    ("Bệnh viện Sản Nhi Bắc Ninh vừa cứu sống một bé trai. Bác sĩ Lê Thị Hoa, Phó Trưởng khoa Sơ sinh, "
     "cho hay bé đã bú được.",
     {("Lê Thị Hoa", "Phó Trưởng khoa Sơ sinh", "Bệnh viện Sản Nhi Bắc Ninh")}),
    # two hospitals named before: which one's ward is not said
    ("Bệnh viện Bạch Mai và Bệnh viện Việt Đức cùng tiếp nhận bệnh nhân. Bác sĩ Lê Thị Hoa, "
     "phó trưởng khoa Cấp cứu, cho biết bệnh nhân đã ổn định.", set()),
]

PAIR_CASES = [
    ("Thượng tá Nguyễn Văn Toàn, Trưởng phòng Cảnh sát giao thông Công an tỉnh Nghệ An cho biết "
     "đã tạm giữ tài xế.",
     {("Nguyễn Văn Toàn", "Trưởng phòng Cảnh sát giao thông", "Công an tỉnh Nghệ An")}),
    ("Trung tá Lê Văn Dũng - phó trưởng phòng Cảnh sát giao thông Công an tỉnh Thanh Hóa - cho biết "
     "xe đã được kéo về.",
     {("Lê Văn Dũng", "Phó trưởng phòng Cảnh sát giao thông", "Công an tỉnh Thanh Hóa")}),
    ("Ông Trần Minh Đức, trưởng phòng thông tin - truyền thông Bệnh viện Chợ Rẫy, cho biết.",
     {("Trần Minh Đức", "Trưởng phòng thông tin - truyền thông", "Bệnh viện Chợ Rẫy")}),
    # "thông" that is the verb still ends the name
    ("Ông Trần Minh Đức, trưởng phòng Cảnh sát thông báo với Bệnh viện Chợ Rẫy rằng xe đã đến.",
     set()),
]


@pytest.mark.parametrize("text,expected", WARD_CASES)
def test_deputy_ward_head(text: str, expected: set) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text,expected", PAIR_CASES)
def test_noun_pair_in_department(text: str, expected: set) -> None:
    assert roles(text) == expected
