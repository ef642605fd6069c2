"""A bare team ("Đoàn", "các bác sĩ") standing for the one body the article names as its owner
(extractors/coop_context.py), each with sentences written for the test."""
from __future__ import annotations

import pytest

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


# (two sentences: the team with its body, then the bare team; the link the second states)
RESOLVED = [
    ("Sáng 5/3, đoàn công tác của Bệnh viện Bạch Mai đã lên tỉnh Điện Biên. "
     "Sau đó, đoàn đã làm việc với Trung tâm Y tế huyện Mường Chà về việc khám sàng lọc.",
     ("Bệnh viện Bạch Mai", "Trung tâm Y tế huyện Mường Chà")),
    # the doctors of a hospital named before them
    ("Ngày 9/6, các bác sĩ Bệnh viện Chợ Rẫy được đưa ra đảo bằng tàu. "
     "Sau 4 giờ, các bác sĩ đã phối hợp với Trung tâm Y tế huyện Côn Đảo mổ cấp cứu cho bệnh nhân.",
     ("Bệnh viện Chợ Rẫy", "Trung tâm Y tế huyện Côn Đảo")),
    # a delegation named by its leader's body
    ("Từ ngày 3 đến 8/4, đoàn đại biểu do Thứ trưởng Bộ Y tế Nguyễn Văn An dẫn đầu thăm Lào. "
     "Đoàn đã làm việc với Bộ Y tế Lào và Bệnh viện Mittaphap.",
     ("Bộ Y tế", "Bộ Y tế Lào")),
    # a Party body's delegation as much as a hospital's team
    ("Sáng 8/7, đoàn công tác của Ban Tổ chức Trung ương đã đến Bạc Liêu. "
     "Chiều cùng ngày, đoàn công tác đã làm việc với Đảng ủy Công an tỉnh Bạc Liêu.",
     ("Ban Tổ chức Trung ương", "Đảng ủy Công an tỉnh Bạc Liêu")),
]


@pytest.mark.parametrize("text,pair", RESOLVED)
def test_a_bare_team_stands_for_the_body_named_with_it_earlier(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_two_owners_leave_the_team_unresolved() -> None:
    got = pairs("Đoàn công tác của Bệnh viện Bạch Mai và đoàn công tác của Bệnh viện Việt Đức cùng lên Sơn La. "
                "Sau đó, đoàn đã làm việc với Trung tâm Y tế huyện Mộc Châu.")
    assert not {p for p in got if p[1] == "Trung tâm Y tế huyện Mộc Châu"}
    got = pairs("Các bác sĩ của Bệnh viện Mắt Hà Nội, Phòng khám Đa khoa Hồng Phúc đã lên Lào Cai. "
                "Các bác sĩ đã trao tặng Trạm Y tế xã Y Tý nhiều thiết bị.")
    assert not {p for p in got if p[1] == "Trạm Y tế xã Y Tý"}


def test_a_team_that_does_not_open_its_clause_is_not_resolved() -> None:
    # trained or sent, the team may be anyone's
    got = pairs("Đoàn công tác của Bộ Y tế đã đến Hòa Bình. "
                "Bệnh viện Đa khoa tỉnh Hòa Bình sẽ tiếp tục đào tạo các bác sĩ trẻ.")
    assert ("Bệnh viện Đa khoa tỉnh Hòa Bình", "Bộ Y tế") not in got and ("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Hòa Bình") not in got


def test_a_rank_or_a_union_is_no_team() -> None:
    got = pairs("Đoàn công tác của Bộ Y tế đã đến Thanh Hóa. "
                "Trưởng đoàn đã làm việc với Sở Y tế Nghệ An về công tác phòng dịch.")
    assert ("Bộ Y tế", "Sở Y tế Nghệ An") not in got


def test_a_sentence_with_its_own_link_is_left_as_it_is() -> None:
    # the team end is tried only when the sentence links nothing without it
    text = ("Đoàn công tác của Bộ Y tế đã đến Cà Mau. "
            "Sở Y tế Cà Mau đã báo cáo với đoàn về những khó khăn và mong muốn có sự hỗ trợ của Bộ Y tế.")
    assert pairs(text) == pairs(text.replace("báo cáo với đoàn", "báo cáo"))


# --- help stated with its giver alone goes to the article's subject hospital (coop_context.helped_subject)
SUBJECT = ("Bệnh viện Đa khoa tỉnh Hà Giang vừa cứu sống một bệnh nhân vỡ tim. "
           "Theo Bệnh viện Đa khoa tỉnh Hà Giang, bệnh nhân nhập viện lúc 2 giờ sáng. "
           "Ê-kíp trực của Bệnh viện Đa khoa tỉnh Hà Giang đã hồi sức ngay cho bệnh nhân. ")


def test_help_with_its_giver_alone_goes_to_the_subject_hospital() -> None:
    got = pairs(SUBJECT + "Ca mổ được tiến hành với sự hỗ trợ của bác sĩ chuyên khoa tim Bệnh viện Bạch Mai.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hà Giang") in got


def test_help_from_a_body_that_is_no_hospital_is_left_alone() -> None:
    # an embassy helping a patient home helps the patient, not the hospital
    got = pairs(SUBJECT + "Bệnh nhân đã về nước với sự hỗ trợ của Đại sứ quán Việt Nam tại Lào.")
    assert not {p for p in got if "Đại sứ quán" in p[0] or "Đại sứ quán" in p[1]}


def test_help_with_two_bodies_named_is_left_alone() -> None:
    got = pairs(SUBJECT + "Bệnh nhân được chuyển tới Bệnh viện Việt Đức với sự hỗ trợ của Bệnh viện Bạch Mai.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hà Giang") not in got


def test_doctors_are_not_a_delegations_body() -> None:
    # the embassy sent a delegation, not doctors: "các bác sĩ" stay unresolved
    got = pairs("Đoàn cán bộ Đại sứ quán Việt Nam tại Lào đã đến thăm bệnh nhân. "
                "Sau đó, các bác sĩ đã phối hợp với Bệnh viện Mittaphap chuyển bệnh nhân về nước.")
    assert ("Đại sứ quán Việt Nam tại Lào", "Bệnh viện Mittaphap") not in got
    assert ("Bệnh viện Mittaphap", "Đại sứ quán Việt Nam tại Lào") not in got


def test_doctors_are_not_experts_named_before() -> None:
    got = pairs("Các chuyên gia của Tổ chức Y tế Thế giới đã đến Hà Nội. "
                "Sau đó, các bác sĩ đã phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh lấy mẫu.")
    assert not {p for p in got if "Quảng Ninh" in p[1] or "Quảng Ninh" in p[0]}


def test_a_team_after_a_named_place_is_that_places() -> None:
    got = pairs("Bệnh viện Bạch Mai đã cử đoàn bác sĩ lên Hà Giang. "
                "Trong khi đó, tại Yên Bái, các bác sĩ đã làm việc với Sở Y tế Yên Bái.")
    assert ("Bệnh viện Bạch Mai", "Sở Y tế Yên Bái") not in got
