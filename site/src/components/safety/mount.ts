/** Where the safety page puts the check it rendered at build time, and the JSON of its props (scripts/safetyCheck.ts). */
export const SAFETY_CHECK_ROOT = 'safety-check-root'
export const SAFETY_CHECK_PROPS = 'safety-check-props'
