<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1">
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long - Sở Y tế TP.HCM</title>
<meta name="description" content="Trong hai ngày 13 và 14/7/2023, tại thành phố Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế thành phố Cần Thơ tổ chức hội thảo “Hợp tác phát triển y tế chuyên sâu vùng Đồng bằng sông Cửu Long”, thu hút đại diện lãnh đạo ngành y tế 13 tỉnh, thành phố trong vùng.">
<link rel="canonical" href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx">
<meta property="og:title" content="Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long">
<meta property="og:url" content="https://medinet.hochiminhcity.gov.vn/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx">
<meta property="og:description" content="Trong hai ngày 13 và 14/7/2023, tại thành phố Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế thành phố Cần Thơ tổ chức hội thảo “Hợp tác phát triển y tế chuyên sâu vùng Đồng bằng sông Cửu Long”, thu hút đại diện lãnh đạo ngành y tế 13 tỉnh, thành phố trong vùng.">
<meta property="og:site_name" content="Sở Y tế TP.HCM">
<link href="/Portals/_default/Skins/Medinet/skin.css?v=20230501" rel="stylesheet" type="text/css">
<script src="/js/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">var dnn = {"apiversion":"v1","sf_siteRoot":"/"};</script>
</head>
<body id="Body">
<form method="post" action="./so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx" id="Form" enctype="multipart/form-data">
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
    <h1 class="title">Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long</h1>
    <div class="date">Cập nhật: 14/07/2023 15:20</div>
    <div class="sapo"><strong>Trong hai ngày 13 và 14/7/2023, tại thành phố Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế thành phố Cần Thơ tổ chức hội thảo “Hợp tác phát triển y tế chuyên sâu vùng Đồng bằng sông Cửu Long”, thu hút đại diện lãnh đạo ngành y tế 13 tỉnh, thành phố trong vùng.</strong></div>
    <div id="content" class="content-detail">
