import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { answerWithoutSuggestions, withoutSuggestion } from './schema-suggestions'

describe('withoutSuggestion', () => {
  it('takes graphql-js’s suggestions out of a message', () => {
    assert.equal(
      withoutSuggestion('Cannot query field "Newss" on type "Query". Did you mean "News"?'),
      'Cannot query field "Newss" on type "Query".',
    )
    assert.equal(
      withoutSuggestion('Unknown argument "limt" on field "Query.allNews". Did you mean "limit", "locale", or "page"?'),
      'Unknown argument "limt" on field "Query.allNews".',
    )
    assert.equal(
      withoutSuggestion('Cannot query field "x" on type "Doc". Did you mean to use an inline fragment on "News"?'),
      'Cannot query field "x" on type "Doc".',
    )
  })
  it('leaves the data of an answer alone', async () => {
    const answer = { data: { page: { title: 'Did you mean "this"?' } }, errors: [{ message: 'Unknown type "Nws". Did you mean "News"?' }] }
    const handler = answerWithoutSuggestions(async () => Response.json(answer, { status: 200 }))
    const body = await (await handler(new Request('http://x/api/graphql'))).json()
    assert.deepEqual(body, { data: { page: { title: 'Did you mean "this"?' } }, errors: [{ message: 'Unknown type "Nws".' }] })
  })
})
