"""One template per site layout, after the evidence in each adapter's docstring.

Each site renders its article page, and `extras()` its listings, feed and sitemap.
`chrome_lines()` names footer lines that must never reach an article's text.
"""
from __future__ import annotations

from common import digits, dmy_hm, e, links, paragraphs, rfc822, weekday, when

HEADLINES = [
    "Tăng cường giám sát bệnh truyền nhiễm tại cửa khẩu",
    "Bác sĩ trẻ tình nguyện về công tác tại xã biên giới",
    "Khánh thành khu điều trị ung bướu mới với 200 giường bệnh",
    "Ngày hội hiến máu tiếp nhận hơn 2.000 đơn vị máu",
    "Hướng dẫn chăm sóc trẻ mắc tay chân miệng tại nhà",
    "Bộ Y tế công bố danh mục thuốc thiết yếu mới",
    "Nâng cao chất lượng dân số vùng đồng bào dân tộc thiểu số",
    "Những điều cần biết về bệnh đái tháo đường type 2",
]


def related(a: dict) -> list[str]:
    return a.get("related") or HEADLINES[:2]


def sidebar(a: dict) -> list[str]:
    return a.get("sidebar") or HEADLINES[2:7]


def url(a: dict) -> str:
    return f"https://{a['host']}{a['path']}"


def rss(title: str, link: str, items: list[dict]) -> str:
    body = "\n".join(
        f"<item><title><![CDATA[{a['title']}]]></title><link>{e(url(a))}</link>"
        f"<guid isPermaLink=\"true\">{e(url(a))}</guid><pubDate>{rfc822(a)}</pubDate>"
        f"<description><![CDATA[{a['sapo']}]]></description></item>" for a in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>{e(title)}</title><link>{e(link)}</link><description>{e(title)}</description>"
            f"<language>vi</language>\n{body}\n</channel></rss>\n")


def head(a: dict, title_tag: str, site_name: str, meta: str = "", og_title: str | None = None) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title_tag)}</title>
<meta name="description" content="{e(a['sapo'])}">
<link rel="canonical" href="{e(url(a))}">
<meta property="og:site_name" content="{e(site_name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(og_title or a['title'])}">
<meta property="og:description" content="{e(a['sapo'])}">
<meta property="og:url" content="{e(url(a))}">
{meta}</head>"""


def bare_head(title: str, site_name: str | None = None) -> str:
    """The head of a listing page (no article metadata)."""
    site = f'\n<meta property="og:site_name" content="{e(site_name)}">' if site_name else ""
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>{e(title)}</title>'
            f'{site}\n</head>')


def menu(host: str, items: list[tuple[str, str]], cls: str = "menu-nav__item") -> str:
    return "".join(f'<li class="{cls}"><a href="https://{host}{p}" title="{e(n)}">{e(n)}</a></li>'
                   for p, n in items)


class Site:
    adapter = ""
    host = ""
    footer: list[str] = []

    def article(self, a: dict) -> str:
        raise NotImplementedError

    def extras(self, items: list[dict]) -> dict[str, str]:
        return {}

    def chrome_lines(self, a: dict) -> list[str]:
        return self.footer[1:3]

    def footer_html(self, cls: str = "footer") -> str:
        lines = "\n".join(f"<p>{e(l)}</p>" for l in self.footer)
        return f'<footer class="{cls}"><div class="container">\n{lines}\n</div></footer>'


# ---- the newsroom CMS: suckhoedoisong, tuoitre, thanhnien --------------------------------------

class DetailCMS(Site):
    suffix = ""
    site_name = ""
    section = ("/y-te.htm", "Y tế")
    menu_items: list[tuple[str, str]] = []
    gmt = ""
    list_class = "list__listing-main"
    feeds: tuple[str, ...] = ()
    timeline = ""  # page N template, "{n}"
    per_page = 2
    sitemap = False
    cdn = ""

    def photo(self, caption: str) -> str:
        return (f'<figure class="VCSortableInPreviewMode" type="Photo" style="">\n'
                f'<div><img src="{self.cdn}/{digits(caption, 9)}.jpg" alt="{e(caption)}" '
                f'title="{e(caption)}" width="800" height="533" loading="lazy"></div>\n'
                f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">'
                f'{e(caption)}</p></figcaption>\n</figure>')

    def related_box(self, titles: list[str]) -> str:
        items = links(self.host, titles, '<li class="kbwscwl"><a class="kbwscwl-link" href="{url}" '
                      'title="{title}">{title}</a></li>')
        return ('<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-'
                'relatedbox type-1"><strong class="kbwscwl-title">Tin liên quan</strong>'
                f'<ul class="kbwscwl-ul">{items}</ul></div></div>')

    def related_one(self, title: str) -> str:
        return ('<div class="VCSortableInPreviewMode" type="RelatedOneNews"><div class="kbwscwl-'
                'relatedbox type-2">' + links(self.host, [title], '<a class="kbwscwl-link" href="{url}" '
                'title="{title}"><p class="kbwscwl-title">{title}</p></a>') + '</div></div>')

    def item(self, a: dict, title_tag: str = "h3") -> str:
        return f"""<div class="box-category-item" data-id="{a['path'][-22:-4]}">
<a class="box-category-link-with-avatar img-resize" href="{e(url(a))}" title="{e(a['title'])}"><img src="{self.cdn}/thumb.jpg" alt="{e(a['title'])}"></a>
<div class="box-category-content"><{title_tag} class="box-category-title-text"><a class="box-category-link-title" data-type="title" data-linktype="newsdetail" href="{e(url(a))}" title="{e(a['title'])}">{e(a['title'])}</a></{title_tag}>
<span class="box-category-time time-ago" title="{e(a['published'])}">{dmy_hm(a)}</span>
<p class="box-category-sapo" data-type="sapo">{e(a['sapo'])}</p></div>
</div>"""

    def most_read(self, titles: list[str]) -> str:
        items = links(self.host, titles, '<div class="box-category-item"><h3 class="box-category-'
                      'title-text"><a class="box-category-link-title" data-type="title" href="{url}" '
                      'title="{title}">{title}</a></h3></div>')
        return (f'<div class="box-category box-most-view" data-layout="most-view"><h3 class="box-'
                f'category-title">Đọc nhiều</h3>\n{items}\n</div>')

    def page(self, a_or_none: dict | None, title: str, main: str, meta: str = "") -> str:
        host = self.host
        top = head(a_or_none, title + self.suffix, self.site_name, meta) if a_or_none else \
            bare_head(title + self.suffix, self.site_name)
        feeds = "".join(f'<link rel="alternate" type="application/rss+xml" href="{f}">' for f in self.feeds)
        return f"""{top.replace('</head>', feeds + '</head>')}