<p style="text-align:justify">Dự hội thảo có bà Dương Thị Ngọc Ánh - Phó Chủ tịch UBND TP.HCM; BSCKII Huỳnh Minh Trí - Giám đốc Sở Y tế TPHCM; ông Lý Văn Hưng - Giám đốc Sở Y tế thành phố Cần Thơ cùng lãnh đạo Sở Y tế các tỉnh Long An, Tiền Giang, Bến Tre, Vĩnh Long, Trà Vinh, Đồng Tháp, An Giang, Kiên Giang, Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau và giám đốc nhiều bệnh viện chuyên khoa đầu ngành.</p>
<figure class="image" style="text-align:center"><img src="/data/news/2023/07/z2315019057007_80e37f0c94eab2b2532a6d9a4889b528.jpg" alt="Quang cảnh hội thảo tại thành phố Cần Thơ." style="max-width:100%"><figcaption style="font-style:italic">Quang cảnh hội thảo tại thành phố Cần Thơ.</figcaption></figure>
<p style="text-align:justify">Phát biểu khai mạc, BSCKII Huỳnh Minh Trí cho biết, khoảng 40% người bệnh điều trị nội trú tại các bệnh viện chuyên khoa đầu ngành của thành phố như ung bướu, nhi, sản, chấn thương chỉnh hình đến từ các tỉnh, thành khác, trong đó phần lớn là người dân vùng Đồng bằng sông Cửu Long. Tình trạng này vừa gây quá tải cho bệnh viện thành phố, vừa khiến người bệnh và gia đình tốn kém chi phí đi lại, ăn ở.</p>
<p style="text-align:justify">Theo Giám đốc Sở Y tế Thành phố Hồ Chí Minh, thực hiện Nghị quyết số 13-NQ/TW ngày 2/4/2022 của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Đồng bằng sông Cửu Long đến năm 2030, tầm nhìn đến năm 2045, ngành y tế thành phố xác định hỗ trợ các tỉnh trong vùng là trách nhiệm, đồng thời cũng là giải pháp căn cơ để giảm tải cho chính các bệnh viện của thành phố.</p>
<h3><strong>Ký kết thỏa thuận hợp tác với 5 địa phương</strong></h3>
<p style="text-align:justify">Trong khuôn khổ hội thảo, Sở Y tế TPHCM đã ký kết thỏa thuận hợp tác với Sở Y tế thành phố Cần Thơ và Sở Y tế các tỉnh Bến Tre, Trà Vinh, Sóc Trăng, Cà Mau. Theo đó, các bệnh viện chuyên khoa của thành phố như Bệnh viện Nhi Đồng 1, Bệnh viện Từ Dũ, Bệnh viện Ung Bướu, Bệnh viện Chấn thương Chỉnh hình sẽ nhận đỡ đầu chuyên môn cho các bệnh viện tuyến tỉnh; tổ chức đào tạo theo hình thức "cầm tay chỉ việc" và triển khai mạng lưới chuyển viện, hội chẩn liên viện 24/7.</p>
<figure class="image" style="text-align:center"><img src="/data/news/2023/07/z1895912986433_8223a33dde52dbc6fe1412ed8984d08e.jpg" alt="Lãnh đạo Sở Y tế TPHCM và Sở Y tế các địa phương ký kết thỏa thuận hợp tác." style="max-width:100%"><figcaption style="font-style:italic">Lãnh đạo Sở Y tế TPHCM và Sở Y tế các địa phương ký kết thỏa thuận hợp tác.</figcaption></figure>
<p style="text-align:justify">Chia sẻ tại hội thảo, ông Lý Văn Hưng, Giám đốc Sở Y tế thành phố Cần Thơ cho biết, Cần Thơ đang phấn đấu trở thành trung tâm y tế chuyên sâu của vùng nhưng còn thiếu chuyên gia ở các lĩnh vực ghép tạng, phẫu thuật tim hở, xạ trị. Ông đề nghị TP.HCM hỗ trợ đào tạo đội ngũ kế cận và chia sẻ kinh nghiệm vận hành mạng lưới cấp cứu ngoại viện.</p>
<p style="text-align:justify">Nhiều đại biểu cũng đề xuất xây dựng cơ chế chia sẻ dữ liệu người bệnh giữa các bệnh viện, thống nhất phác đồ điều trị cho một số bệnh thường gặp, đồng thời kiến nghị Bộ Y tế sớm có hướng dẫn về chi phí chuyển giao kỹ thuật giữa các địa phương.</p>
<p style="text-align:justify">Phát biểu kết luận, Phó Chủ tịch UBND TP.HCM Dương Thị Ngọc Ánh đề nghị Sở Y tế TP.HCM sớm cụ thể hóa các thỏa thuận bằng kế hoạch chi tiết, có lộ trình và chỉ tiêu đánh giá rõ ràng. Bà nhấn mạnh, sự liên kết giữa TP.HCM và các tỉnh Đồng bằng sông Cửu Long không chỉ giúp nâng cao chất lượng khám, chữa bệnh mà còn góp phần thực hiện mục tiêu để mọi người dân được chăm sóc sức khỏe tốt ngay tại địa phương.</p>
    </div>
    <div class="author" style="text-align:right"><strong>Phòng Truyền thông - Sở Y tế</strong></div>
    <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=https://medinet.hochiminhcity.gov.vn/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx" target="_blank">Chia sẻ</a> <a href="javascript:window.print()">In</a></div>
  </div>
  <div class="other-news"><h3 class="title-other">Tin liên quan</h3>
  <ul><li><a href="/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx">Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ</a><p class="time">12, Tháng 7, 2024 | <span>Lượt xem: 120</span></p></li><li><a href="/chuyen-muc/kiem-tra-cong-tac-y-te-truong-hoc-dau-nam-hoc-moi-c1862-48953.aspx">Kiểm tra công tác y tế trường học đầu năm học mới</a><p class="time">8, Tháng 7, 2023 | <span>Lượt xem: 157</span></p></li><li><a href="/chuyen-muc/kham-sang-loc-ung-thu-vu-mien-phi-cho-phu-nu-vung-kho-khan-c1862-55300.aspx">Khám sàng lọc ung thư vú miễn phí cho phụ nữ vùng khó khăn</a><p class="time">20, Tháng 6, 2023 | <span>Lượt xem: 194</span></p></li><li><a href="/chuyen-muc/nganh-y-te-chu-dong-ung-pho-voi-mua-bao-c1862-47073.aspx">Ngành y tế chủ động ứng phó với mưa bão</a><p class="time">11, Tháng 7, 2023 | <span>Lượt xem: 231</span></p></li><li><a href="/chuyen-muc/tram-y-te-xa-vung-cao-no-luc-giu-chan-nguoi-benh-c1862-44837.aspx">Trạm y tế xã vùng cao nỗ lực giữ chân người bệnh</a><p class="time">13, Tháng 7, 2023 | <span>Lượt xem: 268</span></p></li></ul></div>
