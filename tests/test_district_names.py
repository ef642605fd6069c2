"""A district's unit keeps its level word in its one name per document: "BVĐK Việt Yên"
beside "BVĐK huyện Việt Yên" is named "Bệnh viện Đa khoa huyện Việt Yên", as every gold set
names district hospitals, health centres and police. Our own sentences."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def names(text: str) -> set[str]:
    return {o.name for o in run(Doc(text=text, published="2024-05-02"), EXTRACTION).organizations}


def test_the_district_level_word_is_kept_when_the_story_writes_it() -> None:
    got = names("Sáng 2/5, bệnh nhân được đưa vào BVĐK huyện Lục Ngạn cấp cứu. "
                "Lãnh đạo BVĐK Lục Ngạn cho biết bệnh nhân đã qua cơn nguy kịch.")
    assert "Bệnh viện Đa khoa huyện Lục Ngạn" in got
    assert "Bệnh viện Đa khoa Lục Ngạn" not in got


def test_a_centre_keeps_its_district_word_too() -> None:
    got = names("Trung tâm Y tế huyện Quế Phong đã lấy mẫu xét nghiệm. "
                "Sau đó, Trung tâm Y tế Quế Phong tiếp tục theo dõi các hộ dân.")
    assert got >= {"Trung tâm Y tế huyện Quế Phong"} and "Trung tâm Y tế Quế Phong" not in got


def test_a_name_written_only_without_the_word_stays_as_written() -> None:
    assert "Bệnh viện Đa khoa Lục Ngạn" in names("Bệnh nhân được đưa vào BVĐK Lục Ngạn cấp cứu.")