<body>
<div id="admWrapsite">
<header class="header"><div class="header__top"><div class="container"><a class="header__logo" href="https://{host}/" title="{e(self.site_name)}">{e(self.site_name)}</a>
<div class="header__search"><form action="/tim-kiem.htm" method="get"><input type="text" name="keywords" placeholder="Tìm kiếm"></form></div></div></div>
<nav class="menu-nav"><div class="container"><ul class="menu-nav__list">{menu(host, self.menu_items)}</ul></div></nav></header>
<main class="main"><div class="container">
{main}
</div></main>
{self.footer_html()}
</div>
<script src="https://static.mediacdn.vn/{host.split('.')[0]}/detail.min.js" defer></script>
</body>
</html>
"""

    def article(self, a: dict) -> str:
        rel = related(a)
        extra = {1: self.related_box(rel[:1] if len(rel) > 1 else rel),
                 2: '<div id="zone-krlv706p"><div id="share-krlv706p"><script>admicroAD.unit.push('
                    'function(){admicroAD.show("admzone480456")});</script></div></div>'}
        if len(rel) > 1:
            extra[max(3, len(a["blocks"]) - 2)] = self.related_one(rel[1])
        body = paragraphs(a["blocks"], self.photo, extra)
        meta = (f'<meta property="article:published_time" content="{e(a["published"])}">\n'
                f'<meta property="article:section" content="{e(self.section[1])}">\n')
        main = f"""<div class="box-breadcrumb"><div class="box-breadcrumb-name"><a href="https://{self.host}{self.section[0]}" title="{e(self.section[1])}">{e(self.section[1])}</a></div></div>
<div class="detail-container"><div class="detail-cmain">
<h1 class="detail-title" data-role="title">{e(a['title'])}</h1>
<div class="detail-info"><div class="detail-author"><span class="name" data-role="author">{e(a['author'])}</span></div><div class="detail-time"><div data-role="publishdate">{dmy_hm(a)}{self.gmt}</div></div></div>
<h2 class="detail-sapo" data-role="sapo">{e(a['sapo'])}</h2>
<div class="detail-content afcbc-body" data-role="content">
{body}
</div>
<div class="detail-tag"><ul class="detail-tag-list"><li><a href="https://{self.host}/y-te-co-so.html">y tế cơ sở</a></li></ul></div>
</div>
<div class="detail-right">{self.most_read(sidebar(a))}</div></div>"""
        return self.page(a, a["title"], main, meta)

    def extras(self, items: list[dict]) -> dict[str, str]:
        first, rest = items[:self.per_page], items[self.per_page:]
        lead, others = first[0], first[1:]
        main = f"""<div class="list__focus-main" data-boxtype="zonenewsposition">{self.item(lead, "h2")}</div>
