/** A JSON request from the admin to Belfort's own API, and its answer: the body, or the localized message of a refusal. */
export interface Answer {
  ok: boolean
  status: number
  body: unknown
  /** The first error's message, as the server wrote it in the admin's language. */
  message?: string
}

export async function postJson(url: string, body?: unknown, method = 'POST'): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      credentials: 'include',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const parsed = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    return { ok: response.ok, status: response.status, body: parsed, message: parsed.errors?.[0]?.message }
  } catch {
    return { ok: false, status: 0, body: undefined }
  }
}
