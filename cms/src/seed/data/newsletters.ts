/**
 * A monthly newsletter and a weekly event bulletin. The monthly issue follows the 2023 annual
 * report (interviews, JP-MIRAI's activities, the website renewal); the issue number is a demo. Not
 * every section is translated into every language, so the exports show the fallback markers.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'

import type { Markup } from '../types'

type Some<T = string> = Partial<Record<LocaleCode, T>>

export interface SeedStory {
  type: 'story'
  kind: 'interview' | 'book-review' | 'activity' | 'message'
  heading: Some
  body: Some<Markup>
}

export interface SeedCard {
  type: 'card'
  collection: 'articles' | 'events' | 'good-practices' | 'videos'
  slug: string
  note?: Some
}

export interface SeedNewsletter {
  kind: 'monthly' | 'weekly'
  issueNumber: number
  issueDate: string
  public: boolean
  locales: LocaleCode[]
  subject: Some
  preheader: Some
  intro?: Some<Markup>
  sections?: (SeedStory | SeedCard)[]
  /** Weekly bulletins fill their cards from this week (see hooks/newsletterHooks.ts). */
  bulletin?: { week: string; weeksAhead: number }
}

export const newsletters: SeedNewsletter[] = [
  {
    kind: 'monthly',
    issueNumber: 30,
    issueDate: '2023-12-15T00:00:00+09:00',
    public: true,
    locales: ['ja', 'en', 'vi', 'id'],
    subject: {
      ja: 'JP-MIRAIニュースレター 2023年12月号',
      en: 'JP-MIRAI Newsletter, December 2023',
      vi: 'Bản tin JP-MIRAI tháng 12/2023',
      id: 'Buletin JP-MIRAI Desember 2023',
    },
    preheader: {
      ja: '映画監督インタビュー、ウェブサイトの刷新、新しいグッドプラクティス',
      en: 'A film director on technical intern trainees, our new website, a new good practice',
      vi: 'Phỏng vấn đạo diễn phim, trang web mới và thực tiễn tốt mới',
      id: 'Wawancara sutradara film, situs web baru, dan praktik baik baru',
    },
    intro: {
      ja: '会員の皆さま、今年も一年ありがとうございました。今月号では、技能実習生を描いた映画の監督へのインタビューと、この一年の活動をお届けします。',
      en: 'Dear members, thank you for another year together. This issue brings an interview with the director of a film about technical intern trainees, and a look back at our activities.',
      vi: 'Kính gửi các hội viên, cảm ơn một năm đồng hành. Số này có cuộc phỏng vấn đạo diễn một bộ phim về thực tập sinh kỹ năng và nhìn lại các hoạt động của chúng tôi.',
      id: 'Kepada para anggota, terima kasih atas kebersamaan tahun ini. Edisi ini memuat wawancara dengan sutradara film tentang peserta magang teknis dan kilas balik kegiatan kami.',
    },
    sections: [
      {
        type: 'story',
        kind: 'interview',
        heading: {
          ja: '映画『En no shita no immigré』のナルセ・ユウセイ監督に聞く',
          en: 'Film director Yusei Naruse on “En no shita no immigré”',
          vi: 'Đạo diễn Yusei Naruse nói về bộ phim “En no shita no immigré”',
        },
        body: {
          ja: '技能実習生を題材にした映画『En no shita no immigré』のナルセ・ユウセイ監督に、作品に込めた思いと、日本で働く外国人の声をどう届けるかについて伺いました。\n\n監督は、制度の問題を一人ひとりの暮らしの物語として描くことで、受入れに関わる企業や地域の人が自分ごととして考えるきっかけになればと話しています。',
          en: 'We spoke with Yusei Naruse, director of “En no shita no immigré”, a film about a technical intern trainee, about what he wanted the film to say and how the voices of migrant workers in Japan can be heard.\n\nBy telling the problems of the system as the story of one person’s daily life, he hopes companies and communities that host migrant workers will see the issue as their own.',
          vi: 'Chúng tôi đã trò chuyện với đạo diễn Yusei Naruse về bộ phim “En no shita no immigré” kể về một thực tập sinh kỹ năng, về thông điệp của phim và cách để tiếng nói của người lao động nước ngoài tại Nhật Bản được lắng nghe.',
        },
      },
      {
        type: 'story',
        kind: 'activity',
        heading: {
          ja: 'ウェブサイトを全面リニューアルしました',
          en: 'Our website, renewed',
          vi: 'Trang web của chúng tôi đã được làm mới',
          id: 'Situs web kami diperbarui',
        },
        body: {
          ja: '4月にJP-MIRAIのウェブサイトを全面的に更新しました。民間企業連携プログラムやJP-MIRAIセーフティなど、広がった活動を分かりやすく紹介し、英語のページも増やしました。',
          en: 'In April we renewed the JP-MIRAI website completely. It is easier to navigate, explains our wider activities such as the Private Company Collaboration Program and JP-MIRAI Safety, and has more pages in English.',
          vi: 'Tháng 4, chúng tôi đã làm mới hoàn toàn trang web JP-MIRAI: dễ sử dụng hơn, giới thiệu các hoạt động như Chương trình hợp tác với doanh nghiệp và JP-MIRAI Safety, và có thêm trang tiếng Anh.',
          id: 'Pada bulan April kami memperbarui situs web JP-MIRAI sepenuhnya: lebih mudah digunakan, menjelaskan kegiatan seperti Program Kolaborasi Perusahaan Swasta dan JP-MIRAI Safety, dan memiliki lebih banyak halaman berbahasa Inggris.',
        },
      },
      {
        type: 'card',
        collection: 'good-practices',
        slug: 'good-practice-13',
        note: { ja: '今月のグッドプラクティスです。', en: 'This month’s good practice.' },
      },
      { type: 'card', collection: 'articles', slug: 'jp-mirai-safety-self-check' },
      { type: 'card', collection: 'videos', slug: 'your-rights-at-work' },
    ],
  },
  {
    kind: 'weekly',
    issueNumber: 101,
    issueDate: '2026-11-30T00:00:00+09:00',
    public: false,
    locales: ['ja', 'en', 'vi'],
    subject: {
      ja: 'JP-MIRAI週刊イベント情報（11月30日週）',
      en: 'JP-MIRAI weekly events, week of 30 November',
      vi: 'Sự kiện JP-MIRAI trong tuần từ 30/11',
    },
    preheader: {
      ja: '会員フォーラム2026、会員の集い、ビジネスと人権入門セミナー',
      en: 'Members’ Forum 2026, a members’ gathering and an introductory seminar',
      vi: 'Diễn đàn hội viên 2026, buổi gặp mặt hội viên và hội thảo nhập môn',
    },
    bulletin: { week: '2026-11-30T00:00:00+09:00', weeksAhead: 12 },
  },
]