<div class="{self.list_class}">
{chr(10).join(self.item(a) for a in others)}
</div>
<div class="box-xemthem"><a class="view-more" href="javascript:;">Xem thêm</a></div>
{self.most_read(HEADLINES[:4])}"""
        out = {self.section[0]: self.page(None, self.section[1], main)}
        if rest and self.timeline:
            out[self.timeline.replace("{n}", "2")] = "\n".join(self.item(a) for a in rest) + "\n"
        for f in self.feeds:
            out[f] = rss(f"{self.site_name} - {self.section[1]}", f"https://{self.host}/", items)
        if self.sitemap:
            urls = "".join(f"<url><loc>{e(url(a))}</loc><lastmod>{a['published']}</lastmod></url>\n"
                           for a in items)
            out["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://'
                                   f'www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')
        return out


class SucKhoeDoiSong(DetailCMS):
    adapter, host = "suckhoedoisong", "suckhoedoisong.vn"
    suffix, site_name = " | Báo Sức khỏe & Đời sống", "Báo Sức khỏe & Đời sống"
    menu_items = [("/", "Trang chủ"), ("/y-te.htm", "Y tế"), ("/duoc.htm", "Dược"),
                  ("/y-hoc-co-truyen.htm", "Y học cổ truyền"), ("/dinh-duong.htm", "Dinh dưỡng")]
    feeds = ("/rss/home.rss", "/rss/y-te.rss")
    timeline = "/timelinelist/1691474/{n}.htm"
    sitemap = True
    cdn = "https://suckhoedoisong.qltns.mediacdn.vn/324455921873985536"
    footer = ["BÁO SỨC KHỎE & ĐỜI SỐNG - CƠ QUAN NGÔN LUẬN CỦA BỘ Y TẾ",
              "Giấy phép hoạt động báo điện tử số 265/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 21/6/2023",
              "Tòa soạn: Số 138A Giảng Võ, phường Giảng Võ, Hà Nội. Điện thoại: 024.38463583",
              "© Bản quyền thuộc Báo Sức khỏe & Đời sống. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]


class TuoiTre(DetailCMS):
    adapter, host = "tuoitre", "tuoitre.vn"
    suffix, site_name = " - Tuổi Trẻ Online", "TUOI TRE ONLINE - Tuổi Trẻ"
    section = ("/suc-khoe.htm", "Sức khỏe")
    menu_items = [("/thoi-su.htm", "Thời sự"), ("/suc-khoe.htm", "Sức khỏe"), ("/giao-duc.htm", "Giáo dục")]
    gmt = " GMT+7"
    feeds = ("/rss/suc-khoe.rss",)
    timeline = "/timeline/12/trang-{n}.htm"
    cdn = "https://cdn2.tuoitre.vn/thumb_w/730/471584752817336320/2025/3/12"
    footer = ["Tổng biên tập: Lê Thế Chữ",
              "Giấy phép hoạt động báo điện tử số 561/GP-BTTTT cấp ngày 24/11/2021",
              "Địa chỉ: 60A Hoàng Văn Thụ, phường Phú Nhuận, TP.HCM. Hotline: 0918.033.133",
              "© Copyright 2025 Tuổi Trẻ Online, All rights reserved"]


class ThanhNien(DetailCMS):
    adapter, host = "thanhnien", "thanhnien.vn"
    suffix, site_name = " | Báo Thanh Niên", "Báo Thanh Niên"
    section = ("/suc-khoe.htm", "Sức khỏe")
    menu_items = [("/thoi-su.htm", "Thời sự"), ("/suc-khoe.htm", "Sức khỏe"), ("/gioi-tre.htm", "Giới trẻ")]
    gmt = " GMT+7"
    list_class = "list__stream-main"
    feeds = ("/rss/suc-khoe.rss",)
    cdn = "https://images2.thanhnien.vn/thumb_w/686/528068263637045248/2025/4/18"
    footer = ["Tổng biên tập: Nguyễn Ngọc Toàn",
              "Giấy phép hoạt động báo điện tử số 82/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/3/2024",
              "Tòa soạn: 268-270 Nguyễn Đình Chiểu, phường Xuân Hòa, TP.HCM. Điện thoại: 028.38.392.069",
              "© Báo Thanh Niên. Ghi rõ nguồn \"Báo Thanh Niên\" khi phát hành lại thông tin từ website này."]


# ---- moh.gov.vn: Liferay 6 (asset publisher 101_INSTANCE_) and Liferay 7 ----------------------

MOH_LIST = "/tin-tong-hop"
MOH_PAGE2 = ("/tin-tong-hop?p_p_id=101_INSTANCE_k206Q9qkZOqn&p_p_lifecycle=0&p_p_state=normal"
             "&p_p_mode=view&p_p_col_id=row-0-column-2&p_p_col_count=1"
             "&_101_INSTANCE_k206Q9qkZOqn_delta=20&_101_INSTANCE_k206Q9qkZOqn_keywords="
             "&_101_INSTANCE_k206Q9qkZOqn_advancedSearch=false&_101_INSTANCE_k206Q9qkZOqn_andOperator=true"
             "&p_r_p_564233524_resetCur=false&_101_INSTANCE_k206Q9qkZOqn_cur=2")
MOH_FEED = "/rss/-/asset_publisher/7ng11fEWgASC/rss"
L7 = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hyvGyPUjuRrN"


class Moh(Site):
    adapter, host = "moh", "moh.gov.vn"
    site_name = "Bộ Y tế - Cổng thông tin Bộ Y tế"
    footer = ["CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ",
              "Phó Trưởng ban biên tập thường trực TS.BS. Đỗ Minh Khang, Chánh Văn phòng Bộ Y tế",
              "Số 138A Giảng Võ - Ba Đình - Hà Nội",
              "ĐT: 0246.273.2.273 |Fax:0243.8464.051",
              "Email: banbientap@moh.gov.vn",
              "Giấy phép số 28/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp",
              "Hỗ trợ bởi Đề án tri thức Việt số hóa",
              "Website được vận hành trên Microsoft Azure"]

    def chrome_lines(self, a: dict) -> list[str]:
        return [self.footer[1], self.footer[5], self.footer[7]]

    def shell(self, a: dict, portlet: str, main: str, extra_head: str = "") -> str:
        title = f"{a['title']} - {self.site_name}"
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(title)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{e(a['sapo'] or '(' + weekday(a) + ', ' + dmy_hm(a) + ')')}" lang="vi-VN" name="description" />
<link href="{e(url(a))}" rel="canonical" />
<meta property="og:site_name" content="{e(self.site_name)}">
<meta property="og:title" content="{e(title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{e(url(a))}">
{extra_head}<script type="text/javascript">var Liferay = Liferay || {{}}; Liferay.currentURL = '{a['path']}'; Liferay.Portlet.register('{portlet}');</script>
</head>
<body class="controls-visible guest-site signed-out public-page site">
<header id="banner" role="banner"><div class="container"><a class="logo" href="https://moh.gov.vn/" title="Bộ Y tế">BỘ Y TẾ</a>
<nav class="sort-pages modify-pages" id="navigation"><ul aria-label="Trang"><li><a href="https://moh.gov.vn/">Trang chủ</a></li><li><a href="https://moh.gov.vn{MOH_LIST}">Tin tổng hợp</a></li><li><a href="https://moh.gov.vn/hoat-dong-cua-dia-phuong">Hoạt động của địa phương</a></li><li><a href="https://moh.gov.vn/van-ban-dieu-hanh">Văn bản điều hành</a></li></ul></nav></div></header>
<section id="content">
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-9 portlet-column portlet-column-first" id="column-1">
{main}
</div>
<div class="col-md-3 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_hotNews2020_"><div class="portlet-body"><h4 class="tle1">Tin đọc nhiều</h4><ul class="list-hot-news">
{links(self.host, sidebar(a), '<li><a class="text-black1" href="{url}">{title}</a></li>')}
</ul></div></div>
</div>
</div></div>
</section>
<footer class="bg-ft"><div class="container text-f pad-30">
<h4>{e(self.footer[0])}</h4>
<p>{'<br>'.join(e(l) for l in self.footer[1:5])}</p>
<p class="text-center mb-07"><small class="text-muted">{e(self.footer[5])}</small></p>
<p class="text-center mb-07"><small class="text-muted">{e(self.footer[6])}</small></p>
<p class="text-center"><small>{e(self.footer[7])}</small></p>
</div></footer>
</body>
</html>
"""

    def related_links(self, a: dict) -> str:
        return ('<div class="asset-links"><h2 class="asset-links-title">Tin liên quan</h2><ul class="'
                'asset-links-list">' + links(self.host, related(a), '<li class="asset-links-list-item">'
                '<a class="asset-title" href="{url}">{title}</a></li>') + '</ul></div>')

    def article(self, a: dict) -> str:
        if a["path"].startswith("/-/"):
            return self.liferay7(a)
        body = paragraphs(a["blocks"], lambda c: f'<p style="text-align:center"><img src="/documents/'
                          f'20182/0/{digits(c, 7)}.jpg" alt=""></p>\n<p style="text-align:center">'
                          f'<em>{e(c)}</em></p>')
        inst = "101_INSTANCE_3Yst7YhbkA5j"
        main = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_{inst}_"><span id="p_{inst}"></span>
<div class="portlet-body"><div class="asset-full-content default-asset-publisher show-asset-title">
<div class="contentDetail"><div class="title-detail"><h3 class="text-change-size">{e(a['title'])}</h3></div>
<div class="info-detail"><div class="date-detail"><p class="time-post text-change-size">{dmy_hm(a)}</p></div><div class="print-detail"><a href="javascript:window.print()">In bài viết</a></div></div></div>
<div class="asset-content" id="_{inst}_{a['path'][-6:]}">
        <div class="journal-content-article">
