import type { UiKey } from '@mirai/content-schemas/i18n'

/** The interface text of sharing and of the Assist form, as the page hands it over (furigana notation kept). */
export type SharingKey = Extract<UiKey, `share.${string}` | `assist.${string}`>
export type SharingText = Record<SharingKey, string>
