/**
 * Controlled vocabularies shared by the CMS (select options, validation) and the site (labels,
 * category pages). Values are stable ASCII keys stored in the database and used in URLs; labels
 * are what readers see, in every public language.
 */
import { labelIn } from './fallback'
import type { LocaleCode } from './locales'
import type { Section } from './paths'

export type LocalizedLabel = Readonly<Record<LocaleCode, string>>

export interface Term<V extends string = string> {
  readonly value: V
  readonly label: LocalizedLabel
}

/** A term only staff see, in the CMS admin (English and Japanese). */
export interface StaffTerm<V extends string = string> {
  readonly value: V
  readonly label: { readonly en: string; readonly ja: string }
}

export const ARTICLE_CATEGORIES = [
  {
    value: 'work-and-wages',
    label: {
      ja: '仕事と給料',
      en: 'Work and wages',
      zh: '工作与工资',
      es: 'Trabajo y salario',
      pt: 'Trabalho e salário',
      id: 'Pekerjaan dan upah',
      tl: 'Trabaho at sahod',
      my: 'အလုပ်နှင့် လုပ်ခလစာ',
      vi: 'Công việc và tiền lương',
    },
  },
  {
    value: 'residence-status',
    label: {
      ja: '在留資格',
      en: 'Residence status and visas',
      zh: '在留资格与签证',
      es: 'Estatus de residencia y visas',
      pt: 'Status de residência e vistos',
      id: 'Status tinggal dan visa',
      tl: 'Status ng paninirahan at visa',
      my: 'နေထိုင်ခွင့်အဆင့်အတန်းနှင့် ဗီဇာ',
      vi: 'Tư cách lưu trú và thị thực',
    },
  },
  {
    value: 'daily-life',
    label: {
      ja: '生活',
      en: 'Daily life',
      zh: '日常生活',
      es: 'Vida diaria',
      pt: 'Vida diária',
      id: 'Kehidupan sehari-hari',
      tl: 'Pang-araw-araw na buhay',
      my: 'နေ့စဉ်ဘဝ',
      vi: 'Cuộc sống hằng ngày',
    },
  },
  {
    value: 'health-and-medical-care',
    label: {
      ja: '健康と医療',
      en: 'Health and medical care',
      zh: '健康与医疗',
      es: 'Salud y atención médica',
      pt: 'Saúde e atendimento médico',
      id: 'Kesehatan dan layanan medis',
      tl: 'Kalusugan at pangangalagang medikal',
      my: 'ကျန်းမာရေးနှင့် ဆေးကုသမှု',
      vi: 'Sức khỏe và y tế',
    },
  },
  {
    value: 'money-tax-social-insurance',
    label: {
      ja: 'お金・税金・社会保険',
      en: 'Money, tax and social insurance',
      zh: '钱、税金与社会保险',
      es: 'Dinero, impuestos y seguro social',
      pt: 'Dinheiro, impostos e seguro social',
      id: 'Uang, pajak, dan jaminan sosial',
      tl: 'Pera, buwis at social insurance',
      my: 'ငွေ၊ အခွန်နှင့် လူမှုအာမခံ',
      vi: 'Tiền, thuế và bảo hiểm xã hội',
    },
  },
  {
    value: 'safety-and-disasters',
    label: {
      ja: '安全と災害',
      en: 'Safety and disasters',
      zh: '安全与灾害',
      es: 'Seguridad y desastres',
      pt: 'Segurança e desastres',
      id: 'Keselamatan dan bencana',
      tl: 'Kaligtasan at sakuna',
      my: 'ဘေးကင်းရေးနှင့် သဘာဝဘေးအန္တရာယ်',
      vi: 'An toàn và thiên tai',
    },
  },
  {
    value: 'learning-japanese',
    label: {
      ja: '日本語の勉強',
      en: 'Learning Japanese',
      zh: '学习日语',
      es: 'Aprender japonés',
      pt: 'Aprender japonês',
      id: 'Belajar bahasa Jepang',
      tl: 'Pag-aaral ng Nihongo',
      my: 'ဂျပန်ဘာသာ လေ့လာခြင်း',
      vi: 'Học tiếng Nhật',
    },
  },
  {
    value: 'rights-and-protection',
    label: {
      ja: '権利を守る',
      en: 'Your rights and protection',
      zh: '权利与保护',
      es: 'Sus derechos y protección',
      pt: 'Seus direitos e proteção',
      id: 'Hak dan perlindungan Anda',
      tl: 'Iyong mga karapatan at proteksyon',
      my: 'သင့်အခွင့်အရေးနှင့် အကာအကွယ်',
      vi: 'Quyền lợi và sự bảo vệ',
    },
  },
  {
    value: 'consultation-and-help',
    label: {
      ja: '相談と支援',
      en: 'Consultation and help',
      zh: '咨询与援助',
      es: 'Consultas y ayuda',
      pt: 'Consultas e ajuda',
      id: 'Konsultasi dan bantuan',
      tl: 'Konsultasyon at tulong',
      my: 'တိုင်ပင်ဆွေးနွေးမှုနှင့် အကူအညီ',
      vi: 'Tư vấn và hỗ trợ',
    },
  },
] as const satisfies readonly Term[]

export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number]['value']

