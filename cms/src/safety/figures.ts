/** What a script needs to make a site's figures as the endpoints do (the Safety benchmark). */
export { figuresOf } from './aggregate'
export { safetySettings } from './settings'
export { readTally } from './tally'
