"""Session 30: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _doc
from extractors import figures, legal, organizations


def _figures(text: str) -> list[tuple[str, float, str]]:
    doc = figures.extract(organizations.extract(legal.extract(_doc(text))))
    return [(f.text, f.value, f.unit) for f in doc.figures]


def _legal(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.number, d.title) for d in legal.extract(_doc(text)).legal_documents]


# ---------------------------------------------------------------- legal: "Bộ Luật" is a code
def test_a_capitalised_bo_luat_is_a_code_s30() -> None:
    got = _legal("Bị cáo bị truy tố theo Điều 134 Bộ Luật Hình sự năm 2015.")
    assert got == [("Bộ luật", None, "Bộ luật Hình sự")]


def test_bo_luat_phap_is_a_ministry_s30() -> None:
    assert _legal("Một quan chức Bộ Luật pháp và Công lý Pakistan cho biết như vậy.") == []


# ---------------------------------------------------------------- legal: an indictment is no directive
def test_an_indictments_number_is_no_directive_s30() -> None:
    assert _legal("Theo Cáo trạng số 05/CT-VKS-P1 của Viện kiểm sát, bị can đã nhận tiền.") == []


def test_a_directive_with_its_code_is_still_read_s30() -> None:
    got = _legal("Sở Y tế triển khai 16/CT-UBND của UBND tỉnh về phòng chống dịch.")
    assert [(k, n) for k, n, _ in got] == [("Chỉ thị", "16/CT-UBND")]


# ---------------------------------------------------------------- legal: a title ends at its effect
def test_a_titles_consequence_is_not_its_title_s30() -> None:
    got = _legal("Chính phủ vừa ban hành Nghị định về giá thuốc khiến nhiều doanh nghiệp lo ngại.")
    assert got == [("Nghị định", None, "Nghị định về giá thuốc")]


# ---------------------------------------------------------------- figures: house numbers
def test_a_house_number_before_a_street_is_no_figure_s30() -> None:
    got = _figures("Gia đình ông Nam ở 27 đường Lê Lợi và bà Lan ở 12 ấp Tân Hòa đã nhận 5 suất quà.")
    assert got == [("5 suất quà", 5.0, "suất quà")]


def test_streets_and_hamlets_counted_are_still_figures_s30() -> None:
    got = _figures("Thành phố sửa 5 đường nội thị và 3 ấp ven biển.")
    assert ("3 ấp", 3.0, "ấp") in got and any(v == 5.0 for _, v, _ in got)


# ---------------------------------------------------------------- figures: a verb is no counted noun
def test_a_verb_after_a_number_is_no_unit_s30() -> None:
    got = _figures("Kênh truyền hình channel 5 rằng cậu bé đã giảm cân; ở tuổi 35 muốn sinh con phải "
                   "khám kỹ; thái độ thay đổi 1 cách chóng mặt.")
    assert got == []


def test_a_sum_before_a_verb_is_money_s30() -> None:
    got = _figures("Anh phải bồi thường số tiền 655 triệu nói trên cho bệnh viện.")
    assert got == [("655 triệu", 655_000_000.0, "đồng")]


def test_stab_wounds_keep_their_noun_s30() -> None:
    got = _figures("Nạn nhân có 3 vết đâm ở ngực.")
    assert got == [("3 vết đâm", 3.0, "vết đâm")]


# ---------------------------------------------------------------- figures: plates and codes
def test_a_zero_padded_code_is_no_figure_s30() -> None:
    got = _figures("Xe khách BKS 37B 02006 va quệt xe tải khiến 04 người bị thương.")
    assert got == [("04 người", 4.0, "người")]


# ---------------------------------------------------------------- figures: grades and residents' groups
def test_a_grade_is_no_count_but_a_class_of_n_is_s30() -> None:
    got = _figures("Lên lớp 10 em bắt đầu học thêm; trường mở một lớp 25 học viên.")
    assert got == [("25 học viên", 25.0, "học viên")]


def test_a_residents_group_number_before_its_ward_is_no_count_s30() -> None:
    got = _figures("Gia đình bà Thái ở tổ 21 phường Hòa Thọ Tây; nước ngập 4 xã Tân Phú, Tân Hòa.")
    assert got == [("4 xã", 4.0, "xã")]


def test_a_plenum_of_a_term_is_no_count_s30() -> None:
    got = _figures("Thực hiện Nghị quyết Trung ương 4 khóa XII, trường mở 3 khóa đào tạo.")
    assert got == [("3 khóa", 3.0, "khóa")]
