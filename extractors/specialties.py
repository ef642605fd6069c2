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
