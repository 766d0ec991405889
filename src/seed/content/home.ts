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
      title: { nl: 'Burgers', fr: 'Citoyens', en: 'Residents' },
      text: {
        nl: 'Premies en tegemoetkomingen om te wonen, te huren en te renoveren in het Brussels Gewest.',
        fr: 'Primes et aides pour vous loger, louer et rénover dans la Région bruxelloise.',
        en: 'Grants and allowances to help you live, rent and renovate in the Brussels region.',
      },
      audience: 'citizens',
    },
    {
      title: { nl: 'Ondernemers', fr: 'Entrepreneurs', en: 'Entrepreneurs' },
      text: {
        nl: 'Steun om te investeren, vergunningen om iemand uit het buitenland aan te werven en om als zelfstandige te starten.',
        fr: 'Des aides pour investir, les permis pour engager une personne venue de l’étranger ou pour vous lancer comme indépendant.',
        en: 'Support to invest, and the permits to hire someone from abroad or to start out as self-employed.',
      },
      audience: 'entrepreneurs',
    },
    {
      title: { nl: 'Vzw’s en openbare instellingen', fr: 'ASBL et institutions publiques', en: 'Non-profits and public bodies' },
      text: {
        nl: 'Werkt u voor een vzw, een gemeente of een andere openbare instelling? Vind de diensten voor uw organisatie.',
        fr: 'Vous travaillez pour une ASBL, une commune ou une autre institution publique ? Trouvez les services destinés à votre organisation.',
        en: 'Do you work for a non-profit, a municipality or another public body? Find the services for your organisation.',
      },
      audience: 'non-profits-public-bodies',
    },
  ],
  lifeSituations: [
    {
      title: { nl: 'Uw woning renoveren', fr: 'Rénover son logement', en: 'Renovating your home' },
      text: {
        nl: 'Vraag online een Renolution-premie aan voor isolatie, verwarming of andere werken.',
        fr: 'Demandez en ligne une prime Renolution pour l’isolation, le chauffage ou d’autres travaux.',
        en: 'Apply online for a Renolution grant for insulation, heating or other work.',
      },
      service: 'renovation-grant',
    },
    {
      title: { nl: 'Een woning huren', fr: 'Louer un logement', en: 'Renting a home' },
      text: {
        nl: 'Wacht u op een sociale woning? Misschien hebt u recht op een huurtoelage.',
        fr: 'Vous attendez un logement social ? Vous avez peut-être droit à une allocation loyer.',
        en: 'Waiting for a social home? You may be entitled to a rent allowance.',
      },
      service: 'rent-allowance',
    },
    {
      title: { nl: 'Iemand uit het buitenland aanwerven', fr: 'Engager un travailleur étranger', en: 'Hiring someone from abroad' },
      text: {
        nl: 'De gecombineerde vergunning om te werken en te verblijven, in één aanvraag.',
        fr: 'Le permis unique pour travailler et séjourner, en une seule demande.',
        en: 'The single permit to work and stay, in one application.',
      },
      service: 'single-permit',
    },
    {
      title: { nl: 'Een bedrijf starten of laten groeien', fr: 'Créer ou développer son entreprise', en: 'Starting or growing a business' },
      text: {
        nl: 'Investeringssteun, de beroepskaart voor buitenlandse zelfstandigen en andere diensten voor ondernemers.',
        fr: 'Aide à l’investissement, carte professionnelle pour indépendants étrangers et autres services aux entreprises.',
        en: 'Investment grants, the professional card for self-employed people from abroad and other services for businesses.',
      },
      theme: 'economy-employment',
    },
    {
      title: { nl: 'Werken op straat en vervoer', fr: 'Chantiers et transport', en: 'Roadworks and transport' },
      text: {
        nl: 'Werken op de openbare weg aanvragen, een taxidienst uitbaten.',
        fr: 'Demander un chantier en voirie, exploiter un service de taxis.',
        en: 'Applying for works on the public road, running a taxi service.',
      },
      theme: 'mobility',
    },
    {
      title: { nl: 'Uw onroerende voorheffing', fr: 'Votre précompte immobilier', en: 'Your property tax' },
      text: {
        nl: 'Klopt uw aanslagbiljet niet? Zo dient u bezwaar in.',
        fr: 'Votre avertissement-extrait de rôle est incorrect ? Voici comment réclamer.',
        en: 'Is your tax bill wrong? Here is how to object.',
      },
      service: 'property-tax-objection',
    },
  ],
}
