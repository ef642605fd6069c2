"""Cooperation families added in session 29, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, _ in links(text)}


def names(text: str) -> set[str]:
    return {n for a, b, _ in links(text) for n in (a, b)}


# --- an end is named as the organisation row names it when the longer form only adds "thành phố"
def test_an_end_takes_the_organisation_s_name_not_a_form_with_an_added_level_word() -> None:
    from types import SimpleNamespace
    from extractors.coop_ends import endpoint_name
    centre = SimpleNamespace(name="Trung tâm Y tế Dự phòng Cần Thơ", province="Cần Thơ",
                             full="Trung tâm Y tế Dự phòng thành phố Cần Thơ")
    assert endpoint_name(centre) == ("Trung tâm Y tế Dự phòng Cần Thơ", False)
    army = SimpleNamespace(name="Bệnh viện 108", province=None, full="Bệnh viện Trung ương Quân đội 108")
    assert endpoint_name(army) == ("Bệnh viện Trung ương Quân đội 108", False)   # a longer name stays


# --- a joint team named with its province, its members with their parents in asides
def test_a_provincial_team_s_members_with_their_parents_in_asides_work_together() -> None:
    got = pairs("Sáng 3/4, đoàn liên ngành của tỉnh Hà Tĩnh gồm Chi cục Thú y (Sở Nông nghiệp), Chi cục An toàn "
                "vệ sinh thực phẩm (Sở Y tế) và Công an huyện Kỳ Anh đã kiểm tra lò mổ gia súc.")
    assert frozenset(("Chi cục Thú y Hà Tĩnh", "Chi cục An toàn vệ sinh thực phẩm Hà Tĩnh")) in got
    # the parent in an aside is no member of the team
    assert not any("Sở Nông nghiệp" in n for p in got for n in p)


def test_two_sub_departments_of_one_province_are_peers_not_administration() -> None:
    got = pairs("Chi cục Dân số - Kế hoạch hóa gia đình Nghệ An phối hợp với Chi cục Bảo vệ thực vật Nghệ An "
                "tuyên truyền cho nông dân.")
    assert frozenset(("Chi cục Dân số - Kế hoạch hóa gia đình Nghệ An", "Chi cục Bảo vệ thực vật Nghệ An")) in got


# --- a place after "tại" or "đến" is where something happens, not a party
def test_a_place_after_tai_is_a_location_not_a_party() -> None:
    got = pairs("Trường Cao đẳng Y tế Bắc Ninh tổ chức đào tạo liên thông tại Hải Dương khi chưa được cấp phép.")
    assert not any("Hải Dương" in p for p in got)
    got = pairs("Bộ Ngoại giao đã có buổi làm việc với Đại sứ Hàn Quốc tại Hà Nội về vụ tai nạn.")
    assert not any("Hà Nội" in p for p in got)


def test_a_province_after_cho_stays_a_party() -> None:
    got = pairs("Bệnh viện Chợ Rẫy hỗ trợ cho tỉnh Bạc Liêu 5 máy thở.")
    assert frozenset(("Bệnh viện Chợ Rẫy", "Bạc Liêu")) in got


# --- the owner of a decision, finding or paper ("kết luận của Bộ Y tế") is no party of the sentence's link
def test_the_owner_of_a_finding_is_not_a_donor() -> None:
    got = pairs("Tổ chức Y tế Thế giới ủng hộ kết luận của Bộ Y tế về nguyên nhân ca tử vong.")
    assert frozenset(("Tổ chức Y tế Thế giới", "Bộ Y tế")) not in got


def test_the_owner_of_a_policy_is_not_a_party_of_a_gift_against_it() -> None:
    got = pairs("Bệnh viện Ung bướu Nghệ An chuyển trả tiền tài trợ cho nhà hảo tâm là trái với chủ trương của "
                "Sở Y tế Nghệ An.")
    assert frozenset(("Bệnh viện Ung bướu Nghệ An", "Sở Y tế Nghệ An")) not in got


def test_support_of_a_body_is_still_read() -> None:
    got = pairs("Bệnh viện Đa khoa tỉnh Lạng Sơn đã mổ thành công ca bệnh nhờ sự hỗ trợ của Bệnh viện Bạch Mai.")
    assert frozenset(("Bệnh viện Đa khoa tỉnh Lạng Sơn", "Bệnh viện Bạch Mai")) in got


# --- "đào tạo" after a noun it modifies ("chương trình đào tạo", "chỉ tiêu đào tạo") trains no one
def test_a_training_programme_or_quota_is_no_training_link() -> None:
    got = pairs("Trường Đại học Y Dược Huế được Bộ Giáo dục và Đào tạo giao thêm 40 chỉ tiêu đào tạo bác sĩ.")
    assert not got
    got = pairs("Đại học Harvard - trường có chương trình đào tạo y khoa lâu đời nhất, và Đại học Yale đều "
                "đứng đầu bảng xếp hạng.")
    assert not got


def test_training_given_to_a_body_is_still_read() -> None:
    got = pairs("Bệnh viện Chợ Rẫy đào tạo cho Bệnh viện Đa khoa tỉnh Sóc Trăng kỹ thuật lọc máu liên tục.")
    assert frozenset(("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Sóc Trăng")) in got