/** The five commitments of the JP-MIRAI Code of Conduct, in their official order. */
export const CODE_OF_CONDUCT_COMMITMENTS = [
  {
    value: 'legal-compliance',
    number: 1,
    label: {
      ja: '法令を遵守して外国人労働者を受け入れる',
      en: 'Comply with relevant laws and regulations when accepting migrant workers',
      zh: '遵守相关法律法规接收外国劳动者',
      es: 'Cumplir las leyes y normas al recibir a trabajadores migrantes',
      pt: 'Cumprir as leis e normas ao receber trabalhadores migrantes',
      id: 'Mematuhi hukum dan peraturan dalam menerima pekerja migran',
      tl: 'Sumunod sa mga batas at regulasyon sa pagtanggap ng migrant workers',
      my: 'ရွှေ့ပြောင်းအလုပ်သမားများ လက်ခံရာတွင် သက်ဆိုင်ရာ ဥပဒေများကို လိုက်နာခြင်း',
      vi: 'Tuân thủ pháp luật khi tiếp nhận lao động nước ngoài',
    },
  },
  {
    value: 'human-rights-and-conditions',
    number: 2,
    label: {
      ja: '人権を尊重し、労働・生活環境を改善する',
      en: "Respect migrant workers' human rights and improve their working and living conditions",
      zh: '尊重人权，改善劳动和生活环境',
      es: 'Respetar los derechos humanos y mejorar las condiciones de trabajo y de vida',
      pt: 'Respeitar os direitos humanos e melhorar as condições de trabalho e de vida',
      id: 'Menghormati hak asasi dan memperbaiki kondisi kerja dan hidup',
      tl: 'Igalang ang karapatang pantao at pagbutihin ang kalagayan sa trabaho at pamumuhay',
      my: 'လူ့အခွင့်အရေးကို လေးစားပြီး အလုပ်နှင့် နေထိုင်မှုအခြေအနေ တိုးတက်စေခြင်း',
      vi: 'Tôn trọng nhân quyền, cải thiện điều kiện làm việc và sinh hoạt',
    },
  },
  {
    value: 'mutual-understanding',
    number: 3,
    label: {
      ja: '職場と生活の場で相互理解と信頼を築く',
      en: 'Foster mutual understanding and trust at work and in daily life',
      zh: '在职场和生活中建立相互理解与信任',
      es: 'Fomentar el entendimiento mutuo y la confianza en el trabajo y en la vida diaria',
      pt: 'Promover compreensão mútua e confiança no trabalho e na vida diária',
      id: 'Membangun saling pengertian dan kepercayaan di tempat kerja dan kehidupan sehari-hari',
      tl: 'Palaganapin ang pag-unawa at tiwala sa trabaho at sa araw-araw na buhay',
      my: 'အလုပ်ခွင်နှင့် နေ့စဉ်ဘဝတွင် အပြန်အလှန် နားလည်မှုနှင့် ယုံကြည်မှု တည်ဆောက်ခြင်း',
      vi: 'Xây dựng hiểu biết và tin cậy lẫn nhau tại nơi làm việc và trong đời sống',
    },
  },
  {
    value: 'skills-development',
    number: 4,
    label: {
      ja: '外国人労働者の能力開発を支える',
      en: 'Develop the skills of migrant workers',
      zh: '支持外国劳动者的能力开发',
      es: 'Desarrollar las habilidades de los trabajadores migrantes',
      pt: 'Desenvolver as habilidades dos trabalhadores migrantes',
      id: 'Mengembangkan keterampilan pekerja migran',
      tl: 'Paunlarin ang kasanayan ng migrant workers',
      my: 'ရွှေ့ပြောင်းအလုပ်သမားများ၏ ကျွမ်းကျင်မှု ဖွံ့ဖြိုးစေခြင်း',
      vi: 'Phát triển kỹ năng của người lao động nước ngoài',
    },
  },
  {
    value: 'promote-platform',
    number: 5,
    label: {
      ja: 'プラットフォームの取り組みを国内外に広める',
      en: "Promote the platform's initiatives across Japan and around the world",
      zh: '在国内外推广平台的举措',
      es: 'Difundir las iniciativas de la plataforma en Japón y en el mundo',
      pt: 'Divulgar as iniciativas da plataforma no Japão e no mundo',
      id: 'Menyebarluaskan inisiatif platform di Jepang dan dunia',
      tl: 'Ipalaganap ang mga inisyatiba ng platform sa Japan at sa buong mundo',
      my: 'ပလက်ဖောင်း၏ လုပ်ဆောင်ချက်များကို ဂျပန်နှင့် ကမ္ဘာအနှံ့ မြှင့်တင်ခြင်း',
      vi: 'Quảng bá các hoạt động của nền tảng trong và ngoài nước',
    },
  },
] as const satisfies readonly (Term & { number: number })[]

export type CommitmentKey = (typeof CODE_OF_CONDUCT_COMMITMENTS)[number]['value']

/** Member categories as counted in the annual report; shown on the English/Japanese organisation pages. */
export const MEMBER_CATEGORIES = [
  { value: 'business', label: { en: 'Businesses', ja: '企業' } },
  { value: 'industry-association', label: { en: 'Industry associations', ja: '業界団体' } },
  {
    value: 'supervising-or-support-organisation',
    label: { en: 'Supervising and registered support organisations', ja: '監理団体・登録支援機関' },
  },
  { value: 'sending-organisation', label: { en: 'Sending organisations', ja: '送出機関' } },
  { value: 'recruiting-company', label: { en: 'Recruiting companies', ja: '人材紹介会社' } },
  { value: 'local-government', label: { en: 'Local governments', ja: '自治体' } },
  { value: 'embassy', label: { en: 'Embassies', ja: '大使館' } },
  { value: 'lawyer-or-legal-specialist', label: { en: 'Lawyers and legal specialists', ja: '弁護士・士業' } },
  { value: 'npo-ngo', label: { en: 'NPOs and NGOs', ja: 'NPO・NGO' } },
  { value: 'researcher', label: { en: 'Researchers', ja: '研究者' } },
  { value: 'individual', label: { en: 'Other individuals', ja: 'その他個人' } },
] as const satisfies readonly { value: string; label: { en: string; ja: string } }[]

