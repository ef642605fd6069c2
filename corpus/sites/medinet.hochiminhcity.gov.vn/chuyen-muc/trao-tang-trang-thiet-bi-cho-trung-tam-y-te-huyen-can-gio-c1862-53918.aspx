<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1">
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ - Sở Y tế TP.HCM</title>
<meta name="description" content="Sáng 11/7, tại huyện Cần Giờ, Công ty Cổ phần Dược phẩm Hòa An phối hợp với Sở Y tế TP.HCM trao tặng máy siêu âm màu, hệ thống X-quang kỹ thuật số và nhiều thiết bị khác trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ.">
<link rel="canonical" href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx">
<meta property="og:title" content="Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ">
<meta property="og:url" content="https://medinet.hochiminhcity.gov.vn/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx">
<meta property="og:description" content="Sáng 11/7, tại huyện Cần Giờ, Công ty Cổ phần Dược phẩm Hòa An phối hợp với Sở Y tế TP.HCM trao tặng máy siêu âm màu, hệ thống X-quang kỹ thuật số và nhiều thiết bị khác trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ.">
<meta property="og:site_name" content="Sở Y tế TP.HCM">
<link href="/Portals/_default/Skins/Medinet/skin.css?v=20230501" rel="stylesheet" type="text/css">
<script src="/js/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">var dnn = {"apiversion":"v1","sf_siteRoot":"/"};</script>
</head>
<body id="Body">
<form method="post" action="./trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTk4NjQ2NTk1Nw9kFgJmD2QWAgIDD2QWAmYPZBYCZg9kFgRmDxYCHgRUZXh0BQ5UaW4gaG/huqF0IMSR4buZbmdkAgEPFgIfAAUKMTQvMDcvMjAyM2RkZGRk">
</div>
<div id="wrapper">
<div id="header"><div class="container">
  <a class="logo" href="/"><img src="/Portals/0/logo-soyte.png" alt="Sở Y tế Thành phố Hồ Chí Minh"></a>
  <div class="banner-text"><h2>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</h2><p>HO CHI MINH CITY DEPARTMENT OF HEALTH</p></div>
  <div class="search"><input type="text" name="txtSearch" placeholder="Tìm kiếm..."><a class="btn-search" href="javascript:__doPostBack('btnSearch','')">Tìm</a></div>
