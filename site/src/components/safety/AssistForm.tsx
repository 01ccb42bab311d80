/**
 * "Assist, please contact me": opened from the result only when the reader asks. Nothing is sent
 * before "Send"; the request never carries the workplace code, and the answered items go with it
 * only when the reader ticks the box.
 */
import {
  ASSIST_LANGUAGES,
  CONSULTATION_LIMITS,
  MESSAGING_APP_NAMES,
  MESSAGING_APPS,
  type AssistDay,
  type AssistLanguage,
  type AssistTime,
  type ContactMethod,
  type MessagingApp,
} from '@mirai/content-schemas/assist'
import { withoutRuby } from '@mirai/content-schemas/i18n/ruby'
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type { TargetedEvent } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'

import RubyText from './RubyText'
import { askAssist } from './sharing'
import type { SharingText } from './text'

export interface AssistChoices {
  /** Every Assist language with its name in the reader's language (and in its own). */
  languages: { code: AssistLanguage; name: string }[]
  days: { code: AssistDay; label: string }[]
  times: { code: AssistTime; label: string }[]
  /** Assist's opening hours, as the page shows them. */
  hours: string
}

interface Props {
  cms: string
  lang: LocaleCode
  text: SharingText
  choices: AssistChoices
  /** Keys of the items answered "yes". */
  concerns: string[]
  onClose: () => void
}

