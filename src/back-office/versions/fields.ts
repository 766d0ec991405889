/**
 * Who made each save and why: two fields kept in every version (Payload stores the whole document
 * per version), read by staff only. `editedBy` is set by the server from the signed-in person;
 * `versionNote` is what the editor writes for this save, emptied in the form after each save so
 * that it never drifts onto the next one.
 */
import type { Field, FieldAccess } from 'payload'

const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

export const editedByField: Field = {
  name: 'editedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { nl: 'Laatst bewaard door', fr: 'Dernier enregistrement par', en: 'Last saved by' },
  access: { read: staffOnly },
  custom: { aboutTheSave: true },
  admin: { position: 'sidebar', readOnly: true, allowCreate: false, allowEdit: false },
}

export const versionNoteField: Field = {
  name: 'versionNote',
  type: 'textarea',
  maxLength: 500,
  label: { nl: 'Interne notitie bij deze versie', fr: 'Note interne sur cette version', en: 'Internal note on this version' },
  access: { read: staffOnly },
  custom: { aboutTheSave: true },
  admin: {
    position: 'sidebar',
    description: {
      nl: 'Waarom u dit bewaart, voor collega’s; staat in de lijst van versies, nooit op de website.',
      fr: 'Pourquoi vous enregistrez, pour vos collègues ; figure dans la liste des versions, jamais sur le site.',
      en: 'Why you are saving this, for colleagues; shown in the versions list, never on the website.',
    },
    components: { Field: '/back-office/versions/admin/VersionNoteField#VersionNoteField' },
  },
}
