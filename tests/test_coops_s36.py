"""Cooperation families changed in session 36, each with sentences written for the test."""
from __future__ import annotations

from test_coops_s22 import links   # the same chain and the same (source, target, kind) view
from test_coops_s26 import pairs   # the same chain, as (source, target) pairs


def names(text: str) -> set[str]:
    return {n for a, b, _ in links(text) for n in (a, b)}


# --- a negated cue states work that was not done
def test_a_ministry_that_did_not_cooperate_is_no_link() -> None:
    got = pairs("Đại biểu hỏi vì sao Bộ Giao thông vận tải không phối hợp với Bộ Tài chính để xử lý dự án.")
    assert not got


def test_a_body_not_yet_supported_by_another_is_no_link() -> None:
    got = pairs("Đến nay Trung tâm Y tế huyện Mường Tè vẫn chưa được Sở Y tế Lai Châu hỗ trợ kinh phí.")
    assert ("Sở Y tế Lai Châu", "Trung tâm Y tế huyện Mường Tè") not in got
    got = pairs("Bệnh viện Đa khoa tỉnh Lai Châu chưa từng hợp tác với Bệnh viện Việt Đức.")
    assert not got


def test_not_only_and_ceaselessly_are_no_negation() -> None:
    got = pairs("Bệnh viện Bạch Mai không chỉ hỗ trợ Bệnh viện Đa khoa tỉnh Hòa Bình về chuyên môn mà còn tặng "
                "thiết bị.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hòa Bình") in got
    got = pairs("Bệnh viện Chợ Rẫy không ngừng hỗ trợ Bệnh viện Đa khoa tỉnh Kiên Giang.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kiên Giang") in got


# --- a partner the organisations step did not read ends before the verb of the joint work
def test_a_partner_name_stops_before_the_verb_that_follows_it() -> None:
    got = names("Thanh tra Sở Y tế Cần Thơ đã phối hợp với Công an thành phố và báo Nhân Dân thu thập thêm "
                "chứng cứ.")
    assert not any("thu thập" in n for n in got)
    got = names("Bệnh viện đã phối hợp với Trung tâm Y tế dự phòng và bệnh viện Bệnh nhiệt đới xử lý ổ dịch.")
    assert not any(n.endswith(" xử") for n in got)


# --- a body that concludes or opines about another's act is no party of that act
def test_a_department_concluding_on_a_hospitals_contract_is_no_party_of_it() -> None:
    got = pairs("Năm 2015, Sở Y tế tỉnh Thái Bình có kết luận cho rằng Giám đốc Bệnh viện - ông Lê Văn Hòa đã sai "
                "khi ký hợp đồng mua 5 máy thở của Công ty Cổ phần Thiết bị Y tế Hoàng Long.")
    assert not any("Sở Y tế" in a or "Sở Y tế" in b for a, b in got)


def test_an_opinion_on_anothers_donation_makes_the_speaker_no_receiver() -> None:
    got = pairs("Sở Y tế Cần Thơ cho rằng số thuốc đề nghị hiến tặng của Bệnh viện Nhi đồng Cần Thơ chưa sát thực tế.")
    assert not any("Sở Y tế" in a or "Sở Y tế" in b for a, b in got)


def test_a_body_telling_of_its_own_work_still_links() -> None:
    got = pairs("Sở Y tế Cần Thơ cho biết đã phối hợp với Công an thành phố Cần Thơ kiểm tra cơ sở này.")
    assert ("Sở Y tế Cần Thơ", "Công an thành phố Cần Thơ") in got


# --- the travellers a visit to a host needs are people: an election ("bầu cử") or a union's name ("Công đoàn")
# sends no one, so they change nothing
def test_an_election_or_a_unions_name_is_no_travelling_people() -> None:
    plain = links("Hội Chữ thập đỏ tỉnh Nghệ An đã về Bệnh viện Đa khoa huyện Quỳnh Lưu để hỗ trợ kinh phí.")
    elected = links("Sau bầu cử, Hội Chữ thập đỏ tỉnh Nghệ An đã về Bệnh viện Đa khoa huyện Quỳnh Lưu để hỗ trợ "
                    "kinh phí.")
    assert elected == plain
    union = links("Công đoàn Y tế Việt Nam đã về Bệnh viện Đa khoa huyện Quỳnh Lưu để hỗ trợ kinh phí.")
    society = links("Hội Thầy thuốc trẻ Việt Nam đã về Bệnh viện Đa khoa huyện Quỳnh Lưu để hỗ trợ kinh phí.")
    assert len(union) == len(society)
    sent = links("Bệnh viện Bạch Mai đã cử bác sĩ về tận Bệnh viện Đa khoa huyện Quỳnh Lưu để hỗ trợ chuyên môn.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa huyện Quỳnh Lưu", "support") in sent


