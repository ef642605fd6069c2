"""Table-driven tests for extractors.textnorm: the same-length matching text
(dashes, spaces, quotes, old/new tone placement) and the chrome-line flags."""
from __future__ import annotations

import unicodedata

import pytest

from extractors import textnorm
from extractors.doc import Doc


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# (stored text, expected matching text)
MATCH_CASES = [
    # --- dashes become "-"
    ("Bệnh viện Sản – Nhi Cà Mau", "Bệnh viện Sản - Nhi Cà Mau"),
    ("Lê Văn Hùng — Giám đốc", "Lê Văn Hùng - Giám đốc"),
    ("giai đoạn 2024‑2030", "giai đoạn 2024-2030"),
    ("nhiệt độ −5 độ", "nhiệt độ -5 độ"),
    ("Bà Rịa‐Vũng Tàu", "Bà Rịa-Vũng Tàu"),
    ("ngày 19‒20/8", "ngày 19-20/8"),
    ("Sở Y tế ― Nghệ An", "Sở Y tế - Nghệ An"),
    # --- exotic spaces become " "
    ("Sở\u00a0Y\u00a0tế Hà Nội", "Sở Y tế Hà Nội"),
    ("PGS.TS.\u202fNguyễn Văn Bình", "PGS.TS. Nguyễn Văn Bình"),
    ("Bộ\u2009Y tế", "Bộ Y tế"),
    ("\ufeffBệnh viện Chợ Rẫy", " Bệnh viện Chợ Rẫy"),
    ("Trung tâm\u200bY tế", "Trung tâm Y tế"),
    ("cột 1\tcột 2", "cột 1 cột 2"),
    # --- curly quotes become straight
    ("chương trình “Sức khỏe Việt Nam”", 'chương trình "Sức khỏe Việt Nam"'),
    ("khẩu hiệu ‘vì người bệnh’", "khẩu hiệu 'vì người bệnh'"),
    # --- old tone placement becomes new
    ("Tỉnh uỷ Nghệ An", "Tỉnh ủy Nghệ An"),
    ("Ủy ban nhân dân tỉnh Khánh Hoà", "Ủy ban nhân dân tỉnh Khánh Hòa"),
    ("chăm sóc sức khoẻ nhân dân", "chăm sóc sức khỏe nhân dân"),
    ("Bệnh viện Thuỷ Nguyên", "Bệnh viện Thủy Nguyên"),
    ("tuỳ theo tình hình", "tùy theo tình hình"),
    ("Hoà Bình và Thanh Hoá", "Hòa Bình và Thanh Hóa"),
    ("xoá đói giảm nghèo", "xóa đói giảm nghèo"),
    ("toà nhà điều trị", "tòa nhà điều trị"),
    ("luỹ kế từ đầu năm", "lũy kế từ đầu năm"),
    ("chuyên khoa Nội tiết – Đái tháo đường, Thành uỷ", "chuyên khoa Nội tiết - Đái tháo đường, Thành ủy"),
    ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("HOÀ NHẬP", "HÒA NHẬP"),
    ("Thuỵ Anh", "Thụy Anh"),
    ("loé sáng", "lóe sáng"),
    ("oà khóc", "òa khóc"),
    ("hoạ sĩ", "họa sĩ"),
    # --- already modern, or words whose tone is already right: unchanged
    ("Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An"),
    ("sức khỏe cộng đồng", "sức khỏe cộng đồng"),
    ("quà tặng cho bệnh nhi", "quà tặng cho bệnh nhi"),
    ("đôi giày mới", "đôi giày mới"),
    ("hoàn thành kế hoạch", "hoàn thành kế hoạch"),
    ("Quý III năm 2024", "Quý III năm 2024"),
    ("chiếc thuyền cứu hộ", "chiếc thuyền cứu hộ"),
    ("Nguyễn Thị Quỳnh", "Nguyễn Thị Quỳnh"),
    ("quả cam", "quả cam"),
    ("khuya khoắt", "khuya khoắt"),
    ("Trần Văn Hoàng", "Trần Văn Hoàng"),
    ("tuyệt đối an toàn", "tuyệt đối an toàn"),
    ("khoảng 300 người", "khoảng 300 người"),
    ("Quỹ Bảo hiểm y tế", "Quỹ Bảo hiểm y tế"),
    ("huỷ bỏ", "hủy bỏ"),
    ("thuý", "thúy"),
    ("ngoại khoa, khoá học", "ngoại khoa, khóa học"),
]


@pytest.mark.parametrize("stored,expected", MATCH_CASES)
def test_match_text(stored: str, expected: str) -> None:
    stored, expected = nfc(stored), nfc(expected)
    got = textnorm.match_text(stored)
    assert got == expected
    assert len(got) == len(stored)


@pytest.mark.parametrize("stored,expected", MATCH_CASES)
def test_normalise_doc_keeps_text_and_length(stored: str, expected: str) -> None:
    stored = nfc(stored)
    doc = textnorm.normalise(Doc(text=stored))
    assert doc.text == stored            # the stored text is never modified
    assert doc.match == nfc(expected)
    assert len(doc.match) == len(doc.lower) == len(doc.text)


def test_nfd_input_is_composed() -> None:
    raw = unicodedata.normalize("NFD", "Sở Y tế tỉnh Khánh Hoà")
    doc = textnorm.normalise(Doc(text=raw))
    assert doc.text == nfc(raw)
    assert doc.match == "Sở Y tế tỉnh Khánh Hòa"