</div></div>
<nav id="menu"><div class="container"><ul class="menu-top">
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu-c1857.aspx">Giới thiệu</a></li>
<li><a href="/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx">Tin hoạt động</a></li>
<li><a href="/thoi-su-c1860.aspx">Thời sự</a></li>
<li><a href="/y-te-c1863.aspx">Y tế</a></li>
<li><a href="/duoc-c1870.aspx">Dược</a></li>
<li><a href="/suc-khoe-c1875.aspx">Sức khỏe</a></li>
<li><a href="/van-ban-c1880.aspx">Văn bản</a></li>
<li><a href="/thu-tuc-hanh-chinh-c1885.aspx">Thủ tục hành chính</a></li>
</ul></div></nav>
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
<p style="text-align:justify">Theo BSCKII Phạm Văn Sang, nhiều thiết bị chẩn đoán của trung tâm đã được đưa vào sử dụng hơn 10 năm, thường xuyên hư hỏng, ảnh hưởng đến chất lượng khám, chữa bệnh. Không ít người bệnh phải sang huyện Nhà Bè hoặc vào nội thành để chụp phim, siêu âm, mất cả ngày đi lại.
<figure class="image" style="text-align:center"><img src="/data/news/2024/07/z2433887499102_b2d1b5a30426d223f63fc90d9327f0a7.jpg" alt="Đại diện nhà tài trợ trao biểu trưng trang thiết bị cho Trung tâm Y tế huyện Cần Giờ." style="max-width:100%"><figcaption style="font-style:italic">Đại diện nhà tài trợ trao biểu trưng trang thiết bị cho Trung tâm Y tế huyện Cần Giờ.</figcaption></figure>
<p style="text-align:justify">Số trang thiết bị được trao tặng lần này gồm 1 máy siêu âm màu 4 chiều, 1 hệ thống X-quang kỹ thuật số, 2 máy theo dõi bệnh nhân đa thông số và 1 máy điện tim 12 kênh, tổng trị giá 1,2 tỷ đồng. Các thiết bị đã được lắp đặt, chạy thử và chuyển giao hướng dẫn vận hành cho kỹ thuật viên của trung tâm trước buổi lễ.</p>
<p style="text-align:justify">Phát biểu tại buổi lễ, TS.BS. Tạ Quang Minh ghi nhận sự chung tay của doanh nghiệp với ngành y tế thành phố, nhất là đối với các huyện ngoại thành còn nhiều khó khăn. Theo ông, Sở Y tế TP.HCM đang triển khai nhiều giải pháp nâng cao năng lực y tế cơ sở như tăng cường bác sĩ luân phiên từ các bệnh viện tuyến thành phố, đầu tư trạm y tế xã và phát triển khám chữa bệnh từ xa. Sự hỗ trợ của nhà tài trợ sẽ giúp người dân Cần Giờ được chẩn đoán sớm, chính xác hơn ngay tại huyện.</p>
<p style="text-align:justify">Bà Nguyễn Thị Bích Ngọc cho biết, đây là hoạt động nằm trong chương trình "Vì sức khỏe cộng đồng" mà công ty duy trì từ năm 2019, đến nay đã hỗ trợ trang thiết bị cho 14 trạm y tế và trung tâm y tế tại các huyện ngoại thành với tổng kinh phí hơn 5 tỷ đồng.</p>
<p style="text-align:justify">Đại diện lãnh đạo UBND huyện Cần Giờ, ông Lê Hữu Phước cảm ơn nhà tài trợ và đề nghị Trung tâm Y tế huyện sử dụng hiệu quả, bảo quản tốt các thiết bị được trao tặng, đồng thời tiếp tục phối hợp với các bệnh viện tuyến trên đào tạo nhân lực để khai thác tối đa công năng của máy móc.</p>
    </div>
    <div class="author" style="text-align:right"><strong>TTYT huyện Cần Giờ</strong></div>
    <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=https://medinet.hochiminhcity.gov.vn/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx" target="_blank">Chia sẻ</a> <a href="javascript:window.print()">In</a></div>
  </div>
  <div class="other-news"><h3 class="title-other">Tin liên quan</h3>
  <ul><li><a href="/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx">Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long</a><p class="time">14, Tháng 7, 2023 | <span>Lượt xem: 120</span></p></li><li><a href="/chuyen-muc/cuu-song-nguoi-benh-ngung-tim-nho-quy-trinh-bao-dong-do-lien-vien-c1862-47149.aspx">Cứu sống người bệnh ngừng tim nhờ quy trình báo động đỏ liên viện</a><p class="time">29, Tháng 6, 2024 | <span>Lượt xem: 157</span></p></li><li><a href="/chuyen-muc/nang-cao-chat-luong-dan-so-vung-dong-bao-dan-toc-thieu-so-c1862-55708.aspx">Nâng cao chất lượng dân số vùng đồng bào dân tộc thiểu số</a><p class="time">15, Tháng 6, 2024 | <span>Lượt xem: 194</span></p></li><li><a href="/chuyen-muc/tang-cuong-giam-sat-benh-truyen-nhiem-tai-cua-khau-c1862-49918.aspx">Tăng cường giám sát bệnh truyền nhiễm tại cửa khẩu</a><p class="time">11, Tháng 6, 2024 | <span>Lượt xem: 231</span></p></li><li><a href="/chuyen-muc/phau-thuat-thanh-cong-khoi-u-nang-3kg-cho-cu-ba-82-tuoi-c1862-43505.aspx">Phẫu thuật thành công khối u nặng 3kg cho cụ bà 82 tuổi</a><p class="time">5, Tháng 7, 2024 | <span>Lượt xem: 268</span></p></li></ul></div>
