import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { CollectionConfig, Field, LabelFunction } from 'payload'
import { collectionInAdminLanguage } from './labels'

const call = (label: unknown, language: string) =>
  (label as LabelFunction)({ i18n: { language, fallbackLanguage: 'nl' }, t: () => '' } as unknown as Parameters<LabelFunction>[0])

describe('names in the admin’s language', () => {
  it('gives the browser a collection’s and every field’s name as a string in the admin’s language', () => {
    const collection: CollectionConfig = {
      slug: 'things',
      labels: { singular: { nl: 'Ding', fr: 'Chose', en: 'Thing' }, plural: { nl: 'Dingen', fr: 'Choses', en: 'Things' } },
      fields: [
        { name: 'title', type: 'text', label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
        { name: 'plain', type: 'text', label: 'Plain' },
        {
          type: 'tabs',
          tabs: [{ label: 'Tab', fields: [{ name: 'deep', type: 'text', label: { nl: 'Diep', fr: 'Profond', en: 'Deep' } }] }],
        },
      ],
    }
    const resolved = collectionInAdminLanguage(collection)
    assert.equal(call(resolved.labels?.singular, 'fr'), 'Chose')
    assert.equal(call(resolved.labels?.plural, 'en'), 'Things')
    assert.equal(call(resolved.labels?.plural, 'de'), 'Dingen', 'another language falls back to Dutch')
    const [title, plain, tabs] = resolved.fields as [
      Field & { label: unknown },
      Field & { label: unknown },
      Field & { tabs: { fields: (Field & { label: unknown })[] }[] },
    ]
    assert.equal(call(title.label, 'nl'), 'Titel')
    assert.equal(plain.label, 'Plain')
    assert.equal(call(tabs.tabs[0]!.fields[0]!.label, 'fr'), 'Profond')
  })
})
