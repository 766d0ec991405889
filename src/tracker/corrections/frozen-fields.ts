/**
 * What a published record may no longer have edited: a validated progress report and a final
 * (not provisional) indicator value are public record, so their values change only by a correction.
 */

/**
 * A report's fields that stay as validated: what it says of the measure and what it counts in. Its
 * text is left to the matrix (nobody may update a validated report) so that the server can still
 * add a translation.
 */
export const FROZEN_REPORT_FIELDS = ['status', 'percent', 'periodStart', 'periodEnd', 'measure', 'partner', 'workflow'] as const
/** An observation's fields that stay as published once the figure is final. */
export const FROZEN_OBSERVATION_FIELDS = ['indicator', 'date', 'value', 'unit', 'provisional'] as const

/** The context flag a correction sets on the write that applies it; clients cannot set a request's context. */
export const APPLYING_CORRECTION = 'applyingCorrection'

/** A relationship as sent (an id) or as read (a document): its id, to compare. */
function comparable(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value).toISOString()
  return value ?? null
}

/** The first of `fields` the write would change (a field it does not send stays as it was), or undefined. */
export function firstChanged(
  fields: readonly string[],
  data: Record<string, unknown>,
  before: Record<string, unknown>,
): string | undefined {
  return fields.find((field) => field in data && data[field] !== undefined && comparable(data[field]) !== comparable(before[field]))
}
