"""Table tests for organisation names of session 39 (helper orgs), run through the real
EXTRACTION chain with our own sentences: a province's or district's Party committee written in
lower case before its place ("bí thư tỉnh ủy Hà Tĩnh") is that committee, and so is the body a
committee holds ("Ủy ban kiểm tra huyện ủy Kỳ Sơn", "Ban Tuyên giáo tỉnh ủy Hà Tĩnh"); "xã hội"
(society) inside a name is no commune ("Trung tâm Bảo trợ xã hội Quảng Bình"); the Front's central
committee is written out; a Title Case company's "Dịch Vụ" is one word; "khu vực 2" closes a
customs office's name."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "lower_case_party_committee": [
        ("Tin y tế. Ông Trần Văn Bình, bí thư tỉnh ủy Hà Tĩnh, thăm các y bác sĩ trực Tết.",
         {"Tỉnh ủy Hà Tĩnh"}),
        ("Tin y tế. Theo huyện ủy Kỳ Sơn, trạm y tế xã sẽ được xây mới trong năm nay.",
         {"Huyện ủy Kỳ Sơn"}),
        ("Tin y tế. Ủy ban kiểm tra huyện ủy Kỳ Sơn đã vào cuộc xác minh đơn tố cáo.",
         {"Ủy ban Kiểm tra Huyện ủy Kỳ Sơn"}),
        ("Tin y tế. Ủy ban kiểm tra huyện Ủy huyện Kỳ Sơn đã vào cuộc xác minh.",
         {"Ủy ban Kiểm tra Huyện ủy huyện Kỳ Sơn"}),
        ("Tin y tế. Ban Tuyên giáo tỉnh ủy Hà Tĩnh phát động phong trào hiến máu.",
         {"Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"}),
    ],
    "lower_case_party_word_names_nothing": [
        # no place after it: which committee is not said
        ("Tin y tế. Các đồng chí trong ban thường vụ tỉnh ủy đã họp bàn về dịch sốt xuất huyết.", set()),
        ("Tin y tế. Ông A được điều động về công tác tại huyện ủy từ tháng 5.", set()),
        ("Tin y tế. Sau khi tỉnh ủy đã họp, các bệnh viện được giao thêm chỉ tiêu.", set()),
    ],
    # "xã hội" (society) is no commune: the name reads on to its place
    "xa_hoi_is_no_commune": [
        ("Tin y tế. Ngân hàng Chính sách xã hội tỉnh Sơn La cho hộ nghèo vay tiền mua thẻ bảo hiểm y tế.",
         {"Ngân hàng Chính sách xã hội tỉnh Sơn La"}),
        ("Tin y tế. Các cụ già neo đơn được Trung tâm Bảo trợ xã hội Quảng Bình đón về chăm sóc.",
         {"Trung tâm Bảo trợ xã hội Quảng Bình"}),
        ("Tin y tế. Bà Lê Thị Hoa, Phó Chủ tịch Hội Tâm lý học xã hội Việt Nam, nói về trầm cảm.",
         {"Hội Tâm lý học xã hội Việt Nam"}),
        # a lower-case word after "xã hội": the name goes on in a form not read, so none is taken
        ("Tin y tế. Trung tâm Công tác xã hội thanh niên thành phố tặng quà cho bệnh nhi.", set()),
        # a lower-case accented word is no capital ("ở", "đã"): still refused
        ("Tin y tế. Trung tâm Bảo trợ xã hội ở Hà Tĩnh tiếp nhận 5 trẻ em.", set()),
        ("Tin y tế. Trung tâm Công tác xã hội đã tiếp nhận 5 trẻ em.", set()),
    ],
    # the Front's central committee without its country is the one national committee
    "central_front_committee_written_out": [
        ("Tin y tế. Ông Trần Văn Nam, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc, thăm bệnh nhân nghèo.",
         {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}),
        ("Tin y tế. Ủy ban Trung ương MTTQ trao 300 suất quà cho bệnh nhi.",
         {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}),
    ],
    # a company's Title Case name: "Dịch Vụ" is one word, not a "Vụ" (department) after a cut name
    "title_case_company_compound": [
        ("Tin y tế. Công Ty TNHH Thương Mại Dịch Vụ Minh Châu tặng 200 máy đo huyết áp cho trạm y tế.",
         {"Công ty TNHH Thương Mại Dịch Vụ Minh Châu"}),
        # a body after a company's name still opens its own name
        ("Tin y tế. Công ty Minh Châu Bệnh viện Bạch Mai phối hợp khám bệnh.",
         {"Công ty Minh Châu", "Bệnh viện Bạch Mai"}),
    ],
    # an area's number closes a customs office's placed name: another office of the same port
    "area_number_closes_a_sub_department": [
        ("Tin y tế. Chi cục Hải quan cửa khẩu cảng Đà Nẵng khu vực 2 phát hiện lô thuốc giả nhập lậu.",
         {"Chi cục Hải quan cửa khẩu cảng Đà Nẵng khu vực 2"}),
        ("Tin y tế. Chi cục Hải quan cảng Hải Phòng khu vực III tạm giữ 2 tấn thực phẩm chức năng.",
         {"Chi cục Hải quan cảng Hải Phòng khu vực III"}),
        # a measure, not an area's number; and no other head takes it
        ("Tin y tế. Chi cục Hải quan cảng Hải Phòng khu vực 1.200 m2 bị ngập.", {"Chi cục Hải quan cảng Hải Phòng"}),
        ("Tin y tế. Trung tâm Y tế huyện Ba Vì khu vực 2 có thêm 40 giường.", {"Trung tâm Y tế huyện Ba Vì"}),
    ],
}
CASES = [(family, text, want) for family, rows in FAMILIES.items() for text, want in rows]


@pytest.mark.parametrize("family,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_names(family: str, text: str, want: set[str]) -> None:
    assert names(text) == want
