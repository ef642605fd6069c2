"""Figures, s27: a unit ends on the boundary of the compound word it belongs to, so users who
group figures by unit get whole words ("thi thể", not "thi"). Our own sentences."""
from __future__ import annotations

from extractors import figures, sentences, textnorm
from extractors.doc import Doc


def run(text: str) -> list:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text)))
    return figures.extract(doc).figures


def pairs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in run(text)]


def test_a_guessed_unit_runs_to_the_end_of_its_compound() -> None:
    assert pairs("Lực lượng cứu hộ đã đưa 2 thi thể lên bờ.") == [(2.0, "thi thể")]


def test_a_measure_outside_the_lexicon_is_a_whole_word() -> None:
    assert pairs("Chiếc tàu cá bị nạn cách đảo 40 hải lý.") == [(40.0, "hải lý")]


def test_a_two_word_guess_does_not_stop_inside_its_second_word() -> None:
    assert pairs("Đoàn có 1 nữ kiểm sát viên và 3 chuyên gia.") == [
        (1.0, "nữ kiểm sát viên"), (3.0, "chuyên gia")]


def test_a_one_syllable_lexicon_noun_opening_a_compound_takes_the_compound() -> None:
    assert pairs("Chiếc ô tô tông vào 5 xe máy đang dừng đèn đỏ.") == [(5.0, "xe máy")]


def test_a_lexicon_noun_that_is_already_a_word_is_kept() -> None:
    assert pairs("Trạm y tế khám cho 120 người dân tộc thiểu số.") == [(120.0, "người dân")]


def test_the_span_covers_the_whole_unit() -> None:
    text = "Nhóm tìm kiếm phát hiện 3 thi thể trong hang."
    (fig,) = run(text)
    assert text[fig.start:fig.end] == "3 thi thể"


def test_a_capitalised_next_word_is_not_joined() -> None:
    assert [u for _, u in pairs("Bệnh viện nhận 3 xe Hoa Mai mới.")] == ["xe"]


def test_every_listed_compound_has_two_or_more_lower_case_syllables() -> None:
    for compound in figures._COMPOUNDS:
        assert len(compound.split()) >= 2 and compound == compound.lower()


def test_one_quantity_written_twice_keeps_one_unit() -> None:
    units = {u for _, u in pairs("Cả 12 quận, huyện đều có ca mắc. Tại 12 quận huyện này đã có đội phản ứng nhanh.")}
    assert len(units) == 1
