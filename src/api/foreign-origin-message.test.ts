import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { apiMessages } from './messages'

describe('the refusal of a signed-in write from another address', () => {
  // Payload's admin shows an API error as "<text before the first colon>: <the rest split at commas>".
  it('reads whole in the admin’s error toast: one colon, right before the address to use, and no comma', () => {
    const origin = 'http://127.0.0.1:3000'
    for (const language of ['nl', 'fr', 'en'] as const) {
      const message = fillPlaceholders(apiMessages[language].foreignOrigin, { origin })
      const colon = message.indexOf(':')
      assert.equal(message.slice(colon + 1).trim(), `${origin}/admin`, language)
      assert.equal(message.includes(','), false, language)
    }
  })
})
