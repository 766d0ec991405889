import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import { secondFactorAdmin } from './accounts/second-factor/admin-config'
import { guardStaffSessions } from './accounts/sessions/guard'
import { apiBounds } from './api/bounds-plugin'
import { attentionDashboardView } from './back-office/dashboard/admin-config'
import { reviewTasks } from './back-office/review/reminders'
import { Users } from './accounts/Users'
import { auditActions } from './audit/audit-actions'
import { AuditEvents } from './audit/collections/AuditEvents'
import { auditTasks } from './audit/retention'
import { notifySchedulerOfOutcomes } from './back-office/scheduling/notify-scheduler'
import { withAuthorship } from './back-office/versions/with-authorship'
import { ContentChanges } from './changes/collections/ContentChanges'
import { withChangeNotes } from './changes/with-change-notes'
import { ApprovalRequests } from './back-office/approval/ApprovalRequests'
import { fourEyes } from './back-office/approval/four-eyes'
import { narrowMenus } from './access/admin-menu'
import { OPEN_IN_WORKING_LANGUAGE } from './back-office/translation/admin-config'
import { translationWorkflow } from './back-office/translation/workflow'
import { enforceMatrix, enforceMatrixOnGlobals } from './access/enforce-matrix'
import { adminDates, adminTranslations, globalsInAdminLanguage, inAdminLanguage, languageProviders } from './back-office/language'
import { ContactAttachments } from './contact/collections/ContactAttachments'
import { ContactCounters } from './contact/collections/ContactCounters'
import { ContactDeletions } from './contact/collections/ContactDeletions'
import { ContactMessages } from './contact/collections/ContactMessages'
import { ContactTopics } from './contact/collections/ContactTopics'
import { PageFeedback } from './feedback/collections/PageFeedback'
import { EmailOutbox } from './contact/collections/EmailOutbox'
import { StandardReplies } from './contact/collections/StandardReplies'
import { contactTasks } from './contact/jobs'
import { FollowSubscribers } from './follow/collections/FollowSubscribers'
import { FollowAlertedChanges } from './follow/collections/FollowAlertedChanges'
import { FollowPendingDigests } from './follow/collections/FollowPendingDigests'
import { FollowSubscriptions } from './follow/collections/FollowSubscriptions'
import { alertTasks } from './follow/alerts/job'
import { followTasks } from './follow/retention'
import { DocumentFiles } from './documents/collections/DocumentFiles'
import { Documents } from './documents/collections/Documents'
import { documentFileTasks } from './documents/files/unused'
import { PlanVersions } from './documents/collections/PlanVersions'
import { IndicatorObservations } from './tracker/collections/IndicatorObservations'
import { Indicators } from './tracker/collections/Indicators'
import { Partners } from './tracker/collections/Partners'
import { PlanItems } from './tracker/collections/PlanItems'
import { ProgressReports } from './tracker/collections/ProgressReports'
import { Corrections } from './tracker/corrections/Corrections'
import { explainRefusedGraphqlEdit } from './tracker/corrections/hooks/explain-refused-graphql-edit'
import { LineageLinks } from './tracker/lineage/LineageLinks'
import { SocialSummits } from './tracker/collections/SocialSummits'
import { ReportingRounds } from './tracker/rounds/ReportingRounds'
import { RoundImports } from './tracker/rounds/sheet/RoundImports'
import { roundSheetAdminViews } from './tracker/rounds/sheet/admin-path'
import { roundTasks } from './tracker/rounds/reminders'
import { emailAdapter } from './contact/mail/transport'
import { announceAfterCommit } from './site/invalidation'
import { PreviewLinks } from './site/preview-links/PreviewLinks'
import { publicAddresses } from './site/public-addresses'
import { SlugRedirects } from './site/slugs/SlugRedirects'
import { readEnvironment, resolveSecret, sqliteFile } from './environment'
import { logger } from './operations/logging/logger'
import { jobsMayRun } from './jobs-gate'
import { lazySharp } from './media/lazy-sharp'
import { Media } from './media/Media'
import { News } from './news/collections/News'
import { Audiences, Themes } from './news/collections/taxonomy'
import { uploadStorage } from './media/storage'
import { backupTasks } from './operations/backup/scheduled'
import { Administrations } from './organisation/collections/Administrations'
import { Missions } from './organisation/collections/Missions'
import { Pages } from './organisation/collections/Pages'
import { Services } from './services/collections/Services'
import { SearchBestBets } from './search/best-bets/SearchBestBets'
import { SearchSynonyms } from './search/synonyms/SearchSynonyms'
import { SearchQueryCounts } from './search/queries/SearchQueryCounts'
import { searchQueryTasks } from './search/queries/retention'
import { Home } from './organisation/globals/Home'
import { Navigation } from './site/globals/Navigation'
import { SiteSettings } from './site/globals/SiteSettings'
import { DEFAULT_LOCALE } from './site/routes'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const environment = readEnvironment()

/**
 * Only the adapter in use is loaded: the other's driver and SQL dialect would sit unused in every
 * process (about 3 MB of heap, and libsql's client on PostgreSQL).
 */