<div>
<p class="sapo"><strong>{e(a['sapo'])}</strong></p>
{body}
<p style="text-align:right"><strong>{e(a['author'])}</strong></p>
</div>
          </div>
        </div>
{self.related_links(a)}
<div class="taglib-social-bookmarks"><a href="https://www.facebook.com/sharer.php?u={e(url(a))}">Chia sẻ</a></div>
</div></div></div>"""
        return self.shell(a, inst, main)

    def liferay7(self, a: dict) -> str:
        if a.get("video"):
            inner = ('<p class="text-justify"><strong class="text-muted"></strong></p>\n'
                     '<div class="embed-responsive embed-responsive-16by9 mb-5"><video poster="/image/'
                     'journal/article?img_id=7158850" controls preload="none"><source src="/documents/'
                     '20182/7158841/sot-xuat-huyet.mp4" type="video/mp4"></video></div>\n<div></div>')
        else:
            inner = (f'<p class="text-justify"><strong class="text-muted">{e(a["sapo"])}</strong></p>\n'
                     + paragraphs(a["blocks"], lambda c: f'<p style="text-align:center"><img src="/image/'
                                  f'journal/article?img_id={digits(c, 7)}" alt=""></p>\n'
                                  f'<p style="text-align:center"><em>{e(c)}</em></p>', p_attr=' class="text-justify"')
                     + f'\n<p class="text-right"><strong>{e(a["author"])}</strong></p>')
        asset = a["path"].split("-")[1]
        main = f"""<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end decorate portlet-asset-publisher" id="p_p_id_{L7}_">
<section class="portlet" id="portlet_{L7}"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher no-title">
<div class="align-items-center d-flex mb-2"><h4 class="component-title h4"><span class="asset-title d-inline">{e(a['title'])}</span></h4></div>
<span class="asset-anchor lfr-asset-anchor" id="{asset}"></span>
<div class="asset-content mb-3">
<div class="journal-content-article " data-analytics-asset-id="{asset}" data-analytics-asset-title="{e(a['title'])}" data-analytics-asset-type="web-content">
<div><section>
<span class="text-ngayxam-page">({weekday(a)}, {dmy_hm(a)})</span>
{inner}
</section></div>
</div>
</div>
{'' if a.get('video') else self.related_links(a)}
</div></div></div></div></section></div>"""
        return self.shell(a, L7, main)

    def abstract(self, a: dict, how: str) -> str:
        link = e(url(a))
        title = f'<h3 class="asset-title"><a href="{link}">{e(a["title"])}</a></h3>' if how == "href" \
            else f'<h3 class="asset-title">{e(a["title"])}</h3>'
        attrs = {"href": "", "onclick": f' onclick="location.href=\'{link}\'" style="cursor:pointer"',
                 "data-href": f' data-href="{link}"'}[how]
        return (f'<div class="asset-abstract"{attrs}><div class="asset-content"><div class="image-news">'
                f'<img class="asset-small-image" src="/documents/20182/0/thumb.jpg" alt=""></div>{title}'
                f'<div class="asset-summary"><p class="time-post">{dmy_hm(a)[:10]}</p>{e(a["sapo"][:160])}'
                f'</div></div></div>')

    def listing(self, a0: dict, abstracts: str, pager: str) -> str:
        inst = "101_INSTANCE_k206Q9qkZOqn"
        fake = dict(a0, title="Tin tổng hợp", path=MOH_LIST, sapo="", sidebar=HEADLINES[:4])
        main = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_{inst}_"><span id="p_{inst}"></span>
<div class="portlet-body">
{abstracts}
<div class="taglib-page-iterator" id="_{inst}_ocerSearchContainerPageIterator"><div class="search-pages">{pager}</div></div>
</div></div>"""
        return self.shell(fake, inst, main)

    def extras(self, items: list[dict]) -> dict[str, str]:
        news = [a for a in items if not a.get("video")]
        p1, p2 = news[:2], news[2:]
        pager1 = (f'<div class="page-links"><span class="first">Đầu</span> <span class="previous">Trước'
                  f'</span> <a class="next" href="{e(MOH_PAGE2)}">Tiếp</a> <a class="last" '
                  f'href="{e(MOH_PAGE2)}">Cuối</a></div>')
        pager2 = (f'<div class="page-links"><a class="first" href="{MOH_LIST}">Đầu</a> <a class="previous" '
                  f'href="{MOH_LIST}">Trước</a> <span class="next">Tiếp</span></div>')
        entries = "\n".join(
            f"<entry><title>{e(a['title'])}</title><link rel=\"alternate\" href=\"{e(url(a))}\" />"
            f"<author><name>{e(a['author'] or 'Bộ Y tế')}</name></author><id>{e(url(a))}</id>"
            f"<updated>{a['published']}</updated><published>{a['published']}</published>"
            f"<summary type=\"html\">{e(a['sapo'])}</summary></entry>" for a in items)
        feed = (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
                f'<title>{e(self.site_name)}</title><link rel="alternate" href="https://moh.gov.vn{MOH_FEED}" />'
                f'<id>https://moh.gov.vn{MOH_FEED}</id><updated>{items[0]["published"]}</updated>\n'
                f'{entries}\n</feed>\n')
        return {MOH_LIST: self.listing(p1[0], self.abstract(p1[0], "href") + "\n"
                                       + "\n".join(self.abstract(a, "onclick") for a in p1[1:]), pager1),
                MOH_PAGE2: self.listing(p1[0], "\n".join(self.abstract(a, "data-href") for a in p2), pager2),
                MOH_FEED: feed}


# ---- soyte.hanoi.gov.vn: the sister portal's CMS (hanoi.gov.vn), unverified for this host ------

