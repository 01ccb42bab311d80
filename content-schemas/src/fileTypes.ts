/**
 * The kinds of file the platform stores and publishes, each with the one extension its stored
 * name gets. A stored file's name is derived from what its bytes are (sniffed by the CMS), never
 * from what the uploader called it, so a file named `hero.html` that is really a PNG is stored
 * as `hero.png` — and nothing with a scriptable type ever reaches the public site. The export,
 * the development server, `pnpm serve` and the production host configuration all read this table.
 */
export const PUBLISHABLE_FILE_TYPES = {
  // The first extension is the one new files get; the others are read (files stored before).
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/gif': ['gif'],
  'video/mp4': ['mp4'],
  'video/webm': ['webm'],
  'application/pdf': ['pdf'],
} as const satisfies Record<string, readonly [string, ...string[]]>

export type PublishableMimeType = keyof typeof PUBLISHABLE_FILE_TYPES

export function isPublishableMimeType(mime: string): mime is PublishableMimeType {
  return Object.hasOwn(PUBLISHABLE_FILE_TYPES, mime)
}

/** The extension a file of this type is stored under (`null` for a type the platform never publishes). */
export function extensionFor(mime: string): string | null {
  return isPublishableMimeType(mime) ? PUBLISHABLE_FILE_TYPES[mime][0] : null
}

/** The type a stored file name stands for, from its extension (`null` when it is not one of ours). */
export function mimeTypeOfFileName(name: string): PublishableMimeType | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
  if (!ext) return null
  const found = (Object.entries(PUBLISHABLE_FILE_TYPES) as [PublishableMimeType, readonly string[]][]).find(
    ([, exts]) => exts.includes(ext),
  )
  return found ? found[0] : null
}

/** Every extension of a publishable file, for hosts that serve only those. */
export const PUBLISHABLE_EXTENSIONS: readonly string[] = Object.values(PUBLISHABLE_FILE_TYPES).flat()

/**
 * A stored file name for an upload: the client's name reduced to a safe ASCII stem (letters,
 * digits, `-` and `_`; no dots, so no second extension), plus the extension of the real type.
 */
export function storedFileName(clientName: string, mime: PublishableMimeType): string {
  const withoutExtension = clientName.replace(/\.[^./\\]*$/, '')
  const stem = withoutExtension
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
  return `${stem || 'file'}.${PUBLISHABLE_FILE_TYPES[mime][0]}`
}
