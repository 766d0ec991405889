import type { Payload } from 'payload'

/** Makes a value once per Payload instance, on first use (tests start several instances in one process). */
export function onePerPayload<T>(make: (payload: Payload) => T): (payload: Payload) => T {
  const made = new WeakMap<Payload, T>()
  return (payload) => {
    const known = made.get(payload)
    if (known !== undefined) return known
    const value = make(payload)
    made.set(payload, value)
    return value
  }
}
