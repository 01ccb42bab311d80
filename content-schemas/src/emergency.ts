/**
 * Japan's emergency and disaster numbers, in one list for every page that shows them (the home
 * page, the help page, anything later): the number as dialled, whether it works everywhere in
 * Japan, and the interface-text keys of its name and of what it is for, so the text is
 * translated with the rest of the interface (./i18n).
 *
 * - 110 police and 119 fire/ambulance: nationwide, free, 24 hours, from any phone.
 * - #7119 (救急安心センター, emergency medical advice: "do I need an ambulance?"): run by
 *   prefectures and cities that joined the scheme, so it does not answer everywhere; pages say
 *   "in some prefectures" rather than keep a list of areas that changes every year.
 * - 171 (災害用伝言ダイヤル, NTT's disaster emergency message dial): voice messages for family
 *   after a large disaster, opened by NTT when one happens (and on announced trial days).
 */
import type { UiKey } from './i18n/schema'

export type EmergencyService = 'police' | 'fire-ambulance' | 'medical-advice' | 'disaster-message'

export interface EmergencyNumber {
  readonly service: EmergencyService
  /** The number as dialled and as readers see it: digits, with a leading # for #7119. */
  readonly number: string
  /** False where the number only answers in the areas that run it. */
  readonly nationwide: boolean
  /** Interface text: the service's short name and what to call it for. */
  readonly name: UiKey
  readonly use: UiKey
}

/** In the order a reader in trouble needs them: life and safety first. */
export const EMERGENCY_NUMBERS = [
  { service: 'police', number: '110', nationwide: true, name: 'emergency.police', use: 'emergency.policeUse' },
  { service: 'fire-ambulance', number: '119', nationwide: true, name: 'emergency.fire', use: 'emergency.fireUse' },
  {
    service: 'medical-advice',
    number: '#7119',
    nationwide: false,
    name: 'emergency.medical',
    use: 'emergency.medicalUse',
  },
  {
    service: 'disaster-message',
    number: '171',
    nationwide: true,
    name: 'emergency.disaster',
    use: 'emergency.disasterUse',
  },
] as const satisfies readonly EmergencyNumber[]

/** A short number as written here: 3 or 4 digits, # only in front. */
const SHORT_NUMBER = /^#?\d{3,4}$/

/**
 * The tel: link of a short number. `#` must be percent-encoded (RFC 3966): a raw `#` starts the
 * URL's fragment, and the phone would be given an empty number to dial.
 */
export function emergencyTelHref(number: string): string {
  if (!SHORT_NUMBER.test(number)) throw new Error(`Not an emergency number: "${number}"`)
  return `tel:${number.replace('#', '%23')}`
}
