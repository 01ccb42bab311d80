/**
 * /admin/translations — documents × languages with missing and outdated translations. A
 * translator sees their own languages first; anyone can switch language with the links above the
 * table. Server-rendered from the same overview the tests check.
 */
import { getLocale, LOCALES, type LocaleCode } from '@mirai/content-schemas/locales'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { assignedLocales, isStaff, isTranslator } from '../access/roles'
import { queueFor, translationOverview, type OverviewRow } from '../translation/overview'
import type { TranslationCell } from '../translation/status'
import { VisuallyHidden } from './VisuallyHidden'
import { XliffExchange, type XliffDownload } from './XliffExchange'

const CELL_TEXT: Record<TranslationCell, { mark: string; label: string; color: string }> = {
  source: { mark: '◆', label: 'source', color: 'var(--theme-elevation-500)' },
  current: { mark: '✓', label: 'up to date', color: 'var(--theme-success-600, #2e7d32)' },
  outdated: { mark: '!', label: 'source updated since', color: 'var(--theme-warning-700, #b26a00)' },
  missing: { mark: '—', label: 'missing', color: 'var(--theme-error-600, #c62828)' },
  none: { mark: '·', label: 'not a language of this document', color: 'var(--theme-elevation-300)' },
}

/** A language whose saved text waits for its "ready for readers" tick (ready/gate.ts). */
const WAITING = 'saved, not yet ready'

function parseLanguages(value: unknown, fallback: LocaleCode[]): LocaleCode[] {
  const asked = String(value ?? '')
    .split(',')
    .filter((code): code is LocaleCode => LOCALES.some((l) => l.code === code))
  return asked.length > 0 ? asked : fallback
}

/** One XLIFF download per language and source language with documents to translate. */
function xliffDownloads(rows: OverviewRow[], languages: LocaleCode[], all: boolean): XliffDownload[] {
  const wanted: TranslationCell[] = all ? ['missing', 'outdated', 'current'] : ['missing', 'outdated']
  const counts = new Map<string, XliffDownload>()
  for (const lang of languages)
    for (const row of rows)
      if (wanted.includes(row.cells[lang])) {
        const key = `${row.source}>${lang}`
        const entry = counts.get(key) ?? { lang, source: row.source, count: 0 }
        entry.count++
        counts.set(key, entry)
      }
  return [...counts.values()]
}

export async function TranslationStatusView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const allowed = isStaff(user) || isTranslator(user)
  // Any language may be a document's source, so editors see all nine.
  const others = LOCALES.map((l) => l.code)
  const mine = isTranslator(user) ? assignedLocales(user) : others
  const languages = parseLanguages(searchParams?.lang, mine)
  const showAll = searchParams?.show === 'all'
  const rows: OverviewRow[] = allowed ? await translationOverview(req.payload, req) : []
  const shown = showAll ? rows : queueFor(rows, languages)
  const downloads = xliffDownloads(
    rows,
    isTranslator(user) ? languages.filter((l) => mine.includes(l)) : languages,
    showAll,
  )
  const href = (lang: string, all = showAll) => `?lang=${lang}${all ? '&show=all' : ''}`

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Translation status</h1>
        {!allowed ? (
          <p>This page is for the secretariat and translators.</p>
        ) : (
          <>
            <p>
              Languages:{' '}
              {[
                [mine.join(','), isTranslator(user) ? 'mine' : 'all'] as const,
                ...others.map((c) => [c, c] as const),
              ].map(([value, label], i) => (
                <React.Fragment key={value + label}>
                  {i > 0 && ' · '}
                  <a href={href(value)} aria-current={languages.join(',') === value ? 'page' : undefined}>
                    {label}
                  </a>
                </React.Fragment>
              ))}
              {' | '}
              <a href={href(languages.join(','), !showAll)}>
                {showAll ? 'show only work to do' : 'show every document'}
              </a>
            </p>
            <p>
              {Object.values(CELL_TEXT).map((c) => (
                <span key={c.label} style={{ marginRight: '1.5em' }}>
                  <span style={{ color: c.color, fontWeight: 700 }}>{c.mark}</span> {c.label}
                </span>
              ))}
            </p>
            <XliffExchange downloads={downloads} scope={showAll ? 'all' : 'todo'} />
            {shown.length === 0 ? (
              <p>Nothing to translate in {languages.join(', ')}.</p>
            ) : (
              <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
                <caption style={{ textAlign: 'left' }}>
                  {shown.length} document(s){showAll ? '' : ` needing work in ${languages.join(', ')}`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" style={{ textAlign: 'left' }}>
                      Document
                    </th>
                    {languages.map((l) => (
                      <th key={l} scope="col">
                        {l}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr
                      key={`${row.collection}:${row.id}`}
                      style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
                    >
                      <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '0.4em 0' }}>
                        <a href={`/admin/collections/${row.collection}/${row.id}`} lang={getLocale(row.source).bcp47}>
                          {row.title}
                        </a>{' '}
                        <small>
                          ({row.collection}
                          {row.published ? '' : ', draft'})
                        </small>
                      </th>
                      {languages.map((l) => {
                        const cell = CELL_TEXT[row.cells[l]]
                        if (row.cells[l] === 'none')
                          return (
                            <td
                              key={l}
                              style={{ textAlign: 'center', color: cell.color }}
                              title={`${l}: ${cell.label}`}
                            >
                              {cell.mark}
                              <VisuallyHidden>{` ${l}: ${cell.label}`}</VisuallyHidden>
                            </td>
                          )
                        return (
                          <td key={l} style={{ textAlign: 'center' }}>
                            <a
                              href={
                                // The source opens in the editor; a translation beside its source.
                                row.cells[l] === 'source'
                                  ? `/admin/collections/${row.collection}/${row.id}?locale=${l}`
                                  : `/admin/translations/${row.collection}/${row.id}/${l}`
                              }
                              title={`${l}: ${cell.label}`}
                              style={{ color: cell.color, fontWeight: 700, textDecoration: 'none' }}
                            >
                              {cell.mark}
                              <VisuallyHidden>{` ${l}: ${cell.label}`}</VisuallyHidden>
                            </a>
                            {row.waiting.includes(l) && (
                              <small title={WAITING} style={{ display: 'block' }}>
                                {WAITING}
                              </small>
                            )}
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
