import type { Localized } from '@/site/i18n/localized'
import type { MeasureStatus } from '@/tracker/rollup'
import type { PartnerKey, ReportWorkflow, SeedReport } from './types'

/** The reporting periods of the demo: three half-years, and a quarter still being reviewed. */
export const PERIODS = [
  ['2025-01-01', '2025-06-30'],
  ['2025-07-01', '2025-12-31'],
  ['2026-01-01', '2026-06-30'],
  ['2026-07-01', '2026-09-30'],
] as const

const PERIOD_END: Localized[] = [
  { nl: 'eind juni 2025', fr: 'à fin juin 2025', en: 'at the end of June 2025' },
  { nl: 'eind december 2025', fr: 'à fin décembre 2025', en: 'at the end of December 2025' },
  { nl: 'eind juni 2026', fr: 'à fin juin 2026', en: 'at the end of June 2026' },
  { nl: 'eind september 2026', fr: 'à fin septembre 2026', en: 'at the end of September 2026' },
]

/** What a partner writes when nothing stands out, in a few wordings so the list does not read as one sentence. */
function routineAccount(status: MeasureStatus, percent: number, period: number, variant: number): Localized {
  const end = PERIOD_END[period] ?? PERIOD_END[0]!
  if (status === 'on-track') {
    const variants: Localized[] = [
      {
        nl: `Het werk loopt volgens planning: ${percent} % uitgevoerd ${end.nl}.`,
        fr: `Le travail avance comme prévu : ${percent} % réalisés ${end.fr}.`,
        en: `Work is going to plan: ${percent}% complete ${end.en}.`,
      },
      {
        nl: `Goede vooruitgang deze periode: ${percent} % van de maatregel is gerealiseerd ${end.nl} en de einddatum blijft haalbaar.`,
        fr: `Bonne progression sur la période : ${percent} % de la mesure sont réalisés ${end.fr} et l’échéance reste tenable.`,
        en: `Good progress this period: ${percent}% of the measure is done ${end.en} and the due date remains within reach.`,
      },
      {
        nl: `De stappen van deze periode zijn afgerond (${percent} % ${end.nl}). De planning hoeft niet te veranderen.`,
        fr: `Les étapes prévues pour la période sont terminées (${percent} % ${end.fr}). Le calendrier ne doit pas changer.`,
        en: `The steps planned for this period are finished (${percent}% ${end.en}). The schedule does not need to change.`,
      },
    ]
    return variants[variant % variants.length]!
  }
  return {
    nl: `Stand van zaken ${end.nl}: ${percent} % uitgevoerd.`,
    fr: `État ${end.fr} : ${percent} % réalisés.`,
    en: `Position ${end.en}: ${percent}% complete.`,
  }
}

interface Step {
  status: MeasureStatus
  percent: number
  partner?: PartnerKey
  workflow?: ReportWorkflow
  reviewNote?: string
  account?: Localized
  evidence?: SeedReport['evidence']
}

