<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long</title>
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
<h1 class="title">Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long</h1>
<div class="date">Cập nhật: 14/07/2023 15:20</div>
<div class="sapo"><strong>Trong hai ngày 13 và 14/7/2023, tại thành phố Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế thành phố Cần Thơ tổ chức hội thảo “Hợp tác phát triển y tế chuyên sâu vùng Đồng bằng sông Cửu Long”, thu hút đại diện lãnh đạo ngành y tế 13 tỉnh, thành phố trong vùng.</strong></div>
<div id="content" class="content-detail">
<p style="text-align:justify">Dự hội thảo có bà Dương Thị Ngọc Ánh - Phó Chủ tịch UBND TP.HCM; BSCKII Huỳnh Minh Trí - Giám đốc Sở Y tế TPHCM; ông Lý Văn Hưng - Giám đốc Sở Y tế thành phố Cần Thơ cùng lãnh đạo Sở Y tế các tỉnh Long An, Tiền Giang, Bến Tre, Vĩnh Long, Trà Vinh, Đồng Tháp, An Giang, Kiên Giang, Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau và giám đốc nhiều bệnh viện chuyên khoa đầu ngành.</p>
<figure class="image" style="text-align:center"><img src="/data/news/538879.jpg" alt="Quang cảnh hội thảo tại thành phố Cần Thơ."><figcaption>Quang cảnh hội thảo tại thành phố Cần Thơ.</figcaption></figure>
<div class="box-tinlienquan"><b>Tin liên quan:</b><ul><li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/huong-dan-cham-soc-tre-mac-tay-chan-mieng-tai-nha-cmobile1862-65946.aspx">Hướng dẫn chăm sóc trẻ mắc tay chân miệng tại nhà</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/ha-noi-ghi-nhan-so-ca-mac-sot-xuat-huyet-giam-manh-so-voi-cung-ky-cmobile1862-71052.aspx">Hà Nội ghi nhận số ca mắc sốt xuất huyết giảm mạnh so với cùng kỳ</a></li></ul></div>
<p style="text-align:justify">Phát biểu khai mạc, BSCKII Huỳnh Minh Trí cho biết, khoảng 40% người bệnh điều trị nội trú tại các bệnh viện chuyên khoa đầu ngành của thành phố như ung bướu, nhi, sản, chấn thương chỉnh hình đến từ các tỉnh, thành khác, trong đó phần lớn là người dân vùng Đồng bằng sông Cửu Long. Tình trạng này vừa gây quá tải cho bệnh viện thành phố, vừa khiến người bệnh và gia đình tốn kém chi phí đi lại, ăn ở.</p>
<p style="text-align:justify">Theo Giám đốc Sở Y tế Thành phố Hồ Chí Minh, thực hiện Nghị quyết số 13-NQ/TW ngày 2/4/2022 của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Đồng bằng sông Cửu Long đến năm 2030, tầm nhìn đến năm 2045, ngành y tế thành phố xác định hỗ trợ các tỉnh trong vùng là trách nhiệm, đồng thời cũng là giải pháp căn cơ để giảm tải cho chính các bệnh viện của thành phố.</p>
<h3>Ký kết thỏa thuận hợp tác với 5 địa phương</h3>
<p style="text-align:justify">Trong khuôn khổ hội thảo, Sở Y tế TPHCM đã ký kết thỏa thuận hợp tác với Sở Y tế thành phố Cần Thơ và Sở Y tế các tỉnh Bến Tre, Trà Vinh, Sóc Trăng, Cà Mau. Theo đó, các bệnh viện chuyên khoa của thành phố như Bệnh viện Nhi Đồng 1, Bệnh viện Từ Dũ, Bệnh viện Ung Bướu, Bệnh viện Chấn thương Chỉnh hình sẽ nhận đỡ đầu chuyên môn cho các bệnh viện tuyến tỉnh; tổ chức đào tạo theo hình thức &quot;cầm tay chỉ việc&quot; và triển khai mạng lưới chuyển viện, hội chẩn liên viện 24/7.</p>
<figure class="image" style="text-align:center"><img src="/data/news/427064.jpg" alt="Lãnh đạo Sở Y tế TPHCM và Sở Y tế các địa phương ký kết thỏa thuận hợp tác."><figcaption>Lãnh đạo Sở Y tế TPHCM và Sở Y tế các địa phương ký kết thỏa thuận hợp tác.</figcaption></figure>
<p style="text-align:justify">Chia sẻ tại hội thảo, ông Lý Văn Hưng, Giám đốc Sở Y tế thành phố Cần Thơ cho biết, Cần Thơ đang phấn đấu trở thành trung tâm y tế chuyên sâu của vùng nhưng còn thiếu chuyên gia ở các lĩnh vực ghép tạng, phẫu thuật tim hở, xạ trị. Ông đề nghị TP.HCM hỗ trợ đào tạo đội ngũ kế cận và chia sẻ kinh nghiệm vận hành mạng lưới cấp cứu ngoại viện.</p>
<p style="text-align:justify">Nhiều đại biểu cũng đề xuất xây dựng cơ chế chia sẻ dữ liệu người bệnh giữa các bệnh viện, thống nhất phác đồ điều trị cho một số bệnh thường gặp, đồng thời kiến nghị Bộ Y tế sớm có hướng dẫn về chi phí chuyển giao kỹ thuật giữa các địa phương.</p>
<p style="text-align:justify">Phát biểu kết luận, Phó Chủ tịch UBND TP.HCM Dương Thị Ngọc Ánh đề nghị Sở Y tế TP.HCM sớm cụ thể hóa các thỏa thuận bằng kế hoạch chi tiết, có lộ trình và chỉ tiêu đánh giá rõ ràng. Bà nhấn mạnh, sự liên kết giữa TP.HCM và các tỉnh Đồng bằng sông Cửu Long không chỉ giúp nâng cao chất lượng khám, chữa bệnh mà còn góp phần thực hiện mục tiêu để mọi người dân được chăm sóc sức khỏe tốt ngay tại địa phương.</p>
</div>
<div class="author" style="text-align:right"><strong>Phòng Truyền thông - Sở Y tế</strong></div>
</div>
</div>
<div class="col-right"><div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new">
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/kiem-tra-cong-tac-y-te-truong-hoc-dau-nam-hoc-moi-cmobile1862-17158.aspx">Kiểm tra công tác y tế trường học đầu năm học mới</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/day-manh-chuyen-doi-so-trong-kham-chua-benh-bao-hiem-y-te-cmobile1862-83859.aspx">Đẩy mạnh chuyển đổi số trong khám chữa bệnh bảo hiểm y tế</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/bo-y-te-cong-bo-danh-muc-thuoc-thiet-yeu-moi-cmobile1862-09642.aspx">Bộ Y tế công bố danh mục thuốc thiết yếu mới</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tang-cuong-giam-sat-benh-truyen-nhiem-tai-cua-khau-cmobile1862-17831.aspx">Tăng cường giám sát bệnh truyền nhiễm tại cửa khẩu</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/hoi-thao-khoa-hoc-dieu-duong-mo-rong-thu-hut-hon-500-dai-bieu-cmobile1862-24520.aspx">Hội thảo khoa học điều dưỡng mở rộng thu hút hơn 500 đại biểu</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/nhung-dieu-can-biet-ve-benh-dai-thao-duong-type-2-cmobile1862-28615.aspx">Những điều cần biết về bệnh đái tháo đường type 2</a></li>
</ul></div></div>
</div></div>
<div id="footer"><div class="container"><p>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</p><p>Giấy phép số 4871/GP-TTĐT do Sở Thông tin và Truyền thông TP.HCM cấp</p><p>Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, TP.HCM. Điện thoại: 028.3930.9912</p><p>Ghi rõ nguồn Medinet khi phát hành lại thông tin từ website này.</p></div></div>
</div>
</form>
</body>
</html>
