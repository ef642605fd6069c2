"""Words of hospital departments, police departments and clinical centres ("phòng Kế hoạch tổng hợp",
"phòng Cảnh sát hình sự", "Trung tâm Chống độc"): read by the officials' title reader and by the
organisation heads, which must not take a department for a named body ("phòng khám Tiêu Hóa")."""
from __future__ import annotations

# lower-case words that occur inside department names ("phòng Chỉ đạo tuyến")
# police departments' words ("trưởng phòng Tham mưu", "phòng Cảnh sát hình sự (PC45)"): without them
# the title stopped at "Tham"/"Cảnh" (VietNews 5,000 police/hospital articles: 23 such titles)
DEPT_WORDS = frozenset("""tổng hợp nghiệp vụ y dược hành chính quản trị điều dưỡng tài kế toán
tổ chức cán bộ khám chữa bệnh hoạch học chỉ đạo tuyến lý chất lượng công tác xã hội vật tư thiết bị
hóa sinh nội ngoại sản nhi cấp cứu hồi sức tích cực chống độc dinh dưỡng kiểm soát nhiễm khuẩn
khoa đào tạo truyền thông tế dân số an toàn thực phẩm phụ thần kinh tim mạch ung bướu
chẩn đoán hình ảnh xét nghiệm phục hồi chức năng răng hàm mặt gây mê mắt tai mũi họng da liễu bỏng
lao phổi thận tiết niệu tiêu hóa huyết học truyền máu xương khớp nội tiết chấn thương chỉnh
tham mưu nhũng cảnh sát hình sự điều tra tội phạm kinh ma túy tuý trật tự ninh""".split())
# words of a hospital's clinical centre ("Trung tâm Chống độc", "Trung tâm Y học hạt nhân và
# Ung bướu", "trung tâm ghép tạng"): the wards' vocabulary and a few more specialties
CENTRE_WORDS = DEPT_WORDS | frozenset("""ghép tạng đột quỵ y học hạt nhân điều trị ung bướu dị ứng
miễn dịch lâm sàng sơ sinh hô hấp và bệnh nhiệt đới hỗ trợ sinh sản phẫu thuật soi tạo nam""".split())
# two-syllable departments and specialties, written capitalised after "phòng khám" as a ward's name
# ("phòng khám Tiêu Hóa", "… Xương Khớp"): the pair, not each syllable, since a clinic's own name is
# made of the same syllables ("phòng khám An Sinh", "… Thành Công", "… Minh Khoa")
DEPARTMENT_PAIRS = frozenset("""tiêu hóa|tiêu hoá|hô hấp|cơ xương|xương khớp|răng hàm|hàm mặt|tai mũi|mũi họng|da liễu
tim mạch|thần kinh|ung bướu|nội tiết|tiết niệu|truyền nhiễm|sản phụ|phụ khoa|nhi khoa|nam khoa|y học|cổ truyền
chấn thương|chỉnh hình|huyết học|dinh dưỡng|hồi sức|cấp cứu|phục hồi|dị ứng|miễn dịch|hiếm muộn|vô sinh|tâm thần
tâm lý|đa khoa|chuyên khoa|nội khoa|ngoại khoa|sản khoa|lão khoa|thẩm mỹ|sức khỏe|sức khoẻ|lồng ngực|gan mật
""".replace("\n", "|").strip("|").split("|"))
