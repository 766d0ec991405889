import type { SeedHome } from './types'

export const home: SeedHome = {
  heading: {
    nl: 'Ten dienste van Brussel',
    fr: 'Au service de Bruxelles',
    en: 'Working for Brussels',
  },
  lead: {
    nl: 'De Gewestelijke Overheidsdienst Brussel bereidt het beleid van de Brusselse Regering voor en voert het uit. Met ongeveer 1.600 medewerkers in 8 administraties helpen we u als u in Brussel woont, werkt of onderneemt.',
    fr: 'Le Service public régional de Bruxelles prépare et met en œuvre la politique du Gouvernement bruxellois. Avec quelque 1 600 collaborateurs répartis dans 8 administrations, nous vous aidons si vous vivez, travaillez ou entreprenez à Bruxelles.',
    en: 'The Brussels Regional Public Service prepares and carries out the policy of the Brussels Government. With about 1,600 staff in 8 administrations, we help you live, work and run a business in Brussels.',
  },
  audiences: [
    {
      title: {
        nl: 'Burgers',
        fr: 'Citoyens',
        en: 'Residents',
      },
      text: {
        nl: 'Hulp bij wonen, renoveren en u verplaatsen in het Brussels Gewest.',
        fr: 'De l’aide pour vous loger, rénover et vous déplacer dans la Région bruxelloise.',
        en: 'Help with housing, renovation and getting around the Brussels region.',
      },
      administration: 'housing',
    },
    {
      title: {
        nl: 'Ondernemers',
        fr: 'Entrepreneurs',
        en: 'Entrepreneurs',
      },
      text: {
        nl: 'Steun om uw bedrijf op te starten of te laten groeien, en regels voor wie werknemers aanwerft.',
        fr: 'Un soutien pour lancer ou développer votre entreprise, et les règles à connaître quand vous engagez du personnel.',
        en: 'Support to start or grow your business, and the rules to follow when you take on staff.',
      },
      administration: 'economy-employment',
    },
    {
      title: {
        nl: 'Vzw’s en openbare instellingen',
        fr: 'ASBL et institutions publiques',
        en: 'Non-profits and public bodies',
      },
      text: {
        nl: 'Werkt u voor een vzw, een gemeente of een andere openbare instelling? Ontdek hoe we met u samenwerken.',
        fr: 'Vous travaillez pour une ASBL, une commune ou une autre institution publique ? Découvrez comment nous travaillons avec vous.',
        en: 'Do you work for a non-profit, a municipality or another public body? Find out how we work with you.',
      },
      page: 'about',
    },
  ],
  lifeSituations: [
    {
      title: {
        nl: 'U verplaatsen',
        fr: 'Se déplacer',
        en: 'Getting around',
      },
      text: {
        nl: 'Gewestwegen, tunnels, fietspaden en de planning van het openbaar vervoer.',
        fr: 'Voiries régionales, tunnels, pistes cyclables et planification des transports publics.',
        en: 'Regional roads, tunnels, cycle lanes and public transport planning.',
      },
      administration: 'mobility',
    },
    {
      title: {
        nl: 'Werken',
        fr: 'Travailler',
        en: 'Working',
      },
      text: {
        nl: 'Werkvergunningen en het Brusselse beleid voor meer en betere banen.',
        fr: 'Autorisations de travail et politique bruxelloise pour l’emploi.',
        en: 'Work permits and the Brussels policy for more and better jobs.',
      },
      administration: 'economy-employment',
    },
    {
      title: {
        nl: 'Uw woning renoveren',
        fr: 'Rénover son logement',
        en: 'Renovating your home',
      },
      text: {
        nl: 'Premies en informatie voor wie zijn woning wil verbeteren.',
        fr: 'Primes et informations pour améliorer votre logement.',
        en: 'Grants and information to help you improve your home.',
      },
      administration: 'housing',
    },
    {
      title: {
        nl: 'Openbare ruimte',
        fr: 'Espace public',
        en: 'Public space',
      },
      text: {
        nl: 'Straten en pleinen die veilig en aangenaam zijn voor iedereen.',
        fr: 'Des rues et des places sûres et agréables pour tous.',
        en: 'Streets and squares that are safe and pleasant for everyone.',
      },
      administration: 'mobility',
    },
    {
      title: {
        nl: 'Een bedrijf starten',
        fr: 'Créer son entreprise',
        en: 'Starting a business',
      },
      text: {
        nl: 'Financiële steun en advies voor wie in Brussel een zaak begint.',
        fr: 'Aides financières et conseils pour lancer votre activité à Bruxelles.',
        en: 'Grants and advice for anyone setting up a business in Brussels.',
      },
      administration: 'economy-employment',
    },
  ],
}
