/**
 * A Local API read inside a hook, in the hook's transaction, that leaves the request's language as
 * it found it: Payload sets the `req` it is given to the read's locale, which would make the write
 * under way store its text in another language.
 */
import type { PayloadRequest } from 'payload'

export async function keepingLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
