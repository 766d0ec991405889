/** The stylesheet, scripts and favicon: under a content hash they never change, so browsers keep them a year. */
import { setCommonHeaders } from '@/http/security-headers'
import { send } from '@/http/send'
import { favicon, findAsset } from '@/site/assets'
import type { Mount } from '../mount'

export const assets: Mount = ({ req, res, pathname }) => {
  const asset = pathname === '/favicon.ico' ? favicon : findAsset(pathname)
  if (!asset) return false
  setCommonHeaders(res)
  res.setHeader('Cache-Control', pathname === asset.href ? 'public, max-age=31536000, immutable' : 'public, max-age=86400')
  send(req, res, 200, asset.contentType, asset.body)
  return true
}
