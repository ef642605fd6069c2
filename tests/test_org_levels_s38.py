"""Place words that bent an organisation's name (session 38, helper orgs2), run through the real
EXTRACTION chain with our own sentences.

The VietNews corpus writes "TX." (thị xã) as "T X." ("Công an T X.Bến Cát"): it is the town's
level word, not two capitals of a name. A bare "Công an tỉnh" in a story whose province is a city
(Đà Nẵng, Hà Nội) cannot be that city's police: it is the province just named, or unread. A
district hospital written whole earlier ("Bệnh viện Đa khoa huyện Kim Thành") is that hospital
when a title comes before its short form, not a director called "Kim Thành"."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

from extractors import run
from extractors.doc import Doc
from extractors.gazetteer import old_city_provinces
from pipeline.stages import EXTRACTION


@pytest.mark.parametrize("text, expected", [
    ("Công an T X.Bến Cát đã tạm giữ hai đối tượng để điều tra.", "Công an thị xã Bến Cát"),
    ("Trung tâm Y tế T X.Cửa Lò đã cử cán bộ xuống địa bàn.", "Trung tâm Y tế thị xã Cửa Lò"),
    ("Lãnh đạo UBND T X.Hồng Lĩnh đến thăm các gia đình.", "Ủy ban nhân dân thị xã Hồng Lĩnh"),
])
def test_split_town_abbreviation_is_the_town_level(text: str, expected: str) -> None:
    found = names(text)
    assert expected in found
    assert not any("T X" in n for n in found)


CITY_STORY = ("Bệnh viện Đa khoa Đà Nẵng đang điều trị cho nạn nhân. Các bác sĩ ở Đà Nẵng cho biết "
              "bệnh nhân đã qua cơn nguy kịch. Sở Y tế Đà Nẵng theo dõi sát ca bệnh. ")


def test_bare_province_police_in_a_city_story_is_the_province_just_named() -> None:
    found = names(CITY_STORY + "Trưởng Công an huyện Bình Sơn (Quảng Ngãi) cho biết đơn vị đang phối hợp "
                               "với Công an tỉnh truy tìm nghi phạm.")
    assert "Công an tỉnh Quảng Ngãi" in found
    assert "Công an thành phố Đà Nẵng" not in found


def test_bare_province_police_in_a_city_story_without_a_province_is_unread() -> None:
    found = names(CITY_STORY + "Vụ việc đã được trình báo lên Công an tỉnh để điều tra.")
    assert "Công an thành phố Đà Nẵng" not in found


def test_bare_province_police_in_a_province_story_is_still_its_own() -> None:
    found = names("Bệnh viện Đa khoa tỉnh Quảng Ngãi tiếp nhận nạn nhân. Sở Y tế Quảng Ngãi cho biết "
                  "bệnh nhân ở Quảng Ngãi đã ổn định. Vụ việc đã được trình báo lên Công an tỉnh.")
    assert "Công an tỉnh Quảng Ngãi" in found


def test_huế_was_a_province_before_2025() -> None:
    assert "Huế" not in old_city_provinces() and "Đà Nẵng" in old_city_provinces()


def test_district_hospital_named_whole_earlier_is_not_its_directors_name() -> None:
    text = ("Bệnh viện Đa khoa huyện Kim Thành (Hải Dương) vừa tiếp nhận một bệnh nhân nặng. Bác sĩ Lê Văn "
            "Hùng, Phó giám đốc Bệnh viện Đa khoa Kim Thành cho biết bệnh nhân đã ổn định.")
    doc = run(Doc(text=text, published="2018-05-01"), EXTRACTION)
    written = {doc.text[o.start:o.end] for o in doc.organizations}
    assert "Bệnh viện Đa khoa Kim Thành" in written
    assert all(o.name == "Bệnh viện Đa khoa huyện Kim Thành" for o in doc.organizations)
    assert {o.organization for o in doc.officials} == {"Bệnh viện Đa khoa Kim Thành"}


def test_director_after_a_district_hospital_head_is_still_a_person() -> None:
    text = ("Bệnh viện Đa khoa huyện Kim Thành (Hải Dương) vừa tiếp nhận một bệnh nhân nặng. Giám đốc "
            "Bệnh viện Lê Văn Hùng cho biết bệnh nhân đã ổn định.")
    doc = run(Doc(text=text, published="2018-05-01"), EXTRACTION)
    assert "Lê Văn Hùng" in {o.name for o in doc.officials}
    assert not any("Hùng" in o.name for o in doc.organizations)


def test_city_written_with_a_lost_t_is_ho_chi_minh_city_not_a_ward() -> None:
    found = names("Sở GTVT P. HCM sẽ thu hồi phù hiệu của các xe vi phạm.")
    assert found == {"Sở Giao thông vận tải Thành phố Hồ Chí Minh"}


def test_lower_case_district_hospital_is_read_when_the_story_writes_it_out() -> None:
    text = ("Sản phụ được đưa vào Bệnh viện Đa khoa huyện Phú Lộc lúc 2 giờ sáng. Gia đình cho biết "
            "bệnh viện huyện Phú Lộc không báo cho họ biết tình trạng của cháu bé.")
    doc = run(Doc(text=text, published="2018-05-01"), EXTRACTION)
    written = [doc.text[o.start:o.end] for o in doc.organizations]
    assert "bệnh viện huyện Phú Lộc" in written
    assert {o.name for o in doc.organizations} == {"Bệnh viện Đa khoa huyện Phú Lộc"}


def test_lower_case_district_hospital_alone_stays_unread() -> None:
    assert names("Nạn nhân được người dân đưa vào bệnh viện huyện Phú Lộc cấp cứu.") == set()


def test_police_force_after_and_is_another_body() -> None:
    found = names("Công ty Xe khách Hà Nội phối hợp với Sở Y tế và Cảnh sát giao thông kiểm tra nồng độ "
                  "cồn của lái xe.")
    assert "Sở Y tế Hà Nội" in found
    assert not any("Cảnh sát" in n for n in found)