async function database(): Promise<DatabaseAdapterObj> {
  if (environment.databaseUrl) {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return postgresAdapter({
      pool: { connectionString: environment.databaseUrl, max: 10 },
      migrationDir: path.join(dirname, 'migrations/postgres'),
      push: false,
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    client: { url: `file:${sqliteFile(environment.dataDir)}` },
    migrationDir: path.join(dirname, 'migrations/sqlite'),
    push: false,
    // WAL lets visitors read while an editor writes.
    wal: true,
    // Another process writing the same file (an import or a rebuild beside the running server, the
    // server beside them) holds the lock for one statement at a time: wait for it rather than fail at
    // once with "database is locked" (libsql's own default is not to wait at all).
    busyTimeout: 5000,
  })
}

export default buildConfig({
  // Payload's lines are JSON at LOG_LEVEL like the server's, with the request id and the same redaction.
  logger,
  serverURL: environment.serverUrl,
  secret: resolveSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Belfort' },
    // No Gravatar: the admin makes no request to another host.
    avatar: 'default',
    // The first screen is "needs my attention" (back-office/dashboard); content opens in the person's
    // working language (back-office/translation); one toast per save and Payload's English-only names
    // in the admin's language (back-office/language).
    components: {
      ...secondFactorAdmin,
      views: { ...secondFactorAdmin.views, ...roundSheetAdminViews, dashboard: attentionDashboardView },
      providers: [OPEN_IN_WORKING_LANGUAGE, ...(languageProviders ?? [])],
    },
    // Dates in the admin's language, on the 24-hour clock, in Brussels time (src/back-office/language).
    ...adminDates,
  },
  i18n: { supportedLanguages: { nl, fr, en }, fallbackLanguage: 'nl', translations: adminTranslations },
  localization: {
    locales: [
      { code: 'nl', label: 'Nederlands' },
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // Every collection and global takes its access from the role matrix (src/access/matrix.ts); what
  // people do to content and accounts goes into the audit trail (src/audit).
  // Dates and collection names in the admin's language (src/back-office/language). Four eyes where
  // the site settings ask for them narrow the matrix's publication access (src/back-office/approval).
  collections: inAdminLanguage(
    narrowMenus(
      auditActions(
        fourEyes(
          enforceMatrix(
            publicAddresses(
              // pages, news and documents are translated through the translation workflow (back-office/translation)
              translationWorkflow([
                // organisation: who the administration is (pages, news and documents: who saved each version, and why)
                withChangeNotes(withAuthorship(Pages)),
                Administrations,
                Missions,
                // news
                withChangeNotes(withAuthorship(News)),
                Themes,
                Audiences,
                // services: the tasks a visitor comes to do
                Services,
                // media
                Media,
                // documents and the strategy's versions
                withChangeNotes(withAuthorship(Documents)),
                DocumentFiles,
                PlanVersions,
                // tracker: the strategy's follow-up
                PlanItems,
                Partners,
                ProgressReports,
                ReportingRounds,
                RoundImports,
                Indicators,
                IndicatorObservations,
                Corrections,
                LineageLinks,
                SocialSummits,
                // contact: the form's messages and the outbox
                ContactMessages,
                ContactTopics,
                StandardReplies,
                EmailOutbox,
                ContactAttachments,
                ContactDeletions,
                ContactCounters,
                // page feedback: "Is this page useful?" (src/feedback)
                PageFeedback,
                // follow by email: who follows what (src/follow)
                FollowSubscribers,
                FollowSubscriptions,
                // change history: one row per language per publish or unpublish (src/changes)
                ContentChanges,
                FollowPendingDigests,
                FollowAlertedChanges,
                // public addresses: old slugs, shareable previews
                SlugRedirects,
                PreviewLinks,
                // search: synonyms and best bets, kept by editors (src/search)
                SearchSynonyms,
                SearchBestBets,
                // search: what people look for, counted without tracking them (src/search/queries)
                SearchQueryCounts,
                // four eyes: requests for a second person's approval (back-office/approval)
                ApprovalRequests,
                // accounts and their audit trail
                Users,
                AuditEvents,
              ]),
            ),
          ),
        ),
      ),
    ),
  ),
  // organisation (home page), site (navigation and settings)
  globals: globalsInAdminLanguage(narrowMenus(enforceMatrixOnGlobals([Home, Navigation, SiteSettings]))),
  editor: lexicalEditor(),
  // Per-language publication of news (see News.ts).
  experimental: { localizeStatus: true },
  jobs: {
    // Scheduled publishing and other queued work run inside the server, checked every ten seconds.
    // Quiet when all is well (it runs every ten seconds); failures are still logged.
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 20, silent: { info: true } }],
    shouldAutoRun: jobsMayRun,
    tasks: [
      ...contactTasks,
      ...auditTasks,
      ...reviewTasks,
      ...documentFileTasks,
      ...backupTasks,
      ...searchQueryTasks,
      ...followTasks,
      ...alertTasks,
      ...roundTasks,
    ],
  },
  email: emailAdapter(environment),
  db: await database(),
  onInit: async (payload) => {
    // Every request's user passes the session guard (second step, idle time, lifetime).
    guardStaffSessions(payload)
    // Content changes are announced again once their transaction commits (site/invalidation.ts).
    announceAfterCommit(payload.db)
    // Whoever scheduled a publication hears how it went (src/back-office/scheduling).
    notifySchedulerOfOutcomes(payload)
  },
  // Errors that collection hooks explain over REST, explained over GraphQL too (their hooks run for REST only).
  hooks: { afterError: [explainRefusedGraphqlEdit] },
  // apiBounds: what one API request may ask for (src/api).
  plugins: [uploadStorage(environment.s3), apiBounds()],
  sharp: lazySharp,
  telemetry: false,
  // Types are generated on purpose (npm run payload -- generate:types), not by every start in
  // development: that spawned a generator per test file and rewrote the file under the tests.
  typescript: { outputFile: path.join(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
})
