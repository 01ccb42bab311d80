/**
 * The safety self-check, from the questions of JP-MIRAI Safety in the 2023 annual report (work:
 * overtime over 45 hours a month, unpaid wages or overtime, paid leave restricted, documents kept
 * by someone else, consultation or a union forbidden; daily life: violence, harassment, dismissal
 * over pregnancy, internet forbidden, no days off). Plain language; Japanese with furigana.
 * Translations are ours and need a native speaker's review. For companies' feedback reports, each
 * question names the Code of Conduct commitment a "yes" falls short of, what it means under Japanese
 * law and what to do (our summaries, in Japanese and English; not legal advice).
 */
import type { CommitmentKey } from '@mirai/content-schemas/taxonomies'

import type { AllLocales, Markup } from '../types'

export interface SeedSafetyQuestion {
  key: string
  severity: 'serious' | 'check'
  explanations: string[]
  /** The Code of Conduct commitment a "yes" falls short of. */
  commitment: CommitmentKey
  /** What companies read with their feedback (Japanese and English only: workers never see it). */
  forCompanies: { explanation: StaffText; action: StaffText }
  text: AllLocales<Markup>
}

type StaffText = { ja: string; en: string }

export interface SeedSafetySection {
  key: 'work' | 'daily-life'
  title: AllLocales
  questions: SeedSafetyQuestion[]
}

export const safetyIntro: AllLocales<Markup> = {
  ja: 'かんたんな{質問|しつもん}に「はい」か「いいえ」で{答|こた}えてください。5〜10{分|ふん}でおわります。{答|こた}えはあなたのスマートフォンの{中|なか}だけで{使|つか}われ、だれにも{送|おく}られません。',
  en: 'Answer simple questions with “yes” or “no”. It takes 5 to 10 minutes. Your answers stay on your phone and are sent to no one.',
  zh: '请用“是”或“否”回答简单的问题，大约需要5到10分钟。您的回答只保存在您的手机上，不会发送给任何人。',
  es: 'Responda preguntas sencillas con “sí” o “no”. Tarda de 5 a 10 minutos. Sus respuestas se quedan en su teléfono y no se envían a nadie.',
  pt: 'Responda a perguntas simples com “sim” ou “não”. Leva de 5 a 10 minutos. Suas respostas ficam no seu celular e não são enviadas a ninguém.',
  id: 'Jawab pertanyaan sederhana dengan “ya” atau “tidak”. Hanya 5–10 menit. Jawaban Anda tetap di ponsel Anda dan tidak dikirim kepada siapa pun.',
  tl: 'Sagutin ang mga simpleng tanong ng “oo” o “hindi”. Aabutin ito ng 5 hanggang 10 minuto. Ang mga sagot mo ay nasa telepono mo lang at hindi ipinapadala kaninuman.',
  my: 'ရိုးရှင်းသော မေးခွန်းများကို “ဟုတ်” သို့မဟုတ် “မဟုတ်” ဖြင့် ဖြေပါ။ ၅ မိနစ်မှ ၁၀ မိနစ်ခန့် ကြာပါမည်။ သင့်အဖြေများသည် သင့်ဖုန်းထဲတွင်သာ ရှိပြီး မည်သူ့ထံမျှ မပို့ပါ။',
  vi: 'Hãy trả lời các câu hỏi đơn giản bằng “có” hoặc “không”. Mất khoảng 5–10 phút. Câu trả lời của bạn chỉ ở trên điện thoại của bạn và không gửi cho ai.',
}

