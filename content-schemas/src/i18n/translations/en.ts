import type { CompleteUiTranslation } from '../schema'

/** The source of every interface text; see ../schema.ts for what each key is. */
export const en = {
  'site.name': 'JP-MIRAI Portal',
  'site.tagline': 'Information for migrant workers living in Japan',
  'site.footerNote':
    'JP-MIRAI works with companies, organisations and local governments so that migrant workers can work and live safely in Japan.',

  'nav.skipToContent': 'Skip to main content',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.search': 'Search',
  'nav.organisation': 'About JP-MIRAI',
  'nav.newsletters': 'Newsletters',

  'language.label': 'Language',
  'language.choose': 'Choose your language',
  'language.suggested': 'Your browser is set to {language}',

  'article.latest': 'Latest articles',
  'article.all': 'All articles',
  'article.readMore': 'Read more',
  'article.categories': 'Categories',
  'article.tags': 'Tags',
  'article.related': 'Related articles',

  'video.related': 'Related videos',
  'video.play': 'Play video: {title}',
  'video.loadsFromYouTube': 'The video plays from YouTube when you tap play.',
  'video.transcript': 'Transcript',
  'video.duration': 'Length',
  'video.captions': 'Captions',

  'pagination.pageOf': 'Page {page} of {total}',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',

  'fallback.title': 'Not yet available in your language',
  'fallback.text': 'This page has not been translated into {language} yet. It is shown in {fallback}.',

  'consultation.title': 'Free consultation in your language',
  'consultation.call': 'Call {phone}',
  'consultation.hours': 'Hours (Japan time)',
  'consultation.languages': 'Languages',
  'consultation.free': 'Free of charge',
  'consultation.email': 'Email',
  'consultation.chat': 'Chat',
  'consultation.website': 'Website',

  'furigana.show': 'Show furigana',
  'furigana.hide': 'Hide furigana',

  'event.upcoming': 'Upcoming events',
  'event.past': 'Past events',
  'event.noneUpcoming': 'No events are planned at the moment.',
  'event.when': 'Date and time',
  'event.where': 'Place',
  'event.online': 'Online',
  'event.organiser': 'Organiser',
  'event.membersOnly': 'Members only',
  'event.register': 'Register',
  'event.registerBy': 'Register by {date}',
  'event.addToCalendar': 'Add to calendar (.ics)',
  'event.programme': 'Programme',
  'event.speakers': 'Speakers',
  'event.report': 'Report',
  'event.attendance': '{count} participants',

  'country.sendingScheme': 'How workers come to Japan',
  'country.recruitmentFees': 'Recruitment fees',
  'country.contacts': 'Contacts',
  'country.website': 'Website',

  'goodPractice.number': 'Good practice No. {number}',
  'goodPractice.commitments': 'Code of Conduct commitments',
  'goodPractice.memberOrganisation': 'Member organisation',

  'newsletter.issueNumber': 'No. {number}',
  'newsletter.shownIn': 'Not translated yet (shown in {language})',
  'newsletter.viewSite': 'Visit the website',
  'newsletter.footer': 'You receive this email as a member or subscriber of JP-MIRAI.',
  'newsletter.unsubscribe': 'Unsubscribe',

  'safety.title': 'Safety self-check',
  'safety.learnMore': 'Read the rules',
  'safety.services': 'Where to get free help',
  'safety.yes': 'Yes',
  'safety.no': 'No',
  'safety.back': 'Back',
  'safety.progress': 'Question {n} of {total}',
  'safety.results': 'Your result',
  'safety.nothing': 'Nothing that looks like a problem. You can still ask for help at any time.',
  'safety.again': 'Check again',
  'safety.openNow': 'Open now',
  'safety.closedNow': 'Closed now',
  'safety.print': 'Print',
  'safety.keep': 'Keep this result on this device',
  'safety.kept': 'Saved on this device on {date}',
  'safety.forget': 'Delete the saved result',

  'offline.saved': 'You are offline. This page was saved on {date}.',
  'offline.missing': 'You are offline, and this page was not saved. Open it again when you are connected.',

  'search.label': 'Search this site',
  'search.placeholder': 'Type words to search',
  'search.needsJs': 'Search needs JavaScript. You can browse articles by category instead.',

  'notFound.title': 'Page not found',
  'notFound.text': 'We could not find this page. It may have moved.',
  'notFound.backHome': 'Back to the home page',

  'feed.rss': 'RSS feed',
} as const satisfies CompleteUiTranslation
