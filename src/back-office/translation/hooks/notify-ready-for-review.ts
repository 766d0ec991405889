/**
 * When a translator marks a language ready for review, every editor gets an email in the language set
 * for their back-office emails, with a link to the item in that language, through the outbox.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { queueEmail } from '@/contact/mail/outbox'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { emailLanguageOf } from '@/back-office/email-language'
import { LOCALES } from '@/site/routes'
import { languageKey, translationMessages } from '../messages'
import type { TranslationRecord } from '../state'

export const notifyReadyForReview: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const now = (doc.translation ?? {}) as TranslationRecord
  const before = (previousDoc?.translation ?? {}) as TranslationRecord
  const newlyReady = LOCALES.filter((language) => now[language]?.ready && !before[language]?.ready)
  if (newlyReady.length === 0) return doc
  const { docs: editors } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: ['editor'] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const title = String(doc[collection.admin?.useAsTitle ?? 'title'] ?? doc.id)
  for (const language of newlyReady) {
    const link = `${req.payload.config.serverURL}/admin/collections/${collection.slug}/${doc.id}?locale=${language}`
    for (const editor of editors) {
      const text = translationMessages[emailLanguageOf(editor)]
      const vars = { language: text[languageKey(language)], title, link }
      await queueEmail(
        req.payload,
        {
          key: `ready-for-review/${collection.slug}/${doc.id}/${language}/${now[language]?.readyAt ?? ''}/${editor.id}`,
          kind: 'ready-for-review',
          to: editor.email,
          subject: fillPlaceholders(text.mailSubject, vars),
          text: fillPlaceholders(text.mailBody, vars),
        },
        { req },
      )
    }
  }
  return doc
}
