/** `/healthz`: alive and serving, for load balancers and the scripts that start the server. */
import { send } from '@/http/send'
import type { Mount } from '../mount'

export const health: Mount = ({ req, res, pathname }) => {
  if (pathname !== '/healthz') return false
  res.setHeader('Cache-Control', 'no-store')
  send(req, res, 200, 'text/plain; charset=utf-8', 'ok')
  return true
}
