/**
 * The report's "add a best bet" / "add a synonym" links open a create screen with the query filled
 * in: the field's default value is read from the screen's address (`?query=…`, `?terms=…`). Only a
 * field left empty takes it, and it is validated on save like anything typed.
 */
import type { PayloadRequest } from 'payload'

type DefaultValueArgs = { req: PayloadRequest }

export function fromAddress(
  param: string,
  otherwise?: string,
  allowed?: readonly string[],
): (args: DefaultValueArgs) => string | undefined {
  return ({ req }) => {
    const value = req?.query?.[param]
    const text = typeof value === 'string' ? value.slice(0, 200) : undefined
    if (text === undefined || (allowed && !allowed.includes(text))) return otherwise
    return text
  }
}
