/**
 * Site-wide contacts: the consultation service shown on every page, the organisation's own contact
 * details and its social media accounts.
 *
 * From the JP-MIRAI Annual Report 2023: the service name, the free phone number 0800-123-5717,
 * the opening hours (Tuesday to Saturday, 10:00–18:00), the nine app languages (consultations by
 * phone, email and chat are offered in 21 languages), the consultation areas, the organisation's
 * name, its contact email and https://jp-mirai.org/.
 */
import { ASSIST_LANGUAGES } from '@mirai/content-schemas/assist'
import { DEFAULT_YEAR_END } from '@mirai/content-schemas/consultation-services'

import type { SeedConsultationService } from '../types'

const open = { opens: '10:00', closes: '18:00' }

export const consultationService: SeedConsultationService = {
  name: {
    ja: 'JP-MIRAIアシスト',
    en: 'JP-MIRAI Assist',
    zh: 'JP-MIRAI Assist',
    es: 'JP-MIRAI Assist',
    pt: 'JP-MIRAI Assist',
    id: 'JP-MIRAI Assist',
    tl: 'JP-MIRAI Assist',
    my: 'JP-MIRAI Assist',
    vi: 'JP-MIRAI Assist',
  },
  phone: '0800-123-5717',
  hours: [
    { day: 'tue', ...open },
    { day: 'wed', ...open },
    { day: 'thu', ...open },
    { day: 'fri', ...open },
    { day: 'sat', ...open },
  ],
  // The report names nine app languages ("simple Japanese" among them) and consultations "in
  // Japanese as well as 21 other languages": the list Assist's request form offers.
  languages: [...ASSIST_LANGUAGES],
  // Demo data: the report gives only the organisation's site, not an address for Assist itself.
  url: 'https://jp-mirai.org/',
  description: {
    ja: '日本で暮らす外国人のための無料相談窓口です。仕事、在留資格、生活、教育、医療・福祉、税金・社会保険などについて、電話・メール・チャットで、21の言語で相談できます。難しい問題は、弁護士などの専門家と協力して、解決まで一緒に取り組みます。',
    en: 'A free consultation service for foreign nationals living in Japan. Talk to us about work, residence status, daily life, education, medical care and welfare, or tax and social insurance, by phone, email or chat in 21 languages. For difficult cases we work with lawyers and other specialists until the problem is solved.',
    zh: '面向在日外国人的免费咨询服务。关于工作、在留资格、日常生活、教育、医疗福利、税金和社会保险等问题，可以通过电话、电子邮件或在线聊天，用21种语言咨询。遇到复杂问题时，我们会与律师等专家合作，陪伴您直到问题解决。',
    es: 'Servicio gratuito de consultas para personas extranjeras que viven en Japón. Puede consultar sobre trabajo, estatus de residencia, vida diaria, educación, salud y bienestar, o impuestos y seguro social, por teléfono, correo electrónico o chat en 21 idiomas. En los casos difíciles, trabajamos con abogados y otros especialistas hasta resolver el problema.',
    pt: 'Serviço gratuito de consultas para estrangeiros que vivem no Japão. Você pode tirar dúvidas sobre trabalho, status de residência, vida diária, educação, saúde e bem-estar, ou impostos e seguro social, por telefone, e-mail ou chat, em 21 idiomas. Nos casos difíceis, trabalhamos com advogados e outros especialistas até resolver o problema.',
    id: 'Layanan konsultasi gratis bagi warga asing yang tinggal di Jepang. Anda dapat berkonsultasi tentang pekerjaan, status tinggal, kehidupan sehari-hari, pendidikan, layanan medis dan kesejahteraan, atau pajak dan jaminan sosial melalui telepon, email, atau chat dalam 21 bahasa. Untuk masalah yang sulit, kami bekerja sama dengan pengacara dan ahli lainnya sampai masalahnya selesai.',
    tl: 'Libreng serbisyo ng konsultasyon para sa mga dayuhang nakatira sa Japan. Puwede kang sumangguni tungkol sa trabaho, residence status, pang-araw-araw na buhay, edukasyon, pangangalagang medikal at welfare, o buwis at social insurance, sa telepono, email o chat, sa 21 wika. Sa mahihirap na kaso, nakikipagtulungan kami sa mga abogado at iba pang eksperto hanggang malutas ang problema.',
    my: 'ဂျပန်တွင် နေထိုင်သော နိုင်ငံခြားသားများအတွက် အခမဲ့ တိုင်ပင်ဆွေးနွေးရေး ဝန်ဆောင်မှု ဖြစ်ပါသည်။ အလုပ်၊ နေထိုင်ခွင့်အဆင့်အတန်း၊ နေ့စဉ်ဘဝ၊ ပညာရေး၊ ဆေးကုသမှုနှင့် လူမှုဖူလုံရေး၊ အခွန်နှင့် လူမှုအာမခံ စသည်တို့အကြောင်းကို ဖုန်း၊ အီးမေးလ် သို့မဟုတ် ချတ်ဖြင့် ဘာသာစကား ၂၁ မျိုးဖြင့် တိုင်ပင်နိုင်ပါသည်။ ခက်ခဲသော ကိစ္စများအတွက် ရှေ့နေများနှင့် အခြားကျွမ်းကျင်သူများနှင့် ပူးပေါင်း၍ ပြဿနာ ပြေလည်သည်အထိ ကူညီပေးပါသည်။',
    vi: 'Dịch vụ tư vấn miễn phí dành cho người nước ngoài sống tại Nhật Bản. Bạn có thể hỏi về công việc, tư cách lưu trú, cuộc sống hằng ngày, giáo dục, y tế và phúc lợi, thuế và bảo hiểm xã hội qua điện thoại, email hoặc chat bằng 21 ngôn ngữ. Với những trường hợp khó, chúng tôi phối hợp với luật sư và các chuyên gia khác cho đến khi vấn đề được giải quyết.',
  },
}