class SoyteHanoi(Site):
    adapter, host = "soyte_hanoi", "soyte.hanoi.gov.vn"
    site_name = "Sở Y tế Hà Nội"
    footer = ["SỞ Y TẾ HÀ NỘI - CỔNG THÔNG TIN ĐIỆN TỬ",
              "Giấy phép số 53/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp",
              "Địa chỉ: Số 4 Sơn Tây, phường Ba Đình, Hà Nội. Điện thoại: 024.3998.5765",
              "Bản quyền thuộc Sở Y tế Hà Nội. Ghi rõ nguồn \"Sở Y tế Hà Nội\" khi phát hành lại thông tin từ website này."]
    cms = SucKhoeDoiSong()

    def page(self, a: dict | None, title: str, main: str) -> str:
        top = head(a, f"{title} - {self.site_name}", self.site_name) if a else \
            bare_head(f"{title} - {self.site_name}", self.site_name)
        nav = menu(self.host, [("/", "Trang chủ"), ("/tin-tuc-su-kien", "Tin tức - Sự kiện"),
                               ("/tin-hoat-dong", "Tin hoạt động"), ("/van-ban", "Văn bản")], "menu-item")
        return f"""{top}
<body>
<header class="header"><div class="header-top"><a class="logo" href="https://{self.host}/">SỞ Y TẾ HÀ NỘI</a><span class="slogan">Cổng thông tin điện tử</span></div>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="main"><div class="container">
{main}
<div class="col-right"><div class="box-category box-most-view"><h3 class="box-category-title">Tin đọc nhiều</h3>
{links(self.host, sidebar(a) if a else HEADLINES[:4], '<div class="box-category-item"><a class="box-category-link-title" href="{url}" title="{title}">{title}</a></div>')}
</div></div>
</div></div>
{self.footer_html()}
</body>
</html>
"""

    def article(self, a: dict) -> str:
        self.cms.host = self.host
        rel = related(a)
        body = paragraphs(a["blocks"], self.cms.photo, {1: self.cms.related_box(rel)})
        main = f"""<div class="detail">
<div class="detail-top"><div class="box-breadcrumb-name"><a href="https://{self.host}/tin-tuc-su-kien">Tin tức - Sự kiện</a></div></div>
<h1 class="detail-title">{e(a['title'])}</h1>
<div class="detail-info"><div class="news-info"><span class="time">{dmy_hm(a)}</span> <span class="source">{e(a['author'])}</span></div></div>
<h2 class="detail-sapo">{e(a['sapo'])}</h2>
<div class="detail-content afcbc-body clearfix">
{body}
</div>
<div class="detail-keyword"><span>Từ khóa:</span> <a href="https://{self.host}/tim-kiem?query=y+t%E1%BA%BF">y tế</a></div>
</div>"""
        return self.page(a, a["title"], main)

    def extras(self, items: list[dict]) -> dict[str, str]:
        self.cms.host = self.host

        def lst(title: str, chosen: list[dict], pager: str = "") -> str:
            return self.page(None, title, f'<div class="{self.cms.list_class}">\n'
                             + "\n".join(self.cms.item(a) for a in chosen) + f"\n</div>{pager}")
        return {"/tin-tuc-su-kien": lst("Tin tức - Sự kiện", items),
                "/tim-kiem?query=&page=1": lst("Tìm kiếm", items[:1], '<div class="paging"><a href="'
                                               '/tim-kiem?query=&amp;page=2">2</a></div>'),
                "/tim-kiem?query=&page=2": lst("Tìm kiếm", items[1:])}


# ---- medinet: ASP.NET portal, markup unverified --------------------------------------------------

class Medinet(Site):
    adapter, host = "medinet", "medinet.hochiminhcity.gov.vn"
    listing_path = "/chuyen-muc/tin-hoat-dong-nganh-y-te-c1862.aspx"
    footer = ["SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH",
              "Giấy phép số 4871/GP-TTĐT do Sở Thông tin và Truyền thông TP.HCM cấp",
              "Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, TP.HCM. Điện thoại: 028.3930.9912",
              "Ghi rõ nguồn Medinet khi phát hành lại thông tin từ website này."]

    def page(self, title: str, main: str, side: list[str], broken: bool = False) -> str:
        nav = menu(self.host, [("/", "Trang chủ"), (self.listing_path, "Tin hoạt động"),
                               ("/chuyen-muc/van-ban-c1870.aspx", "Văn bản")], "menu-item")
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta property="og:site_name" content="Sở Y tế TP.HCM">
</head>
<body>
<form method="post" action="./" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1NzM2NDk2OA9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYCZg9kFgICAQ8WAh4EVGV4dAUFTWVkaW5ldGRk"></div>
<div id="wrapper">
<div id="header"><div class="container"><div class="banner-text"><h2>SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH</h2></div></div></div>
<nav id="menu"><div class="container"><ul class="menu-top">{nav}</ul></div></nav>
<div id="main"><div class="container">
<div class="col-left">
{main}
</div>
<div class="col-right"><div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-new">
{links(self.host, side, '<li><a href="{url}">{title}</a></li>')}
</ul>{'' if broken else '</div>'}</div>
</div></div>
<div id="footer"><div class="container">{''.join(f'<p>{e(l)}</p>' for l in self.footer)}</div></div>
</div>
</form>
</body>
</html>
"""

    def article(self, a: dict) -> str:
        rel = related(a)
        box = ('<div class="box-tinlienquan"><b>Tin liên quan:</b><ul>'
               + links(self.host, rel, '<li><a href="{url}">{title}</a></li>') + "</ul></div>")
        photo = (lambda c: f'<figure class="image" style="text-align:center"><img src="/data/news/'
                 f'{digits(c, 6)}.jpg" alt="{e(c)}"><figcaption>{e(c)}</figcaption></figure>')
        body = paragraphs(a["blocks"], photo, {1: box}, p_attr=' style="text-align:justify"')
        if "cmobile" in a["path"]:  # kept from the first corpus: one unclosed <p> in the body
            body = body.replace("</p>\n<figure", "\n<figure", 1)
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{self.listing_path}">Tin hoạt động</a></div>
<div class="news-detail">
<h1 class="title">{e(a['title'])}</h1>
<div class="date">Cập nhật: {dmy_hm(a)}</div>
<div class="sapo"><strong>{e(a['sapo'])}</strong></div>
<div id="content" class="content-detail">
{body}
</div>
<div class="author" style="text-align:right"><strong>{e(a['author'])}</strong></div>
</div>"""
        return self.page(a["title"], main, sidebar(a), broken="cmobile" in a["path"])

    def extras(self, items: list[dict]) -> dict[str, str]:
        lst = "\n".join(f'<div class="item-news"><a href="{e(url(a))}"><img src="/data/thumb.jpg" alt="">'
                        f'</a><h3><a href="{e(url(a))}">{e(a["title"])}</a></h3><p>{e(a["sapo"][:150])}</p>'
                        f'</div>' for a in items)
        pager = f'<div class="paging"><a href="{self.listing_path}?page=2">Trang sau</a></div>'
        return {self.listing_path: self.page("Tin hoạt động ngành y tế",
                                             f'<div class="list-news-cat">\n{lst}\n</div>{pager}',
                                             HEADLINES[:4])}


