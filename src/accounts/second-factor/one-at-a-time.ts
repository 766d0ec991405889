/**
 * Runs an account's second-factor checks one after the other in this process, so that one code
 * sent twice at once is not accepted twice (the TOTP step is also claimed with a conditional write,
 * which holds across instances; a recovery code's crossing-off relies on this).
 */
const queues = new Map<string, Promise<unknown>>()

export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(work, work)
  const settled = run.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}