export type MemberCategory = (typeof MEMBER_CATEGORIES)[number]['value']

/** Countries that send workers to Japan and have (or will have) a country page. ISO 3166-1 alpha-2. */
export const SENDING_COUNTRIES = [
  {
    value: 'vn',
    slug: 'vietnam',
    label: {
      ja: 'ベトナム',
      en: 'Vietnam',
      zh: '越南',
      es: 'Vietnam',
      pt: 'Vietnã',
      id: 'Vietnam',
      tl: 'Vietnam',
      my: 'ဗီယက်နမ်',
      vi: 'Việt Nam',
    },
  },
  {
    value: 'id',
    slug: 'indonesia',
    label: {
      ja: 'インドネシア',
      en: 'Indonesia',
      zh: '印度尼西亚',
      es: 'Indonesia',
      pt: 'Indonésia',
      id: 'Indonesia',
      tl: 'Indonesia',
      my: 'အင်ဒိုနီးရှား',
      vi: 'Indonesia',
    },
  },
  {
    value: 'ph',
    slug: 'philippines',
    label: {
      ja: 'フィリピン',
      en: 'Philippines',
      zh: '菲律宾',
      es: 'Filipinas',
      pt: 'Filipinas',
      id: 'Filipina',
      tl: 'Pilipinas',
      my: 'ဖိလစ်ပိုင်',
      vi: 'Philippines',
    },
  },
  {
    value: 'mm',
    slug: 'myanmar',
    label: {
      ja: 'ミャンマー',
      en: 'Myanmar',
      zh: '缅甸',
      es: 'Myanmar',
      pt: 'Mianmar',
      id: 'Myanmar',
      tl: 'Myanmar',
      my: 'မြန်မာ',
      vi: 'Myanmar',
    },
  },
  {
    value: 'np',
    slug: 'nepal',
    label: {
      ja: 'ネパール',
      en: 'Nepal',
      zh: '尼泊尔',
      es: 'Nepal',
      pt: 'Nepal',
      id: 'Nepal',
      tl: 'Nepal',
      my: 'နီပေါ',
      vi: 'Nepal',
    },
  },
  {
    value: 'cn',
    slug: 'china',
    label: {
      ja: '中国',
      en: 'China',
      zh: '中国',
      es: 'China',
      pt: 'China',
      id: 'Tiongkok',
      tl: 'China',
      my: 'တရုတ်',
      vi: 'Trung Quốc',
    },
  },
  {
    value: 'kh',
    slug: 'cambodia',
    label: {
      ja: 'カンボジア',
      en: 'Cambodia',
      zh: '柬埔寨',
      es: 'Camboya',
      pt: 'Camboja',
      id: 'Kamboja',
      tl: 'Cambodia',
      my: 'ကမ္ဘောဒီးယား',
      vi: 'Campuchia',
    },
  },
  {
    value: 'th',
    slug: 'thailand',
    label: {
      ja: 'タイ',
      en: 'Thailand',
      zh: '泰国',
      es: 'Tailandia',
      pt: 'Tailândia',
      id: 'Thailand',
      tl: 'Thailand',
      my: 'ထိုင်း',
      vi: 'Thái Lan',
    },
  },
  {
    value: 'lk',
    slug: 'sri-lanka',
    label: {
      ja: 'スリランカ',
      en: 'Sri Lanka',
      zh: '斯里兰卡',
      es: 'Sri Lanka',
      pt: 'Sri Lanka',
      id: 'Sri Lanka',
      tl: 'Sri Lanka',
      my: 'သီရိလင်္ကာ',
      vi: 'Sri Lanka',
    },
  },
  {
    value: 'bd',
    slug: 'bangladesh',
    label: {
      ja: 'バングラデシュ',
      en: 'Bangladesh',
      zh: '孟加拉国',
      es: 'Bangladés',
      pt: 'Bangladesh',
      id: 'Bangladesh',
      tl: 'Bangladesh',
      my: 'ဘင်္ဂလားဒေ့ရှ်',
      vi: 'Bangladesh',
    },
  },
  {
    value: 'mn',
    slug: 'mongolia',
    label: {
      ja: 'モンゴル',
      en: 'Mongolia',
      zh: '蒙古',
      es: 'Mongolia',
      pt: 'Mongólia',
      id: 'Mongolia',
      tl: 'Mongolia',
      my: 'မွန်ဂိုလီးယား',
      vi: 'Mông Cổ',
    },
  },
  {
    value: 'uz',
    slug: 'uzbekistan',
    label: {
      ja: 'ウズベキスタン',
      en: 'Uzbekistan',
      zh: '乌兹别克斯坦',
      es: 'Uzbekistán',
      pt: 'Uzbequistão',
      id: 'Uzbekistan',
      tl: 'Uzbekistan',
      my: 'ဥဇဘက်ကစ္စတန်',
      vi: 'Uzbekistan',
    },
  },
  {
    value: 'in',
    slug: 'india',
    label: {
      ja: 'インド',
      en: 'India',
      zh: '印度',
      es: 'India',
      pt: 'Índia',
      id: 'India',
      tl: 'India',
      my: 'အိန္ဒိယ',
      vi: 'Ấn Độ',
    },
  },
] as const satisfies readonly (Term & { slug: string })[]

