"""A lower-case "bệnh viện" followed only by a country ("bệnh viện Mỹ", "bệnh viện Nga") is a
hospital in that country, not a name; capitalised names and places that start like a
country ("Bệnh viện Việt Pháp", "bệnh viện Mỹ Đức") stay. Our own sentences."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def names(text: str) -> set[str]:
    return {o.name for o in run(Doc(text=text, published="2024-05-02"), EXTRACTION).organizations}


def test_a_hospital_in_a_country_is_no_name() -> None:
    assert names("Hai bệnh nhân được chuyển sang bệnh viện Nhật Bản\n"
                 "Một y tá bệnh viện Nga bị kỷ luật.") == set()


def test_names_that_start_like_a_country_stay() -> None:
    got = names("Bệnh nhân chuyển từ bệnh viện Mỹ Đức lên Bệnh viện Việt Pháp Hà Nội.")
    assert {"Bệnh viện Mỹ Đức", "Bệnh viện Việt Pháp Hà Nội"} <= got
