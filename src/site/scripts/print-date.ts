/**
 * The printed source line says of when a printout is. The server writes the day it rendered the
 * page, and a page stays cached until its content changes, so before printing this script writes
 * the day of printing, in the page's language, as the server formats dates (src/site/i18n).
 * Without a script the rendered day stays: still a true "as at".
 */
const INTL_LOCALE: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

function writeToday(): void {
  const locale = INTL_LOCALE[document.documentElement.lang] ?? 'nl-BE'
  const now = new Date()
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  )
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(now)
  for (const time of document.querySelectorAll<HTMLTimeElement>('time.print-date')) {
    time.dateTime = day
    time.textContent = text
  }
}

writeToday()
addEventListener('beforeprint', writeToday)
