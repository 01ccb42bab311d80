/**
 * The result of the safety check: what the answers point to (serious first, with the articles that
 * explain it), where to get help ordered by what is open now in Japan time, and what the reader
 * may do next — ask Assist to call, print, keep the result on the device, start again.
 */
import { fillPlaceholders as fill } from '@mirai/content-schemas/i18n/fill'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { isOpenAt, orderByOpenNow } from '@mirai/content-schemas/opening-hours'
import { useState } from 'preact/hooks'

import type { IslandQuestion, IslandService, IslandStrings } from '../SafetyCheckIsland'
import type AssistForm from './AssistForm'
import type { AssistChoices } from './AssistForm'
import RubyText from './RubyText'
import { STORAGE_KEY, type Saved } from './saved'
import type { SharingText } from './text'

interface Props {
  questions: IslandQuestion[]
  answers: Record<string, boolean>
  services: IslandService[]
  strings: IslandStrings
  lang: LocaleCode
  cms: string | null
  text: SharingText
  assist: AssistChoices
  dateFormat: { locale: string; options: Intl.DateTimeFormatOptions }
  saved: Saved | null
  onSaved: (saved: Saved | null) => void
  onRestart: () => void
}

export default function Result({
  questions,
  answers,
  services,
  strings,
  lang,
  cms,
  text,
  assist,
  dateFormat,
  saved,
  onSaved,
  onRestart,
}: Props) {
  const [asking, setAsking] = useState(false)
  const [Assist, setAssist] = useState<typeof AssistForm | null>(null)
  const found = questions
    .filter((q) => answers[q.key])
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'serious' ? -1 : 1))
  const now = new Date()
  const ordered = orderByOpenNow(
    services.map((service) => ({ service, hours: service.slots, closed: service.closed })),
    now,
  ).map(({ service }) => service)
  const keep = () => {
    const record: Saved = { at: now.toISOString(), yes: found.map((q) => q.key) }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(record))
    onSaved(record)
  }
  const forget = () => {
    window.localStorage.removeItem(STORAGE_KEY)
    onSaved(null)
  }
  const openAssist = () => {
    // Loaded now (saved for offline reading with the page's other scripts); if it cannot load, the
    // request could not be sent either, and the button stays.
    import('./AssistForm').then(
      (module) => {
        setAssist(() => module.default)
        setAsking(true)
      },
      () => undefined,
    )
  }

  return (
    <>
      {found.length === 0 ? (
        <p>{strings.nothing}</p>
      ) : (
        <ul className="safety-found">
          {found.map((q) => (
            <li key={q.key} data-key={q.key} data-severity={q.severity}>
              <strong>{q.severityLabel}</strong>
              <div lang={q.lang} dangerouslySetInnerHTML={{ __html: q.html }} />
              {q.explanations.length > 0 && (
                <p>
                  {strings.learnMore}:{' '}
                  {q.explanations.map((link, i) => (
                    <span key={link.href}>
                      {i > 0 && ' · '}
                      <a href={link.href} lang={link.lang}>
                        {link.label}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{strings.services}</h3>
      <ol className="safety-services">
        {ordered.map((s) => {
          const open = isOpenAt(s.slots, now, s.closed)
          return (
            <li key={s.name} data-open={open ? 'yes' : 'no'}>
              <strong lang={s.lang}>{s.name}</strong> — {open ? strings.openNow : strings.closedNow}
              <br />
              {s.phone && <a href={s.phone.href}>{s.phone.label}</a>}
              {s.chatUrl && (
                <>
                  {' '}
                  · <a href={s.chatUrl}>{strings.chat}</a>
                </>
              )}
              {s.email && (
                <>
                  {' '}
                  · <a href={`mailto:${s.email}`}>{strings.email}</a>
                </>
              )}
              {s.hoursText && (
                <>
                  <br />
                  {s.hoursText}
                </>
              )}
            </li>
          )
        })}
      </ol>
      {cms &&
        (asking && Assist ? (
          <Assist
            cms={cms}
            lang={lang}
            text={text}
            choices={assist}
            concerns={found.map((q) => q.key)}
            onClose={() => setAsking(false)}
          />
        ) : (
          <p className="no-print">
            <button type="button" className="big" onClick={openAssist}>
              <RubyText text={text['assist.ask']} />
            </button>
          </p>
        ))}
      <p className="safety-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {strings.print}
        </button>{' '}
        {saved ? (
          <>
            <span>
              {fill(strings.kept, {
                date: new Intl.DateTimeFormat(dateFormat.locale, dateFormat.options).format(new Date(saved.at)),
              })}
            </span>{' '}
            <button type="button" onClick={forget}>
              {strings.forget}
            </button>
          </>
        ) : (
          <button type="button" onClick={keep}>
            {strings.keep}
          </button>
        )}{' '}
        <button type="button" onClick={onRestart}>
          {strings.again}
        </button>
      </p>
    </>
  )
}
