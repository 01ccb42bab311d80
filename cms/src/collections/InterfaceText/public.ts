/** What tests and scripts use of the interface text: its name, its keys' groups and its sync with the code. */
export { INTERFACE_TEXT, UI_NAMESPACES } from './catalogue'
export { ensureInterfaceText } from './ensure'
