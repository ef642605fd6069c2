"""Session 40 (coopsp): links that VietNews politics, economy and world text (not health news) showed no party
states. Sentences written for the test."""
from __future__ import annotations

from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


# --- "ký kết luận" signs a conclusion ("kết luận"), no agreement
def test_signing_a_conclusion_links_nothing() -> None:
    got = pairs("Thứ trưởng Bộ Xây dựng vừa ký kết luận thanh tra đối với Công ty Xây dựng Số 5 và các đơn vị liên quan.")
    assert not got


def test_signing_an_agreement_still_links() -> None:
    got = pairs("Bộ Xây dựng vừa ký kết biên bản ghi nhớ với Công ty Xây dựng Số 5 về đào tạo kỹ sư.")
    assert ("Bộ Xây dựng", "Công ty Xây dựng Số 5") in got
