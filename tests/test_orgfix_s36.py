"""Review-2 follow-ups (session 36) for organisations and officials, on our own sentences: a
department named in lower case after its head's title ends before a two-word predicate ("Cục
phát triển đô thị | nhấn mạnh"); two institutes of one network name ("Viện Pasteur" and "Viện
Pasteur Nha Trang") stay two; a mined name is no name where a comma list that "và … <Name>" closes
goes on; the police a bare "CA" post names is an organisation too."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names


@pytest.mark.parametrize("text, bad", [
    ("Cục trưởng Cục phát triển đô thị nhấn mạnh.", "nhấn"),
    ("Cục trưởng Cục phát triển đô thị khẳng định, quy hoạch phải làm trước.", "khẳng"),
    ("Cục trưởng Cục đường sắt nhận định.", "nhận"),
    ("Vụ trưởng Vụ tổng hợp nhấn mạnh rằng cần làm ngay.", "nhấn"),
    ("Cục trưởng Cục hàng hải thừa nhận sai sót.", "thừa"),
])
def test_titled_department_ends_before_a_two_word_predicate(text, bad):
    assert not any(bad in n for n in names(text)), names(text)


def test_titled_department_still_read():
    assert "Vụ trang thiết bị và công trình y tế" in names(
        "Vụ trưởng Vụ trang thiết bị và công trình y tế (Bộ Y tế) cho biết như vậy.")


def test_mined_name_not_cut_at_a_comma_list():
    got = names("Trung tâm Xúc tiến đầu tư, thương mại và du lịch TP.HCM tổ chức hội nghị.")
    assert "Trung tâm Xúc tiến đầu tư" not in got, got


def test_mined_name_before_a_comma_still_read():
    assert "Cục Chống tham nhũng" in names("Cục Chống tham nhũng, Thanh tra Chính phủ đã làm việc với tỉnh.")


def test_network_institutes_stay_two():
    got = names("Các mẫu bệnh phẩm được gửi về Viện Pasteur để xét nghiệm. Trước đó, "
                "Viện Vệ sinh dịch tễ Tây Nguyên và Viện Pasteur Nha Trang đã cử cán bộ xuống địa phương.")
    assert {"Viện Pasteur", "Viện Pasteur Nha Trang"} <= got, got


def test_story_short_name_still_joins():
    got = names("Bệnh viện Thể thao Việt Nam vừa khai trương khoa mới. Theo BV Thể thao, mỗi ngày có 100 lượt khám.")
    assert "Bệnh viện Thể thao Việt Nam" in got and "Bệnh viện Thể thao" not in got, got


@pytest.mark.parametrize("text, body", [
    ("Trưởng CA huyện Thanh Sơn Nguyễn Văn Hùng cho biết.", "Công an huyện Thanh Sơn"),
    ("Phó trưởng CA xã Ninh Sở Lê Văn Minh cho biết.", "Công an xã Ninh Sở"),
    ("Hai người bị CA quận Hoàn Kiếm bắt giữ.", "Công an quận Hoàn Kiếm"),
])
def test_bare_ca_police_is_an_organisation(text, body):
    assert body in names(text), names(text)


def test_bare_ca_chief_post():
    from test_press_officials import roles
    assert ("Nguyễn Văn Hùng", "Trưởng Công an", "Công an huyện Thanh Sơn") in roles(
        "Trưởng CA huyện Thanh Sơn Nguyễn Văn Hùng cho biết.")


def test_tumour_marker_ca_is_no_police():
    assert names("Chỉ số CA 19-9 và CA 125 của bệnh nhân tăng cao.") == set()
