import type { SeedMission } from './types'

export const missions: SeedMission[] = [
  {
    order: 1,
    title: {
      nl: 'Een duurzame economie en werkgelegenheid',
      fr: 'Une économie durable et créatrice d’emplois',
      en: 'A sustainable economy and jobs',
    },
    summary: {
      nl: 'We helpen ondernemingen groeien en werken aan meer banen, met respect voor mens en milieu.',
      fr: 'Nous aidons les entreprises à se développer et agissons pour l’emploi, dans le respect des personnes et de l’environnement.',
      en: 'We help businesses grow and work for more jobs, with respect for people and the environment.',
    },
    administrations: ['economy-employment'],
  },
  {
    order: 2,
    title: {
      nl: 'Openbare ruimte, mobiliteit en erfgoed',
      fr: 'Espace public, mobilité et patrimoine',
      en: 'Public space, mobility and heritage',
    },
    summary: {
      nl: 'We richten straten en pleinen in, beheren de voorzieningen waarmee u zich verplaatst en zorgen voor het gebouwde erfgoed.',
      fr: 'Nous aménageons les rues et les places, gérons les équipements de mobilité et prenons soin du patrimoine bâti.',
      en: 'We design streets and squares, manage the infrastructure you use to get around and look after the built heritage.',
    },
    administrations: ['mobility'],
  },
  {
    order: 3,
    title: {
      nl: 'Een goede woning voor iedereen',
      fr: 'Un logement de qualité pour tous',
      en: 'A good home for everyone',
    },
    summary: {
      nl: 'We werken eraan dat iedereen in Brussel veilig, gezond en betaalbaar kan wonen.',
      fr: 'Nous agissons pour que chacun puisse vivre à Bruxelles dans un logement sûr, sain et abordable.',
      en: 'We work to make sure everyone in Brussels can live in a home that is safe, healthy and affordable.',
    },
    administrations: ['housing'],
  },
  {
    order: 4,
    title: {
      nl: 'Gezonde overheidsfinanciën',
      fr: 'Des finances publiques saines',
      en: 'Sound public finances',
    },
    summary: {
      nl: 'We beheren de middelen van het gewest, innen de gewestbelastingen en controleren hoe het geld besteed wordt.',
      fr: 'Nous gérons les moyens de la Région, percevons les impôts régionaux et contrôlons l’utilisation de l’argent public.',
      en: 'We manage the region’s money, collect regional taxes and check how public funds are spent.',
    },
    administrations: ['finance-budget', 'fiscality'],
  },
  {
    order: 5,
    title: {
      nl: 'Sterke lokale besturen',
      fr: 'Des pouvoirs locaux solides',
      en: 'Strong local government',
    },
    summary: {
      nl: 'We organiseren, adviseren en financieren de plaatselijke besturen, zodat de gemeenten u goed kunnen helpen.',
      fr: 'Nous organisons, conseillons et finançons les pouvoirs locaux, pour que les communes puissent bien vous servir.',
      en: 'We organise, advise and fund local authorities so that the municipalities can serve you well.',
    },
    administrations: ['local-authorities'],
  },
  {
    order: 6,
    title: {
      nl: 'Brussel in België, Europa en de wereld',
      fr: 'Bruxelles en Belgique, en Europe et dans le monde',
      en: 'Brussels in Belgium, Europe and the world',
    },
    summary: {
      nl: 'We vertegenwoordigen de GOB in nationale, Europese en internationale instellingen en geven mee vorm aan de rol van Brussel als hoofdstad van Europa.',
      fr: 'Nous représentons le SPRB dans les institutions nationales, européennes et internationales, et faisons vivre le rôle de Bruxelles comme capitale de l’Europe.',
      en: 'We represent the organisation in national, European and international institutions and help Brussels play its part as capital of Europe.',
    },
    administrations: ['international'],
  },
  {
    order: 7,
    title: {
      nl: 'Samenhang en ondersteuning',
      fr: 'Cohérence et soutien',
      en: 'Coherence and support',
    },
    summary: {
      nl: 'We stemmen het werk van de administraties op elkaar af en ondersteunen ze met personeelsbeleid, informatica en logistiek.',
      fr: 'Nous coordonnons le travail des administrations et les soutenons en matière de ressources humaines, d’informatique et de logistique.',
      en: 'We coordinate the work of the administrations and support them with human resources, IT and logistics.',
    },
    administrations: ['coordination'],
  },
]
