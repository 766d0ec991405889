import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'

/** One row per reference series (prefix and year); see reference.ts. Not for people to edit. */
export const ContactCounters: CollectionConfig = {
  slug: 'contact-counters',
  admin: { hidden: true },
  access: accessFromMatrix('contact-counters'),
  fields: [
    { name: 'series', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
