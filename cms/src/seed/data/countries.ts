/**
 * Country pages (the 2024 plan in the JP-MIRAI Annual Report 2023 calls for country-specific pages on
 * how each country sends workers to Japan). The texts stay general on purpose: the two main routes,
 * the licensing of sending organisations, recruitment fees and the "employer pays" principle that
 * JP-MIRAI promotes as ethical recruitment.
 *
 * JP-MIRAI facts (JP-MIRAI Assist phone, hours and languages; VJ-FERI; the Issara Institute
 * partnership) come from the annual report. Embassy websites are given only where the official
 * address is well established; embassy phone numbers are left out on purpose (check them on the
 * embassy's own site before adding them).
 */
import { type CountryCode, SENDING_COUNTRIES } from '@mirai/content-schemas/taxonomies'

import type { AllLocales, SeedContact, SeedCountry } from '../types'

/** A country page's country, slug and title: the country's own term (its names in every language). */
function countryPage(country: CountryCode): Pick<SeedCountry, 'country' | 'slug' | 'title'> {
  const term = SENDING_COUNTRIES.find((c) => c.value === country)!
  return { country, slug: term.slug, title: { ...term.label } }
}

/** JP-MIRAI Assist: 0800-123-5717, Tuesday to Saturday 10:00–18:00 (annual report 2023). */
const assistHours: AllLocales = {
  ja: '火曜〜土曜 10:00〜18:00',
  en: 'Tuesday to Saturday, 10:00–18:00',
  zh: '周二至周六 10:00–18:00',
  es: 'De martes a sábado, de 10:00 a 18:00',
  pt: 'De terça a sábado, das 10:00 às 18:00',
  id: 'Selasa–Sabtu, pukul 10.00–18.00',
  tl: 'Martes hanggang Sabado, 10:00–18:00',
  my: 'အင်္ဂါနေ့မှ စနေနေ့အထိ၊ 10:00–18:00',
  vi: 'Thứ Ba đến thứ Bảy, 10:00–18:00',
}

/** The same hotline on every country page. */
const assist: SeedContact = {
  kind: 'hotline',
  name: {
    ja: 'JP-MIRAIアシスト（外国人のための無料相談窓口）',
    en: 'JP-MIRAI Assist (free consultation for foreign nationals)',
    zh: 'JP-MIRAI Assist（面向外国人的免费咨询窗口）',
    es: 'JP-MIRAI Assist (consultas gratuitas para personas extranjeras)',
    pt: 'JP-MIRAI Assist (consultas gratuitas para estrangeiros)',
    id: 'JP-MIRAI Assist (konsultasi gratis untuk warga asing)',
    tl: 'JP-MIRAI Assist (libreng konsultasyon para sa mga dayuhan)',
    my: 'JP-MIRAI Assist (နိုင်ငံခြားသားများအတွက် အခမဲ့ တိုင်ပင်ဆွေးနွေးရေးဌာန)',
    vi: 'JP-MIRAI Assist (tư vấn miễn phí cho người nước ngoài)',
  },
  phone: '0800-123-5717',
  // The annual report gives only the organisation's site; the Assist page's own address is not in
  // the source documents, so the site's home page stands in for it (demo data).
  url: 'https://jp-mirai.org/',
  hours: assistHours,
  // The app and portal languages named in the report; consultations are offered in 21 languages.
  languages: ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'],
}

