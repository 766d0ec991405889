import type { GlobalConfig } from 'payload'
import { globalAccessFromMatrix } from '@/access/from-matrix'
import { identityField } from '@/site/identity/field'
import { announceGlobalChange } from '@/site/invalidation'

/** What every page says about the organisation. Settings are for admins only. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { nl: 'Site-instellingen', fr: 'Paramètres du site', en: 'Site settings' },
  admin: { group: { nl: 'Beheer', fr: 'Administration', en: 'Administration' } },
  access: globalAccessFromMatrix('site-settings'),
  hooks: { afterChange: [announceGlobalChange] },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      localized: true,
      required: true,
      label: { nl: 'Naam van de organisatie', fr: 'Nom de l’organisation', en: 'Organisation name' },
    },
    { name: 'shortName', type: 'text', localized: true, required: true, label: { nl: 'Afkorting', fr: 'Sigle', en: 'Short name' } },
    { name: 'tagline', type: 'text', localized: true, label: { nl: 'Ondertitel', fr: 'Sous-titre', en: 'Tagline' } },
    { name: 'address', type: 'textarea', localized: true, label: { nl: 'Adres', fr: 'Adresse', en: 'Address' } },
    { name: 'phone', type: 'text', label: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' } },
    { name: 'email', type: 'email', label: { nl: 'E-mail', fr: 'E-mail', en: 'Email' } },
    { name: 'hours', type: 'text', localized: true, label: { nl: 'Openingsuren', fr: 'Heures d’ouverture', en: 'Opening hours' } },
    {
      // Demo figures and documents are labelled once, here, instead of inside every sentence.
      name: 'demonstrationBanner',
      type: 'checkbox',
      defaultValue: false,
      label: {
        nl: 'Banner “demonstratie-inhoud” tonen',
        fr: 'Afficher le bandeau « contenu de démonstration »',
        en: 'Show the “demonstration content” banner',
      },
      admin: {
        description: {
          nl: 'Op elke pagina staat dan dat cijfers, verbintenissen en documenten voorbeelden zijn, geen officiële gegevens. Zet dit uit zodra de site echte inhoud toont.',
          fr: 'Chaque page indique alors que les chiffres, engagements et documents sont des exemples, pas des données officielles. Désactivez-le dès que le site montre du contenu réel.',
          en: 'Every page then says that figures, commitments and documents are examples, not official data. Switch it off once the site shows real content.',
        },
      },
    },
    {
      name: 'footerPages',
      type: 'relationship',
      relationTo: 'pages',
      hasMany: true,
      label: { nl: 'Pagina’s in de voettekst', fr: 'Pages dans le pied de page', en: 'Pages in the footer' },
      admin: {
        description: {
          nl: 'Bijvoorbeeld de toegankelijkheidsverklaring en de privacyverklaring.',
          fr: 'Par exemple la déclaration d’accessibilité et la déclaration de confidentialité.',
          en: 'For example the accessibility statement and the privacy statement.',
        },
      },
    },
    {
      name: 'aboutPage',
      type: 'relationship',
      relationTo: 'pages',
      label: { nl: 'Pagina “over ons”', fr: 'Page « à propos »', en: '“About us” page' },
      admin: {
        description: {
          nl: 'Deze pagina en de startpagina beschrijven de organisatie voor zoekmachines.',
          fr: 'Cette page et la page d’accueil décrivent l’organisation pour les moteurs de recherche.',
          en: 'This page and the home page describe the organisation to search engines.',
        },
      },
    },
    {
      name: 'privacyPage',
      type: 'relationship',
      relationTo: 'pages',
      label: { nl: 'Privacyverklaring', fr: 'Déclaration de confidentialité', en: 'Privacy statement' },
      admin: {
        description: {
          nl: 'Het contactformulier verwijst ernaar bij de toestemming.',
          fr: 'Le formulaire de contact y renvoie pour le consentement.',
          en: 'The contact form links to it where it asks for consent.',
        },
      },
    },
    {
      name: 'contactReferencePrefix',
      type: 'text',
      required: true,
      defaultValue: 'GOB',
      validate: (value: unknown) => (typeof value === 'string' && /^[A-Z]{2,10}$/.test(value) ? true : 'A–Z, 2 to 10 letters'),
      label: { nl: 'Voorvoegsel van de referentienummers', fr: 'Préfixe des numéros de référence', en: 'Prefix of reference numbers' },
      admin: {
        description: {
          nl: 'Bijvoorbeeld GOB geeft GOB-2026-000123.',
          fr: 'Par exemple GOB donne GOB-2026-000123.',
          en: 'For example GOB gives GOB-2026-000123.',
        },
      },
    },
    {
      name: 'contactAnswerDays',
      type: 'number',
      min: 1,
      max: 60,
      defaultValue: 10,
      label: {
        nl: 'Beloofde antwoordtermijn (werkdagen)',
        fr: 'Délai de réponse promis (jours ouvrables)',
        en: 'Promised answer time (working days)',
      },
      admin: {
        description: {
          nl: 'Berichten die langer zonder antwoord blijven, staan op het dashboard van de behandelaars.',
          fr: 'Les messages restés plus longtemps sans réponse figurent sur le tableau de bord des gestionnaires.',
          en: 'Messages left unanswered for longer are shown on the handlers’ dashboard.',
        },
      },
    },
    {
      // Four eyes (src/back-office/approval): publishing these needs a second person's approval.
      name: 'approvalRequiredFor',
      type: 'select',
      hasMany: true,
      options: [
        { value: 'pages', label: { nl: 'Pagina’s', fr: 'Pages', en: 'Pages' } },
        { value: 'news', label: { nl: 'Nieuws', fr: 'Actualités', en: 'News' } },
        { value: 'documents', label: { nl: 'Documenten', fr: 'Documents', en: 'Documents' } },
      ],
      label: {
        nl: 'Publicatie na goedkeuring door een tweede persoon',
        fr: 'Publication après approbation par une deuxième personne',
        en: 'Publication after a second person’s approval',
      },
      admin: {
        description: {
          nl: 'Voor deze inhoud legt een redacteur ter goedkeuring voor; een andere redacteur of beheerder publiceert of stuurt terug met een opmerking.',
          fr: 'Pour ces contenus, un rédacteur soumet pour approbation ; un autre rédacteur ou administrateur publie ou renvoie avec un commentaire.',
          en: 'For this content an editor submits for approval; another editor or administrator publishes it or returns it with a comment.',
        },
      },
    },
    identityField,
    {
      name: 'accessibilityEmail',
      type: 'email',
      label: {
        nl: 'E-mail voor toegankelijkheidsproblemen',
        fr: 'E-mail pour les problèmes d’accessibilité',
        en: 'Email for accessibility problems',
      },
    },
  ],
}
