/**
 * The kinds of link between an item and the items of an earlier version it comes from, each read two
 * ways: from the later item ("where it comes from") and from the earlier one ("what became of it").
 */
import type { Localized } from '@/site/i18n/localized'

export const LINEAGE_KINDS = ['continues', 'revised', 'merged', 'split', 'replaced', 'dropped', 'new'] as const
export type LineageKind = (typeof LINEAGE_KINDS)[number]

/** Whether a kind names earlier items (`from`), several of them, and a later item (`item`). */
export const KIND_SHAPE: Record<LineageKind, { from: 'none' | 'one' | 'many'; item: boolean }> = {
  continues: { from: 'one', item: true },
  revised: { from: 'one', item: true },
  merged: { from: 'many', item: true },
  split: { from: 'one', item: true },
  replaced: { from: 'one', item: true },
  dropped: { from: 'one', item: false },
  new: { from: 'none', item: true },
}

/** The admin's name of each kind. */
export const KIND_LABELS: Record<LineageKind, Localized<string>> = {
  continues: { nl: 'Voortgezet', fr: 'Poursuivi', en: 'Continues' },
  revised: { nl: 'Herzien', fr: 'Révisé', en: 'Revised' },
  merged: { nl: 'Samengevoegd', fr: 'Fusionné', en: 'Merged into' },
  split: { nl: 'Opgesplitst', fr: 'Scindé', en: 'Split from' },
  replaced: { nl: 'Vervangen', fr: 'Remplacé', en: 'Replaced by' },
  dropped: { nl: 'Geschrapt', fr: 'Abandonné', en: 'Dropped' },
  new: { nl: 'Nieuw', fr: 'Nouveau', en: 'New' },
}
