/** @jsxImportSource @/site/html */
import type { Administration } from '@/payload-types'
import type { ViewContext } from '@/site/context'
import { isSafeLink } from '@/site/fields/link'

/** How to reach one administration (or the organisation): the fields it has, as a description list. */
export function ContactList({ contact, ctx }: { contact: NonNullable<Administration['contact']>; ctx: ViewContext }) {
  const { t } = ctx
  return (
    <dl>
      {contact.address
        ? [
            <dt>{t('address')}</dt>,
            <dd class="address">{contact.address.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}</dd>,
          ]
        : null}
      {contact.phone
        ? [
            <dt>{t('phone')}</dt>,
            <dd>
              <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
            </dd>,
          ]
        : null}
      {contact.email
        ? [
            <dt>{t('email')}</dt>,
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>,
          ]
        : null}
      {contact.hours ? [<dt>{t('openingHours')}</dt>, <dd>{contact.hours}</dd>] : null}
      {contact.website && isSafeLink(contact.website)
        ? [
            <dt>{t('website')}</dt>,
            <dd>
              <a href={contact.website}>{contact.website}</a>
            </dd>,
          ]
        : null}
    </dl>
  )
}
