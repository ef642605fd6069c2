"""Cooperation families added in session 28, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in links(text)}


# --- a body named before, then "<head> này" or a bare lower-case head as the clause's subject
def test_a_department_named_again_as_so_nay_is_the_party() -> None:
    got = pairs("Sở Giáo dục và Đào tạo Bình Phước đã báo cáo vụ việc lên tỉnh. Sở này sẽ phối hợp với "
                "Sở Y tế Bình Phước kiểm tra bếp ăn của các trường.")
    assert frozenset(("Sở Giáo dục và Đào tạo Bình Phước", "Sở Y tế Bình Phước")) in got


def test_a_company_named_again_as_cong_ty_nay_signs() -> None:
    got = pairs("Công ty Cổ phần Dược phẩm Minh Tâm trúng gói thầu thiết bị. Sau đó, công ty này ký kết với "
                "Công ty TNHH Thiết bị Y tế Hoàng Long để lắp đặt máy.")
    assert frozenset(("Công ty Cổ phần Dược phẩm Minh Tâm", "Công ty TNHH Thiết bị Y tế Hoàng Long")) in got


def test_a_lower_case_centre_opening_a_clause_is_the_centre_named_before() -> None:
    got = pairs("Trung tâm Kiểm soát bệnh tật tỉnh Nam Định mở đăng ký tiêm chủng qua mạng. Theo ông Hùng, "
                "trung tâm phối hợp với Bệnh viện Đa khoa tỉnh Nam Định để khám sàng lọc trước tiêm.")
    assert frozenset(("Trung tâm Kiểm soát bệnh tật tỉnh Nam Định", "Bệnh viện Đa khoa tỉnh Nam Định")) in got


def test_a_lower_case_hospital_that_signs_is_the_article_s_hospital() -> None:
    """The hospital the article is about (named most), not the last hospital named before."""
    text = ("Bệnh viện Đa khoa tỉnh Phú Thọ tăng cường an ninh\n"
            "Bệnh viện Đa khoa tỉnh Phú Thọ vừa lắp thêm camera. Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ đã "
            "họp với các khoa. Một bác sĩ bị thương được đưa sang Bệnh viện "
            "Hùng Vương cấp cứu. Ông Nam cho hay, bệnh viện ký hợp đồng bảo vệ với Công ty TNHH Bảo vệ An Phát.")
    got = pairs(text)
    assert frozenset(("Bệnh viện Đa khoa tỉnh Phú Thọ", "Công ty TNHH Bảo vệ An Phát")) in got
    assert frozenset(("Bệnh viện Hùng Vương", "Công ty TNHH Bảo vệ An Phát")) not in got


def test_a_body_named_as_whose_staff_is_no_party() -> None:
    got = pairs("Sở Y tế Cà Mau đã kiểm điểm hai cán bộ. Hai cán bộ của sở này nhận tiền đào tạo theo địa chỉ "
                "tại Trường Đại học Y Dược Cần Thơ.")
    assert not any("Sở Y tế Cà Mau" in p for p in got)


def test_a_lower_case_head_inside_a_clause_is_not_its_subject() -> None:
    got = pairs("Trung tâm Y tế huyện Đông Anh được khen. Người dân đến trung tâm phối hợp với Bệnh viện "
                "Bắc Thăng Long để được khám.")
    assert not any("Trung tâm Y tế huyện Đông Anh" in p for p in got)
