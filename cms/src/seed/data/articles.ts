/**
 * Demo articles for the portal, in all nine public languages. Bodies use the seed markup
 * (see ../types.ts). Japanese bodies are written in short, plain sentences with furigana on
 * harder words.
 */
import type { SeedArticle } from '../types'

export const articles: SeedArticle[] = [
  // ───────────────────────────── Consultation and help ─────────────────────────────
  {
    slug: 'how-to-use-jp-mirai-assist',
    category: 'consultation-and-help',
    tags: ['consultation', 'jp-mirai-services'],
    publishedAt: '2023-07-12T10:00:00+09:00',
    videos: ['how-to-use-jp-mirai-assist'],
    image: {
      key: 'assist-consultation',
      palette: ['#1b6ca8', '#f4a261'],
      alt: {
        ja: '2つの吹き出しが線でつながっている、会話をイメージした抽象的なイラスト',
        en: 'Abstract illustration of two speech bubbles joined by a soft line, suggesting a conversation.',
        zh: '两个对话框由柔和的线条相连的抽象插图，象征交谈。',
        es: 'Ilustración abstracta de dos globos de diálogo unidos por una línea suave, que sugiere una conversación.',
        pt: 'Ilustração abstrata de dois balões de fala ligados por uma linha suave, sugerindo uma conversa.',
        id: 'Ilustrasi abstrak dua balon percakapan yang dihubungkan garis lembut, menggambarkan sebuah percakapan.',
        tl: 'Abstraktong larawan ng dalawang speech bubble na pinagdugtong ng isang linya, na sumisimbolo sa pag-uusap.',
        my: 'စကားပြောကွက်နှစ်ခုကို မျဉ်းတစ်ကြောင်းဖြင့် ဆက်ထားပြီး စကားပြောဆိုခြင်းကို ဖော်ပြသည့် စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng hai bong bóng hội thoại nối với nhau bằng một đường mềm mại, gợi hình ảnh cuộc trò chuyện.',
      },
    },
    title: {
      ja: '無料で相談できる「JP-MIRAIアシスト」の使い方',
      en: 'How to use JP-MIRAI Assist, a free consultation service',
      zh: '如何使用免费咨询服务“JP-MIRAI Assist”',
      es: 'Cómo usar JP-MIRAI Assist, el servicio de consultas gratuito',
      pt: 'Como usar o JP-MIRAI Assist, serviço gratuito de consultas',
      id: 'Cara menggunakan JP-MIRAI Assist, layanan konsultasi gratis',
      tl: 'Paano gamitin ang JP-MIRAI Assist, isang libreng konsultasyon',
      my: 'အခမဲ့ တိုင်ပင်ဆွေးနွေးနိုင်သည့် JP-MIRAI Assist ကို အသုံးပြုနည်း',
      vi: 'Cách sử dụng JP-MIRAI Assist – dịch vụ tư vấn miễn phí',
    },
    summary: {
      ja: 'JP-MIRAIアシストは、日本にいる外国人のための無料の相談窓口です。仕事、生活、在留資格などについて、電話・メール・チャットで、いろいろな言葉で相談できます。',
      en: 'JP-MIRAI Assist is a free consultation service for foreign nationals in Japan. You can talk about work, daily life, residence status and more, by phone, email or chat, in many languages.',
      zh: 'JP-MIRAI Assist是面向在日外国人的免费咨询服务。工作、生活、在留资格等问题，都可以通过电话、邮件或在线聊天，用多种语言咨询。',
      es: 'JP-MIRAI Assist es un servicio gratuito de consultas para personas extranjeras en Japón. Puede consultar sobre trabajo, vida diaria, estatus de residencia y más, por teléfono, correo electrónico o chat, en muchos idiomas.',
      pt: 'O JP-MIRAI Assist é um serviço gratuito de consultas para estrangeiros no Japão. Você pode falar sobre trabalho, vida diária, status de residência e outros assuntos, por telefone, e-mail ou chat, em vários idiomas.',
      id: 'JP-MIRAI Assist adalah layanan konsultasi gratis untuk warga asing di Jepang. Anda bisa berkonsultasi tentang pekerjaan, kehidupan sehari-hari, status tinggal, dan lainnya lewat telepon, email, atau chat dalam banyak bahasa.',
      tl: 'Ang JP-MIRAI Assist ay libreng serbisyo ng konsultasyon para sa mga dayuhan sa Japan. Puwede kang magtanong tungkol sa trabaho, pang-araw-araw na buhay, residence status at iba pa, sa telepono, email o chat, sa maraming wika.',
      my: 'JP-MIRAI Assist သည် ဂျပန်ရှိ နိုင်ငံခြားသားများအတွက် အခမဲ့ တိုင်ပင်ဆွေးနွေးမှု ဝန်ဆောင်မှုဖြစ်သည်။ အလုပ်၊ နေ့စဉ်ဘဝ၊ နေထိုင်ခွင့်အဆင့်အတန်း စသည်တို့အကြောင်း ဖုန်း၊ အီးမေးလ်၊ ချတ်ဖြင့် ဘာသာစကားများစွာဖြင့် တိုင်ပင်နိုင်သည်။',
      vi: 'JP-MIRAI Assist là dịch vụ tư vấn miễn phí dành cho người nước ngoài tại Nhật. Bạn có thể hỏi về công việc, cuộc sống, tư cách lưu trú và nhiều vấn đề khác qua điện thoại, email hoặc chat bằng nhiều ngôn ngữ.',
    },
    body: {
      ja: `JP-MIRAIアシストは、日本に{住|す}む外国人のための{相談|そうだん}{窓口|まどぐち}です。2022年5月に始まりました。相談は**無料**です。

## どんなことを相談できますか

- 仕事：{給料|きゅうりょう}、{残業|ざんぎょう}、ハラスメント、{解雇|かいこ}（仕事をやめさせられること）
- {在留|ざいりゅう}{資格|しかく}：{更新|こうしん}や{変更|へんこう}
- 生活：家、スマホの{契約|けいやく}、家族のこと
- 病院、{福祉|ふくし}、子どもの学校

## どうやって相談しますか

電話、メール、チャットで相談できます。日本語をふくめて21の言葉で話せます。JP-MIRAIのアプリかウェブサイトで「アシスト」を{選|えら}んでください。{受付|うけつけ}は火曜日から土曜日の10時から18時です。{最新|さいしん}の時間はアプリで{確認|かくにん}してください。

{難|むずか}しい問題のときは、{解決|かいけつ}するまで{相談員|そうだんいん}がいっしょに{考|かんが}えます。{必要|ひつよう}なときは、{弁護士|べんごし}や{行政書士|ぎょうせいしょし}、{支援|しえん}{団体|だんたい}とも{協力|きょうりょく}します。問題があるかどうかわからないときは、まず[セーフティ（セルフチェック）](articles:jp-mirai-safety-self-check)をためしてください。[使い方の動画](videos:how-to-use-jp-mirai-assist)もあります。`,
      en: `JP-MIRAI Assist is a consultation service for foreign nationals who live in Japan. JP-MIRAI started it in May 2022, and it is **free**.

## What can I ask about?

- Work: wages, overtime, harassment, losing your job
- Residence status: renewing or changing your status
- Daily life: housing, phone contracts, family problems
- Medical care, welfare and your children's schooling

## How do I get in touch?

You can use phone, email or chat. Consultations are available in 21 languages, including Japanese. Open the JP-MIRAI portal app or website and choose "Assist". It is open from Tuesday to Saturday, 10:00 to 18:00 (check the latest hours in the app).

If your problem is difficult, the staff will keep supporting you until it is solved. When needed, they work with lawyers, immigration paperwork specialists (gyoseishoshi) and support organisations. Not sure whether you have a problem? Try the [safety self-check](articles:jp-mirai-safety-self-check) first, or watch the [video guide](videos:how-to-use-jp-mirai-assist).`,
      zh: `JP-MIRAI Assist是面向在日外国人的咨询窗口，由JP-MIRAI于2022年5月开设，**完全免费**。

## 可以咨询什么？

- 工作：工资、加班、职场骚扰、被解雇
- 在留资格：更新或变更
- 生活：住房、手机合同、家庭问题
- 医疗、福利、孩子上学

## 如何咨询？

可以通过电话、邮件或在线聊天咨询，包括日语在内共支持21种语言。请打开JP-MIRAI门户网站或App，选择“Assist”。受理时间为周二至周六10:00至18:00，最新时间请在App中确认。

遇到复杂的问题时，咨询员会一直陪伴您，直到问题解决；必要时还会与律师、行政书士及支援机构合作。如果不确定自己是否遇到了问题，可以先做一下[安全自查](articles:jp-mirai-safety-self-check)，也可以观看[使用方法视频](videos:how-to-use-jp-mirai-assist)。`,
      es: `JP-MIRAI Assist es un servicio de consultas para personas extranjeras que viven en Japón. JP-MIRAI lo puso en marcha en mayo de 2022 y es **gratuito**.

## ¿Sobre qué puedo consultar?

- Trabajo: salario, horas extra, acoso, despido
- Estatus de residencia: renovación o cambio
- Vida diaria: vivienda, contratos de teléfono, problemas familiares
- Atención médica, bienestar social y la escuela de sus hijos

## ¿Cómo me comunico?

Puede consultar por teléfono, correo electrónico o chat. Hay atención en 21 idiomas, incluido el japonés. Abra la aplicación o el sitio web del portal JP-MIRAI y elija "Assist". El horario es de martes a sábado, de 10:00 a 18:00 (confirme el horario actualizado en la aplicación).

Si su problema es complicado, el personal le dará seguimiento hasta que se resuelva y, si hace falta, colaborará con abogados, especialistas en trámites migratorios (gyoseishoshi) y organizaciones de apoyo. Si no está seguro de tener un problema, haga primero la [autoevaluación de seguridad](articles:jp-mirai-safety-self-check) o vea el [video explicativo](videos:how-to-use-jp-mirai-assist).`,
      pt: `O JP-MIRAI Assist é um serviço de consultas para estrangeiros que moram no Japão. Foi criado pela JP-MIRAI em maio de 2022 e é **gratuito**.

## Sobre o que posso perguntar?

- Trabalho: salário, hora extra, assédio, demissão
- Status de residência: renovação ou mudança
- Vida diária: moradia, contrato de celular, problemas familiares
- Atendimento médico, assistência social e a escola dos filhos

## Como entrar em contato?

Você pode usar telefone, e-mail ou chat. O atendimento é feito em 21 idiomas, incluindo o japonês. Abra o aplicativo ou o site do portal JP-MIRAI e escolha "Assist". O horário é de terça a sábado, das 10h às 18h (confira o horário atualizado no aplicativo).

Se o problema for difícil, a equipe acompanha você até a solução e, quando necessário, trabalha junto com advogados, especialistas em trâmites de visto (gyoseishoshi) e organizações de apoio. Se não tiver certeza de que tem um problema, faça primeiro a [autoavaliação de segurança](articles:jp-mirai-safety-self-check) ou assista ao [vídeo explicativo](videos:how-to-use-jp-mirai-assist).`,
      id: `JP-MIRAI Assist adalah layanan konsultasi bagi warga asing yang tinggal di Jepang. Layanan ini dibuka oleh JP-MIRAI pada Mei 2022 dan **gratis**.

## Apa saja yang bisa dikonsultasikan?

- Pekerjaan: upah, lembur, pelecehan, pemutusan hubungan kerja (PHK)
- Status tinggal: perpanjangan atau perubahan status
- Kehidupan sehari-hari: tempat tinggal, kontrak ponsel, masalah keluarga
- Layanan medis, kesejahteraan sosial, dan sekolah anak

## Bagaimana cara menghubunginya?

Anda bisa menggunakan telepon, email, atau chat. Konsultasi tersedia dalam 21 bahasa, termasuk bahasa Jepang. Buka aplikasi atau situs portal JP-MIRAI, lalu pilih "Assist". Jam layanan adalah Selasa sampai Sabtu, pukul 10.00–18.00 (cek jam terbaru di aplikasi).

Jika masalahnya sulit, petugas akan terus mendampingi Anda sampai masalah selesai. Bila perlu, mereka bekerja sama dengan pengacara, ahli urusan izin tinggal (gyoseishoshi), dan organisasi pendukung. Kalau Anda tidak yakin apakah sedang punya masalah, coba dulu [cek mandiri keselamatan](articles:jp-mirai-safety-self-check) atau tonton [video panduannya](videos:how-to-use-jp-mirai-assist).`,
      tl: `Ang JP-MIRAI Assist ay serbisyo ng konsultasyon para sa mga dayuhang nakatira sa Japan. Sinimulan ito ng JP-MIRAI noong Mayo 2022, at **libre** ito.

## Ano ang puwede kong itanong?

- Trabaho: sahod, overtime, harassment, pagkatanggal sa trabaho
- Residence status: pag-renew o pagpapalit ng status
- Pang-araw-araw na buhay: tirahan, kontrata ng cellphone, problema sa pamilya
- Pagpapagamot, welfare at pag-aaral ng mga anak

## Paano ako kokontak?

Puwede kang tumawag, mag-email o mag-chat. May konsultasyon sa 21 wika, kasama ang Japanese. Buksan ang app o website ng JP-MIRAI portal at piliin ang "Assist". Bukas ito mula Martes hanggang Sabado, 10:00 hanggang 18:00 (tingnan ang pinakabagong oras sa app).

Kung mahirap ang problema mo, tutulungan ka ng staff hanggang sa maayos ito. Kapag kailangan, nakikipagtulungan sila sa mga abogado, mga espesyalista sa visa (gyoseishoshi) at mga support organization. Kung hindi ka sigurado kung may problema ka, subukan muna ang [safety self-check](articles:jp-mirai-safety-self-check) o panoorin ang [video na gabay](videos:how-to-use-jp-mirai-assist).`,
      my: `JP-MIRAI Assist သည် ဂျပန်တွင် နေထိုင်သော နိုင်ငံခြားသားများအတွက် တိုင်ပင်ဆွေးနွေးမှု ဝန်ဆောင်မှုဖြစ်သည်။ JP-MIRAI က ၂၀၂၂ ခုနှစ် မေလတွင် စတင်ခဲ့ပြီး **အခမဲ့** ဖြစ်သည်။

## ဘာတွေကို တိုင်ပင်နိုင်သလဲ

- အလုပ်: လုပ်ခလစာ၊ အချိန်ပို၊ နှောင့်ယှက်ခံရခြင်း၊ အလုပ်ထုတ်ခံရခြင်း
- နေထိုင်ခွင့်အဆင့်အတန်း: သက်တမ်းတိုးခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း
- နေ့စဉ်ဘဝ: နေအိမ်၊ ဖုန်းစာချုပ်၊ မိသားစုပြဿနာ
- ဆေးကုသမှု၊ လူမှုဖူလုံရေးနှင့် ကလေးများ၏ ကျောင်းပညာရေး

## ဘယ်လို ဆက်သွယ်ရမလဲ

ဖုန်း၊ အီးမေးလ် သို့မဟုတ် ချတ်ဖြင့် ဆက်သွယ်နိုင်သည်။ ဂျပန်ဘာသာအပါအဝင် ဘာသာစကား ၂၁ မျိုးဖြင့် တိုင်ပင်နိုင်သည်။ JP-MIRAI ပေါ်တယ်၏ အက်ပ် သို့မဟုတ် ဝက်ဘ်ဆိုက်ကို ဖွင့်ပြီး "Assist" ကို ရွေးပါ။ ဖွင့်ချိန်မှာ အင်္ဂါနေ့မှ စနေနေ့အထိ ၁၀:၀၀ မှ ၁၈:၀၀ အထိ ဖြစ်သည် (နောက်ဆုံးအချိန်ကို အက်ပ်တွင် စစ်ဆေးပါ)။

ခက်ခဲသော ပြဿနာဖြစ်ပါက ဖြေရှင်းပြီးသည်အထိ ဝန်ထမ်းများက ဆက်လက် ကူညီပေးမည်။ လိုအပ်လျှင် ရှေ့နေများ၊ ဗီဇာလုပ်ငန်းစဉ် ကျွမ်းကျင်သူများ (gyoseishoshi) နှင့် အကူအညီပေးအဖွဲ့အစည်းများနှင့် ပူးပေါင်းဆောင်ရွက်သည်။ ပြဿနာရှိမရှိ မသေချာလျှင် [ဘေးကင်းရေး ကိုယ်တိုင်စစ်ဆေးခြင်း](articles:jp-mirai-safety-self-check) ကို အရင်စမ်းကြည့်ပါ သို့မဟုတ် [လမ်းညွှန်ဗီဒီယို](videos:how-to-use-jp-mirai-assist) ကို ကြည့်ပါ။`,
      vi: `JP-MIRAI Assist là dịch vụ tư vấn dành cho người nước ngoài đang sống tại Nhật Bản. Dịch vụ do JP-MIRAI mở từ tháng 5 năm 2022 và **hoàn toàn miễn phí**.

## Tôi có thể hỏi về những gì?

- Công việc: tiền lương, làm thêm giờ, quấy rối, bị sa thải
- Tư cách lưu trú: gia hạn hoặc chuyển đổi tư cách
- Cuộc sống: nhà ở, hợp đồng điện thoại, vấn đề gia đình
- Khám chữa bệnh, phúc lợi xã hội và việc học của con cái

## Liên hệ như thế nào?

Bạn có thể gọi điện, gửi email hoặc chat. Dịch vụ hỗ trợ 21 ngôn ngữ, trong đó có tiếng Nhật. Hãy mở ứng dụng hoặc trang web của cổng thông tin JP-MIRAI và chọn "Assist". Giờ tiếp nhận là từ thứ Ba đến thứ Bảy, 10:00–18:00 (vui lòng xem giờ mới nhất trên ứng dụng).

Nếu vấn đề phức tạp, nhân viên tư vấn sẽ đồng hành cùng bạn cho đến khi giải quyết xong. Khi cần, họ phối hợp với luật sư, chuyên viên thủ tục hành chính (gyoseishoshi) và các tổ chức hỗ trợ. Nếu chưa chắc mình có gặp vấn đề hay không, hãy thử [tự kiểm tra an toàn](articles:jp-mirai-safety-self-check) trước, hoặc xem [video hướng dẫn](videos:how-to-use-jp-mirai-assist).`,
    },
  },
  {
    slug: 'where-to-get-help',
    category: 'consultation-and-help',
    tags: ['consultation', 'emergency'],
    publishedAt: '2026-02-02T10:00:00+09:00',
    videos: ['how-to-use-jp-mirai-assist'],
    title: {
      ja: '困ったときの相談先',
      en: 'Where to get help when you have a problem',
      zh: '遇到困难时可以咨询的地方',
      es: 'Dónde pedir ayuda si tiene un problema',
      pt: 'Onde pedir ajuda quando você tem um problema',
      id: 'Tempat meminta bantuan saat menghadapi masalah',
      tl: 'Saan hihingi ng tulong kapag may problema',
      my: 'ပြဿနာရှိသည့်အခါ အကူအညီ တောင်းနိုင်သည့်နေရာများ',
      vi: 'Nơi nhờ giúp đỡ khi gặp khó khăn',
    },
    summary: {
      ja: '仕事、在留資格、法律の問題、きゅうなときに相談できる、公的な窓口や無料の窓口をまとめました。',
      en: 'A list of public and free services you can contact about work, residence, legal problems and emergencies.',
      zh: '汇总了可以咨询工作、在留资格、法律问题及紧急情况的公共和免费窗口。',
      es: 'Una lista de servicios públicos y gratuitos a los que puede acudir por temas de trabajo, residencia, problemas legales y emergencias.',
      pt: 'Uma lista de serviços públicos e gratuitos para procurar em caso de problemas de trabalho, residência, questões legais e emergências.',
      id: 'Daftar layanan publik dan gratis yang bisa dihubungi untuk masalah pekerjaan, izin tinggal, hukum, dan keadaan darurat.',
      tl: 'Listahan ng mga pampubliko at libreng serbisyo na puwede mong lapitan tungkol sa trabaho, residence status, legal na problema at emergency.',
      my: 'အလုပ်၊ နေထိုင်ခွင့်၊ ဥပဒေရေးရာပြဿနာနှင့် အရေးပေါ်ကိစ္စများအတွက် ဆက်သွယ်နိုင်သည့် အစိုးရနှင့် အခမဲ့ ဝန်ဆောင်မှုများစာရင်း။',
      vi: 'Danh sách các dịch vụ công và miễn phí bạn có thể liên hệ về công việc, lưu trú, vấn đề pháp lý và trường hợp khẩn cấp.',
    },
    body: {
      ja: `困ったことは、ひとりでかかえないでください。次の{窓口|まどぐち}は{無料|むりょう}です。あなたの言葉で相談できるところも多いです。

## 仕事のこと

- **労働基準監督署**：{給料|きゅうりょう}がはらわれない、働く時間が長すぎる、仕事中のけがなど。{都道府県|とどうふけん}の{労働局|ろうどうきょく}には、外国人のための相談コーナーもあります。
- **外国人技能実習機構（OTIT）**：{技能|ぎのう}{実習生|じっしゅうせい}のための{母国語|ぼこくご}の相談があります。

## {在留|ざいりゅう}{資格|しかく}と生活のこと

- **外国人在留支援センター（FRESC）**：東京の{四谷|よつや}にあります。外国人のための国の窓口がいくつも集まっています。
- **市役所や国際交流協会**：生活のこと、日本語教室、町のルールなど。
- **法テラス（日本司法支援センター）**：{法律|ほうりつ}の問題について、{情報|じょうほう}や相談先を教えてくれます。{多言語|たげんご}のサービスもあります。

## きゅうなとき

{警察|けいさつ}は**110**、{救急車|きゅうきゅうしゃ}と{消防|しょうぼう}は**119**に電話します。

## JP-MIRAIアシスト

どこに相談したらいいかわからないときは、まず[JP-MIRAIアシスト](articles:how-to-use-jp-mirai-assist)へ。無料で、21の言葉で、仕事や生活の相談にのります。{必要|ひつよう}なときは、ほかの窓口につなぎます。[使い方の動画](videos:how-to-use-jp-mirai-assist)もあります。`,
      en: `You do not have to deal with problems alone. These services are free, and many of them can help you in your language.

## Work

- **Labour Standards Inspection Office** (rodo kijun kantokusho): unpaid wages, very long working hours, accidents at work. Prefectural labour bureaus also have consultation corners for foreign workers.
- **Organization for Technical Intern Training (OTIT)**: support in your own language for technical intern trainees.

## Residence and daily life

- **Foreign Residents Support Center (FRESC)** in Yotsuya, Tokyo: several government offices for foreign residents in one place.
- **Your city office or local international association**: daily life, Japanese classes, local rules.
- **Japan Legal Support Center (Houterasu)**: information about legal problems and where to get legal advice, with a multilingual service.

## Emergencies

Call **110** for the police, and **119** for an ambulance or the fire service.

## JP-MIRAI Assist

If you do not know where to go, start with [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist). It is free, helps with work and daily-life problems in 21 languages, and can put you in touch with the right office. Watch [how it works](videos:how-to-use-jp-mirai-assist).`,
      zh: `遇到问题不必一个人扛。以下窗口都是免费的，很多都可以用您的母语咨询。

## 工作方面

- **劳动基准监督署**：拖欠工资、工作时间过长、工伤等。各都道府县劳动局还设有外国劳动者咨询窗口。
- **外国人技能实习机构（OTIT）**：为技能实习生提供母语咨询。

## 在留资格与生活方面

- **外国人在留支援中心（FRESC）**：位于东京四谷，汇集了多个面向外国人的政府窗口。
- **市区町村政府或国际交流协会**：生活问题、日语教室、当地规则等。
- **日本司法支援中心（法テラス）**：提供法律问题的相关信息并介绍咨询窗口，设有多语言服务。

## 紧急情况

报警请拨打**110**，叫救护车或消防请拨打**119**。

## JP-MIRAI Assist

不知道该找哪里时，请先联系[JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist)。它免费提供21种语言的工作和生活咨询，必要时还会帮您联系合适的窗口。也可以观看[使用方法视频](videos:how-to-use-jp-mirai-assist)。`,
      es: `No tiene que enfrentar sus problemas sin ayuda. Estos servicios son gratuitos y muchos pueden atenderle en su idioma.

## Trabajo

- **Oficina de Inspección de Normas Laborales** (rōdō kijun kantokusho): salarios impagos, jornadas demasiado largas, accidentes de trabajo. Las oficinas de trabajo de cada prefectura también tienen ventanillas de consulta para trabajadores extranjeros.
- **Organización para la Capacitación Técnica de Extranjeros (OTIT)**: atención en su idioma para aprendices técnicos.

## Residencia y vida diaria

- **Centro de Apoyo a Residentes Extranjeros (FRESC)**, en Yotsuya (Tokio): reúne en un solo lugar varias oficinas del gobierno para residentes extranjeros.
- **Su municipalidad o la asociación internacional local**: vida diaria, clases de japonés, normas locales.
- **Centro de Apoyo Legal de Japón (Hōterasu)**: información sobre problemas legales y dónde recibir asesoría, con servicio en varios idiomas.

## Emergencias

Llame al **110** para la policía y al **119** para una ambulancia o los bomberos.

## JP-MIRAI Assist

Si no sabe adónde ir, empiece por [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist). Es gratuito, atiende problemas de trabajo y de la vida diaria en 21 idiomas y puede ponerle en contacto con la oficina adecuada. Vea [cómo funciona](videos:how-to-use-jp-mirai-assist).`,
      pt: `Você não precisa enfrentar seus problemas sem ajuda. Estes serviços são gratuitos, e muitos atendem no seu idioma.

## Trabalho

- **Escritório de Inspeção de Normas Trabalhistas** (rōdō kijun kantokusho): salários não pagos, jornadas longas demais, acidentes de trabalho. Os departamentos de trabalho de cada província também têm balcões de atendimento para trabalhadores estrangeiros.
- **Organização para Treinamento Técnico de Estrangeiros (OTIT)**: atendimento no idioma nativo para estagiários técnicos.

## Residência e vida diária

- **Centro de Apoio a Residentes Estrangeiros (FRESC)**, em Yotsuya, Tóquio: reúne vários órgãos do governo para estrangeiros em um só lugar.
- **Prefeitura ou associação internacional da sua cidade**: vida diária, aulas de japonês, regras locais.
- **Centro de Apoio Jurídico do Japão (Hōterasu)**: informações sobre problemas jurídicos e onde conseguir orientação, com atendimento em vários idiomas.

## Emergências

Ligue **110** para a polícia e **119** para ambulância ou bombeiros.

## JP-MIRAI Assist

Se não souber aonde ir, comece pelo [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist). É gratuito, atende problemas de trabalho e do dia a dia em 21 idiomas e pode encaminhar você ao órgão certo. Veja [como funciona](videos:how-to-use-jp-mirai-assist).`,
      id: `Anda tidak perlu menghadapi masalah sendirian. Layanan berikut gratis, dan banyak yang bisa melayani dalam bahasa Anda.

## Pekerjaan

- **Kantor Pengawas Standar Ketenagakerjaan** (roudou kijun kantokusho): upah tidak dibayar, jam kerja terlalu panjang, kecelakaan kerja. Biro tenaga kerja di setiap prefektur juga memiliki layanan konsultasi untuk pekerja asing.
- **Organisasi Pelatihan Magang Teknis (OTIT)**: konsultasi dalam bahasa ibu untuk peserta magang teknis.

## Izin tinggal dan kehidupan sehari-hari

- **Pusat Dukungan Warga Asing (FRESC)** di Yotsuya, Tokyo: berbagai kantor pemerintah untuk warga asing berkumpul di satu tempat.
- **Kantor kota atau asosiasi internasional setempat**: kehidupan sehari-hari, kelas bahasa Jepang, aturan setempat.
- **Pusat Bantuan Hukum Jepang (Houterasu)**: informasi tentang masalah hukum dan tempat mendapatkan nasihat hukum, dengan layanan multibahasa.

## Keadaan darurat

Telepon **110** untuk polisi, dan **119** untuk ambulans atau pemadam kebakaran.

## JP-MIRAI Assist

Jika tidak tahu harus ke mana, mulailah dari [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist). Layanan ini gratis, menangani masalah pekerjaan dan kehidupan sehari-hari dalam 21 bahasa, dan bisa menghubungkan Anda dengan kantor yang tepat. Tonton [cara kerjanya](videos:how-to-use-jp-mirai-assist).`,
      tl: `Hindi mo kailangang harapin nang mag-isa ang problema. Libre ang mga serbisyong ito, at marami sa kanila ang makakatulong sa sarili mong wika.

## Trabaho

- **Labour Standards Inspection Office** (rodo kijun kantokusho): hindi ibinayad na sahod, sobrang habang oras ng trabaho, aksidente sa trabaho. May consultation corner din para sa mga dayuhang manggagawa ang labour bureau ng bawat prefecture.
- **Organization for Technical Intern Training (OTIT)**: konsultasyon sa sariling wika para sa mga technical intern trainee.

## Residence status at pang-araw-araw na buhay

- **Foreign Residents Support Center (FRESC)** sa Yotsuya, Tokyo: iba't ibang opisina ng gobyerno para sa mga dayuhan sa iisang lugar.
- **City office o lokal na international association**: pang-araw-araw na buhay, klase ng Nihongo, lokal na patakaran.
- **Japan Legal Support Center (Houterasu)**: impormasyon tungkol sa legal na problema at kung saan makakakuha ng legal na payo, may serbisyo sa iba't ibang wika.

## Emergency

Tumawag sa **110** para sa pulis, at sa **119** para sa ambulansya o bumbero.

## JP-MIRAI Assist

Kung hindi mo alam kung saan pupunta, magsimula sa [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist). Libre ito, tumutulong sa mga problema sa trabaho at araw-araw na buhay sa 21 wika, at puwede kang ikonekta sa tamang opisina. Panoorin kung [paano ito gumagana](videos:how-to-use-jp-mirai-assist).`,
      my: `ပြဿနာများကို တစ်ယောက်တည်း ရင်မဆိုင်ပါနှင့်။ အောက်ပါ ဝန်ဆောင်မှုများသည် အခမဲ့ဖြစ်ပြီး အများစုမှာ သင့်ဘာသာစကားဖြင့် ကူညီနိုင်သည်။

## အလုပ်ကိစ္စ

- **အလုပ်သမားစံနှုန်း စစ်ဆေးရေးရုံး** (rodo kijun kantokusho): လုပ်ခမပေးခြင်း၊ အလုပ်ချိန် အလွန်ရှည်ခြင်း၊ အလုပ်ခွင်မတော်တဆမှု စသည်။ ခရိုင်အလုပ်သမားဗျူရိုများတွင်လည်း နိုင်ငံခြားသား အလုပ်သမားများအတွက် တိုင်ပင်ရေးဌာန ရှိသည်။
- **နိုင်ငံခြားသား နည်းပညာသင်တန်းအဖွဲ့ (OTIT)**: နည်းပညာသင်တန်းသားများအတွက် မိခင်ဘာသာဖြင့် တိုင်ပင်နိုင်သည်။

## နေထိုင်ခွင့်နှင့် နေ့စဉ်ဘဝ

- **နိုင်ငံခြားသား နေထိုင်သူများ ထောက်ပံ့ရေးစင်တာ (FRESC)**: တိုကျိုမြို့ Yotsuya တွင် ရှိပြီး နိုင်ငံခြားသားများအတွက် အစိုးရဌာနများစွာကို တစ်နေရာတည်းတွင် စုစည်းထားသည်။
- **မြို့ရုံး သို့မဟုတ် ဒေသဆိုင်ရာ နိုင်ငံတကာချစ်ကြည်ရေးအသင်း**: နေ့စဉ်ဘဝ၊ ဂျပန်စာသင်တန်း၊ ဒေသစည်းမျဉ်းများ။
- **ဂျပန်ဥပဒေရေးရာ အထောက်အပံ့စင်တာ (Houterasu)**: ဥပဒေရေးရာပြဿနာများနှင့် အကြံဉာဏ်ရယူနိုင်သည့်နေရာများအကြောင်း သတင်းအချက်အလက်ပေးပြီး ဘာသာစကားများစွာဖြင့် ဝန်ဆောင်မှု ရှိသည်။

## အရေးပေါ်အခြေအနေ

ရဲအတွက် **110**၊ လူနာတင်ယာဉ် သို့မဟုတ် မီးသတ်အတွက် **119** ကို ခေါ်ပါ။

## JP-MIRAI Assist

ဘယ်ကို သွားရမှန်း မသိလျှင် [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) မှ စတင်ပါ။ အခမဲ့ဖြစ်ပြီး အလုပ်နှင့် နေ့စဉ်ဘဝပြဿနာများကို ဘာသာစကား ၂၁ မျိုးဖြင့် ကူညီကာ သင့်လျော်သောဌာနနှင့်လည်း ချိတ်ဆက်ပေးနိုင်သည်။ [အသုံးပြုပုံ ဗီဒီယို](videos:how-to-use-jp-mirai-assist) ကို ကြည့်ပါ။`,
      vi: `Bạn không phải một mình đối mặt với khó khăn. Các dịch vụ dưới đây đều miễn phí, và nhiều nơi có thể hỗ trợ bằng tiếng mẹ đẻ của bạn.

## Công việc

- **Văn phòng Giám sát Tiêu chuẩn Lao động** (rodo kijun kantokusho): không được trả lương, làm việc quá nhiều giờ, tai nạn lao động. Cục Lao động của mỗi tỉnh cũng có quầy tư vấn dành cho lao động nước ngoài.
- **Tổ chức Thực tập Kỹ năng Người nước ngoài (OTIT)**: tư vấn bằng tiếng mẹ đẻ cho thực tập sinh kỹ năng.

## Lưu trú và cuộc sống

- **Trung tâm Hỗ trợ Lưu trú cho Người nước ngoài (FRESC)** ở Yotsuya, Tokyo: nơi tập trung nhiều cơ quan nhà nước dành cho người nước ngoài.
- **Tòa thị chính hoặc hiệp hội giao lưu quốc tế địa phương**: cuộc sống hằng ngày, lớp tiếng Nhật, quy định địa phương.
- **Trung tâm Hỗ trợ Tư pháp Nhật Bản (Houterasu)**: cung cấp thông tin về vấn đề pháp lý và nơi tư vấn, có dịch vụ đa ngôn ngữ.

## Khi khẩn cấp

Gọi **110** để báo cảnh sát, **119** để gọi xe cấp cứu hoặc cứu hỏa.

## JP-MIRAI Assist

Nếu không biết nên đến đâu, hãy bắt đầu với [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist). Dịch vụ miễn phí, hỗ trợ các vấn đề công việc và cuộc sống bằng 21 ngôn ngữ và có thể kết nối bạn với cơ quan phù hợp. Xem [video hướng dẫn](videos:how-to-use-jp-mirai-assist).`,
    },
  },

  // ───────────────────────────── Your rights and protection ─────────────────────────────
  {
    slug: 'jp-mirai-safety-self-check',
    category: 'rights-and-protection',
    tags: ['human-rights', 'jp-mirai-services', 'consultation'],
    publishedAt: '2023-06-20T10:00:00+09:00',
    image: {
      key: 'safety-self-check',
      palette: ['#2a9d8f', '#e9c46a'],
      alt: {
        ja: '盾とチェックリストを組み合わせた抽象的なイラスト',
        en: 'Abstract illustration of a shield and a checklist with tick marks.',
        zh: '盾牌与打勾清单组合而成的抽象插图。',
        es: 'Ilustración abstracta de un escudo y una lista con marcas de verificación.',
        pt: 'Ilustração abstrata de um escudo e uma lista com marcas de verificação.',
        id: 'Ilustrasi abstrak perisai dan daftar periksa dengan tanda centang.',
        tl: 'Abstraktong larawan ng isang kalasag at checklist na may mga tsek.',
        my: 'ဒိုင်းလွှားနှင့် အမှန်ခြစ်ထားသော စစ်ဆေးစာရင်းကို ပေါင်းစပ်ထားသည့် စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng một chiếc khiên và danh sách kiểm tra có dấu tích.',
      },
    },
    title: {
      ja: '「JP-MIRAIセーフティ」で仕事と生活をセルフチェック',
      en: 'Check your work and living conditions with JP-MIRAI Safety',
      zh: '用“JP-MIRAI Safety”自查工作和生活环境',
      es: 'Revise sus condiciones de trabajo y de vida con JP-MIRAI Safety',
      pt: 'Verifique suas condições de trabalho e de vida com o JP-MIRAI Safety',
      id: 'Periksa kondisi kerja dan hidup Anda dengan JP-MIRAI Safety',
      tl: 'Suriin ang iyong kalagayan sa trabaho at pamumuhay gamit ang JP-MIRAI Safety',
      my: 'JP-MIRAI Safety ဖြင့် သင့်အလုပ်နှင့် နေထိုင်မှုအခြေအနေကို စစ်ဆေးပါ',
      vi: 'Tự kiểm tra môi trường làm việc và sinh hoạt với JP-MIRAI Safety',
    },
    summary: {
      ja: 'JP-MIRAIセーフティは無料のセルフチェックです。かんたんな質問に5〜10分で答えると、仕事や生活であなたの権利が守られているかがわかります。',
      en: 'JP-MIRAI Safety is a free online self-check. Answer simple questions in about 5 to 10 minutes to find out whether your rights are being violated at work or in daily life.',
      zh: 'JP-MIRAI Safety是免费的在线自查工具。只需花5到10分钟回答简单的问题，就能了解自己在工作和生活中的权利是否受到侵害。',
      es: 'JP-MIRAI Safety es una autoevaluación gratuita en línea. Responda preguntas sencillas en unos 5 a 10 minutos y sepa si se están violando sus derechos en el trabajo o en la vida diaria.',
      pt: 'O JP-MIRAI Safety é uma autoavaliação on-line gratuita. Responda a perguntas simples em cerca de 5 a 10 minutos e descubra se seus direitos estão sendo violados no trabalho ou no dia a dia.',
      id: 'JP-MIRAI Safety adalah alat cek mandiri online yang gratis. Jawab pertanyaan sederhana selama sekitar 5–10 menit untuk mengetahui apakah hak Anda dilanggar di tempat kerja atau dalam kehidupan sehari-hari.',
      tl: 'Ang JP-MIRAI Safety ay libreng online na self-check. Sagutin ang mga simpleng tanong sa loob ng mga 5 hanggang 10 minuto para malaman kung nilalabag ang iyong mga karapatan sa trabaho o sa araw-araw na buhay.',
      my: 'JP-MIRAI Safety သည် အခမဲ့ အွန်လိုင်း ကိုယ်တိုင်စစ်ဆေးနိုင်သည့် ကိရိယာဖြစ်သည်။ ရိုးရှင်းသော မေးခွန်းများကို ၅ မိနစ်မှ ၁၀ မိနစ်ခန့် ဖြေဆိုခြင်းဖြင့် အလုပ်နှင့် နေ့စဉ်ဘဝတွင် သင့်အခွင့်အရေး ချိုးဖောက်ခံနေရခြင်း ရှိမရှိ သိနိုင်သည်။',
      vi: 'JP-MIRAI Safety là công cụ tự kiểm tra trực tuyến miễn phí. Chỉ cần trả lời các câu hỏi đơn giản trong khoảng 5–10 phút, bạn sẽ biết quyền lợi của mình trong công việc và cuộc sống có bị xâm phạm hay không.',
    },
    body: {
      ja: `JP-MIRAIセーフティは、2023年6月に始まったオンラインのツールです。日本での仕事や生活について、かんたんな{質問|しつもん}に答えます。問題がないか、自分でチェックできます。{無料|むりょう}で、9つの言葉で使えます。

## 質問の{例|れい}

- 1か月の{残業|ざんぎょう}が45時間より多い
- {給料|きゅうりょう}や残業代が全部はらわれていない
- {有給|ゆうきゅう}{休暇|きゅうか}を取らせてもらえなかった
- {在留|ざいりゅう}カード、パスポート、{通帳|つうちょう}をほかの人が持っている
- {労働|ろうどう}{組合|くみあい}に入ることや、相談することを{止|と}められた

{人権|じんけん}の問題や、大きな{法律|ほうりつ}{違反|いはん}かもしれない{項目|こうもく}にチェックすると、{説明|せつめい}のリンクが出ます。**あなたの答えは会社に伝わりません。**

問題があると思ったら、{最後|さいご}の質問にチェックしてください。[JP-MIRAIアシスト](articles:how-to-use-jp-mirai-assist)が、あなたの言葉で、無料で相談にのります。[会社がしてはいけないこと](articles:things-your-employer-must-not-do)も読んでください。`,
      en: `JP-MIRAI launched JP-MIRAI Safety in June 2023. It is an online tool for migrant workers: you answer simple questions about your work and your life in Japan, and it helps you see whether something is wrong. It is free and available in nine languages.

## Examples of questions

- Do you do more than 45 hours of overtime a month?
- Has part of your wages or overtime pay not been paid?
- Were you stopped from taking paid leave?
- Does someone else keep your residence card, passport or bank book?
- Were you stopped from joining a labour union or from asking for advice?

If you tick a question that may point to a human rights problem or a serious breach of the law, the tool shows a link that explains the rules. **Your answers are not shared with your company.**

If you think you have a problem, tick the last question to ask for a consultation. [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) will help you for free, in your language. See also [Things your employer must not do](articles:things-your-employer-must-not-do).`,
      zh: `JP-MIRAI于2023年6月推出了“JP-MIRAI Safety”，这是面向外国劳动者的在线工具。您只需回答有关在日本工作和生活的简单问题，就能自己检查是否存在问题。工具免费，支持9种语言。

## 问题示例

- 每月加班超过45小时
- 工资或加班费没有全部支付
- 不让您休带薪年假
- 在留卡、护照或存折被别人保管
- 被禁止加入工会或寻求咨询

如果您勾选了可能涉及人权问题或严重违法的项目，工具会显示说明相关规定的链接。**您的回答不会告知公司。**

如果您认为自己遇到了问题，请勾选最后一个问题申请咨询。[JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist)会用您的语言免费为您提供帮助。另请阅读[公司不能做的事](articles:things-your-employer-must-not-do)。`,
      es: `JP-MIRAI lanzó JP-MIRAI Safety en junio de 2023. Es una herramienta en línea para trabajadores migrantes: usted responde preguntas sencillas sobre su trabajo y su vida en Japón, y la herramienta le ayuda a ver si hay algún problema. Es gratuita y está disponible en nueve idiomas.

## Ejemplos de preguntas

- ¿Hace más de 45 horas extra al mes?
- ¿No le han pagado todo su salario o sus horas extra?
- ¿Le impidieron tomar vacaciones pagadas?
- ¿Otra persona guarda su tarjeta de residencia, su pasaporte o su libreta bancaria?
- ¿Le impidieron afiliarse a un sindicato o pedir consejo?

Si marca una pregunta que puede indicar un problema de derechos humanos o una violación grave de la ley, aparecerá un enlace que explica las normas. **Sus respuestas no se comunican a su empresa.**

Si cree que tiene un problema, marque la última pregunta para pedir una consulta. [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) le ayudará gratis y en su idioma. Lea también [Lo que su empleador no puede hacer](articles:things-your-employer-must-not-do).`,
      pt: `A JP-MIRAI lançou o JP-MIRAI Safety em junho de 2023. É uma ferramenta on-line para trabalhadores migrantes: você responde a perguntas simples sobre seu trabalho e sua vida no Japão, e a ferramenta ajuda a ver se há algo errado. É gratuita e está disponível em nove idiomas.

## Exemplos de perguntas

- Você faz mais de 45 horas extras por mês?
- Parte do seu salário ou das horas extras não foi paga?
- Impediram você de tirar férias remuneradas?
- Outra pessoa guarda seu cartão de residência, passaporte ou caderneta bancária?
- Impediram você de entrar em um sindicato ou de pedir orientação?

Se você marcar uma pergunta que pode indicar um problema de direitos humanos ou uma violação grave da lei, aparece um link explicando as regras. **Suas respostas não são repassadas à empresa.**

Se achar que tem um problema, marque a última pergunta para pedir uma consulta. O [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) ajuda você de graça, no seu idioma. Leia também [O que o empregador não pode fazer](articles:things-your-employer-must-not-do).`,
      id: `JP-MIRAI meluncurkan JP-MIRAI Safety pada Juni 2023. Ini adalah alat online untuk pekerja migran: Anda menjawab pertanyaan sederhana tentang pekerjaan dan kehidupan Anda di Jepang, lalu alat ini membantu Anda melihat apakah ada masalah. Alat ini gratis dan tersedia dalam sembilan bahasa.

## Contoh pertanyaan

- Apakah lembur Anda lebih dari 45 jam per bulan?
- Apakah sebagian upah atau upah lembur Anda tidak dibayar?
- Apakah Anda dilarang mengambil cuti berbayar?
- Apakah kartu izin tinggal, paspor, atau buku tabungan Anda dipegang orang lain?
- Apakah Anda dilarang masuk serikat pekerja atau meminta nasihat?

Jika Anda mencentang pertanyaan yang mungkin menunjukkan masalah hak asasi manusia atau pelanggaran hukum yang serius, akan muncul tautan yang menjelaskan aturannya. **Jawaban Anda tidak diberitahukan kepada perusahaan.**

Jika merasa punya masalah, centang pertanyaan terakhir untuk meminta konsultasi. [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) akan membantu Anda secara gratis dalam bahasa Anda. Baca juga [Hal-hal yang tidak boleh dilakukan perusahaan](articles:things-your-employer-must-not-do).`,
      tl: `Sinimulan ng JP-MIRAI ang JP-MIRAI Safety noong Hunyo 2023. Isa itong online tool para sa mga migrant worker: sasagutin mo ang mga simpleng tanong tungkol sa iyong trabaho at buhay sa Japan, at tutulungan ka nitong makita kung may mali. Libre ito at magagamit sa siyam na wika.

## Halimbawa ng mga tanong

- Lampas ba sa 45 oras kada buwan ang overtime mo?
- May bahagi ba ng sahod o overtime pay mo na hindi ibinayad?
- Pinigilan ka bang mag-paid leave?
- May ibang tao bang may hawak ng iyong residence card, pasaporte o bankbook?
- Pinigilan ka bang sumali sa labor union o humingi ng payo?

Kapag nag-tsek ka sa tanong na maaaring tumutukoy sa problema sa karapatang pantao o malubhang paglabag sa batas, lalabas ang isang link na nagpapaliwanag ng mga patakaran. **Hindi ipinapaalam sa kompanya mo ang iyong mga sagot.**

Kung sa tingin mo ay may problema ka, i-tsek ang huling tanong para humiling ng konsultasyon. Tutulungan ka ng [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) nang libre at sa sarili mong wika. Basahin din ang [Mga bagay na bawal gawin ng employer](articles:things-your-employer-must-not-do).`,
      my: `JP-MIRAI သည် ၂၀၂၃ ခုနှစ် ဇွန်လတွင် JP-MIRAI Safety ကို စတင်ခဲ့သည်။ ၎င်းသည် ရွှေ့ပြောင်းအလုပ်သမားများအတွက် အွန်လိုင်းကိရိယာဖြစ်သည်။ ဂျပန်ရှိ သင့်အလုပ်နှင့် နေထိုင်မှုအကြောင်း ရိုးရှင်းသော မေးခွန်းများကို ဖြေဆိုခြင်းဖြင့် ပြဿနာရှိမရှိ ကိုယ်တိုင် စစ်ဆေးနိုင်သည်။ အခမဲ့ဖြစ်ပြီး ဘာသာစကား ၉ မျိုးဖြင့် အသုံးပြုနိုင်သည်။

## မေးခွန်း ဥပမာများ

- တစ်လလျှင် အချိန်ပို ၄၅ နာရီထက် ပိုလုပ်နေရသလား။
- လုပ်ခလစာ သို့မဟုတ် အချိန်ပိုလုပ်ခ တချို့ကို မပေးဘဲ ရှိနေသလား။
- လစာပြည့်ခွင့် ယူခြင်းကို တားခဲ့သလား။
- သင့်နေထိုင်ခွင့်ကတ်၊ နိုင်ငံကူးလက်မှတ် သို့မဟုတ် ဘဏ်စာအုပ်ကို အခြားသူက သိမ်းထားသလား။
- အလုပ်သမားသမဂ္ဂ ဝင်ခြင်း သို့မဟုတ် အကြံဉာဏ်တောင်းခြင်းကို တားခဲ့သလား။

လူ့အခွင့်အရေးပြဿနာ သို့မဟုတ် ပြင်းထန်သော ဥပဒေချိုးဖောက်မှု ဖြစ်နိုင်သည့် မေးခွန်းကို အမှန်ခြစ်ပါက သက်ဆိုင်ရာ စည်းမျဉ်းများကို ရှင်းပြသည့် လင့်ခ် ပေါ်လာမည်။ **သင့်အဖြေများကို ကုမ္ပဏီသို့ အသိပေးမည် မဟုတ်ပါ။**

ပြဿနာရှိသည်ဟု ထင်လျှင် နောက်ဆုံးမေးခွန်းကို အမှန်ခြစ်ပြီး တိုင်ပင်ဆွေးနွေးမှု တောင်းဆိုပါ။ [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) က သင့်ဘာသာစကားဖြင့် အခမဲ့ ကူညီပေးမည်။ [အလုပ်ရှင် မလုပ်ရသည့်အရာများ](articles:things-your-employer-must-not-do) ကိုလည်း ဖတ်ပါ။`,
      vi: `JP-MIRAI ra mắt JP-MIRAI Safety vào tháng 6 năm 2023. Đây là công cụ trực tuyến dành cho lao động nước ngoài: bạn trả lời các câu hỏi đơn giản về công việc và cuộc sống ở Nhật, công cụ sẽ giúp bạn nhận ra nếu có điều gì không ổn. Công cụ miễn phí và có 9 ngôn ngữ.

## Ví dụ câu hỏi

- Bạn làm thêm giờ hơn 45 tiếng mỗi tháng?
- Một phần tiền lương hoặc tiền làm thêm giờ chưa được trả?
- Bạn bị ngăn cản nghỉ phép có lương?
- Người khác đang giữ thẻ lưu trú, hộ chiếu hoặc sổ ngân hàng của bạn?
- Bạn bị cấm tham gia công đoàn hoặc đi hỏi ý kiến tư vấn?

Nếu bạn đánh dấu vào câu hỏi có thể liên quan đến vấn đề nhân quyền hoặc vi phạm pháp luật nghiêm trọng, sẽ hiện ra đường link giải thích các quy định. **Câu trả lời của bạn không được thông báo cho công ty.**

Nếu thấy mình có vấn đề, hãy đánh dấu vào câu hỏi cuối cùng để yêu cầu tư vấn. [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) sẽ hỗ trợ bạn miễn phí bằng ngôn ngữ của bạn. Hãy đọc thêm bài [Những điều công ty không được làm](articles:things-your-employer-must-not-do).`,
    },
  },
  {
    slug: 'things-your-employer-must-not-do',
    category: 'rights-and-protection',
    tags: ['human-rights', 'wages'],
    publishedAt: '2024-05-15T10:00:00+09:00',
    countries: ['vn', 'id', 'ph', 'mm', 'np'],
    videos: ['your-rights-at-work'],
    title: {
      ja: '会社がしてはいけないこと',
      en: 'Things your employer must not do',
      zh: '公司不能做的事',
      es: 'Lo que su empleador no puede hacer',
      pt: 'O que o empregador não pode fazer',
      id: 'Hal-hal yang tidak boleh dilakukan perusahaan',
      tl: 'Mga bagay na bawal gawin ng employer',
      my: 'အလုပ်ရှင် မလုပ်ရသည့်အရာများ',
      vi: 'Những điều công ty không được làm',
    },
    summary: {
      ja: '日本の法律は、外国人の働く人も守ります。パスポートを取り上げる、やめるときに罰金をとるなど、会社がしてはいけないことを知りましょう。',
      en: 'Japanese law protects foreign workers too. Learn which practices are not allowed, such as keeping your passport or making you pay a penalty for quitting.',
      zh: '日本法律同样保护外国劳动者。了解哪些做法是不被允许的，例如扣留护照或辞职时要求支付违约金。',
      es: 'Las leyes japonesas también protegen a los trabajadores extranjeros. Conozca qué prácticas están prohibidas, como quedarse con su pasaporte o cobrarle una multa por renunciar.',
      pt: 'As leis japonesas também protegem os trabalhadores estrangeiros. Saiba quais práticas são proibidas, como ficar com seu passaporte ou cobrar multa se você pedir demissão.',
      id: 'Hukum Jepang juga melindungi pekerja asing. Ketahui praktik yang dilarang, seperti menahan paspor Anda atau meminta denda saat Anda berhenti kerja.',
      tl: 'Pinoprotektahan din ng batas ng Japan ang mga dayuhang manggagawa. Alamin kung ano ang bawal, gaya ng pagkuha ng pasaporte mo o paniningil ng multa kapag umalis ka sa trabaho.',
      my: 'ဂျပန်ဥပဒေသည် နိုင်ငံခြားသား အလုပ်သမားများကိုလည်း ကာကွယ်ပေးသည်။ နိုင်ငံကူးလက်မှတ် သိမ်းထားခြင်း၊ အလုပ်ထွက်လျှင် ဒဏ်ကြေးတောင်းခြင်း စသည့် ခွင့်မပြုထားသော အလေ့အထများကို သိထားပါ။',
      vi: 'Pháp luật Nhật Bản cũng bảo vệ lao động nước ngoài. Hãy biết những việc bị cấm, như giữ hộ chiếu của bạn hay bắt bạn nộp tiền phạt khi nghỉ việc.',
    },
    body: {
      ja: `日本の{労働|ろうどう}の{法律|ほうりつ}は、{国籍|こくせき}や{在留|ざいりゅう}{資格|しかく}に関係なく、日本で働くすべての人を{守|まも}ります。会社、{監理|かんり}{団体|だんたい}、{仲介|ちゅうかい}する人は、次のことをしてはいけません。

- あなたがいやなのに、パスポートや在留カードを{預|あず}かる
- 仕事をやめるときに{罰金|ばっきん}をはらわせる。{契約|けいやく}で罰金を決めておく
- 給料の一部を、むりやり{貯金|ちょきん}させて、会社が{管理|かんり}する
- {外出|がいしゅつ}、スマホを使うこと、会社の外の人と話すことを{禁止|きんし}する
- たたく、おどす、ハラスメントをする
- {妊娠|にんしん}や{出産|しゅっさん}を{理由|りゆう}に、やめさせたり、国に帰らせたりする

仕事を{紹介|しょうかい}してもらうためのお金（{手数料|てすうりょう}）も問題です。「{倫理的|りんりてき}な{採用|さいよう}（エシカル・リクルートメント）」の考え方では、働く人は手数料をはらいません。会社がはらいます。国によってルールがちがうので、[ベトナム](countries:vietnam)、[インドネシア](countries:indonesia)、[フィリピン](countries:philippines)、[ミャンマー](countries:myanmar)、[ネパール](countries:nepal)のページを見てください。

こういうことがあったら、日にち、メッセージ、写真などの{記録|きろく}を{残|のこ}して、相談してください。{労働|ろうどう}{基準|きじゅん}{監督署|かんとくしょ}や[JP-MIRAIアシスト](articles:how-to-use-jp-mirai-assist)に相談できます。`,
      en: `Japanese labour law protects everyone who works in Japan, whatever their nationality or residence status. Your employer, supervising organisation or broker must not:

- Keep your passport or residence card against your will
- Make you pay a penalty if you quit, or fix such a penalty in your contract
- Force you to put part of your wages into savings that they control
- Stop you from going out, using your phone or talking to people outside the company
- Hit you, threaten you or harass you
- Fire you or send you home because you are pregnant or have given birth

Recruitment fees are a problem too. Under the principle of ethical recruitment, workers should not pay fees to get a job; the employer should pay. Rules and fees differ from country to country, so check the pages for [Vietnam](countries:vietnam), [Indonesia](countries:indonesia), [the Philippines](countries:philippines), [Myanmar](countries:myanmar) and [Nepal](countries:nepal).

If any of this happens to you, keep a record (dates, messages, photos) and ask for help. You can contact the Labour Standards Inspection Office or [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      zh: `日本的劳动法律保护所有在日本工作的人，与国籍和在留资格无关。公司、监理团体或中介不得做以下事情：

- 违背您的意愿扣留护照或在留卡
- 辞职时要求您支付罚款，或在合同中事先约定这类罚款
- 强迫您把部分工资存入由他们管理的储蓄
- 禁止您外出、使用手机或与公司以外的人交流
- 殴打、威胁或骚扰您
- 因怀孕或生育而解雇您或让您回国

招聘费用也是一个问题。按照“道德招聘”原则，劳动者不应为找工作支付费用，而应由雇主承担。各国的规定和费用不同，请查看[越南](countries:vietnam)、[印度尼西亚](countries:indonesia)、[菲律宾](countries:philippines)、[缅甸](countries:myanmar)和[尼泊尔](countries:nepal)的页面。

如果遇到上述情况，请保留日期、聊天记录、照片等记录，并寻求帮助。您可以咨询劳动基准监督署或[JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist)。`,
      es: `Las leyes laborales de Japón protegen a todas las personas que trabajan en el país, sin importar su nacionalidad ni su estatus de residencia. Su empleador, la organización supervisora o un intermediario no pueden:

- Quedarse con su pasaporte o tarjeta de residencia contra su voluntad
- Cobrarle una multa si renuncia, ni incluir esa multa en su contrato
- Obligarle a ahorrar parte de su salario en una cuenta que ellos controlan
- Prohibirle salir, usar su teléfono o hablar con personas de fuera de la empresa
- Golpearle, amenazarle o acosarle
- Despedirle o enviarle a su país por estar embarazada o haber dado a luz

Los cobros por contratación también son un problema. Según el principio de contratación ética, los trabajadores no deben pagar comisiones para conseguir empleo: debe pagarlas el empleador. Las normas y los cobros varían según el país; consulte las páginas de [Vietnam](countries:vietnam), [Indonesia](countries:indonesia), [Filipinas](countries:philippines), [Myanmar](countries:myanmar) y [Nepal](countries:nepal).

Si le ocurre algo de esto, guarde pruebas (fechas, mensajes, fotos) y pida ayuda. Puede acudir a la Oficina de Inspección de Normas Laborales o a [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      pt: `As leis trabalhistas do Japão protegem todas as pessoas que trabalham no país, seja qual for a nacionalidade ou o status de residência. O empregador, a organização supervisora ou um intermediário não podem:

- Ficar com seu passaporte ou cartão de residência contra a sua vontade
- Cobrar multa se você pedir demissão, nem colocar essa multa no contrato
- Obrigar você a guardar parte do salário numa poupança controlada por eles
- Proibir você de sair, de usar o celular ou de conversar com pessoas de fora da empresa
- Bater, ameaçar ou assediar você
- Demitir você ou mandar você de volta ao seu país por causa de gravidez ou parto

As taxas de recrutamento também são um problema. Pelo princípio do recrutamento ético, o trabalhador não deve pagar taxas para conseguir emprego: quem paga é o empregador. As regras e os valores mudam de país para país; veja as páginas sobre [Vietnã](countries:vietnam), [Indonésia](countries:indonesia), [Filipinas](countries:philippines), [Mianmar](countries:myanmar) e [Nepal](countries:nepal).

Se algo assim acontecer com você, guarde registros (datas, mensagens, fotos) e peça ajuda. Você pode procurar o Escritório de Inspeção de Normas Trabalhistas ou o [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      id: `Hukum ketenagakerjaan Jepang melindungi semua orang yang bekerja di Jepang, apa pun kewarganegaraan dan status tinggalnya. Perusahaan, lembaga pengawas (kanri dantai), atau perantara tidak boleh:

- Menahan paspor atau kartu izin tinggal Anda tanpa persetujuan Anda
- Meminta denda jika Anda berhenti kerja, atau mencantumkan denda itu dalam kontrak
- Memaksa Anda menabung sebagian upah di tabungan yang mereka kelola
- Melarang Anda keluar, memakai ponsel, atau berbicara dengan orang di luar perusahaan
- Memukul, mengancam, atau melecehkan Anda
- Memecat atau memulangkan Anda karena hamil atau melahirkan

Biaya rekrutmen juga menjadi masalah. Menurut prinsip rekrutmen yang etis, pekerja tidak seharusnya membayar biaya untuk mendapatkan pekerjaan; yang membayar adalah pemberi kerja. Aturan dan biayanya berbeda di setiap negara. Lihat halaman [Vietnam](countries:vietnam), [Indonesia](countries:indonesia), [Filipina](countries:philippines), [Myanmar](countries:myanmar), dan [Nepal](countries:nepal).

Jika hal-hal ini terjadi pada Anda, simpan catatan (tanggal, pesan, foto) dan mintalah bantuan. Anda bisa menghubungi Kantor Pengawas Standar Ketenagakerjaan atau [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      tl: `Pinoprotektahan ng mga batas sa paggawa ng Japan ang lahat ng nagtatrabaho sa Japan, anuman ang nasyonalidad o residence status. Bawal gawin ng employer, supervising organization o broker ang mga sumusunod:

- Hawakan ang pasaporte o residence card mo nang labag sa iyong kagustuhan
- Pagbayarin ka ng multa kapag umalis ka sa trabaho, o isulat ang ganitong multa sa kontrata
- Pilitin kang ipunin ang bahagi ng sahod mo sa savings na sila ang may hawak
- Pagbawalan kang lumabas, gumamit ng cellphone o makipag-usap sa mga taong hindi taga-kompanya
- Saktan, takutin o i-harass ka
- Tanggalin ka sa trabaho o pauwiin dahil buntis ka o nanganak

Problema rin ang recruitment fees. Ayon sa prinsipyo ng ethical recruitment, hindi dapat magbayad ang manggagawa para makakuha ng trabaho; ang employer ang dapat magbayad. Iba-iba ang patakaran at bayarin sa bawat bansa, kaya tingnan ang mga pahina ng [Vietnam](countries:vietnam), [Indonesia](countries:indonesia), [Pilipinas](countries:philippines), [Myanmar](countries:myanmar) at [Nepal](countries:nepal).

Kung mangyari sa iyo ang alinman dito, magtabi ng record (petsa, mensahe, litrato) at humingi ng tulong. Puwede kang lumapit sa Labour Standards Inspection Office o sa [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      my: `ဂျပန်၏ အလုပ်သမားဥပဒေများသည် နိုင်ငံသားနှင့် နေထိုင်ခွင့်အဆင့်အတန်းမရွေး ဂျပန်တွင် အလုပ်လုပ်သူအားလုံးကို ကာကွယ်ပေးသည်။ အလုပ်ရှင်၊ ကြီးကြပ်ရေးအဖွဲ့ (kanri dantai) သို့မဟုတ် ပွဲစားများသည် အောက်ပါတို့ကို မလုပ်ရပါ။

- သင့်ဆန္ဒမပါဘဲ နိုင်ငံကူးလက်မှတ် သို့မဟုတ် နေထိုင်ခွင့်ကတ်ကို သိမ်းထားခြင်း
- အလုပ်ထွက်လျှင် ဒဏ်ကြေးပေးခိုင်းခြင်း သို့မဟုတ် ထိုဒဏ်ကြေးကို စာချုပ်တွင် သတ်မှတ်ထားခြင်း
- လုပ်ခလစာ၏ တစ်စိတ်တစ်ပိုင်းကို သူတို့စီမံသော စုငွေထဲသို့ အတင်းထည့်ခိုင်းခြင်း
- အပြင်ထွက်ခြင်း၊ ဖုန်းသုံးခြင်း၊ ကုမ္ပဏီပြင်ပမှလူများနှင့် စကားပြောခြင်းကို တားမြစ်ခြင်း
- ရိုက်နှက်ခြင်း၊ ခြိမ်းခြောက်ခြင်း၊ နှောင့်ယှက်ခြင်း
- ကိုယ်ဝန်ရှိခြင်း သို့မဟုတ် ကလေးမွေးခြင်းကြောင့် အလုပ်ထုတ်ခြင်း သို့မဟုတ် နိုင်ငံပြန်ခိုင်းခြင်း

အလုပ်ရရန် ပေးရသော ပွဲခလည်း ပြဿနာတစ်ခုဖြစ်သည်။ ကျင့်ဝတ်နှင့်ညီသော အလုပ်ခေါ်ယူမှု (ethical recruitment) မူအရ အလုပ်သမားက ပွဲခ မပေးသင့်ဘဲ အလုပ်ရှင်က ပေးရမည်။ နိုင်ငံအလိုက် စည်းမျဉ်းနှင့် ကုန်ကျစရိတ် ကွဲပြားသောကြောင့် [ဗီယက်နမ်](countries:vietnam)၊ [အင်ဒိုနီးရှား](countries:indonesia)၊ [ဖိလစ်ပိုင်](countries:philippines)၊ [မြန်မာ](countries:myanmar) နှင့် [နီပေါ](countries:nepal) စာမျက်နှာများကို ကြည့်ပါ။

ဤကိစ္စများ ကြုံလာပါက ရက်စွဲ၊ မက်ဆေ့ချ်၊ ဓာတ်ပုံ စသည့် မှတ်တမ်းများကို သိမ်းထားပြီး အကူအညီတောင်းပါ။ အလုပ်သမားစံနှုန်း စစ်ဆေးရေးရုံး သို့မဟုတ် [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) ကို တိုင်ပင်နိုင်သည်။`,
      vi: `Luật lao động Nhật Bản bảo vệ tất cả những người làm việc tại Nhật, bất kể quốc tịch hay tư cách lưu trú. Công ty, nghiệp đoàn (tổ chức giám sát) hoặc người môi giới không được:

- Giữ hộ chiếu hoặc thẻ lưu trú của bạn trái với ý muốn của bạn
- Bắt bạn nộp tiền phạt khi nghỉ việc, hoặc ghi khoản phạt đó vào hợp đồng
- Ép bạn gửi một phần lương vào khoản tiết kiệm do họ quản lý
- Cấm bạn ra ngoài, dùng điện thoại hoặc nói chuyện với người ngoài công ty
- Đánh, đe dọa hoặc quấy rối bạn
- Sa thải hoặc bắt bạn về nước vì mang thai hay sinh con

Phí tuyển dụng cũng là một vấn đề. Theo nguyên tắc tuyển dụng có đạo đức, người lao động không phải trả phí để có việc làm; bên sử dụng lao động mới là bên trả. Quy định và mức phí khác nhau tùy quốc gia, hãy xem trang về [Việt Nam](countries:vietnam), [Indonesia](countries:indonesia), [Philippines](countries:philippines), [Myanmar](countries:myanmar) và [Nepal](countries:nepal).

Nếu gặp những chuyện này, hãy lưu lại bằng chứng (ngày tháng, tin nhắn, hình ảnh) và tìm sự giúp đỡ. Bạn có thể liên hệ Văn phòng Giám sát Tiêu chuẩn Lao động hoặc [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
    },
  },

  // ───────────────────────────── Work and wages ─────────────────────────────
  {
    slug: 'minimum-wage-in-japan',
    category: 'work-and-wages',
    tags: ['wages'],
    publishedAt: '2023-10-02T10:00:00+09:00',
    videos: ['your-rights-at-work'],
    title: {
      ja: '最低賃金を知っていますか',
      en: 'Minimum wage in Japan: what you need to know',
      zh: '了解日本的最低工资',
      es: 'El salario mínimo en Japón: lo que debe saber',
      pt: 'Salário mínimo no Japão: o que você precisa saber',
      id: 'Upah minimum di Jepang: yang perlu Anda ketahui',
      tl: 'Minimum wage sa Japan: mga dapat mong malaman',
      my: 'ဂျပန်နိုင်ငံ၏ အနည်းဆုံးလုပ်ခ - သိထားသင့်သည်များ',
      vi: 'Lương tối thiểu ở Nhật Bản: những điều cần biết',
    },
    summary: {
      ja: '日本では都道府県ごとに最低賃金（1時間にもらえるいちばん低い給料）が決まっています。外国人にも同じルールです。自分の給料を確認しましょう。',
      en: 'Every prefecture in Japan has a minimum hourly wage, and it applies to foreign workers too. Learn how to check whether your pay is above it.',
      zh: '日本各都道府县都规定了最低时薪，外国劳动者同样适用。了解如何确认自己的工资是否高于最低工资。',
      es: 'Cada prefectura de Japón tiene un salario mínimo por hora, que también se aplica a los trabajadores extranjeros. Aprenda a comprobar si su sueldo lo supera.',
      pt: 'Cada província do Japão tem um salário mínimo por hora, que vale também para trabalhadores estrangeiros. Saiba como conferir se o seu salário está acima dele.',
      id: 'Setiap prefektur di Jepang memiliki upah minimum per jam, dan aturan ini juga berlaku untuk pekerja asing. Pelajari cara memeriksa apakah upah Anda sudah di atasnya.',
      tl: 'May minimum wage kada oras ang bawat prefecture sa Japan, at para rin ito sa mga dayuhang manggagawa. Alamin kung paano tingnan kung mas mataas dito ang sahod mo.',
      my: 'ဂျပန်ရှိ ခရိုင် (prefecture) တိုင်းတွင် တစ်နာရီလျှင် အနည်းဆုံးလုပ်ခ သတ်မှတ်ထားပြီး နိုင်ငံခြားသား အလုပ်သမားများနှင့်လည်း သက်ဆိုင်သည်။ သင့်လုပ်ခသည် ၎င်းထက် မြင့်မမြင့် စစ်ဆေးနည်းကို လေ့လာပါ။',
      vi: 'Mỗi tỉnh ở Nhật đều có mức lương tối thiểu theo giờ, áp dụng cả cho lao động nước ngoài. Hãy tìm hiểu cách kiểm tra xem lương của bạn có cao hơn mức này không.',
    },
    body: {
      ja: `日本では、{都道府県|とどうふけん}ごとに1時間の「{最低|さいてい}{賃金|ちんぎん}」が決まっています。会社は、これより{低|ひく}い給料をはらってはいけません。正社員もパートも、{技能|ぎのう}{実習生|じっしゅうせい}も{特定|とくてい}{技能|ぎのう}の人も、{国籍|こくせき}に関係なく同じです。{業種|ぎょうしゅ}によっては、もっと高い最低賃金もあります。

最低賃金は、ふつう1年に1回、秋ごろに上がります。働いている都道府県の{最新|さいしん}の{金額|きんがく}は、{厚生|こうせい}{労働省|ろうどうしょう}や{労働局|ろうどうきょく}のウェブサイトで{確認|かくにん}してください。

## 自分の給料をチェックする方法

1. 1か月の給料から、残業代、ボーナス、{通勤|つうきん}{手当|てあて}、{家族|かぞく}{手当|てあて}をのぞきます。
2. その金額を、1か月に働くことになっている時間で{割|わ}ります。
3. 出てきた金額を、最低賃金とくらべます。

{契約書|けいやくしょ}に低い給料が書いてあっても、最低賃金より低くすることはできません。給料が低いときは、{労働|ろうどう}{基準|きじゅん}{監督署|かんとくしょ}や[JP-MIRAIアシスト](articles:how-to-use-jp-mirai-assist)に相談してください。`,
      en: `In Japan, each prefecture sets a **regional minimum wage** per hour. Your employer must pay you at least this amount. It applies to everyone: full-time and part-time workers, technical intern trainees and specified skilled workers, whatever their nationality. Some industries also have their own, higher minimum wage.

The minimum wage usually goes up once a year, in autumn. Check the current amount for the prefecture where you work on the website of the Ministry of Health, Labour and Welfare or your prefectural labour bureau.

## How to check your pay

1. Take your monthly pay, but leave out overtime pay, bonuses, commuting allowance and family allowance.
2. Divide it by the number of hours you are scheduled to work in a month.
3. Compare the result with the minimum wage.

Even if your contract says a lower wage, the minimum wage still applies. If your pay is lower, talk to the Labour Standards Inspection Office or [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      zh: `在日本，各都道府县都规定了每小时的**地区最低工资**。公司支付的工资不得低于这个标准。无论是正式员工还是小时工，技能实习生还是特定技能人员，也无论国籍，都同样适用。部分行业还另有更高的最低工资。

最低工资通常每年秋季上调一次。您工作所在都道府县的最新标准，请在厚生劳动省或当地劳动局的网站上确认。

## 如何检查自己的工资

1. 从每月工资中扣除加班费、奖金、通勤补贴和家属补贴。
2. 用剩下的金额除以每月规定的工作小时数。
3. 把结果与最低工资进行比较。

即使合同中写的工资更低，最低工资的规定依然有效。如果工资低于标准，请咨询劳动基准监督署或[JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist)。`,
      es: `En Japón, cada prefectura fija un **salario mínimo regional** por hora. Su empleador debe pagarle al menos esa cantidad. Se aplica a todas las personas: trabajadores a tiempo completo y a tiempo parcial, aprendices técnicos y trabajadores con habilidades específicas, sin importar su nacionalidad. Algunas industrias tienen además un salario mínimo propio más alto.

El salario mínimo suele subir una vez al año, en otoño. Consulte el monto actual de la prefectura donde trabaja en el sitio web del Ministerio de Salud, Trabajo y Bienestar o de la oficina de trabajo de su prefectura.

## Cómo revisar su sueldo

1. Tome su sueldo mensual sin contar horas extra, bonificaciones, subsidio de transporte ni subsidio familiar.
2. Divídalo entre las horas de trabajo programadas en el mes.
3. Compare el resultado con el salario mínimo.

Aunque su contrato indique un sueldo más bajo, el salario mínimo se aplica igual. Si le pagan menos, consulte a la Oficina de Inspección de Normas Laborales o a [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      pt: `No Japão, cada província define um **salário mínimo regional** por hora. O empregador deve pagar pelo menos esse valor. A regra vale para todos: funcionários efetivos e de meio período, estagiários técnicos e trabalhadores com habilidades específicas, de qualquer nacionalidade. Alguns setores têm também um salário mínimo próprio, mais alto.

O salário mínimo costuma aumentar uma vez por ano, no outono. Confira o valor atual da província onde você trabalha no site do Ministério da Saúde, Trabalho e Bem-Estar Social ou do departamento de trabalho da sua província.

## Como conferir o seu salário

1. Pegue o salário do mês sem contar horas extras, bônus, auxílio-transporte e auxílio-família.
2. Divida pelo número de horas de trabalho previstas no mês.
3. Compare o resultado com o salário mínimo.

Mesmo que o contrato diga um salário menor, o salário mínimo continua valendo. Se você recebe menos, procure o Escritório de Inspeção de Normas Trabalhistas ou o [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      id: `Di Jepang, setiap prefektur menetapkan **upah minimum regional** per jam. Perusahaan wajib membayar Anda setidaknya sebesar itu. Aturan ini berlaku untuk semua orang: pekerja penuh waktu dan paruh waktu, peserta magang teknis, serta pekerja berketerampilan spesifik, apa pun kewarganegaraannya. Beberapa industri juga memiliki upah minimum sendiri yang lebih tinggi.

Upah minimum biasanya naik setahun sekali, pada musim gugur. Periksa besaran terbaru untuk prefektur tempat Anda bekerja di situs Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan atau biro tenaga kerja prefektur.

## Cara memeriksa upah Anda

1. Ambil upah bulanan Anda tanpa upah lembur, bonus, tunjangan transportasi, dan tunjangan keluarga.
2. Bagi dengan jumlah jam kerja yang dijadwalkan dalam sebulan.
3. Bandingkan hasilnya dengan upah minimum.

Meskipun kontrak Anda mencantumkan upah yang lebih rendah, upah minimum tetap berlaku. Jika upah Anda lebih rendah, hubungi Kantor Pengawas Standar Ketenagakerjaan atau [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      tl: `Sa Japan, bawat prefecture ay may sariling **regional minimum wage** kada oras. Dapat kang bayaran ng employer nang hindi bababa rito. Para ito sa lahat: full-time at part-time, technical intern trainee at specified skilled worker, anuman ang nasyonalidad. May ilang industriya rin na may sariling minimum wage na mas mataas pa.

Karaniwang tumataas ang minimum wage isang beses kada taon, tuwing taglagas. Tingnan ang kasalukuyang halaga sa prefecture kung saan ka nagtatrabaho sa website ng Ministry of Health, Labour and Welfare o ng labour bureau ng prefecture.

## Paano suriin ang iyong sahod

1. Kunin ang buwanang sahod mo nang hindi kasama ang overtime pay, bonus, transportation allowance at family allowance.
2. Hatiin ito sa bilang ng oras ng trabaho mo sa isang buwan ayon sa iskedyul.
3. Ikumpara ang resulta sa minimum wage.

Kahit mas mababa ang nakasulat sa kontrata mo, minimum wage pa rin ang masusunod. Kung mas mababa ang sahod mo, lumapit sa Labour Standards Inspection Office o sa [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      my: `ဂျပန်တွင် ခရိုင် (prefecture) တစ်ခုစီက တစ်နာရီလျှင် **ဒေသဆိုင်ရာ အနည်းဆုံးလုပ်ခ** ကို သတ်မှတ်သည်။ အလုပ်ရှင်သည် ထိုပမာဏထက် မနည်းအောင် ပေးရမည်။ အချိန်ပြည့်၊ အချိန်ပိုင်း၊ နည်းပညာသင်တန်းသား (technical intern trainee) နှင့် သတ်မှတ်ကျွမ်းကျင်မှု (specified skilled worker) အလုပ်သမား အားလုံးနှင့် နိုင်ငံသားမရွေး သက်ဆိုင်သည်။ လုပ်ငန်းအချို့တွင် ပိုမြင့်သော သီးသန့် အနည်းဆုံးလုပ်ခလည်း ရှိသည်။

အနည်းဆုံးလုပ်ခသည် များသောအားဖြင့် နှစ်စဉ် ဆောင်းဦးရာသီတွင် တစ်ကြိမ် တိုးသည်။ သင်အလုပ်လုပ်သော ခရိုင်၏ လက်ရှိပမာဏကို ကျန်းမာရေး၊ အလုပ်သမားနှင့် လူမှုဖူလုံရေးဝန်ကြီးဌာန သို့မဟုတ် ခရိုင်အလုပ်သမားဗျူရို၏ ဝက်ဘ်ဆိုက်တွင် စစ်ဆေးပါ။

## သင့်လုပ်ခကို စစ်ဆေးနည်း

1. လစဉ်လုပ်ခထဲမှ အချိန်ပိုလုပ်ခ၊ ဘောနပ်စ်၊ အလုပ်သွားလာစရိတ်နှင့် မိသားစုထောက်ပံ့ကြေးကို နုတ်ပါ။
2. ကျန်သည့်ပမာဏကို တစ်လအတွက် သတ်မှတ်ထားသော အလုပ်ချိန် နာရီဖြင့် စားပါ။
3. ရလဒ်ကို အနည်းဆုံးလုပ်ခနှင့် နှိုင်းယှဉ်ပါ။

စာချုပ်တွင် ပိုနည်းသောလုပ်ခ ရေးထားသော်လည်း အနည်းဆုံးလုပ်ခ စည်းမျဉ်းသည် အကျုံးဝင်သည်။ လုပ်ခ ပိုနည်းနေပါက အလုပ်သမားစံနှုန်း စစ်ဆေးရေးရုံး သို့မဟုတ် [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) ကို တိုင်ပင်ပါ။`,
      vi: `Ở Nhật Bản, mỗi tỉnh quy định một **mức lương tối thiểu vùng** tính theo giờ. Công ty phải trả cho bạn ít nhất bằng mức này. Quy định áp dụng cho tất cả mọi người: nhân viên chính thức và làm bán thời gian, thực tập sinh kỹ năng và lao động kỹ năng đặc định, không phân biệt quốc tịch. Một số ngành còn có mức lương tối thiểu riêng cao hơn.

Lương tối thiểu thường tăng mỗi năm một lần vào mùa thu. Hãy xem mức hiện hành của tỉnh nơi bạn làm việc trên trang web của Bộ Y tế, Lao động và Phúc lợi hoặc Cục Lao động của tỉnh.

## Cách kiểm tra lương của bạn

1. Lấy lương tháng, không tính tiền làm thêm giờ, tiền thưởng, phụ cấp đi lại và phụ cấp gia đình.
2. Chia cho số giờ làm việc theo lịch trong tháng.
3. So sánh kết quả với mức lương tối thiểu.

Dù hợp đồng ghi mức lương thấp hơn, quy định lương tối thiểu vẫn được áp dụng. Nếu lương của bạn thấp hơn, hãy liên hệ Văn phòng Giám sát Tiêu chuẩn Lao động hoặc [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
    },
  },
  {
    slug: 'working-hours-overtime-and-paid-leave',
    category: 'work-and-wages',
    tags: ['working-hours', 'wages'],
    publishedAt: '2024-03-11T10:00:00+09:00',
    videos: ['your-rights-at-work'],
    title: {
      ja: '働く時間・残業代・有給休暇のルール',
      en: 'Working hours, overtime pay and paid leave',
      zh: '工作时间、加班费和带薪休假的规定',
      es: 'Jornada laboral, horas extra y vacaciones pagadas',
      pt: 'Jornada de trabalho, hora extra e férias remuneradas',
      id: 'Jam kerja, upah lembur, dan cuti berbayar',
      tl: 'Oras ng trabaho, overtime pay at paid leave',
      my: 'အလုပ်ချိန်၊ အချိန်ပိုလုပ်ခနှင့် လစာပြည့်ခွင့်',
      vi: 'Giờ làm việc, tiền làm thêm giờ và nghỉ phép có lương',
    },
    summary: {
      ja: '何時間まで働くか、残業代はどうなるか、有給休暇はいつもらえるか。基本のルールを説明します。',
      en: 'The basic rules on how long you can be made to work, how overtime is paid, and when you get paid annual leave.',
      zh: '介绍工作时长上限、加班费的计算方法以及何时可以获得带薪年假等基本规定。',
      es: 'Las reglas básicas sobre cuántas horas se puede trabajar, cómo se pagan las horas extra y cuándo se tiene derecho a vacaciones pagadas.',
      pt: 'As regras básicas sobre quantas horas se pode trabalhar, como a hora extra é paga e quando você ganha férias remuneradas.',
      id: 'Aturan dasar tentang batas jam kerja, cara pembayaran upah lembur, dan kapan Anda mendapat cuti tahunan berbayar.',
      tl: 'Ang mga pangunahing patakaran kung gaano katagal ka puwedeng pagtrabahuhin, paano binabayaran ang overtime, at kailan ka magkakaroon ng paid leave.',
      my: 'အလုပ်ချိန် ကန့်သတ်ချက်၊ အချိန်ပိုလုပ်ခ ပေးပုံနှင့် နှစ်စဉ် လစာပြည့်ခွင့် ရရှိချိန်တို့အကြောင်း အခြေခံစည်းမျဉ်းများ။',
      vi: 'Các quy định cơ bản về giới hạn giờ làm, cách trả tiền làm thêm giờ và khi nào bạn được nghỉ phép năm có lương.',
    },
    body: {
      ja: `## 働く時間

{法律|ほうりつ}では、1日**8時間**、1週間**40時間**までが{基本|きほん}です。それより長く働くと{残業|ざんぎょう}になります。会社が残業をさせるには、働く人の{代表|だいひょう}と「36{協定|きょうてい}」という{約束|やくそく}を書面でむすぶ必要があります。それでも、残業はふつう1か月45時間、1年360時間までです。

## 残業代

- 残業：ふだんの{時給|じきゅう}より25%以上多い
- {深夜|しんや}（夜10時〜朝5時）：25%以上多い
- {法定|ほうてい}{休日|きゅうじつ}に働く：35%以上多い

## {有給|ゆうきゅう}{休暇|きゅうか}

6か月続けて働いて、働く日の8{割|わり}以上出勤した人は、**10日**の有給休暇がもらえます。長く働くと、日数がふえます。パートの人も、働く日数に合わせて有給休暇があります。

毎日、仕事を始めた時間と終わった時間をメモしましょう。給料に問題があったときに{役|やく}に立ちます。くわしくは動画「[日本で働く人の権利](videos:your-rights-at-work)」を見てください。`,
      en: `## Working hours

By law, the basic limit is **8 hours a day and 40 hours a week**. Work beyond this is overtime. Your company can only ask you to work overtime if it has signed a written agreement with the workers' representative (called a "36 agreement"). Even then, overtime is generally limited to 45 hours a month and 360 hours a year.

## Overtime pay

- Overtime: at least 25% extra
- Late-night work (10 p.m. to 5 a.m.): at least 25% extra
- Work on your legal day off: at least 35% extra

## Paid annual leave

If you have worked for six months in a row and came to work on at least 80% of your working days, you get **10 days** of paid leave. The number of days goes up the longer you work. Part-time workers also get paid leave, depending on how many days they work.

Write down your start and finish times every day. This record helps if there is a problem with your pay. To learn more, watch the video [Your rights at work in Japan](videos:your-rights-at-work).`,
      zh: `## 工作时间

法律规定的基本上限是**每天8小时、每周40小时**，超出部分即为加班。公司只有与劳动者代表签订书面协议（即“36协定”）后，才能要求加班。即便如此，加班原则上每月不超过45小时、每年不超过360小时。

## 加班费

- 加班：至少增加25%
- 深夜工作（晚上10点至早上5点）：至少增加25%
- 法定休息日工作：至少增加35%

## 带薪年假

连续工作6个月、且出勤率达到80%以上的人，可以获得**10天**带薪年假。工作时间越长，天数越多。小时工也可以根据工作天数获得带薪年假。

请每天记录上下班时间。工资出现问题时，这些记录会很有帮助。想了解更多，请观看视频[在日本工作的权利](videos:your-rights-at-work)。`,
      es: `## Horas de trabajo

Por ley, el límite básico es de **8 horas al día y 40 horas a la semana**. Lo que pase de ahí son horas extra. La empresa solo puede pedirle horas extra si ha firmado un acuerdo por escrito con el representante de los trabajadores (el llamado "acuerdo 36"). Aun así, las horas extra se limitan en general a 45 al mes y 360 al año.

## Pago de horas extra

- Horas extra: al menos un 25 % más
- Trabajo nocturno (de 22:00 a 5:00): al menos un 25 % más
- Trabajo en su día de descanso legal: al menos un 35 % más

## Vacaciones pagadas

Si ha trabajado seis meses seguidos y asistió al menos al 80 % de los días laborables, tiene derecho a **10 días** de vacaciones pagadas. Los días aumentan con la antigüedad. Quienes trabajan a tiempo parcial también tienen vacaciones pagadas, según los días que trabajan.

Anote cada día su hora de entrada y de salida. Ese registro le ayudará si hay un problema con su sueldo. Para saber más, vea el video [Sus derechos en el trabajo en Japón](videos:your-rights-at-work).`,
      pt: `## Jornada de trabalho

Pela lei, o limite básico é de **8 horas por dia e 40 horas por semana**. O que passar disso é hora extra. A empresa só pode pedir hora extra se tiver assinado um acordo por escrito com o representante dos trabalhadores (o chamado "acordo 36"). Mesmo assim, a hora extra em geral fica limitada a 45 horas por mês e 360 horas por ano.

## Pagamento de hora extra

- Hora extra: pelo menos 25% a mais
- Trabalho noturno (das 22h às 5h): pelo menos 25% a mais
- Trabalho no dia de folga legal: pelo menos 35% a mais

## Férias remuneradas

Quem trabalhou seis meses seguidos e compareceu a pelo menos 80% dos dias de trabalho ganha **10 dias** de férias remuneradas (yūkyū). O número de dias aumenta com o tempo de serviço. Quem trabalha meio período também tem direito, de acordo com os dias trabalhados.

Anote todos os dias o horário de entrada e de saída. Esse registro ajuda se houver problema com o salário. Para saber mais, assista ao vídeo [Seus direitos no trabalho no Japão](videos:your-rights-at-work).`,
      id: `## Jam kerja

Menurut hukum, batas dasarnya adalah **8 jam sehari dan 40 jam seminggu**. Kerja lebih dari itu disebut lembur. Perusahaan hanya boleh meminta lembur jika sudah membuat perjanjian tertulis dengan perwakilan pekerja (disebut "perjanjian 36"). Meski begitu, lembur pada umumnya dibatasi 45 jam per bulan dan 360 jam per tahun.

## Upah lembur

- Lembur: tambahan minimal 25%
- Kerja malam (pukul 22.00–05.00): tambahan minimal 25%
- Kerja pada hari libur wajib menurut hukum: tambahan minimal 35%

## Cuti tahunan berbayar

Jika Anda sudah bekerja 6 bulan berturut-turut dan masuk kerja minimal 80% dari hari kerja, Anda mendapat **10 hari** cuti berbayar. Jumlah harinya bertambah semakin lama Anda bekerja. Pekerja paruh waktu juga mendapat cuti berbayar sesuai jumlah hari kerjanya.

Catat jam mulai dan jam selesai kerja setiap hari. Catatan ini berguna jika ada masalah dengan upah Anda. Untuk informasi lebih lanjut, tonton video [Hak Anda saat bekerja di Jepang](videos:your-rights-at-work).`,
      tl: `## Oras ng trabaho

Ayon sa batas, ang basic na limitasyon ay **8 oras kada araw at 40 oras kada linggo**. Overtime na ang trabahong lampas dito. Puwede lang mag-utos ng overtime ang kompanya kung may nakasulat itong kasunduan sa kinatawan ng mga manggagawa (tinatawag na "36 agreement"). Kahit ganoon, karaniwang hanggang 45 oras kada buwan at 360 oras kada taon lang ang overtime.

## Bayad sa overtime

- Overtime: dagdag na hindi bababa sa 25%
- Trabaho sa gabi (10 p.m. hanggang 5 a.m.): dagdag na hindi bababa sa 25%
- Trabaho sa legal na day off: dagdag na hindi bababa sa 35%

## Paid annual leave

Kung anim na buwan ka nang tuloy-tuloy na nagtatrabaho at pumasok ka sa hindi bababa sa 80% ng mga araw ng trabaho, magkakaroon ka ng **10 araw** na paid leave. Dumarami ang araw habang tumatagal ka sa trabaho. May paid leave din ang mga part-time, depende sa dami ng araw ng trabaho nila.

Isulat araw-araw ang oras ng pagpasok at pag-uwi mo. Makakatulong ang record na ito kung may problema sa sahod mo. Para sa higit pang impormasyon, panoorin ang video na [Ang iyong mga karapatan sa trabaho sa Japan](videos:your-rights-at-work).`,
      my: `## အလုပ်ချိန်

ဥပဒေအရ အခြေခံကန့်သတ်ချက်မှာ **တစ်ရက်လျှင် ၈ နာရီ၊ တစ်ပတ်လျှင် ၄၀ နာရီ** ဖြစ်သည်။ ၎င်းထက် ပိုလုပ်ခြင်းသည် အချိန်ပို ဖြစ်သည်။ ကုမ္ပဏီသည် အလုပ်သမားကိုယ်စားလှယ်နှင့် စာဖြင့်ရေးထားသော သဘောတူညီချက် ("36 သဘောတူညီချက်") ချုပ်ဆိုထားမှသာ အချိန်ပို ခိုင်းနိုင်သည်။ ထိုသို့ရှိလျှင်ပင် အချိန်ပိုကို ယေဘုယျအားဖြင့် တစ်လ ၄၅ နာရီ၊ တစ်နှစ် ၃၆၀ နာရီအထိသာ ကန့်သတ်ထားသည်။

## အချိန်ပိုလုပ်ခ

- အချိန်ပို: အနည်းဆုံး ၂၅% ပိုရမည်
- ညဘက်အလုပ် (ည ၁၀ နာရီမှ မနက် ၅ နာရီ): အနည်းဆုံး ၂၅% ပိုရမည်
- ဥပဒေအရ ပိတ်ရက်တွင် အလုပ်လုပ်ခြင်း: အနည်းဆုံး ၃၅% ပိုရမည်

## နှစ်စဉ် လစာပြည့်ခွင့်

၆ လ ဆက်တိုက် အလုပ်လုပ်ပြီး အလုပ်ရက်၏ ၈၀% နှင့်အထက် အလုပ်ဆင်းခဲ့လျှင် လစာပြည့်ခွင့် **၁၀ ရက်** ရမည်။ ကြာကြာလုပ်လေ ရက်ပိုများလေ ဖြစ်သည်။ အချိန်ပိုင်းအလုပ်သမားများလည်း အလုပ်ရက်အလိုက် လစာပြည့်ခွင့် ရသည်။

နေ့စဉ် အလုပ်စချိန်နှင့် ပြီးချိန်ကို မှတ်ထားပါ။ လုပ်ခပြဿနာ ရှိလာသောအခါ ဤမှတ်တမ်းက အထောက်အကူ ဖြစ်မည်။ ပိုမိုသိရှိရန် [ဂျပန်တွင် အလုပ်လုပ်သူ၏ အခွင့်အရေးများ](videos:your-rights-at-work) ဗီဒီယိုကို ကြည့်ပါ။`,
      vi: `## Giờ làm việc

Theo luật, giới hạn cơ bản là **8 tiếng mỗi ngày và 40 tiếng mỗi tuần**. Làm quá thời gian này là làm thêm giờ. Công ty chỉ được yêu cầu làm thêm giờ khi đã ký thỏa thuận bằng văn bản với đại diện người lao động (gọi là "thỏa thuận 36"). Kể cả khi đó, làm thêm giờ nhìn chung không quá 45 tiếng mỗi tháng và 360 tiếng mỗi năm.

## Tiền làm thêm giờ

- Làm thêm giờ: cộng thêm ít nhất 25%
- Làm ban đêm (22:00 đến 5:00): cộng thêm ít nhất 25%
- Làm vào ngày nghỉ theo luật định: cộng thêm ít nhất 35%

## Nghỉ phép năm có lương

Nếu bạn đã làm việc liên tục 6 tháng và đi làm từ 80% số ngày làm việc trở lên, bạn được **10 ngày** nghỉ phép có lương. Làm càng lâu thì số ngày càng tăng. Người làm bán thời gian cũng có ngày nghỉ phép có lương tùy theo số ngày làm việc.

Hãy ghi lại giờ bắt đầu và giờ kết thúc công việc mỗi ngày. Ghi chép này sẽ giúp ích khi có vấn đề về lương. Để biết thêm, hãy xem video [Quyền lợi của bạn khi làm việc tại Nhật Bản](videos:your-rights-at-work).`,
    },
  },

  // ───────────────────────────── Residence status ─────────────────────────────
  {
    slug: 'residence-card-basics',
    category: 'residence-status',
    tags: ['residence-card', 'everyday-rules'],
    publishedAt: '2023-09-05T10:00:00+09:00',
    image: {
      key: 'residence-card',
      palette: ['#3d5a80', '#98c1d9'],
      alt: {
        ja: '角の丸いカードと小さな四角形を組み合わせた、身分証をイメージした抽象的なイラスト',
        en: 'Abstract illustration of an ID card shape with rounded corners and a small square for a photo.',
        zh: '带圆角的卡片和小方块组成的抽象插图，象征身份证件。',
        es: 'Ilustración abstracta de una tarjeta de esquinas redondeadas con un pequeño recuadro para la foto.',
        pt: 'Ilustração abstrata de um cartão de cantos arredondados com um pequeno quadrado para a foto.',
        id: 'Ilustrasi abstrak kartu bersudut bulat dengan kotak kecil untuk foto.',
        tl: 'Abstraktong larawan ng isang card na bilugan ang mga kanto at may maliit na parisukat para sa litrato.',
        my: 'ထောင့်ဝိုင်းကတ်ပြားနှင့် ဓာတ်ပုံနေရာ စတုရန်းငယ်ပါသော စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng một tấm thẻ bo góc với ô vuông nhỏ dành cho ảnh.',
      },
    },
    title: {
      ja: '在留カードで気をつけること',
      en: 'Your residence card: rules to remember',
      zh: '在留卡的注意事项',
      es: 'Su tarjeta de residencia: reglas que debe recordar',
      pt: 'Cartão de residência: regras importantes',
      id: 'Kartu izin tinggal: aturan yang perlu diingat',
      tl: 'Ang iyong residence card: mga patakarang dapat tandaan',
      my: 'နေထိုင်ခွင့်ကတ် - မှတ်ထားရမည့် စည်းမျဉ်းများ',
      vi: 'Thẻ lưu trú: những quy định cần nhớ',
    },
    summary: {
      ja: '在留カードはいつも持ち歩きましょう。引っ越したら14日以内に届け出ます。在留期間が終わる前に更新の申請をします。',
      en: 'Carry your residence card at all times, report a new address within 14 days, and apply to extend your stay before it ends.',
      zh: '请随身携带在留卡，搬家后14天内申报新地址，并在在留期限到期前申请更新。',
      es: 'Lleve siempre su tarjeta de residencia, registre su nueva dirección en un plazo de 14 días y solicite la renovación antes de que venza su período de estadía.',
      pt: 'Ande sempre com o cartão de residência, registre o novo endereço em até 14 dias e peça a renovação antes de o prazo de permanência vencer.',
      id: 'Selalu bawa kartu izin tinggal, laporkan alamat baru dalam 14 hari, dan ajukan perpanjangan sebelum masa tinggal Anda habis.',
      tl: 'Laging dalhin ang residence card, i-report ang bagong address sa loob ng 14 na araw, at mag-apply ng extension bago matapos ang iyong period of stay.',
      my: 'နေထိုင်ခွင့်ကတ်ကို အမြဲကိုင်ဆောင်ပါ၊ အိမ်ပြောင်းလျှင် ၁၄ ရက်အတွင်း လိပ်စာအသစ်ကို အကြောင်းကြားပါ၊ နေထိုင်ခွင့်သက်တမ်း မကုန်မီ သက်တမ်းတိုး လျှောက်ပါ။',
      vi: 'Luôn mang theo thẻ lưu trú, khai báo địa chỉ mới trong vòng 14 ngày và nộp đơn gia hạn trước khi hết thời hạn lưu trú.',
    },
    body: {
      ja: `日本に3か月より長く住む外国人の多くは、{在留|ざいりゅう}カードを持っています。カードには、名前、{在留|ざいりゅう}{資格|しかく}、{在留|ざいりゅう}{期間|きかん}が書いてあります。

## 大切なルール

- **いつも持ち歩きます**（16{歳|さい}以上）。{警察官|けいさつかん}などに「見せてください」と言われたら、見せます。
- **住所を届け出ます。**{引|ひ}っ{越|こ}したら、新しい家に住み始めてから14日以内に、市役所や区役所に行きます。
- **期限を確認します。**在留期間の{更新|こうしん}は、ふつう期間が終わる3か月くらい前から、{出入国|しゅつにゅうこく}{在留|ざいりゅう}{管理|かんり}{局|きょく}で{申請|しんせい}できます。
- **自分で持ちます。**会社やほかの人が、あなたのカードを{預|あず}かることはできません。
- **なくしたとき**は、{警察|けいさつ}に届けて、14日以内に出入国在留管理局で{再|さい}{交付|こうふ}を申請します。

仕事をかえたいときも、在留資格が{関係|かんけい}します。「[仕事をかえるときの在留資格](articles:changing-jobs-and-residence-status)」を読んでください。`,
      en: `If you live in Japan on a mid- to long-term status, you have a residence card. It shows your name, your status of residence and your period of stay.

## Rules to remember

- **Always carry your card** (if you are 16 or older). Show it if the police or an immigration officer asks.
- **Report your address.** When you move, go to the city or ward office within 14 days of moving in.
- **Check the expiry date.** You can usually apply to extend your period of stay from about three months before it ends, at the regional immigration services bureau.
- **Keep your own card.** Your employer or anyone else must not keep it for you.
- **If you lose it,** report it to the police and apply for a new card at the immigration bureau within 14 days.

If you want to change jobs, your status of residence matters too. Read [Changing jobs and your status of residence](articles:changing-jobs-and-residence-status).`,
      zh: `以中长期身份在日本居住的外国人会持有在留卡。卡上写有姓名、在留资格和在留期限。

## 需要记住的规定

- **随身携带在留卡**（16岁以上）。警察或入境管理人员要求出示时，请出示。
- **申报住址。**搬家后，请在入住新居之日起14天内到市区町村政府窗口办理。
- **确认有效期限。**一般可以在在留期限到期前约3个月起，到地方出入国在留管理局申请延期。
- **自己保管。**公司或其他任何人都不能替您保管在留卡。
- **遗失时**，请向警察报失，并在14天内到出入国在留管理局申请补发。

想换工作时，在留资格也很重要。请阅读[换工作与在留资格](articles:changing-jobs-and-residence-status)。`,
      es: `Si vive en Japón con un estatus de mediano o largo plazo, tiene una tarjeta de residencia (zairyū card). En ella aparecen su nombre, su estatus de residencia y su período de estadía.

## Reglas que debe recordar

- **Lleve siempre la tarjeta** (si tiene 16 años o más). Muéstrela si la policía o un funcionario de inmigración se la pide.
- **Registre su domicilio.** Cuando se mude, vaya a la municipalidad dentro de los 14 días desde que empieza a vivir en el nuevo lugar.
- **Revise la fecha de vencimiento.** Por lo general puede solicitar la renovación del período de estadía desde unos tres meses antes de que termine, en la oficina regional de inmigración.
- **Guarde usted mismo su tarjeta.** Ni su empleador ni otra persona pueden quedársela.
- **Si la pierde,** avise a la policía y solicite una nueva en la oficina de inmigración dentro de los 14 días.

Si quiere cambiar de trabajo, su estatus de residencia también importa. Lea [Cambiar de trabajo y su estatus de residencia](articles:changing-jobs-and-residence-status).`,
      pt: `Quem mora no Japão com status de médio ou longo prazo tem o cartão de residência (zairyū card). Nele aparecem seu nome, seu status de residência e seu prazo de permanência.

## Regras importantes

- **Ande sempre com o cartão** (a partir dos 16 anos). Mostre-o se a polícia ou um agente de imigração pedir.
- **Registre o endereço.** Quando se mudar, vá à prefeitura em até 14 dias depois de começar a morar no novo endereço.
- **Confira a validade.** Em geral, você pode pedir a renovação do prazo de permanência a partir de cerca de três meses antes do vencimento, no escritório regional de imigração.
- **O cartão fica com você.** Nem o empregador nem outra pessoa podem guardá-lo.
- **Se perder,** avise a polícia e peça um novo cartão na imigração em até 14 dias.

Se quiser mudar de emprego, o status de residência também importa. Leia [Mudar de emprego e o status de residência](articles:changing-jobs-and-residence-status).`,
      id: `Jika Anda tinggal di Jepang dengan status jangka menengah atau panjang, Anda memiliki kartu izin tinggal (zairyu card). Di kartu itu tertulis nama, status izin tinggal, dan masa tinggal Anda.

## Aturan yang perlu diingat

- **Selalu bawa kartu Anda** (usia 16 tahun ke atas). Tunjukkan jika polisi atau petugas imigrasi memintanya.
- **Laporkan alamat Anda.** Jika pindah rumah, datanglah ke kantor kota atau kantor distrik dalam 14 hari setelah mulai tinggal di alamat baru.
- **Periksa tanggal habis berlaku.** Biasanya Anda bisa mengajukan perpanjangan masa tinggal sejak sekitar 3 bulan sebelum habis, di kantor imigrasi daerah.
- **Simpan sendiri kartu Anda.** Perusahaan atau orang lain tidak boleh menyimpannya untuk Anda.
- **Jika hilang,** laporkan ke polisi dan ajukan kartu baru di kantor imigrasi dalam 14 hari.

Jika ingin pindah kerja, status izin tinggal Anda juga penting. Baca [Pindah kerja dan status izin tinggal](articles:changing-jobs-and-residence-status).`,
      tl: `Kung nakatira ka sa Japan nang mid- to long-term, may residence card ka (zairyu card). Nakasulat dito ang pangalan mo, ang status of residence at ang period of stay mo.

## Mga patakarang dapat tandaan

- **Laging dalhin ang card** (kung 16 taong gulang pataas). Ipakita ito kapag hiningi ng pulis o ng immigration officer.
- **I-report ang iyong address.** Kapag lumipat ka, pumunta sa city o ward office sa loob ng 14 na araw mula nang tumira ka sa bagong bahay.
- **Tingnan ang expiry date.** Karaniwan, puwede kang mag-apply ng extension ng period of stay mula mga tatlong buwan bago ito matapos, sa regional immigration services bureau.
- **Ikaw ang maghawak ng card mo.** Hindi ito puwedeng itago ng employer o ng ibang tao.
- **Kapag nawala,** i-report sa pulis at mag-apply ng bagong card sa immigration sa loob ng 14 na araw.

Kung gusto mong lumipat ng trabaho, mahalaga rin ang status of residence mo. Basahin ang [Paglipat ng trabaho at ang iyong status of residence](articles:changing-jobs-and-residence-status).`,
      my: `ဂျပန်တွင် အလယ်အလတ်မှ ရေရှည်အထိ နေထိုင်ခွင့်ရှိသူဖြစ်ပါက နေထိုင်ခွင့်ကတ် (zairyu card) ရှိမည်။ ကတ်ပေါ်တွင် သင့်အမည်၊ နေထိုင်ခွင့်အဆင့်အတန်းနှင့် နေထိုင်ခွင့်သက်တမ်း ပါရှိသည်။

## မှတ်ထားရမည့် စည်းမျဉ်းများ

- **ကတ်ကို အမြဲကိုင်ဆောင်ပါ** (အသက် ၁၆ နှစ်နှင့်အထက်)။ ရဲ သို့မဟုတ် လူဝင်မှုကြီးကြပ်ရေး အရာရှိက တောင်းလျှင် ပြပါ။
- **လိပ်စာ အကြောင်းကြားပါ။** အိမ်ပြောင်းလျှင် နေရာသစ်တွင် စနေသည့်နေ့မှ ၁၄ ရက်အတွင်း မြို့ရုံး သို့မဟုတ် ရပ်ကွက်ရုံးသို့ သွားပါ။
- **သက်တမ်းကုန်ဆုံးရက်ကို စစ်ပါ။** များသောအားဖြင့် နေထိုင်ခွင့်သက်တမ်း မကုန်မီ ၃ လခန့်အလိုမှစ၍ ဒေသဆိုင်ရာ လူဝင်မှုကြီးကြပ်ရေးရုံးတွင် သက်တမ်းတိုး လျှောက်ထားနိုင်သည်။
- **ကိုယ်တိုင် သိမ်းထားပါ။** အလုပ်ရှင် သို့မဟုတ် အခြားမည်သူမျှ သင့်ကတ်ကို သိမ်းထားခွင့် မရှိပါ။
- **ပျောက်ဆုံးလျှင်** ရဲထံ တိုင်ကြားပြီး ၁၄ ရက်အတွင်း လူဝင်မှုကြီးကြပ်ရေးရုံးတွင် ကတ်အသစ် လျှောက်ပါ။

အလုပ်ပြောင်းချင်လျှင်လည်း နေထိုင်ခွင့်အဆင့်အတန်းက အရေးကြီးသည်။ [အလုပ်ပြောင်းခြင်းနှင့် နေထိုင်ခွင့်အဆင့်အတန်း](articles:changing-jobs-and-residence-status) ကို ဖတ်ပါ။`,
      vi: `Nếu bạn sống ở Nhật với tư cách lưu trú trung và dài hạn, bạn sẽ có thẻ lưu trú (zairyu card). Trên thẻ ghi tên, tư cách lưu trú và thời hạn lưu trú của bạn.

## Những quy định cần nhớ

- **Luôn mang theo thẻ** (từ 16 tuổi trở lên). Hãy xuất trình khi cảnh sát hoặc nhân viên xuất nhập cảnh yêu cầu.
- **Khai báo địa chỉ.** Khi chuyển nhà, hãy đến tòa thị chính hoặc văn phòng quận trong vòng 14 ngày kể từ khi bắt đầu sống ở nơi mới.
- **Kiểm tra ngày hết hạn.** Thông thường bạn có thể nộp đơn gia hạn thời gian lưu trú từ khoảng 3 tháng trước khi hết hạn, tại Cục Quản lý Xuất nhập cảnh khu vực.
- **Tự giữ thẻ của mình.** Công ty hay bất kỳ ai khác đều không được giữ thẻ thay bạn.
- **Nếu bị mất,** hãy báo cảnh sát và nộp đơn xin cấp lại tại Cục Quản lý Xuất nhập cảnh trong vòng 14 ngày.

Khi muốn chuyển việc, tư cách lưu trú cũng rất quan trọng. Hãy đọc bài [Chuyển việc và tư cách lưu trú](articles:changing-jobs-and-residence-status).`,
    },
  },
  {
    slug: 'changing-jobs-and-residence-status',
    category: 'residence-status',
    tags: ['residence-card', 'consultation'],
    publishedAt: '2025-06-16T10:00:00+09:00',
    title: {
      ja: '仕事をかえるときの在留資格',
      en: 'Changing jobs and your status of residence',
      zh: '换工作与在留资格',
      es: 'Cambiar de trabajo y su estatus de residencia',
      pt: 'Mudar de emprego e o status de residência',
      id: 'Pindah kerja dan status izin tinggal',
      tl: 'Paglipat ng trabaho at ang iyong status of residence',
      my: 'အလုပ်ပြောင်းခြင်းနှင့် နေထိုင်ခွင့်အဆင့်အတန်း',
      vi: 'Chuyển việc và tư cách lưu trú',
    },
    summary: {
      ja: '仕事をかえられるか、何をしなければならないかは、在留資格によってちがいます。やめる前に確認しましょう。',
      en: 'Whether you can change jobs, and what you must do, depends on your status of residence. Check before you quit.',
      zh: '能否换工作、需要办理什么手续，取决于您的在留资格。辞职前请先确认。',
      es: 'Si puede cambiar de trabajo y qué trámites debe hacer depende de su estatus de residencia. Infórmese antes de renunciar.',
      pt: 'Poder ou não mudar de emprego, e o que é preciso fazer, depende do seu status de residência. Informe-se antes de pedir demissão.',
      id: 'Boleh tidaknya pindah kerja dan apa yang harus dilakukan tergantung pada status izin tinggal Anda. Periksa dulu sebelum berhenti.',
      tl: 'Nakadepende sa iyong status of residence kung puwede kang lumipat ng trabaho at kung ano ang dapat mong gawin. Alamin muna bago ka mag-resign.',
      my: 'အလုပ်ပြောင်းနိုင်မနိုင်နှင့် ဘာလုပ်ရမည်ဆိုသည်မှာ သင့်နေထိုင်ခွင့်အဆင့်အတန်းပေါ် မူတည်သည်။ အလုပ်မထွက်မီ စစ်ဆေးပါ။',
      vi: 'Bạn có được chuyển việc hay không và cần làm thủ tục gì tùy thuộc vào tư cách lưu trú. Hãy tìm hiểu trước khi nghỉ việc.',
    },
    body: {
      ja: `日本でできる仕事は、{在留|ざいりゅう}{資格|しかく}で決まっています。仕事をやめる前や、新しい{契約|けいやく}をする前に、自分の在留資格のルールを{確認|かくにん}しましょう。

## {特定|とくてい}{技能|ぎのう}

同じ{分野|ぶんや}の仕事なら、会社をかえることができます（ほかの分野でも、その分野の{試験|しけん}に{合格|ごうかく}すればかえられます）。でも、新しい会社で働き始める前に、{出入国|しゅつにゅうこく}{在留|ざいりゅう}{管理|かんり}{局|きょく}で**在留資格変更許可**をもらう{必要|ひつよう}があります。

## {技能|ぎのう}{実習|じっしゅう}

技能実習生は、ふつう自由に会社をかえることはできません。会社が{倒産|とうさん}したときや、ひどいあつかいを受けたときなどは、かえられる場合があります。{監理|かんり}{団体|だんたい}や{外国人|がいこくじん}{技能|ぎのう}{実習|じっしゅう}{機構|きこう}（OTIT）に相談してください。この{制度|せいど}は、2027年に新しい「{育成|いくせい}{就労|しゅうろう}」の制度にかわる{予定|よてい}です。育成就労では、{条件|じょうけん}に合えば、会社をかえられるようになります。

## 「{技術|ぎじゅつ}・{人文|じんぶん}{知識|ちしき}・{国際|こくさい}{業務|ぎょうむ}」など

新しい仕事が在留資格に合っていれば、ふつうは仕事をかえられます。会社をやめたときと、新しい会社に入ったときに、それぞれ**14日以内**に出入国在留管理庁に{届|とど}け出ます。オンラインでもできます。

{正当|せいとう}な{理由|りゆう}がないのに、長い間（ふつう3か月以上）仕事をしていないと、在留資格が{取|と}り{消|け}されることがあります。わからないときは、[JP-MIRAIアシスト](articles:how-to-use-jp-mirai-assist)に相談してください。{専門家|せんもんか}といっしょに{対応|たいおう}します。`,
      en: `Your status of residence decides what work you may do in Japan. Before you quit or sign a new contract, check the rules for your status.

## Specified Skilled Worker

You can change companies if the new job is in the same field (or in another field, if you pass the test for it). But before you start at the new company, you must get **permission to change your status of residence** from immigration.

## Technical Intern Training

In general, technical intern trainees cannot change companies freely. A change may be possible in special cases, for example if the company closes down or you are treated badly. Talk to your supervising organisation or to the Organization for Technical Intern Training (OTIT). Japan plans to replace this programme in 2027 with a new system, Employment for Skill Development (Ikusei Shuro), which will allow job changes under certain conditions.

## Engineer / Specialist in Humanities / International Services and similar statuses

You can usually change jobs if the new work matches your status. Notify the Immigration Services Agency **within 14 days** of leaving your company, and again within 14 days of joining the new one. You can do this online.

If you go a long time without working (generally three months or more) without a good reason, your status may be cancelled. If you are unsure, ask [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist), which works together with specialists.`,
      zh: `您在日本能从事什么工作，由在留资格决定。辞职或签订新合同之前，请先确认您的在留资格的相关规定。

## 特定技能

如果新工作属于同一领域，就可以换公司（如果通过了其他领域的考试，也可以换到该领域）。但在新公司开始工作之前，必须先在出入国在留管理局获得**在留资格变更许可**。

## 技能实习

技能实习生原则上不能自由更换公司。在公司倒闭或遭受恶劣对待等特殊情况下，有可能转换。请咨询监理团体或外国人技能实习机构（OTIT）。该制度计划于2027年由新的“育成就劳”制度取代，新制度在满足一定条件时允许换工作。

## “技术·人文知识·国际业务”等

如果新工作符合您的在留资格，一般可以换工作。离职后**14天内**以及入职新公司后14天内，都要分别向出入国在留管理厅申报，也可以在网上办理。

如果没有正当理由而长期（一般为3个月以上）不工作，在留资格可能会被取消。有疑问时，请咨询[JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist)，我们会与专业人士一起为您处理。`,
      es: `Su estatus de residencia determina qué trabajos puede hacer en Japón. Antes de renunciar o de firmar un nuevo contrato, revise las reglas de su estatus.

## Trabajador con habilidades específicas (Tokutei Ginō)

Puede cambiar de empresa si el nuevo trabajo es del mismo sector (o de otro sector, si aprueba su examen). Pero antes de empezar en la nueva empresa debe obtener de inmigración el **permiso de cambio de estatus de residencia**.

## Aprendiz técnico (Ginō Jisshū)

En general, los aprendices técnicos no pueden cambiar de empresa libremente. Puede ser posible en casos especiales, por ejemplo si la empresa cierra o si sufre malos tratos. Consulte a su organización supervisora o a la Organización para la Capacitación Técnica de Extranjeros (OTIT). Japón prevé reemplazar este programa en 2027 por un nuevo sistema, el Empleo para el Desarrollo de Habilidades (Ikusei Shūrō), que permitirá cambiar de empresa bajo ciertas condiciones.

## Ingeniero / Especialista en Humanidades / Servicios Internacionales y estatus similares

Por lo general puede cambiar de trabajo si las nuevas tareas corresponden a su estatus. Debe notificarlo a la Agencia de Servicios de Inmigración **dentro de los 14 días** después de dejar su empresa, y otra vez dentro de los 14 días después de entrar en la nueva. Puede hacerlo por internet.

Si pasa mucho tiempo sin trabajar (en general, tres meses o más) sin una razón justificada, pueden cancelarle el estatus. Si tiene dudas, consulte a [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist), que trabaja junto con especialistas.`,
      pt: `O status de residência define que tipo de trabalho você pode fazer no Japão. Antes de pedir demissão ou assinar um novo contrato, confira as regras do seu status.

## Trabalhador com habilidades específicas (Tokutei Ginō)

Você pode mudar de empresa se o novo trabalho for da mesma área (ou de outra área, se passar na prova dela). Mas, antes de começar na nova empresa, precisa obter na imigração a **permissão de mudança de status de residência**.

## Estágio técnico (Ginō Jisshū)

Em geral, estagiários técnicos não podem trocar de empresa livremente. A troca pode ser possível em casos especiais, por exemplo se a empresa fechar ou se você sofrer maus-tratos. Procure a sua organização supervisora ou a Organização para Treinamento Técnico de Estrangeiros (OTIT). O Japão planeja substituir esse programa em 2027 por um novo sistema, o Emprego para Desenvolvimento de Habilidades (Ikusei Shūrō), que vai permitir a troca de empresa sob certas condições.

## Engenheiro / Especialista em Humanidades / Serviços Internacionais e status parecidos

Normalmente você pode mudar de emprego se o novo trabalho combinar com o seu status. Avise a Agência de Serviços de Imigração **em até 14 dias** depois de sair da empresa e, de novo, em até 14 dias depois de entrar na nova. Dá para fazer isso pela internet.

Se ficar muito tempo sem trabalhar (em geral, três meses ou mais) sem motivo justo, seu status pode ser cancelado. Em caso de dúvida, consulte o [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist), que trabalha junto com especialistas.`,
      id: `Status izin tinggal menentukan pekerjaan apa yang boleh Anda lakukan di Jepang. Sebelum berhenti kerja atau menandatangani kontrak baru, periksa aturan untuk status Anda.

## Pekerja Berketerampilan Spesifik (Tokutei Ginou)

Anda boleh pindah perusahaan jika pekerjaan barunya berada di bidang yang sama (atau di bidang lain, jika Anda lulus ujian bidang tersebut). Namun, sebelum mulai bekerja di perusahaan baru, Anda harus mendapat **izin perubahan status izin tinggal** dari imigrasi.

## Magang Teknis (Ginou Jisshu)

Pada umumnya peserta magang teknis tidak bisa bebas pindah perusahaan. Pindah mungkin bisa dilakukan dalam keadaan khusus, misalnya jika perusahaan tutup atau jika Anda diperlakukan dengan buruk. Konsultasikan dengan lembaga pengawas (kanri dantai) atau Organisasi Pelatihan Magang Teknis (OTIT). Jepang berencana mengganti program ini pada 2027 dengan sistem baru bernama Ikusei Shuro (Pekerjaan untuk Pengembangan Keterampilan), yang memungkinkan pindah perusahaan dengan syarat tertentu.

## Status "Gijinkoku" (teknik, humaniora, layanan internasional) dan status sejenis

Biasanya Anda boleh pindah kerja jika pekerjaan baru sesuai dengan status Anda. Laporkan ke Badan Layanan Imigrasi **dalam 14 hari** setelah keluar dari perusahaan lama, dan sekali lagi dalam 14 hari setelah masuk perusahaan baru. Laporan ini bisa dilakukan secara online.

Jika Anda lama tidak bekerja (umumnya 3 bulan atau lebih) tanpa alasan yang sah, status izin tinggal Anda bisa dicabut. Jika ragu, tanyakan kepada [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) yang bekerja sama dengan para ahli.`,
      tl: `Ang status of residence mo ang nagtatakda kung anong trabaho ang puwede mong gawin sa Japan. Bago ka mag-resign o pumirma ng bagong kontrata, alamin ang mga patakaran para sa status mo.

## Specified Skilled Worker (Tokutei Ginou)

Puwede kang lumipat ng kompanya kung pareho ang field ng bagong trabaho (o sa ibang field, kung pumasa ka sa test nito). Pero bago ka magsimula sa bagong kompanya, kailangan mo munang makakuha ng **permiso sa pagpapalit ng status of residence** mula sa immigration.

## Technical Intern Training (Ginou Jisshu)

Sa pangkalahatan, hindi malayang makakalipat ng kompanya ang mga technical intern trainee. Puwede itong mangyari sa mga espesyal na kaso, halimbawa kung nagsara ang kompanya o kung minamaltrato ka. Kausapin ang iyong supervising organization o ang Organization for Technical Intern Training (OTIT). Plano ng Japan na palitan ang programang ito sa 2027 ng bagong sistema, ang Employment for Skill Development (Ikusei Shuro), kung saan puwedeng lumipat ng kompanya kapag natugunan ang ilang kondisyon.

## Engineer/Specialist in Humanities/International Services at mga katulad na status

Kadalasan, puwede kang lumipat ng trabaho kung tugma sa status mo ang bagong trabaho. Mag-report sa Immigration Services Agency **sa loob ng 14 na araw** pagkaalis mo sa kompanya, at muli sa loob ng 14 na araw pagpasok mo sa bago. Puwede itong gawin online.

Kung matagal kang walang trabaho (karaniwan ay tatlong buwan o higit pa) nang walang sapat na dahilan, puwedeng kanselahin ang status mo. Kung hindi ka sigurado, magtanong sa [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist), na nakikipagtulungan sa mga espesyalista.`,
      my: `ဂျပန်တွင် မည်သည့်အလုပ် လုပ်နိုင်သည်ကို နေထိုင်ခွင့်အဆင့်အတန်းက သတ်မှတ်သည်။ အလုပ်မထွက်မီ သို့မဟုတ် စာချုပ်အသစ် မချုပ်မီ သင့်အဆင့်အတန်း၏ စည်းမျဉ်းများကို စစ်ဆေးပါ။

## သတ်မှတ်ကျွမ်းကျင်မှု (Tokutei Ginou)

အလုပ်အသစ်သည် နယ်ပယ်တူဖြစ်လျှင် ကုမ္ပဏီ ပြောင်းနိုင်သည် (အခြားနယ်ပယ်၏ စာမေးပွဲ အောင်လျှင် ထိုနယ်ပယ်သို့လည်း ပြောင်းနိုင်သည်)။ သို့သော် ကုမ္ပဏီအသစ်တွင် အလုပ်မစမီ လူဝင်မှုကြီးကြပ်ရေးရုံးမှ **နေထိုင်ခွင့်အဆင့်အတန်း ပြောင်းလဲခွင့်** ကို ရယူရမည်။

## နည်းပညာသင်တန်း (Ginou Jisshu)

နည်းပညာသင်တန်းသားများသည် ယေဘုယျအားဖြင့် ကုမ္ပဏီကို စိတ်ကြိုက် ပြောင်း၍ မရပါ။ ကုမ္ပဏီ ပိတ်သွားခြင်း၊ ဆိုးဆိုးရွားရွား ဆက်ဆံခံရခြင်းကဲ့သို့ အထူးကိစ္စများတွင် ပြောင်းနိုင်သည့်အခါ ရှိသည်။ ကြီးကြပ်ရေးအဖွဲ့ (kanri dantai) သို့မဟုတ် နိုင်ငံခြားသား နည်းပညာသင်တန်းအဖွဲ့ (OTIT) ကို တိုင်ပင်ပါ။ ဂျပန်သည် ဤအစီအစဉ်ကို ၂၀၂၇ ခုနှစ်တွင် Ikusei Shuro (ကျွမ်းကျင်မှုဖွံ့ဖြိုးရေး အလုပ်အကိုင်) စနစ်သစ်ဖြင့် အစားထိုးရန် စီစဉ်ထားပြီး စနစ်သစ်တွင် သတ်မှတ်ချက်များနှင့် ကိုက်ညီလျှင် ကုမ္ပဏီ ပြောင်းနိုင်မည်။

## Engineer/Specialist in Humanities/International Services နှင့် အလားတူ အဆင့်အတန်းများ

အလုပ်အသစ်သည် သင့်အဆင့်အတန်းနှင့် ကိုက်ညီလျှင် များသောအားဖြင့် အလုပ်ပြောင်းနိုင်သည်။ ကုမ္ပဏီဟောင်းမှ ထွက်ပြီး **၁၄ ရက်အတွင်း** တစ်ကြိမ်၊ ကုမ္ပဏီအသစ်သို့ ဝင်ပြီး ၁၄ ရက်အတွင်း တစ်ကြိမ် ဂျပန်လူဝင်မှုကြီးကြပ်ရေးဌာနသို့ အကြောင်းကြားရမည်။ အွန်လိုင်းဖြင့်လည်း ပြုလုပ်နိုင်သည်။

သင့်လျော်သော အကြောင်းပြချက်မရှိဘဲ အချိန်ကြာမြင့်စွာ (ယေဘုယျအားဖြင့် ၃ လ နှင့်အထက်) အလုပ်မလုပ်ဘဲ နေပါက နေထိုင်ခွင့် ပယ်ဖျက်ခံရနိုင်သည်။ မသေချာလျှင် ကျွမ်းကျင်သူများနှင့် ပူးပေါင်းဆောင်ရွက်သော [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) ကို မေးမြန်းပါ။`,
      vi: `Tư cách lưu trú quyết định bạn được làm công việc gì ở Nhật. Trước khi nghỉ việc hoặc ký hợp đồng mới, hãy kiểm tra quy định dành cho tư cách của mình.

## Kỹ năng đặc định (Tokutei Gino)

Bạn có thể đổi công ty nếu công việc mới cùng ngành (hoặc ngành khác, nếu bạn đỗ kỳ thi của ngành đó). Tuy nhiên, trước khi bắt đầu làm ở công ty mới, bạn phải được Cục Xuất nhập cảnh cấp **giấy phép thay đổi tư cách lưu trú**.

## Thực tập sinh kỹ năng (Gino Jisshu)

Nhìn chung, thực tập sinh kỹ năng không được tự do chuyển công ty. Có thể chuyển trong trường hợp đặc biệt, ví dụ công ty phá sản hoặc bạn bị đối xử tồi tệ. Hãy trao đổi với nghiệp đoàn hoặc Tổ chức Thực tập Kỹ năng Người nước ngoài (OTIT). Nhật Bản dự định thay thế chế độ này vào năm 2027 bằng chế độ mới "Dục thành tựu lao" (Ikusei Shuro), cho phép chuyển công ty khi đáp ứng một số điều kiện.

## "Kỹ thuật – Tri thức nhân văn – Nghiệp vụ quốc tế" và các tư cách tương tự

Thông thường bạn có thể chuyển việc nếu công việc mới phù hợp với tư cách lưu trú. Hãy thông báo cho Cục Quản lý Xuất nhập cảnh và Lưu trú **trong vòng 14 ngày** sau khi nghỉ ở công ty cũ, và một lần nữa trong vòng 14 ngày sau khi vào công ty mới. Có thể làm thủ tục này trực tuyến.

Nếu không làm việc trong thời gian dài (thường từ 3 tháng trở lên) mà không có lý do chính đáng, tư cách lưu trú có thể bị hủy. Nếu còn thắc mắc, hãy hỏi [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) – nơi làm việc cùng các chuyên gia.`,
    },
  },

  // ───────────────────────────── Daily life ─────────────────────────────
  {
    slug: 'garbage-sorting-rules',
    category: 'daily-life',
    tags: ['everyday-rules'],
    publishedAt: '2024-07-08T10:00:00+09:00',
    image: {
      key: 'garbage-sorting',
      palette: ['#6a994e', '#f2e8cf'],
      alt: {
        ja: '色のちがう3つのごみ箱がならんでいる抽象的なイラスト',
        en: 'Abstract illustration of three rounded bins in different shades, standing side by side.',
        zh: '三个深浅不同的圆角垃圾桶并排摆放的抽象插图。',
        es: 'Ilustración abstracta de tres contenedores redondeados de distintos tonos, uno al lado del otro.',
        pt: 'Ilustração abstrata de três lixeiras arredondadas em tons diferentes, lado a lado.',
        id: 'Ilustrasi abstrak tiga tempat sampah bulat dengan warna berbeda yang berjajar.',
        tl: 'Abstraktong larawan ng tatlong basurahan na magkakaiba ang kulay at magkakatabi.',
        my: 'အရောင်အသွေးမတူသော အမှိုက်ပုံးသုံးပုံး ဘေးချင်းယှဉ်ထားသည့် စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng ba thùng rác bo tròn với sắc màu khác nhau đặt cạnh nhau.',
      },
    },
    title: {
      ja: 'ごみの出し方のルール',
      en: 'How to sort and put out your rubbish',
      zh: '垃圾分类与扔垃圾的规则',
      es: 'Cómo separar y sacar la basura',
      pt: 'Como separar e jogar o lixo',
      id: 'Cara memilah dan membuang sampah',
      tl: 'Paano paghiwa-hiwalayin at itapon ang basura',
      my: 'အမှိုက်ခွဲခြားခြင်းနှင့် စွန့်ပစ်နည်း',
      vi: 'Cách phân loại và vứt rác',
    },
    summary: {
      ja: 'ごみのルールは町によってちがいます。ごみの種類、出す日と時間、外国語の案内のもらい方を知りましょう。',
      en: 'Rubbish rules are different in every city. Learn the basic types, when to put rubbish out, and where to get a guide in your language.',
      zh: '每个城市的垃圾规定都不一样。了解垃圾的基本分类、扔垃圾的时间，以及在哪里可以拿到母语的指南。',
      es: 'Las reglas de la basura cambian en cada ciudad. Conozca los tipos básicos, cuándo sacarla y dónde conseguir una guía en su idioma.',
      pt: 'As regras do lixo mudam de cidade para cidade. Conheça os tipos básicos, quando colocar o lixo para fora e onde conseguir um guia no seu idioma.',
      id: 'Aturan sampah berbeda di setiap kota. Pelajari jenis-jenis dasarnya, kapan membuang sampah, dan di mana mendapat panduan dalam bahasa Anda.',
      tl: 'Iba-iba ang patakaran sa basura sa bawat lungsod. Alamin ang mga pangunahing uri, kailan ilalabas ang basura, at saan makakakuha ng gabay sa sarili mong wika.',
      my: 'အမှိုက်စည်းမျဉ်းများသည် မြို့တိုင်း မတူကြပါ။ အမှိုက်အမျိုးအစား အခြေခံ၊ စွန့်ပစ်ရမည့်အချိန်နှင့် သင့်ဘာသာစကားဖြင့် လမ်းညွှန် ရယူနိုင်သည့်နေရာကို လေ့လာပါ။',
      vi: 'Quy định về rác khác nhau ở mỗi thành phố. Hãy tìm hiểu các loại rác cơ bản, khi nào đổ rác và nơi nhận hướng dẫn bằng ngôn ngữ của bạn.',
    },
    body: {
      ja: `日本では、ごみを{分|わ}けて、決められた日に出します。ルールは町ごとにちがいます。{引|ひ}っ{越|こ}したら、新しい町のルールを{確認|かくにん}しましょう。

## おもなごみの{種類|しゅるい}

- **燃えるごみ**：{生|なま}ごみ、リサイクルできない紙など
- **燃えないごみ**：ガラス、{陶器|とうき}（お{皿|さら}など）、小さい{金属|きんぞく}
- **資源ごみ**：{缶|かん}、びん、ペットボトル、{新聞|しんぶん}、{段|だん}ボール
- **粗大ごみ**：{家具|かぐ}、{自転車|じてんしゃ}など。ふつう{予約|よやく}して、お金をはらいます。

テレビ、{冷蔵庫|れいぞうこ}、{洗濯機|せんたくき}、エアコンは、ふつうのごみとして出せません。お店や{許可|きょか}のある{業者|ぎょうしゃ}に{相談|そうだん}してください。

ごみは、{収集日|しゅうしゅうび}の朝、決められた時間までに、ごみ{置|お}き{場|ば}に出します。多くの町では、前の日の夜に出してはいけません。{指定|してい}のごみ{袋|ぶくろ}を使う町もあります。

市役所で「ごみカレンダー」をもらいましょう。外国語の{案内|あんない}やアプリがある町も多いです。わからないときは、となりの人や{大家|おおや}さんに聞いてみましょう。`,
      en: `In Japan, you must sort your rubbish and put it out on the right day. Each city makes its own rules, so they may change when you move.

## Common types of rubbish

- **Burnable**: food waste, paper that cannot be recycled
- **Non-burnable**: glass, ceramics (plates and so on), small metal items
- **Recyclable**: cans, glass bottles, PET bottles, newspapers, cardboard
- **Oversized**: furniture, bicycles and so on. You usually have to book a collection and pay a fee.

TVs, fridges, washing machines and air conditioners cannot go out as ordinary rubbish. Ask the shop or a licensed collector.

Put your rubbish at the collection point on the morning of collection day, before the set time. In most places you should not put it out the night before. Some cities ask you to use special bags.

Ask your city office for the rubbish calendar. Many cities have guides or apps in several languages. If you are not sure, ask a neighbour or your landlord.`,
      zh: `在日本，垃圾需要分类，并在规定的日子扔出去。规则由各市町村自行决定，搬家后规则可能会不同。

## 常见的垃圾种类

- **可燃垃圾**：厨余垃圾、不能回收的纸等
- **不可燃垃圾**：玻璃、陶瓷（盘子等）、小型金属
- **资源垃圾**：易拉罐、玻璃瓶、塑料瓶（PET瓶）、报纸、纸箱
- **大件垃圾**：家具、自行车等，通常需要预约并付费。

电视、冰箱、洗衣机和空调不能当作普通垃圾扔掉，请咨询商店或有资质的回收业者。

请在收集日当天早上、规定时间之前把垃圾放到垃圾收集点。大多数地方不允许前一天晚上扔。有些城市要求使用指定垃圾袋。

请到市政府领取“垃圾日历”。很多城市有多语言指南或App。不清楚时，可以问问邻居或房东。`,
      es: `En Japón hay que separar la basura y sacarla el día que corresponde. Cada municipio tiene sus propias reglas, así que pueden cambiar si se muda.

## Tipos de basura más comunes

- **Combustible**: restos de comida, papel que no se puede reciclar
- **No combustible**: vidrio, cerámica (platos, etc.), objetos pequeños de metal
- **Reciclable**: latas, botellas de vidrio, botellas PET, periódicos, cartón
- **Voluminosa**: muebles, bicicletas, etc. Normalmente hay que reservar la recolección y pagar una tarifa.

Los televisores, refrigeradores, lavadoras y aires acondicionados no se pueden tirar como basura común. Consulte en la tienda o con una empresa autorizada.

Deje la basura en el punto de recolección la mañana del día de recogida, antes de la hora indicada. En la mayoría de los lugares no se debe sacar la noche anterior. Algunas ciudades piden usar bolsas especiales.

Pida en la municipalidad el calendario de la basura. Muchas ciudades tienen guías o aplicaciones en varios idiomas. Si tiene dudas, pregunte a un vecino o al dueño de su vivienda.`,
      pt: `No Japão, é preciso separar o lixo e colocá-lo para fora no dia certo. Cada cidade tem suas próprias regras, por isso elas podem mudar quando você se muda.

## Tipos de lixo mais comuns

- **Queimável**: restos de comida, papel que não pode ser reciclado
- **Não queimável**: vidro, cerâmica (pratos etc.), objetos pequenos de metal
- **Reciclável**: latas, garrafas de vidro, garrafas PET, jornais, papelão
- **Grande porte**: móveis, bicicletas etc. Normalmente é preciso agendar a coleta e pagar uma taxa.

Televisores, geladeiras, máquinas de lavar e aparelhos de ar-condicionado não podem ser jogados no lixo comum. Consulte a loja ou uma empresa autorizada.

Leve o lixo ao ponto de coleta na manhã do dia da coleta, até o horário definido. Na maioria dos lugares, não se deve colocar o lixo na noite anterior. Algumas cidades exigem sacos próprios.

Peça o calendário do lixo na prefeitura. Muitas cidades têm guias ou aplicativos em vários idiomas. Se tiver dúvida, pergunte a um vizinho ou ao proprietário do imóvel.`,
      id: `Di Jepang, sampah harus dipilah dan dibuang pada hari yang ditentukan. Aturannya dibuat oleh setiap kota, jadi bisa berbeda jika Anda pindah.

## Jenis sampah yang umum

- **Sampah yang bisa dibakar**: sisa makanan, kertas yang tidak bisa didaur ulang
- **Sampah yang tidak bisa dibakar**: kaca, keramik (piring dan sebagainya), barang logam kecil
- **Sampah daur ulang**: kaleng, botol kaca, botol PET, koran, kardus
- **Sampah berukuran besar**: perabot, sepeda, dan lainnya. Biasanya harus dipesan dulu dan dikenakan biaya.

Televisi, kulkas, mesin cuci, dan AC tidak boleh dibuang sebagai sampah biasa. Tanyakan ke toko atau perusahaan pengangkut yang berizin.

Taruh sampah di tempat pengumpulan pada pagi hari pengambilan, sebelum jam yang ditentukan. Di kebanyakan tempat, sampah tidak boleh ditaruh pada malam sebelumnya. Beberapa kota mewajibkan kantong sampah khusus.

Mintalah kalender sampah di kantor kota. Banyak kota punya panduan atau aplikasi dalam beberapa bahasa. Jika ragu, tanyakan kepada tetangga atau pemilik rumah.`,
      tl: `Sa Japan, kailangan mong paghiwa-hiwalayin ang basura at ilabas ito sa tamang araw. Bawat lungsod ay may sariling patakaran, kaya puwedeng magbago ito kapag lumipat ka.

## Mga karaniwang uri ng basura

- **Nasusunog**: tirang pagkain, papel na hindi nare-recycle
- **Hindi nasusunog**: salamin, ceramic (plato, atbp.), maliliit na metal
- **Recyclable**: lata, bote, PET bottle, diyaryo, karton
- **Malalaking basura**: muwebles, bisikleta, atbp. Kadalasan ay kailangang magpa-book at magbayad.

Hindi puwedeng itapon bilang ordinaryong basura ang TV, refrigerator, washing machine at aircon. Magtanong sa tindahan o sa lisensiyadong tagakolekta.

Ilabas ang basura sa collection point sa umaga ng araw ng koleksyon, bago ang itinakdang oras. Sa karamihan ng lugar, bawal itong ilabas sa gabi bago ang araw ng koleksyon. May mga lungsod na nag-uutos na gumamit ng espesyal na supot.

Humingi ng garbage calendar sa city office. Maraming lungsod ang may gabay o app sa iba't ibang wika. Kung hindi ka sigurado, magtanong sa kapitbahay o sa may-ari ng inuupahan mo.`,
      my: `ဂျပန်တွင် အမှိုက်ကို ခွဲခြားပြီး သတ်မှတ်ထားသောနေ့တွင် စွန့်ပစ်ရသည်။ စည်းမျဉ်းများကို မြို့တစ်မြို့ချင်းစီက သတ်မှတ်သောကြောင့် အိမ်ပြောင်းလျှင် ပြောင်းလဲနိုင်သည်။

## အဖြစ်များသော အမှိုက်အမျိုးအစားများ

- **မီးရှို့နိုင်သောအမှိုက်**: စားကြွင်းစားကျန်၊ ပြန်လည်အသုံးမပြုနိုင်သော စက္ကူ
- **မီးမရှို့နိုင်သောအမှိုက်**: ဖန်၊ ကြွေထည် (ပန်းကန်စသည်)၊ သတ္တုပစ္စည်းငယ်များ
- **ပြန်လည်အသုံးပြုနိုင်သောအမှိုက်**: သံဘူး၊ ဖန်ပုလင်း၊ PET ပလတ်စတစ်ပုလင်း၊ သတင်းစာ၊ ကတ်ထူပုံး
- **အရွယ်အစားကြီးသောအမှိုက်**: ပရိဘောဂ၊ စက်ဘီး စသည်။ များသောအားဖြင့် ကြိုတင်စာရင်းပေးပြီး အခကြေးငွေ ပေးရသည်။

တီဗီ၊ ရေခဲသေတ္တာ၊ အဝတ်လျှော်စက်နှင့် လေအေးပေးစက်ကို သာမန်အမှိုက်အဖြစ် စွန့်ပစ်၍ မရပါ။ ဆိုင် သို့မဟုတ် လိုင်စင်ရ စွန့်ပစ်ရေးလုပ်ငန်းကို မေးမြန်းပါ။

အမှိုက်သိမ်းသည့်နေ့ မနက်တွင် သတ်မှတ်ချိန်မတိုင်မီ အမှိုက်စုပုံရာနေရာသို့ ထုတ်ပါ။ နေရာအများစုတွင် ယခင်ညကတည်းက ထုတ်ထား၍ မရပါ။ မြို့အချို့တွင် သတ်မှတ်ထားသော အမှိုက်အိတ်ကို သုံးရသည်။

မြို့ရုံးတွင် အမှိုက်ပြက္ခဒိန်ကို တောင်းယူပါ။ မြို့အများအပြားတွင် ဘာသာစကားအမျိုးမျိုးဖြင့် လမ်းညွှန် သို့မဟုတ် အက်ပ် ရှိသည်။ မသေချာလျှင် အိမ်နီးချင်း သို့မဟုတ် အိမ်ရှင်ကို မေးကြည့်ပါ။`,
      vi: `Ở Nhật, bạn phải phân loại rác và đổ rác đúng ngày quy định. Mỗi thành phố có quy định riêng, nên khi chuyển nhà quy định có thể thay đổi.

## Các loại rác thường gặp

- **Rác cháy được**: rác nhà bếp, giấy không tái chế được
- **Rác không cháy được**: thủy tinh, đồ gốm (bát đĩa…), đồ kim loại nhỏ
- **Rác tài nguyên**: lon, chai thủy tinh, chai nhựa PET, báo, thùng các-tông
- **Rác cỡ lớn**: đồ nội thất, xe đạp… Thường phải đặt lịch thu gom và trả phí.

Tivi, tủ lạnh, máy giặt và điều hòa không được vứt như rác thông thường. Hãy hỏi cửa hàng hoặc đơn vị thu gom có giấy phép.

Hãy mang rác đến điểm tập kết vào buổi sáng ngày thu gom, trước giờ quy định. Ở hầu hết các nơi, không được đổ rác từ tối hôm trước. Một số thành phố yêu cầu dùng túi rác chuyên dụng.

Hãy xin lịch đổ rác tại tòa thị chính. Nhiều thành phố có hướng dẫn hoặc ứng dụng bằng nhiều ngôn ngữ. Nếu chưa rõ, hãy hỏi hàng xóm hoặc chủ nhà.`,
    },
  },

  // ───────────────────────────── Health and medical care ─────────────────────────────
  {
    slug: 'health-insurance-in-japan',
    category: 'health-and-medical-care',
    tags: ['health-insurance', 'money'],
    publishedAt: '2025-01-20T10:00:00+09:00',
    videos: ['health-insurance-basics'],
    image: {
      key: 'health-insurance',
      palette: ['#e76f51', '#f1faee'],
      alt: {
        ja: '守るような円の中にハートの形がある抽象的なイラスト',
        en: 'Abstract illustration of a heart shape inside a protective circle.',
        zh: '保护性圆圈中包含一颗心形的抽象插图。',
        es: 'Ilustración abstracta de un corazón dentro de un círculo protector.',
        pt: 'Ilustração abstrata de um coração dentro de um círculo protetor.',
        id: 'Ilustrasi abstrak bentuk hati di dalam lingkaran pelindung.',
        tl: 'Abstraktong larawan ng hugis-puso sa loob ng isang bilog na nagpoprotekta.',
        my: 'ကာကွယ်ပေးသည့် စက်ဝိုင်းအတွင်း နှလုံးပုံပါသော စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng một hình trái tim nằm trong vòng tròn bảo vệ.',
      },
    },
    title: {
      ja: '日本の健康保険のしくみ',
      en: 'How health insurance works in Japan',
      zh: '日本健康保险的基本制度',
      es: 'Cómo funciona el seguro de salud en Japón',
      pt: 'Como funciona o seguro de saúde no Japão',
      id: 'Cara kerja asuransi kesehatan di Jepang',
      tl: 'Paano gumagana ang health insurance sa Japan',
      my: 'ဂျပန်ရှိ ကျန်းမာရေးအာမခံ စနစ်',
      vi: 'Bảo hiểm y tế ở Nhật Bản hoạt động như thế nào',
    },
    summary: {
      ja: '日本に3か月より長く住む人は、ほとんど全員が公的な健康保険に入ります。保険があれば、病院で払うのはふつう医療費の3割です。',
      en: 'Almost everyone who lives in Japan for more than three months must join public health insurance. With it, you usually pay only 30% of your medical costs.',
      zh: '在日本居住超过3个月的人，几乎都必须加入公共健康保险。有了保险，看病时一般只需支付医疗费的30%。',
      es: 'Casi todas las personas que viven en Japón más de tres meses deben afiliarse al seguro de salud público. Con él, normalmente solo paga el 30 % de los gastos médicos.',
      pt: 'Quase todas as pessoas que moram no Japão por mais de três meses precisam entrar no seguro de saúde público. Com ele, você normalmente paga só 30% das despesas médicas.',
      id: 'Hampir semua orang yang tinggal di Jepang lebih dari tiga bulan wajib ikut asuransi kesehatan publik. Dengan asuransi ini, biasanya Anda hanya membayar 30% biaya pengobatan.',
      tl: 'Halos lahat ng nakatira sa Japan nang higit sa tatlong buwan ay kailangang sumali sa pampublikong health insurance. Dahil dito, karaniwang 30% lang ng gastos sa pagpapagamot ang babayaran mo.',
      my: 'ဂျပန်တွင် ၃ လထက်ပို၍ နေထိုင်သူ အားလုံးနီးပါးသည် ပြည်သူ့ကျန်းမာရေးအာမခံ ဝင်ရမည်။ အာမခံရှိလျှင် များသောအားဖြင့် ဆေးကုသစရိတ်၏ ၃၀% သာ ပေးရသည်။',
      vi: 'Hầu như tất cả những người sống ở Nhật trên 3 tháng đều phải tham gia bảo hiểm y tế công. Khi có bảo hiểm, bạn thường chỉ phải trả 30% chi phí khám chữa bệnh.',
    },
    body: {
      ja: `## どの保険に入りますか

- **会社で働く人**は、ふつう会社の{健康|けんこう}{保険|ほけん}に入ります。{保険料|ほけんりょう}は給料から引かれます。会社も一部をはらいます。
- **それ以外の人**（{留学生|りゅうがくせい}や、自分で仕事をしている人など）は、住み始めてから14日以内に、市役所で{国民|こくみん}健康保険に入ります。

## 病院で

保険があれば、病院で払うのはふつう{医療費|いりょうひ}の**3割**です。のこりは保険がはらいます。1か月の医療費がとても高くなったときは、「{高額|こうがく}{療養費|りょうようひ}」の{制度|せいど}で、自分で払う金額に{上限|じょうげん}があります。

2024年12月から、新しい紙の保険証は出なくなりました。マイナンバーカードを保険証として使えます。使わない人には「{資格|しかく}{確認書|かくにんしょ}」がとどきます。病院でそれを見せてください。

保険料は{必|かなら}ずはらいましょう。はらっていないと、在留期間の{更新|こうしん}などで問題になることがあります。かんたんな{説明|せつめい}は、動画「[健康保険の基本](videos:health-insurance-basics)」を見てください。`,
      en: `## Which insurance do I join?

- **Company employees** usually join the company's health insurance (kenko hoken). The premium is taken from your salary, and the company pays part of it.
- **Other people** (for example students, or people who work for themselves) join **National Health Insurance** (kokumin kenko hoken) at the city office within 14 days of moving in.

## At the hospital

With insurance, you usually pay **30%** of the cost and the insurance pays the rest. If your medical costs in one month become very high, the High-cost Medical Expense Benefit (kogaku ryoyohi) limits how much you have to pay yourself.

Since December 2024, new paper insurance cards are no longer issued. You can use your My Number Card as your insurance card. If you do not use it, you will receive a "certificate of eligibility" (shikaku kakunin-sho) to show at the hospital.

Keep paying your premiums. Unpaid premiums can cause problems, for example when you renew your period of stay. For a short explanation, watch the video [Health insurance basics](videos:health-insurance-basics).`,
      zh: `## 加入哪种保险？

- **公司员工**一般加入公司的健康保险。保险费从工资中扣除，公司也承担一部分。
- **其他人**（如留学生、个体经营者等）需在入住后14天内到市政府加入**国民健康保险**。

## 在医院

有保险时，一般只需支付医疗费的**30%**，其余由保险支付。如果一个月的医疗费非常高，可以通过“高额疗养费”制度限制个人负担的金额。

自2024年12月起，不再发放新的纸质保险证。您可以把个人编号卡（My Number卡）当作保险证使用。不使用的人会收到“资格确认书”，看病时出示即可。

请按时缴纳保险费。欠缴可能会在更新在留期限等时候带来问题。想简单了解，请观看视频[健康保险基础知识](videos:health-insurance-basics)。`,
      es: `## ¿A qué seguro me afilio?

- **Si trabaja en una empresa**, normalmente se afilia al seguro de salud de la empresa (kenkō hoken). La cuota se descuenta del sueldo y la empresa paga una parte.
- **Las demás personas** (por ejemplo, estudiantes o trabajadores independientes) se afilian al **Seguro Nacional de Salud** (kokumin kenkō hoken) en la municipalidad, dentro de los 14 días después de mudarse.

## En el hospital

Con el seguro, normalmente paga el **30 %** del costo y el seguro cubre el resto. Si sus gastos médicos de un mes son muy altos, el sistema de gastos médicos elevados (kōgaku ryōyōhi) pone un límite a lo que tiene que pagar.

Desde diciembre de 2024 ya no se emiten nuevas tarjetas de seguro en papel. Puede usar su tarjeta My Number como tarjeta del seguro. Si no la usa, recibirá un "certificado de elegibilidad" (shikaku kakunin-sho) para mostrar en el hospital.

Pague sus cuotas a tiempo. No pagarlas puede causar problemas, por ejemplo al renovar su período de estadía. Para una explicación breve, vea el video [Lo básico del seguro de salud](videos:health-insurance-basics).`,
      pt: `## Em qual seguro eu entro?

- **Quem trabalha em empresa** normalmente entra no seguro de saúde da empresa (kenkō hoken). O valor é descontado do salário, e a empresa paga uma parte.
- **As outras pessoas** (por exemplo, estudantes ou autônomos) entram no **Seguro Nacional de Saúde** (kokumin kenkō hoken) na prefeitura, em até 14 dias depois da mudança.

## No hospital

Com o seguro, você normalmente paga **30%** do custo, e o seguro paga o resto. Se as despesas médicas de um mês ficarem muito altas, o sistema de despesas médicas elevadas (kōgaku ryōyōhi) limita quanto você precisa pagar.

Desde dezembro de 2024, não são mais emitidos novos cartões de seguro em papel. Você pode usar o cartão My Number como cartão do seguro. Quem não usar recebe um "certificado de elegibilidade" (shikaku kakunin-sho) para mostrar no hospital.

Pague as contribuições em dia. Atrasos podem causar problemas, por exemplo na renovação do visto. Para uma explicação rápida, assista ao vídeo [O básico do seguro de saúde](videos:health-insurance-basics).`,
      id: `## Asuransi mana yang saya ikuti?

- **Karyawan perusahaan** biasanya ikut asuransi kesehatan perusahaan (kenko hoken). Iurannya dipotong dari gaji, dan perusahaan membayar sebagian.
- **Orang lain** (misalnya pelajar atau pekerja mandiri) ikut **Asuransi Kesehatan Nasional** (kokumin kenko hoken) di kantor kota dalam 14 hari setelah mulai tinggal.

## Di rumah sakit

Dengan asuransi, biasanya Anda membayar **30%** dari biaya, dan sisanya dibayar asuransi. Jika biaya pengobatan dalam sebulan sangat tinggi, ada sistem biaya pengobatan tinggi (kogaku ryoyohi) yang membatasi jumlah yang harus Anda bayar sendiri.

Sejak Desember 2024, kartu asuransi kertas yang baru tidak diterbitkan lagi. Anda bisa memakai Kartu My Number sebagai kartu asuransi. Jika tidak memakainya, Anda akan menerima "surat konfirmasi kepesertaan" (shikaku kakunin-sho) untuk ditunjukkan di rumah sakit.

Bayarlah iuran secara teratur. Iuran yang tidak dibayar bisa menimbulkan masalah, misalnya saat memperpanjang izin tinggal. Untuk penjelasan singkat, tonton video [Dasar-dasar asuransi kesehatan](videos:health-insurance-basics).`,
      tl: `## Anong insurance ang sasalihan ko?

- **Mga empleyado ng kompanya**: kadalasan ay sumasali sa health insurance ng kompanya (kenko hoken). Kinakaltas ang bayad sa sahod mo, at may binabayaran ding bahagi ang kompanya.
- **Iba pang tao** (halimbawa, estudyante o self-employed): sumasali sa **National Health Insurance** (kokumin kenko hoken) sa city office sa loob ng 14 na araw mula nang tumira ka.

## Sa ospital

Kapag may insurance, karaniwang **30%** lang ng gastos ang babayaran mo at ang insurance ang bahala sa natitira. Kapag naging napakalaki ng gastos mo sa isang buwan, may sistemang High-cost Medical Expense Benefit (kogaku ryoyohi) na naglilimita sa babayaran mo.

Mula Disyembre 2024, hindi na nag-iisyu ng bagong papel na insurance card. Puwede mong gamitin ang My Number Card bilang insurance card. Kung hindi mo ito gagamitin, padadalhan ka ng "certificate of eligibility" (shikaku kakunin-sho) na ipapakita mo sa ospital.

Bayaran sa tamang oras ang premium. Puwede kang magkaproblema kapag hindi ito nabayaran, halimbawa sa pag-renew ng iyong period of stay. Para sa maikling paliwanag, panoorin ang video na [Mga pangunahing kaalaman sa health insurance](videos:health-insurance-basics).`,
      my: `## ဘယ်အာမခံ ဝင်ရမလဲ

- **ကုမ္ပဏီဝန်ထမ်းများ** သည် များသောအားဖြင့် ကုမ္ပဏီ၏ ကျန်းမာရေးအာမခံ (kenko hoken) ကို ဝင်ရသည်။ အာမခံကြေးကို လစာမှ နုတ်ယူပြီး ကုမ္ပဏီကလည်း တစ်စိတ်တစ်ပိုင်း ပေးသည်။
- **အခြားသူများ** (ဥပမာ ကျောင်းသားများ၊ ကိုယ်ပိုင်လုပ်ငန်းလုပ်သူများ) သည် နေထိုင်စပြီး ၁၄ ရက်အတွင်း မြို့ရုံးတွင် **အမျိုးသားကျန်းမာရေးအာမခံ** (kokumin kenko hoken) ဝင်ရသည်။

## ဆေးရုံတွင်

အာမခံရှိလျှင် များသောအားဖြင့် ကုန်ကျစရိတ်၏ **၃၀%** သာ ပေးရပြီး ကျန်ကို အာမခံက ပေးသည်။ တစ်လအတွင်း ဆေးကုသစရိတ် အလွန်များလာပါက "ဆေးကုသစရိတ်မြင့် ထောက်ပံ့မှု" (kogaku ryoyohi) စနစ်က သင်ကိုယ်တိုင် ပေးရမည့်ပမာဏကို ကန့်သတ်ပေးသည်။

၂၀၂၄ ခုနှစ် ဒီဇင်ဘာလမှစ၍ စက္ကူ အာမခံကတ်အသစ် ထုတ်မပေးတော့ပါ။ My Number ကတ်ကို အာမခံကတ်အဖြစ် အသုံးပြုနိုင်သည်။ မသုံးသူများသည် ဆေးရုံတွင် ပြသရန် "အရည်အချင်း အတည်ပြုစာ" (shikaku kakunin-sho) ကို လက်ခံရရှိမည်။

အာမခံကြေးကို ပုံမှန် ပေးဆောင်ပါ။ မပေးဘဲထားလျှင် နေထိုင်ခွင့် သက်တမ်းတိုးချိန် စသည့်အခါများတွင် ပြဿနာ ဖြစ်နိုင်သည်။ အကျဉ်းချုပ် ရှင်းလင်းချက်အတွက် [ကျန်းမာရေးအာမခံ အခြေခံ](videos:health-insurance-basics) ဗီဒီယိုကို ကြည့်ပါ။`,
      vi: `## Tôi tham gia loại bảo hiểm nào?

- **Nhân viên công ty** thường tham gia bảo hiểm y tế của công ty (kenko hoken). Phí bảo hiểm được trừ vào lương và công ty cũng trả một phần.
- **Những người khác** (ví dụ du học sinh hoặc người tự kinh doanh) tham gia **Bảo hiểm Y tế Quốc dân** (kokumin kenko hoken) tại tòa thị chính trong vòng 14 ngày kể từ khi chuyển đến.

## Khi đi khám bệnh

Khi có bảo hiểm, bạn thường chỉ trả **30%** chi phí, phần còn lại do bảo hiểm chi trả. Nếu chi phí y tế trong một tháng quá cao, chế độ chi phí y tế cao (kogaku ryoyohi) sẽ giới hạn số tiền bạn phải tự trả.

Từ tháng 12 năm 2024, thẻ bảo hiểm giấy mới không còn được cấp. Bạn có thể dùng thẻ My Number làm thẻ bảo hiểm. Nếu không dùng, bạn sẽ nhận được "giấy xác nhận tư cách" (shikaku kakunin-sho) để xuất trình ở bệnh viện.

Hãy đóng phí bảo hiểm đầy đủ. Nợ phí có thể gây rắc rối, ví dụ khi gia hạn thời gian lưu trú. Để xem giải thích ngắn gọn, hãy xem video [Kiến thức cơ bản về bảo hiểm y tế](videos:health-insurance-basics).`,
    },
  },
  {
    slug: 'seeing-a-doctor-and-emergencies',
    category: 'health-and-medical-care',
    tags: ['health-insurance', 'emergency'],
    publishedAt: '2025-04-14T10:00:00+09:00',
    title: {
      ja: '病気やけがのとき：病院のかかり方と119番',
      en: 'When you are sick or injured: seeing a doctor and calling 119',
      zh: '生病或受伤时：如何就医及拨打119',
      es: 'Si se enferma o se lesiona: cómo ir al médico y llamar al 119',
      pt: 'Se ficar doente ou se machucar: como ir ao médico e ligar para o 119',
      id: 'Saat sakit atau cedera: cara berobat dan menelepon 119',
      tl: 'Kapag may sakit o nasugatan: pagpapatingin sa doktor at pagtawag sa 119',
      my: 'ဖျားနာ သို့မဟုတ် ဒဏ်ရာရသည့်အခါ - ဆရာဝန်ပြသနည်းနှင့် 119 ခေါ်ဆိုခြင်း',
      vi: 'Khi bị ốm hay bị thương: cách đi khám bệnh và gọi 119',
    },
    summary: {
      ja: 'ふだんの病気は、まず近くのクリニックへ行きます。きゅうなときは119番で救急車をよびます。仕事中のけがには労災保険が使えます。',
      en: "Go to a local clinic first for everyday illness. In an emergency, call 119 for an ambulance. If you are hurt at work, workers' accident insurance pays for your treatment.",
      zh: '平时生病，请先去附近的诊所。紧急情况请拨打119叫救护车。在工作中受伤时，可以使用工伤保险。',
      es: 'Para enfermedades comunes, vaya primero a una clínica cercana. En una emergencia, llame al 119 para pedir una ambulancia. Si se lesiona en el trabajo, el seguro de accidentes laborales paga el tratamiento.',
      pt: 'Para doenças comuns, vá primeiro a uma clínica perto de você. Em emergências, ligue para o 119 e chame uma ambulância. Se você se machucar no trabalho, o seguro contra acidentes de trabalho paga o tratamento.',
      id: 'Untuk sakit biasa, datanglah dulu ke klinik terdekat. Dalam keadaan darurat, telepon 119 untuk memanggil ambulans. Jika cedera saat bekerja, biaya pengobatan ditanggung asuransi kecelakaan kerja.',
      tl: "Para sa karaniwang sakit, pumunta muna sa malapit na klinika. Kapag emergency, tumawag sa 119 para sa ambulansya. Kung nasugatan ka sa trabaho, sagot ng workers' accident insurance ang gamutan.",
      my: 'ပုံမှန်ဖျားနာလျှင် အနီးရှိ ဆေးခန်းသို့ အရင်သွားပါ။ အရေးပေါ်အခြေအနေတွင် လူနာတင်ယာဉ်အတွက် 119 ကို ခေါ်ပါ။ အလုပ်တွင် ဒဏ်ရာရလျှင် အလုပ်ခွင်မတော်တဆမှု အာမခံက ကုသစရိတ်ကို ကျခံပေးသည်။',
      vi: 'Khi bị bệnh thông thường, hãy đến phòng khám gần nhà trước. Khi khẩn cấp, hãy gọi 119 để gọi xe cấp cứu. Nếu bị thương khi làm việc, bảo hiểm tai nạn lao động sẽ chi trả chi phí điều trị.',
    },
    body: {
      ja: `## ふだんの病気

かぜ、ねつ、小さなけがのときは、まず近くのクリニック（{医院|いいん}）に行きましょう。大きい病院は、ほかの{医者|いしゃ}の{紹介状|しょうかいじょう}がないと、お金が多くかかることがあります。保険証（またはマイナンバーカード）、在留カード、飲んでいる薬がわかるもの（お薬手帳など）を持って行きます。

## きゅうなとき

- **119**：{救急車|きゅうきゅうしゃ}と{消防|しょうぼう}。救急車はお金がかかりません。「救急です」と言ってから、{住所|じゅうしょ}を言います。
- **110**：{警察|けいさつ}。{事件|じけん}や{交通|こうつう}{事故|じこ}のとき。
- 救急車をよぶか{迷|まよ}ったときは、**#7119**に電話できる{地域|ちいき}もあります。

## 仕事中のけが

仕事中や、{通勤|つうきん}のときに、けがや病気をしたら、{労災|ろうさい}{保険|ほけん}で{治療|ちりょう}が受けられます。パートの人も外国人も、働く人はみんな{対象|たいしょう}です。病院で「仕事中のけがです」と言って、健康保険は使わないでください。会社が労災をかくすことは{法律|ほうりつ}{違反|いはん}です。会社が{協力|きょうりょく}しないときは、{労働|ろうどう}{基準|きじゅん}{監督署|かんとくしょ}に相談してください。`,
      en: `## Everyday illness

For a cold, a fever or a small injury, go to a local clinic first. Large hospitals may charge an extra fee if you come without a referral letter from another doctor. Bring your insurance card (or My Number Card), your residence card and a list of the medicines you take.

## Emergencies

- **119**: ambulance and fire service. The ambulance is free. Say "kyukyu desu" (it's a medical emergency), then give your address.
- **110**: police, for crimes and traffic accidents.
- In some areas you can call **#7119** for advice if you are not sure whether to call an ambulance.

## Injured at work?

If you are injured or become ill because of your work, or on your way to or from work, **workers' accident compensation insurance** (rosai hoken) pays for your treatment. It covers all workers, including part-time and foreign workers. Tell the hospital it is a work injury, and do not use your health insurance. Hiding a work accident is against the law. If your company will not help, contact the Labour Standards Inspection Office.`,
      zh: `## 平时生病

感冒、发烧或受了小伤时，请先去附近的诊所。如果没有其他医生的介绍信就去大医院，可能需要额外付费。请带上保险证（或个人编号卡）、在留卡，以及正在服用的药物清单（如“用药手册”）。

## 紧急情况

- **119**：救护车和消防。叫救护车是免费的。先说“救急です”（kyūkyū desu，意思是需要急救），再说地址。
- **110**：警察，遇到犯罪或交通事故时拨打。
- 部分地区在犹豫是否需要叫救护车时，可以拨打**#7119**咨询。

## 在工作中受伤？

因工作或在上下班途中受伤或生病时，**工伤保险**（劳灾保险）会支付治疗费用。包括小时工和外国劳动者在内，所有劳动者都适用。请告诉医院这是工伤，不要使用健康保险。隐瞒工伤是违法的。如果公司不配合，请咨询劳动基准监督署。`,
      es: `## Enfermedades comunes

Si tiene un resfriado, fiebre o una lesión leve, vaya primero a una clínica cercana. Los hospitales grandes pueden cobrar un cargo extra si llega sin una carta de referencia de otro médico. Lleve su tarjeta del seguro (o su tarjeta My Number), su tarjeta de residencia y una lista de los medicamentos que toma.

## Emergencias

- **119**: ambulancia y bomberos. La ambulancia es gratuita. Diga "kyūkyū desu" (es una emergencia médica) y luego su dirección.
- **110**: policía, en caso de delitos y accidentes de tránsito.
- En algunas zonas puede llamar al **#7119** para pedir consejo si no sabe si debe llamar a una ambulancia.

## ¿Se lesionó en el trabajo?

Si se lesiona o se enferma por su trabajo, o en el camino de ida o vuelta, el **seguro de accidentes laborales** (rōsai hoken) paga el tratamiento. Cubre a todos los trabajadores, también a los de tiempo parcial y a los extranjeros. Diga en el hospital que es un accidente de trabajo y no use su seguro de salud. Ocultar un accidente laboral es ilegal. Si su empresa no le ayuda, consulte a la Oficina de Inspección de Normas Laborales.`,
      pt: `## Doenças comuns

Para resfriado, febre ou ferimentos leves, vá primeiro a uma clínica perto de você. Hospitais grandes podem cobrar uma taxa extra se você for sem carta de encaminhamento de outro médico. Leve o cartão do seguro (ou o cartão My Number), o cartão de residência e uma lista dos remédios que você toma.

## Emergências

- **119**: ambulância e bombeiros. A ambulância é gratuita. Diga "kyūkyū desu" (é uma emergência médica) e depois o endereço.
- **110**: polícia, em caso de crimes e acidentes de trânsito.
- Em algumas regiões, você pode ligar para o **#7119** e pedir orientação quando não souber se deve chamar a ambulância.

## Machucou-se no trabalho?

Se você se machucar ou ficar doente por causa do trabalho, ou no trajeto de ida e volta, o **seguro contra acidentes de trabalho** (rōsai hoken) paga o tratamento. Ele vale para todos os trabalhadores, inclusive de meio período e estrangeiros. Avise o hospital que foi acidente de trabalho e não use o seguro de saúde. Esconder acidente de trabalho é ilegal. Se a empresa não ajudar, procure o Escritório de Inspeção de Normas Trabalhistas.`,
      id: `## Sakit sehari-hari

Untuk flu, demam, atau luka ringan, datanglah dulu ke klinik terdekat. Rumah sakit besar bisa mengenakan biaya tambahan jika Anda datang tanpa surat rujukan dari dokter lain. Bawalah kartu asuransi (atau Kartu My Number), kartu izin tinggal, dan daftar obat yang sedang Anda minum.

## Keadaan darurat

- **119**: ambulans dan pemadam kebakaran. Ambulans gratis. Katakan "kyukyu desu" (ini darurat medis), lalu sebutkan alamat Anda.
- **110**: polisi, untuk kejahatan dan kecelakaan lalu lintas.
- Di beberapa daerah, Anda bisa menelepon **#7119** untuk meminta saran jika ragu perlu memanggil ambulans atau tidak.

## Cedera saat bekerja?

Jika Anda cedera atau sakit karena pekerjaan, atau dalam perjalanan pergi dan pulang kerja, **asuransi kecelakaan kerja** (rosai hoken) membayar biaya pengobatan. Asuransi ini berlaku untuk semua pekerja, termasuk pekerja paruh waktu dan pekerja asing. Beri tahu rumah sakit bahwa ini kecelakaan kerja dan jangan memakai asuransi kesehatan. Menyembunyikan kecelakaan kerja melanggar hukum. Jika perusahaan tidak mau membantu, hubungi Kantor Pengawas Standar Ketenagakerjaan.`,
      tl: `## Karaniwang sakit

Kapag may sipon, lagnat o maliit na sugat, pumunta muna sa malapit na klinika. Puwedeng maningil ng dagdag na bayad ang malalaking ospital kung wala kang referral letter mula sa ibang doktor. Dalhin ang insurance card (o My Number Card), residence card at listahan ng mga gamot na iniinom mo.

## Emergency

- **119**: ambulansya at bumbero. Libre ang ambulansya. Sabihin ang "kyukyu desu" (medical emergency po ito), saka ang address mo.
- **110**: pulis, para sa krimen at aksidente sa daan.
- Sa ilang lugar, puwede kang tumawag sa **#7119** para humingi ng payo kung hindi ka sigurado kung tatawag ng ambulansya.

## Nasugatan sa trabaho?

Kung nasugatan ka o nagkasakit dahil sa trabaho, o habang papunta o pauwi galing trabaho, ang **workers' accident compensation insurance** (rosai hoken) ang magbabayad sa gamutan. Sakop nito ang lahat ng manggagawa, kasama ang part-time at mga dayuhan. Sabihin sa ospital na aksidente ito sa trabaho at huwag gamitin ang health insurance mo. Labag sa batas ang pagtatago ng aksidente sa trabaho. Kung hindi tumulong ang kompanya, lumapit sa Labour Standards Inspection Office.`,
      my: `## ပုံမှန်ဖျားနာခြင်း

အအေးမိခြင်း၊ ဖျားခြင်း သို့မဟုတ် ဒဏ်ရာငယ်များအတွက် အနီးရှိ ဆေးခန်းသို့ အရင်သွားပါ။ အခြားဆရာဝန်၏ လွှဲပြောင်းစာ မပါဘဲ ဆေးရုံကြီးသို့ သွားလျှင် အပိုကြေး ပေးရနိုင်သည်။ အာမခံကတ် (သို့မဟုတ် My Number ကတ်)၊ နေထိုင်ခွင့်ကတ်နှင့် သောက်နေသော ဆေးစာရင်းကို ယူသွားပါ။

## အရေးပေါ်အခြေအနေ

- **119**: လူနာတင်ယာဉ်နှင့် မီးသတ်။ လူနာတင်ယာဉ်သည် အခမဲ့ဖြစ်သည်။ "kyukyu desu" (အရေးပေါ်လူနာပါ) ဟု ပြောပြီးမှ လိပ်စာကို ပြောပါ။
- **110**: ရဲ။ ရာဇဝတ်မှုနှင့် ယာဉ်မတော်တဆမှုများအတွက်။
- လူနာတင်ယာဉ် ခေါ်သင့်မသင့် မသေချာလျှင် ဒေသအချို့တွင် **#7119** ကို ခေါ်ပြီး အကြံဉာဏ် တောင်းနိုင်သည်။

## အလုပ်တွင် ဒဏ်ရာရပါသလား

အလုပ်ကြောင့် သို့မဟုတ် အလုပ်အသွားအပြန်လမ်းတွင် ဒဏ်ရာရခြင်း သို့မဟုတ် ဖျားနာခြင်း ဖြစ်ပါက **အလုပ်ခွင်မတော်တဆမှု လျော်ကြေးအာမခံ** (rosai hoken) က ကုသစရိတ်ကို ပေးသည်။ အချိန်ပိုင်းနှင့် နိုင်ငံခြားသား အလုပ်သမားများ အပါအဝင် အလုပ်သမားအားလုံး အကျုံးဝင်သည်။ ဆေးရုံတွင် အလုပ်ခွင်ဒဏ်ရာဖြစ်ကြောင်း ပြောပြီး ကျန်းမာရေးအာမခံကို မသုံးပါနှင့်။ အလုပ်ခွင်မတော်တဆမှုကို ဖုံးကွယ်ခြင်းသည် ဥပဒေနှင့် ဆန့်ကျင်သည်။ ကုမ္ပဏီက မကူညီလျှင် အလုပ်သမားစံနှုန်း စစ်ဆေးရေးရုံးကို တိုင်ပင်ပါ။`,
      vi: `## Bệnh thông thường

Khi bị cảm, sốt hoặc bị thương nhẹ, hãy đến phòng khám gần nhà trước. Bệnh viện lớn có thể thu thêm phí nếu bạn đến mà không có giấy giới thiệu của bác sĩ khác. Hãy mang theo thẻ bảo hiểm (hoặc thẻ My Number), thẻ lưu trú và danh sách thuốc bạn đang dùng.

## Khi khẩn cấp

- **119**: xe cấp cứu và cứu hỏa. Xe cấp cứu miễn phí. Hãy nói "kyukyu desu" (cần cấp cứu), sau đó nói địa chỉ.
- **110**: cảnh sát, khi có tội phạm hoặc tai nạn giao thông.
- Ở một số địa phương, bạn có thể gọi **#7119** để được tư vấn khi không chắc có nên gọi xe cấp cứu hay không.

## Bị thương khi làm việc?

Nếu bạn bị thương hoặc bị bệnh do công việc, hoặc trên đường đi làm và về nhà, **bảo hiểm tai nạn lao động** (rosai hoken) sẽ chi trả chi phí điều trị. Bảo hiểm này áp dụng cho mọi người lao động, kể cả người làm bán thời gian và người nước ngoài. Hãy báo với bệnh viện đây là tai nạn lao động và không dùng bảo hiểm y tế. Che giấu tai nạn lao động là vi phạm pháp luật. Nếu công ty không hợp tác, hãy liên hệ Văn phòng Giám sát Tiêu chuẩn Lao động.`,
    },
  },

  // ───────────────────────────── Money, tax and social insurance ─────────────────────────────
  {
    slug: 'tax-and-pension-basics',
    category: 'money-tax-social-insurance',
    tags: ['money', 'wages'],
    publishedAt: '2024-11-18T10:00:00+09:00',
    image: {
      key: 'tax-and-pension',
      palette: ['#8d6a9f', '#f6bd60'],
      alt: {
        ja: '重なったコインと、線の入った紙を組み合わせた抽象的なイラスト',
        en: 'Abstract illustration of stacked coins next to a sheet of lined paper.',
        zh: '叠放的硬币和带横线的纸张组成的抽象插图。',
        es: 'Ilustración abstracta de monedas apiladas junto a una hoja de papel con líneas.',
        pt: 'Ilustração abstrata de moedas empilhadas ao lado de uma folha de papel com linhas.',
        id: 'Ilustrasi abstrak tumpukan koin di samping selembar kertas bergaris.',
        tl: 'Abstraktong larawan ng patong-patong na barya sa tabi ng papel na may mga linya.',
        my: 'စီထပ်ထားသော အကြွေစေ့များနှင့် မျဉ်းကြောင်းပါ စာရွက်ကို ပေါင်းစပ်ထားသည့် စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng những đồng xu xếp chồng bên cạnh một tờ giấy có kẻ dòng.',
      },
    },
    title: {
      ja: '給料から引かれるお金：税金と年金',
      en: 'What is taken from your pay: tax and pension',
      zh: '从工资中扣除的钱：税金与养老金',
      es: 'Lo que se descuenta de su sueldo: impuestos y pensión',
      pt: 'O que é descontado do salário: impostos e previdência',
      id: 'Potongan dari gaji Anda: pajak dan pensiun',
      tl: 'Mga kinakaltas sa sahod mo: buwis at pensyon',
      my: 'လစာမှ နုတ်ယူသောငွေ - အခွန်နှင့် ပင်စင်',
      vi: 'Những khoản bị trừ vào lương: thuế và lương hưu',
    },
    summary: {
      ja: '給料から所得税、住民税、年金、保険料が引かれます。それぞれの意味と、日本を出るときにすることを知りましょう。',
      en: 'Income tax, resident tax, pension and insurance are deducted from your salary. Learn what each one is, and what to do about them when you leave Japan.',
      zh: '工资中会扣除所得税、住民税、养老金和保险费。了解它们分别是什么，以及离开日本时需要办理什么手续。',
      es: 'Del sueldo se descuentan el impuesto sobre la renta, el impuesto de residente, la pensión y los seguros. Conozca cada uno y qué hacer al salir de Japón.',
      pt: 'Do salário são descontados imposto de renda, imposto residencial, previdência e seguros. Entenda cada um e o que fazer ao sair do Japão.',
      id: 'Pajak penghasilan, pajak penduduk, pensiun, dan asuransi dipotong dari gaji Anda. Pelajari arti masing-masing dan apa yang harus dilakukan saat meninggalkan Jepang.',
      tl: 'Kinakaltas sa sahod mo ang income tax, resident tax, pensyon at insurance. Alamin kung ano ang bawat isa at ano ang dapat gawin kapag aalis ka na sa Japan.',
      my: 'လစာထဲမှ ဝင်ငွေခွန်၊ နေထိုင်သူခွန်၊ ပင်စင်နှင့် အာမခံကြေးများကို နုတ်ယူသည်။ တစ်ခုချင်းစီ၏ အဓိပ္ပာယ်နှင့် ဂျပန်မှ ထွက်ခွာချိန်တွင် လုပ်ရမည့်အရာများကို လေ့လာပါ။',
      vi: 'Thuế thu nhập, thuế cư trú, lương hưu và bảo hiểm được trừ vào lương của bạn. Hãy tìm hiểu từng khoản và những việc cần làm khi rời Nhật Bản.',
    },
    body: {
      ja: `毎月、給料{明細|めいさい}を見ましょう。いろいろなお金が引かれています。ふつうのことですが、{意味|いみ}を知っておきましょう。

- {所得税|しょとくぜい}：毎月の給料から引かれます。年の終わりに、会社が計算しなおします（{年末|ねんまつ}{調整|ちょうせい}）。お金がもどることもあります。
- {住民税|じゅうみんぜい}：住んでいる市や県にはらいます。**前の年**の{収入|しゅうにゅう}で決まるので、ふつう日本に来て2年目から始まります。
- {年金|ねんきん}：会社で働く人は「{厚生|こうせい}年金」に入ります。それ以外の20{歳|さい}から59歳の人は「{国民|こくみん}年金」に入ります。
- {健康|けんこう}{保険|ほけん}と{雇用|こよう}保険の{保険料|ほけんりょう}

## 日本を出るとき

- 日本を出たあとも、住民税をはらう{必要|ひつよう}があることがあります。出る前にはらうか、「{納税|のうぜい}{管理人|かんりにん}」を決めます。
- 年金を6か月以上はらった人は、「{脱退|だったい}{一時金|いちじきん}」をもらえます。日本を出てから2年以内に{申請|しんせい}します。
- 仕事を2つしていた人や、年の{途中|とちゅう}で仕事をやめた人は、2月から3月に「{確定|かくてい}{申告|しんこく}」が必要なことがあります。`,
      en: `Look at your payslip every month. You will see several deductions. They are normal, but you should understand them.

- **Income tax** (shotokuzei): taken from each salary. At the end of the year your company recalculates it (year-end adjustment), so you may get some money back.
- **Resident tax** (juminzei): paid to your city and prefecture. It is based on **last year's** income, so it usually starts in your second year in Japan.
- **Pension**: company employees join Employees' Pension Insurance (kosei nenkin). Other people aged 20 to 59 join the National Pension (kokumin nenkin).
- **Health insurance and employment insurance** premiums.

## When you leave Japan

- You may still owe resident tax after you leave. Pay it before you go, or name a tax representative (nozei kanrinin).
- If you paid into the pension for at least six months, you can claim a **lump-sum withdrawal payment** (dattai ichijikin). Apply within two years of leaving Japan.
- If you had two jobs, or left your job part-way through the year, you may need to file a tax return (kakutei shinkoku) between February and March.`,
      zh: `请每个月查看工资明细，上面会有几项扣款。这很正常，但您应该了解它们的含义。

- **所得税**：每月从工资中扣除。年底公司会重新计算（年末调整），有时会退还一部分。
- **住民税**：缴给所居住的市町村和都道府县。它根据**上一年**的收入计算，所以通常从来日本的第二年开始缴纳。
- **养老金**：公司员工加入“厚生年金”。其他20至59岁的人加入“国民年金”。
- **健康保险**和**雇用保险**的保险费。

## 离开日本时

- 离开日本后，可能仍需缴纳住民税。请在离开前缴清，或指定“纳税管理人”。
- 缴纳养老金满6个月的人，可以申请**脱退一次性给付金**（脱退一时金）。请在离开日本后2年内申请。
- 同时做两份工作或年中离职的人，可能需要在2月至3月进行“确定申报”（报税）。`,
      es: `Revise su recibo de sueldo cada mes. Verá varios descuentos. Son normales, pero conviene entenderlos.

- **Impuesto sobre la renta** (shotokuzei): se descuenta de cada sueldo. A fin de año la empresa lo vuelve a calcular (ajuste de fin de año) y es posible que le devuelvan algo.
- **Impuesto de residente** (jūminzei): se paga a su municipio y a su prefectura. Se calcula con los ingresos del **año anterior**, por eso normalmente empieza en su segundo año en Japón.
- **Pensión**: quienes trabajan en una empresa se afilian al Seguro de Pensiones para Empleados (kōsei nenkin). Las demás personas de 20 a 59 años se afilian a la Pensión Nacional (kokumin nenkin).
- Cuotas del **seguro de salud** y del **seguro de empleo**.

## Cuando salga de Japón

- Es posible que aún deba el impuesto de residente después de irse. Páguelo antes de salir o nombre a un representante fiscal (nōzei kanrinin).
- Si pagó la pensión durante seis meses o más, puede solicitar el **pago único por retiro** (dattai ichijikin). Hágalo dentro de los dos años siguientes a su salida de Japón.
- Si tuvo dos trabajos o dejó su empleo a mitad de año, quizá deba hacer la declaración de impuestos (kakutei shinkoku) entre febrero y marzo.`,
      pt: `Confira o holerite todo mês. Você vai ver vários descontos. Eles são normais, mas é bom entender cada um.

- **Imposto de renda** (shotokuzei): descontado de cada salário. No fim do ano, a empresa refaz o cálculo (ajuste de fim de ano), e você pode receber uma parte de volta.
- **Imposto residencial** (jūminzei): pago à cidade e à província. É calculado pela renda do **ano anterior**, por isso normalmente começa no seu segundo ano no Japão.
- **Previdência**: quem trabalha em empresa entra no Seguro de Pensão dos Empregados (kōsei nenkin). As outras pessoas de 20 a 59 anos entram na Pensão Nacional (kokumin nenkin).
- Contribuições do **seguro de saúde** e do **seguro-desemprego** (koyō hoken).

## Quando for sair do Japão

- Talvez você ainda precise pagar o imposto residencial depois de sair. Pague antes de ir embora ou nomeie um representante fiscal (nōzei kanrinin).
- Se pagou a previdência por seis meses ou mais, você pode pedir o **pagamento único de retirada** (dattai ichijikin). Faça o pedido em até dois anos depois de sair do Japão.
- Quem teve dois empregos ou saiu do emprego no meio do ano talvez precise fazer a declaração de imposto de renda (kakutei shinkoku) entre fevereiro e março.`,
      id: `Periksa slip gaji Anda setiap bulan. Di sana ada beberapa potongan. Itu hal yang biasa, tetapi sebaiknya Anda memahaminya.

- **Pajak penghasilan** (shotokuzei): dipotong dari setiap gaji. Di akhir tahun perusahaan menghitungnya kembali (penyesuaian akhir tahun), dan sebagian uang bisa dikembalikan.
- **Pajak penduduk** (juminzei): dibayarkan kepada kota dan prefektur tempat tinggal. Besarnya dihitung dari penghasilan **tahun lalu**, sehingga biasanya baru mulai pada tahun kedua Anda di Jepang.
- **Pensiun**: karyawan perusahaan ikut Asuransi Pensiun Karyawan (kosei nenkin). Orang lain yang berusia 20–59 tahun ikut Pensiun Nasional (kokumin nenkin).
- Iuran **asuransi kesehatan** dan **asuransi ketenagakerjaan**.

## Saat meninggalkan Jepang

- Pajak penduduk mungkin masih harus dibayar setelah Anda pergi. Lunasi sebelum pulang, atau tunjuk wakil pembayar pajak (nozei kanrinin).
- Jika Anda membayar iuran pensiun minimal enam bulan, Anda bisa mengklaim **pembayaran sekaligus saat keluar** (dattai ichijikin). Ajukan dalam waktu dua tahun setelah meninggalkan Jepang.
- Jika Anda punya dua pekerjaan atau berhenti kerja di tengah tahun, Anda mungkin perlu melapor pajak (kakutei shinkoku) antara Februari dan Maret.`,
      tl: `Tingnan ang payslip mo buwan-buwan. Makikita mo ang ilang kaltas. Normal ang mga ito, pero dapat mong maintindihan.

- **Income tax** (shotokuzei): kinakaltas sa bawat sahod. Sa katapusan ng taon, kinukuwenta itong muli ng kompanya (year-end adjustment), kaya puwedeng may maibalik sa iyo.
- **Resident tax** (juminzei): binabayaran sa lungsod at prefecture mo. Batay ito sa kita mo **noong nakaraang taon**, kaya karaniwang nagsisimula ito sa ikalawang taon mo sa Japan.
- **Pensyon**: ang mga empleyado ng kompanya ay kasali sa Employees' Pension Insurance (kosei nenkin). Ang iba na edad 20 hanggang 59 ay kasali sa National Pension (kokumin nenkin).
- Bayad sa **health insurance** at **employment insurance**.

## Kapag aalis ka na sa Japan

- Puwedeng kailangan mo pa ring magbayad ng resident tax pagkaalis mo. Bayaran ito bago umalis, o pumili ng tax representative (nozei kanrinin).
- Kung nagbayad ka ng pensyon nang hindi bababa sa anim na buwan, puwede kang mag-claim ng **lump-sum withdrawal payment** (dattai ichijikin). Mag-apply sa loob ng dalawang taon pagkaalis mo sa Japan.
- Kung dalawa ang trabaho mo o umalis ka sa trabaho sa kalagitnaan ng taon, baka kailangan mong mag-file ng tax return (kakutei shinkoku) mula Pebrero hanggang Marso.`,
      my: `လစဉ် လစာစလစ်ကို ကြည့်ပါ။ နုတ်ယူထားသော ငွေများစွာကို တွေ့ရမည်။ ၎င်းတို့သည် ပုံမှန်ဖြစ်သော်လည်း နားလည်ထားသင့်သည်။

- **ဝင်ငွေခွန်** (shotokuzei): လစာတိုင်းမှ နုတ်ယူသည်။ နှစ်ကုန်တွင် ကုမ္ပဏီက ပြန်လည်တွက်ချက်သည် (နှစ်ကုန်ညှိနှိုင်းမှု)၊ ထို့ကြောင့် ငွေအချို့ ပြန်ရနိုင်သည်။
- **နေထိုင်သူခွန်** (juminzei): နေထိုင်ရာ မြို့နှင့် ခရိုင်သို့ ပေးဆောင်ရသည်။ **ယခင်နှစ်** ဝင်ငွေပေါ် အခြေခံသောကြောင့် များသောအားဖြင့် ဂျပန်ရောက် ဒုတိယနှစ်မှ စတင်ပေးရသည်။
- **ပင်စင်**: ကုမ္ပဏီဝန်ထမ်းများသည် ဝန်ထမ်းပင်စင်အာမခံ (kosei nenkin) ဝင်ရသည်။ အသက် ၂၀ မှ ၅၉ နှစ်အတွင်း အခြားသူများသည် အမျိုးသားပင်စင် (kokumin nenkin) ဝင်ရသည်။
- **ကျန်းမာရေးအာမခံ** နှင့် **အလုပ်အကိုင်အာမခံ** ကြေးများ

## ဂျပန်မှ ထွက်ခွာသည့်အခါ

- ထွက်ခွာပြီးနောက်တွင်လည်း နေထိုင်သူခွန် ပေးရန် ကျန်နိုင်သည်။ မထွက်ခွာမီ ပေးဆောင်ပါ သို့မဟုတ် အခွန်ကိုယ်စားလှယ် (nozei kanrinin) ကို သတ်မှတ်ပါ။
- ပင်စင်ကြေး ၆ လ နှင့်အထက် ပေးခဲ့လျှင် **တစ်လုံးတစ်ခဲ ပြန်အမ်းငွေ** (dattai ichijikin) ကို တောင်းခံနိုင်သည်။ ဂျပန်မှ ထွက်ခွာပြီး ၂ နှစ်အတွင်း လျှောက်ထားပါ။
- အလုပ်နှစ်ခု လုပ်ခဲ့သူ သို့မဟုတ် နှစ်အလယ်တွင် အလုပ်ထွက်ခဲ့သူများသည် ဖေဖော်ဝါရီမှ မတ်လအတွင်း အခွန်ဆိုင်ရာ ကြေညာချက် (kakutei shinkoku) တင်ရန် လိုနိုင်သည်။`,
      vi: `Hãy xem phiếu lương mỗi tháng. Bạn sẽ thấy có nhiều khoản bị trừ. Điều này là bình thường, nhưng bạn nên hiểu rõ từng khoản.

- **Thuế thu nhập** (shotokuzei): bị trừ vào mỗi kỳ lương. Cuối năm, công ty tính lại (điều chỉnh cuối năm) và bạn có thể được hoàn lại một phần.
- **Thuế cư trú** (juminzei): nộp cho thành phố và tỉnh nơi bạn sống. Thuế này tính theo thu nhập của **năm trước**, nên thường bắt đầu từ năm thứ hai bạn ở Nhật.
- **Lương hưu**: nhân viên công ty tham gia Bảo hiểm Hưu trí Phúc lợi (kosei nenkin). Những người khác từ 20 đến 59 tuổi tham gia Lương hưu Quốc dân (kokumin nenkin).
- Phí **bảo hiểm y tế** và **bảo hiểm việc làm**.

## Khi rời Nhật Bản

- Có thể bạn vẫn phải nộp thuế cư trú sau khi về nước. Hãy nộp trước khi đi hoặc chỉ định người quản lý nộp thuế (nozei kanrinin).
- Nếu đã đóng lương hưu từ 6 tháng trở lên, bạn có thể nhận **khoản trợ cấp một lần khi rút khỏi chế độ** (dattai ichijikin, thường gọi là "rút tiền nenkin"). Hãy nộp đơn trong vòng 2 năm sau khi rời Nhật.
- Nếu làm hai công việc hoặc nghỉ việc giữa năm, bạn có thể phải khai quyết toán thuế (kakutei shinkoku) trong khoảng tháng 2 đến tháng 3.`,
    },
  },
  {
    slug: 'sending-money-home-safely',
    category: 'money-tax-social-insurance',
    tags: ['money', 'everyday-rules'],
    publishedAt: '2025-11-10T10:00:00+09:00',
    countries: ['vn', 'ph', 'id', 'mm', 'np'],
    title: {
      ja: '国にお金を送るときの注意',
      en: 'Sending money home safely',
      zh: '安全地向国内汇款',
      es: 'Enviar dinero a su país de forma segura',
      pt: 'Como enviar dinheiro para o seu país com segurança',
      id: 'Mengirim uang ke kampung halaman dengan aman',
      tl: 'Ligtas na pagpapadala ng pera sa sariling bansa',
      my: 'မိခင်နိုင်ငံသို့ ငွေကို လုံခြုံစွာ ပို့ခြင်း',
      vi: 'Gửi tiền về nước an toàn',
    },
    summary: {
      ja: '国にお金を送るときは、銀行や登録された送金会社を使いましょう。銀行口座やカードを売ったり貸したりすることは犯罪です。',
      en: 'Use a bank or a registered money transfer company. Never sell or lend your bank account or card: it is a crime.',
      zh: '请通过银行或已登记的汇款公司汇款。绝对不要出售或出借您的银行账户或银行卡，这是犯罪行为。',
      es: 'Use un banco o una empresa de envíos de dinero registrada. Nunca venda ni preste su cuenta o tarjeta bancaria: es un delito.',
      pt: 'Use um banco ou uma empresa de remessas registrada. Nunca venda nem empreste sua conta ou cartão do banco: isso é crime.',
      id: 'Gunakan bank atau perusahaan pengiriman uang yang terdaftar. Jangan pernah menjual atau meminjamkan rekening atau kartu bank Anda karena itu tindak pidana.',
      tl: 'Gumamit ng bangko o rehistradong remittance company. Huwag kailanman ibenta o ipahiram ang iyong bank account o card dahil krimen ito.',
      my: 'ဘဏ် သို့မဟုတ် မှတ်ပုံတင်ထားသော ငွေလွှဲကုမ္ပဏီကို အသုံးပြုပါ။ ဘဏ်အကောင့် သို့မဟုတ် ကတ်ကို ဘယ်တော့မှ မရောင်းပါနှင့်၊ မငှားပါနှင့်။ ၎င်းသည် ရာဇဝတ်မှု ဖြစ်သည်။',
      vi: 'Hãy dùng ngân hàng hoặc công ty chuyển tiền đã đăng ký. Tuyệt đối không bán hoặc cho mượn tài khoản, thẻ ngân hàng vì đó là hành vi phạm tội.',
    },
    body: {
      ja: `家族にお金を送る人は多いです。{安全|あんぜん}な方法をえらびましょう。

- **銀行や、登録された送金会社を使います。**外国へお金を送る会社は、国（{金融庁|きんゆうちょう}）への{登録|とうろく}が必要です。使う前に{確認|かくにん}しましょう。
- **「地下銀行」を使ってはいけません。**登録していない人にたのんで{送金|そうきん}するのは{違法|いほう}です。お金がなくなることもあります。
- **銀行口座、キャッシュカード、自分の名前で契約したスマホを、売ったり、貸したり、あげたりしてはいけません。**{詐欺|さぎ}などの{犯罪|はんざい}に使われます。お金をもらえると言われても、ことわってください。{逮捕|たいほ}されることがあります。
- **国に帰るときは、銀行口座を解約します。**友だちにあげてはいけません。

{口座|こうざ}を売ってほしいと言われたときや、だまされたと思ったときは、{警察|けいさつ}（{緊急|きんきゅう}のときは110、相談は#9110）や[JP-MIRAIアシスト](articles:how-to-use-jp-mirai-assist)に相談してください。`,
      en: `Many workers send part of their pay to their families. Choose a safe way to do it.

- **Use a bank or a registered money transfer company.** In Japan, companies that send money abroad must be registered with the Financial Services Agency. Check before you use one.
- **Do not use underground banking.** Sending money through people who are not registered is illegal, and you may lose your money.
- **Never sell, lend or give away your bank account, your cash card or a phone contracted in your name.** Criminals use them for fraud. Even if someone offers you money, say no. You can be arrested.
- **When you leave Japan for good, close your bank account** instead of giving it to a friend.

If someone asks for your account, or you think you have been cheated, contact the police (110 in an emergency, #9110 for advice) or [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      zh: `很多人会把部分工资寄给家人。请选择安全的方式汇款。

- **使用银行或已登记的汇款公司。**在日本，向海外汇款的公司必须在金融厅登记。使用前请先确认。
- **不要使用地下钱庄。**通过未登记的人汇款是违法的，还可能血本无归。
- **绝对不要出售、出借或转让您的银行账户、银行卡或以您名义签约的手机。**它们会被用于诈骗等犯罪。即使有人说会给您钱，也要拒绝，否则可能会被逮捕。
- **永久离开日本时，请注销银行账户**，不要转交给朋友。

如果有人向您索要账户，或您觉得自己被骗了，请联系警察（紧急情况拨打110，咨询拨打#9110）或[JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist)。`,
      es: `Muchos trabajadores envían parte de su sueldo a su familia. Elija una forma segura de hacerlo.

- **Use un banco o una empresa de envíos registrada.** En Japón, las empresas que envían dinero al extranjero deben estar registradas ante la Agencia de Servicios Financieros. Verifíquelo antes de usarla.
- **No use la "banca clandestina".** Enviar dinero a través de personas no registradas es ilegal y puede perder su dinero.
- **Nunca venda, preste ni regale su cuenta bancaria, su tarjeta de cajero ni un teléfono contratado a su nombre.** Los delincuentes los usan para estafas. Aunque le ofrezcan dinero, diga que no: podrían detenerle.
- **Cuando regrese definitivamente a su país, cierre su cuenta bancaria** en lugar de dársela a un amigo.

Si alguien le pide su cuenta o cree que ha sido víctima de una estafa, comuníquese con la policía (110 en emergencias, #9110 para consultas) o con [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      pt: `Muitos trabalhadores mandam parte do salário para a família. Escolha uma forma segura.

- **Use um banco ou uma empresa de remessas registrada.** No Japão, as empresas que enviam dinheiro ao exterior precisam ser registradas na Agência de Serviços Financeiros. Verifique antes de usar.
- **Não use "banco clandestino".** Mandar dinheiro por meio de pessoas não registradas é ilegal, e você pode perder o dinheiro.
- **Nunca venda, empreste nem dê sua conta bancária, seu cartão do banco ou um celular contratado no seu nome.** Criminosos usam essas coisas para aplicar golpes. Mesmo que ofereçam dinheiro, diga não. Você pode ser preso.
- **Quando voltar de vez para o seu país, encerre a conta bancária** em vez de passá-la para um amigo.

Se alguém pedir sua conta ou se você achar que caiu num golpe, procure a polícia (110 em emergências, #9110 para consultas) ou o [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      id: `Banyak pekerja mengirim sebagian gaji kepada keluarga. Pilihlah cara yang aman.

- **Gunakan bank atau perusahaan pengiriman uang yang terdaftar.** Di Jepang, perusahaan yang mengirim uang ke luar negeri wajib terdaftar di Badan Jasa Keuangan (FSA). Periksa dulu sebelum menggunakannya.
- **Jangan gunakan "bank gelap".** Mengirim uang lewat orang yang tidak terdaftar itu ilegal, dan uang Anda bisa hilang.
- **Jangan pernah menjual, meminjamkan, atau memberikan rekening bank, kartu ATM, atau ponsel yang dikontrak atas nama Anda.** Penjahat memakainya untuk penipuan. Walaupun ditawari uang, tolaklah. Anda bisa ditangkap.
- **Saat pulang ke negara asal untuk selamanya, tutup rekening bank Anda**, jangan diberikan kepada teman.

Jika ada yang meminta rekening Anda atau Anda merasa tertipu, hubungi polisi (110 untuk keadaan darurat, #9110 untuk konsultasi) atau [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      tl: `Maraming manggagawa ang nagpapadala ng bahagi ng sahod nila sa pamilya. Pumili ng ligtas na paraan.

- **Gumamit ng bangko o rehistradong remittance company.** Sa Japan, kailangang nakarehistro sa Financial Services Agency ang mga kompanyang nagpapadala ng pera sa ibang bansa. Suriin muna bago gamitin.
- **Huwag gumamit ng "underground banking".** Ilegal ang pagpapadala ng pera sa pamamagitan ng mga taong hindi rehistrado, at puwedeng mawala ang pera mo.
- **Huwag kailanman ibenta, ipahiram o ibigay ang bank account, cash card o cellphone na nakapangalan sa iyo.** Ginagamit ito ng mga kriminal sa panloloko. Kahit alukin ka ng pera, tumanggi ka. Puwede kang arestuhin.
- **Kapag uuwi ka na nang tuluyan, isara ang bank account mo** sa halip na ibigay sa kaibigan.

Kung may humingi ng account mo o sa tingin mo ay naloko ka, lumapit sa pulis (110 kapag emergency, #9110 para sa konsultasyon) o sa [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
      my: `အလုပ်သမား အများအပြားသည် လစာ၏ တစ်စိတ်တစ်ပိုင်းကို မိသားစုထံ ပို့ကြသည်။ လုံခြုံသော နည်းလမ်းကို ရွေးပါ။

- **ဘဏ် သို့မဟုတ် မှတ်ပုံတင်ထားသော ငွေလွှဲကုမ္ပဏီကို သုံးပါ။** ဂျပန်တွင် နိုင်ငံခြားသို့ ငွေလွှဲသော ကုမ္ပဏီများသည် ငွေကြေးဝန်ဆောင်မှုအေဂျင်စီ (FSA) တွင် မှတ်ပုံတင်ထားရမည်။ မသုံးမီ စစ်ဆေးပါ။
- **တရားမဝင် ငွေလွှဲ (ဟွန်ဒီ) ကို မသုံးပါနှင့်။** မှတ်ပုံမတင်ထားသူများမှတစ်ဆင့် ငွေလွှဲခြင်းသည် တရားမဝင်ဖြစ်ပြီး သင့်ငွေ ဆုံးရှုံးနိုင်သည်။
- **ဘဏ်အကောင့်၊ ATM ကတ် သို့မဟုတ် သင့်အမည်ဖြင့် စာချုပ်ထားသော ဖုန်းကို ဘယ်တော့မှ မရောင်းပါနှင့်၊ မငှားပါနှင့်၊ မပေးပါနှင့်။** ရာဇဝတ်သားများက လိမ်လည်မှုများတွင် အသုံးပြုသည်။ ငွေပေးမည်ဟု ပြောလာလျှင်လည်း ငြင်းပါ။ ဖမ်းဆီးခံရနိုင်သည်။
- **ဂျပန်မှ အပြီးပြန်သည့်အခါ ဘဏ်အကောင့်ကို ပိတ်ပါ။** သူငယ်ချင်းကို မပေးပါနှင့်။

တစ်စုံတစ်ယောက်က သင့်အကောင့်ကို တောင်းလာလျှင် သို့မဟုတ် လိမ်လည်ခံရသည်ဟု ထင်လျှင် ရဲ (အရေးပေါ်ဆိုလျှင် 110၊ တိုင်ပင်ရန် #9110) သို့မဟုတ် [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist) ကို ဆက်သွယ်ပါ။`,
      vi: `Nhiều người lao động gửi một phần lương về cho gia đình. Hãy chọn cách gửi an toàn.

- **Dùng ngân hàng hoặc công ty chuyển tiền đã đăng ký.** Ở Nhật, công ty chuyển tiền ra nước ngoài phải đăng ký với Cơ quan Dịch vụ Tài chính (FSA). Hãy kiểm tra trước khi sử dụng.
- **Không dùng "ngân hàng ngầm".** Gửi tiền qua người không đăng ký là bất hợp pháp và bạn có thể bị mất tiền.
- **Tuyệt đối không bán, cho mượn hay cho người khác tài khoản ngân hàng, thẻ ATM hoặc điện thoại đứng tên bạn.** Kẻ xấu sẽ dùng chúng để lừa đảo. Dù được trả tiền, hãy từ chối. Bạn có thể bị bắt.
- **Khi về nước hẳn, hãy đóng tài khoản ngân hàng**, đừng đưa cho bạn bè.

Nếu có người hỏi mua tài khoản hoặc bạn nghĩ mình bị lừa, hãy liên hệ cảnh sát (110 khi khẩn cấp, #9110 để được tư vấn) hoặc [JP-MIRAI Assist](articles:how-to-use-jp-mirai-assist).`,
    },
  },

  // ───────────────────────────── Safety and disasters ─────────────────────────────
  {
    slug: 'earthquake-preparedness',
    category: 'safety-and-disasters',
    tags: ['disaster-preparedness', 'emergency'],
    publishedAt: '2024-09-01T09:00:00+09:00',
    videos: ['preparing-for-earthquakes'],
    image: {
      key: 'earthquake',
      palette: ['#d62828', '#fcbf49'],
      alt: {
        ja: '小さな家の形の下に波のような線がある、地面のゆれをイメージした抽象的なイラスト',
        en: 'Abstract illustration of wavy lines under a small house shape, suggesting the ground shaking.',
        zh: '小房子图形下方有波浪线的抽象插图，象征地面摇晃。',
        es: 'Ilustración abstracta de líneas onduladas bajo la silueta de una casa pequeña, que sugiere un temblor.',
        pt: 'Ilustração abstrata de linhas onduladas sob o desenho de uma casinha, sugerindo o chão tremendo.',
        id: 'Ilustrasi abstrak garis bergelombang di bawah bentuk rumah kecil, menggambarkan tanah yang berguncang.',
        tl: 'Abstraktong larawan ng mga kulot na linya sa ilalim ng maliit na bahay, na sumisimbolo sa pagyanig ng lupa.',
        my: 'အိမ်ပုံငယ်လေးအောက်တွင် လှိုင်းတွန့်မျဉ်းများ ပါရှိပြီး မြေပြင်လှုပ်ခါခြင်းကို ဖော်ပြသည့် စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng những đường lượn sóng bên dưới một ngôi nhà nhỏ, gợi hình ảnh mặt đất rung chuyển.',
      },
    },
    title: {
      ja: '地震にそなえよう：ゆれる前・ゆれている時・ゆれたあと',
      en: 'Earthquakes: what to do before, during and after',
      zh: '地震：事前、发生时和事后该怎么做',
      es: 'Terremotos: qué hacer antes, durante y después',
      pt: 'Terremotos: o que fazer antes, durante e depois',
      id: 'Gempa bumi: apa yang harus dilakukan sebelum, saat, dan sesudahnya',
      tl: 'Lindol: ano ang gagawin bago, habang, at pagkatapos',
      my: 'ငလျင် - မလှုပ်မီ၊ လှုပ်နေစဉ်နှင့် လှုပ်ပြီးနောက် လုပ်ရမည့်အရာများ',
      vi: 'Động đất: cần làm gì trước, trong và sau khi xảy ra',
    },
    summary: {
      ja: '日本では地震がよくあります。家で準備をして、ゆれたときにすることと、地震のあとの情報の集め方を知っておきましょう。',
      en: 'Earthquakes happen often in Japan. Prepare at home, know what to do when the ground shakes, and find reliable information afterwards.',
      zh: '日本经常发生地震。请在家做好准备，了解摇晃时该怎么做，以及地震后如何获取可靠信息。',
      es: 'En Japón los terremotos son frecuentes. Prepárese en casa, sepa qué hacer cuando tiembla y dónde encontrar información confiable después.',
      pt: 'Terremotos são comuns no Japão. Prepare-se em casa, saiba o que fazer quando o chão tremer e onde encontrar informações confiáveis depois.',
      id: 'Gempa bumi sering terjadi di Jepang. Bersiaplah di rumah, ketahui apa yang harus dilakukan saat terjadi guncangan, dan cari informasi tepercaya sesudahnya.',
      tl: 'Madalas lumindol sa Japan. Maghanda sa bahay, alamin ang gagawin kapag yumanig, at kung saan makakakuha ng maaasahang impormasyon pagkatapos.',
      my: 'ဂျပန်တွင် ငလျင် မကြာခဏ လှုပ်သည်။ အိမ်တွင် ကြိုတင်ပြင်ဆင်ထားပါ၊ လှုပ်သည့်အခါ ဘာလုပ်ရမည်ကို သိထားပါ၊ ငလျင်ပြီးနောက် ယုံကြည်ရသော သတင်းအချက်အလက်ကို ရှာပါ။',
      vi: 'Ở Nhật Bản động đất xảy ra thường xuyên. Hãy chuẩn bị sẵn ở nhà, biết cách hành động khi rung lắc và tìm thông tin đáng tin cậy sau đó.',
    },
    body: {
      ja: `## ゆれる前に

- 高い{家具|かぐ}は、かべに{固定|こてい}します。重い物の下でねないようにします。
- {非常用|ひじょうよう}のかばんを{用意|ようい}します。水、3日分以上の食べ物、ライト、モバイルバッテリー、{薬|くすり}、パスポートと{在留|ざいりゅう}カードのコピーを入れます。
- 市のハザードマップで、近くの{避難所|ひなんじょ}をさがします。家族や友だちとも{確認|かくにん}しましょう。

## ゆれている時

- 頭を{守|まも}ります。できれば、じょうぶな{机|つくえ}の下に入ります。
- ゆれている時に、外へ走って出ないでください。{建物|たてもの}から物が落ちてくることがあります。
- 海の近くで強いゆれを{感|かん}じたときや、{津波|つなみ}{警報|けいほう}が出たときは、**すぐに高いところへにげます**。

## ゆれたあと

{余震|よしん}（あとから来る地震）に気をつけます。市役所、NHK、{観光庁|かんこうちょう}の「Safety tips」アプリなどで、正しい{情報|じょうほう}を見ましょう。Safety tipsは、たくさんの言葉で知らせてくれます。家族に{無事|ぶじ}を知らせるときは、「{災害|さいがい}{用|よう}{伝言|でんごん}ダイヤル（171）」や、{携帯|けいたい}電話会社の災害用伝言板が使えます。

動画「[地震にそなえよう](videos:preparing-for-earthquakes)」も見てください。`,
      en: `## Before

- Fix tall furniture to the wall, and do not sleep under heavy objects.
- Prepare an emergency bag: water, food for at least three days, a flashlight, a mobile battery, medicine, and copies of your passport and residence card.
- Find your nearest **evacuation site** on your city's hazard map, and check it with your family and friends.

## During the shaking

- Protect your head. Get under a strong table if you can.
- Do not run outside while it is shaking. Things can fall from buildings.
- If you are near the coast and feel strong shaking, or hear a tsunami warning, **go to high ground at once**.

## After

Watch out for aftershocks. Follow official information from your city, NHK or the Safety tips app from the Japan Tourism Agency, which sends alerts in many languages. To tell your family you are safe, you can use the disaster message dial (171) or the disaster message boards of mobile phone companies.

Watch the video [Preparing for earthquakes](videos:preparing-for-earthquakes).`,
      zh: `## 地震前

- 把高大的家具固定在墙上，不要在重物下面睡觉。
- 准备应急包：饮用水、至少3天的食物、手电筒、充电宝、药品，以及护照和在留卡的复印件。
- 在所在城市的灾害风险地图（hazard map）上找到最近的**避难所**，并和家人、朋友一起确认。

## 摇晃时

- 保护好头部，尽量躲到结实的桌子下面。
- 摇晃时不要往外跑，建筑物上可能有东西掉下来。
- 如果在海边感到强烈摇晃，或听到海啸警报，**请立即前往高处**。

## 地震后

注意余震。请通过市政府、NHK或日本观光厅的“Safety tips”应用获取官方信息，该应用可以用多种语言发送提醒。向家人报平安时，可以使用灾害留言电话（171）或手机运营商的灾害留言板。

请观看视频[做好地震防范](videos:preparing-for-earthquakes)。`,
      es: `## Antes

- Fije los muebles altos a la pared y no duerma debajo de objetos pesados.
- Prepare una mochila de emergencia: agua, comida para al menos tres días, linterna, batería portátil, medicinas y copias de su pasaporte y de su tarjeta de residencia.
- Busque en el mapa de riesgos (hazard map) de su ciudad el **lugar de evacuación** más cercano y confírmelo con su familia y sus amigos.

## Mientras tiembla

- Proteja su cabeza. Si puede, métase debajo de una mesa resistente.
- No salga corriendo mientras tiembla: pueden caer objetos de los edificios.
- Si está cerca de la costa y siente un temblor fuerte, o escucha una alerta de tsunami, **vaya de inmediato a un lugar alto**.

## Después

Tenga cuidado con las réplicas. Siga la información oficial de su municipio, de NHK o de la aplicación Safety tips de la Agencia de Turismo de Japón, que envía alertas en muchos idiomas. Para avisar a su familia de que está bien, puede usar el servicio de mensajes para desastres (171) o los tableros de mensajes de las compañías de telefonía móvil.

Vea el video [Prepárese para los terremotos](videos:preparing-for-earthquakes).`,
      pt: `## Antes

- Prenda os móveis altos na parede e não durma embaixo de objetos pesados.
- Prepare uma mochila de emergência: água, comida para pelo menos três dias, lanterna, bateria portátil, remédios e cópias do passaporte e do cartão de residência.
- Procure no mapa de riscos (hazard map) da sua cidade o **local de abrigo** mais próximo e combine com a família e os amigos.

## Durante o tremor

- Proteja a cabeça. Se puder, fique embaixo de uma mesa resistente.
- Não saia correndo enquanto estiver tremendo: objetos podem cair dos prédios.
- Se estiver perto do mar e sentir um tremor forte, ou ouvir um alerta de tsunami, **vá imediatamente para um lugar alto**.

## Depois

Cuidado com as réplicas. Acompanhe as informações oficiais da prefeitura, da NHK ou do aplicativo Safety tips, da Agência de Turismo do Japão, que envia alertas em vários idiomas. Para avisar a família de que você está bem, use o serviço de recados para desastres (171) ou os murais de recados das operadoras de celular.

Assista ao vídeo [Prepare-se para terremotos](videos:preparing-for-earthquakes).`,
      id: `## Sebelum gempa

- Pasang pengaman pada perabot tinggi ke dinding dan jangan tidur di bawah benda berat.
- Siapkan tas darurat: air, makanan untuk minimal tiga hari, senter, power bank, obat-obatan, serta fotokopi paspor dan kartu izin tinggal.
- Cari **tempat evakuasi** terdekat di peta bahaya (hazard map) kota Anda, lalu pastikan bersama keluarga dan teman.

## Saat guncangan

- Lindungi kepala Anda. Jika bisa, berlindunglah di bawah meja yang kuat.
- Jangan berlari keluar saat masih berguncang karena benda bisa jatuh dari gedung.
- Jika Anda berada di dekat pantai dan merasakan guncangan kuat, atau mendengar peringatan tsunami, **segera pergi ke tempat yang tinggi**.

## Sesudah gempa

Waspadai gempa susulan. Ikuti informasi resmi dari kantor kota, NHK, atau aplikasi Safety tips dari Badan Pariwisata Jepang yang memberi peringatan dalam banyak bahasa. Untuk memberi kabar selamat kepada keluarga, Anda bisa memakai layanan pesan bencana (171) atau papan pesan bencana dari operator seluler.

Tonton video [Bersiap menghadapi gempa bumi](videos:preparing-for-earthquakes).`,
      tl: `## Bago lumindol

- Ikabit sa pader ang matataas na muwebles at huwag matulog sa ilalim ng mabibigat na bagay.
- Maghanda ng emergency bag: tubig, pagkain para sa hindi bababa sa tatlong araw, flashlight, power bank, gamot, at kopya ng pasaporte at residence card.
- Hanapin sa hazard map ng inyong lungsod ang pinakamalapit na **evacuation site**, at ipaalam ito sa pamilya at mga kaibigan.

## Habang lumilindol

- Protektahan ang ulo. Kung kaya, sumilong sa ilalim ng matibay na mesa.
- Huwag tumakbo palabas habang yumayanig. Puwedeng may mahulog mula sa mga gusali.
- Kung malapit ka sa dagat at nakaramdam ng malakas na yanig, o nakarinig ng tsunami warning, **pumunta agad sa mataas na lugar**.

## Pagkatapos

Mag-ingat sa mga aftershock. Sundin ang opisyal na impormasyon mula sa city office, NHK o sa Safety tips app ng Japan Tourism Agency, na nagbibigay ng alerto sa maraming wika. Para ipaalam sa pamilya na ligtas ka, puwede mong gamitin ang disaster message dial (171) o ang disaster message board ng mga mobile phone company.

Panoorin ang video na [Paghahanda sa lindol](videos:preparing-for-earthquakes).`,
      my: `## ငလျင်မလှုပ်မီ

- အမြင့်ရှိသော ပရိဘောဂများကို နံရံတွင် ခိုင်ခံ့အောင် တွဲချိတ်ထားပြီး လေးလံသောပစ္စည်းများအောက်တွင် မအိပ်ပါနှင့်။
- အရေးပေါ်အိတ် ပြင်ဆင်ထားပါ။ ရေ၊ အနည်းဆုံး ၃ ရက်စာ စားစရာ၊ ဓာတ်မီး၊ အားသွင်းဘက်ထရီ၊ ဆေးဝါးနှင့် နိုင်ငံကူးလက်မှတ်၊ နေထိုင်ခွင့်ကတ်တို့၏ မိတ္တူများ ထည့်ထားပါ။
- မြို့၏ ဘေးအန္တရာယ်မြေပုံ (hazard map) တွင် အနီးဆုံး **ဘေးလွတ်ရာနေရာ** ကို ရှာပြီး မိသားစုနှင့် သူငယ်ချင်းများနှင့်အတူ အတည်ပြုထားပါ။

## လှုပ်နေစဉ်

- ခေါင်းကို ကာကွယ်ပါ။ ဖြစ်နိုင်လျှင် ခိုင်ခံ့သော စားပွဲအောက်သို့ ဝင်ပါ။
- လှုပ်နေစဉ် အပြင်သို့ ပြေးမထွက်ပါနှင့်။ အဆောက်အအုံများမှ ပစ္စည်းများ ပြုတ်ကျနိုင်သည်။
- ပင်လယ်ကမ်းအနီးတွင် ပြင်းထန်စွာ လှုပ်သည်ကို ခံစားရလျှင် သို့မဟုတ် ဆူနာမီသတိပေးချက် ကြားလျှင် **ချက်ချင်း မြင့်သောနေရာသို့ သွားပါ**။

## လှုပ်ပြီးနောက်

နောက်ဆက်တွဲ ငလျင်များကို သတိထားပါ။ မြို့ရုံး၊ NHK သို့မဟုတ် ဂျပန်ခရီးသွားလုပ်ငန်းအေဂျင်စီ၏ Safety tips အက်ပ်မှ တရားဝင်သတင်းများကို လိုက်နာပါ။ ထိုအက်ပ်သည် ဘာသာစကားများစွာဖြင့် သတိပေးချက်များ ပို့ပေးသည်။ မိသားစုကို ဘေးကင်းကြောင်း အသိပေးရန် ဘေးအန္တရာယ်သုံး မက်ဆေ့ချ်ဖုန်း (171) သို့မဟုတ် ဖုန်းကုမ္ပဏီများ၏ ဘေးအန္တရာယ်သုံး မက်ဆေ့ချ်ဘုတ်ကို သုံးနိုင်သည်။

[ငလျင်အတွက် ကြိုတင်ပြင်ဆင်ခြင်း](videos:preparing-for-earthquakes) ဗီဒီယိုကိုလည်း ကြည့်ပါ။`,
      vi: `## Trước động đất

- Cố định đồ nội thất cao vào tường và không ngủ dưới những vật nặng.
- Chuẩn bị túi khẩn cấp: nước, thức ăn cho ít nhất 3 ngày, đèn pin, sạc dự phòng, thuốc men và bản sao hộ chiếu, thẻ lưu trú.
- Tìm **nơi sơ tán** gần nhất trên bản đồ nguy cơ thiên tai (hazard map) của thành phố và cùng gia đình, bạn bè xác nhận trước.

## Khi đang rung lắc

- Bảo vệ đầu. Nếu có thể, hãy chui xuống gầm bàn chắc chắn.
- Đừng chạy ra ngoài khi đang rung lắc vì đồ vật có thể rơi từ các tòa nhà.
- Nếu bạn ở gần biển và cảm thấy rung mạnh, hoặc nghe cảnh báo sóng thần, **hãy lập tức lên chỗ cao**.

## Sau động đất

Hãy cẩn thận với dư chấn. Theo dõi thông tin chính thức từ tòa thị chính, đài NHK hoặc ứng dụng Safety tips của Cục Du lịch Nhật Bản; ứng dụng này gửi cảnh báo bằng nhiều ngôn ngữ. Để báo tin bình an cho gia đình, bạn có thể dùng dịch vụ nhắn tin khi có thảm họa (171) hoặc bảng tin thảm họa của các nhà mạng điện thoại.

Hãy xem video [Chuẩn bị ứng phó với động đất](videos:preparing-for-earthquakes).`,
    },
  },

  // ───────────────────────────── Learning Japanese ─────────────────────────────
  {
    slug: 'learning-japanese-for-free',
    category: 'learning-japanese',
    tags: ['japanese-language'],
    publishedAt: '2025-09-08T10:00:00+09:00',
    image: {
      key: 'learning-japanese',
      palette: ['#457b9d', '#ffb4a2'],
      alt: {
        ja: 'ひらいた本から吹き出しが出ている抽象的なイラスト',
        en: 'Abstract illustration of an open book with a speech bubble rising from its pages.',
        zh: '一本打开的书中升起一个对话框的抽象插图。',
        es: 'Ilustración abstracta de un libro abierto del que sale un globo de diálogo.',
        pt: 'Ilustração abstrata de um livro aberto com um balão de fala saindo das páginas.',
        id: 'Ilustrasi abstrak buku terbuka dengan balon percakapan yang muncul dari halamannya.',
        tl: 'Abstraktong larawan ng nakabukas na libro na may speech bubble na lumalabas sa mga pahina.',
        my: 'ဖွင့်ထားသော စာအုပ်မှ စကားပြောကွက်တစ်ခု ထွက်ပေါ်လာသည့် စိတ္တဇပုံ',
        vi: 'Hình minh họa trừu tượng một cuốn sách mở với bong bóng hội thoại bay lên từ trang sách.',
      },
    },
    title: {
      ja: '無料や安い料金で日本語を勉強する方法',
      en: 'Ways to learn Japanese for free or at low cost',
      zh: '免费或低价学习日语的方法',
      es: 'Formas de aprender japonés gratis o a bajo costo',
      pt: 'Como aprender japonês de graça ou gastando pouco',
      id: 'Cara belajar bahasa Jepang secara gratis atau murah',
      tl: 'Mga paraan para matuto ng Nihongo nang libre o mura',
      my: 'အခမဲ့ သို့မဟုတ် စရိတ်သက်သာစွာ ဂျပန်ဘာသာ လေ့လာနည်းများ',
      vi: 'Cách học tiếng Nhật miễn phí hoặc chi phí thấp',
    },
    summary: {
      ja: '地域の日本語教室、無料のオンライン教材、日本語能力試験など、働きながら日本語を勉強する方法を紹介します。',
      en: 'Local Japanese classes, free online courses and the JLPT: how to keep learning Japanese while you work.',
      zh: '介绍一边工作一边学习日语的方法：社区日语教室、免费的在线课程和日语能力考试等。',
      es: 'Clases de japonés en su comunidad, cursos gratuitos en línea y el examen JLPT: cómo seguir aprendiendo japonés mientras trabaja.',
      pt: 'Aulas de japonês na sua cidade, cursos on-line gratuitos e o exame JLPT: como continuar aprendendo japonês enquanto trabalha.',
      id: 'Kelas bahasa Jepang di lingkungan sekitar, kursus online gratis, dan ujian JLPT: cara terus belajar bahasa Jepang sambil bekerja.',
      tl: 'Mga klase ng Nihongo sa inyong lugar, libreng online course at ang JLPT: paano patuloy na matuto ng Nihongo habang nagtatrabaho.',
      my: 'ဒေသတွင်း ဂျပန်စာသင်တန်းများ၊ အခမဲ့ အွန်လိုင်းသင်ခန်းစာများနှင့် JLPT စာမေးပွဲ - အလုပ်လုပ်ရင်း ဂျပန်ဘာသာကို ဆက်လက်လေ့လာနည်း။',
      vi: 'Lớp tiếng Nhật ở địa phương, khóa học trực tuyến miễn phí và kỳ thi JLPT: cách tiếp tục học tiếng Nhật trong khi đi làm.',
    },
    body: {
      ja: `日本語がわかると、仕事が{安全|あんぜん}になり、生活も{楽|らく}になります。いい仕事をさがすときや、{在留|ざいりゅう}{資格|しかく}をかえるときにも{役|やく}に{立|た}ちます。

## 地域の日本語{教室|きょうしつ}

多くの町に、ボランティアや{国際|こくさい}{交流|こうりゅう}{協会|きょうかい}の日本語教室があります。{無料|むりょう}や安い{料金|りょうきん}のところが多く、夜や週末にもあります。市役所や国際交流協会で聞いてみましょう。

## 無料のオンライン{教材|きょうざい}

- **いろどり 生活の日本語**：{国際|こくさい}{交流|こうりゅう}{基金|ききん}の無料の{教科書|きょうかしょ}です。音声もあります。
- **JF日本語eラーニング みなと**：国際交流基金のオンライン{講座|こうざ}です。
- **NHK WORLD-JAPAN「やさしい日本語」**：いろいろな言葉で学べる、短いレッスンです。

## {試験|しけん}を受ける

日本語{能力|のうりょく}試験（JLPT）は、日本では7月と12月の、年2回あります。{合格|ごうかく}すると、仕事をかえるときや、在留資格の{申請|しんせい}に役立つことがあります。

毎日少しずつ{練習|れんしゅう}しましょう。まわりの{看板|かんばん}を読んだり、{同僚|どうりょう}に新しい言葉を1つ聞いたりしてみましょう。まちがえても{大丈夫|だいじょうぶ}です。`,
      en: `Knowing more Japanese makes work safer and daily life easier. It also helps when you look for a better job or want to change your status of residence.

## Local Japanese classes

Many towns have Japanese classes run by volunteers or the local international association. They are often free or very cheap, and some are held in the evening or at weekends. Ask at your city office or international association.

## Free online learning

- **Irodori: Japanese for Life in Japan**: a free course book from the Japan Foundation, with audio, for everyday situations.
- **JF Japanese e-Learning Minato**: online courses from the Japan Foundation.
- **NHK WORLD-JAPAN "Easy Japanese"**: short lessons you can follow in many languages.

## Take a test

The Japanese-Language Proficiency Test (JLPT) is held twice a year in Japan, in July and December. A certificate can help when you change jobs or apply for some statuses of residence.

Practise a little every day: read the signs around you, ask a coworker for one new word, and do not be afraid of mistakes.`,
      zh: `懂更多日语，工作会更安全，生活也会更方便。想找更好的工作或变更在留资格时，日语也很有帮助。

## 社区日语教室

很多地方都有由志愿者或国际交流协会开办的日语教室，通常免费或费用很低，晚上和周末也有课。可以到市政府或国际交流协会咨询。

## 免费在线学习

- **《いろどり 生活日语》**：国际交流基金会提供的免费教材，附有音频，内容贴近日常生活。
- **JF日语e-Learning“Minato”**：国际交流基金会的在线课程。
- **NHK WORLD-JAPAN“简易日语”（Easy Japanese）**：可以用多种语言学习的简短课程。

## 参加考试

日本语能力测试（JLPT）在日本每年举办两次，分别在7月和12月。取得证书后，对换工作或申请某些在留资格会有帮助。

每天练习一点点：看看周围的招牌，向同事学一个新单词，不要害怕犯错。`,
      es: `Saber más japonés hace el trabajo más seguro y la vida diaria más fácil. También le ayuda a buscar un mejor empleo o a cambiar de estatus de residencia.

## Clases de japonés en su comunidad

En muchas ciudades hay clases de japonés organizadas por voluntarios o por la asociación internacional local. Suelen ser gratuitas o muy baratas, y algunas son por la noche o los fines de semana. Pregunte en su municipalidad o en la asociación internacional.

## Aprender gratis en internet

- **Irodori: japonés para la vida en Japón**: libro gratuito de la Fundación Japón, con audio, para situaciones cotidianas.
- **JF Japanese e-Learning Minato**: cursos en línea de la Fundación Japón.
- **NHK WORLD-JAPAN "Easy Japanese"**: lecciones cortas que puede seguir en muchos idiomas.

## Presente un examen

El Examen de Aptitud en Idioma Japonés (JLPT) se realiza dos veces al año en Japón, en julio y diciembre. Tener el certificado puede ayudarle al cambiar de trabajo o al solicitar algunos estatus de residencia.

Practique un poco cada día: lea los letreros a su alrededor, pregunte a un compañero una palabra nueva y no tenga miedo de equivocarse.`,
      pt: `Saber mais japonês deixa o trabalho mais seguro e o dia a dia mais fácil. Também ajuda quando você procura um emprego melhor ou quer mudar de status de residência.

## Aulas de japonês na sua cidade

Muitas cidades têm aulas de japonês organizadas por voluntários ou pela associação internacional local. Em geral são gratuitas ou bem baratas, e algumas turmas são à noite ou nos fins de semana. Pergunte na prefeitura ou na associação internacional.

## Estudar de graça pela internet

- **Irodori: japonês para a vida no Japão**: livro gratuito da Fundação Japão, com áudio, para situações do dia a dia.
- **JF Japanese e-Learning Minato**: cursos on-line da Fundação Japão.
- **NHK WORLD-JAPAN "Easy Japanese"**: lições curtas que você pode acompanhar em vários idiomas.

## Faça uma prova

O Exame de Proficiência em Língua Japonesa (JLPT) é aplicado duas vezes por ano no Japão, em julho e dezembro. O certificado pode ajudar na troca de emprego ou no pedido de alguns status de residência.

Pratique um pouco todos os dias: leia as placas ao seu redor, pergunte uma palavra nova a um colega e não tenha medo de errar.`,
      id: `Makin paham bahasa Jepang, makin aman pekerjaan Anda dan makin mudah kehidupan sehari-hari. Bahasa Jepang juga membantu saat mencari pekerjaan yang lebih baik atau ingin mengganti status izin tinggal.

## Kelas bahasa Jepang di lingkungan sekitar

Banyak kota punya kelas bahasa Jepang yang dikelola relawan atau asosiasi internasional setempat. Biasanya gratis atau sangat murah, dan ada kelas malam atau akhir pekan. Tanyakan di kantor kota atau asosiasi internasional.

## Belajar gratis secara online

- **Irodori: Bahasa Jepang untuk Kehidupan di Jepang**: buku pelajaran gratis dari Japan Foundation, dilengkapi audio, untuk situasi sehari-hari.
- **JF Japanese e-Learning Minato**: kursus online dari Japan Foundation.
- **NHK WORLD-JAPAN "Easy Japanese"**: pelajaran singkat yang bisa diikuti dalam banyak bahasa.

## Ikuti ujian

Ujian Kemampuan Bahasa Jepang (JLPT) diadakan dua kali setahun di Jepang, pada bulan Juli dan Desember. Sertifikatnya bisa membantu saat pindah kerja atau mengajukan beberapa jenis status izin tinggal.

Berlatihlah sedikit setiap hari: baca papan petunjuk di sekitar Anda, tanyakan satu kata baru kepada rekan kerja, dan jangan takut salah.`,
      tl: `Kapag mas marunong ka ng Nihongo, mas ligtas ang trabaho at mas madali ang araw-araw na buhay. Nakakatulong din ito kapag naghahanap ka ng mas magandang trabaho o gusto mong magpalit ng status of residence.

## Mga klase ng Nihongo sa inyong lugar

Maraming bayan ang may klase ng Nihongo na pinapatakbo ng mga volunteer o ng lokal na international association. Kadalasan ay libre o napakamura, at may mga klase sa gabi o tuwing weekend. Magtanong sa city office o sa international association.

## Libreng pag-aaral online

- **Irodori: Japanese for Life in Japan**: libreng textbook mula sa Japan Foundation, may audio, para sa pang-araw-araw na sitwasyon.
- **JF Japanese e-Learning Minato**: mga online course mula sa Japan Foundation.
- **NHK WORLD-JAPAN "Easy Japanese"**: maiikling aralin na masusundan sa maraming wika.

## Kumuha ng exam

Dalawang beses isang taon ginagawa sa Japan ang Japanese-Language Proficiency Test (JLPT), tuwing Hulyo at Disyembre. Makakatulong ang certificate kapag lilipat ka ng trabaho o mag-a-apply ng ilang status of residence.

Mag-practice nang kaunti araw-araw: basahin ang mga karatula sa paligid mo, magtanong ng isang bagong salita sa katrabaho, at huwag matakot magkamali.`,
      my: `ဂျပန်ဘာသာ ပိုတတ်လေ အလုပ်တွင် ပိုဘေးကင်းပြီး နေ့စဉ်ဘဝလည်း ပိုလွယ်ကူလေ ဖြစ်သည်။ ပိုကောင်းသောအလုပ် ရှာချိန် သို့မဟုတ် နေထိုင်ခွင့်အဆင့်အတန်း ပြောင်းချိန်တွင်လည်း အထောက်အကူ ဖြစ်သည်။

## ဒေသတွင်း ဂျပန်စာသင်တန်းများ

မြို့အများအပြားတွင် စေတနာ့ဝန်ထမ်းများ သို့မဟုတ် ဒေသဆိုင်ရာ နိုင်ငံတကာချစ်ကြည်ရေးအသင်းက ဖွင့်လှစ်သော ဂျပန်စာသင်တန်းများ ရှိသည်။ များသောအားဖြင့် အခမဲ့ သို့မဟုတ် အလွန်သက်သာပြီး ညနေပိုင်း သို့မဟုတ် စနေ၊ တနင်္ဂနွေနေ့များတွင် တက်နိုင်သည့် အတန်းများလည်း ရှိသည်။ မြို့ရုံး သို့မဟုတ် နိုင်ငံတကာချစ်ကြည်ရေးအသင်းတွင် မေးမြန်းပါ။

## အခမဲ့ အွန်လိုင်းလေ့လာခြင်း

- **Irodori (ဂျပန်တွင် နေထိုင်ရန် ဂျပန်ဘာသာ)**: Japan Foundation ၏ အခမဲ့ သင်ရိုးစာအုပ်ဖြစ်ပြီး အသံဖိုင်ပါရှိကာ နေ့စဉ်ဘဝ အခြေအနေများအတွက် ဖြစ်သည်။
- **JF Japanese e-Learning Minato**: Japan Foundation ၏ အွန်လိုင်းသင်တန်းများ။
- **NHK WORLD-JAPAN "Easy Japanese"**: ဘာသာစကားများစွာဖြင့် လေ့လာနိုင်သော သင်ခန်းစာတိုများ။

## စာမေးပွဲ ဖြေဆိုပါ

ဂျပန်ဘာသာစွမ်းရည် စာမေးပွဲ (JLPT) ကို ဂျပန်တွင် တစ်နှစ်လျှင် နှစ်ကြိမ်၊ ဇူလိုင်လနှင့် ဒီဇင်ဘာလတွင် ကျင်းပသည်။ လက်မှတ်ရထားလျှင် အလုပ်ပြောင်းချိန် သို့မဟုတ် နေထိုင်ခွင့်အဆင့်အတန်းအချို့ လျှောက်ချိန်တွင် အထောက်အကူ ဖြစ်နိုင်သည်။

နေ့စဉ် နည်းနည်းစီ လေ့ကျင့်ပါ။ ပတ်ဝန်းကျင်ရှိ ဆိုင်းဘုတ်များကို ဖတ်ပါ၊ လုပ်ဖော်ကိုင်ဖက်ထံမှ စကားလုံးအသစ်တစ်လုံး မေးပါ၊ မှားမှာကို မကြောက်ပါနှင့်။`,
      vi: `Biết tiếng Nhật nhiều hơn giúp công việc an toàn hơn và cuộc sống dễ dàng hơn. Tiếng Nhật cũng giúp ích khi bạn muốn tìm việc tốt hơn hoặc chuyển đổi tư cách lưu trú.

## Lớp tiếng Nhật ở địa phương

Nhiều nơi có lớp tiếng Nhật do tình nguyện viên hoặc hiệp hội giao lưu quốc tế địa phương tổ chức. Các lớp này thường miễn phí hoặc rất rẻ, có lớp buổi tối và cuối tuần. Hãy hỏi tại tòa thị chính hoặc hiệp hội giao lưu quốc tế.

## Học trực tuyến miễn phí

- **Irodori – Tiếng Nhật cho cuộc sống tại Nhật**: giáo trình miễn phí của Quỹ Giao lưu Quốc tế Nhật Bản, có file nghe, dành cho các tình huống hằng ngày.
- **JF Japanese e-Learning Minato**: các khóa học trực tuyến của Quỹ Giao lưu Quốc tế Nhật Bản.
- **NHK WORLD-JAPAN "Easy Japanese"**: các bài học ngắn có thể học bằng nhiều ngôn ngữ.

## Tham gia kỳ thi

Kỳ thi Năng lực Nhật ngữ (JLPT) được tổ chức ở Nhật hai lần mỗi năm, vào tháng 7 và tháng 12. Chứng chỉ có thể giúp ích khi bạn chuyển việc hoặc xin một số loại tư cách lưu trú.

Hãy luyện tập một chút mỗi ngày: đọc các biển hiệu xung quanh, hỏi đồng nghiệp một từ mới và đừng sợ mắc lỗi.`,
    },
  },
]
