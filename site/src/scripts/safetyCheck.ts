/**
 * Hydrates the safety check the page rendered at build time (pages/[lang]/safety.astro), with the
 * props the page wrote beside it as JSON. The page does this itself rather than through an Astro
 * island: Astro's island runtime and renderer would be 2.6 KB gzip of the page's 15 KB budget.
 */
import { h, hydrate } from 'preact'

import SafetyCheckIsland from '../components/SafetyCheckIsland'
import { SAFETY_CHECK_PROPS, SAFETY_CHECK_ROOT } from '../components/safety/mount'

const root = document.getElementById(SAFETY_CHECK_ROOT)
const props = document.getElementById(SAFETY_CHECK_PROPS)?.textContent
if (root && props) hydrate(h(SafetyCheckIsland, JSON.parse(props) as Parameters<typeof SafetyCheckIsland>[0]), root)
