/**
 * Every word the interface speaks, in Vietnamese (wording from shared/DESIGN.md's glossary).
 * Components call `t('key', vars)`; a key that does not exist here is a type error.
 * Placeholders are written `{name}`.
 */
export const vi = {
	'site.skipToContent': 'Chuyển đến nội dung chính',
	'nav.label': 'Điều hướng chính',
	'nav.home': 'Trang chủ',
	'nav.movements': 'Phong trào thi đua',
	'nav.agencies': 'Cơ quan, đơn vị',
	'nav.authors': 'Tác giả',
	'nav.archive': 'Lưu trữ',
	'nav.follow': 'Theo dõi',
	'breadcrumbs.label': 'Đường dẫn',

	'home.latest': 'Bài viết mới nhất',
	'home.movements': 'Phong trào thi đua',
	'home.recentMonths': 'Các tháng gần đây',
	'home.allArticles': 'Xem toàn bộ lưu trữ',

	'count.articles': '{n} bài viết',
	'count.empty': 'Chưa có bài viết.',

	'article.related': 'Cùng phong trào',
	'article.prev': 'Bài trước',
	'article.next': 'Bài sau',
	'article.adjacent': 'Bài trước và bài sau',
	'article.movements': 'Phong trào',
	'article.agencies': 'Cơ quan, đơn vị',
	'article.authors': 'Tác giả',
	'article.published': 'Ngày đăng',
	'article.updated': 'Cập nhật',

	'movement.period': 'Giai đoạn',
	'movement.basis': 'Căn cứ',
	'movement.periodOpen': 'Từ {from}',
	'movement.periodRange': '{from}–{to}',

	'agency.kind': 'Loại',
	'agency.parent': 'Trực thuộc',
	'agency.kind.co-quan-dang': 'Cơ quan Đảng',
	'agency.kind.co-quan-dan-cu': 'Cơ quan dân cử',
	'agency.kind.chinh-quyen': 'Chính quyền',
	'agency.kind.so-ban-nganh': 'Sở, ban, ngành',
	'agency.kind.huyen-thanh-pho': 'Huyện, thành phố',
	'agency.kind.luc-luong-vu-trang': 'Lực lượng vũ trang',
	'agency.kind.mat-tran-doan-the': 'Mặt trận, đoàn thể',
	'agency.kind.don-vi-su-nghiep': 'Đơn vị sự nghiệp',
	'agency.kind.doanh-nghiep': 'Doanh nghiệp',

	'archive.title': 'Lưu trữ',
	'archive.year': 'Năm {year}',
	'archive.month': 'Tháng {month}/{year}',

	'date.month': 'Tháng {month}/{year}',

	'pagination.label': 'Phân trang',
	'pagination.prev': 'Trang trước',
	'pagination.next': 'Trang sau',
	'pagination.page': 'Trang {n}/{total}',

	'search.label': 'Tìm kiếm',
	'search.placeholder': 'Nhập từ khóa…',
	'search.submit': 'Tìm',
	'search.hint': 'Có thể gõ không dấu',
	'search.noResults': 'Không có kết quả cho “{q}”',
	// Search page (issue 4): /tim-kiem/ and the header search box.
	'search.title': 'Tìm kiếm',
	'search.headerLabel': 'Tìm trong bản tin',
	'search.intro': 'Tìm trong tiêu đề và nội dung các bài viết.',
	'search.filters': 'Lọc theo',
	'search.facet.movement': 'Phong trào',
	'search.facet.agency': 'Cơ quan, đơn vị',
	'search.facet.year': 'Năm',
	'search.facet.all': 'Tất cả',
	'search.facet.option': '{label} ({n})',
	'search.sort': 'Sắp xếp',
	'search.sort.relevance': 'Phù hợp nhất',
	'search.sort.newest': 'Mới nhất',
	'search.sort.oldest': 'Cũ nhất',
	'search.results': 'Kết quả tìm kiếm',
	'search.count': '{n} kết quả cho “{q}”',
	'search.countFiltered': '{n} kết quả',
	'search.loading': 'Đang tìm…',
	'search.more': 'Xem thêm kết quả',
	'search.removeFilters': 'Thử bỏ bộ lọc',
	'search.noResultsFiltered': 'Không có kết quả với các bộ lọc đã chọn',
	'search.clearFilters': 'Bỏ tất cả bộ lọc',
	'search.noScript':
		'Trang tìm kiếm cần JavaScript. Bạn vẫn có thể xem bài theo phong trào, cơ quan hoặc lưu trữ.',
	'search.error': 'Không tải được chỉ mục tìm kiếm. Vui lòng thử lại sau.',

	'follow.title': 'Theo dõi',
	'follow.rss': 'RSS',

	// Feeds (RSS, /theo-doi/, the XSL page a browser shows for a feed): issue 3
	'feeds.archiveLabel': 'Tất cả bài viết',
	'feeds.archiveDescription': '{description} Bài viết mới nhất của {site}.',
	'feeds.movementTitle': 'Phong trào “{name}” | {site}',
	'feeds.movementDescription': 'Bài viết mới về phong trào thi đua “{name}” trên {site}.',
	'feeds.agencyTitle': '{name} | {site}',
	'feeds.agencyDescription': 'Bài viết mới về {name} trên {site}.',
	'feeds.groupArchive': 'Toàn bộ lưu trữ',
	'feeds.groupMovements': 'Phong trào thi đua',
	'feeds.groupAgencies': 'Cơ quan, đơn vị',
	'feeds.pageLink': 'Theo dõi qua RSS',
	'feeds.pageIntro':
		'Nhận bài viết mới trong ứng dụng đọc tin (RSS) mà không cần vào trang. Sao chép địa chỉ một nguồn tin dưới đây và dán vào ứng dụng đọc tin của bạn (Thunderbird, Feedly, Inoreader, NetNewsWire…).',
	'feeds.opmlIntro':
		'Muốn theo dõi tất cả cùng lúc? Tải tệp OPML và nhập (import) vào ứng dụng đọc tin.',
	'feeds.opmlLink': 'Tải tệp OPML gồm mọi nguồn tin',
	'feeds.opmlTitle': 'Các nguồn tin RSS của {site}',
	'feeds.urlLabel': 'Địa chỉ nguồn tin của {name}',
	'feeds.openPage': 'Xem trang',
	'feeds.xslBanner': 'Đây là nguồn tin RSS',
	'feeds.xslExplain':
		'Trang này dành cho ứng dụng đọc tin. Sao chép địa chỉ dưới đây vào ứng dụng đọc tin (Thunderbird, Feedly, Inoreader, NetNewsWire…) để nhận bài viết mới mỗi khi có bài đăng.',
	'feeds.xslAddress': 'Địa chỉ nguồn tin',
	'feeds.xslAll': 'Xem tất cả nguồn tin',
	'feeds.xslItems': 'Các bài viết trong nguồn tin',
	'feeds.xslMonth': 'tháng',

	'notFound.title': 'Không tìm thấy trang',
	'notFound.body': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
	'notFound.home': 'Về trang chủ',

	'footer.about':
		'Bản tin thi đua của {province}. Nội dung do các cơ quan, đơn vị trong tỉnh cung cấp.',

	// Photos and share cards (issue 5, docs/photos.md)
	'photo.credit': 'Ảnh: {credit}',
	'photo.missingAlt':
		'Ảnh thiếu mô tả (alt) cho người khiếm thị: viết ![Mô tả nội dung ảnh](./anh.jpg) hoặc thêm alt="…"',
	'photo.remote':
		'Ảnh {src} không nằm cạnh bài viết; chép ảnh vào thư mục của bài và dùng ./ten-anh.jpg',
	'factBox.title': 'Con số',
	'share.default': 'ảnh chia sẻ mặc định',

	// Editors' workflow: redirect pages from renamed articles' old addresses (aliases).
	'redirect.title': 'Bài viết đã chuyển: {title}',
	'redirect.moved': 'Bài viết đã chuyển sang địa chỉ mới:',
} as const;

export type UiKey = keyof typeof vi;
