import { describe, expect, it } from 'vitest'

import { extensionFor, mimeTypeOfFileName, storedFileName } from '../src/fileTypes'

describe('stored file names', () => {
  it('take the extension of the real type, whatever the uploader called the file', () => {
    expect(storedFileName('hero.html', 'image/png')).toBe('hero.png')
    expect(storedFileName('flyer.PDF', 'application/pdf')).toBe('flyer.pdf')
    expect(storedFileName('photo.jpeg', 'image/jpeg')).toBe('photo.jpg')
  })

  it('never keep a second extension, a path or characters a URL or shell would trip on', () => {
    expect(storedFileName('evil.html.png', 'image/png')).toBe('evil-html.png')
    expect(storedFileName('../../etc/passwd', 'image/png')).toBe('etc-passwd.png')
    expect(storedFileName('a b\r\nc<script>.gif', 'image/gif')).toBe('a-b-c-script.gif')
    expect(storedFileName('Café déjà vu.webp', 'image/webp')).toBe('Cafe-deja-vu.webp')
  })

  it('fall back to a neutral stem when nothing of the name is left', () => {
    expect(storedFileName('最低賃金.jpg', 'image/jpeg')).toBe('file.jpg')
    expect(storedFileName('.htaccess', 'application/pdf')).toBe('file.pdf')
  })
})

describe('publishable types', () => {
  it('map each type to one extension and back', () => {
    expect(extensionFor('image/webp')).toBe('webp')
    expect(extensionFor('text/html')).toBeNull()
    expect(mimeTypeOfFileName('hero-640x480.WEBP')).toBe('image/webp')
    expect(mimeTypeOfFileName('hero.html')).toBeNull()
    expect(mimeTypeOfFileName('hero.svg')).toBeNull()
    expect(mimeTypeOfFileName('no-extension')).toBeNull()
    expect(mimeTypeOfFileName('old-upload.JPEG')).toBe('image/jpeg')
  })
})
