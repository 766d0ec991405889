import type { Localized } from '@/site/i18n/localized'
import type { DocumentKind } from '@/documents/collections/Documents'

/** One version of the strategy with the document that set it out, written for the demo. */
export interface SeedPlanVersion {
  year: number
  periodStart?: number
  periodEnd?: number
  title: Localized
  summary: Localized
  externalLink?: { url: string; label: Localized }
  document: {
    slug: Localized
    title: Localized
    summary: Localized
    kind: DocumentKind
    date: string
    /** The demo PDF's text, in the two languages the Region publishes in. */
    pdf: { nl: string[]; fr: string[] }
  }
}

export const DEMO_NOTICE = {
  nl: 'Demonstratiedocument van Belfort: geen officiële tekst. Het vat feiten samen in eigen woorden.',
  fr: 'Document de démonstration de Belfort : pas un texte officiel. Il résume des faits avec ses propres mots.',
}

export const planVersions: SeedPlanVersion[] = [
  {
    year: 2002,
    title: {
      nl: 'Sociaal Pact voor de Werkgelegenheid van de Brusselaars',
      fr: 'Pacte social pour l’emploi des Bruxellois',
      en: 'Social Pact for the Employment of Brussels Citizens',
    },
    summary: {
      nl: 'De eerste gedeelde afspraken tussen de Brusselse regering en de sociale partners, over economie, opleiding, werk en gelijke kansen.',
      fr: 'Les premiers engagements communs du gouvernement bruxellois et des partenaires sociaux, sur l’économie, la formation, l’emploi et l’égalité des chances.',
      en: 'The first shared commitments of the Brussels Government and the social partners, on the economy, training, employment and equal opportunities.',
    },
    document: {
      slug: { nl: 'sociaal-pact-2002', fr: 'pacte-social-2002', en: 'social-pact-2002' },
      title: {
        nl: 'Sociaal Pact voor de Werkgelegenheid van de Brusselaars (2002)',
        fr: 'Pacte social pour l’emploi des Bruxellois (2002)',
        en: 'Social Pact for the Employment of Brussels Citizens (2002)',
      },
      summary: {
        nl: 'De tekst waarin regering en sociale partners in 2002 hun engagementen voor werk in Brussel vastlegden.',
        fr: 'Le texte dans lequel le gouvernement et les partenaires sociaux ont fixé en 2002 leurs engagements pour l’emploi à Bruxelles.',
        en: 'The text in which the Government and the social partners set down their commitments for jobs in Brussels in 2002.',
      },
      kind: 'strategy',
      date: '2002-06-01',
      pdf: {
        nl: [
          'In 2002 sluiten de Brusselse regering en de sociale partners een pact om meer Brusselaars aan het werk te helpen.',
          'Het pact bevat engagementen op vier terreinen: de economie, de opleiding, de tewerkstelling en de gelijke kansen op de arbeidsmarkt.',
          'Het is het begin van een werkwijze waarin het Gewest zijn economische en sociale doelen samen met de werkgevers en de werknemers bepaalt.',
        ],
        fr: [
          'En 2002, le gouvernement bruxellois et les partenaires sociaux concluent un pacte pour aider davantage de Bruxellois à trouver un emploi.',
          'Le pacte contient des engagements dans quatre domaines : l’économie, la formation, l’emploi et l’égalité des chances sur le marché du travail.',
          'Il inaugure une façon de travailler dans laquelle la Région fixe ses objectifs économiques et sociaux avec les employeurs et les travailleurs.',
        ],
      },
    },
  },
  {
    year: 2005,
    periodStart: 2005,
    periodEnd: 2010,
    title: {
      nl: 'Contract voor de Economie en de Tewerkstelling',
      fr: 'Contrat pour l’économie et l’emploi',
      en: 'Contract for the Economy and Employment',
    },
    summary: {
      nl: 'Strategische doelen voor de Brusselse arbeidsmarkt, de Brusselse economie en een eenvoudigere administratie, voor 2005 tot 2010.',
      fr: 'Des objectifs stratégiques pour le marché de l’emploi bruxellois, l’économie bruxelloise et une administration plus simple, de 2005 à 2010.',
      en: 'Strategic goals for the Brussels job market, the Brussels economy and simpler administration, for 2005 to 2010.',
    },
    document: {
      slug: { nl: 'contract-economie-tewerkstelling-2005', fr: 'contrat-economie-emploi-2005', en: 'contract-economy-employment-2005' },
      title: {
        nl: 'Contract voor de Economie en de Tewerkstelling 2005–2010',
        fr: 'Contrat pour l’économie et l’emploi 2005–2010',
        en: 'Contract for the Economy and Employment 2005–2010',
      },
      summary: {
        nl: 'Het contract dat voor vijf jaar de doelen vastlegde voor werk, economie en administratieve vereenvoudiging.',
        fr: 'Le contrat qui a fixé pour cinq ans les objectifs en matière d’emploi, d’économie et de simplification administrative.',
        en: 'The contract that set the goals for jobs, the economy and administrative simplification for five years.',
      },
      kind: 'plan',
      date: '2005-04-01',
      pdf: {
        nl: [
          'Het Contract voor de Economie en de Tewerkstelling loopt van 2005 tot 2010.',
          'Het legt strategische doelen vast voor de Brusselse arbeidsmarkt en de Brusselse economie, en voor een administratieve vereenvoudiging die ondernemers en burgers tijd moet besparen.',
          'Regering en sociale partners volgen de uitvoering samen op.',
        ],
        fr: [
          'Le Contrat pour l’économie et l’emploi couvre la période de 2005 à 2010.',
          'Il fixe des objectifs stratégiques pour le marché de l’emploi bruxellois et l’économie bruxelloise, ainsi qu’une simplification administrative qui doit faire gagner du temps aux entreprises et aux citoyens.',
          'Le gouvernement et les partenaires sociaux en suivent ensemble la mise en œuvre.',
        ],
      },
    },
  },
  {
    year: 2011,
    title: {
      nl: 'Pact voor een Duurzame Stedelijke Groei (New Deal)',
      fr: 'Pacte de croissance urbaine durable (New Deal)',
      en: 'Pact for Sustainable Urban Growth (New Deal)',
    },
    summary: {
      nl: 'De New Deal zet in op breed overleg, doeltreffende partnerschappen, samenwerking over beleidsdomeinen heen en een sterker Brussel.',
      fr: 'Le New Deal mise sur une large concertation, des partenariats efficaces, la transversalité et une Bruxelles plus forte.',
      en: 'The New Deal relies on broad consultation, effective partnerships, working across policy areas and a stronger Brussels.',
    },
    document: {
      slug: { nl: 'new-deal-2011', fr: 'new-deal-2011', en: 'new-deal-2011' },
      title: {
        nl: 'Pact voor een Duurzame Stedelijke Groei (2011)',
        fr: 'Pacte de croissance urbaine durable (2011)',
        en: 'Pact for Sustainable Urban Growth (2011)',
      },
      summary: {
        nl: 'Het pact, ook New Deal genoemd, dat groei en werk in Brussel koppelde aan duurzaamheid.',
        fr: 'Le pacte, aussi appelé New Deal, qui a lié la croissance et l’emploi à Bruxelles au développement durable.',
        en: 'The pact, also called the New Deal, that tied growth and jobs in Brussels to sustainability.',
      },
      kind: 'strategy',
      date: '2011-04-01',
      pdf: {
        nl: [
          'Met het Pact voor een Duurzame Stedelijke Groei, de New Deal, kiest Brussel in 2011 voor groei die duurzaam is.',
          'De New Deal rust op breed overleg, op partnerschappen die resultaten halen, op transversaliteit tussen de beleidsdomeinen en op een sterker Brussel.',
        ],
        fr: [
          'Avec le Pacte de croissance urbaine durable, le New Deal, Bruxelles choisit en 2011 une croissance durable.',
          'Le New Deal repose sur une large concertation, sur des partenariats qui obtiennent des résultats, sur la transversalité entre les politiques et sur une Bruxelles plus forte.',
        ],
      },
    },
  },
  {
    year: 2015,
    periodStart: 2015,
    periodEnd: 2025,
    title: { nl: 'Strategie 2025', fr: 'Stratégie 2025', en: 'Strategy 2025' },
    summary: {
      nl: 'Economische en sociale doelen voor 2015 tot 2025. De strategie kreeg later de naam Go4Brussels 2025 en een eigen website.',
      fr: 'Des objectifs économiques et sociaux pour 2015 à 2025. La stratégie a ensuite été renommée Go4Brussels 2025 et a eu son propre site web.',
      en: 'Economic and social goals for 2015 to 2025. The strategy was later renamed Go4Brussels 2025 and had its own website.',
    },
    externalLink: {
      url: 'https://strategie2025.example',
      label: { nl: 'Website Strategie 2025', fr: 'Site de la Stratégie 2025', en: 'Strategy 2025 website' },
    },
    document: {
      slug: { nl: 'strategie-2025', fr: 'strategie-2025', en: 'strategy-2025' },
      title: { nl: 'Strategie 2025 voor Brussel', fr: 'Stratégie 2025 pour Bruxelles', en: 'Strategy 2025 for Brussels' },
      summary: {
        nl: 'De economische en sociale doelen van het Gewest en de sociale partners voor tien jaar.',
        fr: 'Les objectifs économiques et sociaux de la Région et des partenaires sociaux pour dix ans.',
        en: 'The economic and social goals of the Region and the social partners for ten years.',
      },
      kind: 'strategy',
      date: '2015-06-16',
      pdf: {
        nl: [
          'De Strategie 2025 bepaalt de economische en sociale doelen van het Brussels Hoofdstedelijk Gewest voor de periode 2015 tot 2025.',
          'Ze wordt later omgedoopt tot Go4Brussels 2025. Het besturen van de strategie gebeurt samen met de sociale partners.',
          'Een eigen website houdt het publiek op de hoogte van de voortgang.',
        ],
        fr: [
          'La Stratégie 2025 fixe les objectifs économiques et sociaux de la Région de Bruxelles-Capitale pour la période 2015 à 2025.',
          'Elle est ensuite rebaptisée Go4Brussels 2025. Sa gouvernance est partagée avec les partenaires sociaux.',
          'Un site web propre informe le public de son avancement.',
        ],
      },
    },
  },
  {
    year: 2020,
    periodEnd: 2030,
    periodStart: 2020,
    title: { nl: 'Strategie Go4Brussels 2030', fr: 'Stratégie Go4Brussels 2030', en: 'Go4Brussels 2030 strategy' },
    summary: {
      nl: 'Go4Brussels 2025 wordt bijgewerkt en heet voortaan Go4Brussels 2030.',
      fr: 'Go4Brussels 2025 est mise à jour et s’appelle désormais Go4Brussels 2030.',
      en: 'Go4Brussels 2025 is updated and renamed Go4Brussels 2030.',
    },
    document: {
      slug: { nl: 'go4brussels-2030', fr: 'go4brussels-2030', en: 'go4brussels-2030' },
      title: { nl: 'Strategie Go4Brussels 2030', fr: 'Stratégie Go4Brussels 2030', en: 'Go4Brussels 2030 strategy' },
      summary: {
        nl: 'De strategie met twee pijlers: de transitie van de Brusselse economie en werk en opleiding gericht op kwalificaties.',
        fr: 'La stratégie à deux piliers : la transition de l’économie bruxelloise, et l’emploi et la formation axés sur les qualifications.',
        en: 'The two-pillar strategy: the transition of the Brussels economy, and employment and training focused on qualifications.',
      },
      kind: 'strategy',
      date: '2020-01-16',
      pdf: {
        nl: [
          'Go4Brussels 2030 bouwt voort op Go4Brussels 2025 en op het regeerakkoord 2019–2024.',
          'De eerste pijler: de Brusselse economie tegen 2030 koolstofvrij maken en de circulaire economie, het sociaal ondernemerschap en de digitalisering sterker steunen.',
          'De tweede pijler: het beleid voor werk en opleiding richten op kwalificaties en allianties tussen werk en leefmilieu.',
          'Brupartners werkte mee aan de strategie; het BISA evalueert ze en de GOB volgt ze op.',
        ],
        fr: [
          'Go4Brussels 2030 prolonge Go4Brussels 2025 et s’appuie sur l’accord de gouvernement 2019–2024.',
          'Premier pilier : décarboner l’économie bruxelloise d’ici 2030 et soutenir davantage l’économie circulaire, l’entrepreneuriat social et la numérisation.',
          'Second pilier : orienter les politiques d’emploi et de formation vers les qualifications et les alliances emploi-environnement.',
          'Brupartners a contribué à la stratégie ; l’IBSA l’évalue et le SPRB en assure le suivi.',
        ],
      },
    },
  },
  {
    year: 2021,
    periodStart: 2021,
    periodEnd: 2030,
    title: {
      nl: 'Go4Brussels 2030, bijgewerkt na de coronacrisis',
      fr: 'Go4Brussels 2030, mise à jour après la crise du coronavirus',
      en: 'Go4Brussels 2030, updated after the COVID crisis',
    },
    summary: {
      nl: 'Begin 2021 wordt de strategie bijgewerkt om in te spelen op de nieuwe noden die de coronacrisis bracht.',
      fr: 'Début 2021, la stratégie est mise à jour pour répondre aux nouveaux besoins nés de la crise du coronavirus.',
      en: 'In early 2021 the strategy is updated to meet the new needs the COVID crisis brought.',
    },
    document: {
      slug: { nl: 'go4brussels-2030-update-2021', fr: 'go4brussels-2030-mise-a-jour-2021', en: 'go4brussels-2030-update-2021' },
      title: { nl: 'Go4Brussels 2030: update 2021', fr: 'Go4Brussels 2030 : mise à jour 2021', en: 'Go4Brussels 2030: 2021 update' },
      summary: {
        nl: 'De bijgewerkte strategie, met prioriteiten voor het herstel na de coronacrisis.',
        fr: 'La stratégie mise à jour, avec des priorités pour la relance après la crise du coronavirus.',
        en: 'The updated strategy, with priorities for the recovery after the COVID crisis.',
      },
      kind: 'strategy',
      date: '2021-02-01',
      pdf: {
        nl: [
          'De coronacrisis heeft de Brusselse economie en arbeidsmarkt hard geraakt. Begin 2021 werken de regering en Brupartners Go4Brussels 2030 daarom bij.',
          'De twee pijlers blijven, maar de prioriteiten verschuiven naar herstel: steun aan de getroffen sectoren, aan werkzoekenden en aan opleiding.',
          'Elk jaar maakt de Sociale Top de balans op en bepaalt de prioriteiten van het volgende jaar.',
        ],
        fr: [
          'La crise du coronavirus a durement touché l’économie et le marché de l’emploi bruxellois. Début 2021, le gouvernement et Brupartners mettent donc Go4Brussels 2030 à jour.',
          'Les deux piliers restent, mais les priorités se tournent vers la relance : soutien aux secteurs touchés, aux demandeurs d’emploi et à la formation.',
          'Chaque année, le Sommet social fait le bilan et fixe les priorités de l’année suivante.',
        ],
      },
    },
  },
]
