/** `/data…`: the tracker's open data, which answers every method itself (CORS preflight, 405 as problem details). */
import type { Payload } from 'payload'
import { isDataPath, serveOpenData } from '@/tracker/open-data/http'
import type { Mount } from '../mount'

export const openData =
  (payload: Payload, origin: string): Mount =>
  async ({ req, res, pathname, query }) => {
    if (!isDataPath(pathname)) return false
    await serveOpenData(payload, req, res, origin, pathname, query)
    return true
  }
