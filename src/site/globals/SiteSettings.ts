import type { GlobalConfig } from 'payload'
import { anyone, isAdmin } from '@/access/roles'
import { announceGlobalChange } from '@/site/invalidation'

/** What every page says about the organisation. Settings are for admins only. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { nl: 'Site-instellingen', fr: 'Paramètres du site', en: 'Site settings' },
  admin: { group: { nl: 'Beheer', fr: 'Administration', en: 'Administration' } },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [announceGlobalChange] },
  fields: [
    { name: 'organisationName', type: 'text', localized: true, required: true, label: { nl: 'Naam van de organisatie', fr: 'Nom de l’organisation', en: 'Organisation name' } },
    { name: 'shortName', type: 'text', localized: true, required: true, label: { nl: 'Afkorting', fr: 'Sigle', en: 'Short name' } },
    { name: 'tagline', type: 'text', localized: true, label: { nl: 'Ondertitel', fr: 'Sous-titre', en: 'Tagline' } },
    { name: 'address', type: 'textarea', localized: true, label: { nl: 'Adres', fr: 'Adresse', en: 'Address' } },
    { name: 'phone', type: 'text', label: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' } },
    { name: 'email', type: 'email', label: { nl: 'E-mail', fr: 'E-mail', en: 'Email' } },
    {
      name: 'footerPages',
      type: 'relationship',
      relationTo: 'pages',
      hasMany: true,
      label: { nl: 'Pagina’s in de voettekst', fr: 'Pages dans le pied de page', en: 'Pages in the footer' },
      admin: { description: { nl: 'Bijvoorbeeld de toegankelijkheidsverklaring en de privacyverklaring.', fr: 'Par exemple la déclaration d’accessibilité et la déclaration de confidentialité.', en: 'For example the accessibility statement and the privacy statement.' } },
    },
    {
      name: 'aboutPage',
      type: 'relationship',
      relationTo: 'pages',
      label: { nl: 'Pagina “over ons”', fr: 'Page « à propos »', en: '“About us” page' },
      admin: { description: { nl: 'Deze pagina en de startpagina beschrijven de organisatie voor zoekmachines.', fr: 'Cette page et la page d’accueil décrivent l’organisation pour les moteurs de recherche.', en: 'This page and the home page describe the organisation to search engines.' } },
    },
    { name: 'accessibilityEmail', type: 'email', label: { nl: 'E-mail voor toegankelijkheidsproblemen', fr: 'E-mail pour les problèmes d’accessibilité', en: 'Email for accessibility problems' } },
  ],
}
