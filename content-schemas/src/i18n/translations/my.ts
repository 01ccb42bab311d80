import type { UiTranslation } from '../schema'

export const my = {
  'site.name': 'JP-MIRAI ပေါ်တယ်',
  'site.tagline': 'ဂျပန်တွင် နေထိုင်သော ရွှေ့ပြောင်းအလုပ်သမားများအတွက် သတင်းအချက်အလက်',
  'site.footerNote':
    'ရွှေ့ပြောင်းအလုပ်သမားများ ဂျပန်တွင် ဘေးကင်းစွာ အလုပ်လုပ်ပြီး နေထိုင်နိုင်ရန် JP-MIRAI သည် ကုမ္ပဏီများ၊ အဖွဲ့အစည်းများနှင့် ဒေသဆိုင်ရာ အစိုးရများနှင့် ပူးပေါင်းဆောင်ရွက်ပါသည်။',

  'nav.skipToContent': 'အဓိကအကြောင်းအရာသို့ ကျော်သွားရန်',
  'nav.menu': 'မီနူး',
  'nav.home': 'ပင်မစာမျက်နှာ',
  'nav.search': 'ရှာဖွေရန်',
  'nav.organisation': 'JP-MIRAI အကြောင်း',
  'nav.newsletters': 'သတင်းလွှာများ',

  'language.label': 'ဘာသာစကား',
  'language.choose': 'ဘာသာစကား ရွေးချယ်ပါ',
  'language.suggested': 'သင့်ဘရောက်ဇာကို {language} ဖြင့် သတ်မှတ်ထားသည်',

  'article.latest': 'နောက်ဆုံးရ ဆောင်းပါးများ',
  'article.all': 'ဆောင်းပါးအားလုံး',
  'article.readMore': 'ဆက်ဖတ်ရန်',
  'article.categories': 'အမျိုးအစားများ',
  'article.tags': 'တဂ်များ',
  'article.related': 'ဆက်စပ် ဆောင်းပါးများ',

  'video.related': 'ဆက်စပ် ဗီဒီယိုများ',
  'video.play': 'ဗီဒီယို ဖွင့်ရန် – {title}',
  'video.loadsFromYouTube': 'ဖွင့်ရန် နှိပ်သောအခါ ဗီဒီယိုကို YouTube မှ ဖွင့်ပါမည်။',
  'video.transcript': 'ပြောသည့်စာသား',
  'video.duration': 'ကြာချိန်',
  'video.captions': 'စာတန်းထိုး',

  'pagination.pageOf': 'စာမျက်နှာ {page} / {total}',
  'pagination.previous': 'ယခင် စာမျက်နှာ',
  'pagination.next': 'နောက် စာမျက်နှာ',

  'fallback.title': 'သင့်ဘာသာစကားဖြင့် မရသေးပါ',
  'fallback.text': 'ဤစာမျက်နှာကို {language} သို့ ဘာသာမပြန်ရသေးပါ။ {fallback} ဖြင့် ပြထားသည်။',

  'consultation.title': 'သင့်ဘာသာစကားဖြင့် အခမဲ့ တိုင်ပင်ဆွေးနွေးနိုင်သည်',
  'consultation.call': '{phone} ကို ဖုန်းဆက်ရန်',
  'consultation.hours': 'ဖွင့်ချိန် (ဂျပန်စံတော်ချိန်)',
  'consultation.languages': 'ဘာသာစကားများ',
  'consultation.free': 'အခမဲ့',
  'consultation.email': 'အီးမေးလ်',
  'consultation.chat': 'ချတ်',
  'consultation.website': 'ဝက်ဘ်ဆိုက်',

  'furigana.show': 'ဖူရိဂါနာ (ဂျပန်စာ ဖတ်နည်းအကူ) ပြရန်',
  'furigana.hide': 'ဖူရိဂါနာ ဖျောက်ရန်',

  'event.upcoming': 'လာမည့် အစီအစဉ်များ',
  'event.past': 'ပြီးခဲ့သော အစီအစဉ်များ',
  'event.noneUpcoming': 'လောလောဆယ် စီစဉ်ထားသော အစီအစဉ် မရှိပါ။',
  'event.when': 'ရက်စွဲနှင့် အချိန်',
  'event.where': 'နေရာ',
  'event.online': 'အွန်လိုင်း',
  'event.organiser': 'ကျင်းပသူ',
  'event.membersOnly': 'အဖွဲ့ဝင်များအတွက်သာ',
  'event.register': 'စာရင်းသွင်းရန်',
  'event.registerBy': '{date} အထိ စာရင်းသွင်းနိုင်သည်',
  'event.addToCalendar': 'ပြက္ခဒိန်ထဲ ထည့်ရန် (.ics)',
  'event.programme': 'အစီအစဉ်ဇယား',
  'event.speakers': 'ဟောပြောသူများ',
  'event.report': 'အစီရင်ခံစာ',
  'event.attendance': 'တက်ရောက်သူ {count} ဦး',

  'country.sendingScheme': 'အလုပ်သမားများ ဂျပန်သို့ လာရောက်ပုံ',
  'country.recruitmentFees': 'အလုပ်ခေါ်ယူမှုကြေးငွေ',
  'country.contacts': 'ဆက်သွယ်ရန်',
  'country.website': 'ဝဘ်ဆိုက်',

  'goodPractice.number': 'ကောင်းမွန်သော လုပ်ဆောင်ချက် အမှတ် {number}',
  'goodPractice.commitments': 'ကျင့်ဝတ်စည်းမျဉ်း ကတိကဝတ်များ',
  'goodPractice.memberOrganisation': 'အဖွဲ့ဝင် အဖွဲ့အစည်း',

  'newsletter.issueNumber': 'အမှတ် {number}',
  'newsletter.shownIn': 'ဘာသာမပြန်ရသေးပါ ({language}ဖြင့် ပြသထားသည်)',
  'newsletter.viewSite': 'ဝက်ဘ်ဆိုက်သို့ သွားရန်',
  'newsletter.footer': 'JP-MIRAI ၏ အဖွဲ့ဝင် သို့မဟုတ် စာရင်းသွင်းသူဖြစ်သောကြောင့် ဤအီးမေးလ်ကို ရရှိခြင်းဖြစ်သည်။',
  'newsletter.unsubscribe': 'စာရင်းမှ ထွက်ရန်',

  'safety.title': 'ဘေးကင်းရေး ကိုယ်တိုင်စစ်ဆေးခြင်း',
  'safety.learnMore': 'စည်းမျဉ်းများကို ဖတ်ရန်',
  'safety.services': 'အခမဲ့ အကူအညီ ရနိုင်သော နေရာများ',
  'safety.yes': 'ဟုတ်',
  'safety.no': 'မဟုတ်',
  'safety.back': 'နောက်သို့',
  'safety.progress': 'မေးခွန်း {total} ခုအနက် {n}',
  'safety.results': 'သင့်ရလဒ်',
  'safety.nothing': 'ပြဿနာဖြစ်နိုင်သည့်အရာ မတွေ့ပါ။ အချိန်မရွေး အကူအညီ တောင်းနိုင်ပါသည်။',
  'safety.again': 'ထပ်မံစစ်ဆေးရန်',
  'safety.openNow': 'ယခု ဖွင့်ထားသည်',
  'safety.closedNow': 'ယခု ပိတ်ထားသည်',
  'safety.print': 'ပုံနှိပ်ရန်',
  'safety.keep': 'ဤစက်ပစ္စည်းတွင် ရလဒ်ကို သိမ်းရန်',
  'safety.kept': '{date} တွင် ဤစက်ပစ္စည်း၌ သိမ်းထားသည်',
  'safety.forget': 'သိမ်းထားသော ရလဒ်ကို ဖျက်ရန်',

  'offline.saved': 'အော့ဖ်လိုင်း ဖြစ်နေသည်။ ဤစာမျက်နှာကို {date} တွင် သိမ်းထားသည်။',
  'offline.missing': 'အော့ဖ်လိုင်း ဖြစ်နေပြီး ဤစာမျက်နှာကို မသိမ်းရသေးပါ။ အင်တာနက် ချိတ်ဆက်မိသောအခါ ထပ်ဖွင့်ပါ။',

  'search.label': 'ဤဆိုက်တွင် ရှာဖွေရန်',
  'search.placeholder': 'ရှာလိုသော စကားလုံး ရိုက်ထည့်ပါ',
  'search.needsJs': 'ရှာဖွေရန် JavaScript လိုအပ်သည်။ အမျိုးအစားအလိုက် ဆောင်းပါးများကို ကြည့်နိုင်သည်။',

  'notFound.title': 'စာမျက်နှာ မတွေ့ပါ',
  'notFound.text': 'ဤစာမျက်နှာကို ရှာမတွေ့ပါ။ နေရာပြောင်းသွားနိုင်သည်။',
  'notFound.backHome': 'ပင်မစာမျက်နှာသို့ ပြန်သွားရန်',

  'feed.rss': 'RSS ဖိဒ်',
} as const satisfies UiTranslation
