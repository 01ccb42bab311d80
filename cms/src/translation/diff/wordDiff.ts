/**
 * What changed between two versions of a text, word by word in its language (segment.ts): runs
 * kept, inserted and deleted, in reading order, deletions before the insertions that replace them.
 */
import { diffArrays } from 'diff'

import type { LocaleCode } from '@mirai/content-schemas/locales'

import { segment } from './segment'

export type DiffKind = 'same' | 'ins' | 'del'

export interface DiffPart {
  kind: DiffKind
  text: string
}

const isBlank = (text: string) => /^\s*$/.test(text)

/** `before` → `after` as parts whose `same` and `ins` texts join into `after`, `same` and `del` into `before`. */
export function wordDiff(before: string, after: string, lang: LocaleCode | string): DiffPart[] {
  const changes = diffArrays(segment(before, lang), segment(after, lang))
  const parts: DiffPart[] = []
  for (const change of changes) {
    const kind: DiffKind = change.added ? 'ins' : change.removed ? 'del' : 'same'
    push(parts, { kind, text: change.value.join('') })
  }
  return tidy(parts)
}

function push(parts: DiffPart[], part: DiffPart) {
  if (part.text === '') return
  const last = parts[parts.length - 1]
  if (last?.kind === part.kind) last.text += part.text
  else parts.push({ ...part })
}

/**
 * Two replaced words with the space between them kept read as two separate changes
 * ("<del>old</del> <del>words</del>"); a reader sees one change of a phrase. A kept run that is
 * only whitespace between changes becomes part of both sides, and each side is then written as
 * one deletion followed by one insertion.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let i = 0
  while (i < parts.length) {
    if (parts[i]!.kind === 'same') {
      out.push(parts[i]!)
      i++
      continue
    }
    let del = ''
    let ins = ''
    let j = i
    for (;;) {
      const part = parts[j]
      if (!part) break
      if (part.kind === 'del') del += part.text
      else if (part.kind === 'ins') ins += part.text
      else if (isBlank(part.text) && parts[j + 1] && parts[j + 1]!.kind !== 'same') {
        del += part.text
        ins += part.text
      } else break
      j++
    }
    if (del) out.push({ kind: 'del', text: del })
    if (ins) out.push({ kind: 'ins', text: ins })
    i = j
  }
  return out
}

/** The words changed, for people and tests: deleted and inserted texts without surrounding space. */
export function changedWords(parts: readonly DiffPart[]): { del: string[]; ins: string[] } {
  const pick = (kind: DiffKind) => parts.filter((p) => p.kind === kind).map((p) => p.text.trim())
  return { del: pick('del'), ins: pick('ins') }
}