export const safetySections: SeedSafetySection[] = [
  {
    key: 'work',
    title: {
      ja: '仕事',
      en: 'At work',
      zh: '工作',
      es: 'En el trabajo',
      pt: 'No trabalho',
      id: 'Di tempat kerja',
      tl: 'Sa trabaho',
      my: 'အလုပ်တွင်',
      vi: 'Trong công việc',
    },
    questions: [
      {
        key: 'overtime-over-45-hours',
        severity: 'check',
        explanations: ['working-hours-overtime-and-paid-leave'],
        commitment: 'legal-compliance',
        forCompanies: {
          explanation: {
            ja: '時間外労働は、36協定があっても原則として月45時間・年360時間が上限です（労働基準法）。「はい」の割合は、上限を超える残業が常態化しているおそれを示します。',
            en: 'Under the Labour Standards Act, overtime is capped at 45 hours a month and 360 hours a year in principle, even with a labour-management (Article 36) agreement. A share of "yes" points to overtime beyond the cap becoming routine.',
          },
          action: {
            ja: '勤怠記録と実際の労働時間を照合し、上限を超えている部署と理由を特定してください。人員配置や生産計画を見直し、36協定の内容を母語で説明してください。',
            en: 'Compare attendance records with the hours actually worked, and find which teams exceed the cap and why. Review staffing and production plans, and explain the Article 36 agreement to workers in their own language.',
          },
        },
        text: {
          ja: '1か{月|げつ}の{残業|ざんぎょう}（{時間外|じかんがい}の{仕事|しごと}）が45{時間|じかん}より{多|おお}い。',
          en: 'You work more than 45 hours of overtime in a month.',
          zh: '您一个月的加班时间超过45小时。',
          es: 'Hace más de 45 horas extra al mes.',
          pt: 'Você faz mais de 45 horas extras por mês.',
          id: 'Lembur Anda lebih dari 45 jam dalam sebulan.',
          tl: 'Higit sa 45 oras ang overtime mo sa isang buwan.',
          my: 'တစ်လအတွင်း အချိန်ပို အလုပ်ချိန် ၄၅ နာရီထက် ပိုလုပ်ရသည်။',
          vi: 'Bạn làm thêm giờ hơn 45 giờ trong một tháng.',
        },
      },
      {
        key: 'wages-not-paid',
        severity: 'serious',
        explanations: ['minimum-wage-in-japan', 'things-your-employer-must-not-do'],
        commitment: 'legal-compliance',
        forCompanies: {
          explanation: {
            ja: '賃金は全額を支払わなければならず、控除できるのは税金・社会保険料や労使協定で定めたものに限られます。未払いは法令違反であり、借金や失踪につながる深刻なリスクです。',
            en: 'Wages must be paid in full; only taxes, social insurance and deductions set in a written labour-management agreement may be withheld. Unpaid wages break the law and are a serious risk, leading to debt and workers leaving.',
          },
          action: {
            ja: '給与明細を母語で説明できるようにし、控除項目と残業代の計算を点検してください。未払いが見つかれば速やかに精算し、監理団体・登録支援機関の関わる分も確認してください。',
            en: 'Make payslips explainable in the worker’s language and check every deduction and the calculation of overtime pay. Settle any shortfall at once, including amounts handled by supervising or support organisations.',
          },
        },
        text: {
          ja: '{給料|きゅうりょう}や{残業代|ざんぎょうだい}が、ぜんぶ{払|はら}われていない（{税金|ぜいきん}などで{引|ひ}かれる{分|ぶん}はのぞく）。',
          en: 'Your wages or overtime pay are not paid in full (apart from tax and other legal deductions).',
          zh: '您的工资或加班费没有全部支付（税金等法定扣除除外）。',
          es: 'No le pagan todo su salario o sus horas extra (aparte de impuestos y otras deducciones legales).',
          pt: 'Seu salário ou suas horas extras não são pagos por inteiro (fora impostos e outros descontos legais).',
          id: 'Gaji atau uang lembur Anda tidak dibayar penuh (selain pajak dan potongan resmi lainnya).',
          tl: 'Hindi buong ibinabayad ang sahod o overtime pay mo (maliban sa buwis at iba pang legal na kaltas).',
          my: 'လုပ်ခ သို့မဟုတ် အချိန်ပိုကြေးကို အပြည့်အဝ မပေးပါ (အခွန်နှင့် ဥပဒေအရ နုတ်ယူမှုများမှလွဲ၍)။',
          vi: 'Tiền lương hoặc tiền làm thêm giờ không được trả đủ (trừ thuế và các khoản khấu trừ theo luật).',
        },
      },
      {
        key: 'paid-leave-restricted',
        severity: 'check',
        explanations: ['working-hours-overtime-and-paid-leave'],
        commitment: 'legal-compliance',
        forCompanies: {
          explanation: {
            ja: '年次有給休暇は労働者の権利で、年10日以上付与される人には年5日を確実に取得させる義務があります。取得の制限は法令違反のおそれがあります。',
            en: 'Annual paid leave is the worker’s right, and an employer must make sure that everyone granted 10 days or more takes at least 5 of them a year. Restricting it may break the law.',
          },
          action: {
            ja: '有給休暇の残日数と取得状況を一人ひとり確認し、申請の手順を母語で伝えてください。繁忙期でも取得できるよう、計画的な付与を検討してください。',
            en: 'Check each worker’s remaining leave and the days taken, and explain how to apply in their language. Plan leave so that it can be taken in busy seasons too.',
          },
        },
        text: {
          ja: '{有給休暇|ゆうきゅうきゅうか}（お{金|かね}をもらって{休|やす}める{日|ひ}）をとらせてもらえなかった。',
          en: 'You were not allowed to take paid leave.',
          zh: '您不被允许休带薪假。',
          es: 'No le dejaron tomar vacaciones pagadas.',
          pt: 'Não deixaram você tirar férias remuneradas.',
          id: 'Anda tidak diizinkan mengambil cuti berbayar.',
          tl: 'Hindi ka pinayagang kumuha ng bayad na bakasyon (paid leave).',
          my: 'လစာရ ခွင့်ယူခွင့် မပြုခဲ့ပါ။',
          vi: 'Bạn không được cho nghỉ phép có lương.',
        },
      },
      {
        key: 'documents-kept-by-others',
        severity: 'serious',
        explanations: ['things-your-employer-must-not-do', 'residence-card-basics'],
        commitment: 'human-rights-and-conditions',
        forCompanies: {
          explanation: {
            ja: 'パスポートや在留カード、通帳を本人以外が管理することは、技能実習法などで禁じられ、国際的には強制労働の兆候とされます。本人が望んでも会社が預かるべきではありません。',
            en: 'Keeping a worker’s passport, residence card or bank book is prohibited (for technical interns by the Technical Intern Training Act) and is an international indicator of forced labour. A company should not keep them even at the worker’s request.',
          },
          action: {
            ja: 'すべての書類を直ちに本人に返し、保管できる鍵付きの場所を用意してください。監理団体や寮の管理者が預かっていないかも確認してください。',
            en: 'Return every document to its owner at once and provide lockable storage. Check that no supervising organisation or dormitory manager is holding them either.',
          },
        },
        text: {
          ja: '{在留|ざいりゅう}カード、パスポート、{通帳|つうちょう}など、あなたの{物|もの}をほかの{人|ひと}が{持|も}っていて、{返|かえ}してくれない。',
          en: 'Someone else keeps your residence card, passport, bank book or other belongings and does not give them back.',
          zh: '别人拿着您的在留卡、护照、存折等物品，不还给您。',
          es: 'Otra persona guarda su tarjeta de residencia, pasaporte, libreta bancaria u otras pertenencias y no se las devuelve.',
          pt: 'Outra pessoa guarda seu cartão de residência, passaporte, caderneta bancária ou outros pertences e não os devolve.',
          id: 'Orang lain menyimpan kartu izin tinggal, paspor, buku tabungan, atau barang Anda lainnya dan tidak mengembalikannya.',
          tl: 'May ibang nagtatago ng residence card, pasaporte, bank book o iba mo pang gamit at hindi ito ibinabalik.',
          my: 'နေထိုင်ခွင့်ကတ်၊ နိုင်ငံကူးလက်မှတ်၊ ဘဏ်စာအုပ် စသည့် သင့်ပစ္စည်းများကို အခြားသူက သိမ်းထားပြီး ပြန်မပေးပါ။',
          vi: 'Người khác giữ thẻ cư trú, hộ chiếu, sổ ngân hàng hoặc đồ của bạn và không trả lại.',
        },
      },
      {
        key: 'consultation-forbidden',
        severity: 'serious',
        explanations: ['where-to-get-help', 'how-to-use-jp-mirai-assist'],
        commitment: 'mutual-understanding',
        forCompanies: {
          explanation: {
            ja: '社内外の相談窓口を使えることは、苦情処理メカニズムの前提です。利用を止められていると感じる人がいれば、問題が表に出ないまま深刻化するおそれがあります。',
            en: 'Being free to use consultation services inside and outside the company is what a grievance mechanism rests on. Where workers feel stopped from using them, problems grow unseen.',
          },
          action: {
            ja: '相談窓口（JP-MIRAIアシストを含む）を母語で周知し、相談したことで不利益を受けないことを明言してください。管理者にも相談を妨げないよう伝えてください。',
            en: 'Make the consultation services (JP-MIRAI Assist among them) known in workers’ languages and state that no one is penalised for using them. Tell supervisors not to discourage it.',
          },
        },
        text: {
          ja: '{会社|かいしゃ}の{中|なか}や{外|そと}の{相談|そうだん}{窓口|まどぐち}を{使|つか}うことを{止|と}められた。',
          en: 'You were stopped from using a consultation service, inside or outside your company.',
          zh: '有人阻止您使用公司内部或外部的咨询窗口。',
          es: 'Le impidieron usar un servicio de consulta, dentro o fuera de su empresa.',
          pt: 'Impediram você de usar um serviço de consulta, dentro ou fora da empresa.',
          id: 'Anda dilarang menggunakan layanan konsultasi, di dalam atau di luar perusahaan.',
          tl: 'Pinigilan kang gumamit ng serbisyo ng konsultasyon, sa loob o labas ng kompanya.',
          my: 'ကုမ္ပဏီအတွင်း သို့မဟုတ် ပြင်ပရှိ တိုင်ပင်ဆွေးနွေးရေး ဌာနကို အသုံးပြုခြင်းမှ တားမြစ်ခံရသည်။',
          vi: 'Bạn bị ngăn cản sử dụng nơi tư vấn, trong hoặc ngoài công ty.',
        },
      },
      {
        key: 'union-forbidden',
        severity: 'serious',
        explanations: ['things-your-employer-must-not-do'],
        commitment: 'human-rights-and-conditions',
        forCompanies: {
          explanation: {
            ja: '労働組合に加入する自由は、外国人労働者にも保障された基本的な権利です。加入を妨げることは不当労働行為にあたります（労働組合法）。',
            en: 'The freedom to join a labour union is a basic right of migrant workers as of everyone; preventing it is an unfair labour practice under the Labour Union Act.',
          },
          action: {
            ja: '加入は本人の自由であることを書面と口頭で伝え、加入を理由とする不利益な扱いがないか確認してください。',
            en: 'Tell workers in writing and in person that joining is their free choice, and check that no one is treated worse for joining.',
          },
        },
        text: {
          ja: '{労働組合|ろうどうくみあい}に{入|はい}ることを{止|と}められた。',
          en: 'You were stopped from joining a labour union.',
          zh: '有人阻止您加入工会。',
          es: 'Le impidieron afiliarse a un sindicato.',
          pt: 'Impediram você de entrar em um sindicato.',
          id: 'Anda dilarang bergabung dengan serikat pekerja.',
          tl: 'Pinigilan kang sumali sa unyon ng mga manggagawa.',
          my: 'အလုပ်သမားသမဂ္ဂသို့ ဝင်ရောက်ခြင်းမှ တားမြစ်ခံရသည်။',
          vi: 'Bạn bị ngăn cản tham gia công đoàn.',
        },
      },
    ],
  },
  {
    key: 'daily-life',
    title: {
      ja: '生活',
      en: 'Daily life',
      zh: '生活',
      es: 'En la vida diaria',
      pt: 'No dia a dia',
      id: 'Kehidupan sehari-hari',
      tl: 'Pang-araw-araw na buhay',
      my: 'နေ့စဉ်ဘဝ',
      vi: 'Trong cuộc sống',
    },
    questions: [
      {
        key: 'violence',
        severity: 'serious',
        explanations: ['where-to-get-help'],
        commitment: 'human-rights-and-conditions',
        forCompanies: {
          explanation: {
            ja: '暴力は重大な人権侵害で、刑事事件にもなりえます。一件でもあれば、直ちに対応が必要です。',
            en: 'Violence is a grave violation of human rights and may be a crime. A single case calls for action at once.',
          },
          action: {
            ja: '安全を最優先に事実を確認し、被害者を加害者から離してください。再発防止策と、外部の相談窓口の利用を案内してください。',
            en: 'Put safety first: establish the facts and separate those affected from whoever did it. Put measures in place against it happening again, and point to outside consultation services.',
          },
        },
        text: {
          ja: 'たたかれたり、けられたりなど、{暴力|ぼうりょく}をふるわれた。',
          en: 'Someone hit, kicked or otherwise used violence against you.',
          zh: '有人打您、踢您或对您使用暴力。',
          es: 'Alguien le golpeó, le pateó o usó violencia contra usted.',
          pt: 'Alguém bateu, chutou ou usou violência contra você.',
          id: 'Seseorang memukul, menendang, atau melakukan kekerasan kepada Anda.',
          tl: 'May nanakit, sumipa o gumamit ng dahas laban sa iyo.',
          my: 'တစ်စုံတစ်ယောက်က ရိုက်ခြင်း၊ ကန်ခြင်း စသည့် အကြမ်းဖက်မှု ပြုခဲ့သည်။',
          vi: 'Có người đánh, đá hoặc dùng bạo lực với bạn.',
        },
      },
      {
        key: 'harassment',
        severity: 'serious',
        explanations: ['where-to-get-help'],
        commitment: 'mutual-understanding',
        forCompanies: {
          explanation: {
            ja: 'パワーハラスメントやセクシュアルハラスメントを防ぐ措置は、事業主の義務です。言葉や文化の違いから、外国人労働者は被害を訴えにくい立場にあります。',
            en: 'Employers are required to take measures against power and sexual harassment. Differences of language and culture make it harder for migrant workers to speak up.',
          },
          action: {
            ja: 'ハラスメントを許さない方針を母語で示し、管理者向けの研修を行ってください。匿名でも相談できる窓口を設けてください。',
            en: 'State a policy against harassment in workers’ languages and train supervisors. Offer a way to raise it anonymously.',
          },
        },
        text: {
          ja: 'ひどいことを{言|い}われたり、いやがらせ（ハラスメント）をされたりした。',
          en: 'Someone insulted you badly or harassed you.',
          zh: '有人对您恶语相向或骚扰您。',
          es: 'Alguien le insultó gravemente o le acosó.',
          pt: 'Alguém ofendeu você gravemente ou praticou assédio.',
          id: 'Seseorang menghina Anda dengan kasar atau melecehkan Anda.',
          tl: 'May matinding nang-insulto o nang-harass sa iyo.',
          my: 'တစ်စုံတစ်ယောက်က ဆိုးရွားစွာ စော်ကားခြင်း သို့မဟုတ် နှောင့်ယှက်ခြင်း ပြုခဲ့သည်။',
          vi: 'Có người xúc phạm nặng nề hoặc quấy rối bạn.',
        },
      },
      {
        key: 'pregnancy-dismissal',
        severity: 'serious',
        explanations: ['things-your-employer-must-not-do'],
        commitment: 'legal-compliance',
        forCompanies: {
          explanation: {
            ja: '妊娠・出産を理由とする解雇や退職の強要は、男女雇用機会均等法で禁じられています。技能実習生や特定技能の人も同じです。',
            en: 'Dismissing someone or pressing them to leave because of pregnancy or childbirth is prohibited by the Equal Employment Opportunity Act, for technical interns and specified skilled workers alike.',
          },
          action: {
            ja: '妊娠しても働き続けられること、産前産後休業や育児休業を使えることを母語で伝えてください。監理団体・送出機関の対応も確認してください。',
            en: 'Tell workers in their language that pregnancy does not end their job and that maternity and childcare leave are theirs to take. Check how supervising and sending organisations handle it too.',
          },
        },
        text: {
          ja: '{妊娠|にんしん}や{出産|しゅっさん}を{理由|りゆう}に、{仕事|しごと}をやめるように{言|い}われた。',
          en: 'You were told to leave your job because you are pregnant or had a baby.',
          zh: '因为怀孕或生孩子，有人让您辞职。',
          es: 'Le dijeron que dejara su trabajo porque está embarazada o tuvo un bebé.',
          pt: 'Disseram para você deixar o emprego porque está grávida ou teve um bebê.',
          id: 'Anda disuruh berhenti bekerja karena hamil atau melahirkan.',
          tl: 'Sinabihan kang umalis sa trabaho dahil buntis ka o nanganak.',
          my: 'ကိုယ်ဝန်ရှိခြင်း သို့မဟုတ် ကလေးမွေးခြင်းကြောင့် အလုပ်မှ ထွက်ရန် ပြောခံရသည်။',
          vi: 'Bạn bị bảo nghỉ việc vì mang thai hoặc sinh con.',
        },
      },
      {
        key: 'internet-forbidden',
        severity: 'check',
        explanations: ['where-to-get-help'],
        commitment: 'human-rights-and-conditions',
        forCompanies: {
          explanation: {
            ja: 'スマートフォンやインターネットの使用を禁じることは、私生活の不当な制限にあたり、家族や相談先との連絡を断つことにもなります。',
            en: 'Forbidding phones or the internet unduly restricts private life and cuts workers off from their families and from help.',
          },
          action: {
            ja: '勤務時間外の私生活の自由を尊重し、寮の規則に不当な制限がないか見直してください。寮でインターネットを使える環境も検討してください。',
            en: 'Respect workers’ freedom outside working hours and remove undue restrictions from dormitory rules. Consider providing internet access in the dormitory.',
          },
        },
        text: {
          ja: 'スマートフォンやインターネットを{使|つか}わせてもらえない。',
          en: 'You are not allowed to use your phone or the internet.',
          zh: '您不被允许使用手机或上网。',
          es: 'No le dejan usar su teléfono ni internet.',
          pt: 'Não deixam você usar o celular ou a internet.',
          id: 'Anda tidak diizinkan memakai ponsel atau internet.',
          tl: 'Hindi ka pinapayagang gumamit ng telepono o internet.',
          my: 'ဖုန်း သို့မဟုတ် အင်တာနက် အသုံးပြုခွင့် မပေးပါ။',
          vi: 'Bạn không được phép dùng điện thoại hoặc internet.',
        },
      },
      {
        key: 'no-days-off',
        severity: 'check',
        explanations: ['working-hours-overtime-and-paid-leave'],
        commitment: 'legal-compliance',
        forCompanies: {
          explanation: {
            ja: '少なくとも毎週1日、または4週間に4日の休日を与えることが法律で定められています。休日がない状態は健康と安全を脅かします。',
            en: 'The law requires at least one day off a week, or four in four weeks. Working without days off endangers health and safety.',
          },
          action: {
            ja: 'シフトと休日の実績を確認し、休日が確保されていない職場を特定してください。休日出勤の割増賃金も点検してください。',
            en: 'Check shifts and the days off actually taken, and find where days off are not kept. Check that work on days off is paid at the premium rate.',
          },
        },
        text: {
          ja: '{休|やす}みの{日|ひ}がない。',
          en: 'You have no days off.',
          zh: '您没有休息日。',
          es: 'No tiene días libres.',
          pt: 'Você não tem dias de folga.',
          id: 'Anda tidak punya hari libur.',
          tl: 'Wala kang day off.',
          my: 'အားလပ်ရက် မရှိပါ။',
          vi: 'Bạn không có ngày nghỉ.',
        },
      },
    ],
  },
]
