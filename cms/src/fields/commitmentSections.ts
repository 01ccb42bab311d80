/** Field name inside an activity report's `commitments` group for a Code of Conduct commitment ('legal-compliance' → 'legalCompliance'). */
export function commitmentFieldName(key: string): string {
  return key.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase())
}
