<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tin hoạt động ngành y tế</title>
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
<div class="list-news-cat">
<div class="item-news"><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-cmobile1862-53918.aspx"><img src="/data/thumb.jpg" alt=""></a><h3><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/trao-tang-trang-thiet-bi-cho-trung-tam-y-te-huyen-can-gio-cmobile1862-53918.aspx">Trao tặng trang thiết bị y tế trị giá 1,2 tỷ đồng cho Trung tâm Y tế huyện Cần Giờ</a></h3><p>Sáng 11/7, tại huyện Cần Giờ, Công ty Cổ phần Dược phẩm Hòa An phối hợp với Sở Y tế TP.HCM trao tặng máy siêu âm màu, hệ thống X-quang kỹ thuật số và </p></div>
<div class="item-news"><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx"><img src="/data/thumb.jpg" alt=""></a><h3><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/so-y-te-tphcm-hoi-thao-dbscl-c1862-52345.aspx">Sở Y tế TPHCM tổ chức hội thảo hợp tác phát triển y tế vùng Đồng bằng sông Cửu Long</a></h3><p>Trong hai ngày 13 và 14/7/2023, tại thành phố Cần Thơ, Sở Y tế TPHCM phối hợp với Sở Y tế thành phố Cần Thơ tổ chức hội thảo “Hợp tác phát triển y tế </p></div>
</div><div class="paging"><a href="/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx?page=2">Trang sau</a></div>
</div>
<div class="col-right"><div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new">
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/tang-cuong-giam-sat-benh-truyen-nhiem-tai-cua-khau-cmobile1862-17831.aspx">Tăng cường giám sát bệnh truyền nhiễm tại cửa khẩu</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/bac-si-tre-tinh-nguyen-ve-cong-tac-tai-xa-bien-gioi-cmobile1862-53484.aspx">Bác sĩ trẻ tình nguyện về công tác tại xã biên giới</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/khanh-thanh-khu-dieu-tri-ung-buou-moi-voi-200-giuong-benh-cmobile1862-61867.aspx">Khánh thành khu điều trị ung bướu mới với 200 giường bệnh</a></li>
<li><a href="https://medinet.hochiminhcity.gov.vn/chuyen-muc/ngay-hoi-hien-mau-tiep-nhan-hon-2-000-don-vi-mau-cmobile1862-93600.aspx">Ngày hội hiến máu tiếp nhận hơn 2.000 đơn vị máu</a></li>
</ul></div></div>
</div></div>
<div id="footer"><div class="container"><p>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</p><p>Giấy phép số 4871/GP-TTĐT do Sở Thông tin và Truyền thông TP.HCM cấp</p><p>Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, TP.HCM. Điện thoại: 028.3930.9912</p><p>Ghi rõ nguồn Medinet khi phát hành lại thông tin từ website này.</p></div></div>
</div>
</form>
</body>
</html>