/** Each measure's reports by period (index into PERIODS); an absent period has no report. */
const history: Record<string, Partial<Record<0 | 1 | 2 | 3, Step>>> = {
  '1.1.1.1': {
    0: { status: 'on-track', percent: 35 },
    1: {
      status: 'at-risk',
      percent: 40,
      account: {
        nl: 'Het loket is open, maar er komen minder aanvragen binnen dan verwacht en de vergunningen laten lang op zich wachten. Een campagne bij de handelaarsverenigingen is gepland.',
        fr: 'Le guichet est ouvert, mais les demandes sont moins nombreuses que prévu et les permis se font attendre. Une campagne auprès des associations de commerçants est prévue.',
        en: 'The one-stop shop is open, but fewer applications come in than expected and permits take a long time. A campaign with traders’ associations is planned.',
      },
    },
    2: {
      status: 'on-track',
      percent: 55,
      account: {
        nl: 'Na de campagne bij de handelaarsverenigingen is het aantal aanvragen verdubbeld. De maatregel zit weer op schema.',
        fr: 'Après la campagne auprès des associations de commerçants, le nombre de demandes a doublé. La mesure est de nouveau dans les temps.',
        en: 'After the campaign with traders’ associations, applications doubled. The measure is back on track.',
      },
    },
  },
  '1.1.1.2': { 0: { status: 'on-track', percent: 30 }, 1: { status: 'on-track', percent: 40 }, 2: { status: 'on-track', percent: 52 } },
  '1.1.2.1': {
    0: { status: 'on-track', percent: 70 },
    1: { status: 'on-track', percent: 85 },
    2: {
      status: 'done',
      percent: 100,
      account: {
        nl: 'Alle geplande daken zijn uitgerust en de installaties leveren stroom aan de bedrijven ter plaatse. De maatregel is afgerond.',
        fr: 'Tous les toits prévus sont équipés et les installations fournissent de l’électricité aux entreprises sur place. La mesure est terminée.',
        en: 'All the planned roofs are fitted and the installations supply power to the companies on site. The measure is complete.',
      },
      evidence: [
        {
          label: {
            nl: 'De bedrijventerreinen van citydev.brussels',
            fr: 'Les parcs d’activité de citydev.brussels',
            en: 'The citydev.brussels business parks',
          },
          url: 'https://www.citydev.brussels',
        },
      ],
    },
  },
  '1.1.2.2': {
    0: { status: 'on-track', percent: 45 },
    1: { status: 'on-track', percent: 52 },
    2: { status: 'on-track', percent: 60 },
    3: {
      status: 'on-track',
      percent: 64,
      workflow: 'submitted',
      account: {
        nl: 'Nieuwe leningen in het derde kwartaal, vooral voor warmtepompen. Wacht op validatie.',
        fr: 'Nouveaux prêts au troisième trimestre, surtout pour des pompes à chaleur. En attente de validation.',
        en: 'New loans in the third quarter, mostly for heat pumps. Awaiting validation.',
      },
    },
  },
  '1.1.2.3': {
    1: { status: 'on-track', percent: 20, partner: 'environment' },
    2: {
      status: 'at-risk',
      percent: 28,
      account: {
        nl: 'De klimaatvoorwaarden zijn samen met de sociale partners uitgewerkt, maar de regels moeten eenvoudiger voor kleine bedrijven. De invoering kan daardoor opschuiven.',
        fr: 'Les conditions climatiques ont été élaborées avec les partenaires sociaux, mais les règles doivent être simplifiées pour les petites entreprises. Leur entrée en vigueur pourrait être retardée.',
        en: 'The climate conditions were worked out with the social partners, but the rules must be simpler for small businesses. Their introduction may slip.',
      },
    },
  },
  '1.2.1.1': { 0: { status: 'on-track', percent: 50 }, 1: { status: 'on-track', percent: 58 }, 2: { status: 'on-track', percent: 65 } },
  '1.2.1.2': {
    0: {
      status: 'at-risk',
      percent: 40,
      account: {
        nl: 'Er zijn te weinig hergebruikte materialen beschikbaar om de openbare werven te bevoorraden, en er is nog geen opslagplaats gevonden.',
        fr: 'Les matériaux de réemploi disponibles ne suffisent pas pour approvisionner les chantiers publics, et aucun lieu de stockage n’a encore été trouvé.',
        en: 'Too few reused materials are available to supply the public building sites, and no storage site has been found yet.',
      },
    },
    1: {
      status: 'late',
      percent: 45,
      account: {
        nl: 'De einddatum van eind 2026 wordt niet gehaald: de opslagplaats voor materialen komt er pas in 2027. Een nieuwe planning wordt voorgelegd.',
        fr: 'L’échéance de fin 2026 ne sera pas tenue : le lieu de stockage des matériaux ne sera prêt qu’en 2027. Un nouveau calendrier sera proposé.',
        en: 'The end-2026 due date will be missed: the materials store will only be ready in 2027. A new schedule will be proposed.',
      },
    },
    2: {
      status: 'late',
      percent: 50,
      account: {
        nl: 'Er is een terrein voor de opslagplaats gevonden; de werken starten begin 2027. Voorstel: de einddatum naar eind 2027 verschuiven.',
        fr: 'Un terrain a été trouvé pour le lieu de stockage ; les travaux commencent début 2027. Proposition : reporter l’échéance à fin 2027.',
        en: 'A site for the store has been found; works start early 2027. Proposal: move the due date to the end of 2027.',
      },
    },
  },
  '1.2.1.3': { 0: { status: 'on-track', percent: 25 }, 1: { status: 'on-track', percent: 35 }, 2: { status: 'on-track', percent: 45 } },
  '1.2.2.1': { 0: { status: 'on-track', percent: 55 }, 1: { status: 'on-track', percent: 60 }, 2: { status: 'on-track', percent: 68 } },
  '1.2.2.2': {
    0: { status: 'on-track', percent: 40 },
    1: { status: 'on-track', percent: 48 },
    2: { status: 'on-track', percent: 55, partner: 'hub' },
  },
  '1.3.1.1': {
    0: { status: 'on-track', percent: 70 },
    1: { status: 'on-track', percent: 80 },
    2: { status: 'on-track', percent: 90 },
    3: {
      status: 'on-track',
      percent: 93,
      workflow: 'sent-back',
      reviewNote:
        'Het percentage steeg, maar de toelichting zegt niet wat er dit kwartaal gebeurde. Vul ze aan. / Le pourcentage a augmenté, mais le compte rendu ne dit pas ce qui s’est passé ce trimestre : complétez-le.',
      account: {
        nl: 'Het werk loopt verder.',
        fr: 'Le travail continue.',
        en: 'Work continues.',
      },
    },
  },
  '1.3.1.2': {
    0: { status: 'on-track', percent: 30 },
    1: { status: 'on-track', percent: 38 },
    2: { status: 'on-track', percent: 45 },
    3: {
      status: 'on-track',
      percent: 48,
      workflow: 'draft',
      account: {
        nl: 'Concept: de cijfers van het derde kwartaal moeten nog aangevuld worden.',
        fr: 'Brouillon : les chiffres du troisième trimestre doivent encore être complétés.',
        en: 'Draft: the third-quarter figures still need to be added.',
      },
    },
  },
  '1.3.1.3': { 1: { status: 'on-track', percent: 35 }, 2: { status: 'on-track', percent: 42, partner: 'actiris' } },
  '1.4.1.1': {
    0: { status: 'on-track', percent: 80 },
    1: { status: 'on-track', percent: 92 },
    2: {
      status: 'done',
      percent: 100,
      account: {
        nl: 'De laatste cheques zijn uitbetaald; ruim 1 200 kmo’s kregen een digitale check-up. De maatregel is afgerond.',
        fr: 'Les derniers chèques ont été payés ; plus de 1 200 PME ont reçu un bilan numérique. La mesure est terminée.',
        en: 'The last vouchers have been paid; more than 1,200 SMEs had a digital check-up. The measure is complete.',
      },
      evidence: [
        {
          label: { nl: 'Het aanbod van hub.brussels', fr: 'L’offre de hub.brussels', en: 'What hub.brussels offers' },
          url: 'https://hub.brussels',
        },
      ],
    },
  },
  '1.4.1.2': {
    0: { status: 'on-track', percent: 40 },
    1: {
      status: 'at-risk',
      percent: 44,
      account: {
        nl: 'Te weinig inschrijvingen voor de avondopleidingen. Het aanbod wordt aangepast aan de openingsuren van de handel.',
        fr: 'Trop peu d’inscriptions aux formations du soir. L’offre est adaptée aux heures d’ouverture des commerces.',
        en: 'Too few sign-ups for the evening courses. The offer is being fitted to shop opening hours.',
      },
    },
    2: { status: 'on-track', percent: 55 },
  },
  '1.4.2.1': {
    2: {
      status: 'not-started',
      percent: 0,
      account: {
        nl: 'De overheidsopdracht voor het platform loopt nog. Het werk begint na de gunning, verwacht in het najaar van 2026.',
        fr: 'Le marché public pour la plateforme est en cours. Le travail commencera après l’attribution, attendue à l’automne 2026.',
        en: 'The public tender for the platform is still running. Work begins once it is awarded, expected in autumn 2026.',
      },
    },
  },
  '1.5.1.1': { 0: { status: 'on-track', percent: 30 }, 1: { status: 'on-track', percent: 38 }, 2: { status: 'on-track', percent: 46 } },
  '1.5.1.2': {
    0: { status: 'on-track', percent: 50 },
    1: { status: 'on-track', percent: 60 },
    2: { status: 'on-track', percent: 68, partner: 'pro-velo' },
  },
  '1.5.1.3': {
    0: { status: 'on-track', percent: 25 },
    1: {
      status: 'at-risk',
      percent: 28,
      account: {
        nl: 'Bezwaren tegen de vergunning voor het tweede deel van het traject vertragen de werken.',
        fr: 'Des recours contre le permis de la seconde partie du tracé retardent les travaux.',
        en: 'Objections to the permit for the second part of the route are delaying the works.',
      },
    },
    2: {
      status: 'late',
      percent: 30,
      account: {
        nl: 'De vergunning is nog niet verleend. De ingebruikname schuift minstens een jaar op; een nieuwe planning volgt.',
        fr: 'Le permis n’est toujours pas délivré. La mise en service est reportée d’au moins un an ; un nouveau calendrier suivra.',
        en: 'The permit has still not been granted. Opening is delayed by at least a year; a new schedule will follow.',
      },
    },
  },
  '1.5.2.1': {
    0: { status: 'on-track', percent: 30 },
    1: {
      status: 'at-risk',
      percent: 32,
      account: {
        nl: 'Het terrein voor het distributiecentrum is nog niet vrij, en de vervoerders wachten af.',
        fr: 'Le terrain du centre de distribution n’est pas encore libre, et les transporteurs attendent.',
        en: 'The site for the consolidation centre is not yet free, and carriers are holding back.',
      },
    },
    2: {
      status: 'stopped',
      percent: 32,
      account: {
        nl: 'De regering heeft het terrein een andere bestemming gegeven. De maatregel wordt stopgezet; bakfietsleveringen worden verder gesteund via de bedrijfsvervoerplannen (1.5.1.2).',
        fr: 'Le gouvernement a affecté le terrain à un autre usage. La mesure est arrêtée ; les livraisons à vélo-cargo restent soutenues par les plans de déplacements d’entreprise (1.5.1.2).',
        en: 'The government has given the site another use. The measure is stopped; cargo-bike deliveries are still supported through company travel plans (1.5.1.2).',
      },
    },
  },
  '1.6.1.1': {
    0: {
      status: 'done',
      percent: 100,
      account: {
        nl: 'Het fonds is volledig toegekend: alle aanvragen zijn behandeld en de laatste leningen uitbetaald. De maatregel is afgerond.',
        fr: 'Le fonds est entièrement attribué : toutes les demandes ont été traitées et les derniers prêts versés. La mesure est terminée.',
        en: 'The fund is fully allocated: every application has been handled and the last loans paid out. The measure is complete.',
      },
      evidence: [
        {
          label: { nl: 'finance&invest.brussels', fr: 'finance&invest.brussels', en: 'finance&invest.brussels' },
          url: 'https://www.finance.brussels',
        },
      ],
    },
  },
  '1.6.1.2': { 0: { status: 'on-track', percent: 75 }, 1: { status: 'on-track', percent: 85 }, 2: { status: 'on-track', percent: 92 } },
  '2.1.1.1': {
    0: { status: 'on-track', percent: 45 },
    1: { status: 'on-track', percent: 55 },
    2: {
      status: 'at-risk',
      percent: 58,
      account: {
        nl: 'De extra groepen voor zorgberoepen zijn gestart, maar er zijn te weinig opleiders voor techniek en bouw. Zonder extra aanwervingen wordt de doelstelling van 2027 niet gehaald.',
        fr: 'Les groupes supplémentaires pour les métiers des soins ont démarré, mais les formateurs manquent en technique et en construction. Sans recrutements supplémentaires, l’objectif 2027 ne sera pas atteint.',
        en: 'The extra groups for care jobs have started, but there are too few trainers for technical trades and construction. Without more hiring the 2027 goal will be missed.',
      },
    },
  },
  '2.1.1.2': {
    0: { status: 'on-track', percent: 40 },
    1: { status: 'on-track', percent: 50 },
    2: { status: 'on-track', percent: 58 },
    3: {
      status: 'on-track',
      percent: 62,
      workflow: 'submitted',
      account: {
        nl: 'Twee nieuwe opleidingen zijn in september gestart, in logistiek en in onthaal. Wacht op validatie.',
        fr: 'Deux nouvelles formations ont démarré en septembre, en logistique et en accueil. En attente de validation.',
        en: 'Two new courses started in September, in logistics and in reception work. Awaiting validation.',
      },
    },
  },
  '2.1.1.3': { 0: { status: 'on-track', percent: 60 }, 1: { status: 'on-track', percent: 70 }, 2: { status: 'on-track', percent: 80 } },
  '2.1.2.1': { 0: { status: 'on-track', percent: 50 }, 1: { status: 'on-track', percent: 56 }, 2: { status: 'on-track', percent: 62 } },
  '2.1.2.2': {
    0: {
      status: 'at-risk',
      percent: 30,
      account: {
        nl: 'Te weinig bedrijven bieden een plaats aan. De sectoren worden aangesproken via de sociale partners.',
        fr: 'Trop peu d’entreprises proposent une place. Les secteurs sont sollicités par l’intermédiaire des partenaires sociaux.',
        en: 'Too few companies offer a place. The sectors are being approached through the social partners.',
      },
    },
    1: { status: 'on-track', percent: 38 },
    2: { status: 'on-track', percent: 45 },
  },
  '2.2.1.1': { 0: { status: 'on-track', percent: 45 }, 1: { status: 'on-track', percent: 55 }, 2: { status: 'on-track', percent: 64 } },
  '2.2.1.2': {
    0: { status: 'on-track', percent: 30 },
    1: { status: 'on-track', percent: 40 },
    2: {
      status: 'on-track',
      percent: 55,
      workflow: 'sent-back',
      reviewNote:
        'Het aantal plaatsingen verschilt van de maandcijfers die Actiris publiceert. Controleer het cijfer en vermeld de bron. / Le nombre de placements diffère des chiffres mensuels d’Actiris : vérifiez-le et indiquez la source.',
      account: {
        nl: 'Deze periode vonden 140 werkzoekenden een job in een circulair bedrijf.',
        fr: 'Sur la période, 140 demandeurs d’emploi ont trouvé un emploi dans une entreprise circulaire.',
        en: 'This period 140 jobseekers found a job in a circular business.',
      },
    },
  },
  '2.3.1.1': { 0: { status: 'on-track', percent: 55 }, 1: { status: 'on-track', percent: 62 }, 2: { status: 'on-track', percent: 70 } },
  '2.3.1.2': {
    2: {
      status: 'not-started',
      percent: 0,
      account: {
        nl: 'De eerste lessen beginnen in september 2026; de kmo’s worden nu aangeschreven.',
        fr: 'Les premiers cours commencent en septembre 2026 ; les PME sont contactées en ce moment.',
        en: 'The first lessons start in September 2026; SMEs are being contacted now.',
      },
    },
  },
  '2.4.1.1': {
    0: {
      status: 'at-risk',
      percent: 35,
      account: {
        nl: 'Minder diversiteitsplannen ondertekend dan gepland. De begeleiding wordt eenvoudiger gemaakt voor kleine werkgevers.',
        fr: 'Moins de plans de diversité signés que prévu. L’accompagnement est simplifié pour les petits employeurs.',
        en: 'Fewer diversity plans signed than planned. The guidance is being made simpler for small employers.',
      },
    },
    1: { status: 'on-track', percent: 42 },
    2: { status: 'on-track', percent: 50 },
  },
  '2.4.1.2': { 0: { status: 'on-track', percent: 60 }, 1: { status: 'on-track', percent: 75 }, 2: { status: 'on-track', percent: 88 } },
}

/** Every report of the demo, oldest period first (so later ones are the latest of their measure). */
export const reports: SeedReport[] = (() => {
  const list: SeedReport[] = []
  let variant = 0
  for (const period of [0, 1, 2, 3] as const) {
    for (const [measure, steps] of Object.entries(history)) {
      const step = steps[period]
      if (!step) continue
      list.push({
        measure,
        partner: step.partner,
        period: PERIODS[period],
        status: step.status,
        percent: step.percent,
        account: step.account ?? routineAccount(step.status, step.percent, period, variant++),
        workflow: step.workflow ?? 'validated',
        reviewNote: step.reviewNote,
        evidence: step.evidence,
      })
    }
  }
  return list
})()
