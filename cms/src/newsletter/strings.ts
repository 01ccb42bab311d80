/** The few words a newsletter email needs around its content, in each of the nine languages. */
import type { LocaleCode } from '@mirai/content-schemas/locales'

export interface NewsletterStrings {
  issue: (n: number) => string
  readMore: string
  membersOnly: string
  online: string
  /** Marker on an item shown in another language because it is not translated yet. */
  shownIn: (language: string) => string
  viewSite: string
  footer: string
  unsubscribe: string
}

export const NEWSLETTER_STRINGS: Record<LocaleCode, NewsletterStrings> = {
  ja: {
    issue: (n) => `第${n}号`,
    readMore: '続きを読む',
    membersOnly: '会員限定',
    online: 'オンライン',
    shownIn: (l) => `まだ翻訳されていません（${l}で表示）`,
    viewSite: 'ウェブサイトで見る',
    footer: 'このメールはJP-MIRAIの会員・登録者にお送りしています。',
    unsubscribe: '配信停止',
  },
  en: {
    issue: (n) => `No. ${n}`,
    readMore: 'Read more',
    membersOnly: 'Members only',
    online: 'Online',
    shownIn: (l) => `Not translated yet (shown in ${l})`,
    viewSite: 'Visit the website',
    footer: 'You receive this email as a member or subscriber of JP-MIRAI.',
    unsubscribe: 'Unsubscribe',
  },
  zh: {
    issue: (n) => `第${n}期`,
    readMore: '阅读全文',
    membersOnly: '仅限会员',
    online: '线上',
    shownIn: (l) => `尚未翻译（以${l}显示）`,
    viewSite: '访问网站',
    footer: '您作为JP-MIRAI的会员或订阅者收到此邮件。',
    unsubscribe: '退订',
  },
  es: {
    issue: (n) => `N.º ${n}`,
    readMore: 'Leer más',
    membersOnly: 'Solo para miembros',
    online: 'En línea',
    shownIn: (l) => `Aún no traducido (se muestra en ${l})`,
    viewSite: 'Visitar el sitio web',
    footer: 'Recibe este correo como miembro o suscriptor de JP-MIRAI.',
    unsubscribe: 'Cancelar la suscripción',
  },
  pt: {
    issue: (n) => `N.º ${n}`,
    readMore: 'Leia mais',
    membersOnly: 'Somente membros',
    online: 'On-line',
    shownIn: (l) => `Ainda não traduzido (mostrado em ${l})`,
    viewSite: 'Visitar o site',
    footer: 'Você recebe este e-mail como membro ou assinante da JP-MIRAI.',
    unsubscribe: 'Cancelar inscrição',
  },
  id: {
    issue: (n) => `No. ${n}`,
    readMore: 'Baca selengkapnya',
    membersOnly: 'Khusus anggota',
    online: 'Daring',
    shownIn: (l) => `Belum diterjemahkan (ditampilkan dalam ${l})`,
    viewSite: 'Kunjungi situs web',
    footer: 'Anda menerima email ini sebagai anggota atau pelanggan JP-MIRAI.',
    unsubscribe: 'Berhenti berlangganan',
  },
  tl: {
    issue: (n) => `Blg. ${n}`,
    readMore: 'Basahin pa',
    membersOnly: 'Para sa mga miyembro lamang',
    online: 'Online',
    shownIn: (l) => `Hindi pa naisasalin (ipinapakita sa ${l})`,
    viewSite: 'Bisitahin ang website',
    footer: 'Natanggap mo ang email na ito bilang miyembro o subscriber ng JP-MIRAI.',
    unsubscribe: 'Mag-unsubscribe',
  },
  my: {
    issue: (n) => `အမှတ် ${n}`,
    readMore: 'ဆက်ဖတ်ရန်',
    membersOnly: 'အဖွဲ့ဝင်များအတွက်သာ',
    online: 'အွန်လိုင်း',
    shownIn: (l) => `ဘာသာမပြန်ရသေးပါ (${l}ဖြင့် ပြသထားသည်)`,
    viewSite: 'ဝက်ဘ်ဆိုက်သို့ သွားရန်',
    footer: 'JP-MIRAI ၏ အဖွဲ့ဝင် သို့မဟုတ် စာရင်းသွင်းသူဖြစ်သောကြောင့် ဤအီးမေးလ်ကို ရရှိခြင်းဖြစ်သည်။',
    unsubscribe: 'စာရင်းမှ ထွက်ရန်',
  },
  vi: {
    issue: (n) => `Số ${n}`,
    readMore: 'Đọc tiếp',
    membersOnly: 'Chỉ dành cho hội viên',
    online: 'Trực tuyến',
    shownIn: (l) => `Chưa được dịch (hiển thị bằng ${l})`,
    viewSite: 'Xem trang web',
    footer: 'Bạn nhận được email này vì là hội viên hoặc người đăng ký của JP-MIRAI.',
    unsubscribe: 'Hủy đăng ký',
  },
}
