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
	'nav.search': 'Tìm kiếm',
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
	'article.print': 'In bài viết',
	'article.lead': 'Tóm tắt',
	'article.photoPending': 'Ảnh',

	'movement.period': 'Giai đoạn',
	'movement.basis': 'Căn cứ',
	'movement.periodOpen': 'Từ {from}',
	'movement.periodRange': '{from}–{to}',
	'movement.articles': 'Bài viết',

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
	'archive.byYear': 'Theo năm',

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

	'follow.title': 'Theo dõi',
	'follow.rss': 'RSS',

	'notFound.title': 'Không tìm thấy trang',
	'notFound.body': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
	'notFound.home': 'Về trang chủ',

	'filter.by': 'Lọc theo',
	'footer.about': 'Bản tin thi đua của {province}. Nội dung do các cơ quan, đơn vị trong tỉnh cung cấp.',

	// Editors' workflow: redirect pages from renamed articles' old addresses (aliases).
	'redirect.title': 'Bài viết đã chuyển: {title}',
	'redirect.moved': 'Bài viết đã chuyển sang địa chỉ mới:',
} as const;

export type UiKey = keyof typeof vi;