export type CountryCode = (typeof SENDING_COUNTRIES)[number]['value']

/** Japan's 47 prefectures (member organisations are located in one), in the official order. */
export const PREFECTURE_TERMS = [
  { value: 'hokkaido', label: { en: 'Hokkaido', ja: '北海道' } },
  { value: 'aomori', label: { en: 'Aomori', ja: '青森県' } },
  { value: 'iwate', label: { en: 'Iwate', ja: '岩手県' } },
  { value: 'miyagi', label: { en: 'Miyagi', ja: '宮城県' } },
  { value: 'akita', label: { en: 'Akita', ja: '秋田県' } },
  { value: 'yamagata', label: { en: 'Yamagata', ja: '山形県' } },
  { value: 'fukushima', label: { en: 'Fukushima', ja: '福島県' } },
  { value: 'ibaraki', label: { en: 'Ibaraki', ja: '茨城県' } },
  { value: 'tochigi', label: { en: 'Tochigi', ja: '栃木県' } },
  { value: 'gunma', label: { en: 'Gunma', ja: '群馬県' } },
  { value: 'saitama', label: { en: 'Saitama', ja: '埼玉県' } },
  { value: 'chiba', label: { en: 'Chiba', ja: '千葉県' } },
  { value: 'tokyo', label: { en: 'Tokyo', ja: '東京都' } },
  { value: 'kanagawa', label: { en: 'Kanagawa', ja: '神奈川県' } },
  { value: 'niigata', label: { en: 'Niigata', ja: '新潟県' } },
  { value: 'toyama', label: { en: 'Toyama', ja: '富山県' } },
  { value: 'ishikawa', label: { en: 'Ishikawa', ja: '石川県' } },
  { value: 'fukui', label: { en: 'Fukui', ja: '福井県' } },
  { value: 'yamanashi', label: { en: 'Yamanashi', ja: '山梨県' } },
  { value: 'nagano', label: { en: 'Nagano', ja: '長野県' } },
  { value: 'gifu', label: { en: 'Gifu', ja: '岐阜県' } },
  { value: 'shizuoka', label: { en: 'Shizuoka', ja: '静岡県' } },
  { value: 'aichi', label: { en: 'Aichi', ja: '愛知県' } },
  { value: 'mie', label: { en: 'Mie', ja: '三重県' } },
  { value: 'shiga', label: { en: 'Shiga', ja: '滋賀県' } },
  { value: 'kyoto', label: { en: 'Kyoto', ja: '京都府' } },
  { value: 'osaka', label: { en: 'Osaka', ja: '大阪府' } },
  { value: 'hyogo', label: { en: 'Hyogo', ja: '兵庫県' } },
  { value: 'nara', label: { en: 'Nara', ja: '奈良県' } },
  { value: 'wakayama', label: { en: 'Wakayama', ja: '和歌山県' } },
  { value: 'tottori', label: { en: 'Tottori', ja: '鳥取県' } },
  { value: 'shimane', label: { en: 'Shimane', ja: '島根県' } },
  { value: 'okayama', label: { en: 'Okayama', ja: '岡山県' } },
  { value: 'hiroshima', label: { en: 'Hiroshima', ja: '広島県' } },
  { value: 'yamaguchi', label: { en: 'Yamaguchi', ja: '山口県' } },
  { value: 'tokushima', label: { en: 'Tokushima', ja: '徳島県' } },
  { value: 'kagawa', label: { en: 'Kagawa', ja: '香川県' } },
  { value: 'ehime', label: { en: 'Ehime', ja: '愛媛県' } },
  { value: 'kochi', label: { en: 'Kochi', ja: '高知県' } },
  { value: 'fukuoka', label: { en: 'Fukuoka', ja: '福岡県' } },
  { value: 'saga', label: { en: 'Saga', ja: '佐賀県' } },
  { value: 'nagasaki', label: { en: 'Nagasaki', ja: '長崎県' } },
  { value: 'kumamoto', label: { en: 'Kumamoto', ja: '熊本県' } },
  { value: 'oita', label: { en: 'Oita', ja: '大分県' } },
  { value: 'miyazaki', label: { en: 'Miyazaki', ja: '宮崎県' } },
  { value: 'kagoshima', label: { en: 'Kagoshima', ja: '鹿児島県' } },
  { value: 'okinawa', label: { en: 'Okinawa', ja: '沖縄県' } },
] as const satisfies readonly StaffTerm[]
export const PREFECTURES = valuesOf(PREFECTURE_TERMS)
export type Prefecture = (typeof PREFECTURES)[number]

