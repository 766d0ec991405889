/** Every public address takes GET and HEAD only (the contact form POST too): any other method is 405 with `Allow`. */
import { isContactForm } from '@/contact/pages'
import type { Mount } from '../mount'

export const readOnly: Mount = ({ req, res, segments, locale }) => {
  if (req.method === 'GET' || req.method === 'HEAD') return false
  res.setHeader('Allow', locale && isContactForm(locale, segments.slice(1)) ? 'GET, HEAD, POST' : 'GET, HEAD')
  res.statusCode = 405
  res.end()
  return true
}
