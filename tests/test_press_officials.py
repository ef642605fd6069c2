"""Table tests for how real press writes officials (issue 9), run through the real
EXTRACTION chain, with our own sentences: titles that carry their portfolio,
heads of government with and without a country, foreign names, heads written in
lower case, lists of ministers where each title belongs to the next name, department
and centre heads, leaders named by their place alone, and envoys."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2018-06-15"


def roles(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    for o in doc.officials:
        assert doc.text[o.start:o.end] == o.surface, o
    return {(o.name, o.title, o.organization) for o in doc.officials}


CASES = [
    # --- the title carries its portfolio
    ("Bộ trưởng Y tế Trần Thị Hoa khẳng định sẽ xử lý nghiêm.",
     {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế")}),
    ("Thứ trưởng Y tế Phạm Văn Lộc kiểm tra công tác phòng dịch.",
     {("Phạm Văn Lộc", "Thứ trưởng", "Bộ Y tế")}),
    ("Ông Vũ Quang Huy, Cục trưởng Quản lý Dược, cho biết thuốc đã bị thu hồi.",
     {("Vũ Quang Huy", "Cục trưởng", "Cục Quản lý Dược")}),
    ("Ông Đinh Văn Tú, Phó cục trưởng Y tế dự phòng, cảnh báo dịch sởi.",
     {("Đinh Văn Tú", "Phó cục trưởng", "Cục Y tế dự phòng")}),
    # --- heads of government
    ("Thủ tướng Lê Minh Quang yêu cầu các bộ vào cuộc.",
     {("Lê Minh Quang", "Thủ tướng", "Chính phủ")}),
    ("Phó Thủ tướng Đào Văn Thịnh chủ trì cuộc họp.",
     {("Đào Văn Thịnh", "Phó Thủ tướng", "Chính phủ")}),
    ("Phó Thủ tướng Thường trực Chính phủ Đào Văn Thịnh chủ trì cuộc họp.",
     {("Đào Văn Thịnh", "Phó Thủ tướng Thường trực", "Chính phủ")}),
    ("Phó Thủ tướng thường trực Đào Văn Thịnh đến thăm bệnh viện.",
     {("Đào Văn Thịnh", "Phó Thủ tướng thường trực", "Chính phủ")}),
    ("Thủ tướng Australia Peter Dalton thăm bệnh viện dã chiến.",
     {("Peter Dalton", "Thủ tướng", "Chính phủ Australia")}),
    # a foreign head of government with no country named: whose is not said
    ("Thủ tướng Peter Dalton xác nhận thông tin.", set()),
    # --- foreign names after a title and its organisation
    ("Bộ trưởng Y tế Ai Cập Laila Mansour đã đến hiện trường.",
     {("Laila Mansour", "Bộ trưởng", "Bộ Y tế Ai Cập")}),
    ("Thứ trưởng bộ Y tế Oleg Markov bị bắt giữ.",
     {("Oleg Markov", "Thứ trưởng", "Bộ Y tế")}),
    # --- heads in lower case
    ("Ông Hồ Văn Thái, Giám đốc sở Y tế tỉnh Gia Lai cho biết.",
     {("Hồ Văn Thái", "Giám đốc", "Sở Y tế Gia Lai")}),
    # --- heads written in lower case and bare: the article's own body
    ("Bệnh viện Mắt Cần Thơ bị thanh tra. Sở Y tế kiểm điểm bà Lê Thị Thu, nguyên phó giám đốc bệnh viện.",
     {("Lê Thị Thu", "nguyên Phó giám đốc", "Bệnh viện Mắt Cần Thơ")}),
    ("Sở Y tế tỉnh Sóc Trăng vừa kiểm điểm nguyên giám đốc sở Trương Văn Lợi.",
     {("Trương Văn Lợi", "nguyên Giám đốc", "Sở Y tế Sóc Trăng")}),
    # --- abbreviated titles written out; "Phó" before any title; "kiêm" shares the body
    ("Ông Đào Văn Hải, Chủ tịch HĐQT Tập đoàn Sao Mai, phát biểu.",
     {("Đào Văn Hải", "Chủ tịch Hội đồng quản trị", "Tập đoàn Sao Mai")}),
    # an executive director (companies, UN agencies): "điều hành" belongs to the title
    ("Giám đốc điều hành UNICEF Henrietta Fore kêu gọi tiêm chủng cho trẻ em.",
     {("Henrietta Fore", "Giám đốc điều hành", "UNICEF")}),
    ("Ông Lê Minh Tâm, Giám đốc điều hành Công ty cổ phần Dược Sao Mai, cho biết.",
     {("Lê Minh Tâm", "Giám đốc điều hành", "Công ty cổ phần Dược Sao Mai")}),
    # the National Assembly's committees (2016-2025 names), with or without "của Quốc hội"
    ("Ông Vũ Hồng Thanh, Chủ nhiệm Ủy ban Kinh tế của Quốc hội, đề nghị làm rõ.",
     {("Vũ Hồng Thanh", "Chủ nhiệm", "Ủy ban Kinh tế của Quốc hội")}),
    ("Phó Chủ nhiệm Ủy ban Tài chính - Ngân sách Nguyễn Đức Hải trình bày báo cáo.",
     {("Nguyễn Đức Hải", "Phó Chủ nhiệm", "Ủy ban Tài chính - Ngân sách")}),
    # a posting's place between the organisation and the name ("… tại Việt Nam NAME")
    ("Trưởng đại diện UNICEF tại Việt Nam Rana Flowers kêu gọi bảo vệ trẻ em.",
     {("Rana Flowers", "Trưởng đại diện", "UNICEF")}),
    ("Bà Mai Thị Lụa, PGĐ Sở Y tế Nghệ An, cho biết.", {("Mai Thị Lụa", "Phó Giám đốc", "Sở Y tế Nghệ An")}),
    ("Phó Tổng Thanh tra Chính phủ Hà Văn Khải yêu cầu báo cáo.",
     {("Hà Văn Khải", "Phó Tổng Thanh tra Chính phủ", "Thanh tra Chính phủ")}),
    ("Ông Lý Văn Cường, phó chủ tịch kiêm tổng giám đốc Tập đoàn Sao Mai, cho biết.",
     {("Lý Văn Cường", "Phó chủ tịch", "Tập đoàn Sao Mai"), ("Lý Văn Cường", "Tổng giám đốc", "Tập đoàn Sao Mai")}),
    # a university's post is not the hospital's the same person runs
    ("PGS.TS Đỗ Minh Tâm, Phó Hiệu trưởng, kiêm Giám đốc Bệnh viện Trường Đại học Y Dược Cần Thơ phát biểu.",
     {("Đỗ Minh Tâm", "Giám đốc", "Bệnh viện Trường Đại học Y Dược Cần Thơ")}),
    # --- departments: specialties and units named up to their body
    ("TS Bùi Văn Nam, Trưởng khoa chấn thương chỉnh hình, Bệnh viện Bạch Mai, cho biết.",
     {("Bùi Văn Nam", "Trưởng khoa chấn thương chỉnh hình", "Bệnh viện Bạch Mai")}),
    ("Ông Hồ Văn Lệ, Trưởng phòng quản lý đất đai (Sở Tài nguyên và Môi trường Hà Tĩnh) cho biết.",
     {("Hồ Văn Lệ", "Trưởng phòng Quản lý đất đai", "Sở Tài nguyên và Môi trường Hà Tĩnh")}),
    # --- surnames grown from the corpus; "Bé" is a given name
    ("BS.CKII Phù Văn Hòa - Giám đốc Bệnh viện Chợ Rẫy - thông báo.",
     {("Phù Văn Hòa", "Giám đốc", "Bệnh viện Chợ Rẫy")}),
    ("Bác sĩ Đặng Bé Tư, Giám đốc Bệnh viện Sản - Nhi Cà Mau, cho biết.",
     {("Đặng Bé Tư", "Giám đốc", "Bệnh viện Sản - Nhi Cà Mau")}),
    ("Ông Lê Văn Sáu, Trưởng ban Tổ chức Tỉnh ủy Bạc Liêu, cho biết.",
     {("Lê Văn Sáu", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Bạc Liêu")}),
    # --- a title on each side of the name: both are the person's
    ("Phó Thủ tướng Lê Văn Thành, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Hà Nam, phát biểu.",
     {("Lê Văn Thành", "Phó Thủ tướng", "Chính phủ"),
      ("Lê Văn Thành", "Trưởng Ban", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Hà Nam")}),
    ("Ông Trần Văn Hải, Tham tán Đại sứ quán Việt Nam tại Lào, dự lễ.",
     {("Trần Văn Hải", "Tham tán", "Đại sứ quán Việt Nam tại Lào")}),
    # --- a commune's or district's chairman: its people's committee
    ("Ông Lương Văn Hiệp, Chủ tịch xã Tam Hải cho biết thêm.",
     {("Lương Văn Hiệp", "Chủ tịch", "Ủy ban nhân dân xã Tam Hải")}),
    ("Phó chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội Đỗ Văn Lợi cho rằng.",
     {("Đỗ Văn Lợi", "Phó chủ nhiệm", "Ủy ban về các vấn đề xã hội của Quốc hội")}),
    ("Ông Lê Văn Hùng, Trưởng trạm Y tế xã Kỳ Tân cho biết.",
     {("Lê Văn Hùng", "Trưởng trạm", "Trạm Y tế xã Kỳ Tân")}),
    ("Bà Lê Thị An - trưởng Phòng GD-ĐT huyện Buôn Đôn - cho biết.",
     {("Lê Thị An", "Trưởng Phòng", "Phòng Giáo dục và Đào tạo huyện Buôn Đôn")}),
    ("Ông Phạm Văn Dũng, Vụ trưởng vụ Thanh toán Ngân hàng Nhà nước, cho biết.",
     {("Phạm Văn Dũng", "Vụ trưởng", "Vụ Thanh toán")}),
    ("Bệnh viện Đa khoa tỉnh Hòa Bình quá tải. Bà Lê Thị Yến, Giám đốc BV cho biết. "
     "Bệnh viện Đa khoa tỉnh Hòa Bình sẽ mở rộng. Bệnh viện Đa khoa tỉnh Hòa Bình đã xin vốn.",
     {("Lê Thị Yến", "Giám đốc", "Bệnh viện Đa khoa tỉnh Hòa Bình")}),
    # --- departments written with a hyphen or a numeral, and "Phó khoa"/"Phó phòng"
    ("Ông Lê Văn Tài, trưởng phòng Kế hoạch - Tài chính sở Y tế tỉnh Kon Tum, bị kỷ luật.",
     {("Lê Văn Tài", "Trưởng phòng Kế hoạch - Tài chính", "Sở Y tế Kon Tum")}),
    ("Bệnh viện Đa khoa huyện Mỹ Lợi công bố quyết định. Ông Trần Văn Lâm giữ chức Phó khoa "
     "Hồi sức - Cấp cứu, Bệnh viện Đa khoa huyện Mỹ Lợi.",
     {("Trần Văn Lâm", "Phó khoa Hồi sức - Cấp cứu", "Bệnh viện Đa khoa huyện Mỹ Lợi")}),
    # a bare "phó khoa" names no department: no role
    ("Ông Lê Văn Bảo làm phó khoa, ông Hà Văn Vĩnh bị cách chức.", set()),
    # --- a dismissal states the post held
    ("Ông Đỗ Văn Kiên bị cách chức Giám đốc Bệnh viện Đa khoa huyện Tam Nông.",
     {("Đỗ Văn Kiên", "Giám đốc", "Bệnh viện Đa khoa huyện Tam Nông")}),
    # --- a birth year, an age or degrees between the name and the title; a copula
    ("Bị cáo Lê Văn Tám (SN 1962), nguyên Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình, bị truy tố.",
     {("Lê Văn Tám", "nguyên Giám đốc", "Bệnh viện Đa khoa tỉnh Hòa Bình")}),
    ("Bà Ngô Thị Hạnh (52 tuổi, Giám đốc Trung tâm Y tế huyện Đông Sơn) đã được khen thưởng.",
     {("Ngô Thị Hạnh", "Giám đốc", "Trung tâm Y tế huyện Đông Sơn")}),
    ("Quyết định được trao cho ông Lê Văn Định, Phó giáo sư, Tiến sỹ y học, bác sĩ chính (hạng 2), "
     "Phó Giám đốc Bệnh viện Thống Nhất.",
     {("Lê Văn Định", "Phó Giám đốc", "Bệnh viện Thống Nhất")}),
    ("Bác sĩ Hồ Văn Tùng - chuyên khoa II trưởng Khoa Ngoại thần kinh Bệnh viện Đa khoa Đồng Tháp, cho biết.",
     {("Hồ Văn Tùng", "Trưởng Khoa Ngoại thần kinh", "Bệnh viện Đa khoa Đồng Tháp")}),
    ("Hiện tại, ông Lê Văn Đức là Chủ tịch Hội Y học tỉnh Thanh Hóa.",
     {("Lê Văn Đức", "Chủ tịch", "Hội Y học tỉnh Thanh Hóa")}),
    # --- a remit after the title belongs to it
    ("Bộ Y tế bổ nhiệm bác sĩ Lê Văn Hòa giữ chức Phó Giám đốc phụ trách chuyên môn Bệnh viện Chợ Rẫy.",
     {("Lê Văn Hòa", "Phó Giám đốc phụ trách chuyên môn", "Bệnh viện Chợ Rẫy")}),
    ("GS.TS Trần Văn Khôi, Phó Giám đốc phụ trách Quản lý - Điều hành Bệnh viện Chợ Rẫy, nhận bằng khen.",
     {("Trần Văn Khôi", "Phó Giám đốc phụ trách Quản lý - Điều hành", "Bệnh viện Chợ Rẫy")}),
    # --- a bare head's title in a story about one institution: that institution
    ("Trung tâm Y tế huyện Kỳ Anh lập quỹ đen. Thanh tra kết luận sai phạm tại Trung tâm Y tế huyện Kỳ Anh. "
     "Sở Y tế cảnh cáo giám đốc Lê Văn Hà và phó giám đốc Trần Thị Mai. Trung tâm Y tế huyện Kỳ Anh nhận lỗi.",
     {("Lê Văn Hà", "Giám đốc", "Trung tâm Y tế huyện Kỳ Anh"),
      ("Trần Thị Mai", "Phó giám đốc", "Trung tâm Y tế huyện Kỳ Anh")}),
    # ... but not when the title names some other body we cannot read
    ("Bệnh viện Đa khoa tỉnh Cà Mau quá tải. Bệnh viện Đa khoa tỉnh Cà Mau xin vốn. Bệnh viện Đa khoa tỉnh "
     "Cà Mau mở rộng. Ông Lê Văn Dũng - Giám đốc Nhà thiếu nhi Cà Mau, cho biết.", set()),
    # a centre of a hospital, in lower case: the centre goes in the title
    ("Bệnh viện Bạch Mai họp báo. Chủ trì là bác sĩ Lê Văn Nguyên, Giám đốc Trung tâm chống độc của bệnh viện.",
     {("Lê Văn Nguyên", "Giám đốc Trung tâm Chống độc", "Bệnh viện Bạch Mai")}),
    # the post someone else is appointed to is not the speaker's
    ("Ông Trần Văn Thuận, Trưởng ban Tổ chức Tỉnh ủy Cà Mau, chưa nhận được báo cáo về việc tái bổ nhiệm "
     "bà Nam giữ chức giám đốc Bệnh viện Sản - Nhi Cà Mau.",
     {("Trần Văn Thuận", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Cà Mau")}),
    # --- a department's chief inspector holds a post of the department and of its inspectorate
    # (real2, real22 annotate the department, real12 the inspectorate; each marks the other optional)
    ("Ông Phạm Văn Giang - Chánh Thanh tra Sở Y tế TP Cần Thơ cho biết.",
     {("Phạm Văn Giang", "Chánh Thanh tra", "Sở Y tế Cần Thơ"),
      ("Phạm Văn Giang", "Chánh Thanh tra", "Thanh tra Sở Y tế Cần Thơ")}),
    # a ministry's inspectorate is named as such (heldout3, real5), in lower case too
    ("Ông Lê Văn Hòa, Phó Chánh thanh tra Bộ Y tế, làm trưởng đoàn.",
     {("Lê Văn Hòa", "Phó Chánh thanh tra", "Thanh tra Bộ Y tế")}),
    # --- names listed with "đều": the role written once is each one's
    ("Bệnh viện Mắt Cần Thơ bị thanh tra. Ông Lê Văn Tiến, bà Võ Thị Nga (đều đang là phó giám đốc "
     "bệnh viện) bị khiển trách.",
     {("Lê Văn Tiến", "Phó giám đốc", "Bệnh viện Mắt Cần Thơ"), ("Võ Thị Nga", "Phó giám đốc", "Bệnh viện Mắt Cần Thơ")}),
    # ... without "đều" the title is the last name's only
    ("Ông Lê Văn An, ông Trần Văn Bình, Phó Giám đốc Sở Y tế Nghệ An, phát biểu.",
     {("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế Nghệ An")}),
    # --- a district's or commune's police chief: its police
    ("Thượng tá Lê Văn Hải, Trưởng Công an huyện Kỳ Anh, cho biết.",
     {("Lê Văn Hải", "Trưởng Công an", "Công an huyện Kỳ Anh")}),
    ("Ông Lê Văn Hà - Phó trưởng Công an xã Kỳ Tân cho biết.",
     {("Lê Văn Hà", "Phó trưởng Công an", "Công an xã Kỳ Tân")}),
    # --- a given name that also opens a title stays in the name
    ("Ông Đinh Văn Quyền – Chánh văn phòng UBND huyện An Dương cho biết.",
     {("Đinh Văn Quyền", "Chánh văn phòng", "Văn phòng Ủy ban nhân dân huyện An Dương")}),
    ("Ông Lê Văn An, Quyền Giám đốc Sở Y tế Nghệ An, cho biết.",
     {("Lê Văn An", "Quyền Giám đốc", "Sở Y tế Nghệ An")}),
    # the office of a Sở is its own body (real7's gold: "Văn phòng Sở Y tế …", the Sở optional)
    ("Ông Đào Văn Hải – Chánh văn phòng Sở Y tế Đồng Tháp cho biết.",
     {("Đào Văn Hải", "Chánh văn phòng", "Văn phòng Sở Y tế Đồng Tháp"),
      ("Đào Văn Hải", "Chánh văn phòng", "Sở Y tế Đồng Tháp")}),   # a department's office is the department too (s27)
    ("Ngày 7/11, ông Phạm Đình Nghị, Chủ tịch UBND tỉnh Nam Định, cho biết.",
     {("Phạm Đình Nghị", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}),
    # --- a district named like a person is no person ("quận Hoàng Mai")
    ("Phó chủ tịch quận Hoàng Mai, ông Trần Quý Thái cho hay.",
     {("Trần Quý Thái", "Phó chủ tịch", "Ủy ban nhân dân quận Hoàng Mai")}),
    ("Đáp ý kiến của quận Hoàng Mai, Phó giám đốc Sở Y tế Hà Nội Hoàng Đức Hạnh cho hay.",
     {("Hoàng Đức Hạnh", "Phó giám đốc", "Sở Y tế Hà Nội")}),
    # --- the parent body between the title and the name
    ("Vụ trưởng Vụ Kế hoạch tài chính, Bộ Y tế Nguyễn Văn Liên thừa nhận thông tư có sạn.",
     {("Nguyễn Văn Liên", "Vụ trưởng", "Vụ Kế hoạch tài chính")}),
    ("Trưởng khoa Nhi, Bệnh viện Bạch Mai Lê Văn Hùng cho biết.",
     {("Lê Văn Hùng", "Trưởng khoa Nhi", "Bệnh viện Bạch Mai")}),
    # --- a foreign name after "ông" and before its title
    ("Ông Azuma Sinichi, Công sứ Đại sứ quán Nhật Bản tại Việt Nam, chứng kiến lễ ký kết.",
     {("Azuma Sinichi", "Công sứ", "Đại sứ quán Nhật Bản tại Việt Nam")}),
    # --- boards of the Party Central Committee
    ("Trưởng ban Tổ chức Trung ương Lê Minh Chính trao quyết định bổ nhiệm Bộ trưởng Y tế Trần Thị Hoa "
     "làm Trưởng ban bảo vệ, chăm sóc sức khoẻ cán bộ Trung ương.",
     {("Lê Minh Chính", "Trưởng ban", "Ban Tổ chức Trung ương"), ("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế"),
      ("Trần Thị Hoa", "Trưởng ban", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương")}),
    ("Ông Lê Văn An, Phó trưởng ban Tuyên giáo Trung ương, cho biết.",
     {("Lê Văn An", "Phó trưởng ban", "Ban Tuyên giáo Trung ương")}),
    # --- a decision about a post, then the person it concerns
    ("Sở Y tế thu hồi quyết định bổ nhiệm lại chức danh Giám đốc Bệnh viện đa khoa Phú Quốc đối với ông Lê Văn Phát.",
     {("Lê Văn Phát", "Giám đốc", "Bệnh viện Đa khoa Phú Quốc")}),
    ("Bộ trưởng trao quyết định bổ nhiệm Giám đốc Bệnh viện Thống Nhất cho ông Lê Văn Thanh.",
     {("Lê Văn Thanh", "Giám đốc", "Bệnh viện Thống Nhất")}),
    # ... a gift for someone is no post
    ("Giám đốc Sở Y tế Nghệ An trao quà cho ông Lê Văn An.", set()),
    ("Ông Lê Văn Minh đã được giao quyền Giám đốc sở Y tế tỉnh Vĩnh Long.",
     {("Lê Văn Minh", "Quyền Giám đốc", "Sở Y tế Vĩnh Long")}),
    # --- one post, one body name, however the body is written
    ("Ông Phạm Văn Nông bị cách chức Giám đốc bệnh viện đa khoa Thanh Bình. Sở Y tế triển khai quyết định "
     "cách chức Giám đốc Bệnh viện đa khoa huyện Thanh Bình đối với ông Phạm Văn Nông.",
     {("Phạm Văn Nông", "Giám đốc", "Bệnh viện Đa khoa huyện Thanh Bình")}),
    # --- a bracket between the title's body and the name; "chuyên trách"; "cựu" is "nguyên"
    ("Dự hội nghị có Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN & PTNT) Lê Xuân Cường.",
     {("Lê Xuân Cường", "Bộ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")}),
    ("Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế) Phạm Văn Tác cho rằng có điểm mới.",
     {("Phạm Văn Tác", "Vụ trưởng", "Vụ Tổ chức cán bộ")}),
    ("Ông Lê Văn A, cựu Chủ tịch UBND tỉnh Nghệ An, phát biểu.",
     {("Lê Văn A", "nguyên Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
    ("Ông Võ Công Trí - Phó bí thư thành uỷ Đà Nẵng cho biết.",
     {("Võ Công Trí", "Phó bí thư", "Thành ủy Đà Nẵng")}),
    ("Ông Nguyễn Quốc Triệu, Trưởng ban bảo vệ và chăm sóc sức khoẻ trung ương cho hay.",
     {("Nguyễn Quốc Triệu", "Trưởng ban", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương")}),
    ("Bà Lê Thị Hoa, giám đốc điều hành Công ty Cổ phần Dược phẩm Sao Mai, cho biết.",
     {("Lê Thị Hoa", "Giám đốc điều hành", "Công ty Cổ phần Dược phẩm Sao Mai")}),
    # --- in a list of ministers each title belongs to the name after it
    ("Bộ trưởng Y tế Trần Thị Hoa, Bộ trưởng Tài chính Võ Văn Lâm tiếp tục tại vị.",
     {("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế"), ("Võ Văn Lâm", "Bộ trưởng", "Bộ Tài chính")}),
    # --- department and centre heads: the department's name runs on in lower case or with
    # a ward number up to its hospital after a comma, a dash or nothing at all; a centre in
    # lower case names its hospital in brackets or right after it
    # a department's name in lower case after a capital, up to its hospital
    ("Bác sĩ Lương Văn Khải, Trưởng khoa Ngoại - tiết niệu, bệnh viện Đa khoa tỉnh Phú Yên cho biết ca mổ kéo dài 3 giờ.",
     {("Lương Văn Khải", "Trưởng khoa Ngoại - tiết niệu", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
    ("Ông Đinh Quốc Bảo, Phó trưởng khoa Vi phẫu Tạo hình Bệnh viện Đa khoa tỉnh Thái Bình nói.",
     {("Đinh Quốc Bảo", "Phó trưởng khoa Vi phẫu Tạo hình", "Bệnh viện Đa khoa tỉnh Thái Bình")}),
    ("Bà Hà Thị Yến, trưởng khoa kiểm soát nhiễm khuẩn và phòng chống dịch bệnh, Bệnh viện Bạch Mai cho biết.",
     {("Hà Thị Yến", "Trưởng khoa kiểm soát nhiễm khuẩn và phòng chống dịch bệnh", "Bệnh viện Bạch Mai")}),
    # a ward number; a dash before the hospital
    ("Ông Tạ Văn Hùng - trưởng khoa nội 3, Bệnh viện K, cho biết.",
     {("Tạ Văn Hùng", "Trưởng khoa nội 3", "Bệnh viện K")}),
    ("Ông Tạ Văn Hùng - Trưởng khoa Sản - Bệnh viện Đa khoa tỉnh Phú Yên cho biết.",
     {("Tạ Văn Hùng", "Trưởng khoa Sản", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
    ("Ông Cù Văn Tâm, Trưởng phòng Nghiệp vụ Y - Sở Y tế Phú Yên xác nhận.",
     {("Cù Văn Tâm", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế Phú Yên")}),
    # the words after a department are the sentence's, not its name: no hospital follows
    ("Ông Tạ Văn Hùng, Trưởng khoa Sản cho biết tại Bệnh viện Đa khoa tỉnh Phú Yên có 5 ca.", set()),
    # a centre in lower case inside its hospital
    ("Ông Hà Minh Khôi - phó giám đốc trung tâm tim mạch (Bệnh viện Chợ Rẫy) - cho biết.",
     {("Hà Minh Khôi", "Phó giám đốc Trung tâm Tim mạch", "Bệnh viện Chợ Rẫy")}),
    ("Bà Mạc Thị Huệ, Giám đốc trung tâm Huyết học bệnh viện Việt Đức cho biết.",
     {("Mạc Thị Huệ", "Giám đốc Trung tâm Huyết học", "Bệnh viện Việt Đức")}),
    ("Ông Hà Minh Khôi, giám đốc trung tâm cho biết bệnh viện Chợ Rẫy đã tiếp nhận.", set()),
    # a bare ward: the hospital named earlier in the sentence, or the only one named so far
    ("Tại Bệnh viện Đa khoa tỉnh Kon Tum, bác sĩ Lê Văn Tài - trưởng khoa cấp cứu - cho biết bệnh nhân đã tỉnh.",
     {("Lê Văn Tài", "Trưởng khoa cấp cứu", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    ("Cháu bé được đưa vào Bệnh viện Đa khoa tỉnh Kon Tum. Bác sĩ Lê Văn Tài, Trưởng khoa Răng hàm mặt cho biết cháu đã tỉnh.",
     {("Lê Văn Tài", "Trưởng khoa Răng hàm mặt", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    ("Cháu bé được chuyển từ Bệnh viện Đa khoa tỉnh Kon Tum lên Bệnh viện Chợ Rẫy. "
     "Bác sĩ Lê Văn Tài, Trưởng khoa Nhi cho biết cháu đã tỉnh.", set()),
    # the ward's name stops before "bệnh viện" and "là"
    ("Tại Bệnh viện Đa khoa tỉnh Kon Tum, bác sĩ Lê Văn Tài, trưởng khoa cấp cứu bệnh viện cho biết.",
     {("Lê Văn Tài", "Trưởng khoa cấp cứu", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    ("Bệnh viện Đa khoa tỉnh Kon Tum có trưởng khoa là ông Lê Văn Tài, phó khoa là ông Phan Văn Hậu.",
     {("Lê Văn Tài", "Trưởng khoa", "Bệnh viện Đa khoa tỉnh Kon Tum"),
      ("Phan Văn Hậu", "Phó khoa", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    # a bare "phó khoa" then a comma ends a clause about someone else
    ("Bệnh viện Đa khoa tỉnh Kon Tum bổ nhiệm con gái làm phó khoa, ông Lê Văn Tài bị kỷ luật.", set()),
    # --- leaders named by their place alone: "Chủ tịch tỉnh X" and "Phó chủ tịch Đà Nẵng Y"
    # lead the people's committee, "Bí thư TP HCM Z" the Party committee; "ĐBQH" sits in
    # the Quốc hội; "Phó chủ tịch HĐQT" is a board's vice-chair
    ("Chủ tịch tỉnh Quảng Bình Lê Văn Hòa yêu cầu làm rõ vụ việc.",
     {("Lê Văn Hòa", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")}),
    ("Ông Trịnh Minh Sơn, Phó chủ tịch TP Cần Thơ, đến thăm các bệnh nhân.",
     {("Trịnh Minh Sơn", "Phó chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ")}),
    ("Phó chủ tịch Hải Phòng Đào Văn Lợi kiểm tra công tác phòng dịch.",
     {("Đào Văn Lợi", "Phó chủ tịch", "Ủy ban nhân dân thành phố Hải Phòng")}),
    ("Bí thư TP HCM Trần Quốc Bảo thăm các y bác sĩ.",
     {("Trần Quốc Bảo", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh")}),
    ("Phó bí thư tỉnh Quảng Bình Hồ Văn Lâm dự lễ khánh thành bệnh viện.",
     {("Hồ Văn Lâm", "Phó bí thư", "Tỉnh ủy Quảng Bình")}),
    ("Bí thư Cần Thơ Lữ Văn Bình đến thăm bệnh viện.",
     {("Lữ Văn Bình", "Bí thư", "Thành ủy Cần Thơ")}),
    # a commune's or ward's Party committee is its Đảng ủy (no "Xã ủy")
    ("Bí thư xã Tân Lập Nguyễn Văn Sơn kiểm tra trạm y tế.",
     {("Nguyễn Văn Sơn", "Bí thư", "Đảng ủy xã Tân Lập")}),
    # a place with nobody named after it, a foreign head of state: no role
    ("Chủ tịch Hải Phòng cho biết thành phố sẽ hỗ trợ.", set()),
    ("Chủ tịch Trung Quốc Lý Minh Hào thăm bệnh viện.", set()),
    ("ĐBQH Trần Thị Hạnh cho rằng cần sửa Luật Khám bệnh, chữa bệnh.",
     {("Trần Thị Hạnh", "Đại biểu Quốc hội", "Quốc hội")}),
    ("Bà Đỗ Thu Hà, Phó chủ tịch HĐQT Công ty Dược Sao Mai, cho biết.",
     {("Đỗ Thu Hà", "Phó Chủ tịch Hội đồng quản trị", "Công ty Dược Sao Mai")}),
    # --- envoys: "Đại sứ A tại B NAME" heads the embassy of A in B, written as the mission;
    # a bare "Đại sứ NAME" heads the one embassy the article names
    ("Đại sứ Việt Nam tại Hàn Quốc Lê Minh Tâm đến thăm các lao động bị thương.",
     {("Lê Minh Tâm", "Đại sứ", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    ("Ông Lê Minh Tâm, Đại sứ Việt Nam tại Hàn Quốc, đến thăm các lao động bị thương.",
     {("Lê Minh Tâm", "Đại sứ", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    # a foreign envoy's name after the host country
    ("Đại sứ Canada tại Việt Nam Peter Kendall thăm Bệnh viện Nhi Trung ương.",
     {("Peter Kendall", "Đại sứ", "Đại sứ quán Canada tại Việt Nam")}),
    ("Bà Anna Berger, Phó đại sứ Thụy Điển tại Việt Nam, trao tặng thiết bị.",
     {("Anna Berger", "Phó đại sứ", "Đại sứ quán Thụy Điển tại Việt Nam")}),
    # a bare "Đại sứ" in a story about one embassy
    ("Đại sứ quán Việt Nam tại Hàn Quốc đã cử cán bộ đến bệnh viện. Đại sứ Lê Minh Tâm cho biết các lao động đã ổn định.",
     {("Lê Minh Tâm", "Đại sứ", "Đại sứ quán Việt Nam tại Hàn Quốc")}),
    ("Đại sứ Lê Minh Tâm cho biết các lao động đã ổn định.", set()),
    # --- acting holders ("Quyền"), in either case, and their implied bodies
    ("Ông Hồ Văn Lực, quyền vụ trưởng Vụ Pháp chế, ký văn bản trả lời.",
     {("Hồ Văn Lực", "Quyền vụ trưởng", "Vụ Pháp chế")}),
    ("Bà Mai Thị Cúc - Quyền Tổng giám đốc Công ty Cổ phần Dược Minh Long cho biết.",
     {("Mai Thị Cúc", "Quyền Tổng giám đốc", "Công ty Cổ phần Dược Minh Long")}),
    ("Ông Lương Văn Tín, nguyên quyền Giám đốc Sở Y tế Phú Yên, bị kỷ luật.",
     {("Lương Văn Tín", "nguyên Quyền Giám đốc", "Sở Y tế Phú Yên")}),
    ("Quyền Bộ trưởng Trịnh Thị Loan làm việc với lãnh đạo Bộ Y tế.",
     {("Trịnh Thị Loan", "Quyền Bộ trưởng", "Bộ Y tế")}),
    # an acting envoy heads the mission as the envoy does (this raised KeyError once)
    ("Ông Đỗ Văn Phú, quyền Đại sứ Việt Nam tại Lào, thăm bệnh viện.",
     {("Đỗ Văn Phú", "Quyền Đại sứ", "Đại sứ quán Việt Nam tại Lào")}),
    # --- "Đại biểu NAME" is an Assembly deputy only in a story about the Assembly
    ("Phiên họp của Quốc hội chiều qua bàn về luật y tế. Đại biểu Vương Thị Hạnh (Lạng Sơn) đề nghị tăng lương cho bác sĩ.",
     {("Vương Thị Hạnh", "Đại biểu Quốc hội", "Quốc hội")}),
    ("Hội nghị của Sở Y tế bàn về lương bác sĩ. Đại biểu Vương Thị Hạnh đề nghị tăng phụ cấp.", set()),
    ("Kỳ họp HĐND tỉnh bàn nghị quyết của Quốc hội. Đại biểu Vương Thị Hạnh đề nghị tăng phụ cấp.", set()),
    # "thẩm quyền", "chính quyền" end in the same word: the title is the bare one
    ("Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh Hà Giang Lê Văn Sơn.",
     {("Lê Văn Sơn", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")}),
    # --- a given name that is also a function word or a body's head ("Viện", "Tỉnh",
    # "Điều") closes a three-syllable name before punctuation
    ("Đại tá Lê Văn Viện, Phó Giám đốc Công an tỉnh Nghệ An, cho biết vụ việc đang được điều tra.",
     {("Lê Văn Viện", "Phó Giám đốc", "Công an tỉnh Nghệ An")}),
    ("Ông Hoàng Văn Tỉnh - Chủ tịch UBND huyện Kỳ Sơn cho biết xã đã hỗ trợ gia đình.",
     {("Hoàng Văn Tỉnh", "Chủ tịch", "Ủy ban nhân dân huyện Kỳ Sơn")}),
    ("Bà Nguyễn Thị Điều (Hiệu trưởng Trường Tiểu học Kim Liên) cho biết.",
     {("Nguyễn Thị Điều", "Hiệu trưởng", "Trường Tiểu học Kim Liên")}),
    # --- "ông" at the end of "Hà Đông", "Truyền thông" is no honorific before the name
    ("Giám đốc Trung tâm Y tế quận Hà Đông Trần Văn Minh kiểm tra công tác phòng dịch.",
     {("Trần Văn Minh", "Giám đốc", "Trung tâm Y tế quận Hà Đông")}),
    ("Phó Giám đốc Sở Thông tin và Truyền thông Lê Văn Bình cho biết.",
     {("Lê Văn Bình", "Phó Giám đốc", "Sở Thông tin và Truyền thông")}),
    # --- ranks and degrees between the title and the name: police and army ranks, "-sỹ"
    ("Trưởng Công an xã Kỳ Tân, Đại uý Nguyễn Văn Long cho biết đã lập biên bản.",
     {("Nguyễn Văn Long", "Trưởng Công an", "Công an xã Kỳ Tân")}),
    ("Thứ trưởng Bộ Công an, Thượng tướng Lê Văn Quý chủ trì hội nghị.",
     {("Lê Văn Quý", "Thứ trưởng", "Bộ Công an")}),
    ("Giám đốc Sở Y tế Nghệ An, bác sỹ Trần Văn Hải cho biết.",
     {("Trần Văn Hải", "Giám đốc", "Sở Y tế Nghệ An")}),
    ("Giám đốc Bệnh viện Bạch Mai, BSCK2 Trần Văn Hải cho biết.",
     {("Trần Văn Hải", "Giám đốc", "Bệnh viện Bạch Mai")}),
    # --- the head of a police force's investigation body ("Thủ trưởng Cơ quan CSĐT …") is
    # one of its (deputy) directors
    ("Đại tá Lê Văn Sơn, Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh Hà Tĩnh cho biết.",
     {("Lê Văn Sơn", "Phó Giám đốc", "Công an tỉnh Hà Tĩnh"),
      ("Lê Văn Sơn", "Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh")}),
    ("Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An Trần Văn Hùng cho biết.",
     {("Trần Văn Hùng", "Phó Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An")}),
    # --- a hospital's clinical centre named without its hospital: the hospital named before it
    # in the story, or by the person's next role
    ("Bệnh viện Bạch Mai tiếp nhận 5 ca ngộ độc rượu. Tiến sĩ Lê Văn Sơn, Giám đốc Trung tâm Chống độc "
     "cho biết các bệnh nhân đã qua cơn nguy kịch.",
     {("Lê Văn Sơn", "Giám đốc Trung tâm Chống độc", "Bệnh viện Bạch Mai")}),
    ("Giáo sư Mai Văn Khoa, Phó Giám đốc Bệnh viện Bạch Mai, Giám đốc Trung tâm Y học hạt nhân và "
     "Ung bướu cho biết.",
     {("Mai Văn Khoa", "Phó Giám đốc", "Bệnh viện Bạch Mai"),
      ("Mai Văn Khoa", "Giám đốc Trung tâm Y học hạt nhân và Ung bướu", "Bệnh viện Bạch Mai")}),
    # --- a foreign name after the organisation's short form in brackets
    ("Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Adhanom kêu gọi các nước tăng cường giám sát.",
     {("Tedros Adhanom", "Tổng Giám đốc", "Tổ chức Y tế Thế giới")}),
    # --- "Trạm trưởng Y tế xã X": the head of the commune's health station
    ("Ông Lê Văn Lộc, Trạm trưởng Y tế xã Kỳ Tân, cho biết các cháu đã được tiêm đủ mũi.",
     {("Lê Văn Lộc", "Trạm trưởng", "Trạm Y tế xã Kỳ Tân")}),
    ("Bà Võ Thị Lan (45 tuổi, trạm trưởng y tế phường 5) đã báo cáo sự việc.",
     {("Võ Thị Lan", "Trạm trưởng", "Trạm Y tế phường 5")}),
    # --- a deputy's delegation place does not end the chain of posts
    ("Bà Lê Thị Hồng, Đại biểu Quốc hội tỉnh Nghệ An, Giám đốc Sở Y tế Nghệ An, phát biểu tại phiên họp.",
     {("Lê Thị Hồng", "Đại biểu Quốc hội", "Quốc hội"), ("Lê Thị Hồng", "Giám đốc", "Sở Y tế Nghệ An")}),
    # --- a known official named again by the given names alone is the same person
    ("Ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế, dự lễ. Thứ trưởng Văn Thuấn đề nghị bệnh viện mở rộng.",
     {("Trần Văn Thuấn", "Thứ trưởng", "Bộ Y tế")}),
    # --- "Hiệu phó": a school's deputy head, kept as written
    ("Ông Lê Văn Tùng, Hiệu phó Trường mầm non Hoa Sen, đã bị đình chỉ công tác.",
     {("Lê Văn Tùng", "Hiệu phó", "Trường Mầm non Hoa Sen")}),
    # --- an official's organisation carries the name its organisation record does ("VN" written out)
    ("Ông Trần Văn Hải, phó tổng giám đốc Bảo hiểm xã hội VN, cho biết số nợ đã giảm.",
     {("Trần Văn Hải", "Phó tổng giám đốc", "Bảo hiểm xã hội Việt Nam")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_every_title_has_a_title_word() -> None:
    """Foreign names are looked for only in sentences with a title word: every title has one."""
    from extractors.titles import TITLE_WORD as _TITLE_WORD, titles as _titles
    assert [t for t in _titles() if not _TITLE_WORD.search(t.lower())] == []


def test_a_second_title_ends_the_department() -> None:
    got = roles("Ông Tạ Văn Hùng, trưởng khoa nhi và giám đốc Bệnh viện Đa khoa tỉnh Phú Yên có mặt.")
    assert not any("giám đốc" in title for _, title, _ in got)