/** What kind of gathering an event is; readers may see it with the event. */
export const EVENT_KIND_TERMS = [
  {
    value: 'seminar',
    label: {
      ja: 'セミナー',
      en: 'Seminar',
      zh: '研讨会',
      es: 'Seminario',
      pt: 'Seminário',
      id: 'Seminar',
      tl: 'Seminar',
      my: 'ဆွေးနွေးပွဲ',
      vi: 'Hội thảo',
    },
  },
  {
    value: 'workshop',
    label: {
      ja: 'ワークショップ',
      en: 'Workshop',
      zh: '工作坊',
      es: 'Taller',
      pt: 'Oficina',
      id: 'Lokakarya',
      tl: 'Workshop',
      my: 'အလုပ်ရုံဆွေးနွေးပွဲ',
      vi: 'Hội thảo thực hành',
    },
  },
  {
    value: 'gathering',
    label: {
      ja: '交流会',
      en: 'Gathering',
      zh: '交流会',
      es: 'Encuentro',
      pt: 'Encontro',
      id: 'Temu ramah',
      tl: 'Pagtitipon',
      my: 'တွေ့ဆုံပွဲ',
      vi: 'Buổi giao lưu',
    },
  },
  {
    value: 'forum',
    label: {
      ja: 'フォーラム',
      en: 'Forum',
      zh: '论坛',
      es: 'Foro',
      pt: 'Fórum',
      id: 'Forum',
      tl: 'Forum',
      my: 'ဖိုရမ်',
      vi: 'Diễn đàn',
    },
  },
  {
    value: 'study-trip',
    label: {
      ja: '視察・見学',
      en: 'Study trip',
      zh: '考察参观',
      es: 'Visita de estudio',
      pt: 'Visita de estudo',
      id: 'Kunjungan studi',
      tl: 'Lakbay-aral',
      my: 'လေ့လာရေးခရီး',
      vi: 'Chuyến tham quan học tập',
    },
  },
  {
    value: 'other',
    label: {
      ja: 'その他',
      en: 'Other',
      zh: '其他',
      es: 'Otro',
      pt: 'Outro',
      id: 'Lainnya',
      tl: 'Iba pa',
      my: 'အခြား',
      vi: 'Khác',
    },
  },
] as const satisfies readonly Term[]
export const EVENT_KINDS = valuesOf(EVENT_KIND_TERMS)
export type EventKind = (typeof EVENT_KINDS)[number]

/** Who an event is for; readers see members-only events marked through the interface text instead. */
export const EVENT_AUDIENCE_TERMS = [
  { value: 'public', label: { en: 'Public (on the site)', ja: '一般公開（サイトに掲載）' } },
  { value: 'members-only', label: { en: 'Members only (not on the site)', ja: '会員限定（サイトに掲載しない）' } },
] as const satisfies readonly StaffTerm[]
export const EVENT_AUDIENCES = valuesOf(EVENT_AUDIENCE_TERMS)
export type EventAudience = (typeof EVENT_AUDIENCES)[number]

/** Who holds an event. */
export const EVENT_ORGANISER_KIND_TERMS = [
  { value: 'jp-mirai', label: { en: 'JP-MIRAI', ja: 'JP-MIRAI主催' } },
  { value: 'co-hosted', label: { en: 'Co-hosted with another organisation', ja: '他団体との共催' } },
  { value: 'other-organisation', label: { en: 'Another organisation', ja: '他団体主催' } },
] as const satisfies readonly StaffTerm[]
export const EVENT_ORGANISER_KINDS = valuesOf(EVENT_ORGANISER_KIND_TERMS)

/** What a member organisation reports on: its plan for the year, and two half-year reports. */
export const REPORT_KIND_TERMS = [
  { value: 'annual-plan', label: { en: 'Annual activity plan', ja: '年間活動計画' } },
  { value: 'semi-annual-report', label: { en: 'Semi-annual activity report', ja: '半期活動報告' } },
] as const satisfies readonly StaffTerm[]
export const REPORT_KINDS = valuesOf(REPORT_KIND_TERMS)
export type ReportKind = (typeof REPORT_KINDS)[number]

/** Where an activity report is in its review by the secretariat. */
export const REPORT_STATUS_TERMS = [
  { value: 'draft', label: { en: 'Draft', ja: '下書き' } },
  { value: 'submitted', label: { en: 'Submitted', ja: '提出済み' } },
  { value: 'in-review', label: { en: 'In review', ja: '確認中' } },
  { value: 'accepted', label: { en: 'Accepted', ja: '受理' } },
  { value: 'returned', label: { en: 'Returned for changes', ja: '差し戻し' } },
] as const satisfies readonly StaffTerm[]
export const REPORT_STATUSES = valuesOf(REPORT_STATUS_TERMS)
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/**
 * Where a member stands with a report they owe for a reporting period: still theirs to deliver
 * (due, or overdue once the deadline passed), or handed in; handed-in states say what the
 * report's status says.
 */
export const REPORT_DUE_STATE_TERMS = [
  { value: 'due', label: { en: 'Due', ja: '提出予定' } },
  { value: 'overdue', label: { en: 'Overdue', ja: '期限超過' } },
  { value: 'submitted', label: termOf(REPORT_STATUS_TERMS, 'submitted').label },
  { value: 'accepted', label: termOf(REPORT_STATUS_TERMS, 'accepted').label },
] as const satisfies readonly StaffTerm[]
export const REPORT_DUE_STATES = valuesOf(REPORT_DUE_STATE_TERMS)
export type ReportDueState = (typeof REPORT_DUE_STATES)[number]

/** Who may read an activity report. */
export const REPORT_VISIBILITY_TERMS = [
  {
    value: 'private',
    label: { en: 'Private (our organisation and the secretariat)', ja: '非公開（自団体と事務局のみ）' },
  },
  { value: 'members-only', label: { en: 'Shared with members', ja: '会員に公開' } },
  { value: 'proposed-good-practice', label: { en: 'Proposed as a good practice', ja: 'グッドプラクティスとして提案' } },
] as const satisfies readonly StaffTerm[]
export const REPORT_VISIBILITIES = valuesOf(REPORT_VISIBILITY_TERMS)
export type ReportVisibility = (typeof REPORT_VISIBILITIES)[number]