# ---- VNPT provincial portals: syt.nghean.gov.vn, ninhbinh.gov.vn --------------------------------

class VnPortal(Site):
    adapter = "vnportal"
    portal = ""
    section = ("", "")
    pageindex = False
    footer: list[str] = []

    def chrome_lines(self, a: dict) -> list[str]:
        return self.footer[1:4]

    def page(self, title: str, main: str, side: list[str], script: str = "") -> str:
        nav = menu(self.host, [("/", "Trang chủ"), (self.section[0], self.section[1]),
                               ("/van-ban-chi-dao", "Văn bản chỉ đạo")], "item")
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta property="og:site_name" content="{e(self.portal)}">
{script}</head>
<body>
<form method="post" action="./" id="Form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="VNPT_PORTAL"></div>
<div class="header"><div class="banner"><a href="https://{self.host}/">{e(self.portal.upper())}</a></div>
<div class="menu"><ul class="MenuTop">{nav}</ul></div></div>
<div class="content-page"><div class="col-main">
{main}
</div>
<div class="col-right"><div class="box-news-hot"><div class="title-box">Tin đọc nhiều</div><ul>
{links(self.host, side, '<li><a href="{url}">{title}</a></li>')}
</ul></div></div></div>
<div class="footer">{''.join(f'<p>{e(l)}</p>' for l in self.footer)}</div>
</form>
</body>
</html>
"""

    def article(self, a: dict) -> str:
        rel = related(a)
        box = ('<div class="relate-news"><div class="title">Tin liên quan</div><ul>'
               + links(self.host, rel, '<li><a href="{url}">{title}</a></li>') + "</ul></div>")
        photo = (lambda c: f'<p style="text-align:center"><img src="/Portals/0/{digits(c, 6)}'
                 f'.jpg" alt=""></p>\n<p style="text-align:center"><em>{e(c)}</em></p>')
        body = paragraphs(a["blocks"], photo, {len(a["blocks"]) - 1: box}, p_attr=' style="text-align:justify"')
        main = f"""<div class="ArticleDetail">
<div class="BreadCrumb"><a href="{self.section[0]}">{e(self.section[1])}</a></div>
<h1 class="ArticleHeader">{e(a['title'])}</h1>
<div class="PostDate">{dmy_hm(a)}</div>
<div class="ArticleSummary">{e(a['sapo'])}</div>
<div class="ArticleContent">
{body}
</div>
<div class="AuthorName">{e(a['author'])}</div>
</div>"""
        return self.page(a["title"], main, sidebar(a))

    def item(self, a: dict) -> str:
        return (f'<div class="item"><div class="image"><a href="{e(url(a))}"><img src="/Portals/0/thumb.jpg"'
                f' alt=""></a></div><div class="ArticleHeader"><a href="{e(url(a))}">{e(a["title"])}</a>'
                f'</div><div class="PostDate">{dmy_hm(a)}</div><div class="ArticleSummary">'
                f'{e(a["sapo"][:150])}</div></div>')

    def listing(self, chosen: list[dict], pager: str, script: str = "") -> str:
        main = (f'<div class="UIListNews_Default">\n' + "\n".join(self.item(a) for a in chosen)
                + f"\n</div>{pager}")
        return self.page(self.section[1], main, HEADLINES[:4], script)


class NgheAn(VnPortal):
    host, portal = "syt.nghean.gov.vn", "Sở Y tế Nghệ An"
    section = ("/tin-noi-bat/", "Tin nổi bật")
    footer = ["CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ NGHỆ AN",
              "Giấy phép số 25/GP-TTĐT do Sở Thông tin và Truyền thông Nghệ An cấp",
              "Địa chỉ: Số 18 Trường Thi, phường Trường Vinh, Nghệ An. Điện thoại: 0238.3844.677",
              "Thiết kế và phát triển bởi VNPT Nghệ An"]

    def extras(self, items: list[dict]) -> dict[str, str]:
        pager = ('<div class="pagination"><span class="current">1</span> <a href="?pageindex=2">2</a> '
                 '<a href="?pageindex=2">Sau »</a></div>')
        return {self.section[0]: self.listing(items[:2], pager),
                self.section[0] + "?pageindex=2": self.listing(items[2:], '<div class="pagination">'
                                                               '<a href="?pageindex=1">1</a> <span class='
                                                               '"current">2</span></div>')}


class NinhBinh(VnPortal):
    host, portal = "ninhbinh.gov.vn", "Cổng thông tin điện tử tỉnh Ninh Bình"
    section = ("/van-hoa-xa-hoi", "Văn hóa - Xã hội")
    footer = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH",
              "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông Ninh Bình cấp",
              "Địa chỉ: Đường Lê Hồng Phong, phường Hoa Lư, Ninh Bình. Điện thoại: 0229.3871.045",
              "Thiết kế và phát triển bởi VNPT Ninh Bình"]

    def extras(self, items: list[dict]) -> dict[str, str]:
        """Page 1 prints the section's ids and a "Xem thêm" button; pages 2+ are the HTML
        fragments (list items only) the LoadArticle POST answers, one item per page here,
        then an empty answer past the end. Files are named by the form fields that choose
        the answer (tests/sites.py FORM_KEYS)."""
        script = ('<script type="text/javascript">var article_category_id = 1186; var site_id = 44; '
                  'var page_size = 15;</script>\n')
        more = '<div class="ViewMore"><a class="btn-more" href="javascript:void(0)" onclick="LoadArticle(2)">Xem thêm</a></div>'
        load = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
        pages = {self.section[0]: self.listing(items[:1], more, script)}
        for n in range(2, len(items) + 2):
            pages[f"{load}?article_category_id=1186&page={n}&site_id=44"] = \
                "\n".join(self.item(a) for a in items[n - 1:n])
        return pages


# ---- EPI-CMS: baobackan.com.vn -------------------------------------------------------------------

class BaoBacKan(Site):
    adapter, host = "baobackan", "baobackan.com.vn"
    site_name = "Báo Bắc Kạn điện tử"
    footer = ["BÁO BẮC KẠN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC KẠN",
              "Giấy phép số 128/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
              "Tòa soạn: Số 8 Trường Chinh, phường Đức Xuân, Bắc Kạn. Điện thoại: 0209.3870.455",
              "© Bản quyền thuộc Báo Bắc Kạn. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]

    def page(self, a: dict | None, title: str, main: str, side: list[str], meta: str = "") -> str:
        top = head(a, f"{title} | Báo Bắc Kạn", self.site_name, meta) if a else \
            bare_head(f"{title} | Báo Bắc Kạn", self.site_name)
        nav = menu(self.host, [("/", "Trang chủ"), ("/thoi-su/", "Thời sự"), ("/y-te/", "Y tế")], "menu__item")
        return f"""{top.replace('</head>', '<link rel="alternate" type="application/rss+xml" href="/rss/home.rss"></head>')}
