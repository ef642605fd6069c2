"""Table-driven tests for extractors.cooperations, run through the real
EXTRACTION chain: who supports, transfers to, trains, donates to, signs with,
works with or is the satellite of whom; and the contract-level `collapse()`
that keeps one link per pair at one level of detail per province."""
from __future__ import annotations

import pytest

from extractors import cooperations, run, textnorm
from extractors.cooperations import collapse
from extractors.doc import Cooperation, Doc
from pipeline.contract import to_contract
from pipeline.extract import extract as extract_article
from pipeline.records import Article
from pipeline.stages import EXTRACTION

P = "2024-08-15"


def extract(text: str, published: str | None = P) -> Doc:
    doc = run(Doc(text=text, published=published), EXTRACTION)
    for c in doc.cooperations:
        # offsets locate the stated link in the stored text
        assert doc.text[c.start:c.end] == c.text, c
        assert c.extractor == "cooperations" and c.version == cooperations.VERSION
        assert c.sentence == doc.sentence_at(c.start) >= 0
        assert c.source != c.target
    return doc


def links(text: str, published: str | None = P) -> set[tuple[str, str, str]]:
    return {(c.source, c.target, c.kind) for c in extract(text, published).cooperations}


BM = "Bệnh viện Bạch Mai"

# (text, exactly these (from, to, kind) links)
CASES = [
    # --- A hỗ trợ B
    ("Bệnh viện Bạch Mai hỗ trợ Bệnh viện Đa khoa tỉnh Điện Biên phát triển chuyên khoa tim mạch.",
     {(BM, "Bệnh viện Đa khoa tỉnh Điện Biên", "support")}),
    ("Bệnh viện Hữu nghị Việt Đức cử 3 bác sĩ hỗ trợ Bệnh viện Đa khoa tỉnh Bắc Ninh.",
     {("Bệnh viện Hữu nghị Việt Đức", "Bệnh viện Đa khoa tỉnh Bắc Ninh", "support")}),
    ("Bệnh viện Trung ương Thái Nguyên hỗ trợ tỉnh Bắc Kạn nâng cao chất lượng khám chữa bệnh.",
     {("Bệnh viện Trung ương Thái Nguyên", "Bắc Kạn", "support")}),
    ("Bệnh viện Bạch Mai đã hỗ trợ tỉnh Sơn La đào tạo 100 bác sĩ.",
     {(BM, "Sơn La", "support")}),
    ("Bệnh viện Đa khoa Trung ương Cần Thơ là bệnh viện hạt nhân, hỗ trợ Bệnh viện Đa khoa tỉnh Hậu Giang "
     "và Bệnh viện Đa khoa tỉnh Bạc Liêu.",
     {("Bệnh viện Đa khoa Trung ương Cần Thơ", "Bệnh viện Đa khoa tỉnh Hậu Giang", "support"),
      ("Bệnh viện Đa khoa Trung ương Cần Thơ", "Bệnh viện Đa khoa tỉnh Bạc Liêu", "support")}),
    ("Bệnh viện K phối hợp với Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức khám sàng lọc ung thư.",
     {("Bệnh viện K", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    ("Bệnh viện Bạch Mai điều động 5 bác sĩ xuống Bệnh viện Đa khoa tỉnh Lai Châu hỗ trợ chuyên môn.",
     {(BM, "Bệnh viện Đa khoa tỉnh Lai Châu", "support")}),
    ("Bệnh viện Nhi Trung ương giúp đỡ Bệnh viện Sản - Nhi Lào Cai triển khai đơn nguyên sơ sinh.",
     {("Bệnh viện Nhi Trung ương", "Bệnh viện Sản - Nhi Lào Cai", "support")}),
    # --- A chuyển giao kỹ thuật cho B / B nhận chuyển giao … từ A
    ("Bệnh viện Chợ Rẫy chuyển giao kỹ thuật can thiệp mạch vành cho Bệnh viện Đa khoa tỉnh Kiên Giang.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kiên Giang", "technology_transfer")}),
    ("Bệnh viện Đa khoa tỉnh Thanh Hóa tiếp nhận chuyển giao kỹ thuật từ Bệnh viện Bạch Mai.",
     {(BM, "Bệnh viện Đa khoa tỉnh Thanh Hóa", "technology_transfer")}),
    ("Bệnh viện Sản Nhi Quảng Ngãi nhận chuyển giao 5 kỹ thuật từ Bệnh viện Từ Dũ.",
     {("Bệnh viện Từ Dũ", "Bệnh viện Sản Nhi Quảng Ngãi", "technology_transfer")}),
    ("Bệnh viện Đa khoa tỉnh Yên Bái nhận chuyển giao kỹ thuật lọc máu từ Bệnh viện Bạch Mai.",
     {(BM, "Bệnh viện Đa khoa tỉnh Yên Bái", "technology_transfer")}),
    ("Bệnh viện Việt Đức đã cử các bác sĩ về Bệnh viện Đa khoa tỉnh Hà Nam để chuyển giao kỹ thuật.",
     {("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Hà Nam", "technology_transfer")}),
    ("Năm 2024, Bệnh viện Trung ương Huế chuyển giao 12 gói kỹ thuật cho Bệnh viện Đa khoa tỉnh Quảng Trị.",
     {("Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa tỉnh Quảng Trị", "technology_transfer")}),
    # --- training
    ("Bệnh viện Bạch Mai đào tạo 50 bác sĩ cho Bệnh viện Đa khoa tỉnh Sơn La.",
     {(BM, "Bệnh viện Đa khoa tỉnh Sơn La", "training")}),
    ("Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương tập huấn cho Trạm Y tế xã An Bình về tiêm chủng.",
     {("Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương", "Trạm Y tế xã An Bình", "training")}),
    # --- donations
    ("Công ty Cổ phần Dược Hậu Giang trao tặng 5.000 hộp thuốc cho Trung tâm Y tế huyện Mường Lát.",
     {("Công ty Cổ phần Dược Hậu Giang", "Trung tâm Y tế huyện Mường Lát", "donation")}),
    ("Tập đoàn Vingroup trao tặng 10 máy thở cho Bệnh viện Đa khoa tỉnh Cà Mau.",
     {("Tập đoàn Vingroup", "Bệnh viện Đa khoa tỉnh Cà Mau", "donation")}),
    ("Bệnh viện Nhi Trung ương tặng 5 lồng ấp cho Bệnh viện Sản - Nhi Hà Giang và Trung tâm Y tế huyện Mèo Vạc.",
     {("Bệnh viện Nhi Trung ương", "Bệnh viện Sản - Nhi Hà Giang", "donation"),
      ("Bệnh viện Nhi Trung ương", "Trung tâm Y tế huyện Mèo Vạc", "donation")}),
    ("Bệnh viện Bạch Mai trao tặng trang thiết bị y tế trị giá 2 tỷ đồng cho Trung tâm Y tế huyện Mường Nhé.",
     {(BM, "Trung tâm Y tế huyện Mường Nhé", "donation")}),
    ("Quỹ Bảo trợ trẻ em Việt Nam ủng hộ Bệnh viện Nhi Trung ương 500 triệu đồng.",
     {("Quỹ Bảo trợ trẻ em Việt Nam", "Bệnh viện Nhi Trung ương", "donation")}),
    ("Tổ chức Y tế Thế giới tài trợ Sở Y tế Điện Biên 20 máy xét nghiệm.",
     {("Tổ chức Y tế Thế giới", "Sở Y tế Điện Biên", "donation")}),
    # --- agreements
    ("Bệnh viện Nhi Trung ương và Bệnh viện Sản - Nhi Lào Cai ký kết thỏa thuận hợp tác chuyên môn.",
     {("Bệnh viện Nhi Trung ương", "Bệnh viện Sản - Nhi Lào Cai", "agreement")}),
    ("Ngày 10/5, Bệnh viện Trung ương Huế và Sở Y tế Quảng Trị đã ký kết thỏa thuận hợp tác giai đoạn 2024-2028.",
     {("Bệnh viện Trung ương Huế", "Sở Y tế Quảng Trị", "agreement")}),
    ("Trường Đại học Y Dược Cần Thơ ký kết hợp tác đào tạo với Bệnh viện Đa khoa tỉnh Sóc Trăng.",
     {("Trường Đại học Y Dược Cần Thơ", "Bệnh viện Đa khoa tỉnh Sóc Trăng", "agreement")}),
    ("Bệnh viện Bạch Mai ký thỏa thuận hợp tác với UBND tỉnh Ninh Bình.",
     {(BM, "Ninh Bình", "agreement")}),
    # --- working sessions and exchanges
    ("Sở Y tế Hà Giang làm việc với Bệnh viện Bạch Mai về chuyển giao kỹ thuật.",
     {("Sở Y tế Hà Giang", BM, "exchange")}),
    ("Sáng 3/4, đoàn công tác của Bệnh viện Bạch Mai đã làm việc với UBND tỉnh Nghệ An.",
     {(BM, "Nghệ An", "exchange")}),
    ("UBND tỉnh Quảng Nam làm việc với Bệnh viện Trung ương Huế về hợp tác chuyên môn.",
     {("Quảng Nam", "Bệnh viện Trung ương Huế", "exchange")}),
    ("Đoàn công tác Sở Y tế Nghệ An học tập kinh nghiệm tại Sở Y tế Đà Nẵng, Bệnh viện Đà Nẵng và "
     "Trường Đại học Y Dược Đà Nẵng.",
     {("Sở Y tế Nghệ An", "Sở Y tế Đà Nẵng", "exchange"), ("Sở Y tế Nghệ An", "Bệnh viện Đà Nẵng", "exchange"),
      ("Sở Y tế Nghệ An", "Trường Đại học Y Dược Đà Nẵng", "exchange")}),
    ("Sở Y tế Bình Phước trao đổi kinh nghiệm với Sở Y tế Đồng Nai về tự chủ bệnh viện.",
     {("Sở Y tế Bình Phước", "Sở Y tế Đồng Nai", "exchange")}),
    # --- satellites: the core hospital supports its satellite
    ("Bệnh viện Đa khoa huyện Bảo Lâm là bệnh viện vệ tinh của Bệnh viện Nhi Trung ương.",
     {("Bệnh viện Nhi Trung ương", "Bệnh viện Đa khoa huyện Bảo Lâm", "satellite")}),
    ("Trung tâm Y tế huyện Mường Nhé là đơn vị vệ tinh của Bệnh viện Đa khoa tỉnh Điện Biên.",
     {("Bệnh viện Đa khoa tỉnh Điện Biên", "Trung tâm Y tế huyện Mường Nhé", "satellite")}),
    # --- "với sự hỗ trợ của A", "nhờ sự giúp đỡ của A"
    ("Bệnh viện Đa khoa tỉnh Quảng Trị phát triển kỹ thuật mới với sự hỗ trợ của Bệnh viện Trung ương Huế.",
     {("Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa tỉnh Quảng Trị", "support")}),
    ("Bệnh viện Đa khoa tỉnh Tây Ninh đã làm chủ kỹ thuật nhờ sự hỗ trợ của Bệnh viện Chợ Rẫy.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Tây Ninh", "support")}),
    ("Nhờ sự giúp đỡ của Bệnh viện Chợ Rẫy, Bệnh viện Đa khoa tỉnh Tây Ninh đã làm chủ kỹ thuật.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Tây Ninh", "support")}),
    # --- "hợp tác giữa A và B"
    ("Chương trình hợp tác giữa Bệnh viện Việt Đức và Bệnh viện Đa khoa tỉnh Phú Thọ đã mang lại hiệu quả.",
     {("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    ("Lễ ký kết thỏa thuận giữa Bệnh viện Nhi Trung ương và Sở Y tế Sơn La diễn ra sáng nay.",
     {("Bệnh viện Nhi Trung ương", "Sở Y tế Sơn La", "agreement")}),
    # --- several providers
    ("Bệnh viện Bạch Mai và Bệnh viện Việt Đức hỗ trợ Bệnh viện Đa khoa tỉnh Lào Cai phát triển kỹ thuật.",
     {(BM, "Bệnh viện Đa khoa tỉnh Lào Cai", "support"),
      ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Lào Cai", "support")}),
    ("Viện Pasteur Nha Trang và Viện Vệ sinh dịch tễ Trung ương đã cử chuyên gia về Nghệ An hỗ trợ giám sát.",
     {("Viện Pasteur Nha Trang", "Nghệ An", "support"),
      ("Viện Vệ sinh dịch tễ Trung ương", "Nghệ An", "support")}),
    # --- "hỗ trợ tỉnh": the article's province; "sự đồng hành của A với B"
    ("Đoàn công tác làm việc tại Đắk Lắk. Thứ trưởng giao Viện Vệ sinh dịch tễ Tây Nguyên hỗ trợ tỉnh "
     "trong công tác xét nghiệm.",
     {("Viện Vệ sinh dịch tễ Tây Nguyên", "Đắk Lắk", "support")}),
    ("Phó Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Vinh ghi nhận sự đồng hành của Bệnh viện Bạch Mai với "
     "ngành y tế Hà Tĩnh trong nhiều năm qua.",
     {(BM, "Hà Tĩnh", "support")}),
    ("Bệnh viện Trung ương Thái Nguyên sẵn sàng đồng hành cùng ngành y tế Bắc Kạn.",
     {("Bệnh viện Trung ương Thái Nguyên", "Bắc Kạn", "support")}),
    # --- certificates after training are a training link
    ("Dịp này, Bệnh viện Chợ Rẫy đã trao chứng nhận cho 12 bác sĩ của Bệnh viện Đa khoa Trung tâm "
     "An Giang hoàn thành khóa đào tạo.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa Trung tâm An Giang", "training")}),
    # --- a cue word inside a name is not a cue
    ("Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) và Bộ Y tế tổng kết dự án.", set()),
    # --- several parties after "giữa": every pair; a parent joined by "-" is no party
    ("Lễ ký kết thỏa thuận hợp tác giữa UBND tỉnh Hà Nam, Cục Quản lý Dược - Bộ Y tế và Công ty Cổ "
     "phần Dược phẩm Imexpharm đã diễn ra sáng nay.",
     {("Cục Quản lý Dược", "Hà Nam", "agreement"),
      ("Công ty Cổ phần Dược phẩm Imexpharm", "Hà Nam", "agreement"),
      ("Cục Quản lý Dược", "Công ty Cổ phần Dược phẩm Imexpharm", "agreement")}),
    ("Hai bên thống nhất kết nghĩa giữa Bệnh viện Quân y 103 và Bệnh viện Đa khoa tỉnh Sơn La.",
     {("Bệnh viện Quân y 103", "Bệnh viện Đa khoa tỉnh Sơn La", "agreement")}),
    ("Hai bên thống nhất kết nghĩa giữa Bệnh viện Đông y / Tổng bệnh viện 303 Quảng Tây và Bệnh viện "
     "Y học cổ truyền tỉnh Lạng Sơn.",
     {("Bệnh viện Đông y", "Bệnh viện Y học cổ truyền tỉnh Lạng Sơn", "agreement")}),
    ("Bản ghi nhớ về hợp tác trong lĩnh vực điều trị ung thư và phục hồi chức năng giữa Bệnh viện K "
     "và Bệnh viện Đa khoa tỉnh Phú Thọ được trao tại hội nghị.",
     {("Bệnh viện K", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    # --- passive: "A được B chuyển giao"
    ("Năm nay, Bệnh viện Đa khoa tỉnh Hà Giang sẽ được Bệnh viện Bạch Mai chuyển giao 5 kỹ thuật.",
     {(BM, "Bệnh viện Đa khoa tỉnh Hà Giang", "technology_transfer")}),
    # --- "bệnh viện này", "cơ sở này": the organisation named just before
    ("Sau phản ánh của người dân về Bệnh viện Đa khoa huyện Ba Vì, Sở Y tế Hà Nội đã có buổi làm việc "
     "với bệnh viện này.",
     {("Sở Y tế Hà Nội", "Bệnh viện Đa khoa huyện Ba Vì", "exchange")}),
    # --- working and inspection teams
    ("Đoàn công tác của Bộ Y tế do Thứ trưởng Trần Văn Thuấn dẫn đầu đã đến kiểm tra công tác phòng "
     "chống dịch tại Bệnh viện Đa khoa tỉnh Bắc Giang.",
     {("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Bắc Giang", "exchange")}),
    ("Bộ Y tế cử đoàn công tác đến Bệnh viện Đa khoa tỉnh Hà Nam để kiểm tra.",
     {("Bộ Y tế", "Bệnh viện Đa khoa tỉnh Hà Nam", "exchange")}),
    # --- staff sent, even without a stated purpose: "kíp chuyên gia được A cử đến B"
    ("Hai kíp chuyên gia hồi sức được Bệnh viện Chợ Rẫy cử đến Bệnh viện Đa khoa tỉnh Bến Tre trong đêm.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Bến Tre", "support")}),
    # --- "tại B … do A tài trợ": A gives to B
    ("Kinh phí cải tạo khoa Nhi tại Bệnh viện Đa khoa tỉnh Bình Phước do Tập đoàn Vingroup tài trợ.",
     {("Tập đoàn Vingroup", "Bệnh viện Đa khoa tỉnh Bình Phước", "donation")}),
    # --- a country as a party: the subject of a cue, or after "cho/với/giữa"
    ("Năm 2019, Hàn Quốc hỗ trợ Bệnh viện Đa khoa tỉnh Quảng Nam xây dựng khoa Nhi.",
     {("Hàn Quốc", "Bệnh viện Đa khoa tỉnh Quảng Nam", "support")}),
    # --- invited experts: "A mời chuyên gia của B"
    ("Bệnh viện Đa khoa tỉnh Lạng Sơn đã mời các chuyên gia của Bệnh viện Nhi Trung ương lên hội chẩn.",
     {("Bệnh viện Nhi Trung ương", "Bệnh viện Đa khoa tỉnh Lạng Sơn", "support")}),
    # --- "TP. HCM" inside a name is no clause break
    ("Bệnh viện Đại học Y Dược TP. HCM đã chuyển giao kỹ thuật mổ nội soi cho Bệnh viện Đa khoa tỉnh Bến Tre.",
     {("Bệnh viện Đại học Y Dược Thành phố Hồ Chí Minh", "Bệnh viện Đa khoa tỉnh Bến Tre",
       "technology_transfer")}),
    # --- the receiver reached through a lead word and a few words of its kind
    ("Bệnh viện Nhi Trung ương đã chuyển giao 12 gói kỹ thuật cho tỉnh Yên Bái.",
     {("Bệnh viện Nhi Trung ương", "Yên Bái", "technology_transfer")}),
    ("Bệnh viện Chợ Rẫy chuyển giao kỹ thuật lọc máu cho các bác sĩ, điều dưỡng viên Bệnh viện Đa khoa tỉnh "
     "Bình Phước.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Bình Phước", "technology_transfer")}),
    # --- a bare head as subject stands for the organisation named before with that head
    ("Sở Y tế Quảng Ngãi cho biết dịch đã được khống chế. Sở đã phối hợp với Viện Pasteur Nha Trang khoanh "
     "vùng ổ dịch.",
     {("Sở Y tế Quảng Ngãi", "Viện Pasteur Nha Trang", "support")}),
    # --- "A kết hợp (với) B"
    ("Bộ Y tế sẽ kết hợp Bộ Quốc phòng xây dựng bệnh viện quân dân y trên đảo.",
     {("Bộ Y tế", "Bộ Quốc phòng", "support")}),
    # --- gifts received: "A tiếp nhận … do B trao tặng", "viện trợ của B"
    ("Bệnh viện Đa khoa tỉnh Bình Dương đã tiếp nhận 2 máy thở do Công ty Samsung Việt Nam trao tặng.",
     {("Công ty Samsung Việt Nam", "Bệnh viện Đa khoa tỉnh Bình Dương", "donation")}),
    ("Chính phủ Hàn Quốc viện trợ trang thiết bị cho Bệnh viện Đa khoa tỉnh Quảng Nam.",
     {("Chính phủ Hàn Quốc", "Bệnh viện Đa khoa tỉnh Quảng Nam", "donation")}),
    # --- staff of the giver named before it: "với sự giúp đỡ của các chuyên gia B, A …"
    ("Với sự giúp đỡ của các chuyên gia Bệnh viện Việt Đức, Bệnh viện Đa khoa tỉnh Phú Thọ đã ghép thận "
     "thành công.",
     {("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    # --- rotation of staff, a team received, staff sent to study
    ("Bệnh viện Trung ương Thái Nguyên luân phiên cán bộ về Trung tâm Y tế huyện Chợ Đồn.",
     {("Bệnh viện Trung ương Thái Nguyên", "Trung tâm Y tế huyện Chợ Đồn", "support")}),
    ("Bệnh viện Đa khoa tỉnh Sơn La đã tiếp đón đoàn công tác của Bệnh viện Bạch Mai.",
     {("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Sơn La", "exchange")}),
    ("Bệnh viện Đa khoa tỉnh Hà Giang đã cử 10 bác sĩ đi học tập tại Bệnh viện Bạch Mai.",
     {("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hà Giang", "training")}),
    # --- a group named by its members; a province as the subject of a cue
    ("Bệnh viện Việt Đức hỗ trợ 12 bệnh viện vệ tinh, trong đó có Bệnh viện Đa khoa tỉnh Bắc Giang.",
     {("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Bắc Giang", "support")}),
    ("Thành phố Hồ Chí Minh hỗ trợ tỉnh Bình Dương 500 máy thở.",
     {("Thành phố Hồ Chí Minh", "Bình Dương", "support")}),
    # --- techniques received from B without a cue verb
    ("Năm 2023, Bệnh viện Đa khoa tỉnh Tây Ninh đã tiếp nhận 9 kỹ thuật mới từ Bệnh viện Nhân dân 115.",
     {("Bệnh viện Nhân dân 115", "Bệnh viện Đa khoa tỉnh Tây Ninh", "technology_transfer")}),
    # --- an institute named after its seat is no provincial administration of that province
    ("Viện Pasteur Nha Trang đã cử chuyên gia hỗ trợ Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa.",
     {("Viện Pasteur Nha Trang", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa", "support")}),
    # --- a bare head closing the clause after the receiver's lead word
    ("Trung tâm Y tế huyện Bảo Lạc vừa khai trương khoa mới. Bệnh viện Trung ương Thái Nguyên đã cử kíp bác "
     "sĩ về chuyển giao kỹ thuật mổ nội soi cho trung tâm.",
     {("Bệnh viện Trung ương Thái Nguyên", "Trung tâm Y tế huyện Bảo Lạc", "technology_transfer")}),
    # --- "sự hỗ trợ của A và B": both give, neither receives; "và" closes the list
    ("Với sự hỗ trợ của Bệnh viện Bạch Mai và Bệnh viện Việt Đức, Bệnh viện Đa khoa tỉnh Phú Thọ đã "
     "mổ tim thành công.",
     {(BM, "Bệnh viện Đa khoa tỉnh Phú Thọ", "support"),
      ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    ("Bệnh viện Đa khoa tỉnh Phú Thọ phát triển nhờ sự hỗ trợ của Bệnh viện Bạch Mai và Bệnh viện Việt Đức.",
     {(BM, "Bệnh viện Đa khoa tỉnh Phú Thọ", "support"),
      ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    ("Khoa Tim mạch của Bệnh viện Đa khoa tỉnh Phú Thọ được sự hỗ trợ trực tiếp của Bệnh viện Bạch Mai, "
     "Bệnh viện Việt Đức, từ khâu thiết kế đến đào tạo cán bộ.",
     {(BM, "Bệnh viện Đa khoa tỉnh Phú Thọ", "support"),
      ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Phú Thọ", "support")}),
    # --- lists of receivers: after a colon that the cue's object announces, and past a
    # parenthesised parent ("A (Quân khu 3) và B")
    ("Năm qua, Bệnh viện Chợ Rẫy đã chuyển giao 20 kỹ thuật cho 3 bệnh viện vệ tinh gồm: Bệnh viện Đa khoa "
     "tỉnh Kiên Giang, Bệnh viện Đa khoa tỉnh Cà Mau và Bệnh viện Đa khoa tỉnh Bạc Liêu.",
     {("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kiên Giang", "technology_transfer"),
      ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Cà Mau", "technology_transfer"),
      ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Bạc Liêu", "technology_transfer")}),
    ("Bệnh viện K đã tặng thiết bị cho các đơn vị sau: Trung tâm Y tế huyện Mường Tè, Trung tâm Y tế huyện Sìn Hồ.",
     {("Bệnh viện K", "Trung tâm Y tế huyện Mường Tè", "donation"),
      ("Bệnh viện K", "Trung tâm Y tế huyện Sìn Hồ", "donation")}),
    ("Bệnh viện Bạch Mai đã chuyển giao kỹ thuật lọc máu cho Bệnh viện Quân y 7 (Quân khu 3) và Bệnh viện Đa "
     "khoa tỉnh Hải Dương.",
     {(BM, "Bệnh viện Quân y 7", "technology_transfer"),
      (BM, "Bệnh viện Đa khoa tỉnh Hải Dương", "technology_transfer")}),
    # --- satellite of a counted group named by its members; the approving ministry is no party
    ("Bệnh viện Đa khoa tỉnh Phú Thọ đã được Bộ Y tế phê duyệt là vệ tinh của 2 bệnh viện hạt nhân là Bệnh viện "
     "Nhi Trung ương, Bệnh viện Phụ sản Trung ương.",
     {("Bệnh viện Nhi Trung ương", "Bệnh viện Đa khoa tỉnh Phú Thọ", "satellite"),
      ("Bệnh viện Phụ sản Trung ương", "Bệnh viện Đa khoa tỉnh Phú Thọ", "satellite")}),
    ("Bệnh viện Đa khoa tỉnh Hà Nam là vệ tinh của Bệnh viện Bạch Mai và Bệnh viện Việt Đức.",
     {(BM, "Bệnh viện Đa khoa tỉnh Hà Nam", "satellite"),
      ("Bệnh viện Việt Đức", "Bệnh viện Đa khoa tỉnh Hà Nam", "satellite")}),
    # --- "làm việc tại" is a visit after a word of travel or session, or with the body as subject
    ("Thanh tra Chính phủ sẽ có 45 ngày làm việc tại Cục Quản lý Dược.",
     {("Thanh tra Chính phủ", "Cục Quản lý Dược", "exchange")}),
    ("Sở Y tế Quảng Bình đã làm việc tại Bệnh viện Đa khoa tỉnh Quảng Trị về công tác cấp cứu.",
     {("Sở Y tế Quảng Bình", "Bệnh viện Đa khoa tỉnh Quảng Trị", "exchange")}),
    # --- a list of parties as the subject of a signing: every pair signs
    ("Sáng 5/3, Bệnh viện Đa khoa tỉnh Phú Thọ, Bệnh viện Đa khoa tỉnh Hòa Bình và Bệnh viện Bạch Mai "
     "đã ký kết thỏa thuận hợp tác.",
     {("Bệnh viện Đa khoa tỉnh Phú Thọ", "Bệnh viện Đa khoa tỉnh Hòa Bình", "agreement"),
      ("Bệnh viện Đa khoa tỉnh Phú Thọ", BM, "agreement"),
      ("Bệnh viện Đa khoa tỉnh Hòa Bình", BM, "agreement")}),
    # who reports it, or where, is no party
    ("Theo Sở Y tế Hà Nội, Bệnh viện Đa khoa tỉnh Hòa Bình và Bệnh viện Bạch Mai đã ký kết thỏa thuận hợp tác.",
     {("Bệnh viện Đa khoa tỉnh Hòa Bình", BM, "agreement")}),
    ("Ngày 5/3, tại thành phố Vị Thanh, Bệnh viện Trung ương Cần Thơ và Sở Y tế Hậu Giang ký kết hợp tác.",
     {("Bệnh viện Trung ương Cần Thơ", "Sở Y tế Hậu Giang", "agreement")}),
    # --- a capitalised "Anh" ending a person's name is no pronoun: the working session stands
    ("Giám đốc Bệnh viện Bạch Mai Nguyễn Quốc Anh đã làm việc với lãnh đạo Bệnh viện Đa khoa tỉnh Điện Biên.",
     {(BM, "Bệnh viện Đa khoa tỉnh Điện Biên", "exchange")}),
    # --- a newspaper as its clause's subject is a party; one cited as a source, or its readers, are not
    ("Sáng 12-3, báo Tuổi Trẻ phối hợp với Bệnh viện Nhi Đồng 1 tổ chức ngày hội hiến máu.",
     {("Báo Tuổi Trẻ", "Bệnh viện Nhi Đồng 1", "support")}),
    ("Nhân dịp Tết, báo Thanh Niên đã trao tặng 50 suất quà cho Bệnh viện Ung bướu Cần Thơ.",
     {("Báo Thanh Niên", "Bệnh viện Ung bướu Cần Thơ", "donation")}),
    ("Theo báo Tuổi Trẻ, nhiều nhà hảo tâm đã hỗ trợ cho Bệnh viện Nhi Đồng 1.", set()),
    # --- police in a joint operation is a party, with a civil agency or within law enforcement (studied gold)
    ("Công an huyện Gia Lâm phối hợp cùng Chi cục Quản lý thị trường Hà Nội kiểm tra cơ sở sản xuất thuốc giả.",
     {("Công an huyện Gia Lâm", "Chi cục Quản lý thị trường Hà Nội", "support")}),
    ("Công an tỉnh Bắc Giang phối hợp với Bộ Công an điều tra vụ án.",
     {("Công an tỉnh Bắc Giang", "Bộ Công an", "support")}),
    ("Số tiền do bạn đọc báo Tuổi Trẻ ủng hộ được trao cho Bệnh viện K.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_links(text: str, expected: set) -> None:
    assert links(text) == expected


# No link: generic groups, a single endpoint, no cue.
NEGATIVE = [
    "Các bệnh viện tuyến trung ương hỗ trợ Bệnh viện Đa khoa tỉnh Lai Châu.",
    "Bệnh viện Bạch Mai hỗ trợ các bệnh viện tuyến tỉnh nâng cao năng lực.",
    "Bệnh viện Chợ Rẫy tổ chức tập huấn cho 200 điều dưỡng.",
    "Bộ Y tế chỉ đạo các bệnh viện hỗ trợ Bệnh viện Đa khoa tỉnh Cao Bằng.",
    "Khoa Tim mạch được thành lập với sự hỗ trợ của Bệnh viện Tim Hà Nội.",
    "Bệnh viện Chợ Rẫy đã chuyển giao thành công 30 kỹ thuật cho các bệnh viện vệ tinh.",
    "Hội Chữ thập đỏ tỉnh Quảng Bình trao 200 suất quà cho bệnh nhân nghèo.",
    "Bộ Y tế yêu cầu Sở Y tế Hà Nội báo cáo trước ngày 15/8.",
    "Bệnh viện Bạch Mai và Bệnh viện Việt Đức đều quá tải.",
    "Giám đốc Bệnh viện Bạch Mai cho biết bệnh viện sẽ hỗ trợ tối đa.",
    "Bệnh viện Bạch Mai sẽ tăng cường hỗ trợ chuyên môn cho tuyến dưới.",
    "Bệnh viện Ung bướu Hà Nội khám sàng lọc miễn phí cho người dân huyện Mê Linh.",
    "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ xây dựng bệnh viện.",
    "Bệnh viện Đa khoa tỉnh Nam Định tiếp nhận 30 bệnh nhân từ các huyện lân cận.",
    # "giữa" without a cooperation word; a cue inside a quoted initiative's name
    "Khoảng cách giữa Bệnh viện Bạch Mai và Bệnh viện Việt Đức chỉ vài km.",
    "Việc điều động nhân sự giữa Bệnh viện Đa khoa Cái Nước và Bệnh viện Đa khoa tỉnh Cà Mau còn thiếu sót.",
    "Nổi bật có “Phòng khám vệ tinh trực tuyến” của Bệnh viện Đa khoa Xanh Pôn được nhiều người biết đến.",
    # a country after a noun says whose, not who: "bác sĩ Campuchia"
    "Bệnh viện Chợ Rẫy đã đào tạo hơn 300 bác sĩ Campuchia trong 10 năm qua.",
    # coordination ordered from above, and "trao nhầm" (swapped), are no cooperation
    "Thủ tướng yêu cầu Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương điều hành giá xăng dầu.",
    "Hai bé gái bị trao nhầm tại Bệnh viện Phụ sản Hà Nam cho hai gia đình khác nhau.",
    # a provincial inspection team visiting its own unit is administration
    "Đoàn kiểm tra của Sở Y tế tỉnh Nam Định đã làm việc tại Bệnh viện Đa khoa tỉnh Nam Định.",
    "Sở Y tế Hà Nội đề nghị người dân hỗ trợ ngành y tế trong mùa dịch.",
    "Bệnh viện E đã hỗ trợ hơn 2.000 người bệnh có hoàn cảnh khó khăn.",
    "Những bệnh viện vệ tinh của Bệnh viện Bạch Mai đã tự thực hiện kỹ thuật.",
    # honours and decisions are not donations
    "Sở Y tế Hà Nội tổ chức hội nghị công bố và trao quyết định của UBND thành phố Hà Nội về công tác cán bộ.",
    "Bộ trưởng Bộ Y tế trao Bằng khen cho Bệnh viện Đa khoa tỉnh Lạng Sơn.",
    "UBND tỉnh Quảng Ninh tặng Cờ thi đua cho Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh.",
    # a pair as subject of a directed cue is no agreement between them
    "Bệnh viện Bạch Mai và Bệnh viện Việt Đức đã nhiều năm hỗ trợ tuyến dưới.",
    # a person between the cue and an organisation: the person is who the work is with
    "Bệnh viện Đa khoa Thành phố Vinh đã làm việc với chị H., người tố cáo một cán bộ Sở Y tế Nghệ An.",
    # "làm việc" of a job, not a working session
    "Sở Y tế Đồng Nai cho biết 12 người làm việc cho Công ty Tân Phú đã nhập viện.",
    "Trung tâm Y tế huyện Tuy Phong cho biết 7 công nhân làm việc tại Công ty Hải sản Phan Thiết bị ngộ độc.",
    # "từ A đến B" after a cue spans places; A gives nothing
    "Bệnh viện Nhi Trung ương hỗ trợ khám bệnh cho trẻ em các tỉnh từ Thanh Hóa đến Quảng Bình.",
    # "làm việc tại" after a person, with no word of travel or session: where they work
    "Bệnh viện Đa khoa tỉnh Hà Tĩnh cho biết ông Trần Văn Hải, làm việc tại Sở Tài chính Hà Tĩnh, đã xin lỗi.",
    "Công nhân Lê Văn Tâm, quê tỉnh Thanh Hóa, đang làm việc tại xưởng của Công ty Sông Mã thì bị ngã.",
    # a badge is an honour, not a gift
    "Bộ Y tế trao huy hiệu Vì sức khỏe nhân dân cho Bệnh viện Đa khoa tỉnh Lạng Sơn.",
    # "Bộ trưởng" is a person, not a bare "Bộ"
    "Bộ Y tế đã họp khẩn. Bộ trưởng đã làm việc với Bệnh viện Bạch Mai về sự cố.",
    # "sự hỗ trợ của X" names the giver after the cue: the end before the cue never gives
    "Trung tâm Y tế huyện Núi Thành nhận được sự hỗ trợ của nhiều nhà hảo tâm cho Bệnh viện Đa khoa tỉnh Quảng Nam.",
    "Cuộc diễn tập của Bệnh viện Đa khoa tỉnh Quảng Nam với sự hỗ trợ của Nhật Bản diễn ra tại Đà Nẵng.",
    # "một số / nhiều bệnh viện tại X": a plural group is the receiver, not the place it is in
    "Sáng 3-4, Nhật Bản đã khảo sát một số bệnh viện tại Đà Nẵng.",
    "Bệnh viện Chợ Rẫy đã hỗ trợ nhiều bệnh viện tại tỉnh Long An.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_link(text: str) -> None:
    assert links(text) == set()


def test_link_offsets_cover_both_ends() -> None:
    text = "Sáng 5/3, Bệnh viện Chợ Rẫy chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Kiên Giang."
    doc = extract(text)
    [c] = doc.cooperations
    assert c.text.startswith("Bệnh viện Chợ Rẫy") and c.text.endswith("Kiên Giang")


# --- collapse(): contract level, one link per pair and one level per province

def link(src: str, tgt: str, sentence: int, kind: str = "support") -> Cooperation:
    return Cooperation(sentence=sentence, start=0, end=1, extractor="cooperations", version="t",
                       confidence=0.6, source=src, target=tgt, kind=kind)


PROVINCES = {
    BM: "Hà Nội",
    "Bệnh viện Đa khoa tỉnh Điện Biên": "Điện Biên",
    "Trung tâm Y tế huyện Mường Chà": "Điện Biên",
    "Sở Y tế Điện Biên": "Điện Biên",
    "Bệnh viện Đa khoa tỉnh Lai Châu": "Lai Châu",
    "Điện Biên": None,       # a province used as an end
    "Lai Châu": None,
}


def pairs(items) -> list[tuple[str, str]]:
    return sorted((c.source, c.target) for c in items)


def test_collapse_one_link_per_pair() -> None:
    out = collapse([link(BM, "Bệnh viện Đa khoa tỉnh Điện Biên", 0),
                    link(BM, "Bệnh viện Đa khoa tỉnh Điện Biên", 3, "training")], PROVINCES)
    assert pairs(out) == [(BM, "Bệnh viện Đa khoa tỉnh Điện Biên")]
    assert out[0].sentence == 0      # the first statement is kept


def test_collapse_drops_link_to_own_province() -> None:
    out = collapse([link("Sở Y tế Điện Biên", "Điện Biên", 0),
                    link("Điện Biên", "Bệnh viện Đa khoa tỉnh Điện Biên", 1),
                    link(BM, "Sở Y tế Điện Biên", 2)], PROVINCES)
    assert pairs(out) == [(BM, "Sở Y tế Điện Biên")]


def test_collapse_province_link_stands_for_inner_links() -> None:
    # the province link is stated in as many sentences as the inner link: it stands for it
    out = collapse([link(BM, "Điện Biên", 0), link(BM, "Điện Biên", 1),
                    link(BM, "Bệnh viện Đa khoa tỉnh Điện Biên", 2),
                    link(BM, "Trung tâm Y tế huyện Mường Chà", 2)], PROVINCES)
    assert pairs(out) == [(BM, "Điện Biên")]


def test_collapse_inner_links_win_when_more_often_stated() -> None:
    out = collapse([link(BM, "Điện Biên", 0),
                    link(BM, "Bệnh viện Đa khoa tỉnh Điện Biên", 1),
                    link(BM, "Trung tâm Y tế huyện Mường Chà", 2)], PROVINCES)
    assert pairs(out) == [(BM, "Bệnh viện Đa khoa tỉnh Điện Biên"), (BM, "Trung tâm Y tế huyện Mường Chà")]


def test_collapse_keeps_other_provinces_apart() -> None:
    out = collapse([link(BM, "Điện Biên", 0), link(BM, "Bệnh viện Đa khoa tỉnh Lai Châu", 1),
                    link(BM, "Bệnh viện Đa khoa tỉnh Lai Châu", 2)], PROVINCES)
    assert pairs(out) == [(BM, "Bệnh viện Đa khoa tỉnh Lai Châu"), (BM, "Điện Biên")]


def test_collapse_empty() -> None:
    assert collapse([], {}) == []


def contract_links(text: str) -> list[tuple[str, str]]:
    article = Article(source="test", title="", text=text, path="/tmp/test.txt", published=P)
    return sorted((c["from"], c["to"]) for c in to_contract(extract_article(article))["cooperations"])


def test_contract_collapses_province_and_organisation_links() -> None:
    text = ("Bệnh viện Bạch Mai hỗ trợ tỉnh Điện Biên phát triển y tế. "
            "Bệnh viện Bạch Mai tiếp tục hỗ trợ tỉnh Điện Biên đào tạo bác sĩ. "
            "Bệnh viện Bạch Mai chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Điện Biên.")
    assert contract_links(text) == [(BM, "Điện Biên")]


def test_contract_keeps_organisation_links_when_more_specific() -> None:
    text = ("Bệnh viện Bạch Mai hỗ trợ tỉnh Điện Biên phát triển y tế. "
            "Bệnh viện Bạch Mai chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Điện Biên. "
            "Bệnh viện Bạch Mai đào tạo bác sĩ cho Bệnh viện Đa khoa tỉnh Điện Biên.")
    assert contract_links(text) == [(BM, "Bệnh viện Đa khoa tỉnh Điện Biên")]


def test_contract_one_link_for_repeated_pair() -> None:
    text = ("Bệnh viện Chợ Rẫy hỗ trợ Bệnh viện Đa khoa tỉnh Kiên Giang. "
            "Bệnh viện Chợ Rẫy chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Kiên Giang.")
    assert contract_links(text) == [("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kiên Giang")]


# An article about one hospital: the sentence naming no receiver gives to it.
SUBJECT_CASES = [
    # the receiver of "hỗ trợ chuyên môn" is the new hospital the article is about
    (("Bệnh viện Đa khoa Phố Nối khánh thành khu điều trị mới.\n"
      "Bệnh viện Đa khoa Phố Nối có 300 giường bệnh.\n"
      "Năm tới, Bệnh viện Đa khoa Phố Nối mở thêm khoa ngoại.\n"
      "Bệnh viện Hữu nghị Việt Đức sẽ hỗ trợ chuyên môn về khoa ngoại."),
     {("Bệnh viện Hữu nghị Việt Đức", "Bệnh viện Đa khoa Phố Nối", "support")}),
    # staff sent with a purpose and no destination go to it
    (("Bệnh viện Đa khoa tỉnh Bắc Kạn tiếp nhận bệnh nhân ngộ độc nặng.\n"
      "Bệnh viện Đa khoa tỉnh Bắc Kạn đã lọc máu liên tục.\n"
      "Giám đốc Bệnh viện Đa khoa tỉnh Bắc Kạn cho biết bệnh nhân đã qua cơn nguy kịch.\n"
      "Bệnh viện Trung ương Thái Nguyên đã cử kíp bác sĩ lên hỗ trợ."),
     {("Bệnh viện Trung ương Thái Nguyên", "Bệnh viện Đa khoa tỉnh Bắc Kạn", "support")}),
    # help it requested from others
    (("Bệnh viện Đa khoa huyện Kim Bảng tiếp nhận sản phụ trong tình trạng nặng.\n"
      "Bệnh viện Đa khoa huyện Kim Bảng có khoa sản nhỏ.\n"
      "Giám đốc Bệnh viện Đa khoa huyện Kim Bảng cho biết ca mổ kéo dài.\n"
      "Kíp trực đã đề nghị hỗ trợ nhân lực từ Bệnh viện Phụ sản Hà Nam."),
     {("Bệnh viện Phụ sản Hà Nam", "Bệnh viện Đa khoa huyện Kim Bảng", "support")}),
]


@pytest.mark.parametrize("text,expected", SUBJECT_CASES)
def test_unnamed_receiver_is_the_article_subject(text: str, expected: set) -> None:
    assert links(text) == expected


def test_unnamed_receiver_needs_expertise_and_the_providers_own_verb() -> None:
    text = ("Bệnh viện Đa khoa Phố Nối khánh thành khu điều trị mới.\n"
            "Bệnh viện Đa khoa Phố Nối có 300 giường bệnh.\n"
            "Bệnh viện Đa khoa Phố Nối mở thêm khoa ngoại.\n"
            "Công ty Cổ phần Dược Hậu Giang phối hợp tổ chức lễ khánh thành.\n"
            "Sở Y tế Hưng Yên và Trường Đại học Y Hà Nội ký kết hợp tác về đào tạo.")
    assert all(c.target != "Bệnh viện Đa khoa Phố Nối" for c in extract(text).cooperations)


@pytest.mark.parametrize("text", [
    "Bệnh viện Bạch Mai hợp tác. Trời mưa. Đoàn công tác",
    "İstanbul: Bệnh viện A HỢP TÁC với Bệnh viện B. Trời mưa.",   # İ lower-cases to two characters
])
def test_trigger_test_reads_each_sentence_as_its_own_lowercased_slice(text: str) -> None:
    """The document-wide trigger search finds a trigger in a span exactly when the
    span's own lower-cased text holds one, and never across a span's edges."""
    doc = textnorm.normalise(Doc(text=text))   # the lower-cased text the test reads (İ: none)
    assert doc.match == text
    says = cooperations._trigger_test(doc)
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 7):
            low = text[start:end].lower()
            assert says(start, end) == any(w in low for w in cooperations._TRIGGERS)


def test_anaphors_in_a_span_are_those_a_whole_text_scan_finds() -> None:
    """"bệnh viện này" counts inside a sentence only as a whole word of the whole text:
    a span ending inside "nàyx" or starting inside "Xbệnh viện" finds nothing there."""
    from extractors.coop_ends import _ANAPHOR, Antecedents
    text = "Bệnh viện này hỗ trợ. Xbệnh viện này và trung tâm nàyx, cơ sở trên."
    antecedents = Antecedents(Doc(text=text))
    whole = [m.span() for m in _ANAPHOR.finditer(text)]
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert [m.span() for m in antecedents.mentions_in(start, end)] == \
                [sp for sp in whole if start <= sp[0] and sp[1] <= end]


def test_starts_with_guard_changes_no_match() -> None:
    """The first-letter lookahead only skips positions no word could start at."""
    import re
    from extractors.lexicon import starts_with
    words = ["đón", "tiếp", "Bộ"]
    plain = re.compile(r"(?<![^\W\d_])(?:đón|tiếp|bộ)(?![^\W\d_])", re.IGNORECASE)
    guarded = re.compile(starts_with(*words) + plain.pattern, re.IGNORECASE)
    text = "ĐÓN đoàn, Tiếp nhận; BỘ Y tế; xđón; bộ"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(guarded.findall(text)) == 4
    with pytest.raises(ValueError):
        starts_with("(?:a)")
