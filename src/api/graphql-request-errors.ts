/**
 * A GraphQL request whose variables do not fit the operation (a required one missing, a string
 * where a number goes) fails inside graphql's `execute`, with an error that wraps no other. Payload's
 * GraphQL route reads the HTTP status from the wrapped error (`err.originalError.status`) and, finding
 * none, throws: the caller got an empty 500 for its own mistake. Each such error is given a wrapped
 * error that says 400 before the route reads it, so the answer is the spec's: the errors, each with
 * `extensions.statusCode` 400, and graphql's own message naming the variable.
 */
import type { Payload } from 'payload'

interface ErrorLike {
  originalError?: unknown
}

/** Gives every error of a result that wraps nothing a 400 to wrap (in place: the route maps the original errors). */
export function statusForRequestErrors<R extends { errors?: readonly unknown[] }>(result: R): R {
  for (const error of result.errors ?? []) {
    const graphqlError = error as ErrorLike
    if (graphqlError && typeof graphqlError === 'object' && !graphqlError.originalError) {
      graphqlError.originalError = Object.assign(new Error('bad request'), { name: 'BadRequest', status: 400 })
    }
  }
  return result
}

/** Installs it as Payload's result hook of the GraphQL route (`payload.extensions`, called with every result). */
export function answerGraphqlRequestErrorsWith400(payload: Payload): void {
  const previous = payload.extensions
  payload.extensions = async (args) => statusForRequestErrors(typeof previous === 'function' ? await previous(args) : args.result)
}
