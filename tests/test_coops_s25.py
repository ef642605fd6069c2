"""Cooperation families added in session 25, each with sentences written for the test."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.contract import to_contract
from pipeline.extract import extract as extract_article
from pipeline.records import Article
from pipeline.stages import EXTRACTION

P = "2024-05-20"


def links(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    return {(c.source, c.target, c.kind) for c in doc.cooperations}


def pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(text)}


def contract_pairs(text: str) -> set[tuple[str, str]]:
    """The links a user of the contract sees: one per pair, one level per province."""
    article = Article(source="test", title="", text=text, path="/tmp/test.txt", published=P)
    return {(c["from"], c["to"]) for c in to_contract(extract_article(article))["cooperations"]}


# --- a gift to one unit stays beside the province link that stands for the rest
NTU = "Bệnh viện Nhi Trung ương"


def test_a_gift_to_a_provincial_hospital_stays_beside_the_province_link() -> None:
    text = ("Bệnh viện Nhi Trung ương hỗ trợ tỉnh Yên Bái phát triển chuyên khoa nhi.\n"
            "Năm nay Bệnh viện Nhi Trung ương tiếp tục hỗ trợ tỉnh Yên Bái đào tạo bác sĩ hồi sức.\n"
            "Nhân dịp này, Bệnh viện Nhi Trung ương trao tặng Bệnh viện Sản Nhi Yên Bái 3 máy thở.")
    got = contract_pairs(text)
    assert (NTU, "Yên Bái") in got
    assert (NTU, "Bệnh viện Sản Nhi Yên Bái") in got


def test_help_to_a_provincial_hospital_is_still_stood_for_by_the_province_link() -> None:
    text = ("Bệnh viện Nhi Trung ương hỗ trợ tỉnh Yên Bái phát triển chuyên khoa nhi.\n"
            "Năm nay Bệnh viện Nhi Trung ương tiếp tục hỗ trợ tỉnh Yên Bái đào tạo bác sĩ hồi sức.\n"
            "Bệnh viện Nhi Trung ương sẽ hỗ trợ Bệnh viện Sản Nhi Yên Bái về chuyên môn.")
    assert contract_pairs(text) == {(NTU, "Yên Bái")}


# --- a place travelled to "để" meet a body is where they meet, not a party
def test_a_team_going_to_a_city_to_work_with_a_body_meets_the_body() -> None:
    assert pairs("Trước đó, đoàn công tác của Viện Pasteur Nha Trang đã đến TP. Đà Nẵng để phối hợp với "
                 "Trung tâm Kiểm soát bệnh tật Đà Nẵng lấy mẫu xét nghiệm.") == {
        ("Viện Pasteur Nha Trang", "Trung tâm Kiểm soát bệnh tật Đà Nẵng")}


def test_staff_sent_to_the_capital_to_work_with_the_ministry_link_no_city() -> None:
    assert pairs("Đoàn công tác của Sở Y tế Lào Cai đã đến Hà Nội để làm việc với Bộ Y tế "
                 "về dự án bệnh viện.") == {("Sở Y tế Lào Cai", "Bộ Y tế")}


def test_a_team_visiting_a_province_with_no_body_named_still_visits_the_province() -> None:
    got = links("Đoàn công tác của Bệnh viện Bạch Mai đã đến tỉnh Sơn La và làm việc với lãnh đạo tỉnh.")
    assert ("Bệnh viện Bạch Mai", "Sơn La", "exchange") in got
