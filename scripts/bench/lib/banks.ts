/**
 * The word banks the benchmark corpus is drawn from: movements, agencies, names and sentences
 * written the way provincial emulation bulletins are. Placeholders in braces ({agency},
 * {movement}, {year}, {n}, {pct}, {person}) are filled per article by corpus.ts.
 */
import type { AgencyKind } from '../../../src/schemas/agency.ts';

export interface MovementSeed {
	id: string;
	name: string;
	shortName: string;
	from: number;
	to?: number;
	basis: string[];
}

export const MOVEMENTS: readonly MovementSeed[] = [
	{
		id: 'van-hoa-cong-so',
		name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
		shortName: 'Văn hóa công sở',
		from: 2019,
		to: 2025,
		basis: ['Quyết định số 733/QĐ-TTg ngày 14-6-2019 của Thủ tướng Chính phủ'],
	},
	{
		id: 'nong-thon-moi',
		name: 'Cả nước chung sức xây dựng nông thôn mới',
		shortName: 'Nông thôn mới',
		from: 2011,
		basis: ['Quyết định số 1620/QĐ-TTg ngày 20-9-2011 của Thủ tướng Chính phủ'],
	},
	{
		id: 'doanh-nghiep-hoi-nhap',
		name: 'Doanh nghiệp Việt Nam hội nhập và phát triển',
		shortName: 'Doanh nghiệp hội nhập',
		from: 2011,
		basis: ['Chỉ thị số 39/CT-TTg ngày 24-11-2011 của Thủ tướng Chính phủ'],
	},
	{
		id: 'doi-moi-sang-tao',
		name: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
		shortName: 'Đổi mới sáng tạo',
		from: 2021,
		basis: [],
	},
	{
		id: 'bao-ve-an-ninh-to-quoc',
		name: 'Toàn dân bảo vệ an ninh Tổ quốc',
		shortName: 'Bảo vệ an ninh Tổ quốc',
		from: 2006,
		basis: ['Chỉ thị số 09-CT/TW ngày 1-12-2011 của Ban Bí thư'],
	},
	{
		id: 'thi-dua-quyet-thang',
		name: 'Thi đua Quyết thắng',
		shortName: 'Quyết thắng',
		from: 2006,
		basis: [],
	},
	{
		id: 'day-tot-hoc-tot',
		name: 'Thi đua “Dạy tốt, học tốt”',
		shortName: 'Dạy tốt, học tốt',
		from: 2006,
		basis: ['Kế hoạch số 25/KH-SGDĐT của Sở Giáo dục và Đào tạo'],
	},
	{
		id: 'vi-nguoi-ngheo',
		name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
		shortName: 'Vì người nghèo',
		from: 2021,
		to: 2025,
		basis: ['Quyết định số 1258/QĐ-TTg ngày 22-7-2021 của Thủ tướng Chính phủ'],
	},
	{
		id: 'dan-van-kheo',
		name: 'Thi đua “Dân vận khéo”',
		shortName: 'Dân vận khéo',
		from: 2009,
		basis: ['Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư'],
	},
	{
		id: 'doi-song-van-hoa',
		name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
		shortName: 'Đời sống văn hóa',
		from: 2006,
		basis: [],
	},
];

export interface AgencySeed {
	id: string;
	name: string;
	shortName: string;
	kind: AgencyKind;
	parent?: string;
}

const so = (id: string, name: string, shortName = name): AgencySeed => ({
	id,
	name: `${name} tỉnh Nam Định`,
	shortName,
	kind: 'so-ban-nganh',
	parent: 'ubnd-tinh',
});

const huyen = (id: string, name: string): AgencySeed => ({
	id,
	name: `Ủy ban nhân dân ${name}`,
	shortName: name,
	kind: 'huyen-thanh-pho',
});

