import type { SeedNavigationItem } from './types'

export const navigation: SeedNavigationItem[] = [
  { label: { nl: 'Diensten', fr: 'Services', en: 'Services' }, section: 'services' },
  { label: { nl: 'Over ons', fr: 'À propos', en: 'About us' }, page: 'about' },
  { label: { nl: 'Opdrachten', fr: 'Missions', en: 'Missions' }, section: 'missions' },
  { label: { nl: 'Administraties', fr: 'Administrations', en: 'Administrations' }, section: 'administrations' },
  { label: { nl: 'Strategisch plan', fr: 'Plan stratégique', en: 'Strategic plan' }, page: 'strategic-plan' },
  { label: { nl: 'Nieuws', fr: 'Actualités', en: 'News' }, section: 'news' },
  { label: { nl: 'Documenten', fr: 'Documents', en: 'Documents' }, section: 'documents' },
  { label: { nl: 'Opvolging Go4Brussels', fr: 'Suivi Go4Brussels', en: 'Go4Brussels progress' }, section: 'tracker' },
  { label: { nl: 'Contact', fr: 'Contact', en: 'Contact' }, section: 'contact' },
]
