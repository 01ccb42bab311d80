/**
 * Member organisations (and individual members) used by the seed content.
 *
 * Real members are taken from the JP-MIRAI Annual Report 2023: the members behind good practices
 * No. 13–20, presenters at members' events, Members Forum commentators and joint exhibitors.
 * Join dates are plausible demo values (JP-MIRAI was founded on 2020-11-16), except where the
 * member's good-practice article states when it joined. Websites are given only where certain.
 *
 * `demo-member-co` (a fictional small manufacturer) is the organisation of the demo member account;
 * `demo-supervising-coop` is the fictional supervising organisation that looks after its trainees.
 * `demo-member-co` and `demo-foods-co` (fictional too) take part in the Collaborative Program, so
 * the demo shows JP-MIRAI Safety's business sites without naming a real company as a participant.
 */
import type { SeedOrganisation } from '../types'

export const organisations: SeedOrganisation[] = [
  // --- Members behind good practices No. 13–20 -------------------------------------------------
  {
    slug: 'teijin-frontier',
    name: { ja: '帝人フロンティア株式会社', en: 'TEIJIN FRONTIER CO., LTD.' },
    category: 'business',
    prefecture: 'osaka',
    joinedAt: '2021-01-15',
    public: true,
    website: 'https://www2.teijin-frontier.com/',
  },
  {
    slug: 'okinawa-international-exchange-foundation',
    name: {
      ja: '公益財団法人沖縄県国際交流・人材育成財団',
      en: 'Okinawa International Exchange & Human Resources Development Foundation (OIHF)',
    },
    category: 'npo-ngo',
    prefecture: 'okinawa',
    joinedAt: '2020-12-01',
    public: true,
    website: 'https://kokusai.oihf.or.jp/',
  },
  {
    slug: 'saga-prefecture',
    name: { ja: '佐賀県', en: 'Saga Prefectural Government' },
    category: 'local-government',
    prefecture: 'saga',
    joinedAt: '2021-10-01',
    public: true,
    website: 'https://www.pref.saga.lg.jp/',
  },
  {
    slug: 'saichi-kurematsu',
    name: { ja: '榑松 佐一', en: 'Saichi Kurematsu' },
    category: 'individual',
    prefecture: 'aichi',
    joinedAt: '2021-06-01',
    public: true,
  },
  {
    slug: 'iwata-international-association',
    name: { ja: '一般社団法人磐田国際交流協会', en: 'Iwata International Communications Association' },
    category: 'npo-ngo',
    prefecture: 'shizuoka',
    joinedAt: '2021-08-01',
    public: true,
    website: 'https://iwataice.jp/',
  },
  {
    // The annual report gives only the romanised name; the kanji are not in the sources.
    slug: 'tsutomu-komoda',
    name: { ja: 'コモダ ツトム', en: 'Tsutomu Komoda' },
    category: 'individual',
    joinedAt: '2021-09-01',
    public: true,
  },
  {
    slug: 'meiji-holdings',
    name: { ja: '明治ホールディングス株式会社', en: 'Meiji Holdings Co., Ltd.' },
    category: 'business',
    prefecture: 'tokyo',
    joinedAt: '2022-03-01',
    public: true,
    website: 'https://www.meiji.com/',
  },
  {
    // The annual report gives only the romanised name; the Japanese spelling is not in the sources.
    slug: 'kayama-kogyo',
    name: { ja: 'カヤマ工業株式会社', en: 'Kayama Kogyo Co., Ltd.' },
    category: 'business',
    joinedAt: '2022-05-01',
    public: true,
  },

  // --- Other members named in the documents ----------------------------------------------------
  {
    slug: 'im-japan',
    name: {
      ja: '公益財団法人国際人材育成機構（アイム・ジャパン）',
      en: 'IM Japan (International Manpower Development Organization, Japan)',
    },
    category: 'supervising-or-support-organisation',
    prefecture: 'tokyo',
    joinedAt: '2021-04-01',
    public: true,
    website: 'https://imm.or.jp/',
  },
  {
    slug: 'share',
    name: {
      ja: '特定非営利活動法人シェア＝国際保健協力市民の会',
      en: 'Services for the Health in Asian & African Regions (SHARE)',
    },
    category: 'npo-ngo',
    prefecture: 'tokyo',
    joinedAt: '2020-11-16',
    public: true,
  },
  {
    slug: 'prex',
    name: { ja: '公益財団法人太平洋人材交流センター', en: 'Pacific Resource Exchange Center (PREX)' },
    category: 'npo-ngo',
    prefecture: 'osaka',
    joinedAt: '2021-03-01',
    public: true,
  },
  {
    slug: 'murata-machinery',
    name: { ja: '村田機械株式会社', en: 'Murata Machinery, Ltd.' },
    category: 'business',
    prefecture: 'kyoto',
    joinedAt: '2021-05-01',
    public: true,
    website: 'https://www.muratec.jp/',
  },
  {
    slug: 'cre-en',
    name: { ja: 'クレアン株式会社', en: 'Cre-en Inc.' },
    category: 'business',
    prefecture: 'tokyo',
    joinedAt: '2020-11-16',
    public: true,
  },
  {
    slug: 'japanese-consumers-co-operative-union',
    name: { ja: '日本生活協同組合連合会', en: "Japanese Consumers' Co-operative Union" },
    category: 'industry-association',
    prefecture: 'tokyo',
    joinedAt: '2021-02-01',
    public: true,
  },

  // --- Fictional organisations for the demo accounts ------------------------------------------
  {
    slug: 'demo-member-co',
    name: { ja: 'デモ精工株式会社', en: 'Demo Seiko Co., Ltd.' },
    category: 'business',
    prefecture: 'gifu',
    joinedAt: '2022-09-01',
    public: false,
    programme: true,
  },
  {
    slug: 'demo-foods-co',
    name: { ja: 'デモ食品株式会社', en: 'Demo Foods Co., Ltd.' },
    category: 'business',
    prefecture: 'kumamoto',
    joinedAt: '2023-04-01',
    public: false,
    programme: true,
  },
  {
    slug: 'demo-supervising-coop',
    name: { ja: 'デモ協同組合', en: 'Demo Cooperative (supervising organisation)' },
    category: 'supervising-or-support-organisation',
    prefecture: 'gifu',
    joinedAt: '2022-06-01',
    public: false,
  },
]
