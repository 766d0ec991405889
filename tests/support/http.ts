import { request } from 'node:http'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * GET with the request target sent exactly as given (fetch and URL would normalise it), so
 * malformed and overlong targets reach the server as a visitor's browser or a bot sends them.
 */
export function rawGet(serverUrl: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(serverUrl)
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, method: 'GET', path: target, headers: { connection: 'close', ...headers }, timeout: 30_000 },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`GET ${target.slice(0, 80)}: no answer in 30 s`)))
    req.on('error', reject)
    req.end()
  })
}

/** What must never reach a visitor: a stack trace, an error class name, a server path. */
export function leaks(body: string, root: string): string[] {
  const found: string[] = []
  const stackLine = body.match(/^\s*at\s+\S.*(\(|:\d+:\d+)/m)
  if (stackLine) found.push(`a stack trace line: ${stackLine[0].trim().slice(0, 120)}`)
  const errorName = body.match(/\b\w*Error:/)
  if (errorName) found.push(`"${errorName[0]}"`)
  if (body.includes(root)) found.push(`the server path ${root}`)
  if (body.includes('node_modules')) found.push('"node_modules"')
  return found
}

export function htmlLang(body: string): string | undefined {
  return body.match(/<html[^>]*\slang="([^"]*)"/i)?.[1]
}

/** Text of HTML as a reader sees it: the five entities the site's renderer writes, decoded. */
export const decodeEntities = (html: string): string =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
