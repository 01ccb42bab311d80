/**
 * English organisation pages (with Japanese translations). Facts, names and figures come from
 * JP-MIRAI's "About Us" page, the Annual Report 2023 (issued March 2024, covering January–December
 * 2023) and the Members' Forum 2023 slides; the prose is written for the portal.
 */
import type { SeedPage } from '../types'

export const pages: SeedPage[] = [
  {
    slug: 'about',
    kind: 'about',
    order: 1,
    title: { en: 'About JP-MIRAI', ja: 'JP-MIRAIについて' },
    summary: {
      en: 'JP-MIRAI is a multi-stakeholder platform working to make Japan a country that migrant workers choose and can trust.',
      ja: 'JP-MIRAIは、外国人労働者に「選ばれる日本」を目指して、多様な関係者が協働するプラットフォームです。',
    },
    body: {
      en: `## Who we are

JP-MIRAI, the Japan Platform for Migrant Workers towards Responsible and Inclusive Society, brings together companies, industry associations, local governments, NPOs, lawyers, researchers and individuals who want migrant workers in Japan to be treated fairly and to live and work in safety.

Migrant workers are an essential part of Japan's economy and society. Yet Japan has been criticised internationally for forced labour, discrimination and harassment affecting foreign workers. We believe these problems can only be solved when employers, public bodies and civil society tackle them together, and that doing so is also in the interest of the businesses and communities that rely on migrant workers.

## The society we aim for

Protecting the rights of migrant workers and improving their working and living conditions are global challenges, reflected in the UN Sustainable Development Goals (SDGs) and the UN Guiding Principles on Business and Human Rights. Japan needs to face these challenges, accept migrant workers responsibly and become *a country of choice* for workers from all over the world.

By supporting decent work that allows migrant workers to live safely and in good health, we want to contribute to inclusive economic growth and a sustainable society. We have set ourselves 2030, the target year of the SDGs, as the year by which to reach this goal.

## Our history

- **16 November 2020**: JP-MIRAI is founded as a voluntary organisation by 51 organisations and individuals.
- **March 2022**: the JP-MIRAI Portal for migrant workers opens, followed by the smartphone app in July 2022.
- **May 2022**: the consultation service JP-MIRAI Assist starts.
- **1 June 2023**: the voluntary organisation and JP-MIRAI Service are merged into a new General Incorporated Association JP-MIRAI, with a Board of Directors and an Advisory Meeting.
- **November 2023**: JP-MIRAI celebrates its third anniversary at the Members' Forum 2023.
- **31 December 2023**: JP-MIRAI has 689 members.

All members support our [Code of Conduct](pages:code-of-conduct). Membership is free of charge, and applications are screened for eligibility. Find out more about our [organisation and members](pages:structure) and [what we do](pages:activities).`,
      ja: `## JP-MIRAIとは

JP-MIRAI（責任ある外国人労働者受入れプラットフォーム）は、企業、業界団体、自治体、NPO、弁護士、研究者、個人など、外国人労働者が日本で公正に扱われ、安心して働き暮らせることを願う多様な関係者が集まるプラットフォームです。

外国人労働者は、日本の経済と社会に欠かせない存在です。一方で日本は、外国人労働者に対する強制労働や差別、ハラスメントをめぐって国際的な批判を受けてきました。こうした課題は、雇用する企業、行政、市民社会が力を合わせてこそ解決できると私たちは考えています。それは、外国人労働者に支えられている企業や地域のためでもあります。

## 私たちが目指す社会

外国人労働者の権利を守り、労働・生活環境を改善することは、国連の持続可能な開発目標（SDGs）や「ビジネスと人権に関する指導原則」にも掲げられた世界共通の課題です。日本もこの課題に真摯に向き合い、責任をもって外国人労働者を受け入れ、世界の働く人々から「選ばれる日本」となる必要があります。

私たちは、外国人労働者が安心して健康に働き暮らせるディーセントワークの実現を通じて、包摂的な経済成長と持続可能な社会の実現に貢献します。SDGsの目標年である2030年を、その達成の目標としています。

## これまでの歩み

- **2020年11月16日**：51の団体・個人により、任意団体として設立。
- **2022年3月**：外国人労働者向けのJP-MIRAIポータルを開設。同年7月にはスマートフォンアプリも公開。
- **2022年5月**：相談窓口「JP-MIRAIアシスト」を開始。
- **2023年6月1日**：任意団体と一般社団法人JP-MIRAIサービスを統合し、一般社団法人JP-MIRAIを設立。理事会とアドバイザリー会合を設置。
- **2023年11月**：会員フォーラム2023で設立3周年を迎える。
- **2023年12月31日**：会員数は689団体・個人に。

会員はすべて、JP-MIRAIの[行動原則](pages:code-of-conduct)に賛同しています。会費は無料で、入会時には資格審査を行っています。詳しくは[組織と会員](pages:structure)、[活動内容](pages:activities)をご覧ください。`,
    },
  },
  {
    slug: 'code-of-conduct',
    kind: 'code-of-conduct',
    order: 2,
    title: { en: 'Code of Conduct', ja: '行動原則' },
    summary: {
      en: 'Every JP-MIRAI member commits to five principles for accepting migrant workers responsibly, in their own organisation and across their supply chain.',
      ja: 'JP-MIRAIの会員は、外国人労働者を責任をもって受け入れるための5つの行動原則を、自らの組織とサプライチェーンで実践します。',
    },
    body: {
      en: `To achieve the society we aim for, JP-MIRAI members work together with ministries, local governments, related organisations, civil society, academics and international organisations. Every member makes the following five commitments.

1. **Legal compliance.** We comply with the relevant laws and regulations when we accept migrant workers.
2. **Human rights and working and living conditions.** We respect the human rights of migrant workers, understand their working and living conditions and make solving their problems a priority.
3. **Mutual understanding and trust.** We deepen mutual understanding and build trust with migrant workers, both in the workplace and in everyday life.
4. **Skills development.** We support migrant workers in developing their skills, as a contribution to the development and stability of Japan and the international community.
5. **Spreading the word.** We actively share the platform's initiatives across Japan and around the world.

## Beyond our own organisations

These commitments do not stop at our own doors. Members put them into practice within their own companies and organisations, and also actively encourage the businesses and organisations in their supply chains and other business relationships to do the same.

## From principles to practice

Until 2023, members submitted an annual activity plan and twice-yearly activity reports describing what they had done under each commitment; selected plans and reports were shared with other members. Members' good practices are published so that others can learn from them: Nos. 13 to 20 were added in 2023. From 2024 JP-MIRAI is focusing on collecting and sharing good practices rather than regular reports.

See also: [About JP-MIRAI](pages:about).`,
      ja: `「私たちが目指す社会」を実現するため、JP-MIRAIの会員は、関係省庁、自治体、関係機関、市民社会、学識者、国際機関など、あらゆる関係者と協力します。会員は次の5つの行動を約束しています。

1. **法令の遵守**：外国人労働者を受け入れるにあたり、関係する法令を守ります。
2. **人権の尊重と労働・生活環境の改善**：外国人労働者の人権を尊重し、その労働環境・生活環境を把握して、課題の解決に優先して取り組みます。
3. **相互理解と信頼**：職場と生活の場の両方で、外国人労働者との相互理解を深め、信頼関係を築きます。
4. **能力開発**：日本と国際社会の発展と安定に貢献するため、外国人労働者の能力開発に力を尽くします。
5. **発信**：プラットフォームの取り組みを、日本国内と世界に積極的に発信します。

## 自らの組織を越えて

これらの行動は、自社・自団体の中だけで完結するものではありません。会員は自らの組織で実践するとともに、サプライチェーンや取引関係にある企業・団体にも、同じ取り組みを行うよう積極的に働きかけます。

## 原則を実践へ

2023年までは、会員が年間活動計画と半期ごとの活動報告を提出し、行動原則ごとの取り組みを報告してきました。その一部は会員間で共有されています。また、会員の優良事例を公開し、互いに学び合っています（2023年には第13号から第20号を公開）。2024年からは、定期報告に代えて、優良事例の収集と共有に力を入れています。

あわせて[JP-MIRAIについて](pages:about)もご覧ください。`,
    },
  },
  {
    slug: 'structure',
    kind: 'structure',
    order: 3,
    title: { en: 'Organisation and members', ja: '組織と会員' },
    summary: {
      en: 'How JP-MIRAI is organised, and who its 689 members were at the end of 2023.',
      ja: 'JP-MIRAIの組織体制と、2023年末時点の会員689団体・個人の内訳を紹介します。',
    },
    body: {
      en: `## From voluntary organisation to association

JP-MIRAI started on 16 November 2020 as a voluntary organisation with 51 organisations and individuals as members. To strengthen its work, it was restructured on 1 June 2023 as a general incorporated association (*ippan shadan hojin*). The voluntary organisation and JP-MIRAI Service, an association set up in 2022 to run pilot projects, were merged into the new body, and their secretariats were combined into a single JP-MIRAI Secretariat.

## How we are run

- **Board of Directors.** Seven officers: the Chairman of the Board, five directors and an auditor. See [Board and Advisory Meeting](pages:board).
- **Advisory Meeting.** Experts from industry, business, labour unions, the legal profession, research and migrant communities who advise on our activities. It replaced the three advisory bodies of the voluntary organisation: the Advisory Group, the Committee of Experts and the Advisory Committee.
- **Secretariat.** Runs our programmes and services day to day.

Our work is funded by contracts with businesses, grants from Japan's dormant deposits scheme and contributions from the Japan International Cooperation Agency (JICA).

## Members

Our members include businesses, industry associations, supervising and registered support organisations, sending organisations, recruiting companies, local governments, embassies, legal professionals, NPOs and NGOs, researchers and individuals. Membership is free of charge and applications are screened for eligibility.

Membership has grown more than tenfold since our founding, from 51 in November 2020 to 689 at the end of 2023. Our target for 2026 is 2,000 members.`,
      ja: `## 任意団体から一般社団法人へ

JP-MIRAIは2020年11月16日、51の団体・個人を会員とする任意団体として発足しました。活動基盤を強化するため、2023年6月1日に一般社団法人へ移行しました。このとき、任意団体と、パイロット事業のために2022年に設立された一般社団法人JP-MIRAIサービスを統合し、事務局もJP-MIRAI事務局に一本化しました。

## 運営体制

- **理事会**：代表理事、理事5名、監事1名の役員7名で構成しています。詳しくは[役員・アドバイザリー会合](pages:board)をご覧ください。
- **アドバイザリー会合**：業界団体、企業、労働組合、法曹、研究機関、外国人コミュニティの有識者が、活動について助言します。任意団体時代のアドバイザリーグループ、有識者委員会、アドバイザリー委員会を再編したものです。
- **事務局**：各事業やサービスの日々の運営を担います。

活動資金は、企業からの受託事業、休眠預金等活用事業の助成金、国際協力機構（JICA）からの支援によってまかなわれています。

## 会員

会員には、事業会社、業界団体、監理団体・登録支援機関、送出機関、人材紹介企業、自治体、大使館、弁護士などの士業、NPO・NGO、研究者、個人が含まれます。会費は無料で、入会時には資格審査を行っています。

会員数は設立時の51から、2023年末には689へと10倍以上に増えました。2026年までに2,000会員を目標としています。`,
    },
    sections: [
      {
        kind: 'figures',
        title: {
          en: 'Members by category (689 in total, as of 31 December 2023)',
          ja: '分類別の会員数（合計689、2023年12月31日時点）',
        },
        items: [
          { label: { en: 'Businesses', ja: '事業会社' }, value: 191 },
          { label: { en: 'Industry associations', ja: '業界団体' }, value: 9 },
          {
            label: {
              en: 'Supervising organisations and registered support organisations',
              ja: '監理団体・登録支援機関',
            },
            value: 62,
          },
          { label: { en: 'Sending organisations', ja: '送出機関' }, value: 11 },
          { label: { en: 'Recruiting companies', ja: '人材紹介企業' }, value: 46 },
          { label: { en: 'Local governments', ja: '自治体' }, value: 11 },
          { label: { en: 'Embassies', ja: '大使館' }, value: 2 },
          {
            label: {
              en: 'Lawyers, certified administrative procedures legal specialists and labour and social security attorneys',
              ja: '弁護士・行政書士・社会保険労務士',
            },
            value: 82,
          },
          { label: { en: 'NPOs and NGOs', ja: 'NPO・NGO' }, value: 76 },
          { label: { en: 'Researchers', ja: '研究者' }, value: 51 },
          { label: { en: 'Other individuals', ja: 'その他個人' }, value: 148 },
        ],
      },
    ],
  },
  {
    slug: 'board',
    kind: 'board',
    order: 4,
    title: { en: 'Board and Advisory Meeting', ja: '役員・アドバイザリー会合' },
    summary: {
      en: 'The officers of the General Incorporated Association JP-MIRAI and the members of its Advisory Meeting, as of December 2023.',
      ja: '一般社団法人JP-MIRAIの役員とアドバイザリー会合のメンバーです（2023年12月時点）。',
    },
    body: {
      en: `The Board of Directors was formed when JP-MIRAI became a general incorporated association on 1 June 2023. It has seven officers: the Chairman of the Board, five directors and an auditor.

The Advisory Meeting was set up at the same time. It brings together experts from industry, business, labour unions, the legal profession, research and migrant communities, and replaced the Advisory Group, the Committee of Experts and the Advisory Committee of the former voluntary organisation.

The lists below are as of December 2023; titles and affiliations are those held at that time.`,
      ja: `理事会は、JP-MIRAIが一般社団法人となった2023年6月1日に発足しました。代表理事、理事5名、監事1名の役員7名で構成しています。

アドバイザリー会合も同時に設置されました。業界団体、企業、労働組合、法曹、研究機関、外国人コミュニティの有識者で構成され、任意団体時代のアドバイザリーグループ、有識者委員会、アドバイザリー委員会を再編したものです。

以下の名簿は2023年12月時点のもので、役職・所属は当時のものです。`,
    },
    sections: [
      {
        kind: 'people',
        title: { en: 'Board of Directors', ja: '役員' },
        people: [
          {
            name: 'Kimitoshi Yabuki',
            role: { en: 'Chairman of the Board', ja: '代表理事' },
            affiliation: {
              en: 'Former President, Tokyo Bar Association / Partner, Yabuki Law Office',
              ja: '東京弁護士会 元会長／矢吹法律事務所 代表弁護士',
            },
          },
          {
            name: 'Akira Isawa',
            role: { en: 'Director', ja: '理事' },
            affiliation: {
              en: 'Director, Japan Leading Edge Foundation (JLEF) / International Advisor, Ministry of Health, Labour and Welfare / Executive Director, Japan ILO Kyogikai',
              ja: '一般財団法人Japan Leading Edge Foundation（JLEF）理事／厚生労働省 国際参与／NPO法人日本ILO協議会 専務理事',
            },
          },
          {
            name: 'Yosuke Okuyama',
            role: { en: 'Director', ja: '理事' },
            affiliation: {
              en: 'Director, Overseas Labor Management Office, Toyota Motor Corporation',
              ja: 'トヨタ自動車株式会社 グローバル労政室長',
            },
          },
          {
            name: 'Kenichi Shishido',
            role: { en: 'Director', ja: '理事' },
            affiliation: {
              en: 'Special Advisor to the President, Japan International Cooperation Agency (JICA)',
              ja: '独立行政法人国際協力機構（JICA）理事長特別補佐',
            },
          },
          {
            name: 'Nobuyuki Miyaji',
            role: { en: 'Director', ja: '理事' },
            affiliation: {
              en: 'Executive Officer, Seven & i Holdings Co., Ltd.',
              ja: '株式会社セブン＆アイ・ホールディングス 執行役員',
            },
          },
          {
            name: 'Hideaki Yahiro',
            role: { en: 'Director', ja: '理事' },
            affiliation: {
              en: 'Executive Director, Services for the Health in Asian & African Regions (SHARE)',
              ja: '特定非営利活動法人シェア＝国際保健協力市民の会 事務局長',
            },
          },
          {
            name: 'Masaichi Nakamura',
            role: { en: 'Auditor', ja: '監事' },
            affiliation: { en: 'Certified public accountant', ja: '公認会計士' },
          },
        ],
      },
      {
        kind: 'people',
        title: { en: 'Advisory Meeting', ja: 'アドバイザリー会合' },
        people: [
          {
            name: 'Kenryo Tanaka',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Secretary General, Federation of Consumer Goods Industries & Consumer Associations (Seidanren)',
              ja: '国民生活産業・消費者団体連合会（生団連）事務局長',
            },
          },
          {
            name: 'Kenichi Tomiyoshi',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Vice President, Japan Textile Federation (JTF)',
              ja: '日本繊維産業連盟 副会長',
            },
          },
          {
            name: 'Kei Suzuki',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Full-time Corporate Auditor, Ryohin Keikaku Co., Ltd.',
              ja: '株式会社良品計画 常勤監査役',
            },
          },
          {
            name: 'Keiichi Ujiie',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Deputy Secretary General, Global Compact Network Japan',
              ja: 'グローバル・コンパクト・ネットワーク・ジャパン 事務局次長',
            },
          },
          {
            name: 'Naomi Kudo',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Senior Managing Executive Officer, Originator Co., Ltd. / Director, Japan Association for the Employment of Foreign Nationals',
              ja: '株式会社オリジネーター 取締役 専務執行役員／外国人雇用協議会 理事',
            },
          },
          {
            name: 'Shoichi Ibusuki',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: "Lawyers' Network for Foreign Technical Interns",
              ja: '外国人技能実習生問題弁護士連絡会',
            },
          },
          {
            name: 'Miwa Yamada',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Director-General, Inter-disciplinary Studies Center, Institute of Developing Economies, Japan External Trade Organization (JETRO)',
              ja: '日本貿易振興機構（ジェトロ）アジア経済研究所 新領域研究センター長',
            },
          },
          {
            name: 'Masao Manjome',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: { en: 'Professor, Tokai University', ja: '東海大学 教授' },
          },
          {
            name: 'Narisue Otsuji',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Deputy Director, Regional Bureau, Tokyo Local of the Japanese Trade Union Confederation (RENGO Tokyo)',
              ja: '日本労働組合総連合会東京都連合会 地域局次長',
            },
          },
          {
            name: 'Hideyuki Hirakawa',
            role: { en: 'Advisory Meeting member (observer)', ja: 'アドバイザリー会合メンバー（オブザーバー）' },
            affiliation: {
              en: "Deputy Secretary-General and Director, International Affairs Bureau, Japan Council of Metalworkers' Unions",
              ja: '全日本金属産業労働組合協議会 事務局次長／国際局長',
            },
          },
          {
            name: 'Oussouby Sacko',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'Former President, Kyoto Seika University (from Mali)',
              ja: '京都精華大学 前学長（マリ出身）',
            },
          },
          {
            name: 'Phi Hoa',
            role: { en: 'Advisory Meeting member', ja: 'アドバイザリー会合メンバー' },
            affiliation: {
              en: 'CEO, ONE-VALUE Inc. (from Vietnam)',
              ja: 'ONE-VALUE株式会社 代表取締役（ベトナム出身）',
            },
          },
        ],
      },
    ],
  },
  {
    slug: 'activities',
    kind: 'activities',
    order: 5,
    title: { en: 'What we do', ja: '活動内容' },
    summary: {
      en: 'Our work rests on three pillars: information and mutual support with migrant workers, collaboration on business and human rights, and mutual learning and public communication.',
      ja: 'JP-MIRAIの活動は、「外国人労働者との情報共有・共助」「ビジネスと人権における協働」「学び合いと内外への発信」の3本柱で構成されています。',
    },
    body: {
      en: `## 1. Information sharing and mutual support with migrant workers

**JP-MIRAI Portal.** A website (opened in March 2022) and smartphone app (July 2022) in nine languages, with practical information on living and working in Japan. In 2023 we published 28 articles in Japanese, 73 multilingual articles and 11 new videos; the portal received 233,140 page views and 1,348 new user registrations (2,732 registered users in total). For 2024–2026 we aim to reach one million users and to improve the country pages for people preparing to come to Japan.

**JP-MIRAI Assist.** A free consultation service for foreign nationals living in Japan, launched in May 2022 and offering full consultation and remedy services since 2023. Counsellors answer questions about work, residence status, daily life, education, medical care and welfare, and tax and social insurance by phone, email and chat in 21 languages, Tuesday to Saturday from 10:00 to 18:00. For complex cases they stay with the person until the problem is solved, working with lawyers and other specialists, and disputes with employers can be taken to the Tokyo Bar Association's ADR (alternative dispute resolution) service. In 2023, 319 people used the service, in 1,890 consultations on 2,122 issues. The UN Working Group on Business and Human Rights commended JP-MIRAI Assist at the end of its visit to Japan in 2023.

**JP-MIRAI Safety.** Launched in June 2023, this self-check tool asks migrant workers simple questions, taking five to ten minutes, to find out whether they may be facing forced labour, violence or other serious violations of their rights or of the law. Answers link to plain explanations, and anyone who needs help is guided to JP-MIRAI Assist. From September to November 2023 we ran the Campaign to Protect the Human Rights of Migrant Workers with the support of government ministries, the Japanese Trade Union Confederation (RENGO) and Keidanren.

**JP-MIRAI Friends.** A community site, started in August 2022, that connects foreign residents with Japanese neighbours who want to help.

## 2. Collaboration on business and human rights

**Private Company Collaboration Program.** After a one-year pilot, this programme has run in full since May 2023. Participating companies offer migrant workers in their domestic supply chains JP-MIRAI Assist as a grievance mechanism and JP-MIRAI Safety for human rights due diligence, backed by training and expert advice. In 2023, 17 companies took part, covering around 10,000 workers.

**JP-MIRAI Field Academy.** Study trips that take members to sending countries to meet sending organisations, government bodies, international organisations and technical intern trainees before departure and after their return. In 2023 members visited Vietnam (24–29 July; 11 participants from 9 organisations) and Indonesia (26 November–1 December; 10 participants from 7 organisations). Trips to Myanmar and Nepal are planned for 2024.

**Ethical recruitment.** No worker should have to pay to get a job in Japan. Our Zero Fee Subcommittee has met since November 2022. In 2023 we joined the Vietnamese government, the Vietnam Association of Manpower Supply (VAMAS), the ILO and JICA in setting up the Vietnam–Japan Fair and Ethical Recruitment Initiative (VJ-FERI), and in October 2023 we signed partnership agreements with the Responsible Business Alliance (RBA) and the Issara Institute.

## 3. Mutual learning and public communication

**Seminars and workshops.** In 2023 about 1,400 people took part, in person and online, in our seminars, workshops and members' gatherings on business and human rights, the reform of the technical intern training and specified skilled worker systems, and how local governments can welcome foreign residents.

**Newsletters.** Members receive a monthly newsletter with interviews, book reviews and news of our work, and a weekly bulletin of upcoming events and new articles.

**Good practices.** Members share how they put the [Code of Conduct](pages:code-of-conduct) into practice. Eight new examples (Nos. 13–20) from companies, a prefectural government, international exchange organisations and individuals were published in 2023.`,
      ja: `## 1. 外国人労働者との情報共有・共助

**JP-MIRAIポータル**：日本での生活や仕事に役立つ情報を9言語で届けるウェブサイト（2022年3月開設）とスマートフォンアプリ（2022年7月公開）です。2023年は日本語の記事28本、多言語の記事73本、新しい動画11本を公開し、閲覧数は233,140PV、新規ユーザー登録は1,348人（累計2,732人）でした。2024〜2026年は利用者100万人を目指し、来日を準備している人向けの国別ページも充実させます。

**JP-MIRAIアシスト**：日本で暮らす外国人のための無料相談窓口です。2022年5月に開設し、2023年から相談・救済を本格的に行っています。労働、在留資格、生活、教育、医療・福祉、税・社会保険などの相談に、電話・メール・チャットで21言語で対応しています（火曜〜土曜 10:00〜18:00）。解決が難しい相談には弁護士などの専門家と連携して伴走支援を行い、雇用主との紛争は東京弁護士会のADR（裁判外紛争解決手続）につなぎます。2023年の相談者は319人、相談件数は1,890件（相談内容は2,122件）でした。2023年に来日した国連「ビジネスと人権」作業部会は、訪日終了時の声明でJP-MIRAIアシストを評価しました。

**JP-MIRAIセーフティ**：2023年6月に始めた自己診断ツールです。5〜10分ほどで答えられる簡単な質問を通じて、強制労働や暴力、その他の重大な人権侵害・法令違反を受けていないかを外国人労働者自身が確認できます。回答に応じてわかりやすい解説が表示され、支援が必要な人はJP-MIRAIアシストにつながります。2023年9月から11月には、関係省庁、連合、経団連の後援を得て「外国人労働者の人権をまもるキャンペーン」を実施しました。

**JP-MIRAIフレンズ**：2022年8月に始めた交流サイトで、日本で暮らす外国人と、力になりたい地域の日本人をつなぎます。

## 2. 「ビジネスと人権」における協働

**責任ある外国人労働者受入れ企業協働プログラム**：1年間のパイロット事業を経て、2023年5月から本格実施しています。参加企業は、国内サプライチェーンで働く外国人労働者に、苦情処理メカニズムとしてJP-MIRAIアシストを、人権デュー・ディリジェンスのためにJP-MIRAIセーフティを提供し、研修や専門家の助言も受けられます。2023年は17社が参加し、対象の労働者は約1万人でした。

**JP-MIRAI現場アカデミー**：会員が送出国を訪れ、送出機関、政府機関、国際機関、来日前・帰国後の技能実習生と意見交換するスタディツアーです。2023年はベトナム（7月24〜29日、9団体11人）とインドネシア（11月26日〜12月1日、7団体10人）を訪問しました。2024年はミャンマーとネパールへのツアーを予定しています。

**倫理的なリクルート**：日本で働くために労働者が手数料を払うべきではありません。2022年11月からゼロフィー分科会で議論を重ね、2023年にはベトナム政府、ベトナム海外労働者派遣協会（VAMAS）、ILO、JICAとともに「公正で倫理的な外国人労働者リクルートイニシアティブ（VJ-FERI）」の枠組みづくりを始めました。2023年10月には、Responsible Business Alliance（RBA）およびIssara Instituteと連携の覚書を結びました。

## 3. 学び合いと内外への発信

**勉強会・セミナー**：2023年は、ビジネスと人権、技能実習制度・特定技能制度の見直し、自治体による外国人住民の受入れなどをテーマに勉強会、セミナー、会員の交流会を開き、会場とオンラインで約1,400人が参加しました。

**ニュースレター**：会員向けに、インタビューや書評、活動報告を載せた月刊ニュースレターと、イベントや新着記事を知らせる週刊のお知らせを配信しています。

**優良事例**：会員が[行動原則](pages:code-of-conduct)をどのように実践しているかを共有しています。2023年は、企業、県、国際交流団体、個人による8つの事例（第13号〜第20号）を公開しました。`,
    },
  },
  {
    slug: 'annual-reports',
    kind: 'annual-reports',
    order: 6,
    title: { en: 'Annual reports', ja: '年次報告書' },
    summary: {
      en: 'Each year JP-MIRAI reports on its work, its members and its results. The Annual Report 2023 covers January to December 2023.',
      ja: 'JP-MIRAIは毎年、活動、会員、成果を年次報告書にまとめています。2023年版は2023年1月から12月までを対象としています。',
    },
    body: {
      en: `## Annual Report 2023

The Annual Report 2023 was issued in March 2024 and covers January to December 2023. It contains:

- a message from the Chairman of the Board, Kimitoshi Yabuki;
- our organisational structure and the number of members by category;
- the Board of Directors and the members of the Advisory Meeting;
- a review of the year under our three pillars: information sharing and mutual support with migrant workers, collaboration on business and human rights, and mutual learning and public communication;
- results of the JP-MIRAI Portal and JP-MIRAI Assist, the launch of JP-MIRAI Safety, the Private Company Collaboration Program, the Field Academy trips to Vietnam and Indonesia and our work on ethical recruitment;
- members' good practices, workshops and seminars, newsletters and media coverage;
- our business plan for 2024 and medium-term goals for 2024–2026.

## 2023 in brief

2023 was our third year. We became a general incorporated association and set up the Board of Directors and the Advisory Meeting. Our work also became better known abroad: the UN Working Group on Business and Human Rights commended JP-MIRAI Assist, and we presented our initiatives at the UN Forum on Business and Human Rights in Geneva and at the Issara Global Forum in Bangkok.

## Looking ahead to 2026

After three start-up years, 2024–2026 is an expansion phase. Our goals include one million portal users, 50 companies and 100,000 workers in the Collaboration Program, learning materials for small and medium-sized businesses, and 2,000 members.

For a copy of a report, please [contact the secretariat](pages:contact).`,
      ja: `## 2023年度年次報告書

2023年度の年次報告書は2024年3月に発行され、2023年1月から12月までの活動を対象としています。主な内容は次のとおりです。

- 代表理事 矢吹公敏のメッセージ
- 組織図と分類別の会員数
- 役員とアドバイザリー会合のメンバー
- 3本柱（外国人労働者との情報共有・共助、「ビジネスと人権」における協働、学び合いと内外への発信）に沿った1年間の振り返り
- JP-MIRAIポータルとJP-MIRAIアシストの実績、JP-MIRAIセーフティの開始、企業協働プログラム、ベトナム・インドネシアへの現場アカデミー、倫理的なリクルートの取り組み
- 会員の優良事例、勉強会・セミナー、ニュースレター、メディア掲載
- 2024年の事業計画と2024〜2026年の中期目標

## 2023年のあゆみ

2023年は設立3年目の年でした。一般社団法人へ移行し、理事会とアドバイザリー会合を設けました。海外での認知も高まり、国連「ビジネスと人権」作業部会がJP-MIRAIアシストを評価したほか、ジュネーブの国連「ビジネスと人権フォーラム」やバンコクのIssaraグローバルフォーラムで取り組みを紹介しました。

## 2026年に向けて

立ち上げの3年間を経て、2024〜2026年は「拡大フェーズ」と位置づけています。ポータル利用者100万人、企業協働プログラム50社・対象労働者10万人、中小企業向け教材の開発、会員数2,000を目標としています。

報告書をご希望の方は[事務局までお問い合わせください](pages:contact)。`,
    },
    sections: [
      {
        kind: 'figures',
        title: { en: 'Key figures for 2023', ja: '数字で見る2023年' },
        items: [
          {
            label: { en: 'Members at the end of 2023', ja: '会員数（2023年末）' },
            value: 689,
            note: { en: 'Organisations and individuals', ja: '団体・個人' },
          },
          { label: { en: 'Portal page views', ja: 'ポータル閲覧数（PV）' }, value: 233140 },
          {
            label: { en: 'New portal user registrations', ja: 'ポータル新規ユーザー登録' },
            value: 1348,
            note: { en: '2,732 registered users in total', ja: '累計2,732人' },
          },
          { label: { en: 'People who consulted JP-MIRAI Assist', ja: 'JP-MIRAIアシスト相談者数' }, value: 319 },
          {
            label: { en: 'JP-MIRAI Assist consultations', ja: 'JP-MIRAIアシスト相談件数' },
            value: 1890,
            note: { en: 'Covering 2,122 issues', ja: '相談内容は2,122件' },
          },
          {
            label: { en: 'Companies in the Collaboration Program', ja: '企業協働プログラム参加企業' },
            value: 17,
            note: { en: 'About 10,000 workers covered', ja: '対象労働者は約1万人' },
          },
          {
            label: { en: 'Seminar and workshop participants', ja: '勉強会・セミナー参加者' },
            value: 1400,
            note: { en: 'Approximate, in person and online', ja: '概数（会場・オンライン合計）' },
          },
          {
            label: { en: 'Field Academy participants', ja: '現場アカデミー参加者' },
            value: 21,
            note: { en: 'Trips to Vietnam and Indonesia', ja: 'ベトナム・インドネシアへの2回のツアー' },
          },
        ],
      },
    ],
  },
  {
    slug: 'contact',
    kind: 'contact',
    order: 7,
    title: { en: 'Contact us', ja: 'お問い合わせ' },
    summary: {
      en: 'How to reach the JP-MIRAI Secretariat, and where migrant workers can get help.',
      ja: 'JP-MIRAI事務局への連絡方法と、外国人労働者の方の相談先をご案内します。',
    },
    body: {
      en: `## JP-MIRAI Secretariat

General Incorporated Association JP-MIRAI

- Email: ask@jp-mirai.org
- Website: [jp-mirai.org](https://jp-mirai.org/)

Please contact the secretariat about membership, partnerships, the Private Company Collaboration Program, seminars, media enquiries or our reports.

## Need help with work or daily life in Japan?

If you are a migrant worker with a problem at work or in your daily life, please contact **JP-MIRAI Assist**, our free consultation service for foreign nationals living in Japan.

- Phone: 0800-123-5717 (toll-free)
- Hours: Tuesday to Saturday, 10:00–18:00
- By phone, email or chat, in 21 languages

Consultations are confidential. Not sure whether your situation is a problem? Try the JP-MIRAI Safety self-check first.`,
      ja: `## JP-MIRAI事務局

一般社団法人JP-MIRAI

- メール：ask@jp-mirai.org
- ウェブサイト：[jp-mirai.org](https://jp-mirai.org/)

入会、連携、企業協働プログラム、セミナー、取材、報告書などについては、事務局までお問い合わせください。

## 仕事や生活で困っている方へ

仕事や生活で困りごとがある外国人の方は、日本で暮らす外国人のための無料相談窓口**JP-MIRAIアシスト**にご相談ください。

- 電話：0800-123-5717（通話無料）
- 受付時間：火曜〜土曜 10:00〜18:00
- 電話・メール・チャットで、21言語に対応

相談内容の秘密は守られます。自分の状況が問題かどうかわからないときは、まずJP-MIRAIセーフティで自己診断してみてください。`,
    },
  },
]
