import { defineMessages } from '@/site/i18n/define'

/** The pages about the organisation: home, missions, administrations, content pages. */
export const organisationMessages = defineMessages({
  nl: {
    lastUpdated: 'Laatst bijgewerkt op {date}',
    audiencesHeading: 'Voor wie werken we?',
    lifeSituationsHeading: 'Waarmee kunnen we u helpen?',
    explore: 'Ontdek onze organisatie',
    missionsHeading: 'Onze opdrachten',
    missionsLead: 'Wat de GOB doet, in {count} opdrachten, en welke administraties ze uitvoeren.',
    carriedOutBy: 'Uitgevoerd door',
    administrationsHeading: 'Onze administraties',
    administrationsLead: 'De {count} administraties, wat ze doen en hoe u ze bereikt.',
    administrationMissions: 'Opdrachten van deze administratie',
    contactDetails: 'Contactgegevens',
  },
  fr: {
    lastUpdated: 'Dernière mise à jour le {date}',
    audiencesHeading: 'Pour qui travaillons-nous ?',
    lifeSituationsHeading: 'En quoi pouvons-nous vous aider ?',
    explore: 'Découvrir notre organisation',
    missionsHeading: 'Nos missions',
    missionsLead: 'Ce que fait le SPRB, en {count} missions, et les administrations qui les portent.',
    carriedOutBy: 'Portée par',
    administrationsHeading: 'Nos administrations',
    administrationsLead: 'Les {count} administrations, ce qu’elles font et comment les joindre.',
    administrationMissions: 'Missions de cette administration',
    contactDetails: 'Coordonnées',
  },
  en: {
    lastUpdated: 'Last updated on {date}',
    audiencesHeading: 'Who do we work for?',
    lifeSituationsHeading: 'What can we help you with?',
    explore: 'Explore our organisation',
    missionsHeading: 'Our missions',
    missionsLead: 'What the organisation does, in {count} missions, and the administrations that carry them out.',
    carriedOutBy: 'Carried out by',
    administrationsHeading: 'Our administrations',
    administrationsLead: 'The {count} administrations, what they do and how to reach them.',
    administrationMissions: 'Missions of this administration',
    contactDetails: 'Contact details',
  },
})
