import assert from 'node:assert/strict'
import { test } from 'node:test'
import { GraphQLError } from 'graphql'
import { statusForRequestErrors } from './graphql-request-errors'

test('an error that wraps nothing (a variable that does not fit) is given a 400 to wrap', () => {
  const bare = new GraphQLError('Variable "$data" of required type "X!" was not provided.')
  statusForRequestErrors({ errors: [bare] })
  assert.equal((bare.originalError as Error & { status: number }).status, 400)
})

test('an error that wraps one (a 403 from an access rule) keeps it', () => {
  const denied = Object.assign(new Error('Forbidden'), { status: 403 })
  const wrapped = new GraphQLError('Forbidden', { originalError: denied })
  statusForRequestErrors({ errors: [wrapped] })
  assert.equal(wrapped.originalError, denied)
})

test('a result without errors is left alone', () => {
  const result: { data: unknown; errors?: unknown[] } = { data: { ok: true } }
  assert.equal(statusForRequestErrors(result), result)
})
