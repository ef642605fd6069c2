"""Session 35 (officials2): table tests on own sentences."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

from extractors import coop_rules, people


@pytest.mark.parametrize("verb", people.SUBJECT_VERBS)
def test_subject_verbs_end_a_name_and_follow_an_actor(verb: str) -> None:
    # one list: a verb of saying or doing ends a three-word name whose last word is a
    # body's head word, and marks a body acting on its own in the cooperation rules
    got = roles(f"Giám đốc Sở Xây dựng Hà Nội Lê Văn Viện {verb} kiểm tra lại các công trình.")
    assert ("Lê Văn Viện", "Giám đốc", "Sở Xây dựng Hà Nội") in got
    assert coop_rules._ACTOR_VERB.match(f", Bộ Y tế {verb} cử đoàn", len(", Bộ Y tế"))


def test_actor_verbs_keep_their_case_and_word_end() -> None:
    assert coop_rules._ACTOR_VERB.match(" Tiếp tục hỗ trợ")
    assert not coop_rules._ACTOR_VERB.match(" đãi ngộ")


SPECIALTY_ASIDE_CASES = [
    # --- a doctor's specialty between the name and the post
    ("Theo bác sĩ Trần Văn Hưng, chuyên khoa thần kinh, Phó giám đốc Bệnh viện Đa khoa tỉnh Nam Định, "
     "bệnh nhân đã qua cơn nguy kịch.",
     ("Trần Văn Hưng", "Phó giám đốc", "Bệnh viện Đa khoa tỉnh Nam Định")),
    ("BS Lê Minh Tâm, chuyên ngành gây mê hồi sức, Trưởng khoa Cấp cứu, Bệnh viện Việt Đức cho biết ca mổ thành công.",
     ("Lê Minh Tâm", "Trưởng khoa Cấp cứu", "Bệnh viện Việt Đức")),
]


@pytest.mark.parametrize("text,want", SPECIALTY_ASIDE_CASES)
def test_specialty_aside_before_post(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


def test_specialty_without_post_gives_no_role() -> None:
    got = roles("Bác sĩ Trần Văn Hưng, chuyên khoa thần kinh, đã khám cho bệnh nhân tại Bệnh viện Bạch Mai.")
    assert not any(n == "Trần Văn Hưng" for n, _, _ in got)


def test_district_office_with_capitalised_city() -> None:
    # "Thành phố" written with a capital after an abbreviated portfolio
    got = roles("Theo ông Ngô Thanh Sơn, Trưởng Phòng GD-ĐT Thành phố Vĩnh Long, các em đã ổn định.")
    assert ("Ngô Thanh Sơn", "Trưởng Phòng", "Phòng Giáo dục và Đào tạo thành phố Vĩnh Long") in got
