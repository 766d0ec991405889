'use client'
/**
 * Puts the admin's language into the names its building blocks write in English only (listed,
 * with why, in ../english-only.ts): the accessible names (aria-label, title) of any element, and
 * the visible text of the date picker's month buttons; and the "edited since" date of the
 * document-locked dialog, which Payload writes in American English (../english-dates.ts). It also
 * names the controls Payload draws without a name (../unnamed-controls.ts). It watches the screen as it is drawn, since
 * those parts come and go (a picker opens, an editor's toolbar appears); the admin language is the
 * page's `lang`, which Payload sets.
 */
import type React from 'react'
import { useEffect } from 'react'
import { isLocale } from '@/site/routes'
import { sayEnglishMoment } from '../english-dates'
import { sayInAdminLanguage } from '../english-only'
import { nameUnnamedControls } from '../unnamed-controls'

const ATTRIBUTES = ['aria-label', 'title'] as const
/** Elements whose own text is an English-only name (the picker's "Previous Month" button). */
const TEXT_HOLDERS = '.react-datepicker__navigation-icon, .react-datepicker__navigation span'
/** Elements whose own text may be a date in American English ("Nov 30, 2026, 12:57 AM"): the document-locked dialog's. */
const ENGLISH_DATE_HOLDERS = '.document-locked__content strong'

function adminLanguage(): 'nl' | 'fr' | 'en' {
  const lang = document.documentElement.lang
  return isLocale(lang) ? lang : 'nl'
}

function sayIn(root: ParentNode): void {
  const language = adminLanguage()
  // In the English admin too: its dates are on the 24-hour clock, as everywhere else in the admin (../dates.ts).
  for (const element of root.querySelectorAll(ENGLISH_DATE_HOLDERS)) {
    const said = sayEnglishMoment(element.textContent ?? '', language)
    if (said) element.textContent = said
  }
  nameUnnamedControls(root, language)
  if (language === 'en') return
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      const said = sayInAdminLanguage(element.getAttribute(attribute) ?? '', language)
      if (said) element.setAttribute(attribute, said)
    }
  }
  for (const element of root.querySelectorAll(TEXT_HOLDERS)) {
    const said = sayInAdminLanguage(element.textContent ?? '', language)
    if (said) element.textContent = said
  }
}

export function SayInAdminLanguage({ children }: { children?: React.ReactNode }): React.ReactNode {
  useEffect(() => {
    sayIn(document)
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        const target = change.target
        if (change.type === 'attributes' && target instanceof Element) {
          const said = sayInAdminLanguage(target.getAttribute(change.attributeName ?? '') ?? '', adminLanguage())
          if (said && adminLanguage() !== 'en') target.setAttribute(change.attributeName!, said)
          // A redraw that empties a name we gave (a row checkbox's aria-label="") gets it back.
          else if (!said) nameUnnamedControls(target, adminLanguage())
        } else if (target instanceof Element && target.isConnected) sayIn(target.parentElement ?? target)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: [...ATTRIBUTES] })
    return () => observer.disconnect()
  }, [])
  return children
}
