/**
 * The site's pictograms, drawn for it (no icon font, no CDN, nothing fetched): outlines on a 24×24
 * grid, stroked in the text colour so they follow the colour scheme and keep its contrast. Each
 * icon is a list of SVG path data; `Icon.astro` draws them. They are decorative — the text next to
 * them is the label — so readers who would rather look than read get a picture, and screen
 * readers get the words once.
 */
import type { ArticleCategory } from '@mirai/content-schemas/taxonomies'
import type { EmergencyService } from '@mirai/content-schemas/emergency'

export const ICONS = {
  // Work and wages: a briefcase.
  briefcase: [
    'M4 7h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z',
    'M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2',
    'M3 13h18',
  ],
  // Residence status: a residence card with its holder's photo.
  idCard: [
    'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z',
    'M9 12a2 2 0 1 0 0-4a2 2 0 1 0 0 4z',
    'M5.5 16a3.5 3.5 0 0 1 7 0',
    'M15 10h3',
    'M15 14h3',
  ],
  // Daily life: a house.
  house: ['M3 11l9-7l9 7', 'M5 9.5V20h14V9.5', 'M10 20v-5h4v5'],
  // Health and medical care: the medical cross.
  medicalCross: ['M9 3h6v6h6v6h-6v6H9v-6H3V9h6z'],
  // Money, tax and social insurance: a yen coin.
  yenCoin: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M8.5 7l3.5 5l3.5-5', 'M12 12v6', 'M9 12.5h6', 'M9 15.5h6'],
  // Safety and disasters: a shield with a warning mark.
  shieldAlert: ['M12 3l8 3v6c0 4.5-3.4 8-8 9c-4.6-1-8-4.5-8-9V6z', 'M12 8v5', 'M12 16.5v.01'],
  // Learning Japanese: an open book.
  openBook: ['M12 6C10 4.5 7 4 3 4v14c4 0 7 .5 9 2c2-1.5 5-2 9-2V4c-4 0-7 .5-9 2z', 'M12 6v14'],
  // Your rights and protection: the scales of justice.
  scales: ['M12 3v18', 'M7 21h10', 'M5 7h14', 'M5 7l-3 6a3 3 0 0 0 6 0z', 'M19 7l-3 6a3 3 0 0 0 6 0z'],
  // Consultation and help: a speech bubble.
  speech: [
    'M4 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z',
    'M8 10h.01',
    'M12 10h.01',
    'M16 10h.01',
  ],
  // The safety self-check: a clipboard with a tick.
  clipboardCheck: [
    'M9 3h6v3H9z',
    'M9 4.5H6a1 1 0 0 0-1 1V20a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V5.5a1 1 0 0 0-1-1h-3',
    'M8.5 14l2.5 2.5l4.5-5',
  ],
  // A call: a telephone handset.
  phone: ['M5 3h3l2 5l-2.5 1.5a11 11 0 0 0 7 7L16 14l5 2v3a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z'],
  // Police: a patrol car's light.
  siren: [
    'M7 18v-6a5 5 0 0 1 10 0v6',
    'M5 18h14v3H5z',
    'M12 3v1.5',
    'M4.5 6l1 1',
    'M19.5 6l-1 1',
    'M2.5 12h1.5',
    'M20 12h1.5',
  ],
  // Fire and ambulance: a flame.
  flame: ['M12 3c1 3 5 5 5 10a5 5 0 0 1-10 0c0-2.5 1.5-4 2.5-5c0 2 1 3 2 3c0-3-1-5.5.5-8z'],
  // Medical advice: a speech bubble with the medical cross.
  adviceCross: [
    'M4 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z',
    'M12 7v6',
    'M9 10h6',
  ],
  // The disaster message dial: a microphone, for a recorded voice message.
  microphone: ['M12 3a3 3 0 0 0-3 3v5a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M5 11a7 7 0 0 0 14 0', 'M12 18v3'],
} as const satisfies Record<string, readonly string[]>

export type IconName = keyof typeof ICONS

/** One picture per article category: the tiles of the home page. */
export const CATEGORY_ICONS: Readonly<Record<ArticleCategory, IconName>> = {
  'work-and-wages': 'briefcase',
  'residence-status': 'idCard',
  'daily-life': 'house',
  'health-and-medical-care': 'medicalCross',
  'money-tax-social-insurance': 'yenCoin',
  'safety-and-disasters': 'shieldAlert',
  'learning-japanese': 'openBook',
  'rights-and-protection': 'scales',
  'consultation-and-help': 'speech',
}

/** One picture per emergency number. */
export const EMERGENCY_ICONS: Readonly<Record<EmergencyService, IconName>> = {
  police: 'siren',
  'fire-ambulance': 'flame',
  'medical-advice': 'adviceCross',
  'disaster-message': 'microphone',
}