<body class="page-detail">
<header class="site-header"><div class="l-container"><a class="site-header__logo" href="https://{self.host}/">Báo Bắc Kạn</a>
<nav class="site-header__menu"><ul class="menu">{nav}</ul></nav></div></header>
<main class="site-content"><div class="l-container"><div class="l-grid">
<div class="c-col-main">
{main}
</div>
<aside class="c-col-sidebar"><div class="box-most-read"><h3 class="box-heading">Đọc nhiều</h3><ul class="list-most-read">
{links(self.host, side, '<li><a class="cms-link" href="{url}" title="{title}">{title}</a></li>')}
</ul></div></aside>
</div></div></main>
<footer class="site-footer"><div class="l-container">{''.join(f'<p>{e(l)}</p>' for l in self.footer)}</div></footer>
</body>
</html>
"""

    def article(self, a: dict) -> str:
        iso = when(a).strftime("%Y-%m-%dT%H:%M:%S+0700")
        box = ('<div class="related-news"><h3 class="related-news__title">Tin liên quan</h3><ul>'
               + links(self.host, related(a), '<li><a class="cms-link" href="{url}" title="{title}">'
                       '{title}</a></li>') + "</ul></div>")
        photo = (lambda c: f'<table class="picture" align="center"><tbody><tr><td class="pic"><img '
                 f'src="https://image.baobackan.com.vn/w800/{digits(c, 6)}.jpg" alt="{e(c)}"></td>'
                 f'</tr><tr><td class="caption"><p>{e(c)}</p></td></tr></tbody></table>')
        ads = '<div class="ads_middle" id="adsWeb_AdsArticleMiddle"><script>loadAds("middle")</script></div>'
        body = paragraphs(a["blocks"], photo, {1: ads, len(a["blocks"]) - 2: box})
        main = f"""<div class="breadcrumbs"><a class="cms-link" href="https://{self.host}/y-te/">Y tế</a></div>
<article class="article">
<h1 class="article__title cms-title">{e(a['title'])}</h1>
<div class="article__meta"><time class="time" datetime="{iso}">{dmy_hm(a)}</time> <span class="author cms-author">{e(a['author'])}</span></div>
<h2 class="article__sapo cms-desc">{e(a['sapo'])}</h2>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{body}
</div>
<div class="article__tag"><a class="cms-link" href="https://{self.host}/tag/y-te.html">Y tế</a></div>
</article>"""
        return self.page(a, a["title"], main, sidebar(a),
                         f'<meta property="article:published_time" content="{iso}">\n')

    def extras(self, items: list[dict]) -> dict[str, str]:
        stories = "\n".join(f'<article class="story"><figure class="story__thumb"><a class="cms-link" '
                            f'href="{e(url(a))}"><img src="https://image.baobackan.com.vn/w300/thumb.jpg" '
                            f'alt=""></a></figure><h3 class="story__heading"><a class="cms-link" href="'
                            f'{e(url(a))}" title="{e(a["title"])}">{e(a["title"])}</a></h3><time class="'
                            f'story__time">{dmy_hm(a)}</time><div class="story__summary">{e(a["sapo"][:150])}'
                            f'</div></article>' for a in items)
        main = (f'<h1 class="cate-title">Y tế</h1><div class="box-stream">\n{stories}\n</div>'
                f'<div class="pagination"><a class="pagination__next" rel="next" href="/y-te/?page=2">'
                f'Trang sau</a></div>')
        return {"/y-te/": self.page(None, "Y tế", main, HEADLINES[:4]),
                "/rss/home.rss": rss("Báo Bắc Kạn - Trang chủ", f"https://{self.host}/", items)}


# ---- dantri.com.vn and vnexpress.net --------------------------------------------------------------

class DanTri(Site):
    adapter, host = "dantri", "dantri.com.vn"
    footer = ["Cơ quan của Trung ương Hội Khuyến học Việt Nam",
              "Giấy phép hoạt động báo điện tử số 298/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
              "Địa chỉ tòa soạn: Số 48 ngõ 2 Giảng Võ, phường Giảng Võ, Hà Nội. Điện thoại: 024.3736.6491",
              "© Bản quyền thuộc Báo Dân trí. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản."]

    def page(self, a: dict | None, title: str, main: str, side: list[str]) -> str:
        top = head(a, f"{title} | Báo Dân trí", "Báo Dân trí") if a else \
            bare_head(f"{title} | Báo Dân trí")
        nav = menu(self.host, [("/xa-hoi.htm", "Xã hội"), ("/suc-khoe.htm", "Sức khỏe"),
                               ("/giao-duc.htm", "Giáo dục")], "menu-item")
        return f"""{top}
<body>
<header class="site-header"><a class="logo" href="https://{self.host}/">Dân trí</a><nav class="menu"><ol class="menu-wrap">{nav}</ol></nav></header>
<main class="body-container"><div class="grid-container">
{main}
<aside class="grid-aside"><div class="article-most-read"><h3 class="title">Đọc nhiều</h3><ol class="most-read">
{links(self.host, side, '<li><a href="{url}" title="{title}">{title}</a></li>')}
</ol></div></aside>
</div></main>
<footer class="site-footer">{''.join(f'<p>{e(l)}</p>' for l in self.footer)}</footer>
</body>
</html>
"""

    def article(self, a: dict) -> str:
        box = ('<article class="article-related"><h3 class="article-related__title">Tin liên quan</h3><ul>'
               + links(self.host, related(a), '<li><a href="{url}" title="{title}">{title}</a></li>')
               + "</ul></article>")
        photo = (lambda c: f'<figure class="image align-center"><img src="https://cdnphoto.dantri.com.vn/'
                 f'{digits(c, 6)}.jpg" alt="{e(c)}"><figcaption><p>{e(c)}</p></figcaption></figure>')
        body = paragraphs(a["blocks"], photo, {2: box})
        stamp = when(a).strftime("%Y-%m-%d %H:%M")
        main = f"""<div class="singular-wrap"><ul class="dt-breadcrumb"><li><a href="https://{self.host}/suc-khoe.htm" data-content-name="article-breadcrumb">Sức khỏe</a></li></ul>
