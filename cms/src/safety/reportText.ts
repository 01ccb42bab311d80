/**
 * The words of the feedback report and the admin's Safety feedback page, in the two languages
 * companies read them in. `{n}` is the threshold.
 */
import type { Bilingual, ReportLanguage } from './report'

const TEXT = {
  title: { ja: 'JP-MIRAIセーフティ フィードバック報告', en: 'JP-MIRAI Safety feedback report' },
  printHint: {
    ja: '印刷するか PDF で保存するには、ブラウザの「印刷」を開き、送信先に「PDFに保存」を選んでください。',
    en: 'To print this report or keep it as a PDF, open your browser’s Print dialog and choose “Save as PDF” as the destination.',
  },
  otherLanguage: { ja: 'English version', en: '日本語版' },
  about: {
    ja: 'この報告は、事業所で働く人が JP-MIRAIセーフティ に匿名で答えた結果の集計です。会社に伝わるのは人数と「はい」の数だけで、誰がどう答えたかは分かりません。回答者が{n}人に満たない事業所や質問は「回答が不足しています」と表示します。',
    en: 'This report counts what workers at your sites answered, anonymously, in JP-MIRAI Safety. Only numbers of people and of “yes” answers reach the company, never who answered what. A site or question with fewer than {n} respondents shows “not enough answers”.',
  },
  yesMeans: {
    ja: '質問はすべて、「はい」が問題のあることを示すように書かれています。',
    en: 'Every question is put so that “yes” points to a problem.',
  },
  company: { ja: '参加企業', en: 'Participant' },
  period: { ja: '集計期間', en: 'Aggregation period' },
  previousPeriod: { ja: '前期', en: 'Previous period' },
  none: { ja: 'なし', en: 'none' },
  made: { ja: '作成日', en: 'Made on' },
  summary: { ja: '全事業所の合計', en: 'All sites together' },
  sites: { ja: '事業所ごとの結果', en: 'Results per site' },
  respondents: { ja: '回答者数', en: 'Respondents' },
  question: { ja: '質問', en: 'Question' },
  yes: { ja: '「はい」', en: '“Yes”' },
  share: { ja: '割合', en: 'Share' },
  trend: { ja: '前期比', en: 'Since the previous period' },
  trendLegend: {
    ja: '前期比：▲「はい」の割合が増えた（悪化）、▼ 減った、→ 変わらない（ポイント）。両方の期間に結果がある場合だけ示します。',
    en: 'Since the previous period: ▲ more “yes” (worse), ▼ fewer, → no change, in percentage points; shown only where both periods have figures.',
  },
  notEnough: {
    ja: '回答が不足しています（{n}人未満）',
    en: 'Not enough answers (fewer than {n})',
  },
  questionHidden: { ja: '回答が不足', en: 'not enough answers' },
  partial: {
    ja: '＊ 回答者の少ない事業所の回答（合わせても{n}人未満）は、この合計に含めていません。',
    en: '* Answers from sites with too few respondents (fewer than {n} even together) are not included in this total.',
  },
  noSites: { ja: 'この期間に集計する事業所はありません。', en: 'No business sites to count in this period.' },
  guidance: { ja: '質問の意味と推奨される対応', en: 'What each question means, and what to do' },
  commitment: { ja: 'JP-MIRAI 行動原則', en: 'JP-MIRAI Code of Conduct' },
  explanation: { ja: '「はい」が示すこと', en: 'What a “yes” means' },
  action: { ja: '推奨される対応', en: 'Recommended action' },
  notWritten: { ja: '（未記入）', en: '(not written yet)' },
  serious: { ja: '重大', en: 'serious' },
  footer: {
    ja: 'JP-MIRAIセーフティは、責任ある外国人労働者受入れ企業協働プログラムの人権デュー・ディリジェンス支援です。報告の内容についてはJP-MIRAI事務局にお問い合わせください。',
    en: 'JP-MIRAI Safety supports the human rights due diligence of the Private Company Collaboration Program. Questions about this report go to the JP-MIRAI secretariat.',
  },
} as const satisfies Record<string, Bilingual>

export type ReportTextKey = keyof typeof TEXT

export const reportText = (key: ReportTextKey, lang: ReportLanguage, threshold?: number): string =>
  TEXT[key][lang].replaceAll('{n}', String(threshold ?? ''))