/**
 * The halves of Japan's fiscal year (April–March) a semi-annual report covers: `label` where the
 * half stands alone, `longLabel` with its months where a form asks which half is meant.
 */
export const FISCAL_HALVES = [
  {
    value: 'first',
    label: { en: 'First half', ja: '上期' },
    longLabel: { en: 'First half (April–September)', ja: '上期（4月〜9月）' },
  },
  {
    value: 'second',
    label: { en: 'Second half', ja: '下期' },
    longLabel: { en: 'Second half (October–March)', ja: '下期（10月〜3月）' },
  },
] as const satisfies readonly (StaffTerm & { longLabel: StaffTerm['label'] })[]
export type FiscalHalf = (typeof FISCAL_HALVES)[number]['value']

/** The two periodicals the secretariat sends. */
export const NEWSLETTER_KINDS = [
  {
    value: 'monthly',
    label: {
      ja: '月刊ニュースレター',
      en: 'Monthly newsletter',
      zh: '月度简报',
      es: 'Boletín mensual',
      pt: 'Boletim mensal',
      id: 'Buletin bulanan',
      tl: 'Buwanang newsletter',
      my: 'လစဉ် သတင်းလွှာ',
      vi: 'Bản tin hằng tháng',
    },
  },
  {
    value: 'weekly',
    label: {
      ja: '週刊イベント情報',
      en: 'Weekly event bulletin',
      zh: '每周活动快讯',
      es: 'Boletín semanal de eventos',
      pt: 'Boletim semanal de eventos',
      id: 'Buletin acara mingguan',
      tl: 'Lingguhang bulletin ng mga event',
      my: 'အပတ်စဉ် အစီအစဉ် သတင်း',
      vi: 'Bản tin sự kiện hằng tuần',
    },
  },
] as const satisfies readonly Term[]
export type NewsletterKind = (typeof NEWSLETTER_KINDS)[number]['value']

/** Kinds of written sections in a newsletter; shown as a small label above the heading. */
export const NEWSLETTER_STORY_KINDS = [
  {
    value: 'interview',
    label: {
      ja: 'インタビュー',
      en: 'Interview',
      zh: '访谈',
      es: 'Entrevista',
      pt: 'Entrevista',
      id: 'Wawancara',
      tl: 'Panayam',
      my: 'အင်တာဗျူး',
      vi: 'Phỏng vấn',
    },
  },
  {
    value: 'book-review',
    label: {
      ja: '書評',
      en: 'Book review',
      zh: '书评',
      es: 'Reseña',
      pt: 'Resenha',
      id: 'Ulasan buku',
      tl: 'Rebyu ng aklat',
      my: 'စာအုပ် သုံးသပ်ချက်',
      vi: 'Điểm sách',
    },
  },
  {
    value: 'activity',
    label: {
      ja: '活動報告',
      en: 'Activities',
      zh: '活动报告',
      es: 'Actividades',
      pt: 'Atividades',
      id: 'Kegiatan',
      tl: 'Mga aktibidad',
      my: 'လုပ်ဆောင်ချက်များ',
      vi: 'Hoạt động',
    },
  },
  {
    value: 'message',
    label: {
      ja: 'メッセージ',
      en: 'Message',
      zh: '寄语',
      es: 'Mensaje',
      pt: 'Mensagem',
      id: 'Pesan',
      tl: 'Mensahe',
      my: 'သတင်းစကား',
      vi: 'Thông điệp',
    },
  },
] as const satisfies readonly Term[]
export type NewsletterStoryKind = (typeof NEWSLETTER_STORY_KINDS)[number]['value']

/** Sections of the safety self-check; readers see titles written in the CMS, these labels are for staff. */
export const SAFETY_SECTION_TERMS = [
  { value: 'work', label: { en: 'At work', ja: '仕事' } },
  { value: 'daily-life', label: { en: 'Daily life', ja: '生活' } },
] as const satisfies readonly StaffTerm[]
export const SAFETY_SECTIONS = valuesOf(SAFETY_SECTION_TERMS)

