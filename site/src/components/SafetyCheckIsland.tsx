/**
 * The interactive safety self-check: one question at a time, big buttons, keyboard and screen
 * reader friendly. Everything happens on the device — no request is made while answering or
 * showing the result, and nothing is stored unless the reader asks to keep the result.
 */
import { formatDate } from '@mirai/content-schemas/dates'
import { fillPlaceholders as fill } from '@mirai/content-schemas/i18n/fill'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { orderByOpenNow, isOpenAt, type OpeningSlot } from '@mirai/content-schemas/opening-hours'
import { useEffect, useRef, useState } from 'react'

export interface IslandQuestion {
  key: string
  section: string
  severity: 'serious' | 'check'
  severityLabel: string
  html: string
  lang?: string
  explanations: { label: string; href: string; lang?: string }[]
}

export interface IslandService {
  name: string
  lang?: string
  phone: { label: string; href: string } | null
  chatUrl: string | null
  email: string | null
  hoursText: string
  slots: OpeningSlot[]
}

export interface IslandStrings {
  yes: string
  no: string
  back: string
  progress: string
  results: string
  nothing: string
  again: string
  openNow: string
  closedNow: string
  print: string
  keep: string
  kept: string
  forget: string
  services: string
  learnMore: string
  chat: string
  email: string
}

interface Props {
  questions: IslandQuestion[]
  services: IslandService[]
  strings: IslandStrings
  lang: LocaleCode
}

const STORAGE_KEY = 'mirai-safety-result'

interface Saved {
  at: string
  yes: string[]
}

function readSaved(): Saved | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Saved) : null
  } catch {
    return null
  }
}

export default function SafetyCheckIsland({ questions, services, strings, lang }: Props) {
  // The island renders only in the browser (client:only), so a kept result can seed the state directly.
  const [saved, setSaved] = useState<Saved | null>(readSaved)
  const [step, setStep] = useState(() => (saved ? questions.length : 0))
  const [answers, setAnswers] = useState<Record<string, boolean>>(() =>
    Object.fromEntries((saved?.yes ?? []).map((k) => [k, true])),
  )
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)

  useEffect(() => {
    // With JavaScript the check replaces the plain list of questions.
    document.getElementById('safety-static')?.setAttribute('hidden', '')
  }, [])

  useEffect(() => {
    // Move focus to the new question or the result so screen readers read it (not on first load).
    if (first.current) {
      first.current = false
      return
    }
    heading.current?.focus()
  }, [step])

  const answer = (value: boolean) => {
    setAnswers({ ...answers, [questions[step]!.key]: value })
    setStep(step + 1)
  }

  if (step < questions.length) {
    const q = questions[step]!
    return (
      <section className="safety-check" aria-labelledby="safety-question">
        <p className="meta" aria-live="polite">
          {fill(strings.progress, { n: step + 1, total: questions.length })} · {q.section}
        </p>
        <progress value={step} max={questions.length} aria-hidden="true" />
        <h2 id="safety-question" ref={heading} tabIndex={-1} lang={q.lang}>
          <span dangerouslySetInnerHTML={{ __html: q.html.replace(/^<p>|<\/p>$/g, '') }} />
        </h2>
        <div className="safety-answers" role="group" aria-labelledby="safety-question">
          <button type="button" className="big" onClick={() => answer(true)}>
            {strings.yes}
          </button>
          <button type="button" className="big" onClick={() => answer(false)}>
            {strings.no}
          </button>
        </div>
        {step > 0 && (
          <button type="button" className="link" onClick={() => setStep(step - 1)}>
            ← {strings.back}
          </button>
        )}
      </section>
    )
  }

  const found = questions
    .filter((q) => answers[q.key])
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'serious' ? -1 : 1))
  const now = new Date()
  const ordered = orderByOpenNow(
    services.map((service) => ({ service, hours: service.slots })),
    now,
  ).map(({ service }) => service)
  const keep = () => {
    const record: Saved = { at: now.toISOString(), yes: found.map((q) => q.key) }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(record))
    setSaved(record)
  }
  const forget = () => {
    window.localStorage.removeItem(STORAGE_KEY)
    setSaved(null)
  }
  const restart = () => {
    setAnswers({})
    setStep(0)
  }

  return (
    <section className="safety-result" aria-labelledby="safety-result">
      <h2 id="safety-result" ref={heading} tabIndex={-1}>
        {strings.results}
      </h2>
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
          const open = isOpenAt(s.slots, now)
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
      <p className="safety-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {strings.print}
        </button>{' '}
        {saved ? (
          <>
            <span>{fill(strings.kept, { date: formatDate(saved.at, lang, 'medium') })}</span>{' '}
            <button type="button" onClick={forget}>
              {strings.forget}
            </button>
          </>
        ) : (
          <button type="button" onClick={keep}>
            {strings.keep}
          </button>
        )}{' '}
        <button type="button" onClick={restart}>
          {strings.again}
        </button>
      </p>
    </section>
  )
}
