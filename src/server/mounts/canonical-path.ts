/**
 * Every public page's address in one spelling (`canonicalPath` in http/request-target.ts): a GET
 * or HEAD sent any other way (`//nl/x`, `/nl//x`, `/nl/%6eieuws`, `/nl`, `/nl/x/`) gets a 301 to it
 * before anything is rendered or cached. The page cache is keyed by the path as sent and only ever
 * stores canonical paths, so other spellings miss it, land here and cost a redirect, never a page;
 * and a page never builds its links from a spelling such as `//nl/…` (which a browser reads as a
 * host). Addresses outside the site's languages name no page: they are found as spelled or are 404.
 */
import type { Mount } from '../mount'

export const canonicalPaths: Mount = ({ req, res, pathname, canonicalPath, rawQuery, locale }) => {
  if (!locale || pathname === canonicalPath || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  res.statusCode = 301
  res.setHeader('Location', rawQuery ? `${canonicalPath}?${rawQuery}` : canonicalPath)
  res.end()
  return true
}
