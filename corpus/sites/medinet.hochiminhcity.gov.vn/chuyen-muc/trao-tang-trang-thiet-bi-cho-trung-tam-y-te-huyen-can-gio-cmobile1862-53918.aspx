<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ</title>
<meta property="og:site_name" content="Sở Y tế TP.HCM">
</head>
<body>
<form method="post" action="./" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1NzM2NDk2OA9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYCZg9kFgICAQ8WAh4EVGV4dAUFTWVkaW5ldGRk"></div>
<div id="wrapper">
<div id="header"><div class="container"><div class="banner-text"><h2>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</h2></div></div></div>
<nav id="menu"><div class="container"><ul class="menu-top"><li class="menu-item"><a href="https://medinet.hochiminhcity.gov.vn/" title="Trang chủ">Trang chủ</a></li><li class="menu-item"><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx" title="Tin hoạt động">Tin hoạt động</a></li><li class="menu-item"><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/van-ban-c1870.aspx" title="Văn bản">Văn bản</a></li></ul></div></nav>
<div id="main"><div class="container">
<div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx">Tin hoạt động</a></div>
<div class="news-detail">
<h1 class="title">Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ</h1>
<div class="date">Cập nhật: 12/07/2024 09:40</div>
<div class="sapo"><strong>Sáng 11/7, tại huyện Cần Giờ, Công ty Cổ phần Dược phẩm Hòa An phối hợp với Sở Y tế TP.HCM trao tặng máy siêu âm màu, hệ thống X-quang kỹ thuật số và nhiều thiết bị khác trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ.</strong></div>
<div id="content" class="content-detail">
<p style="text-align:justify">Tham dự buổi lễ có TS.BS. Tạ Quang Minh - Phó Giám đốc Sở Y tế Thành phố Hồ Chí Minh; ông Lê Hữu Phước - Phó Chủ tịch UBND huyện Cần Giờ; bà Nguyễn Thị Bích Ngọc - Tổng Giám đốc Công ty Cổ phần Dược phẩm Hòa An; BSCKII Phạm Văn Sang - Giám đốc TTYT huyện Cần Giờ cùng đông đảo cán bộ, nhân viên y tế của đơn vị.</p>
<p style="text-align:justify">Cần Giờ là huyện ven biển duy nhất của thành phố, cách trung tâm khoảng 50 km, với dân số hơn 76.000 người sống rải rác ở nhiều xã, trong đó có xã đảo Thạnh An. Mỗi năm, Trung tâm Y tế huyện Cần Giờ tiếp nhận khoảng 120.000 lượt khám bệnh; riêng 6 tháng đầu năm 2024 đã có 58.430 lượt người dân đến khám và điều trị.</p>
<div class="box-tinlienquan"><b>Tin liên quan:</b><ul><li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/bo-y-te-cong-bo-danh-muc-thuoc-thiet-yeu-moi-cmobile1862-09642.aspx">Bộ Y tế công bố danh mục thuốc thiết yếu mới</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tang-cuong-kiem-tra-an-toan-thuc-pham-dip-tet-trung-thu-cmobile1862-32398.aspx">Tăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu</a></li></ul></div>
<p style="text-align:justify">Theo BSCKII Phạm Văn Sang, nhiều thiết bị chẩn đoán của trung tâm đã được đưa vào sử dụng hơn 10 năm, thường xuyên hư hỏng, ảnh hưởng đến chất lượng khám, chữa bệnh. Không ít người bệnh phải sang huyện Nhà Bè hoặc vào nội thành để chụp phim, siêu âm, mất cả ngày đi lại.
<figure class="image" style="text-align:center"><img src="/data/news/958595.jpg" alt="Đại diện nhà tài trợ trao biểu trưng trang thiết bị cho Trung tâm Y tế huyện Cần Giờ."><figcaption>Đại diện nhà tài trợ trao biểu trưng trang thiết bị cho Trung tâm Y tế huyện Cần Giờ.</figcaption></figure>
<p style="text-align:justify">Số trang thiết bị được trao tặng lần này gồm 1 máy siêu âm màu 4 chiều, 1 hệ thống X-quang kỹ thuật số, 2 máy theo dõi bệnh nhân đa thông số và 1 máy điện tim 12 kênh, tổng trị giá 1,2 tỷ đồng. Các thiết bị đã được lắp đặt, chạy thử và chuyển giao hướng dẫn vận hành cho kỹ thuật viên của trung tâm trước buổi lễ.</p>
<p style="text-align:justify">Phát biểu tại buổi lễ, TS.BS. Tạ Quang Minh ghi nhận sự chung tay của doanh nghiệp với ngành y tế thành phố, nhất là đối với các huyện ngoại thành còn nhiều khó khăn. Theo ông, Sở Y tế TP.HCM đang triển khai nhiều giải pháp nâng cao năng lực y tế cơ sở như tăng cường bác sĩ luân phiên từ các bệnh viện tuyến thành phố, đầu tư trạm y tế xã và phát triển khám chữa bệnh từ xa. Sự hỗ trợ của nhà tài trợ sẽ giúp người dân Cần Giờ được chẩn đoán sớm, chính xác hơn ngay tại huyện.</p>
<p style="text-align:justify">Bà Nguyễn Thị Bích Ngọc cho biết, đây là hoạt động nằm trong chương trình &quot;Vì sức khỏe cộng đồng&quot; mà công ty duy trì từ năm 2019, đến nay đã hỗ trợ trang thiết bị cho 14 trạm y tế và trung tâm y tế tại các huyện ngoại thành với tổng kinh phí hơn 5 tỷ đồng.</p>
<p style="text-align:justify">Đại diện lãnh đạo UBND huyện Cần Giờ, ông Lê Hữu Phước cảm ơn nhà tài trợ và đề nghị Trung tâm Y tế huyện sử dụng hiệu quả, bảo quản tốt các thiết bị được trao tặng, đồng thời tiếp tục phối hợp với các bệnh viện tuyến trên đào tạo nhân lực để khai thác tối đa công năng của máy móc.</p>
</div>
<div class="author" style="text-align:right"><strong>TTYT huyện Cần Giờ</strong></div>
</div>
</div>
<div class="col-right"><div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new">
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/cuu-song-nguoi-benh-ngung-tim-nho-quy-trinh-bao-dong-do-lien-vien-cmobile1862-91216.aspx">Cứu sống người bệnh ngừng tim nhờ quy trình báo động đỏ liên viện</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/ghep-than-thanh-cong-cho-nguoi-benh-suy-than-giai-doan-cuoi-cmobile1862-37153.aspx">Ghép thận thành công cho người bệnh suy thận giai đoạn cuối</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/day-manh-chuyen-doi-so-trong-kham-chua-benh-bao-hiem-y-te-cmobile1862-83859.aspx">Đẩy mạnh chuyển đổi số trong khám chữa bệnh bảo hiểm y tế</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/canh-bao-ngo-doc-nam-rung-o-cac-tinh-mien-nui-phia-bac-cmobile1862-75270.aspx">Cảnh báo ngộ độc nấm rừng ở các tỉnh miền núi phía Bắc</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/ha-noi-ghi-nhan-so-ca-mac-sot-xuat-huyet-giam-manh-so-voi-cung-ky-cmobile1862-71052.aspx">Hà Nội ghi nhận số ca mắc sốt xuất huyết giảm mạnh so với cùng kỳ</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tang-cuong-giam-sat-benh-truyen-nhiem-tai-cua-khau-cmobile1862-17831.aspx">Tăng cường giám sát bệnh truyền nhiễm tại cửa khẩu</a></li>
</ul></div>
</div></div>
<div id="footer"><div class="container"><p>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</p><p>Giấy phép số 4871/GP-TTĐT do Sở Thông tin và Truyền thông TP.HCM cấp</p><p>Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, TP.HCM. Điện thoại: 028.3930.9912</p><p>Ghi rõ nguồn Medinet khi phát hành lại thông tin từ website này.</p></div></div>
</div>
</form>
</body>
</html>
