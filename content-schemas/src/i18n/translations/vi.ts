import type { UiTranslation } from '../schema'

export const vi = {
  'site.name': 'Cổng thông tin JP-MIRAI',
  'site.tagline': 'Thông tin cho người lao động nước ngoài sống tại Nhật Bản',
  'site.footerNote':
    'JP-MIRAI hợp tác với doanh nghiệp, tổ chức và chính quyền địa phương để người lao động nước ngoài có thể làm việc và sinh sống an toàn tại Nhật Bản.',

  'nav.skipToContent': 'Chuyển đến nội dung chính',
  'nav.menu': 'Menu',
  'nav.home': 'Trang chủ',
  'nav.search': 'Tìm kiếm',
  'nav.organisation': 'Giới thiệu JP-MIRAI',
  'nav.newsletters': 'Bản tin',

  'language.label': 'Ngôn ngữ',
  'language.choose': 'Chọn ngôn ngữ của bạn',
  'language.suggested': 'Trình duyệt của bạn đang dùng {language}',

  'article.latest': 'Bài viết mới nhất',
  'article.all': 'Tất cả bài viết',
  'article.readMore': 'Đọc tiếp',
  'article.categories': 'Chuyên mục',
  'article.tags': 'Thẻ',
  'article.related': 'Bài viết liên quan',

  'video.related': 'Video liên quan',
  'video.play': 'Phát video: {title}',
  'video.loadsFromYouTube': 'Video sẽ phát từ YouTube khi bạn bấm nút phát.',
  'video.transcript': 'Lời thoại',
  'video.duration': 'Thời lượng',
  'video.captions': 'Phụ đề',

  'pagination.pageOf': 'Trang {page}/{total}',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',

  'fallback.title': 'Chưa có bằng ngôn ngữ của bạn',
  'fallback.text': 'Trang này chưa được dịch sang {language}. Trang đang hiển thị bằng {fallback}.',

  'consultation.title': 'Tư vấn miễn phí bằng ngôn ngữ của bạn',
  'consultation.call': 'Gọi {phone}',
  'consultation.hours': 'Giờ làm việc (giờ Nhật Bản)',
  'consultation.languages': 'Ngôn ngữ',
  'consultation.free': 'Miễn phí',
  'consultation.email': 'Email',
  'consultation.chat': 'Trò chuyện',
  'consultation.website': 'Trang web',

  'furigana.show': 'Hiện furigana (cách đọc chữ Hán)',
  'furigana.hide': 'Ẩn furigana',

  'event.upcoming': 'Sự kiện sắp tới',
  'event.past': 'Sự kiện đã qua',
  'event.noneUpcoming': 'Hiện chưa có sự kiện nào được lên kế hoạch.',
  'event.when': 'Ngày giờ',
  'event.where': 'Địa điểm',
  'event.online': 'Trực tuyến',
  'event.organiser': 'Đơn vị tổ chức',
  'event.membersOnly': 'Chỉ dành cho hội viên',
  'event.register': 'Đăng ký',
  'event.registerBy': 'Hạn đăng ký: {date}',
  'event.addToCalendar': 'Thêm vào lịch (.ics)',
  'event.programme': 'Chương trình',
  'event.speakers': 'Diễn giả',
  'event.report': 'Báo cáo',
  'event.attendance': '{count} người tham dự',

  'country.sendingScheme': 'Cách người lao động sang Nhật làm việc',
  'country.recruitmentFees': 'Phí tuyển dụng',
  'country.contacts': 'Liên hệ',
  'country.website': 'Trang web',

  'goodPractice.number': 'Thực tiễn tốt số {number}',
  'goodPractice.commitments': 'Cam kết theo Bộ nguyên tắc hành động',
  'goodPractice.memberOrganisation': 'Tổ chức hội viên',

  'newsletter.issueNumber': 'Số {number}',
  'newsletter.shownIn': 'Chưa được dịch (hiển thị bằng {language})',
  'newsletter.viewSite': 'Xem trang web',
  'newsletter.footer': 'Bạn nhận được email này vì là hội viên hoặc người đăng ký của JP-MIRAI.',
  'newsletter.unsubscribe': 'Hủy đăng ký',

  'safety.title': 'Tự kiểm tra an toàn',
  'safety.learnMore': 'Đọc quy định',
  'safety.services': 'Nơi được giúp đỡ miễn phí',
  'safety.yes': 'Có',
  'safety.no': 'Không',
  'safety.back': 'Quay lại',
  'safety.progress': 'Câu {n} / {total}',
  'safety.results': 'Kết quả của bạn',
  'safety.nothing': 'Không thấy điều gì có vẻ là vấn đề. Bạn vẫn có thể nhờ giúp đỡ bất cứ lúc nào.',
  'safety.again': 'Kiểm tra lại',
  'safety.openNow': 'Đang mở cửa',
  'safety.closedNow': 'Hiện đã đóng',
  'safety.print': 'In',
  'safety.keep': 'Lưu kết quả trên thiết bị này',
  'safety.kept': 'Đã lưu trên thiết bị này ngày {date}',
  'safety.forget': 'Xóa kết quả đã lưu',

  'offline.saved': 'Bạn đang ngoại tuyến. Trang này được lưu ngày {date}.',
  'offline.missing': 'Bạn đang ngoại tuyến và trang này chưa được lưu. Hãy mở lại khi có kết nối.',

  'search.label': 'Tìm kiếm trên trang này',
  'search.placeholder': 'Nhập từ cần tìm',
  'search.needsJs': 'Tìm kiếm cần JavaScript. Bạn có thể xem bài viết theo chuyên mục.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Chúng tôi không tìm thấy trang này. Trang có thể đã được chuyển đi.',
  'notFound.backHome': 'Về trang chủ',

  'feed.rss': 'Nguồn cấp RSS',
} as const satisfies UiTranslation
