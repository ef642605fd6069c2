"""Cooperation recall shapes added in session 39 (coopsr), each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view
from test_coops_s26 import pairs   # the same chain, as (source, target) pairs


# --- a speech at a session, fronted: "Phát biểu tại buổi làm việc với B, <official of A> …" (coop_fronted)
def test_a_speech_at_a_session_links_the_speakers_body_to_the_partner() -> None:
    got = links("Phát biểu tại buổi làm việc với Sở Y tế Quảng Trị, Giám đốc Bệnh viện Trung ương Huế Phạm Như Hiệp "
                "cho biết bệnh viện sẽ cử thêm bác sĩ.")
    assert ("Bệnh viện Trung ương Huế", "Sở Y tế Quảng Trị", "exchange") in got


def test_a_directing_speech_in_one_session_and_a_dated_opening_link_the_two() -> None:
    got = pairs("Phát biểu chỉ đạo tại buổi làm việc với Bệnh viện Đa khoa tỉnh Sơn La, Thứ trưởng Bộ Y tế "
                "Trần Văn Thuấn yêu cầu bệnh viện nâng cao chất lượng khám chữa bệnh.")
    assert ("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Sơn La") in got
    got = pairs("Sáng 14/3, phát biểu trong một cuộc họp với Sở Tài chính Hà Nam, Giám đốc Sở Y tế Hà Nam "
                "đề nghị sớm cấp kinh phí mua vắc xin.")
    assert ("Sở Y tế Hà Nam", "Sở Tài chính Hà Nam") in got


def test_a_speech_at_a_session_with_no_partner_or_the_press_links_nothing() -> None:
    assert not pairs("Phát biểu tại buổi làm việc, Giám đốc Bệnh viện Trung ương Huế cho biết bệnh viện sẽ "
                     "cử thêm bác sĩ.")
    assert not pairs("Phát biểu tại buổi làm việc với báo chí, Giám đốc Bệnh viện Trung ương Huế cho biết "
                     "bệnh viện sẽ cử thêm bác sĩ.")


def test_a_speech_elsewhere_in_the_sentence_is_no_fronted_session() -> None:
    got = pairs("Bệnh viện Trung ương Huế cho biết giám đốc sẽ phát biểu tại buổi làm việc với Sở Y tế Quảng Trị, "
                "Sở Y tế Quảng Bình vào tuần tới.")
    assert ("Sở Y tế Quảng Bình", "Sở Y tế Quảng Trị") not in got