export const countries: SeedCountry[] = [
  // ------------------------------------------------------------------------------------------
  {
    ...countryPage('vn'),
    summary: {
      ja: 'ベトナムから日本に働きに来るしくみ、手数料について知っておきたいこと、相談先を紹介します。',
      en: 'How workers from Vietnam come to Japan, what to know about recruitment fees, and where to get help.',
      zh: '介绍越南劳动者来日本工作的途径、关于招聘费用需要了解的事项以及咨询窗口。',
      es: 'Cómo llegan a Japón los trabajadores de Vietnam, qué saber sobre las comisiones de contratación y dónde pedir ayuda.',
      pt: 'Como os trabalhadores do Vietnã vêm ao Japão, o que saber sobre as taxas de recrutamento e onde pedir ajuda.',
      id: 'Cara pekerja dari Vietnam datang ke Jepang, hal yang perlu diketahui tentang biaya perekrutan, dan tempat meminta bantuan.',
      tl: 'Paano pumupunta sa Japan ang mga manggagawa mula sa Vietnam, ano ang dapat malaman tungkol sa recruitment fee, at saan hihingi ng tulong.',
      my: 'ဗီယက်နမ်မှ အလုပ်သမားများ ဂျပန်သို့ လာရောက်ပုံ၊ အလုပ်ခေါ်ယူမှုကြေးငွေအကြောင်း သိထားသင့်သည်များနှင့် အကူအညီရယူနိုင်သည့်နေရာများ။',
      vi: 'Cách người lao động từ Việt Nam sang Nhật làm việc, những điều cần biết về phí tuyển dụng và nơi nhờ hỗ trợ.',
    },
    sendingScheme: {
      ja: `ベトナムから日本へ働きに来る主な方法は2つです。

- **{技能実習|ぎのうじっしゅう}**：日本の会社で、決められた期間、技能を学びます。
- **{特定技能|とくていぎのう}**：技能試験と日本語試験に合格して、人手が足りない分野で働きます。

ベトナムの{送出機関|おくりだしきかん}には、政府の{許可|きょか}が必要です。許可を出しているのは{海外労働管理局|かいがいろうどうかんりきょく}（DOLAB）です。契約する前やお金を払う前に、送出機関が許可を持っているか確認しましょう。`,
      en: `Most Vietnamese workers come to Japan in one of two ways:

- **Technical Intern Training**: you learn skills at a Japanese company for a set period.
- **Specified Skilled Worker (SSW)**: you work in a sector that is short of workers after passing a skills test and a Japanese test.

Sending organisations in Vietnam need a licence from the government, issued by the Department of Overseas Labour (DOLAB). Before you sign or pay anything, check that your organisation has one.`,
      zh: `越南劳动者来日本工作主要有两种途径：

- **技能实习**：在日本企业按规定期限学习技能。
- **特定技能**：通过技能考试和日语考试后，在劳动力短缺的行业工作。

越南的派遣机构必须获得政府许可，许可由海外劳工管理局（DOLAB）颁发。签约或付款之前，请先确认派遣机构是否持有许可。`,
      es: `La mayoría de los trabajadores vietnamitas llega a Japón por una de estas dos vías:

- **Pasantía técnica (Technical Intern Training)**: aprende habilidades en una empresa japonesa durante un período fijo.
- **Trabajador con habilidades específicas (SSW)**: trabaja en un sector con falta de personal tras aprobar un examen de habilidades y uno de japonés.

Las organizaciones de envío de Vietnam necesitan una licencia del Gobierno, que otorga el Departamento de Trabajo en el Extranjero (DOLAB). Antes de firmar o pagar, compruebe que la suya tiene licencia.`,
      pt: `A maioria dos trabalhadores vietnamitas vem ao Japão por um destes dois caminhos:

- **Estágio técnico (Technical Intern Training)**: você aprende habilidades em uma empresa japonesa por um período determinado.
- **Trabalhador com habilidades específicas (SSW)**: você trabalha em um setor com falta de mão de obra depois de passar em uma prova de habilidades e uma de japonês.

As agências de envio no Vietnã precisam de licença do governo, emitida pelo Departamento de Trabalho no Exterior (DOLAB). Antes de assinar ou pagar qualquer coisa, confirme se a sua agência tem licença.`,
      id: `Sebagian besar pekerja Vietnam datang ke Jepang melalui salah satu dari dua jalur ini:

- **Pemagangan teknis (Technical Intern Training)**: Anda belajar keterampilan di perusahaan Jepang selama jangka waktu tertentu.
- **Pekerja Berketerampilan Spesifik (SSW/Tokutei Ginou)**: Anda bekerja di bidang yang kekurangan tenaga kerja setelah lulus ujian keterampilan dan ujian bahasa Jepang.

Lembaga pengirim di Vietnam wajib memiliki izin dari pemerintah, yang dikeluarkan oleh Departemen Tenaga Kerja Luar Negeri (DOLAB). Sebelum menandatangani atau membayar apa pun, pastikan lembaga Anda memiliki izin.`,
      tl: `Karamihan sa mga manggagawang Vietnamese ay pumupunta sa Japan sa isa sa dalawang paraan:

- **Technical Intern Training**: nag-aaral ka ng kasanayan sa isang kompanya sa Japan sa takdang panahon.
- **Specified Skilled Worker (SSW)**: nagtatrabaho ka sa sektor na kulang sa manggagawa matapos pumasa sa skills test at Japanese language test.

Kailangan ng lisensya mula sa gobyerno ang mga sending organization sa Vietnam. Ang Department of Overseas Labour (DOLAB) ang nagbibigay nito, kaya tiyaking may lisensya ang iyong organisasyon bago pumirma o magbayad.`,
      my: `ဗီယက်နမ်အလုပ်သမား အများစုသည် အောက်ပါနည်းလမ်း နှစ်မျိုးအနက် တစ်မျိုးဖြင့် ဂျပန်သို့ လာကြပါသည်။

- **နည်းပညာအလုပ်သင် (Technical Intern Training)**: သတ်မှတ်ထားသော ကာလအတွင်း ဂျပန်ကုမ္ပဏီတွင် ကျွမ်းကျင်မှုများကို သင်ယူရပါသည်။
- **သတ်မှတ်ကျွမ်းကျင်လုပ်သား (SSW)**: ကျွမ်းကျင်မှုစာမေးပွဲနှင့် ဂျပန်ဘာသာစာမေးပွဲ အောင်ပြီးနောက် လုပ်သားလိုအပ်နေသော လုပ်ငန်းကဏ္ဍတွင် အလုပ်လုပ်ရပါသည်။

ဗီယက်နမ်ရှိ စေလွှတ်ရေးအေဂျင်စီများသည် အစိုးရ၏ လိုင်စင် ရှိရပါမည်။ လိုင်စင်ကို ပြည်ပအလုပ်သမားရေးရာဌာန (DOLAB) က ထုတ်ပေးပါသည်။ စာချုပ်မချုပ်မီ သို့မဟုတ် ငွေမပေးမီ သင့်အေဂျင်စီတွင် လိုင်စင်ရှိမရှိ စစ်ဆေးပါ။`,
      vi: `Phần lớn người lao động Việt Nam sang Nhật theo một trong hai con đường:

- **Thực tập kỹ năng**: học kỹ năng tại một công ty Nhật Bản trong một thời hạn nhất định.
- **Kỹ năng đặc định (SSW)**: làm việc trong ngành đang thiếu nhân lực sau khi thi đỗ kỳ thi kỹ năng và kỳ thi tiếng Nhật.

Các doanh nghiệp phái cử ở Việt Nam phải có giấy phép do Cục Quản lý lao động ngoài nước (DOLAB) cấp. Trước khi ký hợp đồng hay nộp tiền, hãy kiểm tra xem doanh nghiệp của bạn có giấy phép không.`,
    },
    recruitmentFees: {
      ja: `ベトナムを出発する前に高い{手数料|てすうりょう}を払い、そのためにお金を借りる人が多くいます。ブローカーを通して{借金|しゃっきん}をすることもあります。2020年のベトナムの法改正で、日本の{雇用主|こようぬし}が費用を払う場合は労働者からお金を取ってはいけないことになり、ブローカーへの支払いも禁止されました。JP-MIRAIは、ベトナム政府、ILO、JICAなどと一緒に、労働者の手数料ゼロを目指す「ベトナム・日本 公正で倫理的な{採用|さいよう}イニシアチブ（VJ-FERI）」に取り組んでいます。

すべての費用を書面で確認し、送出機関の許可も確かめましょう。不当な手数料を払った人や借金で困っている人は、**JP-MIRAIアシスト**（0800-123-5717、{無料|むりょう}）に{相談|そうだん}してください。`,
      en: `Many workers pay high fees before leaving Vietnam and borrow money to do so, sometimes through brokers. A Vietnamese law passed in 2020 says that if the Japanese employer pays the recruitment costs, the worker must not be charged for them, and it bans payments to brokers. With the Vietnamese government, the ILO and JICA, JP-MIRAI supports the Vietnam-Japan Fair and Ethical Recruitment Initiative (VJ-FERI), which aims for zero fees for workers.

Ask for a written list of all costs and check the organisation's licence. If you paid unfair fees or are struggling with debt, call **JP-MIRAI Assist** free of charge on 0800-123-5717.`,
      zh: `许多人在离开越南前支付高额费用，并为此借钱，有时还是通过中介借的。越南2020年通过的法律规定：如果日本雇主已承担招聘费用，就不得再向劳动者收取，同时禁止向中介付款。JP-MIRAI与越南政府、国际劳工组织（ILO）、日本国际协力机构（JICA）等合作，推进以劳动者零费用为目标的“越日公平与道德招聘倡议”（VJ-FERI）。

请要求以书面形式列出全部费用，并确认派遣机构的许可。如果您被收取了不合理的费用或因债务而困扰，请免费拨打 **JP-MIRAI Assist** 电话 0800-123-5717。`,
      es: `Muchos trabajadores pagan comisiones altas antes de salir de Vietnam y piden dinero prestado para ello, a veces a través de intermediarios. Una ley vietnamita de 2020 establece que, si el empleador japonés paga los gastos de contratación, no se le pueden cobrar al trabajador, y prohíbe los pagos a intermediarios. JP-MIRAI colabora con el Gobierno de Vietnam, la OIT y JICA en la Iniciativa Vietnam-Japón de Contratación Justa y Ética (VJ-FERI), que busca que los trabajadores no paguen comisiones.

Pida por escrito la lista de todos los costos y verifique la licencia de la organización. Si le cobraron comisiones injustas o tiene problemas por deudas, llame gratis a **JP-MIRAI Assist** al 0800-123-5717.`,
      pt: `Muitos trabalhadores pagam taxas altas antes de sair do Vietnã e fazem empréstimos para isso, às vezes por meio de intermediários. Uma lei vietnamita de 2020 determina que, se o empregador japonês paga os custos de recrutamento, eles não podem ser cobrados do trabalhador, e proíbe pagamentos a intermediários. A JP-MIRAI trabalha com o governo do Vietnã, a OIT e a JICA na Iniciativa Vietnã-Japão de Recrutamento Justo e Ético (VJ-FERI), que busca taxa zero para os trabalhadores.

Peça por escrito a lista de todos os custos e confira a licença da agência. Se você pagou taxas injustas ou está com dívidas, ligue de graça para o **JP-MIRAI Assist**: 0800-123-5717.`,
      id: `Banyak pekerja membayar biaya tinggi sebelum berangkat dari Vietnam dan meminjam uang untuk itu, kadang-kadang melalui calo. Undang-undang Vietnam tahun 2020 menetapkan bahwa jika pemberi kerja di Jepang sudah membayar biaya perekrutan, biaya itu tidak boleh ditagih kepada pekerja, dan pembayaran kepada calo dilarang. Bersama pemerintah Vietnam, ILO, dan JICA, JP-MIRAI mendukung Inisiatif Perekrutan yang Adil dan Etis Vietnam-Jepang (VJ-FERI) yang bertujuan agar pekerja tidak membayar biaya apa pun.

Mintalah daftar semua biaya secara tertulis dan periksa izin lembaganya. Jika Anda dikenai biaya yang tidak adil atau kesulitan karena utang, hubungi **JP-MIRAI Assist** secara gratis di 0800-123-5717.`,
      tl: `Maraming manggagawa ang nagbabayad ng malaking fee bago umalis ng Vietnam at nangungutang para rito, minsan sa pamamagitan ng broker. Ayon sa batas ng Vietnam na ipinasa noong 2020, kapag ang employer sa Japan ang nagbayad ng gastos sa recruitment, hindi na ito puwedeng singilin sa manggagawa, at bawal ang pagbabayad sa mga broker. Kasama ang gobyerno ng Vietnam, ILO at JICA, sinusuportahan ng JP-MIRAI ang Vietnam-Japan Fair and Ethical Recruitment Initiative (VJ-FERI) para walang fee na babayaran ang mga manggagawa.

Humingi ng nakasulat na listahan ng lahat ng gastos at alamin kung may lisensya ang organisasyon. Kung siningil ka ng hindi makatarungang fee o nahihirapan ka dahil sa utang, tumawag nang libre sa **JP-MIRAI Assist**: 0800-123-5717.`,
      my: `အလုပ်သမားများစွာသည် ဗီယက်နမ်မှ မထွက်ခွာမီ ကြီးမားသော ကြေးငွေများကို ပေးဆောင်ရပြီး ထိုအတွက် ငွေချေးကြရပါသည်။ တစ်ခါတစ်ရံ ပွဲစားများမှတစ်ဆင့် ချေးကြပါသည်။ ၂၀၂၀ ပြည့်နှစ်တွင် ပြဋ္ဌာန်းခဲ့သော ဗီယက်နမ်ဥပဒေအရ ဂျပန်အလုပ်ရှင်က အလုပ်ခေါ်ယူမှုစရိတ်ကို ပေးဆောင်ပါက အလုပ်သမားထံမှ ထပ်မံ မကောက်ခံရပါ။ ပွဲစားများထံ ငွေပေးခြင်းကိုလည်း တားမြစ်ထားပါသည်။ JP-MIRAI သည် ဗီယက်နမ်အစိုးရ၊ ILO နှင့် JICA တို့နှင့်အတူ အလုပ်သမားများ ကြေးငွေ မပေးရစေရန် ရည်ရွယ်သည့် ဗီယက်နမ်-ဂျပန် တရားမျှတပြီး ကျင့်ဝတ်နှင့်ညီသော အလုပ်ခေါ်ယူရေး အစီအစဉ် (VJ-FERI) ကို ပံ့ပိုးနေပါသည်။

ကုန်ကျစရိတ်အားလုံးကို စာဖြင့် ရေးပေးရန် တောင်းဆိုပြီး အေဂျင်စီ၏ လိုင်စင်ကို စစ်ဆေးပါ။ မတရားသော ကြေးငွေ ပေးခဲ့ရပါက သို့မဟုတ် အကြွေးကြောင့် အခက်အခဲရှိပါက **JP-MIRAI Assist** (0800-123-5717) သို့ အခမဲ့ ဖုန်းဆက်ပါ။`,
      vi: `Nhiều người lao động phải trả phí cao trước khi rời Việt Nam và phải vay tiền để trả, đôi khi qua môi giới. Luật năm 2020 của Việt Nam quy định: nếu chủ sử dụng lao động Nhật Bản đã trả chi phí tuyển dụng thì không được thu khoản đó từ người lao động, đồng thời cấm trả tiền cho môi giới. JP-MIRAI cùng Chính phủ Việt Nam, ILO và JICA thúc đẩy Sáng kiến Tuyển dụng Công bằng và Có đạo đức Việt Nam – Nhật Bản (VJ-FERI), hướng tới việc người lao động không phải trả phí.

Hãy yêu cầu liệt kê mọi khoản chi phí bằng văn bản và kiểm tra giấy phép của doanh nghiệp. Nếu bạn bị thu phí bất hợp lý hoặc đang khó khăn vì nợ, hãy gọi miễn phí cho **JP-MIRAI Assist** theo số 0800-123-5717.`,
    },
    contacts: [
      {
        kind: 'embassy',
        name: {
          ja: '駐日ベトナム大使館',
          en: 'Embassy of Vietnam in Japan',
          zh: '越南驻日本大使馆',
          es: 'Embajada de Vietnam en Japón',
          pt: 'Embaixada do Vietnã no Japão',
          id: 'Kedutaan Besar Vietnam di Jepang',
          tl: 'Embahada ng Vietnam sa Japan',
          my: 'တိုကျိုမြို့ရှိ ဗီယက်နမ်သံရုံး',
          vi: 'Đại sứ quán Việt Nam tại Nhật Bản',
        },
        url: 'https://vnembassy-jp.org/',
      },
      assist,
    ],
    relatedArticles: [],
  },
  // ------------------------------------------------------------------------------------------
  {
    ...countryPage('id'),
    summary: {
      ja: 'インドネシアから日本に働きに来るしくみ、手数料について知っておきたいこと、相談先を紹介します。',
      en: 'How workers from Indonesia come to Japan, what to know about recruitment fees, and where to get help.',
      zh: '介绍印度尼西亚劳动者来日本工作的途径、关于招聘费用需要了解的事项以及咨询窗口。',
      es: 'Cómo llegan a Japón los trabajadores de Indonesia, qué saber sobre las comisiones de contratación y dónde pedir ayuda.',
      pt: 'Como os trabalhadores da Indonésia vêm ao Japão, o que saber sobre as taxas de recrutamento e onde pedir ajuda.',
      id: 'Cara pekerja dari Indonesia datang ke Jepang, hal yang perlu diketahui tentang biaya perekrutan, dan tempat meminta bantuan.',
      tl: 'Paano pumupunta sa Japan ang mga manggagawa mula sa Indonesia, ano ang dapat malaman tungkol sa recruitment fee, at saan hihingi ng tulong.',
      my: 'အင်ဒိုနီးရှားမှ အလုပ်သမားများ ဂျပန်သို့ လာရောက်ပုံ၊ အလုပ်ခေါ်ယူမှုကြေးငွေအကြောင်း သိထားသင့်သည်များနှင့် အကူအညီရယူနိုင်သည့်နေရာများ။',
      vi: 'Cách người lao động từ Indonesia sang Nhật làm việc, những điều cần biết về phí tuyển dụng và nơi nhờ hỗ trợ.',
    },
    sendingScheme: {
      ja: `インドネシアから日本へ働きに来る主な方法は2つです。

- **{技能実習|ぎのうじっしゅう}**：インドネシアで準備をしたあと、日本の会社で技能を学びます。
- **{特定技能|とくていぎのう}**：技能試験と日本語試験に合格して、日本で働きます。

{送出機関|おくりだしきかん}には、{労働省|ろうどうしょう}などインドネシア政府の{許可|きょか}が必要です。許可のある機関を選び、サインした書類はすべてコピーを持っておきましょう。`,
      en: `The two main ways to work in Japan from Indonesia are:

- **Technical Intern Training**: after preparation in Indonesia, you learn skills at a company in Japan.
- **Specified Skilled Worker (SSW)**: you work in Japan after passing a skills test and a Japanese test.

Sending organisations must be licensed by the Indonesian government, such as the Ministry of Manpower. Choose a licensed organisation and keep copies of everything you sign.`,
      zh: `从印度尼西亚来日本工作主要有两种途径：

- **技能实习**：在印尼完成准备培训后，到日本企业学习技能。
- **特定技能**：通过技能考试和日语考试后在日本工作。

派遣机构必须获得印尼政府（如人力部）的许可。请选择持有许可的机构，并保留所有签署文件的复印件。`,
      es: `Hay dos vías principales para trabajar en Japón desde Indonesia:

- **Pasantía técnica (Technical Intern Training)**: después de prepararse en Indonesia, aprende habilidades en una empresa de Japón.
- **Trabajador con habilidades específicas (SSW)**: trabaja en Japón tras aprobar un examen de habilidades y uno de japonés.

Las organizaciones de envío necesitan una licencia del Gobierno de Indonesia, por ejemplo del Ministerio de Trabajo. Elija una organización con licencia y guarde copias de todo lo que firme.`,
      pt: `Há dois caminhos principais para trabalhar no Japão saindo da Indonésia:

- **Estágio técnico (Technical Intern Training)**: depois de uma preparação na Indonésia, você aprende habilidades em uma empresa no Japão.
- **Trabalhador com habilidades específicas (SSW)**: você trabalha no Japão depois de passar em uma prova de habilidades e uma de japonês.

As agências de envio precisam de licença do governo da Indonésia, como a do Ministério do Trabalho. Escolha uma agência licenciada e guarde cópias de tudo o que assinar.`,
      id: `Ada dua jalur utama untuk bekerja di Jepang dari Indonesia:

- **Pemagangan (Technical Intern Training/Ginou Jisshu)**: setelah persiapan di Indonesia, Anda belajar keterampilan di perusahaan di Jepang.
- **Pekerja Berketerampilan Spesifik (SSW/Tokutei Ginou)**: Anda bekerja di Jepang setelah lulus ujian keterampilan dan ujian bahasa Jepang.

Lembaga pengirim wajib memiliki izin dari pemerintah Indonesia, misalnya dari Kementerian Ketenagakerjaan. Pilih lembaga yang berizin dan simpan salinan semua dokumen yang Anda tandatangani.`,
      tl: `May dalawang pangunahing paraan para makapagtrabaho sa Japan mula sa Indonesia:

- **Technical Intern Training**: pagkatapos ng paghahanda sa Indonesia, nag-aaral ka ng kasanayan sa isang kompanya sa Japan.
- **Specified Skilled Worker (SSW)**: nagtatrabaho ka sa Japan matapos pumasa sa skills test at Japanese language test.

Kailangang may lisensya ang mga sending organization mula sa gobyerno ng Indonesia, gaya ng Ministry of Manpower. Pumili ng lisensyadong organisasyon at magtabi ng kopya ng lahat ng pinirmahan mo.`,
      my: `အင်ဒိုနီးရှားမှ ဂျပန်တွင် အလုပ်လုပ်ရန် အဓိကနည်းလမ်း နှစ်မျိုးရှိပါသည်။

- **နည်းပညာအလုပ်သင် (Technical Intern Training)**: အင်ဒိုနီးရှားတွင် ပြင်ဆင်ပြီးနောက် ဂျပန်ရှိ ကုမ္ပဏီတစ်ခုတွင် ကျွမ်းကျင်မှုများကို သင်ယူရပါသည်။
- **သတ်မှတ်ကျွမ်းကျင်လုပ်သား (SSW)**: ကျွမ်းကျင်မှုစာမေးပွဲနှင့် ဂျပန်ဘာသာစာမေးပွဲ အောင်ပြီးနောက် ဂျပန်တွင် အလုပ်လုပ်ရပါသည်။

စေလွှတ်ရေးအေဂျင်စီများသည် အလုပ်သမားဝန်ကြီးဌာနကဲ့သို့သော အင်ဒိုနီးရှားအစိုးရ၏ လိုင်စင် ရှိရပါမည်။ လိုင်စင်ရှိသော အေဂျင်စီကို ရွေးချယ်ပြီး လက်မှတ်ထိုးခဲ့သော စာရွက်စာတမ်းအားလုံး၏ မိတ္တူကို သိမ်းထားပါ။`,
      vi: `Có hai con đường chính để từ Indonesia sang Nhật làm việc:

- **Thực tập kỹ năng**: sau thời gian chuẩn bị ở Indonesia, bạn học kỹ năng tại một công ty ở Nhật.
- **Kỹ năng đặc định (SSW)**: bạn làm việc tại Nhật sau khi thi đỗ kỳ thi kỹ năng và kỳ thi tiếng Nhật.

Các tổ chức phái cử phải có giấy phép của Chính phủ Indonesia, chẳng hạn của Bộ Nhân lực. Hãy chọn tổ chức có giấy phép và giữ bản sao mọi giấy tờ bạn đã ký.`,
    },
    recruitmentFees: {
      ja: `研修、書類、あっせんなどの名目で高い{手数料|てすうりょう}を求められ、{借金|しゃっきん}をして払う人がいます。JP-MIRAIは、労働者ではなく{雇用主|こようぬし}が採用の費用を払い、労働者は手数料を払わない「倫理的な{採用|さいよう}（エシカル・リクルートメント）」を進めています。

送出機関が許可を持っているか確認し、正式でないブローカーにはお金を払わないでください。不当な手数料を払った人や借金で困っている人は、**JP-MIRAIアシスト**（0800-123-5717、{無料|むりょう}）に{相談|そうだん}してください。`,
      en: `Some workers are asked for high fees for training, documents or placement, and take on debt to pay them. JP-MIRAI promotes ethical recruitment: the employer, not the worker, pays the cost of hiring, and the worker pays no recruitment fee.

Check that the organisation is licensed, and do not pay unofficial brokers. If you paid unfair fees or have debt problems, call **JP-MIRAI Assist** free of charge on 0800-123-5717.`,
      zh: `有些劳动者被要求支付高额的培训费、手续费或中介费，并为此借债。JP-MIRAI推动道德招聘：招聘费用由雇主而不是劳动者承担，劳动者不支付任何招聘费用。

请确认派遣机构持有许可，不要向非正规中介付款。如果您被收取了不合理的费用或因债务而困扰，请免费拨打 **JP-MIRAI Assist** 电话 0800-123-5717。`,
      es: `A algunos trabajadores se les piden comisiones altas por formación, documentos o colocación, y se endeudan para pagarlas. JP-MIRAI promueve la contratación ética: el empleador, y no el trabajador, paga los costos de contratación, y el trabajador no paga ninguna comisión.

Verifique que la organización tenga licencia y no pague a intermediarios no oficiales. Si pagó comisiones injustas o tiene problemas por deudas, llame gratis a **JP-MIRAI Assist** al 0800-123-5717.`,
      pt: `Alguns trabalhadores têm de pagar taxas altas por treinamento, documentos ou colocação e se endividam para isso. A JP-MIRAI promove o recrutamento ético: quem paga os custos de contratação é o empregador, não o trabalhador, e o trabalhador não paga nenhuma taxa de recrutamento.

Confira se a agência tem licença e não pague intermediários não oficiais. Se você pagou taxas injustas ou está com dívidas, ligue de graça para o **JP-MIRAI Assist**: 0800-123-5717.`,
      id: `Ada pekerja yang diminta membayar biaya tinggi untuk pelatihan, dokumen, atau penempatan, lalu berutang untuk membayarnya. JP-MIRAI mendorong perekrutan yang etis: pemberi kerja, bukan pekerja, yang menanggung biaya perekrutan, dan pekerja tidak membayar biaya perekrutan apa pun.

Pastikan lembaga pengirim memiliki izin dan jangan membayar calo tidak resmi. Jika Anda dikenai biaya yang tidak adil atau kesulitan karena utang, hubungi **JP-MIRAI Assist** secara gratis di 0800-123-5717.`,
      tl: `May mga manggagawang sinisingil ng malaking fee para sa training, dokumento o placement, at nangungutang para makabayad. Itinataguyod ng JP-MIRAI ang ethical recruitment: ang employer, hindi ang manggagawa, ang nagbabayad ng gastos sa recruitment, at walang recruitment fee na babayaran ang manggagawa.

Tiyaking may lisensya ang organisasyon at huwag magbayad sa mga hindi opisyal na broker. Kung siningil ka ng hindi makatarungang fee o nahihirapan ka dahil sa utang, tumawag nang libre sa **JP-MIRAI Assist**: 0800-123-5717.`,
      my: `အချို့အလုပ်သမားများသည် သင်တန်း၊ စာရွက်စာတမ်း သို့မဟုတ် အလုပ်နေရာချထားမှုအတွက် ကြီးမားသော ကြေးငွေ ပေးရန် တောင်းဆိုခံရပြီး ထိုငွေကို ပေးရန် အကြွေးတင်ကြရပါသည်။ JP-MIRAI သည် ကျင့်ဝတ်နှင့်ညီသော အလုပ်ခေါ်ယူမှုကို မြှင့်တင်နေပါသည်။ ယင်းတွင် အလုပ်ခေါ်ယူမှုစရိတ်ကို အလုပ်သမားက မဟုတ်ဘဲ အလုပ်ရှင်က ပေးဆောင်ပြီး အလုပ်သမားက မည်သည့်ကြေးငွေမျှ မပေးရပါ။

အေဂျင်စီတွင် လိုင်စင်ရှိမရှိ စစ်ဆေးပြီး တရားဝင်မဟုတ်သော ပွဲစားများကို ငွေမပေးပါနှင့်။ မတရားသော ကြေးငွေ ပေးခဲ့ရပါက သို့မဟုတ် အကြွေးကြောင့် အခက်အခဲရှိပါက **JP-MIRAI Assist** (0800-123-5717) သို့ အခမဲ့ ဖုန်းဆက်ပါ။`,
      vi: `Một số người lao động bị yêu cầu trả phí cao cho đào tạo, giấy tờ hoặc giới thiệu việc làm và phải vay nợ để trả. JP-MIRAI thúc đẩy tuyển dụng có đạo đức: chủ sử dụng lao động, chứ không phải người lao động, trả chi phí tuyển dụng, và người lao động không phải trả bất kỳ khoản phí tuyển dụng nào.

Hãy kiểm tra tổ chức phái cử có giấy phép hay không và đừng trả tiền cho môi giới không chính thức. Nếu bạn bị thu phí bất hợp lý hoặc đang khó khăn vì nợ, hãy gọi miễn phí cho **JP-MIRAI Assist** theo số 0800-123-5717.`,
    },
    contacts: [
      {
        kind: 'embassy',
        name: {
          ja: '駐日インドネシア共和国大使館',
          en: 'Embassy of the Republic of Indonesia in Tokyo',
          zh: '印度尼西亚驻日本大使馆',
          es: 'Embajada de Indonesia en Japón',
          pt: 'Embaixada da Indonésia no Japão',
          id: 'Kedutaan Besar Republik Indonesia (KBRI) Tokyo',
          tl: 'Embahada ng Indonesia sa Japan',
          my: 'တိုကျိုမြို့ရှိ အင်ဒိုနီးရှားသံရုံး',
          vi: 'Đại sứ quán Indonesia tại Nhật Bản',
        },
        url: 'https://kemlu.go.id/tokyo',
      },
      assist,
    ],
    relatedArticles: [],
  },
  // ------------------------------------------------------------------------------------------
  {
    ...countryPage('ph'),
    summary: {
      ja: 'フィリピンから日本に働きに来るしくみ、手数料について知っておきたいこと、相談先を紹介します。',
      en: 'How workers from the Philippines come to Japan, what to know about recruitment fees, and where to get help.',
      zh: '介绍菲律宾劳动者来日本工作的途径、关于招聘费用需要了解的事项以及咨询窗口。',
      es: 'Cómo llegan a Japón los trabajadores de Filipinas, qué saber sobre las comisiones de contratación y dónde pedir ayuda.',
      pt: 'Como os trabalhadores das Filipinas vêm ao Japão, o que saber sobre as taxas de recrutamento e onde pedir ajuda.',
      id: 'Cara pekerja dari Filipina datang ke Jepang, hal yang perlu diketahui tentang biaya perekrutan, dan tempat meminta bantuan.',
      tl: 'Paano pumupunta sa Japan ang mga manggagawa mula sa Pilipinas, ano ang dapat malaman tungkol sa recruitment fee, at saan hihingi ng tulong.',
      my: 'ဖိလစ်ပိုင်မှ အလုပ်သမားများ ဂျပန်သို့ လာရောက်ပုံ၊ အလုပ်ခေါ်ယူမှုကြေးငွေအကြောင်း သိထားသင့်သည်များနှင့် အကူအညီရယူနိုင်သည့်နေရာများ။',
      vi: 'Cách người lao động từ Philippines sang Nhật làm việc, những điều cần biết về phí tuyển dụng và nơi nhờ hỗ trợ.',
    },
    sendingScheme: {
      ja: `フィリピンからは、主に**{技能実習|ぎのうじっしゅう}**と**{特定技能|とくていぎのう}**で日本に働きに来ます。看護師や介護福祉士の候補者として、日本とフィリピンの経済連携協定（EPA）で来日する人もいます。

人材あっせん会社（エージェンシー）には、フィリピンの{移住労働者省|いじゅうろうどうしゃしょう}（DMW、以前のPOEA）の{許可|きょか}が必要です。出国前には、契約書などの書類もDMWで手続きをします。`,
      en: `Filipino workers mainly come to Japan as **technical intern trainees** or **specified skilled workers (SSW)**. Nurses and care workers can also come under the Japan-Philippines Economic Partnership Agreement (EPA).

Recruitment agencies must be licensed by the Department of Migrant Workers (DMW), which took over from the POEA. Your contract and papers also go through the DMW before you leave.`,
      zh: `菲律宾劳动者主要以**技能实习**或**特定技能**身份来日本工作。护士和护理员也可以通过日菲经济伙伴关系协定（EPA）来日。

人力中介公司必须获得菲律宾移民工人部（DMW，前身为POEA）的许可。出国前，劳动合同等文件也需经DMW办理。`,
      es: `Los trabajadores filipinos llegan a Japón sobre todo como **pasantes técnicos** o como **trabajadores con habilidades específicas (SSW)**. Enfermeros y cuidadores también pueden venir mediante el Acuerdo de Asociación Económica entre Japón y Filipinas (EPA).

Las agencias de contratación necesitan una licencia del Departamento de Trabajadores Migrantes (DMW), que sustituyó a la POEA. Antes de viajar, su contrato y sus documentos también se tramitan en el DMW.`,
      pt: `Os trabalhadores filipinos vêm ao Japão principalmente como **estagiários técnicos** ou **trabalhadores com habilidades específicas (SSW)**. Enfermeiros e cuidadores também podem vir pelo Acordo de Parceria Econômica Japão-Filipinas (EPA).

As agências de recrutamento precisam de licença do Departamento de Trabalhadores Migrantes (DMW), que substituiu a POEA. Antes da viagem, seu contrato e seus documentos também passam pelo DMW.`,
      id: `Pekerja Filipina terutama datang ke Jepang sebagai **peserta pemagangan teknis** atau **pekerja berketerampilan spesifik (SSW)**. Perawat dan pengasuh lansia juga dapat datang melalui Perjanjian Kemitraan Ekonomi Jepang-Filipina (EPA).

Agen perekrutan wajib memiliki izin dari Departemen Pekerja Migran (DMW), pengganti POEA. Sebelum berangkat, kontrak dan dokumen Anda juga diproses oleh DMW.`,
      tl: `Karaniwang pumupunta sa Japan ang mga manggagawang Pilipino bilang **technical intern trainee** o **Specified Skilled Worker (SSW)**. Puwede ring pumunta ang mga nurse at caregiver sa ilalim ng Japan-Philippines Economic Partnership Agreement (JPEPA).

Kailangang lisensyado ng Department of Migrant Workers (DMW), na pumalit sa POEA, ang mga recruitment agency. Bago ka umalis, dadaan din sa DMW ang iyong kontrata at mga dokumento.`,
      my: `ဖိလစ်ပိုင်အလုပ်သမားများသည် အဓိကအားဖြင့် **နည်းပညာအလုပ်သင်** သို့မဟုတ် **သတ်မှတ်ကျွမ်းကျင်လုပ်သား (SSW)** အဖြစ် ဂျပန်သို့ လာကြပါသည်။ သူနာပြုများနှင့် စောင့်ရှောက်ရေးဝန်ထမ်းများသည် ဂျပန်-ဖိလစ်ပိုင် စီးပွားရေးမိတ်ဖက် သဘောတူညီချက် (EPA) ဖြင့်လည်း လာနိုင်ပါသည်။

အလုပ်အကိုင်ရှာဖွေရေးအေဂျင်စီများသည် POEA နေရာကို ဆက်ခံသည့် ရွှေ့ပြောင်းအလုပ်သမားဌာန (DMW) ၏ လိုင်စင် ရှိရပါမည်။ မထွက်ခွာမီ သင့်စာချုပ်နှင့် စာရွက်စာတမ်းများကိုလည်း DMW တွင် လုပ်ဆောင်ရပါသည်။`,
      vi: `Người lao động Philippines sang Nhật chủ yếu theo diện **thực tập kỹ năng** hoặc **kỹ năng đặc định (SSW)**. Điều dưỡng và hộ lý cũng có thể sang theo Hiệp định Đối tác Kinh tế Nhật Bản – Philippines (EPA).

Các công ty tuyển dụng phải có giấy phép của Bộ Lao động Di cư (DMW), cơ quan thay thế POEA. Trước khi xuất cảnh, hợp đồng và giấy tờ của bạn cũng phải được DMW xử lý.`,
    },
    recruitmentFees: {
      ja: `違法なあっせん業者やブローカーが高い{手数料|てすうりょう}を求めることがあり、お金を借りて払う人もいます。JP-MIRAIは、{雇用主|こようぬし}が採用の費用を払い、労働者は手数料を払わない倫理的な{採用|さいよう}を進めています。

お金を払う前に、エージェンシーが許可を持っているかDMWで確認しましょう。不当な手数料を払った人や、採用のための{借金|しゃっきん}で困っている人は、**JP-MIRAIアシスト**（0800-123-5717、{無料|むりょう}）に{相談|そうだん}してください。`,
      en: `Illegal recruiters and brokers may ask for large fees, and some workers borrow money to pay them. JP-MIRAI promotes ethical recruitment: the employer pays the cost of hiring, and the worker pays no recruitment fee.

Check with the DMW that an agency is licensed before you pay anything. If you were charged unfair fees or are in debt because of recruitment, call **JP-MIRAI Assist** free of charge on 0800-123-5717.`,
      zh: `非法招聘者和中介可能索要高额费用，有些劳动者借钱支付。JP-MIRAI推动道德招聘：由雇主承担招聘费用，劳动者不支付招聘费。

付款前，请向DMW确认中介公司是否持有许可。如果您被收取了不合理的费用或因招聘而欠债，请免费拨打 **JP-MIRAI Assist** 电话 0800-123-5717。`,
      es: `Reclutadores ilegales e intermediarios pueden pedir comisiones altas, y algunos trabajadores se endeudan para pagarlas. JP-MIRAI promueve la contratación ética: el empleador paga los costos de contratación y el trabajador no paga comisiones.

Antes de pagar nada, confirme con el DMW que la agencia tiene licencia. Si le cobraron comisiones injustas o tiene deudas por su contratación, llame gratis a **JP-MIRAI Assist** al 0800-123-5717.`,
      pt: `Recrutadores ilegais e intermediários podem pedir taxas altas, e alguns trabalhadores fazem empréstimos para pagá-las. A JP-MIRAI promove o recrutamento ético: o empregador paga os custos de contratação e o trabalhador não paga taxa de recrutamento.

Antes de pagar qualquer coisa, confirme com o DMW se a agência tem licença. Se você pagou taxas injustas ou tem dívidas por causa do recrutamento, ligue de graça para o **JP-MIRAI Assist**: 0800-123-5717.`,
      id: `Perekrut ilegal dan calo bisa meminta biaya besar, dan sebagian pekerja berutang untuk membayarnya. JP-MIRAI mendorong perekrutan yang etis: pemberi kerja menanggung biaya perekrutan dan pekerja tidak membayar biaya perekrutan.

Sebelum membayar apa pun, pastikan ke DMW bahwa agen tersebut berizin. Jika Anda dikenai biaya yang tidak adil atau berutang karena proses perekrutan, hubungi **JP-MIRAI Assist** secara gratis di 0800-123-5717.`,
      tl: `Maaaring humingi ng malaking fee ang mga illegal recruiter at broker, at may mga manggagawang nangungutang para makabayad. Itinataguyod ng JP-MIRAI ang ethical recruitment: ang employer ang nagbabayad ng gastos sa recruitment, at walang recruitment fee na babayaran ang manggagawa.

Bago magbayad ng kahit ano, alamin sa DMW kung lisensyado ang agency. Kung siningil ka ng hindi makatarungang fee o nagkautang ka dahil sa recruitment, tumawag nang libre sa **JP-MIRAI Assist**: 0800-123-5717.`,
      my: `တရားမဝင် အလုပ်ခေါ်ယူသူများနှင့် ပွဲစားများက ကြီးမားသော ကြေးငွေ တောင်းတတ်ပြီး အချို့အလုပ်သမားများ ငွေချေး၍ ပေးဆောင်ကြရပါသည်။ JP-MIRAI သည် အလုပ်ရှင်က အလုပ်ခေါ်ယူမှုစရိတ်ကို ပေးဆောင်ပြီး အလုပ်သမားက ကြေးငွေ မပေးရသော ကျင့်ဝတ်နှင့်ညီသည့် အလုပ်ခေါ်ယူမှုကို မြှင့်တင်နေပါသည်။

မည်သည့်ငွေကိုမဆို မပေးမီ အေဂျင်စီတွင် လိုင်စင်ရှိမရှိ DMW တွင် စစ်ဆေးပါ။ မတရားသော ကြေးငွေ ပေးခဲ့ရပါက သို့မဟုတ် အလုပ်ခေါ်ယူမှုကြောင့် အကြွေးတင်နေပါက **JP-MIRAI Assist** (0800-123-5717) သို့ အခမဲ့ ဖုန်းဆက်ပါ။`,
      vi: `Những người tuyển dụng bất hợp pháp và môi giới có thể đòi phí cao, và một số người lao động phải vay tiền để trả. JP-MIRAI thúc đẩy tuyển dụng có đạo đức: chủ sử dụng lao động trả chi phí tuyển dụng, người lao động không phải trả phí.

Trước khi trả bất kỳ khoản tiền nào, hãy kiểm tra với DMW xem công ty có giấy phép hay không. Nếu bạn bị thu phí bất hợp lý hoặc mắc nợ vì tuyển dụng, hãy gọi miễn phí cho **JP-MIRAI Assist** theo số 0800-123-5717.`,
    },
    contacts: [
      {
        kind: 'embassy',
        name: {
          ja: '駐日フィリピン共和国大使館',
          en: 'Embassy of the Philippines in Tokyo',
          zh: '菲律宾驻日本大使馆',
          es: 'Embajada de Filipinas en Japón',
          pt: 'Embaixada das Filipinas no Japão',
          id: 'Kedutaan Besar Filipina di Jepang',
          tl: 'Embahada ng Pilipinas sa Tokyo',
          my: 'တိုကျိုမြို့ရှိ ဖိလစ်ပိုင်သံရုံး',
          vi: 'Đại sứ quán Philippines tại Nhật Bản',
        },
        url: 'https://tokyo.philembassy.net/',
      },
      assist,
    ],
    relatedArticles: [],
  },
  // ------------------------------------------------------------------------------------------
  {
    ...countryPage('mm'),
    summary: {
      ja: 'ミャンマーから日本に働きに来るしくみ、手数料について知っておきたいこと、相談先を紹介します。',
      en: 'How workers from Myanmar come to Japan, what to know about recruitment fees, and where to get help.',
      zh: '介绍缅甸劳动者来日本工作的途径、关于招聘费用需要了解的事项以及咨询窗口。',
      es: 'Cómo llegan a Japón los trabajadores de Myanmar, qué saber sobre las comisiones de contratación y dónde pedir ayuda.',
      pt: 'Como os trabalhadores de Mianmar vêm ao Japão, o que saber sobre as taxas de recrutamento e onde pedir ajuda.',
      id: 'Cara pekerja dari Myanmar datang ke Jepang, hal yang perlu diketahui tentang biaya perekrutan, dan tempat meminta bantuan.',
      tl: 'Paano pumupunta sa Japan ang mga manggagawa mula sa Myanmar, ano ang dapat malaman tungkol sa recruitment fee, at saan hihingi ng tulong.',
      my: 'မြန်မာနိုင်ငံမှ အလုပ်သမားများ ဂျပန်သို့ လာရောက်ပုံ၊ အလုပ်ခေါ်ယူမှုကြေးငွေအကြောင်း သိထားသင့်သည်များနှင့် အကူအညီရယူနိုင်သည့်နေရာများ။',
      vi: 'Cách người lao động từ Myanmar sang Nhật làm việc, những điều cần biết về phí tuyển dụng và nơi nhờ hỗ trợ.',
    },
    sendingScheme: {
      ja: `ミャンマーから日本へ働きに来る主な方法は2つです。

- **{技能実習|ぎのうじっしゅう}**：日本の会社で、決められた期間、技能を学びます。
- **{特定技能|とくていぎのう}**：技能試験と日本語試験に合格して、日本で働きます。

ミャンマーの{海外雇用|かいがいこよう}エージェンシーには、{労働省|ろうどうしょう}の{許可|きょか}が必要です。許可のあるエージェンシーだけを使い、契約書と領収書のコピーを持っておきましょう。`,
      en: `Workers from Myanmar mainly come to Japan in one of two ways:

- **Technical Intern Training**: you learn skills at a Japanese company for a set period.
- **Specified Skilled Worker (SSW)**: you work in Japan after passing a skills test and a Japanese test.

Overseas employment agencies in Myanmar need a licence from the Ministry of Labour. Use only a licensed agency, and keep copies of your contract and receipts.`,
      zh: `从缅甸来日本工作主要有两种途径：

- **技能实习**：在日本企业按规定期限学习技能。
- **特定技能**：通过技能考试和日语考试后在日本工作。

缅甸的海外就业中介必须获得劳工部的许可。请只通过持有许可的中介办理，并保留合同和收据的复印件。`,
      es: `Los trabajadores de Myanmar llegan a Japón principalmente por dos vías:

- **Pasantía técnica (Technical Intern Training)**: aprende habilidades en una empresa japonesa durante un período fijo.
- **Trabajador con habilidades específicas (SSW)**: trabaja en Japón tras aprobar un examen de habilidades y uno de japonés.

Las agencias de empleo en el extranjero de Myanmar necesitan una licencia del Ministerio de Trabajo. Use solo una agencia con licencia y guarde copias de su contrato y de los recibos.`,
      pt: `Os trabalhadores de Mianmar vêm ao Japão principalmente por dois caminhos:

- **Estágio técnico (Technical Intern Training)**: você aprende habilidades em uma empresa japonesa por um período determinado.
- **Trabalhador com habilidades específicas (SSW)**: você trabalha no Japão depois de passar em uma prova de habilidades e uma de japonês.

As agências de emprego no exterior de Mianmar precisam de licença do Ministério do Trabalho. Use só agências licenciadas e guarde cópias do contrato e dos recibos.`,
      id: `Pekerja dari Myanmar terutama datang ke Jepang melalui dua jalur:

- **Pemagangan teknis (Technical Intern Training)**: Anda belajar keterampilan di perusahaan Jepang selama jangka waktu tertentu.
- **Pekerja Berketerampilan Spesifik (SSW)**: Anda bekerja di Jepang setelah lulus ujian keterampilan dan ujian bahasa Jepang.

Agen penempatan kerja luar negeri di Myanmar wajib memiliki izin dari Kementerian Tenaga Kerja. Gunakan hanya agen yang berizin dan simpan salinan kontrak serta kuitansi Anda.`,
      tl: `May dalawang pangunahing paraan ang mga manggagawa mula sa Myanmar para makapunta sa Japan:

- **Technical Intern Training**: nag-aaral ka ng kasanayan sa isang kompanya sa Japan sa takdang panahon.
- **Specified Skilled Worker (SSW)**: nagtatrabaho ka sa Japan matapos pumasa sa skills test at Japanese language test.

Kailangan ng lisensya mula sa Ministry of Labour ang mga overseas employment agency sa Myanmar. Gumamit lamang ng lisensyadong agency, at magtabi ng kopya ng kontrata at mga resibo.`,
      my: `မြန်မာနိုင်ငံမှ ဂျပန်သို့ အလုပ်လာလုပ်ရန် အဓိကနည်းလမ်း နှစ်မျိုးရှိပါသည်။

- **နည်းပညာအလုပ်သင် (Technical Intern Training)**: သတ်မှတ်ထားသော ကာလအတွင်း ဂျပန်ကုမ္ပဏီတွင် ကျွမ်းကျင်မှုများကို သင်ယူရပါသည်။
- **သတ်မှတ်ကျွမ်းကျင်လုပ်သား (SSW)**: ကျွမ်းကျင်မှုစာမေးပွဲနှင့် ဂျပန်ဘာသာစာမေးပွဲ အောင်ပြီးနောက် ဂျပန်တွင် အလုပ်လုပ်ရပါသည်။

မြန်မာနိုင်ငံရှိ ပြည်ပအလုပ်အကိုင်ရှာဖွေရေးအေဂျင်စီများသည် အလုပ်သမားဝန်ကြီးဌာန၏ လိုင်စင် ရှိရပါမည်။ လိုင်စင်ရှိသော အေဂျင်စီကိုသာ အသုံးပြုပြီး စာချုပ်နှင့် ငွေလက်ခံဖြတ်ပိုင်းများ၏ မိတ္တူကို သိမ်းထားပါ။`,
      vi: `Người lao động Myanmar sang Nhật chủ yếu theo hai con đường:

- **Thực tập kỹ năng**: học kỹ năng tại một công ty Nhật Bản trong một thời hạn nhất định.
- **Kỹ năng đặc định (SSW)**: làm việc tại Nhật sau khi thi đỗ kỳ thi kỹ năng và kỳ thi tiếng Nhật.

Các công ty đưa người đi làm việc ở nước ngoài của Myanmar phải có giấy phép của Bộ Lao động. Chỉ nên dùng công ty có giấy phép và giữ bản sao hợp đồng cùng các biên lai.`,
    },
    recruitmentFees: {
      ja: `ブローカーが高い{手数料|てすうりょう}を求めることがあり、家族や金貸しからお金を借りて払う人も多くいます。JP-MIRAIは、{雇用主|こようぬし}が採用の費用を払う倫理的な{採用|さいよう}を進めており、イサラ・インスティテュート（Issara Institute）などの国際的なパートナーと協力して、労働者が手数料を払わない採用を目指しています。

お金を払う前に、エージェンシーが許可を持っているか確認しましょう。不当な手数料を払った人や{借金|しゃっきん}で困っている人は、**JP-MIRAIアシスト**（0800-123-5717、{無料|むりょう}）に{相談|そうだん}してください。`,
      en: `Brokers may ask for high fees, and many workers borrow from family or money lenders to pay them. JP-MIRAI promotes ethical recruitment, where the employer pays the cost of hiring, and works with international partners such as the Issara Institute towards recruitment without fees for workers.

Check that an agency is licensed before you pay anything. If you paid unfair fees or have debt problems, call **JP-MIRAI Assist** free of charge on 0800-123-5717.`,
      zh: `中介可能索要高额费用，许多劳动者向家人或放贷人借钱支付。JP-MIRAI推动由雇主承担招聘费用的道德招聘，并与Issara Institute等国际伙伴合作，努力让劳动者不再支付招聘费。

付款前，请确认中介持有许可。如果您被收取了不合理的费用或因债务而困扰，请免费拨打 **JP-MIRAI Assist** 电话 0800-123-5717。`,
      es: `Los intermediarios pueden pedir comisiones altas, y muchos trabajadores piden prestado a familiares o prestamistas para pagarlas. JP-MIRAI promueve la contratación ética, en la que el empleador paga los costos de contratación, y colabora con socios internacionales como Issara Institute para que los trabajadores no paguen comisiones.

Antes de pagar nada, verifique que la agencia tenga licencia. Si pagó comisiones injustas o tiene problemas por deudas, llame gratis a **JP-MIRAI Assist** al 0800-123-5717.`,
      pt: `Intermediários podem pedir taxas altas, e muitos trabalhadores pegam dinheiro emprestado com a família ou com agiotas para pagar. A JP-MIRAI promove o recrutamento ético, em que o empregador paga os custos de contratação, e trabalha com parceiros internacionais como o Issara Institute para que os trabalhadores não paguem taxas.

Antes de pagar qualquer coisa, confirme se a agência tem licença. Se você pagou taxas injustas ou está com dívidas, ligue de graça para o **JP-MIRAI Assist**: 0800-123-5717.`,
      id: `Calo bisa meminta biaya tinggi, dan banyak pekerja meminjam uang dari keluarga atau rentenir untuk membayarnya. JP-MIRAI mendorong perekrutan yang etis, yaitu pemberi kerja yang menanggung biaya perekrutan, dan bekerja sama dengan mitra internasional seperti Issara Institute agar pekerja tidak perlu membayar biaya perekrutan.

Sebelum membayar apa pun, pastikan agen tersebut berizin. Jika Anda dikenai biaya yang tidak adil atau kesulitan karena utang, hubungi **JP-MIRAI Assist** secara gratis di 0800-123-5717.`,
      tl: `Maaaring humingi ng malaking fee ang mga broker, at maraming manggagawa ang nangungutang sa pamilya o sa mga nagpapautang para makabayad. Itinataguyod ng JP-MIRAI ang ethical recruitment, kung saan ang employer ang nagbabayad ng gastos sa recruitment, at nakikipagtulungan ito sa mga international partner gaya ng Issara Institute para wala nang fee na babayaran ang mga manggagawa.

Bago magbayad ng kahit ano, alamin kung lisensyado ang agency. Kung siningil ka ng hindi makatarungang fee o nahihirapan ka dahil sa utang, tumawag nang libre sa **JP-MIRAI Assist**: 0800-123-5717.`,
      my: `ပွဲစားများက ကြီးမားသော ကြေးငွေ တောင်းတတ်ပြီး အလုပ်သမားများစွာသည် မိသားစု သို့မဟုတ် ငွေချေးသူများထံမှ ငွေချေး၍ ပေးဆောင်ကြရပါသည်။ JP-MIRAI သည် အလုပ်ရှင်က အလုပ်ခေါ်ယူမှုစရိတ်ကို ပေးဆောင်သော ကျင့်ဝတ်နှင့်ညီသည့် အလုပ်ခေါ်ယူမှုကို မြှင့်တင်နေပြီး အလုပ်သမားများ ကြေးငွေ မပေးရစေရန် Issara Institute ကဲ့သို့သော နိုင်ငံတကာ မိတ်ဖက်များနှင့် ပူးပေါင်းဆောင်ရွက်နေပါသည်။

မည်သည့်ငွေကိုမဆို မပေးမီ အေဂျင်စီတွင် လိုင်စင်ရှိမရှိ စစ်ဆေးပါ။ မတရားသော ကြေးငွေ ပေးခဲ့ရပါက သို့မဟုတ် အကြွေးကြောင့် အခက်အခဲရှိပါက **JP-MIRAI Assist** (0800-123-5717) သို့ အခမဲ့ ဖုန်းဆက်ပါ။`,
      vi: `Môi giới có thể đòi phí cao, và nhiều người lao động phải vay tiền của gia đình hoặc người cho vay để trả. JP-MIRAI thúc đẩy tuyển dụng có đạo đức, trong đó chủ sử dụng lao động trả chi phí tuyển dụng, và hợp tác với các đối tác quốc tế như Issara Institute để người lao động không phải trả phí.

Trước khi trả bất kỳ khoản tiền nào, hãy kiểm tra xem công ty có giấy phép hay không. Nếu bạn bị thu phí bất hợp lý hoặc đang khó khăn vì nợ, hãy gọi miễn phí cho **JP-MIRAI Assist** theo số 0800-123-5717.`,
    },
    contacts: [
      {
        kind: 'embassy',
        name: {
          ja: '駐日ミャンマー大使館',
          en: 'Embassy of Myanmar in Tokyo',
          zh: '缅甸驻日本大使馆',
          es: 'Embajada de Myanmar en Japón',
          pt: 'Embaixada de Mianmar no Japão',
          id: 'Kedutaan Besar Myanmar di Jepang',
          tl: 'Embahada ng Myanmar sa Japan',
          my: 'တိုကျိုမြို့ရှိ မြန်မာသံရုံး',
          vi: 'Đại sứ quán Myanmar tại Nhật Bản',
        },
        // No url or phone: the official address could not be confirmed for the demo.
      },
      assist,
    ],
    relatedArticles: [],
  },
  // ------------------------------------------------------------------------------------------
  {
    ...countryPage('np'),
    summary: {
      ja: 'ネパールから日本に働きに来るしくみ、手数料について知っておきたいこと、相談先を紹介します。',
      en: 'How workers from Nepal come to Japan, what to know about recruitment fees, and where to get help.',
      zh: '介绍尼泊尔劳动者来日本工作的途径、关于招聘费用需要了解的事项以及咨询窗口。',
      es: 'Cómo llegan a Japón los trabajadores de Nepal, qué saber sobre las comisiones de contratación y dónde pedir ayuda.',
      pt: 'Como os trabalhadores do Nepal vêm ao Japão, o que saber sobre as taxas de recrutamento e onde pedir ajuda.',
      id: 'Cara pekerja dari Nepal datang ke Jepang, hal yang perlu diketahui tentang biaya perekrutan, dan tempat meminta bantuan.',
      tl: 'Paano pumupunta sa Japan ang mga manggagawa mula sa Nepal, ano ang dapat malaman tungkol sa recruitment fee, at saan hihingi ng tulong.',
      my: 'နီပေါမှ အလုပ်သမားများ ဂျပန်သို့ လာရောက်ပုံ၊ အလုပ်ခေါ်ယူမှုကြေးငွေအကြောင်း သိထားသင့်သည်များနှင့် အကူအညီရယူနိုင်သည့်နေရာများ။',
      vi: 'Cách người lao động từ Nepal sang Nhật làm việc, những điều cần biết về phí tuyển dụng và nơi nhờ hỗ trợ.',
    },
    sendingScheme: {
      ja: `ネパールからは、主に**{特定技能|とくていぎのう}**（技能試験と日本語試験に合格して働く）や**{技能実習|ぎのうじっしゅう}**で日本に働きに来ます。

ネパールの人材あっせん会社には、{海外雇用局|かいがいこようきょく}の{許可|きょか}が必要です。また、海外で働く人は、出国前に政府の{労働許可|ろうどうきょか}を受けなければなりません。許可のある会社だけを使いましょう。`,
      en: `Nepali workers mainly come to Japan as **specified skilled workers (SSW)**, after passing a skills test and a Japanese test, or as **technical intern trainees**.

Recruitment agencies in Nepal are licensed by the Department of Foreign Employment, and workers need a labour permit from the government before leaving to work abroad. Use only a licensed agency.`,
      zh: `尼泊尔劳动者主要以**特定技能**（通过技能考试和日语考试后工作）或**技能实习**身份来日本工作。

尼泊尔的人力中介由海外就业局颁发许可，劳动者出国工作前还必须取得政府的劳动许可。请只通过持有许可的中介办理。`,
      es: `Los trabajadores nepalíes llegan a Japón principalmente como **trabajadores con habilidades específicas (SSW)**, tras aprobar un examen de habilidades y uno de japonés, o como **pasantes técnicos**.

El Departamento de Empleo en el Extranjero otorga las licencias a las agencias de contratación de Nepal, y los trabajadores necesitan un permiso de trabajo del Gobierno antes de salir a trabajar al extranjero. Use solo una agencia con licencia.`,
      pt: `Os trabalhadores nepaleses vêm ao Japão principalmente como **trabalhadores com habilidades específicas (SSW)**, depois de passar em uma prova de habilidades e uma de japonês, ou como **estagiários técnicos**.

As agências de recrutamento do Nepal são licenciadas pelo Departamento de Emprego no Exterior, e os trabalhadores precisam de uma autorização de trabalho do governo antes de sair para trabalhar no exterior. Use só agências licenciadas.`,
      id: `Pekerja Nepal terutama datang ke Jepang sebagai **pekerja berketerampilan spesifik (SSW)** setelah lulus ujian keterampilan dan ujian bahasa Jepang, atau sebagai **peserta pemagangan teknis**.

Agen perekrutan di Nepal mendapat izin dari Departemen Ketenagakerjaan Luar Negeri, dan pekerja wajib memperoleh izin kerja dari pemerintah sebelum berangkat bekerja ke luar negeri. Gunakan hanya agen yang berizin.`,
      tl: `Karaniwang pumupunta sa Japan ang mga manggagawang Nepali bilang **Specified Skilled Worker (SSW)**, matapos pumasa sa skills test at Japanese language test, o bilang **technical intern trainee**.

Ang Department of Foreign Employment ang nagbibigay ng lisensya sa mga recruitment agency sa Nepal, at kailangan ng manggagawa ng labour permit mula sa gobyerno bago umalis para magtrabaho sa ibang bansa. Gumamit lamang ng lisensyadong agency.`,
      my: `နီပေါအလုပ်သမားများသည် အဓိကအားဖြင့် ကျွမ်းကျင်မှုစာမေးပွဲနှင့် ဂျပန်ဘာသာစာမေးပွဲ အောင်ပြီးနောက် **သတ်မှတ်ကျွမ်းကျင်လုပ်သား (SSW)** အဖြစ် သို့မဟုတ် **နည်းပညာအလုပ်သင်** အဖြစ် ဂျပန်သို့ လာကြပါသည်။

နီပေါရှိ အလုပ်အကိုင်ရှာဖွေရေးအေဂျင်စီများကို ပြည်ပအလုပ်အကိုင်ဦးစီးဌာနက လိုင်စင်ထုတ်ပေးပြီး အလုပ်သမားများသည် ပြည်ပတွင် အလုပ်လုပ်ရန် မထွက်ခွာမီ အစိုးရ၏ အလုပ်လုပ်ခွင့်ပါမစ်ကို ရယူရပါမည်။ လိုင်စင်ရှိသော အေဂျင်စီကိုသာ အသုံးပြုပါ။`,
      vi: `Người lao động Nepal sang Nhật chủ yếu theo diện **kỹ năng đặc định (SSW)**, sau khi thi đỗ kỳ thi kỹ năng và kỳ thi tiếng Nhật, hoặc theo diện **thực tập kỹ năng**.

Các công ty tuyển dụng ở Nepal được Cục Việc làm ngoài nước cấp phép, và người lao động phải có giấy phép lao động của Chính phủ trước khi ra nước ngoài làm việc. Chỉ nên dùng công ty có giấy phép.`,
    },
    recruitmentFees: {
      ja: `エージェントやブローカーに高い{手数料|てすうりょう}を払い、高い利息でお金を借りる人が多くいます。JP-MIRAIは、{雇用主|こようぬし}が採用の費用を払い、労働者は手数料を払わない倫理的な{採用|さいよう}を進めており、イサラ・インスティテュートなどの国際的なパートナーとも協力しています。

会社が許可を持っているか確認し、お金を払ったら必ず領収書をもらいましょう。不当な手数料を払った人や{借金|しゃっきん}で困っている人は、**JP-MIRAIアシスト**（0800-123-5717、{無料|むりょう}）に{相談|そうだん}してください。`,
      en: `Many workers pay high fees to agents and brokers and borrow money at high interest. JP-MIRAI promotes ethical recruitment, where the employer pays the cost of hiring and the worker pays no recruitment fee, and works with international partners such as the Issara Institute.

Check that an agency is licensed and get a receipt for every payment. If you paid unfair fees or have debt problems, call **JP-MIRAI Assist** free of charge on 0800-123-5717.`,
      zh: `许多劳动者向代理和中介支付高额费用，并以高利息借钱。JP-MIRAI推动由雇主承担招聘费用、劳动者不付招聘费的道德招聘，并与Issara Institute等国际伙伴合作。

请确认中介持有许可，每次付款都要索取收据。如果您被收取了不合理的费用或因债务而困扰，请免费拨打 **JP-MIRAI Assist** 电话 0800-123-5717。`,
      es: `Muchos trabajadores pagan comisiones altas a agentes e intermediarios y piden préstamos con intereses altos. JP-MIRAI promueve la contratación ética, en la que el empleador paga los costos de contratación y el trabajador no paga comisiones, y colabora con socios internacionales como Issara Institute.

Verifique que la agencia tenga licencia y pida un recibo por cada pago. Si pagó comisiones injustas o tiene problemas por deudas, llame gratis a **JP-MIRAI Assist** al 0800-123-5717.`,
      pt: `Muitos trabalhadores pagam taxas altas a agentes e intermediários e fazem empréstimos com juros altos. A JP-MIRAI promove o recrutamento ético, em que o empregador paga os custos de contratação e o trabalhador não paga taxa de recrutamento, e trabalha com parceiros internacionais como o Issara Institute.

Confirme se a agência tem licença e peça recibo de cada pagamento. Se você pagou taxas injustas ou está com dívidas, ligue de graça para o **JP-MIRAI Assist**: 0800-123-5717.`,
      id: `Banyak pekerja membayar biaya tinggi kepada agen dan calo serta meminjam uang dengan bunga tinggi. JP-MIRAI mendorong perekrutan yang etis, yaitu pemberi kerja yang menanggung biaya perekrutan dan pekerja tidak membayar biaya perekrutan, serta bekerja sama dengan mitra internasional seperti Issara Institute.

Pastikan agen tersebut berizin dan mintalah kuitansi untuk setiap pembayaran. Jika Anda dikenai biaya yang tidak adil atau kesulitan karena utang, hubungi **JP-MIRAI Assist** secara gratis di 0800-123-5717.`,
      tl: `Maraming manggagawa ang nagbabayad ng malaking fee sa mga agent at broker at nangungutang nang may mataas na interes. Itinataguyod ng JP-MIRAI ang ethical recruitment, kung saan ang employer ang nagbabayad ng gastos sa recruitment at walang recruitment fee na babayaran ang manggagawa, at nakikipagtulungan ito sa mga international partner gaya ng Issara Institute.

Alamin kung lisensyado ang agency at humingi ng resibo sa bawat bayad. Kung siningil ka ng hindi makatarungang fee o nahihirapan ka dahil sa utang, tumawag nang libre sa **JP-MIRAI Assist**: 0800-123-5717.`,
      my: `အလုပ်သမားများစွာသည် အေဂျင့်များနှင့် ပွဲစားများကို ကြီးမားသော ကြေးငွေ ပေးရပြီး အတိုးနှုန်းမြင့်ဖြင့် ငွေချေးကြရပါသည်။ JP-MIRAI သည် အလုပ်ရှင်က အလုပ်ခေါ်ယူမှုစရိတ်ကို ပေးဆောင်ပြီး အလုပ်သမားက ကြေးငွေ မပေးရသော ကျင့်ဝတ်နှင့်ညီသည့် အလုပ်ခေါ်ယူမှုကို မြှင့်တင်နေပြီး Issara Institute ကဲ့သို့သော နိုင်ငံတကာ မိတ်ဖက်များနှင့်လည်း ပူးပေါင်းဆောင်ရွက်နေပါသည်။

အေဂျင်စီတွင် လိုင်စင်ရှိမရှိ စစ်ဆေးပြီး ငွေပေးတိုင်း ငွေလက်ခံဖြတ်ပိုင်း တောင်းယူပါ။ မတရားသော ကြေးငွေ ပေးခဲ့ရပါက သို့မဟုတ် အကြွေးကြောင့် အခက်အခဲရှိပါက **JP-MIRAI Assist** (0800-123-5717) သို့ အခမဲ့ ဖုန်းဆက်ပါ။`,
      vi: `Nhiều người lao động phải trả phí cao cho đại lý và môi giới, và vay tiền với lãi suất cao. JP-MIRAI thúc đẩy tuyển dụng có đạo đức, trong đó chủ sử dụng lao động trả chi phí tuyển dụng và người lao động không phải trả phí, đồng thời hợp tác với các đối tác quốc tế như Issara Institute.

Hãy kiểm tra xem công ty có giấy phép hay không và lấy biên lai cho mỗi lần trả tiền. Nếu bạn bị thu phí bất hợp lý hoặc đang khó khăn vì nợ, hãy gọi miễn phí cho **JP-MIRAI Assist** theo số 0800-123-5717.`,
    },
    contacts: [
      {
        kind: 'embassy',
        name: {
          ja: '駐日ネパール大使館',
          en: 'Embassy of Nepal in Tokyo',
          zh: '尼泊尔驻日本大使馆',
          es: 'Embajada de Nepal en Japón',
          pt: 'Embaixada do Nepal no Japão',
          id: 'Kedutaan Besar Nepal di Jepang',
          tl: 'Embahada ng Nepal sa Japan',
          my: 'တိုကျိုမြို့ရှိ နီပေါသံရုံး',
          vi: 'Đại sứ quán Nepal tại Nhật Bản',
        },
        url: 'https://jp.nepalembassy.gov.np/',
      },
      assist,
    ],
    relatedArticles: [],
  },
]
