import type { CollectionBeforeChangeHook } from 'payload'
import { brusselsDay } from '@/site/i18n'
import { fieldProblem } from '../../collections/validation'

/**
 * A round closes once: reopening would reopen a period whose reports are settled, so the cell opens
 * a new round instead. A round on chosen pillars or measures names at least one. Keeps the label
 * (the period) and the day it closed.
 */
export const guardRound: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  const before = operation === 'update' ? (originalDoc?.state as string | undefined) : undefined
  const state = (data.state ?? before ?? 'open') as string
  if (before === 'closed' && state !== 'closed') throw fieldProblem(req, collection.slug, 'state', 'roundStaysClosed')
  const scope = (data.scope ?? originalDoc?.scope ?? 'all') as string
  const chosen =
    scope === 'pillars' ? (data.pillars ?? originalDoc?.pillars) : scope === 'measures' ? (data.measures ?? originalDoc?.measures) : ['all']
  if (!Array.isArray(chosen) || chosen.length === 0) throw fieldProblem(req, collection.slug, scope, 'roundScopeEmpty')
  if (state === 'closed' && before !== 'closed') data.closedAt = new Date().toISOString()
  const start = data.periodStart ?? originalDoc?.periodStart
  const end = data.periodEnd ?? originalDoc?.periodEnd
  if (typeof start === 'string' && typeof end === 'string') data.label = `${brusselsDay(start)} – ${brusselsDay(end)}`
  return data
}