</div>
<div class="col-right">
  <div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new"><li><a href="/chuyen-muc/ghep-than-thanh-cong-cho-nguoi-benh-suy-than-giai-doan-cuoi-c1862-55956.aspx">Ghép thận thành công cho người bệnh suy thận giai đoạn cuối</a><p class="time">7, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/benh-vien-tuyen-huyen-trien-khai-benh-an-dien-tu-c1862-41878.aspx">Bệnh viện tuyến huyện triển khai bệnh án điện tử</a><p class="time">7, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/khanh-thanh-khu-dieu-tri-ung-buou-moi-voi-200-giuong-benh-c1862-40562.aspx">Khánh thành khu điều trị ung bướu mới với 200 giường bệnh</a><p class="time">8, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/huong-dan-cham-soc-tre-mac-tay-chan-mieng-tai-nha-c1862-51797.aspx">Hướng dẫn chăm sóc trẻ mắc tay chân miệng tại nhà</a><p class="time">12, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/phat-dong-thang-hanh-dong-vi-an-toan-thuc-pham-c1862-52834.aspx">Phát động Tháng hành động vì an toàn thực phẩm</a><p class="time">11, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/bac-si-tre-tinh-nguyen-ve-cong-tac-tai-xa-bien-gioi-c1862-45188.aspx">Bác sĩ trẻ tình nguyện về công tác tại xã biên giới</a><p class="time">8, Tháng 7, 2024 |</p></li></ul></div>
  <div class="box-banner"><a href="https://dichvucong.hochiminhcity.gov.vn"><img src="/Portals/0/banner-dvc.jpg" alt="Dịch vụ công"></a>
  <div class="box-right"><div class="title-box-right">Đọc nhiều</div><ul class="list-new"><li><a href="/chuyen-muc/ngay-hoi-hien-mau-tiep-nhan-hon-2-000-don-vi-mau-c1862-53000.aspx">Ngày hội hiến máu tiếp nhận hơn 2.000 đơn vị máu</a></li><li><a href="/chuyen-muc/bao-dam-du-thuoc-vat-tu-y-te-phuc-vu-kham-chua-benh-bhyt-c1862-53883.aspx">Bảo đảm đủ thuốc, vật tư y tế phục vụ khám chữa bệnh BHYT</a></li><li><a href="/chuyen-muc/nhung-dieu-can-biet-ve-benh-dai-thao-duong-type-2-c1862-50589.aspx">Những điều cần biết về bệnh đái tháo đường type 2</a></li><li><a href="/chuyen-muc/tiem-bo-sung-vaccine-soi-cho-tre-tu-1-den-5-tuoi-c1862-49921.aspx">Tiêm bổ sung vaccine sởi cho trẻ từ 1 đến 5 tuổi</a></li><li><a href="/chuyen-muc/bo-sung-vi-chat-dinh-duong-cho-phu-nu-mang-thai-c1862-46077.aspx">Bổ sung vi chất dinh dưỡng cho phụ nữ mang thai</a></li></ul></div>
</div>
</div></div>
<div id="footer"><div class="container">
  <p><strong>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</strong></p>
  <p>Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, TP. Hồ Chí Minh</p>
  <p>Điện thoại: (028) 3930 9912 - Fax: (028) 3930 9088 - Email: syt@tphcm.gov.vn</p>
  <p>Giấy phép số 4871/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Chịu trách nhiệm chính: Chánh Văn phòng Sở Y tế</p>
  <p>Ghi rõ nguồn "medinet.hochiminhcity.gov.vn" khi phát hành lại thông tin từ website này.</p>
</div></div>
</div>
<script type="text/javascript">//<![CDATA[
function __doPostBack(eventTarget, eventArgument) { var theForm = document.forms['Form']; if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]></script>
</form>
</body>
</html>
