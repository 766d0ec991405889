/**
 * Optional help for the contact form, for browsers that run it: the spam check's work done while
 * the visitor types, and the server's checks run before sending, with the same messages and the
 * same error summary. Without it the form works the same way, with the server doing both.
 */
import { checkFileList, checkValues, cleanLine, cleanText, CONTACT_FIELDS, type ContactErrors, type ContactField } from '../form/rules'

const form = document.querySelector<HTMLFormElement>('form.contact-form')
const messagesBlock = document.getElementById('contact-messages')

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Tries numbers until one hashes to the target; yields to the page between batches. */
async function solve(salt: string, target: string, max: number): Promise<string | undefined> {
  for (let start = 0; start <= max; start += 500) {
    for (let n = start; n < Math.min(start + 500, max + 1); n++) if ((await sha256Hex(salt + n)) === target) return String(n)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return undefined
}

if (form && messagesBlock) {
  const messages = JSON.parse(messagesBlock.textContent || '{}') as Record<string, string>
  const solutionInput = form.querySelector<HTMLInputElement>('input[name="solution"]')!
  const { challengeSalt: salt = '', challengeTarget: target = '', challengeMax: max = '0' } = form.dataset
  // crypto.subtle exists only on HTTPS and localhost; elsewhere the server's waiting rule applies.
  const solving: Promise<string | undefined> =
    typeof crypto !== 'undefined' && crypto.subtle ? solve(salt, target, Number(max)).catch(() => undefined) : Promise.resolve(undefined)
  solving.then((solution) => {
    if (solution !== undefined) solutionInput.value = solution
  })

  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | RadioNodeList | null
  const text = (name: string) => {
    const element = field(name)
    return element && 'value' in element ? element.value : ''
  }

  /** Error notes' ids end so, the server's and ours alike: they are dropped from aria-describedby with them. */
  const ERROR_ID = /-error$/

  function clearErrors(): void {
    // The server's notes go too: a field fixed since the last answer must not stay marked.
    for (const element of form!.querySelectorAll('.error-message')) element.remove()
    for (const element of form!.querySelectorAll('.field--error')) element.classList.remove('field--error')
    for (const element of form!.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid')
    for (const element of form!.querySelectorAll('[aria-describedby]')) {
      const kept = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !ERROR_ID.test(id))
      if (kept.length > 0) element.setAttribute('aria-describedby', kept.join(' '))
      else element.removeAttribute('aria-describedby')
    }
    document.getElementById('error-summary')?.remove()
  }

  /** Puts a note where the server puts it (ContactView): after the legend, or after the label and hint, or above a lone checkbox. */
  function placeNote(container: Element, note: HTMLElement): void {
    const legend = container.querySelector('legend')
    const label = container.querySelector(':scope > label')
    const next = label?.nextElementSibling
    if (legend) legend.after(note)
    else if (!label) container.prepend(note)
    else (next?.classList.contains('hint') ? next : label).after(note)
  }

  function describe(element: Element | null, id: string): void {
    if (!element) return
    const described = new Set((element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
    described.add(id)
    element.setAttribute('aria-describedby', [...described].join(' '))
  }

  function showErrors(errors: ContactErrors): void {
    clearErrors()
    const summary = document.createElement('div')
    summary.className = 'error-summary'
    summary.id = 'error-summary'
    summary.setAttribute('role', 'alert')
    summary.setAttribute('aria-labelledby', 'error-summary-title')
    summary.tabIndex = -1
    const heading = document.createElement('h2')
    heading.id = 'error-summary-title'
    heading.textContent = messages.errorSummaryTitle ?? ''
    const list = document.createElement('ul')
    summary.append(heading, list)
    for (const name of CONTACT_FIELDS) {
      const key = errors[name as ContactField]
      if (!key) continue
      const id = name === 'language' ? 'language-nl' : name
      const input = document.getElementById(id)
      const container = input?.closest('.field')
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = `#${id}`
      link.textContent = messages[key] ?? key
      item.append(link)
      list.append(item)
      if (container) {
        container.classList.add('field--error')
        const note = document.createElement('p')
        note.className = 'error-message'
        note.id = `${name}-error`
        note.textContent = messages[key] ?? key
        placeNote(container, note)
        // A radio group is described as a whole, as the server does; a single control carries its state.
        const fieldset = container.querySelector('fieldset')
        if (fieldset) describe(fieldset, note.id)
        else {
          input?.setAttribute('aria-invalid', 'true')
          describe(input ?? null, note.id)
        }
      }
    }
    form!.parentElement!.insertBefore(summary, form)
    summary.focus()
  }

  // The translated file picker (ContactView) says what was chosen, as the browser's own input would.
  const attachments = form.querySelector<HTMLInputElement>('input[name="attachments"]')
  const status = document.getElementById('attachments-status')
  if (attachments && status) {
    const none = status.textContent ?? ''
    const many = status.dataset.many ?? '{count}: {names}'
    attachments.addEventListener('change', () => {
      const names = Array.from(attachments.files ?? [], (file) => file.name)
      status.textContent =
        names.length === 0
          ? none
          : names.length === 1
            ? names[0]!
            : many
                .replace('{count}', new Intl.NumberFormat(document.documentElement.lang).format(names.length))
                .replace('{names}', names.join(', '))
    })
  }

  let sending = false
  form.addEventListener('submit', (event) => {
    if (sending) return
    const topicSelect = field('topic') as HTMLSelectElement | null
    const topics = topicSelect ? Array.from(topicSelect.options, (option) => option.value).filter(Boolean) : []
    const language = form.querySelector<HTMLInputElement>('input[name="language"]:checked')?.value ?? ''
    const consent = form.querySelector<HTMLInputElement>('input[name="consent"]')?.checked ?? false
    const errors = checkValues(
      {
        topic: text('topic'),
        name: cleanLine(text('name')),
        email: cleanLine(text('email')),
        phone: cleanLine(text('phone')),
        message: cleanText(text('message')),
        language,
        consent,
      },
      topics,
      ['nl', 'fr', 'en'],
    )
    const files = form.querySelector<HTMLInputElement>('input[name="attachments"]')?.files
    const fileError = files ? checkFileList(Array.from(files, (file) => ({ name: file.name, size: file.size }))) : undefined
    if (fileError) errors.attachments = fileError
    event.preventDefault()
    if (Object.keys(errors).length > 0) return showErrors(errors)
    clearErrors()
    sending = true
    // Send once the spam check's work is done (usually long before the visitor finishes typing).
    solving.then(() => form.submit())
  })
}