# --- "về/vào làm việc tại B" after a person is a job at B; after the visiting body it is a visit
def test_a_person_recruited_or_transferred_to_work_at_a_hospital_is_no_session() -> None:
    got = pairs("Năm 2015, Sở Y tế tỉnh Long An ký quyết định tuyển dụng ông Trần Văn Bình (SN 1990) về làm việc tại "
                "Bệnh viện Đa khoa huyện Cần Đước.")
    assert not got
    got = pairs("Ông Lê Văn Nam, Phó Giám đốc Bệnh viện Đa khoa tỉnh Long An, được điều động về làm việc tại "
                "Sở Y tế Long An.")
    assert not got


def test_a_body_going_in_to_work_at_another_is_still_a_visit() -> None:
    got = pairs("Chiều 4/9, Ủy ban Kiểm tra Trung ương đã vào làm việc tại Sở Y tế Khánh Hòa.")
    assert ("Ủy ban Kiểm tra Trung ương", "Sở Y tế Khánh Hòa") in got
    got = pairs("Đoàn công tác của Bộ Y tế đã về làm việc tại Bệnh viện Đa khoa tỉnh Long An.")
    assert ("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Long An") in got


# --- review items (session 36): each sentence from the review, failing before its fix
def test_hang_khong_inside_a_name_is_no_negation() -> None:
    got = pairs("Viện Y học Hàng không phối hợp với Bệnh viện Bạch Mai khám sức khỏe cho phi công.")
    assert ("Viện Y học Hàng không", "Bệnh viện Bạch Mai") in got


def test_a_body_concluding_its_own_session_or_opining_on_its_own_help_still_links() -> None:
    got = pairs("Bộ Y tế kết luận buổi làm việc với UBND tỉnh Nghệ An về công tác phòng dịch.")
    assert any("Bộ Y tế" in a + b for a, b in got) and any("Nghệ An" in a + b for a, b in got)
    got = pairs("Bệnh viện Chợ Rẫy cho rằng cần tiếp tục hỗ trợ Bệnh viện Đa khoa tỉnh An Giang về chuyên môn.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh An Giang") in got


def test_a_union_that_itself_goes_to_a_hospital_to_help_is_its_provider() -> None:
    got = pairs("Công đoàn Y tế Việt Nam đến Bệnh viện Đa khoa tỉnh Sơn La để hỗ trợ nhân viên y tế.")
    assert ("Công đoàn Y tế Việt Nam", "Bệnh viện Đa khoa tỉnh Sơn La") in got


def test_a_transfer_of_a_person_named_doan_or_by_a_union_is_a_job() -> None:
    got = pairs("UBND tỉnh Nghệ An đã điều động ông Đoàn Văn Hải về làm việc tại Sở Y tế Hà Tĩnh.")
    assert not got
    got = pairs("Công đoàn ngành Y tế Nghệ An đã điều động ông Nguyễn Văn Hải về làm việc tại Sở Y tế Hà Tĩnh.")
    assert not got


def test_people_taken_on_to_work_at_a_hospital_are_no_session() -> None:
    got = pairs("Sở Y tế Thái Bình kết luận sai phạm trong việc ông Dũng ký hợp đồng đưa người vào làm việc xảy ra "
                "tại Bệnh viện Đa khoa tỉnh Thái Bình.")
    assert not got


# --- "… của A" with no receiver before it takes a receiver from its own clause, not from the next item of a list
def test_a_giver_in_one_listed_item_gives_nothing_to_the_next_item() -> None:
    got = pairs("Ba giải Ba: - Phòng khám đa khoa vệ tinh tại trạm y tế của Bệnh viện quận 8. - Phần mềm quản lý "
                "kháng sinh của Bệnh viện Nhân dân 115.")
    assert not got


def test_help_of_a_giver_still_reaches_the_receiver_of_its_clause() -> None:
    got = pairs("Nhờ sự giúp đỡ của Bệnh viện Chợ Rẫy, Bệnh viện Đa khoa tỉnh Bạc Liêu đã làm chủ kỹ thuật mổ tim.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Bạc Liêu") in got
