"""Session 38: coordination ordered from above is no cooperation the parties state, in the two shapes fresh
VietNews text showed past the directive test of _to_receivers: a partner named by its owner ("phối hợp với các
Ủy ban của Quốc hội", read by _given_by) and a duty ("có trách nhiệm phối hợp")."""
from __future__ import annotations

from test_coops_s36 import pairs   # the same extraction chain, as (source, target) pairs


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
