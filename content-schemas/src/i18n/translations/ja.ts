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

  'offline.saved': 'オフラインです。このページは{date}に保存されたものです。',
  'offline.missing':
    'オフラインです。このページは保存されていません。インターネットにつながったら、もう一度開いてください。',

  'search.label': 'サイト内を検索',
  'search.placeholder': '探したい言葉を入力',
  'search.needsJs': '検索にはJavaScriptが必要です。カテゴリーから記事を探すこともできます。',

  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'このページは見つかりませんでした。場所が変わったかもしれません。',
  'notFound.backHome': 'ホームに戻る',

  'feed.rss': 'RSSフィード',
} as const satisfies UiTranslation
