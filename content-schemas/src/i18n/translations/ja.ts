import type { UiTranslation } from '../schema'

export const ja = {
  'site.name': 'JP-MIRAI ポータル',
  'site.tagline': '日本で暮らす外国人労働者のための情報',
  'site.footerNote':
    'JP-MIRAIは、外国人労働者が日本で安心して働き、暮らせるように、企業・団体・自治体と一緒に取り組んでいます。',

  'nav.skipToContent': '本文へ移動',
  'nav.menu': 'メニュー',
  'nav.home': 'ホーム',
  'nav.search': '検索',
  'nav.organisation': 'JP-MIRAIについて',
  'nav.newsletters': 'ニュースレター',

  'language.label': '言語',
  'language.choose': '言語を選んでください',
  'language.suggested': 'ブラウザの言語は{language}です',

  'article.latest': '新しい記事',
  'article.all': 'すべての記事',
  'article.readMore': '続きを読む',
  'article.categories': 'カテゴリー',
  'article.tags': 'タグ',
  'article.related': '関連する記事',

  'video.related': '関連する動画',
  'video.play': '動画を再生：{title}',
  'video.loadsFromYouTube': '再生ボタンを押すと、YouTubeから動画を読み込みます。',
  'video.transcript': '文字起こし',
  'video.duration': '長さ',
  'video.captions': '字幕',

  'pagination.pageOf': '{page} / {total} ページ',
  'pagination.previous': '前のページ',
  'pagination.next': '次のページ',

  'fallback.title': 'まだあなたの言語では読めません',
  'fallback.text': 'このページは、まだ{language}に翻訳されていません。{fallback}で表示しています。',

  'consultation.title': 'あなたの言語で無料相談',
  'consultation.call': '{phone} に電話する',
  'consultation.hours': '受付時間（日本時間）',
  'consultation.languages': '対応言語',
  'consultation.free': '無料',
  'consultation.email': 'メール',
  'consultation.chat': 'チャット',
  'consultation.website': 'ウェブサイト',

  'furigana.show': 'ふりがなを表示',
  'furigana.hide': 'ふりがなを隠す',

  'event.upcoming': 'これからのイベント',
  'event.past': '過去のイベント',
  'event.noneUpcoming': '今は、予定しているイベントはありません。',
  'event.when': '日時',
  'event.where': '場所',
  'event.online': 'オンライン',
  'event.organiser': '主催',
  'event.membersOnly': '会員限定',
  'event.register': '申し込む',
  'event.registerBy': '申し込みは{date}まで',
  'event.addToCalendar': 'カレンダーに追加（.ics）',
  'event.programme': 'プログラム',
  'event.speakers': '登壇者',
  'event.report': '開催報告',
  'event.attendance': '{count}人が参加',

  'country.sendingScheme': '日本に働きに来るしくみ',
  'country.recruitmentFees': '手数料',
  'country.contacts': '連絡先',
  'country.website': 'ウェブサイト',

  'goodPractice.number': 'グッドプラクティス No.{number}',
  'goodPractice.commitments': '行動原則の項目',
  'goodPractice.memberOrganisation': '会員団体',

  'newsletter.issueNumber': '第{number}号',
  'newsletter.shownIn': 'まだ翻訳されていません（{language}で表示）',
  'newsletter.viewSite': 'ウェブサイトで見る',
  'newsletter.footer': 'このメールはJP-MIRAIの会員・登録者にお送りしています。',
  'newsletter.unsubscribe': '配信停止',

  'safety.title': 'セーフティ・セルフチェック',
  'safety.learnMore': 'きまりを読む',
  'safety.services': '無料で相談できるところ',
  'safety.yes': 'はい',
  'safety.no': 'いいえ',
  'safety.back': 'もどる',
  'safety.progress': '{total}問中 {n}問目',
  'safety.results': 'チェックの結果',
  'safety.nothing': '問題になりそうなことは見つかりませんでした。困ったときは、いつでも相談できます。',
  'safety.again': 'もう一度チェックする',
  'safety.openNow': 'いま相談できます',
  'safety.closedNow': 'いまは受付時間外です',
  'safety.print': '印刷する',
  'safety.keep': 'この端末に結果を保存する',
  'safety.kept': '{date}にこの端末に保存しました',
  'safety.forget': '保存した結果を消す',
  'share.heading': 'はじめる前《まえ》に',
  'share.checking': 'チラシのコードを確認《かくにん》しています…',
  'share.workplace': 'このチラシは、あなたの職場《しょくば》のものです：{site}（{company}）。',
  'share.together':
    '答《こた》えを送《おく》ると、あなたの答《こた》えは、同《おな》じ職場《しょくば》の人《ひと》たちの答《こた》えと合《あ》わせて数《かぞ》えるだけです。',
  'share.groups':
    '会社《かいしゃ》が見《み》るのは、合計《ごうけい》の数《かず》だけです。それも、{threshold}人《にん》以上《いじょう》のグループだけです。会社《かいしゃ》は、だれの答《こた》えも見《み》ることができません。',
  'share.nobody':
    'だれが答《こた》えたかは、だれにもわかりません。あなたの名前《なまえ》、電話番号《でんわばんごう》、住所《じゅうしょ》は送《おく》られません。',
  'share.choice': 'あなたの答《こた》えを、どうしますか？',
  'share.keepPrivate': '答《こた》えを送《おく》らない（この端末《たんまつ》だけに残《のこ》す）',
  'share.shareAnonymously':
    '名前《なまえ》を出《だ》さずに、答《こた》えを職場《しょくば》の合計《ごうけい》に入《い》れる',
  'share.start': 'チェックをはじめる',
  'share.unavailable':
    'このチラシのコードでは、今《いま》は答《こた》えを送《おく》れません。チェックをすることはできます。答《こた》えは、この端末《たんまつ》だけに残《のこ》ります。',
  'share.sending': '名前《なまえ》を出《だ》さずに、答《こた》えを送《おく》っています…',
  'share.sent': '名前《なまえ》を出《だ》さずに、答《こた》えを送《おく》りました。ありがとうございます。',
  'share.failed': '答《こた》えを送《おく》れませんでした。何《なに》も送《おく》られていません。',
  'share.retry': 'もう一度《いちど》送《おく》る',
  'share.private':
    '答《こた》えは、この端末《たんまつ》だけに残《のこ》っています。何《なに》も送《おく》っていません。',
  'assist.ask': 'JP-MIRAIアシストに連絡《れんらく》をたのむ',
  'assist.heading': 'JP-MIRAIアシストから連絡《れんらく》をもらう',
  'assist.intro':
    'JP-MIRAIアシストは無料《むりょう》です。相談員《そうだんいん》が、あなたの選《えら》んだ言葉《ことば》で連絡《れんらく》します。あなたの会社《かいしゃ》には知《し》らせません。',
  'assist.method': 'どうやって連絡《れんらく》してほしいですか？',
  'assist.methodPhone': '電話《でんわ》',
  'assist.methodEmail': 'メール',
  'assist.methodMessaging': 'メッセージアプリ',
  'assist.app': 'どのアプリですか？',
  'assist.appOther': 'ほかのアプリ（アプリの名前《なまえ》とIDを書《か》いてください）',
  'assist.contactPhone': 'あなたの電話番号《でんわばんごう》',
  'assist.contactEmail': 'あなたのメールアドレス',
  'assist.contactMessaging': 'あなたのアプリのID',
  'assist.language': '相談《そうだん》で使《つか》う言葉《ことば》',
  'assist.days': 'あなたの都合《つごう》のいい曜日《ようび》',
  'assist.times': 'あなたの都合《つごう》のいい時間《じかん》（日本時間《にほんじかん》）',
  'assist.anyTime': '曜日《ようび》や時間《じかん》を選《えら》ばないときは、いつでも大丈夫《だいじょうぶ》です。',
  'assist.name': '名前《なまえ》かニックネーム（書《か》かなくてもいいです）',
  'assist.message': 'メッセージ（書《か》かなくてもいいです）',
  'assist.include': '「はい」と答《こた》えた質問《しつもん》も送《おく》る',
  'assist.privacy':
    'このお願《ねが》いを読《よ》むのは、JP-MIRAIアシストの相談員《そうだんいん》だけです。相談《そうだん》が終《お》わったら、消《け》されます。',
  'assist.send': 'お願《ねが》いを送《おく》る',
  'assist.cancel': 'やめる',
  'assist.sending': '送《おく》っています…',
  'assist.sent': 'お願《ねが》いを送《おく》りました。あなたの受付番号《うけつけばんごう》は{reference}です。',
  'assist.keepReference':
    'この番号《ばんごう》を書《か》いておいてください。JP-MIRAIアシストは、受付時間《うけつけじかん》に連絡《れんらく》します：{hours}。',
  'assist.failed':
    'お願《ねが》いを送《おく》れませんでした。もう一度《いちど》送《おく》るか、JP-MIRAIアシストに電話《でんわ》してください。',
  'assist.needContact': '連絡先《れんらくさき》を書《か》いてください。',
  'assist.needApp': 'アプリを選《えら》んでください。',

  'offline.saved': 'オフラインです。このページは{date}に保存されたものです。',
  'offline.missing':
    'オフラインです。このページは保存されていません。インターネットにつながったら、もう一度開いてください。',

  'flyer.title': '日本《にほん》での仕事《しごと》と生活《せいかつ》をチェックしよう',
  'flyer.intro':
    'スマートフォンでできる、無料《むりょう》のセルフチェックです。仕事《しごと》と生活《せいかつ》についてのかんたんな質問《しつもん》に「はい」か「いいえ」で答《こた》えます。5〜10分《ぷん》でおわります。',
  'flyer.workplace': '{site}で働《はたら》くみなさんへ',
  'flyer.scan': 'スマートフォンのカメラで、QRコードを読《よ》みとってください。',
  'flyer.address': 'または、このアドレスを開《ひら》いてください：',
  'flyer.answers': 'あなたの答《こた》えは、どうなるの？',
  'flyer.choice':
    'あなたが決《き》めます。はじめの質問《しつもん》の前《まえ》に、答《こた》えを送《おく》らないか、名前《なまえ》なしで送《おく》るかを選《えら》びます。はじめは「送《おく》らない」になっています。',
  'flyer.private':
    '送《おく》らないときは、答《こた》えはあなたのスマートフォンの中《なか》だけにあり、だれにも送《おく》られません。',

  'search.label': 'サイト内を検索',
  'search.placeholder': '探したい言葉を入力',
  'search.needsJs': '検索にはJavaScriptが必要です。カテゴリーから記事を探すこともできます。',

  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'このページは見つかりませんでした。場所が変わったかもしれません。',
  'notFound.backHome': 'ホームに戻る',

  'feed.rss': 'RSSフィード',
} as const satisfies UiTranslation
