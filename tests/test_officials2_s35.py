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
