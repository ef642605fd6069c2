""""ĐH" and "Trường ĐH" open a university's name ("Trường ĐH Y dược Cần Thơ"), written out as
the gold rules ask; an alias the gazetteer knows keeps the gazetteer's name, and an
abbreviation the story defines in brackets ("(ĐH YD)") is no name. Our own sentences."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def names(text: str) -> set[str]:
    return {o.name for o in run(Doc(text=text, published="2024-05-02"), EXTRACTION).organizations}


def test_a_university_written_with_dh_is_found_and_written_out() -> None:
    assert names("Sinh viên Trường ĐH Y dược Thái Bình tham gia tình nguyện.") == {
        "Trường Đại học Y dược Thái Bình"}
    assert names("Nhóm nghiên cứu của ĐH Bách khoa Đà Nẵng công bố kết quả.") == {
        "Đại học Bách khoa Đà Nẵng"}


def test_a_known_alias_keeps_the_gazetteer_name() -> None:
    assert names("Ông từng là giảng viên ĐH Y Hà Nội.") == {"Trường Đại học Y Hà Nội"}


def test_a_defined_abbreviation_is_no_name() -> None:
    got = names("Bệnh viện Đại học Y Dược (ĐH YD) Cần Thơ khánh thành khu điều trị mới.")
    assert not any(n.startswith("Đại học YD") for n in got)