const CONTACT_INPUT: Record<ContactMethod, { type: string; autoComplete: string; inputMode?: 'tel' | 'email' }> = {
  phone: { type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  email: { type: 'email', autoComplete: 'email', inputMode: 'email' },
  messaging: { type: 'text', autoComplete: 'off' },
}

const METHOD_LABEL = {
  phone: 'assist.methodPhone',
  email: 'assist.methodEmail',
  messaging: 'assist.methodMessaging',
} as const
const CONTACT_LABEL = {
  phone: 'assist.contactPhone',
  email: 'assist.contactEmail',
  messaging: 'assist.contactMessaging',
} as const

export default function AssistForm({ cms, lang, text, choices, concerns, onClose }: Props) {
  const [method, setMethod] = useState<ContactMethod>('phone')
  const [app, setApp] = useState<MessagingApp | ''>('')
  const [contact, setContact] = useState('')
  const [language, setLanguage] = useState<AssistLanguage>(
    (ASSIST_LANGUAGES as readonly string[]).includes(lang) ? (lang as AssistLanguage) : 'en',
  )
  const [days, setDays] = useState<AssistDay[]>([])
  const [times, setTimes] = useState<AssistTime[]>([])
  const [name, setName] = useState('')
  const [message, setMessage] = useState('')
  const [include, setInclude] = useState(false)
  const [problem, setProblem] = useState<'contact' | 'app' | 'failed' | null>(null)
  const [state, setState] = useState<'editing' | 'sending' | { reference: string }>('editing')
  const heading = useRef<HTMLHeadingElement>(null)
  const done = useRef<HTMLParagraphElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [])
  useLayoutEffect(() => {
    if (typeof state === 'object') done.current?.focus()
  }, [state])

  const toggle = <T,>(list: T[], value: T, set: (next: T[]) => void) =>
    set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value])

  const submit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!contact.trim()) return setProblem('contact')
    if (method === 'messaging' && !app) return setProblem('app')
    setProblem(null)
    setState('sending')
    const reference = await askAssist(cms, {
      method,
      contact: contact.trim(),
      ...(method === 'messaging' && app ? { app } : {}),
      language,
      days,
      times,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(message.trim() ? { message: message.trim() } : {}),
      siteLanguage: lang,
      ...(include && concerns.length > 0 ? { concerns } : {}),
    })
    if (reference) setState({ reference })
    else {
      setState('editing')
      setProblem('failed')
    }
  }

  if (typeof state === 'object')
    return (
      <section className="safety-assist" aria-labelledby="safety-assist">
        <h3 id="safety-assist">
          <RubyText text={text['assist.heading']} />
        </h3>
        <p ref={done} tabIndex={-1} className="safety-assist-sent">
          <RubyText text={text['assist.sent']} vars={{ reference: state.reference }} />
        </p>
        <p>
          <RubyText text={text['assist.keepReference']} vars={{ hours: choices.hours }} />
        </p>
      </section>
    )

  const errorId = 'assist-error'
  return (
    <section className="safety-assist" aria-labelledby="safety-assist">
      <h3 id="safety-assist" ref={heading} tabIndex={-1}>
        <RubyText text={text['assist.heading']} />
      </h3>
      <p>
        <RubyText text={text['assist.intro']} />
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>
            <RubyText text={text['assist.method']} />
          </legend>
          {(['phone', 'email', 'messaging'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="assist-method" checked={method === m} onChange={() => setMethod(m)} />{' '}
              <RubyText text={text[METHOD_LABEL[m]]} />
            </label>
          ))}
        </fieldset>
        {method === 'messaging' && (
          <p>
            <label htmlFor="assist-app">
              <RubyText text={text['assist.app']} />
            </label>
            <select
              id="assist-app"
              value={app}
              onChange={(e) => setApp(e.currentTarget.value as MessagingApp)}
              aria-invalid={problem === 'app'}
              aria-describedby={problem === 'app' ? errorId : undefined}
            >
              <option value="" />
              {MESSAGING_APPS.map((a) => (
                <option key={a} value={a}>
                  {a === 'other' ? withoutRuby(text['assist.appOther']) : MESSAGING_APP_NAMES[a]}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor="assist-contact">
            <RubyText text={text[CONTACT_LABEL[method]]} />
          </label>
          <input
            id="assist-contact"
            {...CONTACT_INPUT[method]}
            value={contact}
            maxLength={CONSULTATION_LIMITS.contact}
            onInput={(e) => setContact(e.currentTarget.value)}
            aria-invalid={problem === 'contact'}
            aria-describedby={problem === 'contact' ? errorId : undefined}
            required
          />
        </p>
        <p>
          <label htmlFor="assist-language">
            <RubyText text={text['assist.language']} />
          </label>
          <select
            id="assist-language"
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as AssistLanguage)}
          >
            {choices.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </p>
        <fieldset aria-describedby="assist-any">
          <legend>
            <RubyText text={text['assist.days']} />
          </legend>
          {choices.days.map((d) => (
            <label key={d.code}>
              <input type="checkbox" checked={days.includes(d.code)} onChange={() => toggle(days, d.code, setDays)} />{' '}
              {d.label}
            </label>
          ))}
        </fieldset>
        <fieldset aria-describedby="assist-any">
          <legend>
            <RubyText text={text['assist.times']} />
          </legend>
          {choices.times.map((t) => (
            <label key={t.code}>
              <input
                type="checkbox"
                checked={times.includes(t.code)}
                onChange={() => toggle(times, t.code, setTimes)}
              />{' '}
              {t.label}
            </label>
          ))}
        </fieldset>
        <p id="assist-any" className="meta">
          <RubyText text={text['assist.anyTime']} />
        </p>
        <p>
          <label htmlFor="assist-name">
            <RubyText text={text['assist.name']} />
          </label>
          <input
            id="assist-name"
            type="text"
            autoComplete="nickname"
            value={name}
            maxLength={CONSULTATION_LIMITS.name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </p>
        <p>
          <label htmlFor="assist-message">
            <RubyText text={text['assist.message']} />
          </label>
          <textarea
            id="assist-message"
            rows={4}
            value={message}
            maxLength={CONSULTATION_LIMITS.message}
            onInput={(e) => setMessage(e.currentTarget.value)}
          />
        </p>
        {concerns.length > 0 && (
          <p>
            <label>
              <input
                id="assist-include"
                type="checkbox"
                checked={include}
                onChange={(e) => setInclude(e.currentTarget.checked)}
              />{' '}
              <RubyText text={text['assist.include']} />
            </label>
          </p>
        )}
        <p className="meta">
          <RubyText text={text['assist.privacy']} />
        </p>
        {problem && (
          <p id={errorId} role="alert" className="safety-error">
            <RubyText
              text={
                text[
                  problem === 'contact' ? 'assist.needContact' : problem === 'app' ? 'assist.needApp' : 'assist.failed'
                ]
              }
            />
          </p>
        )}
        <p>
          <button type="submit" className="big" disabled={state === 'sending'}>
            <RubyText text={text[state === 'sending' ? 'assist.sending' : 'assist.send']} />
          </button>{' '}
          <button type="button" onClick={onClose}>
            <RubyText text={text['assist.cancel']} />
          </button>
        </p>
      </form>
    </section>
  )
}
