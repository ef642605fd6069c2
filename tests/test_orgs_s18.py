"""Table tests for organisation families added in stop 18, run through the real
EXTRACTION chain with our own sentences: the procuracy's short form "VKS", the civil
judgement-enforcement abbreviation "THADS", a province's National Assembly
delegation, border posts, lower-case "phòng khám đa khoa X", and state bodies whose
names run on in sentence case ("Cục Năng lượng nguyên tử")."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2019-03-20"
A, O, HC = "agency", "other", "health_center"


def orgs(text: str) -> set[tuple[str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    for o in doc.organizations:
        assert doc.text[o.start:o.end] == o.surface, o
    return {(o.name, o.type) for o in doc.organizations}


FAMILIES = {
    "vks": [
        ("Đại diện VKS tỉnh Bắc Giang giữ nguyên quan điểm truy tố hai bị cáo.",
         {("Viện Kiểm sát nhân dân tỉnh Bắc Giang", A)}),
        ("Hồ sơ vụ án đã được chuyển sang VKS TP Vinh để xem xét.",
         {("Viện Kiểm sát nhân dân thành phố Vinh", A)}),
        ("Cơ quan điều tra đã gửi kết luận tới VKS nhân dân huyện Gia Lâm.",
         {("Viện Kiểm sát nhân dân huyện Gia Lâm", A)}),
    ],
    "thads": [
        ("Cục THADS tỉnh Nam Định đã tổ chức kê biên tài sản của công ty.",
         {("Cục Thi hành án dân sự tỉnh Nam Định", A)}),
    ],
    "delegation": [
        ("Chiều qua, Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh đã làm việc tại huyện Kỳ Anh.",
         {("Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh", O)}),
        ("Bà Trần Thị Mai, Phó trưởng đoàn ĐBQH tỉnh Bến Tre, đề nghị làm rõ trách nhiệm.",
         {("Đoàn đại biểu Quốc hội tỉnh Bến Tre", O)}),
    ],
    "border_post": [
        ("Cán bộ đồn biên phòng Na Mèo đã đưa sản phụ vượt suối đến trạm xá.",
         {("Đồn Biên phòng Na Mèo", A)}),
    ],
    "clinic": [
        ("Người bệnh được đưa tới phòng khám đa khoa Minh Tâm để sơ cứu.",
         {("Phòng khám đa khoa Minh Tâm", HC)}),
        ("Hai trạm được đặt tại phòng khám đa khoa Tân Phong và Tân Hưng.",
         {("Phòng khám đa khoa Tân Phong", HC)}),
    ],
    "sentence_case": [
        ("Lãnh đạo Cục Năng lượng nguyên tử, Bộ Khoa học và Công nghệ đã trả lời cử tri.",
         {("Cục Năng lượng nguyên tử", A), ("Bộ Khoa học và Công nghệ", "ministry")}),
        ("Mẫu bệnh phẩm được gửi tới Viện Nghiên cứu hạt nhân tại Đà Lạt để đo.",
         {("Viện Nghiên cứu hạt nhân", A)}),
    ],
    "regional_merge": [
        ("Sản phụ được chuyển tới Bệnh viện Đa khoa khu vực Cầu Ngang. Tại Bệnh viện Cầu Ngang, "
         "các bác sĩ đã mổ cấp cứu.", {("Bệnh viện Cầu Ngang", "hospital")}),
        ("Bệnh nhân được chuyển từ Bệnh viện Đa khoa khu vực Quảng Ngãi lên Bệnh viện Đa khoa Quảng Ngãi.",
         {("Bệnh viện Đa khoa khu vực Quảng Ngãi", "hospital"), ("Bệnh viện Đa khoa Quảng Ngãi", "hospital")}),
    ],
    "defined_abbreviation": [
        ("Hôm qua, Tổng công ty Dược phẩm Miền Trung (DMT) đã ký thỏa thuận với Sở Y tế Quảng Nam. "
         "Theo thỏa thuận, Tổng công ty DMT sẽ cung ứng thuốc.",
         {("Tổng công ty Dược phẩm Miền Trung", "company"), ("Sở Y tế Quảng Nam", "health_department")}),
    ],
    "letters_and": [
        ("Ông Lê Văn Hòa, Giám đốc Trung tâm R & D của công ty, cho biết sản phẩm đã được thử nghiệm.",
         {("Trung tâm R & D", HC)}),
    ],
}
# look-alikes that must stay unnamed
NOT_NAMES = [
    "Có 18 đoàn đại biểu Quốc hội đăng ký chất vấn về lĩnh vực y tế.",
    "Nhiều phòng khám Trung Quốc bị xử phạt trong năm qua.",
    "Bệnh nhân được chuyển sang phòng khám Nội để theo dõi.",
    "Các đồn biên phòng trên tuyến biên giới đã tăng cường tuần tra.",
    "Theo Vụ trưởng, Vụ Sức khỏe bà mẹ và trẻ em cần thêm kinh phí.",
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s18_families(text: str, expected: set) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize("text", NOT_NAMES)
def test_s18_look_alikes_stay_unnamed(text: str) -> None:
    names = {n for n, _ in orgs(text)}
    assert not any(n.startswith(("Đoàn", "Phòng khám", "Đồn")) for n in names), names
    assert "Vụ Sức khỏe bà mẹ" not in names
