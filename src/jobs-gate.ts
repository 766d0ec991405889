/**
 * The jobs queue starts with Payload, before `npm start` has applied migrations; jobs wait until
 * the server opens this gate (src/server/main.ts), so none runs against a schema not yet there.
 */
let open = false

export function openJobs(): void {
  open = true
}

export function jobsMayRun(): boolean {
  return open && process.env.BELFORT_JOBS !== 'off'
}
