import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from '@/access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: { useAPIKey: false, maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: { nl: 'Beheer', fr: 'Administration', en: 'Administration' } },
  labels: {
    singular: { nl: 'Gebruiker', fr: 'Utilisateur', en: 'User' },
    plural: { nl: 'Gebruikers', fr: 'Utilisateurs', en: 'Users' },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user && (req.user.roles?.length ?? 0) > 0),
  },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role, value: role })),
      // Only an admin grants or removes roles, so nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
      label: { nl: 'Rollen', fr: 'Rôles', en: 'Roles' },
    },
  ],
}
