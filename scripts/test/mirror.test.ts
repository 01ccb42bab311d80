import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { mirrorTree } from '../src/mirror'

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

describe('mirrorTree', () => {
  it('makes the target identical: new and changed files copied, extra files and folders removed', () => {
    root = mkdtempSync(path.join(tmpdir(), 'mirror-'))
    const [from, to] = [path.join(root, 'from'), path.join(root, 'to')]
    write(path.join(from, 'ja/index.html'), 'new home')
    write(path.join(from, 'ja/articles/a/index.html'), 'article a')
    write(path.join(to, 'ja/index.html'), 'old home')
    write(path.join(to, 'ja/articles/deleted/index.html'), 'gone')
    write(path.join(to, 'stale.txt'), 'gone')
    // The target is an older build: its files were written earlier.
    const earlier = new Date(Date.now() - 60_000)
    utimesSync(path.join(to, 'ja/index.html'), earlier, earlier)

    const result = mirrorTree(from, to)

    expect(readFileSync(path.join(to, 'ja/index.html'), 'utf8')).toBe('new home')
    expect(readFileSync(path.join(to, 'ja/articles/a/index.html'), 'utf8')).toBe('article a')
    expect(existsSync(path.join(to, 'ja/articles/deleted'))).toBe(false)
    expect(existsSync(path.join(to, 'stale.txt'))).toBe(false)
    expect(result).toEqual({ copied: 2, removed: 2 })
  })

  it('copies nothing the second time, and never shares a file with the source', () => {
    root = mkdtempSync(path.join(tmpdir(), 'mirror-'))
    const [from, to] = [path.join(root, 'from'), path.join(root, 'to')]
    write(path.join(from, 'en/index.html'), 'home')
    mirrorTree(from, to)
    expect(mirrorTree(from, to)).toEqual({ copied: 0, removed: 0 })
    expect(statSync(path.join(to, 'en/index.html')).ino).not.toBe(statSync(path.join(from, 'en/index.html')).ino)
    writeFileSync(path.join(to, 'en/index.html'), 'written in the mirror')
    expect(readFileSync(path.join(from, 'en/index.html'), 'utf8')).toBe('home')
  })

  it('notices a change of the same size by its modification time', () => {
    root = mkdtempSync(path.join(tmpdir(), 'mirror-'))
    const [from, to] = [path.join(root, 'from'), path.join(root, 'to')]
    write(path.join(from, 'page.html'), 'aaaa')
    mirrorTree(from, to)
    writeFileSync(path.join(from, 'page.html'), 'bbbb')
    const later = new Date(Date.now() + 5000)
    utimesSync(path.join(from, 'page.html'), later, later)
    expect(mirrorTree(from, to).copied).toBe(1)
    expect(readFileSync(path.join(to, 'page.html'), 'utf8')).toBe('bbbb')
  })

  it('leaves the named top-level folders of the target alone', () => {
    root = mkdtempSync(path.join(tmpdir(), 'mirror-'))
    const [from, to] = [path.join(root, 'from'), path.join(root, 'to')]
    write(path.join(from, 'pagefind/new.pf'), 'new index')
    write(path.join(to, 'pagefind/old.pf'), 'old index')
    mirrorTree(from, to, { leave: ['pagefind'] })
    expect(existsSync(path.join(to, 'pagefind/old.pf'))).toBe(true)
    expect(existsSync(path.join(to, 'pagefind/new.pf'))).toBe(false)
  })
})
