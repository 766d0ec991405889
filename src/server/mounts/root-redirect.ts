/** `/`: a temporary redirect to the home page in the visitor's language (Accept-Language, Dutch by default). */
import { negotiateLocale } from '@/site/i18n'
import { homePath } from '@/site/routes'
import type { Mount } from '../mount'

export const rootRedirect: Mount = ({ req, res, pathname }) => {
  if (pathname !== '/') return false
  res.statusCode = 302
  res.setHeader('Location', homePath(negotiateLocale(req.headers['accept-language'])))
  res.setHeader('Vary', 'Accept-Language')
  res.setHeader('Cache-Control', 'no-store')
  res.end()
  return true
}
