import type { CommitmentKey } from '@mirai/content-schemas/taxonomies'

import type { ActivityReport } from '../../payload-types'

/** The fields of a report's `commitments` group, one per Code of Conduct commitment. */
export type CommitmentField = keyof NonNullable<ActivityReport['commitments']>

/** Field name inside an activity report's `commitments` group for a Code of Conduct commitment ('legal-compliance' → 'legalCompliance'). */
export function commitmentFieldName(key: CommitmentKey): CommitmentField {
  // The config names the group's fields with this function and the generated types follow the
  // config, so the result is one of them; TypeScript cannot follow a string replace.
  return key.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()) as CommitmentField
}
