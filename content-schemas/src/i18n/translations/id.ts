import type { UiTranslation } from '../schema'

export const id = {
  'site.name': 'Portal JP-MIRAI',
  'site.tagline': 'Informasi untuk pekerja migran yang tinggal di Jepang',
  'site.footerNote':
    'JP-MIRAI bekerja sama dengan perusahaan, organisasi, dan pemerintah daerah agar pekerja migran dapat bekerja dan hidup dengan aman di Jepang.',

  'nav.skipToContent': 'Langsung ke konten utama',
  'nav.menu': 'Menu',
  'nav.home': 'Beranda',
  'nav.search': 'Cari',
  'nav.organisation': 'Tentang JP-MIRAI',
  'nav.newsletters': 'Buletin',

  'language.label': 'Bahasa',
  'language.choose': 'Pilih bahasa Anda',
  'language.suggested': 'Browser Anda memakai {language}',

  'article.latest': 'Artikel terbaru',
  'article.all': 'Semua artikel',
  'article.readMore': 'Baca selengkapnya',
  'article.categories': 'Kategori',
  'article.tags': 'Tag',
  'article.related': 'Artikel terkait',

  'video.related': 'Video terkait',
  'video.play': 'Putar video: {title}',
  'video.loadsFromYouTube': 'Video diputar dari YouTube setelah Anda menekan tombol putar.',
  'video.transcript': 'Transkrip',
  'video.duration': 'Durasi',
  'video.captions': 'Subtitel',

  'pagination.pageOf': 'Halaman {page} dari {total}',
  'pagination.previous': 'Halaman sebelumnya',
  'pagination.next': 'Halaman berikutnya',

  'fallback.title': 'Belum tersedia dalam bahasa Anda',
  'fallback.text': 'Halaman ini belum diterjemahkan ke {language}, jadi ditampilkan dalam {fallback}.',

  'consultation.title': 'Konsultasi gratis dalam bahasa Anda',
  'consultation.call': 'Telepon {phone}',
  'consultation.hours': 'Jam layanan (waktu Jepang)',
  'consultation.languages': 'Bahasa',
  'consultation.free': 'Gratis',
  'consultation.email': 'Email',
  'consultation.chat': 'Chat',
  'consultation.website': 'Situs web',

  'furigana.show': 'Tampilkan furigana (bantuan baca)',
  'furigana.hide': 'Sembunyikan furigana',

  'event.upcoming': 'Acara mendatang',
  'event.past': 'Acara yang sudah lewat',
  'event.noneUpcoming': 'Saat ini belum ada acara yang direncanakan.',
  'event.when': 'Tanggal dan waktu',
  'event.where': 'Tempat',
  'event.online': 'Daring',
  'event.organiser': 'Penyelenggara',
  'event.membersOnly': 'Khusus anggota',
  'event.register': 'Daftar',
  'event.registerBy': 'Daftar paling lambat {date}',
  'event.addToCalendar': 'Tambahkan ke kalender (.ics)',
  'event.programme': 'Susunan acara',
  'event.speakers': 'Pembicara',
  'event.report': 'Laporan',
  'event.attendance': '{count} peserta',

  'country.sendingScheme': 'Cara pekerja datang ke Jepang',
  'country.recruitmentFees': 'Biaya perekrutan',
  'country.contacts': 'Kontak',
  'country.website': 'Situs web',

  'goodPractice.number': 'Praktik baik No. {number}',
  'goodPractice.commitments': 'Komitmen Kode Etik',
  'goodPractice.memberOrganisation': 'Organisasi anggota',

  'newsletter.issueNumber': 'No. {number}',
  'newsletter.shownIn': 'Belum diterjemahkan (ditampilkan dalam {language})',
  'newsletter.viewSite': 'Kunjungi situs web',
  'newsletter.footer': 'Anda menerima email ini sebagai anggota atau pelanggan JP-MIRAI.',
  'newsletter.unsubscribe': 'Berhenti berlangganan',

  'safety.title': 'Cek keamanan mandiri',
  'safety.learnMore': 'Baca aturannya',
  'safety.services': 'Tempat konsultasi gratis',
  'safety.yes': 'Ya',
  'safety.no': 'Tidak',
  'safety.back': 'Kembali',
  'safety.progress': 'Pertanyaan {n} dari {total}',
  'safety.results': 'Hasil Anda',
  'safety.nothing': 'Tidak ada yang tampak bermasalah. Anda tetap bisa meminta bantuan kapan saja.',
  'safety.again': 'Cek lagi',
  'safety.openNow': 'Buka sekarang',
  'safety.closedNow': 'Tutup sekarang',
  'safety.print': 'Cetak',
  'safety.keep': 'Simpan hasil di perangkat ini',
  'safety.kept': 'Disimpan di perangkat ini pada {date}',
  'safety.forget': 'Hapus hasil yang disimpan',

  'offline.saved': 'Anda sedang offline. Halaman ini disimpan pada {date}.',
  'offline.missing': 'Anda sedang offline dan halaman ini belum disimpan. Buka lagi saat terhubung.',

  'search.label': 'Cari di situs ini',
  'search.placeholder': 'Ketik kata untuk mencari',
  'search.needsJs': 'Pencarian memerlukan JavaScript. Anda bisa melihat artikel per kategori.',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.text': 'Kami tidak menemukan halaman ini. Mungkin halaman sudah dipindahkan.',
  'notFound.backHome': 'Kembali ke beranda',

  'feed.rss': 'Feed RSS',
} as const satisfies UiTranslation
