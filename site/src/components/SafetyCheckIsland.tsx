/**
 * The interactive safety self-check: one question at a time, big buttons, keyboard and screen
 * reader friendly. Everything happens on the device — no request is made while answering or
 * showing the result, and nothing is stored unless the reader asks to keep the result.
 *
 * Opened from a workplace's flyer (`?site=<code>`), the check first says which workplace that is
 * and what sharing would mean, and lets the reader choose; only with "share" are the answers sent,
 * once, at the end (./safety/sharing.ts). At the result the reader may ask Assist to call.
 */
import { formatDate } from '@mirai/content-schemas/dates'
import { fillPlaceholders as fill } from '@mirai/content-schemas/i18n/fill'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { orderByOpenNow, isOpenAt, type OpeningSlot } from '@mirai/content-schemas/opening-hours'
import { isSiteCode, SITE_CODE_PARAM } from '@mirai/content-schemas/safety-sharing'
import { useEffect, useRef, useState } from 'react'

import AssistForm, { type AssistChoices } from './safety/AssistForm'
import ConsentScreen from './safety/ConsentScreen'
import RubyText from './safety/RubyText'
import { deviceToken, lookUpWorkplace, shareAnswers, type Workplace } from './safety/sharing'
import type { SharingText } from './safety/text'

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
  /** The CMS's public origin (build setting SITE_CMS_URL); without it nothing can be shared or asked. */
  cms: string | null
  text: SharingText
  assist: AssistChoices
}

/** Where sharing with a workplace stands; "none" when the page was opened without a code. */
type Sharing =
  | { phase: 'none' }
  | { phase: 'checking'; code: string }
  | { phase: 'unavailable' }
  | { phase: 'consent'; code: string; workplace: Workplace }
  | { phase: 'chosen'; code: string; share: boolean }

function initialSharing(cms: string | null): Sharing {
  const code = new URLSearchParams(window.location.search).get(SITE_CODE_PARAM)
  if (code === null) return { phase: 'none' }
  return cms && isSiteCode(code) ? { phase: 'checking', code } : { phase: 'unavailable' }
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

export default function SafetyCheckIsland({ questions, services, strings, lang, cms, text, assist }: Props) {
  // The island renders only in the browser (client:only), so the address and a kept result can seed the state directly.
  const [sharing, setSharing] = useState<Sharing>(() => initialSharing(cms))
  const [saved, setSaved] = useState<Saved | null>(readSaved)
  const [step, setStep] = useState(() => (saved && sharing.phase === 'none' ? questions.length : 0))
  const [sent, setSent] = useState<'sending' | 'sent' | 'failed' | null>(null)
  const [asking, setAsking] = useState(false)
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
  }, [step, sharing.phase])

  useEffect(() => {
    // The introduction speaks of the private check ("sent to no one"): not true once the reader shares.
    const shares = sharing.phase === 'chosen' && sharing.share
    document.getElementById('safety-intro')?.toggleAttribute('hidden', shares)
  }, [sharing])

  useEffect(() => {
    if (sharing.phase !== 'checking' || !cms) return
    let current = true
    void lookUpWorkplace(cms, sharing.code).then((workplace) => {
      if (current)
        setSharing(workplace ? { phase: 'consent', code: sharing.code, workplace } : { phase: 'unavailable' })
    })
    return () => {
      current = false
    }
  }, [sharing, cms])

  /** The one request of a shared check, at its end; a second answer of the device replaces the first. */
  const send = async (given: Record<string, boolean>) => {
    if (sharing.phase !== 'chosen' || !sharing.share || !cms) return
    setSent('sending')
    const ok = await shareAnswers(cms, {
      site: sharing.code,
      language: lang,
      answers: Object.fromEntries(questions.map((q) => [q.key, given[q.key] === true])),
      token: deviceToken(),
    })
    setSent(ok ? 'sent' : 'failed')
  }

  const answer = (value: boolean) => {
    const next = { ...answers, [questions[step]!.key]: value }
    setAnswers(next)
    setStep(step + 1)
    if (step + 1 === questions.length) void send(next)
  }

  if (sharing.phase === 'checking')
    return (
      <p className="meta" role="status">
        <RubyText text={text['share.checking']} />
      </p>
    )
  if (sharing.phase === 'consent')
    return (
      <ConsentScreen
        workplace={sharing.workplace}
        lang={lang}
        text={text}
        onStart={(share) => setSharing({ phase: 'chosen', code: sharing.code, share })}
      />
    )
  const notice = sharing.phase === 'unavailable' && (
    <p className="safety-notice" role="status">
      <RubyText text={text['share.unavailable']} />
    </p>
  )

  if (step < questions.length) {
    const q = questions[step]!
    return (
      <section className="safety-check" aria-labelledby="safety-question">
        {notice}
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
    setSent(null)
    setAsking(false)
    setStep(0)
  }

  return (
    <section className="safety-result" aria-labelledby="safety-result">
      <h2 id="safety-result" ref={heading} tabIndex={-1}>
        {strings.results}
      </h2>
      {notice}
      {sharing.phase === 'chosen' && (
        <p className="safety-shared" role="status" data-shared={sharing.share ? (sent ?? 'sending') : 'private'}>
          <RubyText
            text={
              text[
                !sharing.share
                  ? 'share.private'
                  : sent === 'sent'
                    ? 'share.sent'
                    : sent === 'failed'
                      ? 'share.failed'
                      : 'share.sending'
              ]
            }
          />{' '}
          {sent === 'failed' && (
            <button type="button" onClick={() => void send(answers)}>
              <RubyText text={text['share.retry']} />
            </button>
          )}
        </p>
      )}
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
      {cms &&
        (asking ? (
          <AssistForm
            cms={cms}
            lang={lang}
            text={text}
            choices={assist}
            concerns={found.map((q) => q.key)}
            onClose={() => setAsking(false)}
          />
        ) : (
          <p className="no-print">
            <button type="button" className="big" onClick={() => setAsking(true)}>
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
