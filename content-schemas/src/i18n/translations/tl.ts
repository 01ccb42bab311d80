import type { UiTranslation } from '../schema'

export const tl = {
  'site.name': 'JP-MIRAI Portal',
  'site.tagline': 'Impormasyon para sa mga migrant worker na nakatira sa Japan',
  'site.footerNote':
    'Nakikipagtulungan ang JP-MIRAI sa mga kumpanya, organisasyon at lokal na pamahalaan para ligtas na makapagtrabaho at makapamuhay sa Japan ang mga migrant worker.',

  'nav.skipToContent': 'Lumaktaw sa pangunahing nilalaman',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.search': 'Maghanap',
  'nav.organisation': 'Tungkol sa JP-MIRAI',
  'nav.newsletters': 'Mga newsletter',

  'language.label': 'Wika',
  'language.choose': 'Piliin ang iyong wika',
  'language.suggested': 'Ang wika ng iyong browser ay {language}',

  'article.latest': 'Mga bagong artikulo',
  'article.all': 'Lahat ng artikulo',
  'article.readMore': 'Basahin pa',
  'article.categories': 'Mga kategorya',
  'article.tags': 'Mga tag',
  'article.related': 'Kaugnay na mga artikulo',

  'video.related': 'Kaugnay na mga video',
  'video.play': 'I-play ang video: {title}',
  'video.loadsFromYouTube': 'Magpe-play ang video mula sa YouTube kapag pinindot mo ang play.',
  'video.transcript': 'Transcript',
  'video.duration': 'Haba',
  'video.captions': 'Mga caption',

  'pagination.pageOf': 'Pahina {page} ng {total}',
  'pagination.previous': 'Nakaraang pahina',
  'pagination.next': 'Susunod na pahina',

  'fallback.title': 'Wala pa sa iyong wika',
  'fallback.text': 'Hindi pa naisasalin sa {language} ang pahinang ito. Ipinapakita ito sa {fallback}.',

  'consultation.title': 'Libreng konsultasyon sa iyong wika',
  'consultation.call': 'Tumawag sa {phone}',
  'consultation.hours': 'Oras (oras sa Japan)',
  'consultation.languages': 'Mga wika',
  'consultation.free': 'Libre',
  'consultation.email': 'Email',
  'consultation.chat': 'Chat',
  'consultation.website': 'Website',

  'furigana.show': 'Ipakita ang furigana (gabay sa pagbasa)',
  'furigana.hide': 'Itago ang furigana',

  'event.upcoming': 'Mga darating na event',
  'event.past': 'Mga nakaraang event',
  'event.noneUpcoming': 'Wala pang nakaplanong event sa ngayon.',
  'event.when': 'Petsa at oras',
  'event.where': 'Lugar',
  'event.online': 'Online',
  'event.organiser': 'Organizer',
  'event.membersOnly': 'Para sa mga miyembro lamang',
  'event.register': 'Magparehistro',
  'event.registerBy': 'Magparehistro hanggang {date}',
  'event.addToCalendar': 'Idagdag sa kalendaryo (.ics)',
  'event.programme': 'Programa',
  'event.speakers': 'Mga tagapagsalita',
  'event.report': 'Ulat',
  'event.attendance': '{count} kalahok',

  'country.sendingScheme': 'Paano pumupunta sa Japan ang mga manggagawa',
  'country.recruitmentFees': 'Recruitment fee',
  'country.contacts': 'Mga contact',
  'country.website': 'Website',

  'goodPractice.number': 'Mabuting gawi Blg. {number}',
  'goodPractice.commitments': 'Mga pangako sa Code of Conduct',
  'goodPractice.memberOrganisation': 'Miyembrong organisasyon',

  'newsletter.issueNumber': 'Blg. {number}',
  'newsletter.shownIn': 'Hindi pa naisasalin (ipinapakita sa {language})',
  'newsletter.viewSite': 'Bisitahin ang website',
  'newsletter.footer': 'Natanggap mo ang email na ito bilang miyembro o subscriber ng JP-MIRAI.',
  'newsletter.unsubscribe': 'Mag-unsubscribe',

  'safety.title': 'Sariling pagsusuri sa kaligtasan',
  'safety.learnMore': 'Basahin ang mga patakaran',
  'safety.services': 'Saan makakakuha ng libreng tulong',
  'safety.yes': 'Oo',
  'safety.no': 'Hindi',
  'safety.back': 'Bumalik',
  'safety.progress': 'Tanong {n} sa {total}',
  'safety.results': 'Ang resulta mo',
  'safety.nothing': 'Walang mukhang problema. Puwede ka pa ring humingi ng tulong anumang oras.',
  'safety.again': 'Suriin muli',
  'safety.openNow': 'Bukas ngayon',
  'safety.closedNow': 'Sarado ngayon',
  'safety.print': 'I-print',
  'safety.keep': 'I-save ang resulta sa device na ito',
  'safety.kept': 'Na-save sa device na ito noong {date}',
  'safety.forget': 'Burahin ang na-save na resulta',

  'offline.saved': 'Offline ka. Na-save ang pahinang ito noong {date}.',
  'offline.missing': 'Offline ka at hindi na-save ang pahinang ito. Buksan itong muli kapag may koneksyon ka na.',

  'search.label': 'Maghanap sa site na ito',
  'search.placeholder': 'Mag-type ng salitang hahanapin',
  'search.needsJs':
    'Kailangan ng JavaScript para makapaghanap. Puwede kang tumingin ng mga artikulo ayon sa kategorya.',

  'notFound.title': 'Hindi makita ang pahina',
  'notFound.text': 'Hindi namin makita ang pahinang ito. Baka nailipat na ito.',
  'notFound.backHome': 'Bumalik sa home page',

  'feed.rss': 'RSS feed',
} as const satisfies UiTranslation
