<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1">
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Tin hoạt động ngành y tế - Sở Y tế TP.HCM</title>
<meta name="description" content="Tin hoạt động ngành y tế thành phố">
<link rel="canonical" href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx">
<meta property="og:title" content="Tin hoạt động ngành y tế - Sở Y tế TP.HCM">
<meta property="og:url" content="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx">
<meta property="og:description" content="Tin hoạt động ngành y tế thành phố">
<meta property="og:site_name" content="Sở Y tế TP.HCM">
<link href="/Portals/_default/Skins/Medinet/skin.css?v=20230501" rel="stylesheet" type="text/css">
<script src="/js/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">var dnn = {"apiversion":"v1","sf_siteRoot":"/"};</script>
</head>
<body id="Body">
<form method="post" action="./tin-hoat-dong-nganh-y-te-c1862.aspx" id="Form" enctype="multipart/form-data">
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
<div id="main"><div class="container"><div class="col-left">
<h1 class="title-cat">Tin hoạt động</h1>
<div class="list-news">
<div class="item-news"><a href="/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx"><img src="/data/news/2024/07/z2433887499102_b2d1b5a30426d223f63fc90d9327f0a7.jpg" alt=""></a><h3><a href="/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-c1862-53918.aspx">Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ</a></h3><p class="time">12, Tháng 7, 2024 |</p><p class="sapo">Sáng 11/7, tại huyện Cần Giờ, Công ty Cổ phần Dược phẩm Hòa An phối hợp với Sở Y tế TP.HCM trao tặng máy siêu âm màu, hệ thống X-quang kỹ thuật số và nhiều thiết bị khác trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ.</p></div>
<div class="item-news"><a href="/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx"><img src="/data/news/2023/07/z2315019057007_80e37f0c94eab2b2532a6d9a4889b528.jpg" alt=""></a><h3><a href="/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx">Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long</a></h3><p class="time">14, Tháng 7, 2023 |</p><p class="sapo">Trong hai ngày 13 và 14/7/2023, tại thành phố Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế thành phố Cần Thơ tổ chức hội thảo “Hợp tác phát triển y tế chuyên sâu vùng Đồng bằng sông Cửu Long”, thu hút đại diện lãnh đạo ngành y tế 13 tỉnh, thành phố trong vùng.</p></div>
</div>
<div class="paging"><a href="/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx?page=2">Trang sau</a></div>
</div>
<div class="col-right">
  <div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new"><li><a href="/chuyen-muc/bao-dam-du-thuoc-vat-tu-y-te-phuc-vu-kham-chua-benh-bhyt-c1862-45269.aspx">Bảo đảm đủ thuốc, vật tư y tế phục vụ khám chữa bệnh BHYT</a><p class="time">7, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/bac-si-tre-tinh-nguyen-ve-cong-tac-tai-xa-bien-gioi-c1862-47869.aspx">Bác sĩ trẻ tình nguyện về công tác tại xã biên giới</a><p class="time">7, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/tiem-bo-sung-vaccine-soi-cho-tre-tu-1-den-5-tuoi-c1862-55536.aspx">Tiêm bổ sung vaccine sởi cho trẻ từ 1 đến 5 tuổi</a><p class="time">7, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/canh-bao-ngo-doc-nam-rung-o-cac-tinh-mien-nui-phia-bac-c1862-45638.aspx">Cảnh báo ngộ độc nấm rừng ở các tỉnh miền núi phía Bắc</a><p class="time">7, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/nhung-dieu-can-biet-ve-benh-dai-thao-duong-type-2-c1862-43081.aspx">Những điều cần biết về bệnh đái tháo đường type 2</a><p class="time">10, Tháng 7, 2024 |</p></li><li><a href="/chuyen-muc/them-mot-benh-vien-dat-tieu-chuan-chat-luong-quoc-te-c1862-43342.aspx">Thêm một bệnh viện đạt tiêu chuẩn chất lượng quốc tế</a><p class="time">11, Tháng 7, 2024 |</p></li></ul></div>
  <div class="box-banner"><a href="https://dichvucong.hochiminhcity.gov.vn"><img src="/Portals/0/banner-dvc.jpg" alt="Dịch vụ công"></a></div>
  <div class="box-right"><div class="title-box-right">Đọc nhiều</div><ul class="list-new"><li><a href="/chuyen-muc/bo-y-te-huong-dan-phong-chong-dich-benh-mua-mua-lu-c1862-54600.aspx">Bộ Y tế hướng dẫn phòng, chống dịch bệnh mùa mưa lũ</a></li><li><a href="/chuyen-muc/tap-huan-ky-nang-cap-cuu-ban-dau-cho-nhan-vien-y-te-thon-ban-c1862-49345.aspx">Tập huấn kỹ năng cấp cứu ban đầu cho nhân viên y tế thôn bản</a></li><li><a href="/chuyen-muc/ha-noi-ghi-nhan-so-ca-mac-sot-xuat-huyet-giam-manh-so-voi-cung-ky-c1862-43596.aspx">Hà Nội ghi nhận số ca mắc sốt xuất huyết giảm mạnh so với cùng kỳ</a></li><li><a href="/chuyen-muc/sang-loc-so-sinh-giup-phat-hien-som-nhieu-benh-bam-sinh-c1862-49133.aspx">Sàng lọc sơ sinh giúp phát hiện sớm nhiều bệnh bẩm sinh</a></li><li><a href="/chuyen-muc/tram-y-te-xa-vung-cao-no-luc-giu-chan-nguoi-benh-c1862-41803.aspx">Trạm y tế xã vùng cao nỗ lực giữ chân người bệnh</a></li></ul></div>
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
