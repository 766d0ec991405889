/**
 * The jobs queue starts with Payload, before `npm start` has applied migrations; jobs wait until
 * the server opens this gate (src/server/main.ts), so none runs against a schema not yet there.
 */
let open = false

export function openJobs(): void {
  open = true
}

/** A stopping server takes no new job (src/server/lifecycle.ts). */
export function closeJobs(): void {
  open = false
}

export function jobsMayRun(): boolean {
  return open && process.env.BELFORT_JOBS !== 'off'
}
