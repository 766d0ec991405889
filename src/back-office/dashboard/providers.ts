/**
 * Every capability's contribution to the "needs my attention" dashboard, in the order they are asked.
 * Adding one is one line here; the dashboard groups the counts by their `group`, whatever the order.
 */
import type { AttentionProvider } from '@/back-office/attention'
import { approvalAttention } from '@/back-office/approval/attention'
import { myDrafts } from '@/back-office/my-drafts/attention'
import { overdueReviews } from '@/back-office/review/attention'
import { scheduledAttention } from '@/back-office/scheduling/attention'
import { translationAttention } from '@/back-office/translation/attention'
import { failedEmails } from '@/contact/attention/failed-emails'
import { inboxAttention } from '@/contact/attention/inbox'
import { feedbackAttention } from '@/feedback/attention'
import { backupAttention } from '@/operations/backup/attention/backup-age'
import { progressReportsAttention } from '@/tracker/attention/reports'
import { owedInRoundsAttention } from '@/tracker/attention/rounds'

export const attentionProviders: readonly AttentionProvider[] = [
  myDrafts,
  scheduledAttention,
  translationAttention,
  approvalAttention,
  overdueReviews,
  feedbackAttention,
  inboxAttention,
  progressReportsAttention,
  owedInRoundsAttention,
  failedEmails,
  backupAttention(),
]
