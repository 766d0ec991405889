/** Page feedback summed up per page and language, as the admin's figures and the dashboard show it. */
import type { Where } from 'payload'

/** The figures cover this many days up to now. */
export const FIGURE_DAYS = 30

export interface FeedbackRow {
  path: string
  language: string
  answer: 'yes' | 'no'
  comment?: string | null
  createdAt: string
}

export interface PageFigures {
  path: string
  language: string
  yes: number
  no: number
  /** Newest first. */
  comments: { text: string; at: string }[]
}

/** The start of the figures' period. */
export const periodStart = (now: Date): string => new Date(now.getTime() - FIGURE_DAYS * 24 * 60 * 60 * 1000).toISOString()

/** The rows the figures read: those of the period. */
export const inPeriod = (now: Date): Where => ({ createdAt: { greater_than_equal: periodStart(now) } })

/** One line per page and language, the most "no" first (then the most answers, then by path). */
export function pageFigures(rows: readonly FeedbackRow[]): PageFigures[] {
  const pages = new Map<string, PageFigures>()
  for (const row of rows) {
    const key = `${row.language} ${row.path}`
    let figures = pages.get(key)
    if (!figures) {
      figures = { path: row.path, language: row.language, yes: 0, no: 0, comments: [] }
      pages.set(key, figures)
    }
    figures[row.answer] += 1
    if (row.comment) figures.comments.push({ text: row.comment, at: row.createdAt })
  }
  const all = [...pages.values()]
  for (const figures of all) figures.comments.sort((a, b) => b.at.localeCompare(a.at))
  return all.sort((a, b) => b.no - a.no || b.yes + b.no - (a.yes + a.no) || a.path.localeCompare(b.path))
}
