/**
 * `{name}` placeholders of interface text, filled from values. Its own module so code running in
 * the browser (the safety check) can fill a text without loading every translation.
 */
export type UiVars = Readonly<Record<string, string | number>>

const PLACEHOLDER = /\{(\w+)\}/g

/** Fills each `{name}` that `vars` has; a placeholder `vars` lacks stays as it is, visible rather than blank. */
export const fillPlaceholders = (template: string, vars: UiVars = {}): string =>
  template.replace(PLACEHOLDER, (match, name: string) => (name in vars ? String(vars[name]) : match))

/** The `{name}` placeholders of a text, in order of appearance. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!)
