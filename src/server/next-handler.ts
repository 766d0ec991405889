import type { IncomingMessage, ServerResponse } from 'node:http'
import next from 'next'

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** Next.js, for the admin and the API only. It shares the process, and the Payload instance, with us. */
export async function createNextHandler(dir: string): Promise<NextHandler> {
  const app = next({ dev: false, dir, quiet: true })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req: IncomingMessage, res: ServerResponse) => handle(req, res)
}