export const AGENCIES: readonly AgencySeed[] = [
	{ id: 'tinh-uy', name: 'Tỉnh ủy Nam Định', shortName: 'Tỉnh ủy', kind: 'co-quan-dang' },
	{
		id: 'ban-to-chuc-tinh-uy',
		name: 'Ban Tổ chức Tỉnh ủy',
		shortName: 'Ban Tổ chức Tỉnh ủy',
		kind: 'co-quan-dang',
		parent: 'tinh-uy',
	},
	{
		id: 'ban-tuyen-giao-tinh-uy',
		name: 'Ban Tuyên giáo Tỉnh ủy',
		shortName: 'Ban Tuyên giáo Tỉnh ủy',
		kind: 'co-quan-dang',
		parent: 'tinh-uy',
	},
	{
		id: 'ban-dan-van-tinh-uy',
		name: 'Ban Dân vận Tỉnh ủy',
		shortName: 'Ban Dân vận Tỉnh ủy',
		kind: 'co-quan-dang',
		parent: 'tinh-uy',
	},
	{
		id: 'ubkt-tinh-uy',
		name: 'Ủy ban Kiểm tra Tỉnh ủy',
		shortName: 'UBKT Tỉnh ủy',
		kind: 'co-quan-dang',
		parent: 'tinh-uy',
	},
	{
		id: 'ban-noi-chinh-tinh-uy',
		name: 'Ban Nội chính Tỉnh ủy',
		shortName: 'Ban Nội chính',
		kind: 'co-quan-dang',
		parent: 'tinh-uy',
	},
	{
		id: 'hdnd-tinh',
		name: 'Hội đồng nhân dân tỉnh Nam Định',
		shortName: 'HĐND tỉnh',
		kind: 'co-quan-dan-cu',
	},
	{
		id: 'doan-dbqh-tinh',
		name: 'Đoàn đại biểu Quốc hội tỉnh Nam Định',
		shortName: 'Đoàn ĐBQH tỉnh',
		kind: 'co-quan-dan-cu',
	},
	{
		id: 'ubnd-tinh',
		name: 'Ủy ban nhân dân tỉnh Nam Định',
		shortName: 'UBND tỉnh',
		kind: 'chinh-quyen',
	},
	{
		id: 'van-phong-ubnd-tinh',
		name: 'Văn phòng UBND tỉnh Nam Định',
		shortName: 'Văn phòng UBND tỉnh',
		kind: 'chinh-quyen',
		parent: 'ubnd-tinh',
	},
	so('so-noi-vu', 'Sở Nội vụ'),
	so('so-tai-chinh', 'Sở Tài chính'),
	so('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT'),
	so('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
	so('so-y-te', 'Sở Y tế'),
	so('so-nong-nghiep', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT'),
	so('so-cong-thuong', 'Sở Công Thương'),
	so('so-xay-dung', 'Sở Xây dựng'),
	so('so-giao-thong-van-tai', 'Sở Giao thông vận tải', 'Sở GTVT'),
	so('so-tu-phap', 'Sở Tư pháp'),
	so('so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VH-TT&DL'),
	so('so-lao-dong', 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH'),
	so('so-tai-nguyen-moi-truong', 'Sở Tài nguyên và Môi trường', 'Sở TN&MT'),
	so('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'Sở KH&CN'),
	so('so-thong-tin-truyen-thong', 'Sở Thông tin và Truyền thông', 'Sở TT&TT'),
	so('thanh-tra-tinh', 'Thanh tra', 'Thanh tra tỉnh'),
	{
		id: 'ban-thi-dua-khen-thuong',
		name: 'Ban Thi đua - Khen thưởng tỉnh Nam Định',
		shortName: 'Ban TĐ-KT tỉnh',
		kind: 'so-ban-nganh',
		parent: 'so-noi-vu',
	},
	{
		id: 'ban-ton-giao',
		name: 'Ban Tôn giáo tỉnh Nam Định',
		shortName: 'Ban Tôn giáo',
		kind: 'so-ban-nganh',
		parent: 'so-noi-vu',
	},
	huyen('tp-nam-dinh', 'thành phố Nam Định'),
	huyen('huyen-my-loc', 'huyện Mỹ Lộc'),
	huyen('huyen-vu-ban', 'huyện Vụ Bản'),
	huyen('huyen-y-yen', 'huyện Ý Yên'),
	huyen('huyen-nam-truc', 'huyện Nam Trực'),
	huyen('huyen-truc-ninh', 'huyện Trực Ninh'),
	huyen('huyen-xuan-truong', 'huyện Xuân Trường'),
	huyen('huyen-giao-thuy', 'huyện Giao Thủy'),
	huyen('huyen-hai-hau', 'huyện Hải Hậu'),
	huyen('huyen-nghia-hung', 'huyện Nghĩa Hưng'),
	{
		id: 'cong-an-tinh',
		name: 'Công an tỉnh Nam Định',
		shortName: 'Công an tỉnh',
		kind: 'luc-luong-vu-trang',
	},
	{
		id: 'phong-csgt',
		name: 'Phòng Cảnh sát giao thông Công an tỉnh',
		shortName: 'Phòng CSGT',
		kind: 'luc-luong-vu-trang',
		parent: 'cong-an-tinh',
	},
	{
		id: 'bo-chi-huy-quan-su',
		name: 'Bộ Chỉ huy Quân sự tỉnh Nam Định',
		shortName: 'Bộ CHQS tỉnh',
		kind: 'luc-luong-vu-trang',
	},
	{
		id: 'bo-doi-bien-phong',
		name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nam Định',
		shortName: 'BĐBP tỉnh',
		kind: 'luc-luong-vu-trang',
	},
	{
		id: 'ban-chqs-hai-hau',
		name: 'Ban Chỉ huy Quân sự huyện Hải Hậu',
		shortName: 'Ban CHQS Hải Hậu',
		kind: 'luc-luong-vu-trang',
		parent: 'bo-chi-huy-quan-su',
	},
	{
		id: 'uy-ban-mttq',
		name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định',
		shortName: 'Ủy ban MTTQ tỉnh',
		kind: 'mat-tran-doan-the',
	},
	{
		id: 'lien-doan-lao-dong',
		name: 'Liên đoàn Lao động tỉnh Nam Định',
		shortName: 'LĐLĐ tỉnh',
		kind: 'mat-tran-doan-the',
	},
	{
		id: 'cong-doan-vien-chuc',
		name: 'Công đoàn Viên chức tỉnh Nam Định',
		shortName: 'Công đoàn Viên chức',
		kind: 'mat-tran-doan-the',
		parent: 'lien-doan-lao-dong',
	},
	{
		id: 'hoi-phu-nu',
		name: 'Hội Liên hiệp Phụ nữ tỉnh Nam Định',
		shortName: 'Hội LHPN tỉnh',
		kind: 'mat-tran-doan-the',
	},
	{
		id: 'tinh-doan',
		name: 'Tỉnh đoàn Nam Định',
		shortName: 'Tỉnh đoàn',
		kind: 'mat-tran-doan-the',
	},
	{
		id: 'hoi-nong-dan',
		name: 'Hội Nông dân tỉnh Nam Định',
		shortName: 'Hội Nông dân tỉnh',
		kind: 'mat-tran-doan-the',
	},
	{
		id: 'hoi-cuu-chien-binh',
		name: 'Hội Cựu chiến binh tỉnh Nam Định',
		shortName: 'Hội CCB tỉnh',
		kind: 'mat-tran-doan-the',
	},
	{
		id: 'benh-vien-da-khoa',
		name: 'Bệnh viện Đa khoa tỉnh Nam Định',
		shortName: 'BVĐK tỉnh',
		kind: 'don-vi-su-nghiep',
		parent: 'so-y-te',
	},
	{
		id: 'cdc-tinh',
		name: 'Trung tâm Kiểm soát bệnh tật tỉnh Nam Định',
		shortName: 'CDC tỉnh',
		kind: 'don-vi-su-nghiep',
		parent: 'so-y-te',
	},
	{
		id: 'truong-chinh-tri',
		name: 'Trường Chính trị Trường Chinh',
		shortName: 'Trường Chính trị',
		kind: 'don-vi-su-nghiep',
	},
	{
		id: 'dai-phat-thanh-truyen-hinh',
		name: 'Đài Phát thanh và Truyền hình Nam Định',
		shortName: 'Đài PT-TH tỉnh',
		kind: 'don-vi-su-nghiep',
	},
	{ id: 'bao-nam-dinh', name: 'Báo Nam Định', shortName: 'Báo Nam Định', kind: 'don-vi-su-nghiep' },
	{
		id: 'thpt-le-hong-phong',
		name: 'Trường THPT chuyên Lê Hồng Phong',
		shortName: 'THPT chuyên Lê Hồng Phong',
		kind: 'don-vi-su-nghiep',
		parent: 'so-giao-duc-dao-tao',
	},
	{
		id: 'dien-luc-nam-dinh',
		name: 'Công ty Điện lực Nam Định',
		shortName: 'Điện lực Nam Định',
		kind: 'doanh-nghiep',
	},
	{
		id: 'det-may-nam-dinh',
		name: 'Tổng công ty Cổ phần Dệt may Nam Định',
		shortName: 'Dệt may Nam Định',
		kind: 'doanh-nghiep',
	},
	{
		id: 'thuy-loi-nam-dinh',
		name: 'Công ty TNHH MTV Khai thác công trình thủy lợi Nam Định',
		shortName: 'Thủy lợi Nam Định',
		kind: 'doanh-nghiep',
	},
	{
		id: 'agribank-nam-dinh',
		name: 'Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Nam Định',
		shortName: 'Agribank Nam Định',
		kind: 'doanh-nghiep',
	},
];

export const FAMILY_NAMES = [
	'Nguyễn',
	'Trần',
	'Lê',
	'Phạm',
	'Hoàng',
	'Vũ',
	'Đặng',
	'Đỗ',
	'Bùi',
	'Ngô',
	'Dương',
	'Đinh',
	'Lương',
	'Trịnh',
	'Đào',
	'Mai',
	'Phan',
	'Tạ',
] as const;

export const MIDDLE_NAMES = [
	'Văn',
	'Thị',
	'Đức',
	'Minh',
	'Thu',
	'Hồng',
	'Quốc',
	'Thanh',
	'Ngọc',
	'Việt',
	'Hữu',
	'Kim',
] as const;

export const GIVEN_NAMES = [
	'Thắng',
	'Hà',
	'Anh',
	'Đức',
	'Nhung',
	'Đoàn',
	'Hương',
	'Đạt',
	'Hùng',
	'Lan',
	'Dũng',
	'Trang',
	'Tuấn',
	'Huyền',
	'Phương',
	'Long',
	'Hạnh',
	'Nam',
	'Điệp',
	'Cường',
	'Yến',
	'Sơn',
	'Thủy',
	'Đông',
	'Hiền',
	'Khánh',
	'Quyên',
	'Tâm',
	'Bình',
	'Giang',
] as const;

export const CREDITS = ['Bài và ảnh', 'Bài', 'Bài, ảnh'] as const;

export const SERIES = [
	'Tiến tới Đại hội Thi đua yêu nước toàn tỉnh lần thứ V',
	'Gương sáng thi đua yêu nước',
	'Chào mừng kỷ niệm 75 năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc',
	'Điển hình tiên tiến',
] as const;

export const EVENTS = [
	'Đại hội Đảng bộ tỉnh',
	'kỷ niệm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc',
	'Ngày Quốc khánh 2-9',
	'Ngày thành lập Đảng Cộng sản Việt Nam',
	'Đại hội Thi đua yêu nước toàn tỉnh',
] as const;

export const TITLES = [
	'{agency} sơ kết {k} năm thực hiện phong trào “{movement}”',
	'{agency} tổng kết phong trào thi đua năm {year}',
	'Tuyên dương {n} tập thể, cá nhân điển hình trong phong trào “{movement}”',
	'{agency}: Lan tỏa phong trào “{movement}” đến từng cơ sở',
	'Phát động đợt thi đua cao điểm chào mừng {event}',
	'Gương điển hình: {person} và những sáng kiến trong phong trào “{movement}”',
	'Ký kết giao ước thi đua năm {year} của {agency}',
	'{agency} triển khai Kế hoạch số {n}/KH-UBND về phong trào “{movement}”',
	'Phong trào “{movement}” tạo chuyển biến rõ nét ở {agency}',
	'Khen thưởng {n} tập thể có thành tích xuất sắc trong phong trào thi đua năm {year}',
] as const;

export const HEADINGS = [
	'Cách làm hay, sáng tạo',
	'Những kết quả nổi bật',
	'Khó khăn, hạn chế cần khắc phục',
	'Nhiệm vụ, giải pháp thời gian tới',
	'Lan tỏa những điển hình tiên tiến',
] as const;

export const SENTENCES = [
	'Thực hiện Kế hoạch số {n} của UBND tỉnh, {agency} đã xây dựng chương trình hành động cụ thể, phân công nhiệm vụ rõ ràng cho từng phòng, ban và đơn vị trực thuộc.',
	'Phong trào thi đua “{movement}” được triển khai với nội dung, hình thức phong phú, thiết thực, có tiêu chí rõ ràng và sát với tình hình thực tiễn của từng cơ quan, đơn vị, địa phương.',
	'Năm {year}, toàn tỉnh có {n} tập thể và {m} cá nhân được các cấp khen thưởng vì đã có thành tích xuất sắc trong phong trào.',
	'Các cấp ủy, tổ chức đảng đã quan tâm lãnh đạo, chỉ đạo, coi đây là nhiệm vụ chính trị thường xuyên, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
	'{agency} đã tổ chức {n} hội nghị quán triệt, tuyên truyền sâu rộng đến cán bộ, đảng viên và nhân dân, tạo sự đồng thuận cao trong xã hội.',
	'Đến nay, {pct}% cơ quan, đơn vị đã ban hành quy chế văn hóa công sở, niêm yết công khai quy tắc ứng xử tại nơi làm việc.',
	'Nhiều mô hình hay, cách làm sáng tạo đã xuất hiện, như mô hình “Dân vận khéo” ở cơ sở, “Ngày thứ bảy xanh”, “Tuyến đường tự quản”, góp phần làm thay đổi diện mạo nông thôn.',
	'Đồng chí {person} cho biết, trong thời gian tới đơn vị sẽ tiếp tục đổi mới nội dung, hình thức thi đua, chú trọng phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến.',
	'Qua {k} năm thực hiện, phong trào đã huy động được hơn {n} tỷ đồng từ nguồn xã hội hóa để xây dựng đường giao thông nông thôn, nhà văn hóa và trường học.',
	'Công tác cải cách hành chính được đẩy mạnh, {pct}% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn, không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân và doanh nghiệp.',
	'Bên cạnh những kết quả đạt được, phong trào vẫn còn một số hạn chế: có nơi tổ chức còn hình thức, chưa thường xuyên; việc sơ kết, tổng kết, rút kinh nghiệm có lúc chưa kịp thời.',
	'Hội nghị đã biểu dương {n} gương điển hình tiên tiến, trong đó có nhiều người lao động trực tiếp, đoàn viên thanh niên và hội viên phụ nữ ở cơ sở.',
	'Lực lượng công an đã phối hợp chặt chẽ với các đoàn thể, xây dựng {n} mô hình tự quản về an ninh trật tự, giữ vững bình yên ở khu dân cư.',
	'Ngành giáo dục đã duy trì tốt phong trào “Dạy tốt, học tốt”, tỷ lệ học sinh tốt nghiệp trung học phổ thông năm {year} đạt {pct}%, cao hơn mức trung bình cả nước.',
	'Các doanh nghiệp trên địa bàn tích cực đổi mới công nghệ, nâng cao năng suất lao động, chăm lo đời sống vật chất và tinh thần cho người lao động.',
	'{agency} đề nghị các cơ quan, đơn vị tiếp tục quán triệt sâu sắc các văn bản chỉ đạo của Trung ương, của Tỉnh ủy về công tác thi đua, khen thưởng.',
	'Việc bình xét khen thưởng bảo đảm đúng người, đúng việc, công khai, minh bạch, chú trọng khen thưởng người lao động trực tiếp và tập thể nhỏ.',
	'Ông {person}, một nông dân ở {agency}, đã hiến hơn {n} mét vuông đất để mở rộng đường làng, được bà con trong thôn đồng tình hưởng ứng.',
	'Chuyển đổi số được xác định là nhiệm vụ trọng tâm, {pct}% văn bản được gửi, nhận trên môi trường mạng, tiết kiệm thời gian và chi phí in ấn.',
	'Phát biểu tại hội nghị, đồng chí {person} ghi nhận, biểu dương những kết quả mà các tập thể, cá nhân đã đạt được trong thời gian qua.',
	'Đồng chí nhấn mạnh, thi đua phải gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, tránh phô trương, hình thức, chạy theo thành tích.',
	'Tại buổi lễ, {agency} đã trao Bằng khen của Chủ tịch UBND tỉnh cho {n} tập thể và {m} cá nhân có thành tích tiêu biểu.',
	'Phong trào đã khơi dậy tinh thần đoàn kết, tự lực, tự cường, ý chí vươn lên của cán bộ, công chức, viên chức và người lao động.',
	'Toàn tỉnh hiện có {n} xã đạt chuẩn nông thôn mới nâng cao và {m} xã đạt chuẩn nông thôn mới kiểu mẫu.',
	'Cán bộ, chiến sĩ lực lượng vũ trang tỉnh luôn nêu cao tinh thần trách nhiệm, sẵn sàng nhận và hoàn thành tốt mọi nhiệm vụ được giao.',
	'Các cấp hội phụ nữ đã vận động hội viên giúp đỡ {n} hộ nghèo, hộ cận nghèo phát triển kinh tế, vươn lên thoát nghèo bền vững.',
	'Đoàn thanh niên các cấp tổ chức nhiều hoạt động tình nguyện, ra quân làm sạch môi trường, trồng cây xanh và thắp nến tri ân các anh hùng liệt sĩ.',
	'Năm {year}, {agency} được Thủ tướng Chính phủ tặng Bằng khen vì đã có thành tích xuất sắc trong phong trào thi đua yêu nước.',
	'Những kết quả đó đã góp phần quan trọng vào việc hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội của tỉnh.',
	'Đời sống của người dân được nâng lên rõ rệt, thu nhập bình quân đầu người năm {year} đạt {n} triệu đồng.',
	'Cùng với đó, công tác tuyên truyền được đẩy mạnh trên Báo Nam Định, Đài Phát thanh và Truyền hình tỉnh và hệ thống truyền thanh cơ sở.',
	'Trong thời gian tới, {agency} sẽ tiếp tục rà soát, bổ sung tiêu chí thi đua, bảo đảm sát thực, dễ đánh giá, dễ thực hiện.',
	'Nhiều sáng kiến, giải pháp hữu ích đã được áp dụng vào thực tiễn, làm lợi hàng trăm triệu đồng cho Nhà nước và doanh nghiệp.',
	'Đội ngũ cán bộ làm công tác thi đua, khen thưởng từng bước được kiện toàn, nâng cao năng lực chuyên môn, nghiệp vụ.',
	'Mỗi cán bộ, công chức, viên chức đều ký cam kết thực hiện nghiêm kỷ luật, kỷ cương hành chính, thực hiện “Ngày làm việc 8 giờ có hiệu quả”.',
	'Đặc biệt, phong trào “Chung tay vì người nghèo” đã huy động được {n} tỷ đồng, hỗ trợ xây mới và sửa chữa {m} nhà đại đoàn kết.',
	'Người dân ở {agency} phấn khởi khi con đường bê tông rộng rãi, sạch đẹp đã về tận ngõ, thuận tiện cho việc đi lại và sản xuất.',
	'Bà {person} chia sẻ: “Nhờ được hỗ trợ vốn và hướng dẫn cách làm ăn, gia đình tôi đã có thu nhập ổn định, con cái được học hành đầy đủ”.',
	'Công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến được chú trọng, tạo sức lan tỏa mạnh mẽ trong toàn tỉnh.',
	'Để phong trào đi vào chiều sâu, hiệu quả, các cơ quan, đơn vị cần tiếp tục đổi mới phương thức tổ chức, gắn trách nhiệm của người đứng đầu.',
] as const;
