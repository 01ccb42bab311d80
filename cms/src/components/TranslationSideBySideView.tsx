/**
 * /admin/translations/:collection/:id/:lang — the source beside one translation, unit by unit,
 * with the source's words changed since the version the translation was made from marked as
 * <del>/<ins> (struck through and underlined, not colour alone). Server-rendered from the same
 * model the tests check (translation/sideBySide.ts).
 */
import { getLocale } from '@mirai/content-schemas/locales'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import type { DiffPart } from '../translation/diff/wordDiff'
import { sideBySide, SideBySideRefusal, type SideBySide, type SideBySideBase } from '../translation/sideBySide'

const cellStyle: React.CSSProperties = {
  verticalAlign: 'top',
  padding: '0.6em 0.8em',
  whiteSpace: 'pre-wrap',
  borderTop: '1px solid var(--theme-elevation-100)',
  width: '42%',
}

const insStyle: React.CSSProperties = {
  background: 'var(--theme-success-100, #dff3e0)',
  textDecoration: 'underline',
  textDecorationThickness: '2px',
}
const delStyle: React.CSSProperties = {
  background: 'var(--theme-error-100, #fbe3e3)',
  textDecoration: 'line-through',
}

function baseNotice(view: SideBySide): string {
  const messages: Record<SideBySideBase, string> = {
    current: `The ${view.target} translation was made from the current source: nothing changed since.`,
    version: `Marked: what changed in the ${view.source} source since the version this translation was made from (revision ${view.translatedFrom}, now ${view.sourceRevision})${view.baseSavedAt ? `, saved ${view.baseSavedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}.`,
    'not-kept': `The source has changed since this translation (revision ${view.translatedFrom}, now ${view.sourceRevision}), but no earlier version is kept: the source is shown as it is now, without marks.`,
    unknown:
      'This translation was written before translation status was recorded, so which source version it was made from is unknown: the source is shown as it is now, without marks.',
    untranslated: `There is no ${view.target} translation yet.`,
  }
  return messages[view.base]
}

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'ins' ? (
          <ins key={i} style={insStyle}>
            {part.text}
          </ins>
        ) : part.kind === 'del' ? (
          <del key={i} style={delStyle}>
            {part.text}
          </del>
        ) : (
          <React.Fragment key={i}>{part.text}</React.Fragment>
        ),
      )}
    </>
  )
}

export async function TranslationSideBySideView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const segments = (params?.segments as string[] | undefined) ?? []
  const [, collection = '', id = '', lang = ''] = segments.map((s) => decodeURIComponent(s))
  let view: SideBySide | null = null
  let refusal: string | null = null
  try {
    view = await sideBySide(req.payload, { collection, id, lang, user: req.user })
  } catch (error) {
    if (!(error instanceof SideBySideRefusal)) throw error
    refusal = error.message
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <p>
          <a href="/admin/translations">← Translation status</a>
        </p>
        {!view ? (
          <>
            <h1>Side by side</h1>
            <p role="alert">{refusal}</p>
          </>
        ) : (
          <>
            <h1>
              <span lang={getLocale(view.source).bcp47}>{view.title}</span>: {view.source} → {view.target}
            </h1>
            <p>
              {baseNotice(view)}{' '}
              <a href={`/admin/collections/${view.collection}/${view.id}?locale=${view.target}`}>
                Edit the {view.target} translation
              </a>
            </p>
            {view.base === 'version' && (
              <p>
                <del style={delStyle}>Struck through</del>: removed from the source.{' '}
                <ins style={insStyle}>Underlined</ins>: added to the source.
              </p>
            )}
            <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
              <caption style={{ textAlign: 'left' }}>
                {view.rows.length} field(s), {view.rows.filter((r) => r.changed).length} changed in the source
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    Field
                  </th>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    Source ({getLocale(view.source).englishName})
                  </th>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    Translation ({getLocale(view.target).englishName})
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.path} data-path={row.path}>
                    <th scope="row" style={{ ...cellStyle, width: '16%', fontWeight: 400, whiteSpace: 'normal' }}>
                      <code>{row.field}</code>
                      {row.changed && <div>{row.removed ? 'removed from the source' : 'changed'}</div>}
                    </th>
                    <td lang={getLocale(view.source).bcp47} dir={getLocale(view.source).dir} style={cellStyle}>
                      <Parts parts={row.source} />
                    </td>
                    <td lang={getLocale(view.target).bcp47} dir={getLocale(view.target).dir} style={cellStyle}>
                      {row.translation || <em lang="en">not translated</em>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