<article class="singular-container">
<h1 class="title-page detail">{e(a['title'])}</h1>
<div class="author-wrap"><div class="author-meta"><div class="author-name"><a href="https://{self.host}/tac-gia/minh-nhat-1234.htm"><b>{e(a['author'])}</b></a></div><time class="author-time" datetime="{stamp}"> {weekday(a)}, {when(a).strftime('%d/%m/%Y - %H:%M')} </time></div></div>
<h2 class="singular-sapo">{e(a['sapo'])}</h2>
<div class="singular-content">
{body}
</div>
<div class="tags-container"><span>Từ khóa:</span> <a class="tags-item" href="https://{self.host}/chu-de/thuoc.htm">thuốc</a></div>
</article></div>"""
        return self.page(a, a["title"], main, sidebar(a))

    def extras(self, items: list[dict]) -> dict[str, str]:
        arts = "\n".join(f'<article class="article-item"><div class="article-thumb"><a href="{e(url(a))}">'
                         f'<img src="https://cdnphoto.dantri.com.vn/thumb.jpg" alt=""></a></div><div class='
                         f'"article-content"><h3 class="article-title"><a href="{e(url(a))}">{e(a["title"])}'
                         f'</a></h3><div class="article-excerpt">{e(a["sapo"][:160])}</div></div></article>'
                         for a in items)
        return {"/suc-khoe.htm": self.page(None, "Sức khỏe", f'<div class="article list">\n{arts}\n</div>',
                                           HEADLINES[:4]),
                "/rss/suc-khoe.rss": rss("Dân trí - Sức khỏe", f"https://{self.host}/suc-khoe.htm", items)}


class VnExpress(Site):
    adapter, host = "vnexpress", "vnexpress.net"
    footer = ["Báo tiếng Việt nhiều người xem nhất - Thuộc Bộ Khoa học và Công nghệ",
              "Số giấy phép: 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021",
              "Địa chỉ: Tầng 10, Tòa A FPT Tower, số 10 Phạm Văn Bạch, Hà Nội. Điện thoại: 024 7300 8899",
              "© 1997-2025. Toàn bộ bản quyền thuộc VnExpress"]

    def page(self, a: dict | None, title: str, main: str, meta: str = "") -> str:
        suffix = " - VnExpress Sức khỏe"
        top = head(a, title + suffix, "VnExpress", meta, og_title=title + suffix) if a else \
            bare_head(title + suffix)
        nav = menu(self.host, [("/thoi-su", "Thời sự"), ("/suc-khoe", "Sức khỏe"), ("/giao-duc", "Giáo dục")],
                   "item")
        return f"""{top}
<body>
<header class="section top-header"><div class="container"><a class="logo" href="https://{self.host}/">VnExpress</a></div>
<nav class="main-nav"><ul class="parent">{nav}</ul></nav></header>
{main}
<footer class="footer"><div class="container">{''.join(f'<p>{e(l)}</p>' for l in self.footer)}</div></footer>
</body>
</html>
"""

    def article(self, a: dict) -> str:
        box = ('<div class="box-tinlienquanv2"><h3 class="title-box">Tin liên quan</h3><ul>'
               + links(self.host, related(a), '<li><h4 class="title-news"><a href="{url}" title="{title}">'
                       '{title}</a></h4></li>') + "</ul></div>")
        photo = (lambda c: f'<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype='
                 f'"http://schema.org/ImageObject"><div class="fig-picture"><picture><img itemprop="contentUrl"'
                 f' src="https://i1-suckhoe.vnecdn.net/2025/06/20/{digits(c, 6)}.jpg" alt="{e(c)}">'
                 f'</picture></div><figcaption itemprop="description"><p class="Image">{e(c)}</p></figcaption>'
                 f'</figure>')
        body = paragraphs(a["blocks"], photo, {len(a["blocks"]) - 2: box}, p_attr=' class="Normal"')
        w = when(a)
        date = f"{weekday(a)}, {w.day}/{w.month}/{w.year}, {w.strftime('%H:%M')} (GMT+7)"
        side = links(self.host, sidebar(a), '<li><a href="{url}" title="{title}">{title}</a></li>')
        main = f"""<section class="section page-detail top-detail"><div class="container flexbox">
<div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb" data-campaign="Header"><li><a href="https://{self.host}/suc-khoe" title="Sức khỏe">Sức khỏe</a></li></ul><span class="date">{date}</span></div>
<h1 class="title-detail">{e(a['title'])}</h1>
<p class="description">{e(a['sapo'])}</p>
<article class="fck_detail ">
{body}
<p class="Normal" style="text-align:right;"><strong>{e(a['author'])}</strong></p>
</article>
<div class="footer-content"><div class="tags"><h2 class="item-tag"><a href="https://{self.host}/chu-de/tim-mach-1234">Tim mạch</a></h2></div></div>
</div>
<div class="sidebar-2"><div class="box-category"><h3 class="title">Xem nhiều</h3><ul class="list-news">
{side}
</ul></div></div>
</div></section>"""
        return self.page(a, a["title"], main,
                         f'<meta itemprop="datePublished" content="{e(a["published"])}">\n')

    def extras(self, items: list[dict]) -> dict[str, str]:
        arts = "\n".join(f'<article class="item-news item-news-common"><h3 class="title-news"><a href="'
                         f'{e(url(a))}" title="{e(a["title"])}">{e(a["title"])}</a></h3><p class="description">'
                         f'<a href="{e(url(a))}">{e(a["sapo"][:160])}</a></p></article>' for a in items)
        main = (f'<section class="section section_container"><div class="container"><div class="width_common '
                f'list-news-subfolder">\n{arts}\n</div><div class="button-page flexbox"><span class="btn-page '
                f'active">1</span><a class="btn-page next-page" href="/suc-khoe-p2" title="Trang sau">›</a>'
                f'</div></div></section>')
        return {"/suc-khoe": self.page(None, "Sức khỏe", main),
                "/rss/suc-khoe.rss": rss("VnExpress - Sức khỏe", f"https://{self.host}/suc-khoe", items)}


SITES = {s.host: s for s in (SucKhoeDoiSong(), TuoiTre(), ThanhNien(), Moh(), SoyteHanoi(), Medinet(),
                             NgheAn(), NinhBinh(), BaoBacKan(), DanTri(), VnExpress())}