def test_offsets_survive_normalisation() -> None:
    text = "Ngày 3/5, Tỉnh uỷ Khánh Hoà\u00a0làm việc với Bệnh viện Sản – Nhi."
    doc = textnorm.normalise(Doc(text=text))
    for needle in ("Tỉnh ủy Khánh Hòa", "Bệnh viện Sản - Nhi"):
        i = doc.match.index(needle)
        assert textnorm.match_text(doc.text[i:i + len(needle)]) == needle


# (one line of text, is it chrome?)
CHROME_CASES = [
    ("z5664746724810_7046c99cba07bb174a7d6011e07a898e.jpg", True),
    ("  z5123456789012_abcdef0123456789abcdef0123456789.JPG  ", True),
    ("IMG_20240312_093015.jpeg", True),
    ("anh-hoi-nghi-so-y-te.png", True),
    ("banner.webp", True),
    ("Xem thêm", True),
    ("XEM THÊM", True),
    ("Xem thêm:", True),
    ("Xem thêm: Bộ Y tế chỉ đạo phòng chống sốt xuất huyết", True),
    ("Video", True),
    ("Đọc báo in", True),
    ("Tin liên quan", True),
    ("Bài liên quan", True),
    ("Chia sẻ", True),
    ("In bài", True),
    ("Tin khác", True),
    ("Tin cùng chuyên mục", True),
    ("Từ khóa: sốt xuất huyết, Sở Y tế", True),
    ("Tags: y tế, Nghệ An", True),
    ("12, Tháng 7, 2024 |", True),
    ("8, Tháng 8, 2023 |", True),
    ("3, tháng 12, 2025", True),
    ("Ảnh: SYT NA", True),
    ("Ảnh: Minh Châu", True),
    ("ẢNH: BVCC", True),
    ("Nguồn: Bộ Y tế", True),
    ("Video: Trung tâm Kiểm soát bệnh tật", True),
    # prose is not chrome, even when it starts with a chrome word
    ("Xem thêm thông tin tại website của Sở Y tế.", False),
    ("Video clip ghi lại cảnh xe cứu thương vượt lũ đã lan truyền trên mạng.", False),
    ("Ảnh hưởng của bão số 3 khiến nhiều trạm y tế bị ngập.", False),
    ("Chia sẻ tại hội nghị, ông Nguyễn Văn Bình cho biết ngành y tế đã nỗ lực.", False),
    ("Nguồn nhân lực y tế của tỉnh còn thiếu 300 bác sĩ.", False),
    ("Ngày 12/7/2024, Sở Y tế tổ chức hội nghị.", False),
    ("Tin khác về bệnh viện sẽ được cập nhật sau.", False),
    ("Bệnh viện Đa khoa tỉnh đã tiếp nhận 12 bệnh nhân.", False),
    ("Quang cảnh buổi làm việc", False),
    ("file đính kèm báo cáo.pdf được gửi tới các đơn vị", False),
    ("Đọc báo in là thói quen của nhiều cán bộ hưu trí ở địa phương.", False),
    ("In bài phát biểu của Thứ trưởng được phát cho đại biểu.", False),
]


@pytest.mark.parametrize("line,is_chrome", CHROME_CASES)
def test_chrome_line(line: str, is_chrome: bool) -> None:
    text = f"Sở Y tế tổ chức hội nghị.\n{line}\nHội nghị kết thúc lúc 11 giờ."
    doc = textnorm.normalise(Doc(text=text))
    start = text.index(line)
    flagged = [s for s in doc.chrome if s[0] <= start + len(line) - len(line.lstrip()) < s[1]]
    assert bool(flagged) == is_chrome, doc.chrome
    for s, e in doc.chrome:  # spans stay on their line
        assert "\n" not in text[s:e]
    # the prose lines around it are never chrome
    assert not any(s == 0 for s, _ in doc.chrome)


def test_chrome_spans_are_offsets_into_text() -> None:
    text = ("Bệnh viện Bạch Mai hỗ trợ tỉnh Điện Biên\n"
            "z5664746724810_7046c99cba07bb174a7d6011e07a898e.jpg\n"
            "Ảnh: BVBM\n"
            "Đoàn công tác làm việc tại Bệnh viện Đa khoa tỉnh Điện Biên.\n"
            "Xem thêm\n")
    doc = textnorm.normalise(Doc(text=text))
    lines = [text[s:e] for s, e in doc.chrome]
    assert lines == ["z5664746724810_7046c99cba07bb174a7d6011e07a898e.jpg", "Ảnh: BVBM", "Xem thêm"]


# The word-by-word definition tone_fold must agree with: every whole word (run of
# letters) ending in oa/oe/uy, any tone and case, gets the modern placement.
_REFERENCE = __import__("re").compile(
    r"(?i)(?<![^\W\d_])[^\W\d_]*?(?:[oòóõỏọ][aàáãảạeèéẽẻẹ]|[uùúũủụ][yỳýỹỷỵ])(?![^\W\d_])")


def _reference_fold(text: str) -> str:
    return _REFERENCE.sub(lambda m: textnorm._same_length(m.group(0)), text)


def test_tone_fold_agrees_with_the_word_definition() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent
    texts = [f.read_text(encoding="utf-8") for f in sorted(root.glob("data/heldout*/texts/*"))]
    texts += [s for s, _ in MATCH_CASES]
    # word edges: digits, underscores, marks, other scripts, string ends
    texts += ["hoà", "3hoà", "_hoà_", "hoà2", "xhoà", "ΑΣhoà", "HOÀ-THUỶ", "uỷ²", "²hoà", "½thuỷ", "oà oà oà",
              "Khánh Hoà.\nTHUỶ\tloé", "ngoằn ngoèo khuỷu", "ỦY"]
    for text in texts:
        text = nfc(text)
        assert textnorm.tone_fold(text) == _reference_fold(text), text
