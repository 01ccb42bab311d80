/**
 * Every key of the portal's reader-facing interface text, with a note for translators: what the
 * text is, where readers see it, what its {placeholders} stand for. The English translation is
 * the source; the other languages may leave keys out and readers then get the English text.
 * Content (articles, events…) is written in the CMS; taxonomy labels live with the taxonomies.
 */
export const UI_NOTES = {
  'site.name': 'Name of the portal: browser tab titles, the header logo text, RSS feed title.',
  'site.tagline': 'One line under the name on the home page and in page descriptions for search engines.',
  'site.footerNote': 'Sentence about JP-MIRAI at the bottom of every page.',

  'nav.skipToContent':
    'Hidden link for keyboard and screen-reader users, first thing on every page; jumps past the menu.',
  'nav.menu': 'Button that opens the main menu on small screens.',
  'nav.home': 'Link to the home page of the language (header, 404 page, offline page of the service worker).',
  'nav.search': 'Menu link and page heading of the site search.',
  'nav.organisation': 'Heading of the footer block that lists the pages about the organisation.',
  'nav.newsletters': 'Heading of the newsletter archive and its link in the footer.',

  'language.label': 'Label of the language switcher in the header.',
  'language.choose': 'Heading of the language chooser on the root page (shown in every language at once).',
  'language.suggested':
    'Hint on the root page when the browser language is one of ours. {language}: the language name in that language.',

  'article.latest': 'Heading of the list of newest articles on the home page.',
  'article.all': 'Link from the home page to the list of all articles.',
  'article.readMore':
    'Link after a teaser to the full text: article cards and newsletter emails (followed by an arrow or a URL).',
  'article.categories': 'Heading of the list of article categories.',
  'article.tags': 'Label before the tags of an article.',
  'article.related': 'Heading of the related-articles list under an article, video or country page.',

  'video.related': 'Heading of the related-videos list under an article.',
  'video.play': 'Accessible name of the play button over a video. {title}: the video title.',
  'video.loadsFromYouTube': 'Privacy note under a video: nothing loads from YouTube before the reader presses play.',
  'video.transcript': 'Heading of the written transcript of a video.',
  'video.duration': 'Label of the length of a video (followed by e.g. "12:30").',
  'video.captions': 'Label of the list of caption languages of a video.',

  'pagination.pageOf':
    'Position in a paged list, in page titles and the pager. {page}: this page number; {total}: number of pages.',
  'pagination.previous': 'Pager link to the previous page of a list.',
  'pagination.next': 'Pager link to the next page of a list.',

  'fallback.title': 'Heading of the notice on a page shown in another language because it is not translated yet.',
  'fallback.text':
    "Text of that notice. {language}: the reader's language; {fallback}: the language the page is shown in (both as language names).",

  'freshness.title':
    'Heading of the notice on a translated page whose original was changed after the translation was written.',
  'freshness.text':
    "Text of that notice. {language}: name of the original's language in that language itself (e.g. 日本語); {date}: the day the original was changed, already written out in the reader's language.",
  'freshness.original': 'Link in that notice to the page in the original language.',
  'freshness.lastUpdated':
    "Line at the end of every article, video, country, event, good-practice and organisation page. {date}: the day, written out in the reader's language.",

  'consultation.title': 'Heading of the box about the free consultation service, shown on every page.',
  'consultation.call':
    'Tap-to-call button. {phone}: the phone number; spaces become non-breaking so the button never wraps.',
  'consultation.hours': 'Label of the opening hours of a consultation service (always in Japan time).',
  'consultation.languages': 'Label of the list of languages a consultation service speaks.',
  'consultation.free': 'Badge on a consultation service that costs nothing.',
  'consultation.email': 'Label of the email address of a consultation service.',
  'consultation.chat': 'Link to the chat of a consultation service.',
  'consultation.website': 'Link to the website of a consultation service.',

  'furigana.show': 'Toggle on Japanese pages with furigana: turns the reading aids on.',
  'furigana.hide': 'The same toggle when furigana are shown: turns them off.',

  'event.upcoming': 'Heading of the list of events still to come (events page, home page).',
  'event.past': 'Heading of the list of events that have taken place.',
  'event.noneUpcoming': 'Shown instead of the upcoming list when nothing is planned.',
  'event.when': 'Label of the date and time of an event.',
  'event.where': 'Label of the place of an event.',
  'event.online': 'Marks an event held online (or hybrid): event pages, after the venue, and newsletter event cards.',
  'event.organiser': 'Label of who organises an event.',
  'event.membersOnly': 'Marks an event or item open to JP-MIRAI members only: event pages and newsletter cards.',
  'event.register': 'Button linking to the registration form of an event.',
  'event.registerBy': 'Registration deadline. {date}: the formatted date.',
  'event.addToCalendar': 'Link to download the event as a calendar file (.ics).',
  'event.programme': 'Heading of the programme of an event.',
  'event.speakers': 'Heading of the list of speakers of an event.',
  'event.report': 'Heading of the report written after an event.',
  'event.attendance': 'How many people took part, in an event report. {count}: a number.',

  'country.sendingScheme': 'Heading on a country page: the scheme by which workers from that country come to Japan.',
  'country.recruitmentFees': 'Heading on a country page: fees workers pay to recruiters or sending organisations.',
  'country.contacts':
    'Heading of the contacts (embassy, hotlines…) on a country page; also the label of a contact of unknown kind.',
  'country.website': 'Link to the website of a contact on a country page.',

  'goodPractice.number': 'Number of a good practice in the series. {number}: a number.',
  'goodPractice.commitments': 'Heading of the Code of Conduct commitments a good practice relates to.',
  'goodPractice.memberOrganisation': 'Label of the member organisation a good practice comes from.',

  'newsletter.issueNumber':
    'Number of a newsletter issue: archive, issue pages and the email header. {number}: the issue number.',
  'newsletter.shownIn':
    "Marker on a newsletter item shown in another language because it is not translated yet. {language}: that language's own name.",
  'newsletter.viewSite': "Link at the bottom of a newsletter email to the portal's home page.",
  'newsletter.footer': 'Why the reader receives the newsletter email, at its bottom.',
  'newsletter.unsubscribe': 'Link at the bottom of a newsletter email to stop receiving it.',

  'safety.title':
    'Name of the safety self-check: its page heading, menu link and the offline page of the service worker.',
  'safety.learnMore': 'Link from a safety result to the article explaining the rule.',
  'safety.services': 'Heading of the list of free consultation services in the safety check.',
  'safety.yes': 'Answer button to a safety question.',
  'safety.no': 'Answer button to a safety question.',
  'safety.back': 'Button returning to the previous safety question.',
  'safety.progress': 'Progress through the safety check. {n}: this question number; {total}: number of questions.',
  'safety.results': 'Heading of the result of the safety check.',
  'safety.nothing': 'Result when no answer points to a problem.',
  'safety.again': 'Button starting the safety check again.',
  'safety.openNow': 'Badge on a consultation service that is open at this moment (Japan time).',
  'safety.closedNow': 'Badge on a consultation service that is closed at this moment.',
  'safety.print': 'Button printing the safety result.',
  'safety.keep': 'Button saving the safety result in this browser only.',
  'safety.kept': 'Note on a saved safety result. {date}: the date it was saved (Japan time).',
  'safety.forget': 'Button deleting the saved safety result from this browser.',

  // The home page for readers who would rather look than read, and the emergency numbers (../emergency.ts).
  'home.helpTitle':
    'Heading of the block at the top of the home page: the safety check and the free consultation line (Assist).',
  'home.safetyText':
    'Home page, under the name of the safety self-check (safety.title) on its large link: what the check does.',
  'home.assistText':
    'Home page, on the large tap-to-call button of JP-MIRAI Assist (its name and number come from the CMS): what a call is for.',
  'home.topicsTitle': 'Home page heading of the large picture tiles, one per article category.',
  'emergency.title': 'Heading of the emergency numbers (110, 119, #7119, 171): home page and help page.',
  'emergency.intro': 'Line under that heading. Keep the numbers 110 and 119 as digits.',
  'emergency.police': 'Name next to the number 110 (police). Short: it is the text of a large call button.',
  'emergency.policeUse': 'What to call 110 for, under its name.',
  'emergency.fire': 'Name next to the number 119 (fire brigade and ambulance; in Japan one number for both). Short.',
  'emergency.fireUse': 'What to call 119 for, under its name.',
  'emergency.medical':
    'Name next to #7119: advice by nurses and doctors on whether to call an ambulance (救急安心センター). Short.',
  'emergency.medicalUse': 'What to call #7119 for, under its name.',
  'emergency.someAreas':
    'Badge on #7119: it answers only in the prefectures and cities that run it, not everywhere in Japan.',
  'emergency.disaster': "Name next to 171: NTT's disaster emergency message dial (災害用伝言ダイヤル). Short.",
  'emergency.disasterUse':
    'What 171 is for: it opens after a large disaster; callers record or play back voice messages.',

  // Sharing the check with a workplace and asking Assist to call. Japanese may carry furigana in the
  // notation 漢字《かんじ》 (or ｜base《reading》 when the base is not only kanji): the check shows it as <ruby>.
  'share.heading':
    'Heading of the screen shown before the safety check when it was opened from a workplace flyer (QR code).',
  'share.checking': 'Shown while the page asks which workplace a flyer code belongs to.',
  'share.workplace': 'First sentence of the sharing screen. {site}: the workplace name; {company}: the company name.',
  'share.together': 'Sharing screen and workplace flyer: what happens to shared answers.',
  'share.groups':
    'Sharing screen and workplace flyer: what the company sees. {threshold}: the smallest group size (e.g. 5).',
  'share.nobody': 'Sharing screen and workplace flyer: anonymity promise.',
  'share.choice': 'Label of the choice between keeping answers private and sharing them.',
  'share.keepPrivate': 'Choice (selected at first): nothing is sent.',
  'share.shareAnonymously': 'Choice: answers are sent without a name at the end of the check.',
  'share.start': 'Button on the sharing screen that starts the questions.',
  'share.unavailable':
    'Shown instead of the sharing screen when the code is unknown, expired, or the server cannot be reached.',
  'share.sending': 'Result screen, while the shared answers are being sent.',
  'share.sent': 'Result screen, after the answers were shared.',
  'share.failed': 'Result screen, when sending the shared answers failed.',
  'share.retry': 'Button sending the shared answers again after a failure.',
  'share.private': 'Result screen, when the reader kept the answers private.',
  'assist.ask': 'Button under the safety result that opens the contact request form.',
  'assist.heading': 'Heading of the contact request form.',
  'assist.intro': 'Introduction of the contact request form.',
  'assist.method': 'Label of the choice of contact method.',
  'assist.methodPhone': 'Contact method choice.',
  'assist.methodEmail': 'Contact method choice.',
  'assist.methodMessaging': 'Contact method choice (LINE, WhatsApp…).',
  'assist.app': 'Label of the messaging app choice.',
  'assist.appOther': 'Messaging app choice for apps not in the list.',
  'assist.contactPhone': 'Label of the phone number field.',
  'assist.contactEmail': 'Label of the email field.',
  'assist.contactMessaging': 'Label of the messaging app ID field.',
  'assist.language': 'Label of the language choice (the list shows language names).',
  'assist.days': 'Label of the weekday choice (Assist is open Tuesday to Saturday).',
  'assist.times': 'Label of the time choice (10:00–12:00 etc.).',
  'assist.anyTime': 'Hint under the day and time choices.',
  'assist.name': 'Label of the optional name field.',
  'assist.message': 'Label of the optional message field.',
  'assist.include': 'Checkbox: adds the safety check items answered yes to the request.',
  'assist.privacy': 'Privacy note above the send button.',
  'assist.send': 'Button sending the contact request.',
  'assist.cancel': 'Button closing the contact request form without sending.',
  'assist.sending': 'Shown while the contact request is sent.',
  'assist.sent': 'Shown after sending. {reference}: e.g. JM-7K2Q-9XWD.',
  'assist.keepReference': 'Shown after sending. {hours}: Assist’s opening hours, e.g. "Tue–Sat 10:00–18:00".',
  'assist.failed': 'Shown when sending the contact request failed.',
  'assist.needContact': 'Error under the contact field when it is empty or not a phone number / email.',
  'assist.needApp': 'Error when messaging is chosen without an app.',

  'offline.saved':
    'Service worker note on a page served offline from the saved copy. {date}: when it was saved (date and time, Japan time).',
  'offline.missing': 'Service worker page when the reader is offline and this page was never saved.',

  // The printed flyer of a workplace (GET /api/business-sites/:id/flyer), which also prints the promises
  // share.together, share.groups and share.nobody. Japanese may carry furigana as on the sharing screen.
  'flyer.title':
    'Heading of the printed A4 flyer of a workplace (business site) that leads to the safety check with a QR code.',
  'flyer.intro': 'Flyer: what the safety check is (free, on the phone, yes/no questions, 5 to 10 minutes).',
  'flyer.workplace': 'Flyer: whom the flyer is for. {site}: the workplace (business site) name, usually in Japanese.',
  'flyer.scan': 'Flyer: instruction next to the QR code.',
  'flyer.address': 'Flyer: label before the printed web address of the check, for those who cannot scan the code.',
  'flyer.answers': 'Flyer: heading of the part that says what happens to the answers.',
  'flyer.choice':
    "Flyer: sharing is the reader's choice, made before the first question; keeping the answers private is selected at first (as on the sharing screen, share.keepPrivate).",
  'flyer.private': 'Flyer: what keeping the answers private means.',

  // Urgent alerts at the top of every page (typhoons, earthquakes, law changes, scams), and the
  // service worker's note on them offline.
  'alert.areas':
    'The prefectures an urgent alert concerns. {areas}: their names, comma-separated (in Japanese or English, as the site has them).',
  'alert.until': 'When an urgent alert ends, under its text. {date}: date and time (Japan time).',
  'alert.details':
    'Link from an urgent alert to the page with its details, when the editors gave the link no text of its own.',
  'alert.notTranslated':
    "Note inside an urgent alert shown in another language because it is not translated yet. {language}: the reader's language; {fallback}: the language it is shown in (both as language names).",
  'alert.offline':
    'Service worker note above the urgent alerts on a page served offline: they may be out of date. {date}: when the alerts were last fetched (date and time, Japan time).',

  'search.label': 'Accessible label of the search box.',
  'search.placeholder': 'Placeholder text inside the search box.',
  'search.needsJs': 'Shown when JavaScript is off, since search runs in the browser.',
  'search.clear': 'Search page: button that empties the search box.',
  'search.close': 'Search page: accessible name of the button that closes the search results overlay.',
  'search.loadMore': 'Search page: button under the results that shows the next results.',
  'search.filters': 'Search page: heading of the filters that narrow the results.',
  'search.noResults': 'Search page: shown when nothing matches. {term}: what the reader typed.',
  'search.oneResult':
    'Search page: count line for exactly one result. {count}: the number; {term}: what the reader typed.',
  'search.manyResults':
    'Search page: count line for several results. {count}: the number; {term}: what the reader typed.',
  'search.totalNone': 'Search page: short count when nothing matches.',
  'search.totalOne': 'Search page: short count for exactly one result. {count}: the number.',
  'search.totalMany': 'Search page: short count for several results. {count}: the number.',
  'search.altSearch':
    'Search page: nothing matched the typed words, results for a similar word are shown. {term}: typed; {other}: the word used instead.',
  'search.suggestion':
    'Search page: nothing matched; followed by a list of other words to try. {term}: what the reader typed.',
  'search.searching': 'Search page: read out and shown while results are loading. {term}: what the reader typed.',
  'search.results': 'Search page: accessible name of the list of results.',
  'search.keyNavigate': 'Search page: keyboard hint next to the arrow keys (move through the results); one short word.',
  'search.keySelect': 'Search page: keyboard hint next to the Enter key (open the highlighted result); one short word.',
  'search.failed': 'Search page: shown when the search could not run (e.g. its files failed to load).',
  'search.filterSelected': 'Search page: how many options of a filter are chosen. {count}: the number.',
  'search.inputHint': 'Search page: hint read to screen-reader users on the search box.',
  'search.loading': 'Search page: shown while the search loads.',

  'notFound.title': 'Heading and title of the "page not found" (404) page.',
  'notFound.text': 'Text of the 404 page.',
  'notFound.backHome': 'Link from the 404 page to the home page.',

  'redirect.title':
    'Title and heading of the short page left at the old address of a page that moved (its slug changed, or it was removed); browsers go on to the new page at once.',
  'redirect.link': 'Link on that page to the new address, for browsers that do not go on by themselves.',

  'feed.rss': 'Link to the RSS feed of the articles (footer, page head).',

  'meta.articles':
    'Description for search engines and share previews of the list of all articles (and its further pages).',
  'meta.category':
    'Description for search engines and share previews of the list of articles in one category. {category}: the category name.',
  'meta.videos': 'Description for search engines and share previews of the list of videos.',
  'meta.countries':
    'Description for search engines and share previews of the list of country pages (information by country of origin).',
  'meta.events': 'Description for search engines and share previews of the events page (upcoming and past events).',
  'meta.goodPractices':
    'Description for search engines and share previews of the list of good practices by companies and organisations.',
  'meta.newsletters': 'Description for search engines and share previews of the newsletter archive.',
  'meta.safety':
    'Description for search engines and share previews of the safety self-check page (yes/no questions answered on the phone).',
  'meta.search': 'Description for search engines and share previews of the site search page.',
  'meta.notFound': 'Description of the "page not found" (404) page, in share previews of a broken link.',

  'help.intro': 'First paragraph of the help page, under its heading: what the page gathers.',
  'help.description': 'Description for search engines and share previews of the help page.',
  'help.assist':
    'Heading over JP-MIRAI Assist on the help page (free consultation in many languages, with a call button).',
  'finder.title': 'Heading of the consultation services finder (help page and safety check page).',
  'finder.intro':
    'Paragraph under that heading: services can be found by area and language; services for all of Japan come first, then each prefecture.',
  'finder.filter': 'Accessible name of the two filters (prefecture, language) above the list of services.',
  'finder.prefecture': 'Label of the select choosing the prefecture where the reader lives or works.',
  'finder.anyPrefecture': 'First choice of that select: no prefecture chosen, every service is shown.',
  'finder.language': 'Label of the select choosing a language the service must speak.',
  'finder.anyLanguage': 'First choice of that select: any language.',
  'finder.nationwide':
    'Heading of the services for all of Japan, and the area of such a service ("Area: All of Japan").',
  'finder.area': 'Label before the area a service serves (all of Japan, or prefecture names).',
  'finder.count':
    'Announced to screen readers and shown after filtering. {count}: the number of services shown (a digit).',
  'finder.none': 'Shown when no service matches the chosen prefecture and language.',
  'finder.closedHolidays':
    'Note on a service that is closed on Japanese public holidays (substitute holidays included).',
  'finder.closedYearEnd':
    'Note on a service closed at the turn of the year. {from}, {to}: first and last closed day, e.g. "29 December", "3 January".',
} as const satisfies Record<string, string>

export type UiKey = keyof typeof UI_NOTES

/** A language's interface text: only keys of the catalogue; a key left out falls back to English. */
export type UiTranslation = { readonly [K in UiKey]?: string }

/** English, the source language of the interface: every key. */
export type CompleteUiTranslation = { readonly [K in UiKey]: string }
