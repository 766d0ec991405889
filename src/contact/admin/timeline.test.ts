import assert from 'node:assert/strict'
import { it } from 'node:test'
import { timelineOf } from './timeline'

const names = new Map([['7', 'Lotte Claes']])

it('says each event in words, in the admin language, with who and when in Brussels time, oldest first', () => {
  const entries = timelineOf(
    [
      { at: '2026-11-23T12:55:00.000Z', kind: 'status', actor: 7, text: 'new → answered' },
      { at: '2026-11-23T12:51:00.000Z', kind: 'received' },
      { at: '2026-11-23T12:53:00.000Z', kind: 'assigned', actor: { id: 7 }, text: '—' },
      { at: '2026-11-23T12:52:00.000Z', kind: 'assigned', actor: 7, text: 'Lotte Claes' },
      { at: '2026-11-23T12:54:00.000Z', kind: 'answer', actor: 99, text: 'Beste,\nhier is ons antwoord.' },
    ],
    names,
    'nl',
  )
  assert.deepEqual(
    entries.map(({ when, what, who, text }) => [when, what, who, text]),
    [
      ['23 november 2026 13:51', 'Ontvangen', 'door het systeem', undefined],
      ['23 november 2026 13:52', 'Toegewezen aan Lotte Claes', 'door Lotte Claes', undefined],
      ['23 november 2026 13:53', 'Niet meer toegewezen', 'door Lotte Claes', undefined],
      ['23 november 2026 13:54', 'Antwoord verstuurd', 'door een vroegere medewerker', 'Beste,\nhier is ons antwoord.'],
      ['23 november 2026 13:55', 'Status: Nieuw → Beantwoord', 'door Lotte Claes', undefined],
    ],
  )
  const french = timelineOf([{ at: '2026-11-23T12:55:00.000Z', kind: 'status', actor: 7, text: 'new → answered' }], names, 'fr')
  assert.equal(french[0]?.what, 'Statut : Nouveau → Répondu')
})