export const organisationContact: {
  name: { ja: string; en: string }
  email: string
  url: string
  address: { ja: string; en: string }
} = {
  name: { ja: '一般社団法人JP-MIRAI', en: 'General Incorporated Association JP-MIRAI' },
  // The contact address printed in the annual report (the 2023 campaign flyer gave info@jp-mirai.or.jp).
  email: 'ask@jp-mirai.org',
  url: 'https://jp-mirai.org',
  // Demo data: the source documents give no postal address; only the city is shown.
  address: { ja: '東京都', en: 'Tokyo, Japan' },
}

// Left empty on purpose: the report mentions Facebook advertising and YouTube videos but gives no
// account addresses, and none is added here without one from the organisation.
export const socialLinks: { platform: 'facebook' | 'x' | 'youtube' | 'linkedin' | 'instagram'; url: string }[] = []

/**
 * Other free consultation services for the safety check's consultation finder. The Labour
 * Conditions Consultation Hotline of the Ministry of Health, Labour and Welfare: number, hours and
 * languages from general knowledge, not from the organisation's documents — verify before use.
 */
export const otherConsultationServices: SeedConsultationService[] = [
  {
    name: {
      ja: '労働条件相談ほっとライン（厚生労働省）',
      en: 'Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare)',
      zh: '劳动条件咨询热线（厚生劳动省）',
      es: 'Línea de consulta sobre condiciones laborales (Ministerio de Salud, Trabajo y Bienestar)',
      pt: 'Linha de consulta sobre condições de trabalho (Ministério da Saúde, Trabalho e Bem-Estar)',
      id: 'Hotline Konsultasi Kondisi Kerja (Kementerian Kesehatan, Tenaga Kerja dan Kesejahteraan)',
      tl: 'Hotline para sa Kondisyon ng Trabaho (Ministry of Health, Labour and Welfare)',
      my: 'အလုပ်အကိုင်အခြေအနေ တိုင်ပင်ရေး ဖုန်းလိုင်း (ကျန်းမာရေး၊ အလုပ်သမားနှင့် လူမှုဖူလုံရေး ဝန်ကြီးဌာန)',
      vi: 'Đường dây tư vấn điều kiện lao động (Bộ Y tế, Lao động và Phúc lợi)',
    },
    description: {
      ja: 'きゅうりょう、ざんぎょう、やすみなど、はたらくルールのそうだんができます。むりょうです。なまえをいわなくてもだいじょうぶです。',
      en: 'Advice on the rules of work: wages, overtime, days off. Free, and you need not give your name.',
      zh: '可以咨询工资、加班、休息等劳动规则。免费，不说名字也可以。',
      es: 'Consultas sobre las reglas del trabajo: salario, horas extra, descansos. Gratis y sin dar su nombre.',
      pt: 'Orientação sobre as regras do trabalho: salário, horas extras, folgas. Gratuito e sem precisar dizer o nome.',
      id: 'Konsultasi aturan kerja: gaji, lembur, hari libur. Gratis, dan tidak perlu menyebut nama.',
      tl: 'Payo tungkol sa mga patakaran sa trabaho: sahod, overtime, day off. Libre at hindi kailangang sabihin ang pangalan.',
      my: 'လုပ်ခ၊ အချိန်ပို၊ အားလပ်ရက် စသည့် အလုပ်စည်းမျဉ်းများအကြောင်း တိုင်ပင်နိုင်သည်။ အခမဲ့ဖြစ်ပြီး အမည်ပြောရန် မလိုပါ။',
      vi: 'Tư vấn về quy định lao động: lương, làm thêm giờ, ngày nghỉ. Miễn phí và không cần nói tên.',
    },
    phone: '0120-811-610',
    hours: [
      ...(['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '17:00', closes: '22:00' })),
      ...(['sat', 'sun'] as const).map((day) => ({ day, opens: '09:00', closes: '21:00' })),
    ],
    languages: ['ja', 'en', 'zh', 'pt', 'es', 'tl', 'vi', 'my', 'id', 'ne', 'ko', 'th', 'km', 'mn'],
    // Open on public holidays too; closed at the turn of the year.
    yearEndClosure: DEFAULT_YEAR_END,
  },
]
