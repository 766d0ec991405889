import { MESSAGE_STATUSES, type MessageStatus } from './collections/statuses'

export interface MessageForFigures {
  administration: string
  status: MessageStatus
  createdAt: string
  firstAnsweredAt?: string | null
}

export interface FiguresRow {
  administration: string
  counts: Record<MessageStatus, number>
  total: number
  /** Median hours from arrival to the first answer, over answered messages; null when none yet. */
  medianHoursToFirstAnswer: number | null
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const emptyCounts = (): Record<MessageStatus, number> =>
  Object.fromEntries(MESSAGE_STATUSES.map((s) => [s, 0])) as Record<MessageStatus, number>

/** Messages per administration and status, and how fast each administration first answers. */
export function contactFigures(messages: MessageForFigures[]): { rows: FiguresRow[]; all: FiguresRow } {
  const groups = new Map<string, MessageForFigures[]>()
  for (const message of messages) groups.set(message.administration, [...(groups.get(message.administration) ?? []), message])
  const row = (administration: string, list: MessageForFigures[]): FiguresRow => {
    const counts = emptyCounts()
    for (const message of list) counts[message.status]++
    const hours = list.filter((m) => m.firstAnsweredAt).map((m) => (Date.parse(m.firstAnsweredAt!) - Date.parse(m.createdAt)) / 3_600_000)
    return { administration, counts, total: list.length, medianHoursToFirstAnswer: median(hours) }
  }
  const rows = [...groups.entries()].map(([name, list]) => row(name, list)).sort((a, b) => a.administration.localeCompare(b.administration))
  return { rows, all: row('', messages) }
}
