import type { Payload } from 'payload'

/** The demo's synonym groups: the administration's acronyms in three languages, bodies people name differently, everyday words for official ones. */
export const SYNONYM_GROUPS: { terms: string; note: string }[] = [
  { terms: 'GOB, SPRB, BRPS', note: 'Gewestelijke Overheidsdienst Brussel / Service public régional de Bruxelles' },
  { terms: 'BISA, IBSA', note: 'Brussels Instituut voor Statistiek en Analyse / Institut bruxellois de statistique et d’analyse' },
  { terms: 'MIVB, STIB', note: 'Brussels public transport' },
  {
    terms: 'Actiris, Brusselse Gewestelijke Dienst voor Arbeidsbemiddeling, Office régional bruxellois de l’emploi',
    note: 'Employment office',
  },
  { terms: 'werkloosheid, werkzoekenden', note: 'Dutch: the everyday word and the statistics’ word' },
  { terms: 'chômage, demandeurs d’emploi', note: 'French: the everyday word and the statistics’ word' },
  { terms: 'unemployment, jobseekers', note: 'English: the everyday word and the statistics’ word' },
]

export async function seedSynonyms(payload: Payload): Promise<void> {
  for (const group of SYNONYM_GROUPS) await payload.create({ collection: 'search-synonyms', data: group, overrideAccess: true })
}
