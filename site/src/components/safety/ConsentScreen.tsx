/**
 * Before the first question of a check opened from a workplace's flyer: which workplace it is,
 * what sharing means, and a real choice — keeping the answers private is selected until the reader
 * chooses otherwise.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'

import RubyText from './RubyText'
import type { Workplace } from './sharing'
import type { SharingText } from './text'

interface Props {
  workplace: Workplace
  lang: LocaleCode
  text: SharingText
  onStart: (share: boolean) => void
}

export default function ConsentScreen({ workplace, lang, text, onStart }: Props) {
  const [share, setShare] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [])
  const company = lang === 'ja' ? workplace.company.ja : workplace.company.en
  return (
    <section className="safety-share" aria-labelledby="safety-share">
      <h2 id="safety-share" ref={heading} tabIndex={-1}>
        <RubyText text={text['share.heading']} />
      </h2>
      <p>
        <RubyText text={text['share.workplace']} vars={{ site: workplace.site, company }} />
      </p>
      <ul>
        <li>
          <RubyText text={text['share.together']} />
        </li>
        <li>
          <RubyText text={text['share.groups']} vars={{ threshold: workplace.threshold }} />
        </li>
        <li>
          <RubyText text={text['share.nobody']} />
        </li>
      </ul>
      <fieldset className="safety-choice">
        <legend>
          <RubyText text={text['share.choice']} />
        </legend>
        <label>
          <input type="radio" name="safety-share" checked={!share} onChange={() => setShare(false)} />{' '}
          <RubyText text={text['share.keepPrivate']} />
        </label>
        <label>
          <input type="radio" name="safety-share" checked={share} onChange={() => setShare(true)} />{' '}
          <RubyText text={text['share.shareAnonymously']} />
        </label>
      </fieldset>
      <button type="button" className="big" onClick={() => onStart(share)}>
        <RubyText text={text['share.start']} />
      </button>
    </section>
  )
}
