/**
 * Demo videos. The YouTube ids are placeholders with the right shape, not real uploads.
 */
import type { SeedVideo } from '../types'

export const videos: SeedVideo[] = [
  {
    slug: 'how-to-use-jp-mirai-assist',
    youtubeId: 'Jm7aSs1st01',
    publishedAt: '2023-08-25T10:00:00+09:00',
    durationSeconds: 214,
    captionLanguages: ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'],
    title: {
      ja: 'JP-MIRAIアシストの使い方',
      en: 'How to use JP-MIRAI Assist',
      zh: '如何使用JP-MIRAI Assist',
      es: 'Cómo usar JP-MIRAI Assist',
      pt: 'Como usar o JP-MIRAI Assist',
      id: 'Cara menggunakan JP-MIRAI Assist',
      tl: 'Paano gamitin ang JP-MIRAI Assist',
      my: 'JP-MIRAI Assist ကို အသုံးပြုနည်း',
      vi: 'Cách sử dụng JP-MIRAI Assist',
    },
    description: {
      ja: '外国人のための無料の相談窓口です。どんなことを相談できるか、電話・メール・チャットでの相談のしかたを紹介します。',
      en: 'A short guide to the free consultation service for foreign nationals: what you can ask about, and how to get in touch by phone, email or chat.',
      zh: '介绍面向外国人的免费咨询服务：可以咨询哪些问题，以及如何通过电话、邮件或在线聊天进行咨询。',
      es: 'Guía breve del servicio gratuito de consultas para personas extranjeras: sobre qué puede consultar y cómo comunicarse por teléfono, correo electrónico o chat.',
      pt: 'Um guia rápido do serviço gratuito de consultas para estrangeiros: sobre o que você pode perguntar e como entrar em contato por telefone, e-mail ou chat.',
      id: 'Panduan singkat layanan konsultasi gratis untuk warga asing: apa saja yang bisa dikonsultasikan dan cara menghubunginya lewat telepon, email, atau chat.',
      tl: 'Maikling gabay sa libreng konsultasyon para sa mga dayuhan: kung ano ang puwede mong itanong at paano kumontak sa telepono, email o chat.',
      my: 'နိုင်ငံခြားသားများအတွက် အခမဲ့ တိုင်ပင်ဆွေးနွေးမှု ဝန်ဆောင်မှုအကြောင်း လမ်းညွှန်ဖြစ်သည်။ မည်သည့်အကြောင်းအရာများကို မေးမြန်းနိုင်သည်နှင့် ဖုန်း၊ အီးမေးလ်၊ ချတ်ဖြင့် ဆက်သွယ်နည်းကို ပြသထားသည်။',
      vi: 'Hướng dẫn ngắn về dịch vụ tư vấn miễn phí dành cho người nước ngoài: bạn có thể hỏi về những gì và cách liên hệ qua điện thoại, email hoặc chat.',
    },
    transcript: {
      ja: `こんにちは。JP-MIRAIアシストは、日本に住む外国人のための無料の相談窓口です。

仕事、給料、在留資格、病院、家族のことなど、いろいろなことを相談できます。電話、メール、チャットで相談できます。日本語のほかに、たくさんの言葉で話せます。

あなたが話したことを、あなたの許可なく会社に伝えることはありません。困ったときは、ひとりでなやまないで、まず相談してください。`,
      en: `Hello. JP-MIRAI Assist is a free consultation service for foreign nationals living in Japan.

You can ask about many things: your job, your pay, your residence status, hospitals, your family and more. You can contact us by phone, email or chat, in Japanese and many other languages.

We will not tell your company what you said without your permission. If you are in trouble, don't worry alone. Talk to us first.`,
      vi: `Xin chào. JP-MIRAI Assist là dịch vụ tư vấn miễn phí dành cho người nước ngoài đang sống tại Nhật Bản.

Bạn có thể hỏi về nhiều việc: công việc, tiền lương, tư cách lưu trú, bệnh viện, gia đình và nhiều vấn đề khác. Bạn có thể liên hệ qua điện thoại, email hoặc chat, bằng tiếng Nhật và nhiều ngôn ngữ khác.

Chúng tôi sẽ không cho công ty biết những gì bạn nói nếu bạn không đồng ý. Khi gặp khó khăn, đừng lo lắng một mình. Hãy liên hệ với chúng tôi.`,
    },
  },
  {
    slug: 'your-rights-at-work',
    youtubeId: 'RgTw0rk2b9X',
    publishedAt: '2024-02-14T10:00:00+09:00',
    durationSeconds: 287,
    captionLanguages: ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'],
    title: {
      ja: '日本で働く人の権利',
      en: 'Your rights at work in Japan',
      zh: '在日本工作的权利',
      es: 'Sus derechos en el trabajo en Japón',
      pt: 'Seus direitos no trabalho no Japão',
      id: 'Hak Anda saat bekerja di Jepang',
      tl: 'Ang iyong mga karapatan sa trabaho sa Japan',
      my: 'ဂျပန်တွင် အလုပ်လုပ်သူ၏ အခွင့်အရေးများ',
      vi: 'Quyền lợi của bạn khi làm việc tại Nhật Bản',
    },
    description: {
      ja: '日本の労働の法律は、国籍に関係なく、日本で働くすべての人を守ります。最低賃金、残業代、有給休暇、相談先の基本を学びましょう。',
      en: 'Japanese labour law protects everyone who works in Japan, whatever their nationality. Learn the basics: minimum wage, overtime pay, paid leave and where to ask for help.',
      zh: '日本的劳动法律保护所有在日本工作的人，不论国籍。了解最低工资、加班费、带薪休假和咨询窗口等基本知识。',
      es: 'Las leyes laborales de Japón protegen a todas las personas que trabajan en el país, sin importar su nacionalidad. Conozca lo básico: salario mínimo, pago de horas extra, vacaciones pagadas y dónde pedir ayuda.',
      pt: 'As leis trabalhistas do Japão protegem todas as pessoas que trabalham no país, seja qual for a nacionalidade. Conheça o básico: salário mínimo, hora extra, férias remuneradas e onde pedir ajuda.',
      id: 'Hukum ketenagakerjaan Jepang melindungi semua orang yang bekerja di Jepang, apa pun kewarganegaraannya. Pelajari dasar-dasarnya: upah minimum, upah lembur, cuti berbayar, dan tempat meminta bantuan.',
      tl: 'Pinoprotektahan ng mga batas sa paggawa ng Japan ang lahat ng nagtatrabaho sa Japan, anuman ang nasyonalidad. Alamin ang mga pangunahing bagay: minimum wage, bayad sa overtime, paid leave at kung saan hihingi ng tulong.',
      my: 'ဂျပန်၏ အလုပ်သမားဥပဒေများသည် နိုင်ငံသားမရွေး ဂျပန်တွင် အလုပ်လုပ်သူအားလုံးကို ကာကွယ်ပေးသည်။ အနည်းဆုံးလုပ်ခ၊ အချိန်ပိုလုပ်ခ၊ လစာပြည့်ခွင့်နှင့် အကူအညီတောင်းနိုင်သည့်နေရာများအကြောင်း အခြေခံကို လေ့လာပါ။',
      vi: 'Luật lao động Nhật Bản bảo vệ tất cả người làm việc tại Nhật, dù bạn mang quốc tịch nào. Hãy tìm hiểu những điều cơ bản: lương tối thiểu, tiền làm thêm giờ, nghỉ phép có lương và nơi nhờ giúp đỡ.',
    },
    transcript: {
      ja: `日本の労働基準法は、外国人にも日本人と同じように使われます。

会社は、最低賃金より低い給料をはらってはいけません。決められた時間より長く働いたら、残業代がもらえます。6か月続けて働くと、有給休暇がもらえます。

困ったときは、労働基準監督署やJP-MIRAIアシストに相談してください。`,
      en: `Japan's Labour Standards Act applies to foreign workers in the same way as to Japanese workers.

Your employer must not pay you less than the minimum wage. If you work longer than the legal hours, you must receive overtime pay. After six months of continuous work, you get paid annual leave.

If you have a problem, contact the Labour Standards Inspection Office or JP-MIRAI Assist.`,
    },
  },
  {
    slug: 'preparing-for-earthquakes',
    youtubeId: 'Eq8pRep4rD1',
    publishedAt: '2024-08-30T10:00:00+09:00',
    durationSeconds: 245,
    captionLanguages: ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'],
    title: {
      ja: '地震にそなえよう',
      en: 'Preparing for earthquakes',
      zh: '做好地震防范',
      es: 'Prepárese para los terremotos',
      pt: 'Prepare-se para terremotos',
      id: 'Bersiap menghadapi gempa bumi',
      tl: 'Paghahanda sa lindol',
      my: 'ငလျင်အတွက် ကြိုတင်ပြင်ဆင်ခြင်း',
      vi: 'Chuẩn bị ứng phó với động đất',
    },
    description: {
      ja: '地震の前に準備すること、ゆれているときにすること、地震のあとに正しい情報を集める方法を紹介します。',
      en: 'What to prepare before an earthquake, what to do while the ground is shaking, and how to get reliable information afterwards.',
      zh: '介绍地震前要准备什么、摇晃时该怎么做，以及地震后如何获取可靠信息。',
      es: 'Qué preparar antes de un terremoto, qué hacer mientras tiembla y cómo obtener información confiable después.',
      pt: 'O que preparar antes de um terremoto, o que fazer enquanto o chão treme e como obter informações confiáveis depois.',
      id: 'Apa yang perlu disiapkan sebelum gempa, apa yang harus dilakukan saat guncangan terjadi, dan cara mendapatkan informasi yang tepercaya sesudahnya.',
      tl: 'Ano ang ihahanda bago lumindol, ano ang gagawin habang yumayanig, at paano makakuha ng maaasahang impormasyon pagkatapos.',
      my: 'ငလျင်မလှုပ်မီ ပြင်ဆင်ထားရမည့်အရာများ၊ လှုပ်နေစဉ် လုပ်ရမည့်အရာများနှင့် ငလျင်လှုပ်ပြီးနောက် ယုံကြည်ရသော သတင်းအချက်အလက် ရယူနည်းကို ပြသထားသည်။',
      vi: 'Những gì cần chuẩn bị trước động đất, cần làm gì khi đang rung lắc và cách tìm thông tin đáng tin cậy sau đó.',
    },
    transcript: {
      ja: `日本では地震がよくあります。家具がたおれないように、かべに固定しましょう。水、食べ物、ライト、薬を用意しておきましょう。

ゆれたら、机の下に入って頭を守ってください。ゆれが止まったら、近くの避難所の場所と、正しいニュースを確認しましょう。`,
      en: `Earthquakes happen often in Japan. Fix tall furniture to the wall so that it does not fall. Keep water, food, a flashlight and medicine ready.

When the ground shakes, get under a table and protect your head. When the shaking stops, check where your nearest evacuation site is and follow official news.`,
      id: `Gempa bumi sering terjadi di Jepang. Pasang pengaman pada perabot tinggi ke dinding agar tidak jatuh. Siapkan air, makanan, senter, dan obat-obatan.

Saat terjadi guncangan, masuklah ke bawah meja dan lindungi kepala Anda. Setelah guncangan berhenti, pastikan lokasi tempat evakuasi terdekat dan ikuti berita resmi.`,
    },
  },
  {
    slug: 'health-insurance-basics',
    youtubeId: 'Hi5nsUr4nc3',
    publishedAt: '2025-01-15T10:00:00+09:00',
    durationSeconds: 198,
    captionLanguages: ['ja', 'en', 'zh', 'es', 'pt', 'id', 'tl', 'my', 'vi'],
    title: {
      ja: '健康保険の基本',
      en: 'Health insurance basics',
      zh: '健康保险基础知识',
      es: 'Lo básico del seguro de salud',
      pt: 'O básico do seguro de saúde',
      id: 'Dasar-dasar asuransi kesehatan',
      tl: 'Mga pangunahing kaalaman sa health insurance',
      my: 'ကျန်းမာရေးအာမခံ အခြေခံ',
      vi: 'Kiến thức cơ bản về bảo hiểm y tế',
    },
    description: {
      ja: '日本でだれが公的な健康保険に入るのか、病院でいくらはらうのか、病院に何を持っていくのかを説明します。',
      en: 'Who must join public health insurance in Japan, how much you pay at the hospital, and what to bring when you see a doctor.',
      zh: '说明在日本谁必须加入公共健康保险、在医院需要自付多少，以及看病时要带什么。',
      es: 'Quién debe afiliarse al seguro de salud público en Japón, cuánto se paga en el hospital y qué llevar al médico.',
      pt: 'Quem precisa entrar no seguro de saúde público no Japão, quanto se paga no hospital e o que levar à consulta.',
      id: 'Siapa yang wajib ikut asuransi kesehatan publik di Jepang, berapa bagian biaya yang dibayar di rumah sakit, dan apa yang perlu dibawa saat berobat.',
      tl: 'Sino ang dapat sumali sa pampublikong health insurance sa Japan, magkano ang babayaran mo sa ospital, at ano ang dadalhin kapag magpapatingin sa doktor.',
      my: 'ဂျပန်တွင် ပြည်သူ့ကျန်းမာရေးအာမခံကို မည်သူဝင်ရမည်၊ ဆေးရုံတွင် မည်မျှပေးရမည်နှင့် ဆရာဝန်ပြသရာတွင် ဘာယူသွားရမည်ကို ရှင်းပြထားသည်။',
      vi: 'Ai phải tham gia bảo hiểm y tế công ở Nhật, bạn trả bao nhiêu khi đi khám và cần mang theo gì khi đến bệnh viện.',
    },
    transcript: {
      ja: `日本に3か月より長く住む人は、公的な健康保険に入ります。会社で働く人は、ふつう会社の健康保険に入ります。それ以外の人は、市役所で国民健康保険に入ります。

病院では、ふつう医療費の3割をはらいます。病院に行くときは、マイナンバーカードなど、保険に入っていることがわかるものを持って行きましょう。`,
      en: `If you live in Japan for more than three months, you join public health insurance. Company employees usually join their company's health insurance. Other people join National Health Insurance at the city office.

At the hospital you usually pay 30% of the cost. When you see a doctor, bring your My Number Card or another document that shows you are insured.`,
    },
  },
]
