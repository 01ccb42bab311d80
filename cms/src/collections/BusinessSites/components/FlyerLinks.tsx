/**
 * In a business site's edit view: its printable flyer in each language, each opening in a new tab
 * (GET /api/business-sites/:id/flyer?lang=…), for the secretariat and the site's own company.
 */
import { LOCALES } from '@mirai/content-schemas/locales'
import type { UIFieldServerProps } from 'payload'
import React from 'react'

export function FlyerLinks({ id, data, payload }: UIFieldServerProps) {
  if (!id)
    return (
      <p style={{ marginBottom: '1.5rem' }}>
        チラシは保存後に印刷できます / Flyers can be printed once the site is saved.
      </p>
    )
  if (data?.active === false)
    return (
      <p style={{ marginBottom: '1.5rem' }}>
        無効な事業所のチラシはありません / An inactive site has no flyers: its code takes no answers.
      </p>
    )
  const base = `${payload.config.routes.api}/business-sites/${encodeURIComponent(String(id))}/flyer`
  return (
    <section aria-labelledby="flyer-links" style={{ marginBottom: '1.5rem' }}>
      <h3 id="flyer-links" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        チラシ（QRコード） / Flyers (QR code)
      </h3>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem' }}>
        {LOCALES.map((locale) => (
          <li key={locale.code}>
            <a
              href={`${base}?lang=${locale.code}`}
              target="_blank"
              rel="noopener"
              lang={locale.bcp47}
              hrefLang={locale.bcp47}
            >
              {locale.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