/** The sections of the site, in menu order; the label is the menu link and the section's heading. */
export const SITE_SECTIONS = [
  {
    value: 'articles',
    label: {
      ja: '記事',
      en: 'Articles',
      zh: '文章',
      es: 'Artículos',
      pt: 'Artigos',
      id: 'Artikel',
      tl: 'Mga artikulo',
      my: 'ဆောင်းပါးများ',
      vi: 'Bài viết',
    },
  },
  {
    value: 'videos',
    label: {
      ja: '動画',
      en: 'Videos',
      zh: '视频',
      es: 'Videos',
      pt: 'Vídeos',
      id: 'Video',
      tl: 'Mga video',
      my: 'ဗီဒီယိုများ',
      vi: 'Video',
    },
  },
  {
    value: 'countries',
    label: {
      ja: '国別情報',
      en: 'Countries',
      zh: '各国信息',
      es: 'Países',
      pt: 'Países',
      id: 'Negara',
      tl: 'Mga bansa',
      my: 'နိုင်ငံများ',
      vi: 'Quốc gia',
    },
  },
  {
    value: 'events',
    label: {
      ja: 'イベント',
      en: 'Events',
      zh: '活动',
      es: 'Eventos',
      pt: 'Eventos',
      id: 'Acara',
      tl: 'Mga event',
      my: 'အစီအစဉ်များ',
      vi: 'Sự kiện',
    },
  },
  {
    value: 'good-practices',
    label: {
      ja: 'グッドプラクティス',
      en: 'Good practices',
      zh: '良好实践',
      es: 'Buenas prácticas',
      pt: 'Boas práticas',
      id: 'Praktik baik',
      tl: 'Mabubuting gawi',
      my: 'ကောင်းမွန်သော လုပ်ဆောင်ချက်များ',
      vi: 'Thực tiễn tốt',
    },
  },
  {
    // Emergency numbers, JP-MIRAI Assist and the consultation services finder.
    value: 'help',
    label: {
      ja: '困ったときは',
      en: 'Get help',
      zh: '求助',
      es: 'Pedir ayuda',
      pt: 'Obter ajuda',
      id: 'Minta bantuan',
      tl: 'Humingi ng tulong',
      my: 'အကူအညီ ရယူရန်',
      vi: 'Tìm trợ giúp',
    },
  },
] as const satisfies readonly Term<Section>[]

/** Kinds of contacts on a country page (embassy, hotline…). */
export const CONTACT_KINDS = [
  {
    value: 'embassy',
    label: {
      ja: '大使館',
      en: 'Embassy',
      zh: '大使馆',
      es: 'Embajada',
      pt: 'Embaixada',
      id: 'Kedutaan Besar',
      tl: 'Embahada',
      my: 'သံရုံး',
      vi: 'Đại sứ quán',
    },
  },
  {
    value: 'labour-attache',
    label: {
      ja: '労働担当官',
      en: 'Labour attaché',
      zh: '劳工专员',
      es: 'Agregado laboral',
      pt: 'Adido trabalhista',
      id: 'Atase Ketenagakerjaan',
      tl: 'Labor attaché',
      my: 'အလုပ်သမားသံမှူး',
      vi: 'Tùy viên lao động',
    },
  },
  {
    value: 'consulate',
    label: {
      ja: '領事館',
      en: 'Consulate',
      zh: '领事馆',
      es: 'Consulado',
      pt: 'Consulado',
      id: 'Konsulat',
      tl: 'Konsulado',
      my: 'ကောင်စစ်ဝန်ရုံး',
      vi: 'Lãnh sự quán',
    },
  },
  {
    value: 'hotline',
    label: {
      ja: '相談電話',
      en: 'Hotline',
      zh: '热线电话',
      es: 'Línea de ayuda',
      pt: 'Linha de atendimento',
      id: 'Hotline',
      tl: 'Hotline',
      my: 'အကူအညီ ဖုန်းလိုင်း',
      vi: 'Đường dây nóng',
    },
  },
  {
    value: 'support-centre',
    label: {
      ja: '支援センター',
      en: 'Support centre',
      zh: '支援中心',
      es: 'Centro de apoyo',
      pt: 'Centro de apoio',
      id: 'Pusat bantuan',
      tl: 'Support center',
      my: 'အကူအညီပေးရေး စင်တာ',
      vi: 'Trung tâm hỗ trợ',
    },
  },
] as const satisfies readonly Term[]
export type ContactKind = (typeof CONTACT_KINDS)[number]['value']

/** How serious a "yes" to a safety question is. */
export const SAFETY_SEVERITIES = [
  {
    value: 'serious',
    label: {
      ja: '重大な違反の可能性',
      en: 'Possible serious violation',
      zh: '可能存在严重违法',
      es: 'Posible violación grave',
      pt: 'Possível violação grave',
      id: 'Kemungkinan pelanggaran serius',
      tl: 'Posibleng malubhang paglabag',
      my: 'ပြင်းထန်သော ချိုးဖောက်မှု ဖြစ်နိုင်သည်',
      vi: 'Có thể vi phạm nghiêm trọng',
    },
  },
  {
    value: 'check',
    label: {
      ja: '確認したほうがよいこと',
      en: 'Worth checking',
      zh: '值得确认',
      es: 'Conviene revisarlo',
      pt: 'Vale a pena verificar',
      id: 'Perlu diperiksa',
      tl: 'Dapat suriin',
      my: 'စစ်ဆေးသင့်သည်',
      vi: 'Nên kiểm tra',
    },
  },
] as const satisfies readonly Term[]

