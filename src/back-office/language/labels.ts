/**
 * Collection and field names resolved to the admin's language before they reach the browser.
 * Belfort names things `{ nl, fr, en }`; Payload hands that object to the browser as it is, and
 * some of its screens put it into a sentence without translating it: the "add new" button beside a
 * relationship field was read out as "Nieuw(e) [object Object] toevoegen", a list's sort buttons as
 * "Sorteer op [object Object] Oplopend". A name given as a function is called with the admin's
 * language when Payload builds the browser's configuration, so every screen gets a string.
 */
import type { CollectionConfig, Field, GlobalConfig, LabelFunction, StaticLabel } from 'payload'
import { LABEL_IN_EACH_LANGUAGE } from './label-text'
import { mapFields } from './map-fields'

type Label = LabelFunction | StaticLabel | false | undefined

/** `{ nl, fr, en }` as a function of the admin's language; any other label as it is. */
export function resolvedInAdminLanguage<L extends Label>(label: L): L | LabelFunction {
  if (!label || typeof label !== 'object') return label
  const byLanguage = label as Record<string, string>
  const inLanguage: LabelFunction = ({ i18n }) =>
    byLanguage[i18n.language] ?? byLanguage[String(i18n.fallbackLanguage)] ?? Object.values(byLanguage)[0] ?? ''
  return Object.assign(inLanguage, { [LABEL_IN_EACH_LANGUAGE]: byLanguage })
}

function fieldInAdminLanguage(field: Field): Field {
  if (!('label' in field) || !field.label || typeof field.label !== 'object') return field
  return { ...field, label: resolvedInAdminLanguage(field.label) } as Field
}

export function fieldsInAdminLanguage(fields: readonly Field[]): Field[] {
  return mapFields(fields, fieldInAdminLanguage)
}

export function collectionInAdminLanguage(collection: CollectionConfig): CollectionConfig {
  const labels = collection.labels
  return {
    ...collection,
    ...(labels ? { labels: { singular: resolvedInAdminLanguage(labels.singular), plural: resolvedInAdminLanguage(labels.plural) } } : {}),
    fields: fieldsInAdminLanguage(collection.fields),
  }
}

export function globalInAdminLanguage(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: fieldsInAdminLanguage(global.fields) }
}
