"""Session 35 (second speed session): the organisation walker asks each word only the steps
whose first test it can pass (by its head, type, first letter and a few marker words). Every
kind of word a step reads must still be read where it was: legal forms, remits, school kinds,
places, countries, numbers, brackets, dashes, "&" and "và" inside names."""
from __future__ import annotations

from pipeline.extract import extract
from pipeline.records import Article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(Article(source="t", title="", text=text)).organizations]


def test_company_legal_form_and_ampersand() -> None:
    """"một thành viên" after "TNHH" and "&" between two capitalised parts stay in a company's name."""
    assert _orgs("Công ty TNHH một thành viên Thái Sơn đã trao 20 suất quà cho Trạm Y tế xã.") == [
        "Công ty TNHH một thành viên Thái Sơn"]
    assert _orgs("Công ty Cổ phần Dược phẩm Hà Tây & Đối tác cùng Bộ Ngoại giao Nhật Bản tham dự.") == [
        "Công ty Cổ phần Dược phẩm Hà Tây và Đối tác", "Bộ Ngoại giao Nhật Bản"]


def test_remits_school_kinds_and_numbers() -> None:
    """A board's remit, a school's kind, a society's lower-case remit, a hospital's number."""
    assert _orgs("Ban An toàn giao thông tỉnh Gia Lai phối hợp với Bệnh viện 199 tổ chức buổi tập huấn.") == [
        "Ban An toàn giao thông tỉnh Gia Lai", "Bệnh viện 199"]
    assert _orgs("Học sinh Trường THPT chuyên Thái Bình được Hội Bảo vệ thiên nhiên và môi trường TP. HCM "
                 "tặng cây xanh.") == [
        "Trường THPT chuyên Thái Bình", "Hội Bảo vệ thiên nhiên và môi trường Thành phố Hồ Chí Minh"]
    assert _orgs("Bệnh viện Nhi Trung ương cơ sở 2 tiếp nhận 3 bệnh nhân từ Bệnh viện Quân y 7A.") == [
        "Bệnh viện Nhi Trung ương cơ sở 2", "Bệnh viện Quân y 7A"]


def test_abbreviations_brackets_countries_and_dashes() -> None:
    """"Sở GD&ĐT", "Bệnh viện (BV) Đa khoa …", a country closing a ministry, "Việt - Đức"."""
    assert _orgs("Sở GD&ĐT tỉnh Nghệ An và Bệnh viện (BV) Đa khoa tỉnh Hà Tĩnh ký kết hợp tác.") == [
        "Sở Giáo dục và Đào tạo Nghệ An", "Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    assert _orgs("Bộ Y tế Thái Lan cử chuyên gia sang Bệnh viện Việt - Đức hỗ trợ.") == [
        "Bộ Y tế Thái Lan", "Bệnh viện Việt - Đức"]


def test_scanners_read_bodies_after_sentences_without_them() -> None:
    """The scanners skipped in documents that lack their words still read a body written in any
    sentence of the document (not only the first)."""
    assert _orgs("Sáng nay trời mưa to. Viện kiểm sát nhân dân tỉnh Long An và Phòng Cảnh sát giao thông "
                 "Công an tỉnh Long An đã vào cuộc.") == [
        "Viện Kiểm sát nhân dân tỉnh Long An", "Phòng Cảnh sát giao thông Công an tỉnh Long An", "Công an tỉnh Long An"]
    assert "Hội đồng bầu cử quốc gia" in _orgs(
        "Người dân đến khám rất đông. Đại diện Hội đồng bầu cử quốc gia đã dự hội nghị tại Hà Nội.")
    assert _orgs("Người dân đến khám rất đông. Quân chủng Hải quân đã cử bác sĩ hỗ trợ.") == ["Quân chủng Hải quân"]
