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
