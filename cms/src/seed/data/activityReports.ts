/**
 * Members' activity plans and semi-annual reports against the five Code of Conduct commitments.
 * Members write them in Japanese. Fiscal years are Japanese fiscal years (April–March), as in the
 * CMS: the first half runs April–September (reports submitted in November), the second half
 * October–March (reports submitted in April), matching the submission months in the annual report.
 *
 * `demo-member-co` is the fictional company of the demo member account: デモ精工株式会社, a metal
 * pressing parts maker in Gifu with about 48 employees, hosting technical intern trainees from
 * Vietnam through `demo-supervising-coop` (also fictional).
 */
import type { SeedActivityReport } from '../types'

export const activityReports: SeedActivityReport[] = [
  // --- デモ精工株式会社 (demo member) --------------------------------------------------------------
  {
    organisation: 'demo-member-co',
    kind: 'annual-plan',
    fiscalYear: 2023,
    status: 'accepted',
    visibility: 'members-only',
    title: '2023年度 活動計画',
    commitments: {
      'legal-compliance':
        '技能実習計画に沿った業務内容と労働時間の管理を徹底する。毎月の賃金台帳と時間外労働の記録を監理団体と共有し、36協定の上限を超えないよう管理する。5月に入国予定の2名には、ベトナム語版の雇用条件書を使い、通訳同席のもとで内容を説明する。',
      'human-rights-and-conditions':
        '寮の居住環境を見直し、2人部屋の個室化とWi-Fi環境の改善を行う。パスポートと在留カードは本人が保管することを就業規則に明記する。JP-MIRAIアシストなど外部の多言語相談窓口を、ベトナム語のチラシで全員に周知する。',
      'mutual-understanding':
        '実習生と日本人社員の昼食会を月1回開く。夏に社内バーベキュー、2月にはテト（旧正月）に合わせた交流会を開き、日本人社員にもベトナムの文化を知ってもらう。',
      'skills-development':
        '技能検定随時3級（金属プレス加工）の合格に向けて、技能実習指導員による練習時間を週1回設ける。日本語能力試験の受験を希望する実習生には、教材費と受験料を会社が負担する。',
    },
  },
  {
    organisation: 'demo-member-co',
    kind: 'semi-annual-report',
    fiscalYear: 2023,
    half: 'first',
    status: 'accepted',
    visibility: 'proposed-good-practice',
    title: '2023年度 上半期 活動報告',
    commitments: {
      'legal-compliance':
        '4月〜9月の時間外労働は月平均12時間で、36協定の上限を超えた月はなかった。5月に入国した2名には、ベトナム語の雇用条件書を使って通訳同席のもとで説明を行った。監理団体による3か月ごとの定期監査では、指摘事項はなかった。',
      'human-rights-and-conditions':
        '5月に寮を改修し、2人部屋を個室（6室）にした。パスポートは全員が自分で保管していることを確認した。\n\nベトナム語で投書できる相談箱を設置したところ、シャワーの水圧、自転車置き場の屋根、夜勤明けの食事について3件の要望が寄せられ、すべて対応した。',
      'mutual-understanding':
        '8月に社内バーベキューを開き、実習生が作った揚げ春巻きを全社員で囲んだ。昼食会は6回開催し、延べ52名が参加した。日本人社員向けに「やさしい日本語」の社内研修（1時間）を行った。',
      'skills-development':
        '技能検定随時3級（金属プレス加工）を3名が受験し、全員が合格した。7月の日本語能力試験を2名が受験し（受験料は会社負担）、1名がN3に合格した。',
      'promote-platform':
        '6月に岐阜県内の異業種交流会で当社の取組みとJP-MIRAIの行動原則を紹介した。取引先2社にJP-MIRAIへの参加を勧めた。',
    },
  },
  {
    organisation: 'demo-member-co',
    kind: 'annual-plan',
    fiscalYear: 2024,
    status: 'submitted',
    visibility: 'private',
    title: '2024年度 活動計画',
    commitments: {
      'legal-compliance':
        '技能実習制度の見直し（新制度への移行）に関する政府の方針を監理団体と確認し、今後の受入れ計画への影響を整理する。36協定の更新時には、実習生にもベトナム語で内容を説明する。',
      'human-rights-and-conditions':
        'JP-MIRAIセーフティ（自己診断ツール）を実習生に紹介し、匿名で使えることを伝える。新たに入国する実習生には、来日前に送出機関へ支払った費用の有無と金額を面談で確認し、本人負担があった場合の対応を監理団体と検討する。',
      'mutual-understanding':
        '地域の夏祭りに実習生と社員で参加する。日本人の班長を対象に、やさしい日本語での指示の出し方の研修を年2回行う。',
      'skills-development':
        '2号修了予定の2名について、技能検定随時3級の受験を支援する。2023年5月に入国した2名は、基礎級の受験に向けて練習時間を確保する。3号や特定技能への移行について、6月までに本人の希望を面談で確認する。',
    },
  },
  {
    organisation: 'demo-member-co',
    kind: 'semi-annual-report',
    fiscalYear: 2024,
    half: 'first',
    status: 'draft',
    visibility: 'private',
    title: '2024年度 上半期 活動報告',
    commitments: {
      'legal-compliance':
        '4月〜9月の時間外労働は月平均15時間。7月の繁忙期に1名が月40時間に達したため、8月から生産計画と人員配置を見直した。',
      'human-rights-and-conditions':
        '4月の全体ミーティングで、JP-MIRAIセーフティを全員に紹介した。来日前費用の聞き取りは、新規入国者2名のうち1名が未実施（10月中に実施予定）。',
      'skills-development': '（記入中）2023年5月に入国した2名が基礎級に合格した。随時3級の受験日程は監理団体と調整中。',
    },
  },

  // --- デモ協同組合 (fictional supervising organisation) -------------------------------------------
  {
    organisation: 'demo-supervising-coop',
    kind: 'annual-plan',
    fiscalYear: 2023,
    status: 'accepted',
    visibility: 'members-only',
    title: '2023年度 活動計画',
    commitments: {
      'legal-compliance':
        '組合員企業（実習実施者）18社への定期監査を3か月ごとに確実に実施し、結果を各社にフィードバックする。送出機関との契約書に、実習生から法定外の手数料を徴収しないことを明記する。',
      'human-rights-and-conditions':
        'ベトナム語とインドネシア語の相談員を配置し、実習生からの相談には24時間以内に一次対応する。',
      'mutual-understanding': '組合員企業向けに、実習生の出身国の文化や習慣を紹介するセミナーを年2回開く。',
      'skills-development': '入国後講習で、日本語に加えて労働安全衛生と生活ルールの講義を増やす。',
      'promote-platform': '組合員企業にJP-MIRAIの行動原則を紹介し、会員登録を呼びかける。',
    },
  },
  {
    organisation: 'demo-supervising-coop',
    kind: 'semi-annual-report',
    fiscalYear: 2023,
    half: 'second',
    status: 'in-review',
    visibility: 'members-only',
    title: '2023年度 下半期 活動報告',
    commitments: {
      'legal-compliance':
        '10月〜3月に延べ36回の定期監査を実施した。1社で深夜割増賃金の計算誤りが見つかったため、差額を支払わせたうえで是正報告を受けた。',
      'human-rights-and-conditions':
        '相談は42件（職場の人間関係18件、生活12件、賃金・税金8件、その他4件）。うち2件はJP-MIRAIアシストと連携して対応した。',
      'mutual-understanding': '11月に組合員企業向けセミナー「ベトナムの家族と仕事観」を開き、14社27名が参加した。',
      'promote-platform': '組合員企業のうち3社がJP-MIRAIに入会した。',
    },
  },
]
