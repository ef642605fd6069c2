"""Cooperation families added in session 24, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view


def test_a_joint_inspection_team_links_its_first_member_with_each_other_member() -> None:
    found = links("Sáng 12/3, đoàn kiểm tra liên ngành gồm Sở Y tế, Sở Công Thương và Công an tỉnh Quảng Trị "
                  "đã kiểm tra một cơ sở sản xuất nước đá.")
    assert ("Sở Y tế Quảng Trị", "Sở Công Thương Quảng Trị", "other") in found
    assert ("Sở Y tế Quảng Trị", "Công an tỉnh Quảng Trị", "other") in found   # the police are one of the team


def test_a_working_team_of_ministries_links_the_first_with_the_others() -> None:
    found = links("Đoàn công tác gồm đại diện Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội "
                  "đã làm việc tại Hà Giang trong hai ngày.")
    assert {(a, b) for a, b, _ in found} >= {("Bộ Y tế", "Bộ Tài chính"),
                                             ("Bộ Y tế", "Bộ Lao động - Thương binh và Xã hội")}


def test_the_body_a_team_inspects_is_no_member() -> None:
    found = links("Đoàn thanh tra gồm Sở Y tế Bình Phước và Bảo hiểm xã hội tỉnh Bình Phước "
                  "đã kiểm tra Bệnh viện Đa khoa tỉnh Bình Phước.")
    assert found == {("Sở Y tế Bình Phước", "Bảo hiểm xã hội tỉnh Bình Phước", "other")}


def test_a_team_counted_in_people_has_no_member_bodies() -> None:
    found = links("Đoàn kiểm tra gồm 7 thành viên do ông Trần Văn Bình, Phó Chánh thanh tra Bộ Y tế làm trưởng đoàn, "
                  "đã làm việc với Sở Y tế Long An.")
    assert not any(kind == "other" for _, _, kind in found)


def test_expertise_with_no_receiver_goes_to_the_subject_only_from_the_providers_own_verb() -> None:
    lead = ("Bệnh viện Đa khoa Phố Nối khánh thành khu điều trị mới.\n"
            "Bệnh viện Đa khoa Phố Nối có 300 giường bệnh.\n"
            "Năm tới, Bệnh viện Đa khoa Phố Nối mở thêm khoa ngoại.\n")
    assert links(lead + "Bệnh viện Bạch Mai sẽ tiếp tục tập huấn về hồi sức.") == {
        ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa Phố Nối", "training")}
    # the provider is the object of another's verb, or denies the training: no link to the subject
    assert links(lead + "Sở Y tế Hưng Yên đề nghị liên hệ với Bệnh viện Bạch Mai để tổ chức tập huấn, "
                        "đào tạo lại cho nhân viên.") == set()
    assert links(lead + "Bệnh viện Bạch Mai không đào tạo chuyên khoa thận.") == set()
