/** What scripts and tests use of the interface text: its sync with the code and its published table. */
export { applyInterfaceText, publishedInterfaceText } from './apply'
export { INTERFACE_TEXT, UI_NAMESPACES } from './catalogue'
export { ensureInterfaceText } from './ensure'
