import { solveChallenge } from '../../src/contact/spam/challenge'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server'
import { decodeEntities } from './http'

export type Lang = 'nl' | 'fr' | 'en'

export interface ContactForm {
  token: string
  salt: string
  target: string
  maxNumber: number
  topics: string[]
}

/** GETs the form, as a browser would, and reads what a submission needs from it. */
export async function fetchForm(serverUrl: string, lang: Lang = 'en'): Promise<ContactForm> {
  const response = await fetch(`${serverUrl}/${lang}/contact`)
  const html = await response.text()
  if (response.status !== 200) throw new Error(`GET /${lang}/contact: ${response.status}`)
  const attribute = (name: string) => decodeEntities(html.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? '')
  return {
    token: decodeEntities(html.match(/name="challenge" value="([^"]+)"/)?.[1] ?? ''),
    salt: attribute('data-challenge-salt'),
    target: attribute('data-challenge-target'),
    maxNumber: Number(attribute('data-challenge-max')),
    topics: [...html.matchAll(/<option value="(\d+)"/g)].map((m) => m[1]!),
  }
}

export interface Attachment {
  name: string
  bytes: Uint8Array
  type?: string
}

export interface Submission {
  fields?: Record<string, string>
  files?: Attachment[]
  /** Leave the spam check unsolved (the no-JavaScript path). */
  unsolved?: boolean
  lang?: Lang
  form?: ContactForm
  headers?: Record<string, string>
}

export function validFields(form: ContactForm, changes: Record<string, string> = {}): Record<string, string> {
  return {
    topic: form.topics[0]!,
    name: 'Anna Peeters',
    email: 'anna@example.be',
    phone: '',
    message: 'When does the renovation grant open?',
    language: 'nl',
    consent: 'yes',
    website: '',
    ...changes,
  }
}

/** POSTs the form (multipart, as browsers send it) and returns the raw answer, redirects not followed. */
export async function submitContact(
  serverUrl: string,
  submission: Submission = {},
): Promise<{ status: number; location: string | null; body: string; headers: Headers; form: ContactForm }> {
  const lang = submission.lang ?? 'en'
  const form = submission.form ?? (await fetchForm(serverUrl, lang))
  const data = new FormData()
  const fields = {
    ...validFields(form),
    challenge: form.token,
    solution: submission.unsolved ? '' : String(solveChallenge(form) ?? ''),
    ...submission.fields,
  }
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  for (const file of submission.files ?? [])
    data.append('attachments', new Blob([Buffer.from(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name)
  const response = await fetch(`${serverUrl}/${lang}/contact`, {
    method: 'POST',
    body: data,
    redirect: 'manual',
    headers: submission.headers,
  })
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: await response.text(),
    headers: response.headers,
    form,
  }
}

export const referenceOf = (location: string | null): string | undefined =>
  location ? (new URL(location, 'http://x').searchParams.get('ref') ?? undefined) : undefined

/** Minimal files of each kind, valid enough for Payload's own checks. */
export const FILES = {
  pdf: (): Uint8Array => new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\nxref\n0 1\ntrailer <<>>\nstartxref\n0\n%%EOF\n'),
  /** A real 2×2 PNG, made by sharp (Payload reads image dimensions on upload). */
  png: async (): Promise<Uint8Array> => {
    const { default: sharp } = await import('sharp')
    return new Uint8Array(
      await sharp({ create: { width: 2, height: 2, channels: 3, background: '#0b3d91' } })
        .png()
        .toBuffer(),
    )
  },
}

/**
 * A signed-in admin's session for the REST API, sending what a browser on the back office sends:
 * the server's Origin (a write with the session cookie from anywhere else is refused).
 */
export async function adminSession(
  serverUrl: string,
  email = ADMIN_EMAIL,
  password = ADMIN_PASSWORD,
): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const login = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
    body: JSON.stringify({ email, password }),
  })
  if (login.status !== 200) throw new Error(`login as ${email}: ${login.status} ${await login.text()}`)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  // JSON bodies are sent as strings; a FormData body sets its own multipart type.
  return (path, init = {}) =>
    fetch(serverUrl + path, {
      ...init,
      headers: {
        Origin: serverUrl,
        'Sec-Fetch-Site': 'same-origin',
        ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
        Cookie: cookie,
      },
    })
}

/** Every stored message's reference, through the API as an admin. */
export async function storedReferences(api: Awaited<ReturnType<typeof adminSession>>): Promise<string[]> {
  const response = await api('/api/contact-messages?limit=0&pagination=false&depth=0&select[reference]=true')
  const body = (await response.json()) as { docs: { reference: string }[] }
  return body.docs.map((doc) => doc.reference)
}

/** The text of a mail body sent as quoted-printable (what nodemailer does for non-ASCII text). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}
