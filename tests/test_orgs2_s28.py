"""Table tests (session 28, second organisations helper): military and coast-guard bodies
written without a head noun the walker knows are organisations, named as written: a service
("Quân chủng Hải quân", "Quân chủng PK-KQ" written out), a naval region ("Vùng 3 Hải quân"),
a numbered flotilla or squadron ("Hải đội 204", "Hải đoàn 35"), a fleet by its number or
capitalised name but never by a country alone ("Hạm đội Nhật" is no name), a coast-guard
region's command with a lower-case "vùng", and a country's navy when "Hải quân" is
capitalised or a commander's title comes right before it ("tàu hải quân Úc" describes a
ship). An official titled by such a body takes it as his organisation."""
from __future__ import annotations

import pytest
from test_orgs_s20 import P, names

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

CASES = [
    ("Đoàn công tác của Quân chủng Hải quân đã thăm hỏi ngư dân.", {"Quân chủng Hải quân"}),
    ("Bệnh viện nhận 500 suất quà từ Quân chủng PK-KQ.", {"Quân chủng Phòng không - Không quân"}),
    ("Tàu HQ 561 của Vùng 3 Hải quân đã đưa bệnh nhân vào bờ.", {"Vùng 3 Hải quân"}),
    ("Tàu CSB 6009 thuộc Hải đội 204, Hải đoàn 35 chở kíp bác sĩ ra đảo.", {"Hải đội 204", "Hải đoàn 35"}),
    ("Phát ngôn viên Hạm đội 6 cho biết con tàu đã rời cảng.", {"Hạm đội 6"}),
    ("Tư lệnh Hạm đội Biển Bắc Nga đã tới thăm cảng.", {"Hạm đội Biển Bắc"}),
    ("Sở Y tế Quảng Ngãi phối hợp với Bộ Tư lệnh vùng Cảnh sát biển 2 khám bệnh cho ngư dân.",
     {"Sở Y tế Quảng Ngãi", "Bộ Tư lệnh Vùng Cảnh sát biển 2"}),
    ("Hải quân Malaysia đã cứu 12 thuyền viên.", {"Hải quân Malaysia"}),
    ("Ông Ahmad, tham mưu trưởng hải quân Indonesia, cho biết.", {"Hải quân Indonesia"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_military_bodies_s28(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize("text", [
    "Hạm đội Nhật chia thành ba mũi tiến về phía nam.",     # a country's fleet, no name
    "Một tàu hải quân Úc đã cập cảng Cam Ranh.",            # a description, not an actor
    "Hải đội tàu cá của xã đã ra khơi.",                    # no number: not a unit
])
def test_military_lookalikes_are_not_read_s28(text: str) -> None:
    assert not {n for n in names(text) if n.startswith(("Hạm đội", "Hải quân", "Hải đội"))}


def test_official_takes_the_service_s28() -> None:
    doc = run(Doc(text="Chuẩn Đô đốc Trần Văn Lâm, Phó Tư lệnh Quân chủng Hải quân, cho biết.", published=P),
              EXTRACTION)
    assert [(o.name, o.organization) for o in doc.officials] == [("Trần Văn Lâm", "Quân chủng Hải quân")]