</div>
<div class="col-right">
  <div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new"><li><a href="/chuyen-muc/day-manh-chuyen-doi-so-trong-kham-chua-benh-bao-hiem-y-te-c1862-42573.aspx">Đẩy mạnh chuyển đổi số trong khám chữa bệnh bảo hiểm y tế</a><p class="time">12, Tháng 7, 2023 |</p></li><li><a href="/chuyen-muc/canh-bao-ngo-doc-nam-rung-o-cac-tinh-mien-nui-phia-bac-c1862-45064.aspx">Cảnh báo ngộ độc nấm rừng ở các tỉnh miền núi phía Bắc</a><p class="time">13, Tháng 7, 2023 |</p></li><li><a href="/chuyen-muc/bo-y-te-cong-bo-danh-muc-thuoc-thiet-yeu-moi-c1862-49605.aspx">Bộ Y tế công bố danh mục thuốc thiết yếu mới</a><p class="time">12, Tháng 7, 2023 |</p></li><li><a href="/chuyen-muc/ha-noi-ghi-nhan-so-ca-mac-sot-xuat-huyet-giam-manh-so-voi-cung-ky-c1862-45240.aspx">Hà Nội ghi nhận số ca mắc sốt xuất huyết giảm mạnh so với cùng kỳ</a><p class="time">11, Tháng 7, 2023 |</p></li><li><a href="/chuyen-muc/tang-cuong-giam-sat-benh-truyen-nhiem-tai-cua-khau-c1862-45476.aspx">Tăng cường giám sát bệnh truyền nhiễm tại cửa khẩu</a><p class="time">9, Tháng 7, 2023 |</p></li><li><a href="/chuyen-muc/hoi-thao-khoa-hoc-dieu-duong-mo-rong-thu-hut-hon-500-dai-bieu-c1862-46510.aspx">Hội thảo khoa học điều dưỡng mở rộng thu hút hơn 500 đại biểu</a><p class="time">10, Tháng 7, 2023 |</p></li></ul></div>
  <div class="box-banner"><a href="https://dichvucong.hochiminhcity.gov.vn"><img src="/Portals/0/banner-dvc.jpg" alt="Dịch vụ công"></a></div>
  <div class="box-right"><div class="title-box-right">Đọc nhiều</div><ul class="list-new"><li><a href="/chuyen-muc/nhung-dieu-can-biet-ve-benh-dai-thao-duong-type-2-c1862-54798.aspx">Những điều cần biết về bệnh đái tháo đường type 2</a></li><li><a href="/chuyen-muc/bo-sung-vi-chat-dinh-duong-cho-phu-nu-mang-thai-c1862-41562.aspx">Bổ sung vi chất dinh dưỡng cho phụ nữ mang thai</a></li><li><a href="/chuyen-muc/nguoi-cao-tuoi-can-lam-gi-de-phong-dot-quy-khi-troi-chuyen-lanh-c1862-47234.aspx">Người cao tuổi cần làm gì để phòng đột quỵ khi trời chuyển lạnh</a></li><li><a href="/chuyen-muc/tang-cuong-kiem-tra-an-toan-thuc-pham-dip-tet-trung-thu-c1862-54536.aspx">Tăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu</a></li><li><a href="/chuyen-muc/xu-phat-nhieu-co-so-quang-cao-thuc-pham-bao-ve-suc-khoe-sai-su-that-c1862-42131.aspx">Xử phạt nhiều cơ sở quảng cáo thực phẩm bảo vệ sức khỏe sai sự thật</a></li></ul></div>
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
