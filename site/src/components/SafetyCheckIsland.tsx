/**
 * The interactive safety self-check: one question at a time, big buttons, keyboard and screen
 * reader friendly. Everything happens on the device — no request is made while answering or
 * showing the result, and nothing is stored unless the reader asks to keep the result.
 *
 * Rendered at build time too (by the page; ../scripts/safetyCheck.ts hydrates it), so its first
 * question is in the HTML and hydration changes nothing on screen: the first render depends on the
 * props alone, and what only the browser knows (the address's `?site=`, a kept result) is read
 * after it, in an effect. The consent screen and the Assist form, which most readers never see,
 * load only when needed (the page's JavaScript budget is 15 KB gzip); the result loads with the
 * page, since nothing may be requested while the reader answers.
 *
 * Opened from a workplace's flyer (`?site=<code>`), the check first says which workplace that is
 * and what sharing would mean, and lets the reader choose; only with "share" are the answers sent,
 * once, at the end (./safety/sharing.ts). At the result the reader may ask Assist to call.
 */
import { fillPlaceholders as fill } from '@mirai/content-schemas/i18n/fill'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { OpeningSlot } from '@mirai/content-schemas/opening-hours'
import { isSiteCode, SITE_CODE_PARAM } from '@mirai/content-schemas/safety-sharing'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'

import type { AssistChoices } from './safety/AssistForm'
import type ConsentScreen from './safety/ConsentScreen'
import Result from './safety/Result'
import RubyText from './safety/RubyText'
import { readSaved, type Saved } from './safety/saved'
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
  /** Dates ("YYYY-MM-DD", Japan) it is closed besides its weekly hours: public holidays, the year's end. */
  closed: string[]
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
  /**
   * How the date of a kept result is written: the language tag and options of
   * @mirai/content-schemas/dates, worked out by the page, so the locale table stays out of the bundle.
   */
  dateFormat: { locale: string; options: Intl.DateTimeFormatOptions }
}

/** Where sharing with a workplace stands; "none" when the page was opened without a code. */
type Sharing =
  | { phase: 'none' }
  | { phase: 'checking'; code: string }
  | { phase: 'unavailable' }
  | { phase: 'consent'; code: string; workplace: Workplace; Screen: typeof ConsentScreen }
  | { phase: 'chosen'; code: string; share: boolean }

/** Where sharing starts, from the page's address (in the browser only). */
function initialSharing(cms: string | null): Sharing {
  const code = new URLSearchParams(window.location.search).get(SITE_CODE_PARAM)
  if (code === null) return { phase: 'none' }
  return cms && isSiteCode(code) ? { phase: 'checking', code } : { phase: 'unavailable' }
}

export default function SafetyCheckIsland({
  questions,
  services,
  strings,
  lang,
  cms,
  text,
  assist,
  dateFormat,
}: Props) {
  // The same first screen on the server and in the browser: the first question, nothing shared.
  const [sharing, setSharing] = useState<Sharing>({ phase: 'none' })
  const [saved, setSaved] = useState<Saved | null>(null)
  const [step, setStep] = useState(0)
  const [sent, setSent] = useState<'sending' | 'sent' | 'failed' | null>(null)
  const [answers, setAnswers] = useState<Record<string, boolean>>({})
  /** False in the page's HTML: its answer buttons stay disabled until they work (a tap before would do nothing). */
  const [hydrated, setHydrated] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  /** Set by what the reader does (or waits for): only then does focus move, never on load. */
  const moveFocusRef = useRef(false)

  useEffect(() => {
    // After hydration: a flyer's code starts sharing; a kept result opens at the result.
    setHydrated(true)
    const start = initialSharing(cms)
    const kept = readSaved()
    if (start.phase !== 'none') setSharing(start)
    if (kept) {
      setSaved(kept)
      setAnswers(Object.fromEntries(kept.yes.map((k) => [k, true])))
      if (start.phase === 'none') setStep(questions.length)
    }
  }, [cms, questions.length])

  // Layout effects: Preact runs plain effects after the next paint, and focus and the introduction
  // must follow the reader's action at once (a key pressed meanwhile would land elsewhere).
  useLayoutEffect(() => {
    // Move focus to the new question or the result so screen readers read it.
    if (!moveFocusRef.current) return
    moveFocusRef.current = false
    heading.current?.focus()
  }, [step, sharing.phase])

  useLayoutEffect(() => {
    // The introduction speaks of the private check ("sent to no one"): not true once the reader shares.
    const shares = sharing.phase === 'chosen' && sharing.share
    document.getElementById('safety-intro')?.toggleAttribute('hidden', shares)
  }, [sharing])

  useEffect(() => {
    if (sharing.phase !== 'checking' || !cms) return
    let current = true
    const screen = import('./safety/ConsentScreen').then(
      (module) => module.default,
      () => null,
    )
    void Promise.all([lookUpWorkplace(cms, sharing.code), screen]).then(([workplace, Screen]) => {
      if (!current) return
      // The consent screen takes focus itself; without a workplace (or its screen) the first question does.
      moveFocusRef.current = !workplace || !Screen
      setSharing(
        workplace && Screen ? { phase: 'consent', code: sharing.code, workplace, Screen } : { phase: 'unavailable' },
      )
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
    moveFocusRef.current = true
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
      <sharing.Screen
        workplace={sharing.workplace}
        lang={lang}
        text={text}
        onStart={(share) => {
          moveFocusRef.current = true
          setSharing({ phase: 'chosen', code: sharing.code, share })
        }}
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
          <button type="button" className="big" disabled={!hydrated} onClick={() => answer(true)}>
            {strings.yes}
          </button>
          <button type="button" className="big" disabled={!hydrated} onClick={() => answer(false)}>
            {strings.no}
          </button>
        </div>
        {step > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => {
              moveFocusRef.current = true
              setStep(step - 1)
            }}
          >
            ← {strings.back}
          </button>
        )}
      </section>
    )
  }

  const restart = () => {
    moveFocusRef.current = true
    setAnswers({})
    setSent(null)
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
      <Result
        questions={questions}
        answers={answers}
        services={services}
        strings={strings}
        lang={lang}
        cms={cms}
        text={text}
        assist={assist}
        dateFormat={dateFormat}
        saved={saved}
        onSaved={setSaved}
        onRestart={restart}
      />
    </section>
  )
}
