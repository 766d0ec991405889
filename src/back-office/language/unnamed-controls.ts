/**
 * Controls that Payload's screens draw without a name a screen reader can say (axe's `label`,
 * `button-name`, `select-name`, `aria-input-field-name`): the list's row checkboxes, icon-only
 * buttons (the document's "more" menu, a date's clear button, the pagination arrows, an upload's
 * edit and remove buttons), the admin-language list on the account screen, the date
 * picker's month and year lists, and fields whose input is not tied to the field's label (dates,
 * relations, rich text). Each gets a name in the admin's language as the screen draws it
 * (admin/SayInAdminLanguage.tsx); a control that has a name keeps it.
 */
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale } from '@/site/routes'
import { controlNames } from './messages'

type NameKey = keyof (typeof controlNames)['nl']

/** Each control by selector, with the name it gets; the first that matches an element names it. */
const UNNAMED: readonly { selector: string; name: (element: Element, language: Locale) => string | undefined }[] = [
  { selector: '#select-all', name: (_, language) => say(language, 'selectAllRows') },
  {
    selector: '.select-row__checkbox input[type="checkbox"]',
    name: (element, language) => {
      // The row's title is in its first link (the cell that opens the document).
      const title = element.closest('tr')?.querySelector('td a')?.textContent?.trim()
      return title ? say(language, 'selectRow', { title }) : say(language, 'selectThisRow')
    },
  },
  { selector: '.doc-controls__popup .popup-button', name: (_, language) => say(language, 'moreActions') },
  { selector: '.popup-button', name: (_, language) => say(language, 'moreOptions') },
  { selector: '.date-time-picker__clear-button', name: (_, language) => say(language, 'clearDate') },
  { selector: '.copy-to-clipboard', name: (_, language) => say(language, 'copy') },
  { selector: '.clickable-arrow--left', name: (_, language) => say(language, 'previousPage') },
  { selector: '.clickable-arrow--right', name: (_, language) => say(language, 'nextPage') },
  { selector: '.react-datepicker__month-select', name: (_, language) => say(language, 'month') },
  { selector: '.react-datepicker__year-select', name: (_, language) => say(language, 'year') },
  { selector: '.upload-relationship-details__edit', name: (_, language) => say(language, 'edit') },
  { selector: '.upload-relationship-details__remove', name: (_, language) => say(language, 'remove') },
  { selector: '.file-details__remove', name: (_, language) => say(language, 'removeFile') },
  { selector: '.payload-settings__language .rs__input', name: (_, language) => say(language, 'adminLanguage') },
  // A field's own input named by the field's label: dates, relations (react-select) and rich text.
  {
    selector: '.field-type .react-datepicker__input-container input, .field-type .rs__input, .field-type [contenteditable][role="textbox"]',
    name: fieldLabel,
  },
]

const ALL = UNNAMED.map(({ selector }) => selector).join(', ')

function say(language: Locale, key: NameKey, vars: Record<string, string> = {}): string {
  return fillPlaceholders(controlNames[language][key], vars)
}

/** The label of the field the element belongs to, without the required-field star. */
function fieldLabel(element: Element): string | undefined {
  const label = element.closest('.field-type')?.querySelector('.field-label')
  const text = label?.textContent?.replace(/\*\s*$/, '').trim()
  return text || undefined
}

/** Whether a screen reader already has a name for the element: its label, aria-label(ledby) or, for a button, its text. */
function hasName(element: Element): boolean {
  if (element.getAttribute('aria-label')?.trim()) return true
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy?.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true
  if ((element instanceof HTMLInputElement || element instanceof HTMLSelectElement) && element.labels?.length) {
    return [...element.labels].some((label) => label.textContent?.trim())
  }
  // biome-ignore lint/performance/useDomNodeTextContent: a hidden tooltip's text (the copy button's) is no name, so the rendered text is what counts
  if (element instanceof HTMLButtonElement) return Boolean(element.innerText.trim())
  return false
}

/** Names every unnamed control under root (root included) in the admin's language. */
export function nameUnnamedControls(root: ParentNode, language: Locale): void {
  const elements = [...root.querySelectorAll(ALL)]
  if (root instanceof Element && root.matches(ALL)) elements.push(root)
  for (const element of elements) {
    if (hasName(element)) continue
    const rule = UNNAMED.find(({ selector }) => element.matches(selector))
    const name = rule?.name(element, language)
    if (!name) continue
    // An aria-labelledby that points at nothing said would still win over the aria-label.
    element.removeAttribute('aria-labelledby')
    element.setAttribute('aria-label', name)
  }
}