/** What an urgent alert at the top of every page is about (readers see it with the alert). */
export const ALERT_KIND_TERMS = [
  {
    value: 'typhoon',
    label: {
      ja: '台風',
      en: 'Typhoon',
      zh: '台风',
      es: 'Tifón',
      pt: 'Tufão',
      id: 'Topan',
      tl: 'Bagyo',
      my: 'တိုင်ဖွန်းမုန်တိုင်း',
      vi: 'Bão',
    },
  },
  {
    value: 'earthquake',
    label: {
      ja: '地震',
      en: 'Earthquake',
      zh: '地震',
      es: 'Terremoto',
      pt: 'Terremoto',
      id: 'Gempa bumi',
      tl: 'Lindol',
      my: 'ငလျင်',
      vi: 'Động đất',
    },
  },
  {
    value: 'heavy-rain',
    label: {
      ja: '大雨',
      en: 'Heavy rain',
      zh: '暴雨',
      es: 'Lluvias intensas',
      pt: 'Chuva forte',
      id: 'Hujan lebat',
      tl: 'Malakas na ulan',
      my: 'မိုးသည်းထန်စွာ ရွာသွန်းခြင်း',
      vi: 'Mưa lớn',
    },
  },
  {
    value: 'heavy-snow',
    label: {
      ja: '大雪',
      en: 'Heavy snow',
      zh: '大雪',
      es: 'Nevadas intensas',
      pt: 'Neve intensa',
      id: 'Salju lebat',
      tl: 'Malakas na pag-ulan ng niyebe',
      my: 'နှင်း အထူအထပ် ကျခြင်း',
      vi: 'Tuyết rơi dày',
    },
  },
  {
    value: 'law-change',
    label: {
      ja: '法律・制度の変更',
      en: 'Change in the law',
      zh: '法律与制度变更',
      es: 'Cambio en la ley',
      pt: 'Mudança na lei',
      id: 'Perubahan peraturan',
      tl: 'Pagbabago sa batas',
      my: 'ဥပဒေ ပြောင်းလဲမှု',
      vi: 'Thay đổi luật',
    },
  },
  {
    value: 'scam',
    label: {
      ja: '詐欺に注意',
      en: 'Scam warning',
      zh: '谨防诈骗',
      es: 'Alerta de estafa',
      pt: 'Alerta de golpe',
      id: 'Waspada penipuan',
      tl: 'Babala sa panloloko',
      my: 'လိမ်လည်မှု သတိပေးချက်',
      vi: 'Cảnh báo lừa đảo',
    },
  },
  {
    value: 'other',
    label: {
      ja: 'お知らせ',
      en: 'Notice',
      zh: '通知',
      es: 'Aviso',
      pt: 'Aviso',
      id: 'Pemberitahuan',
      tl: 'Paunawa',
      my: 'အသိပေးချက်',
      vi: 'Thông báo',
    },
  },
] as const satisfies readonly Term[]
export const ALERT_KINDS = valuesOf(ALERT_KIND_TERMS)
export type AlertKind = (typeof ALERT_KINDS)[number]

/** How urgent an alert is, most urgent first: decides its colours and its place among alerts. */
export const ALERT_SEVERITY_TERMS = [
  {
    value: 'critical',
    label: {
      ja: '緊急',
      en: 'Urgent',
      zh: '紧急',
      es: 'Urgente',
      pt: 'Urgente',
      id: 'Darurat',
      tl: 'Kagyat',
      my: 'အရေးပေါ်',
      vi: 'Khẩn cấp',
    },
  },
  {
    value: 'warning',
    label: {
      ja: '注意',
      en: 'Warning',
      zh: '注意',
      es: 'Advertencia',
      pt: 'Atenção',
      id: 'Peringatan',
      tl: 'Babala',
      my: 'သတိထားရန်',
      vi: 'Cảnh báo',
    },
  },
  {
    value: 'info',
    label: {
      ja: 'お知らせ',
      en: 'Information',
      zh: '信息',
      es: 'Información',
      pt: 'Informação',
      id: 'Informasi',
      tl: 'Impormasyon',
      my: 'သတင်းအချက်အလက်',
      vi: 'Thông tin',
    },
  },
] as const satisfies readonly Term[]
export const ALERT_SEVERITIES = valuesOf(ALERT_SEVERITY_TERMS)
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number]

/** What an organisation page is about, for staff sorting the pages in the admin. */
export const PAGE_KIND_TERMS = [
  { value: 'about', label: { en: 'About JP-MIRAI', ja: 'JP-MIRAIについて' } },
  { value: 'code-of-conduct', label: { en: 'Code of Conduct', ja: '行動規範' } },
  { value: 'structure', label: { en: 'Structure', ja: '組織体制' } },
  { value: 'board', label: { en: 'Board', ja: '役員' } },
  { value: 'activities', label: { en: 'Activities', ja: '活動' } },
  { value: 'annual-reports', label: { en: 'Annual reports', ja: '年次報告' } },
  { value: 'contact', label: { en: 'Contact', ja: 'お問い合わせ' } },
  { value: 'other', label: { en: 'Other', ja: 'その他' } },
] as const satisfies readonly StaffTerm[]
export const PAGE_KINDS = valuesOf(PAGE_KIND_TERMS)

/** Plain value list of a taxonomy, e.g. for a zod enum or a Payload select's options. */
export function valuesOf<T extends { readonly value: string }>(terms: readonly T[]): [T['value'], ...T['value'][]] {
  if (terms.length === 0) throw new Error('A taxonomy needs at least one term')
  return terms.map((t) => t.value) as [T['value'], ...T['value'][]]
}

/** The term of a value, for a taxonomy that shares another's label. */
function termOf<T extends { readonly value: string }>(terms: readonly T[], value: T['value']): T {
  const term = terms.find((t) => t.value === value)
  if (!term) throw new Error(`Unknown term "${value}"`)
  return term
}

/**
 * The label of a term in a language — the one way to read a taxonomy label. A language without a
 * label gets the shared fallback (English, then Japanese, then any), as documents do.
 */
export function termLabel<T extends { readonly value: string; readonly label: Partial<Record<LocaleCode, string>> }>(
  terms: readonly T[],
  value: string,
  locale: LocaleCode,
): string {
  const term = terms.find((t) => t.value === value)
  if (!term) throw new Error(`Unknown term "${value}". Expected one of: ${terms.map((t) => t.value).join(', ')}`)
  return labelIn(term.label, locale)
}
