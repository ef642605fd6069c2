"""Session 39 (coopsb): baomoi health text showed "ủng hộ" of a path or process (an opinion on a policy)
read as a donation to the country named in it. Sentences written for the test."""
from __future__ import annotations

from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


def test_backing_a_path_or_process_links_nothing() -> None:
    for noun in ("con đường", "tiến trình", "lộ trình"):
        got = pairs(f"Phòng Thương mại Châu Âu tại Việt Nam ủng hộ {noun} hướng tới hiệp định thương mại giữa "
                    "Liên minh châu Âu và Việt Nam.")
        assert not got, noun


def test_support_given_to_a_body_still_links() -> None:
    got = pairs("Phòng Thương mại Châu Âu tại Việt Nam ủng hộ Bệnh viện Chợ Rẫy 200 máy thở.")
    assert got
