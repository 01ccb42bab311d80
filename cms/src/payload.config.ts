import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { id } from '@payloadcms/translations/languages/id'
import { ja } from '@payloadcms/translations/languages/ja'
import { my } from '@payloadcms/translations/languages/my'
import { pt } from '@payloadcms/translations/languages/pt'
import { vi } from '@payloadcms/translations/languages/vi'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ActivityReports } from './collections/ActivityReports'
import { ReportAttachments } from './collections/ActivityReports/ReportAttachments'
import { ReportingPeriods } from './collections/ActivityReports/ReportingPeriods'
import { Articles } from './collections/Articles'
import { Countries } from './collections/Countries'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { GoodPractices } from './collections/GoodPractices'
import { Media } from './collections/Media'
import { Newsletters } from './collections/Newsletters'
import { Organisations } from './collections/Organisations'
import { BusinessSites } from './collections/BusinessSites'
import { SafetyPeriods } from './collections/SafetyPeriods'
import { SafetyAnswers } from './collections/SafetyAnswers'
import { SafetyTallies } from './collections/SafetyTallies'
import { ConsultationRequests } from './collections/ConsultationRequests'
import { Pages } from './collections/Pages'
import { Redirects } from './collections/Redirects'
import { SiteBuilds } from './collections/SiteBuilds'
import { Tags } from './collections/Tags'
import { Alerts } from './collections/Alerts'
import { alertBoundaryTask } from './collections/Alerts/hooks'
import { Users } from './collections/Users'
import { Videos } from './collections/Videos'
import { canManageJobs } from './access/jobs'
import { restrictInternalCollections } from './access/internal'
import { restrictDocumentLocks } from './access/locks'
import { sortByOwnFields } from './access/sorting'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { resolveSecret, serverURL } from './env'
import { Navigation } from './globals/Navigation'
import { checkWhatTheSiteCanPublish } from './fields/inputRules'
import { JAPAN_TIMEZONES } from './fields/dates'
import { keepTranslatorsToTranslating } from './fields/translatorLock'
import { gateTranslations } from './translation/ready/gate'
import { serverOwnedTimestamps } from './hooks/serverOwned'
import { SafetyCheck } from './globals/SafetyCheck'
import { SafetySettings } from './globals/SafetySettings'
import { safetyRetentionTask } from './safety/task'
import { SeedLedger } from './globals/SeedLedger'
import { SiteSettings } from './globals/SiteSettings'
import { FileUsages } from './files/FileUsages'
import { trackFileUsage } from './files/hooks'
import { ensureFileAudiences } from './files/usage'
import { InterfaceText } from './collections/InterfaceText'
import { ensureInterfaceText } from './collections/InterfaceText/ensure'
import { buildSiteTask, resumeSiteBuilds, SITE_QUEUE } from './publish'
import { BuildClaims } from './publish/BuildClaims'
import { recoverInterruptedBuilds } from './publish/queue'
import { QUIET } from './publish/runner'
import { jobsRunHere } from './publish/settings'
import { healthEndpoint } from './health'
import { safetyReportEndpoints } from './safety/reportEndpoints'
import { xliffEndpoints } from './translation/xliff/endpoints'
import { upgradeDatabase } from './upgrade'
import { recoverInterruptedReplacements } from './uploads/replace'
import { objectStorage } from './storage'
import { localization } from './localization'
import { contentEditor } from './richtext/editor'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its internal collections while building the config; rules for them follow after.
export default buildConfig({
  serverURL,
  secret: resolveSecret(),
  db: databaseAdapter(),
  sharp,
  editor: contentEditor,
  localization,
  collections: [
    // Public content, translated into the nine languages
    Articles,
    Videos,
    Countries,
    Events,
    GoodPractices,
    Pages,
    Tags,
    // Urgent alerts at the top of every page while they are on
    Alerts,
    // The site's own words (menus, buttons, notices) for translators to correct
    InterfaceText,
    // Sent to members by email; public issues also in the site's archive
    Newsletters,
    // Old addresses of moved or deleted pages and where they lead (the secretariat's)
    Redirects,
    // Files
    Media,
    Documents,
    // Members and their reports
    Organisations,
    ActivityReports,
    ReportAttachments,
    // JP-MIRAI Safety in the Collaborative Program: participants' workplaces and counting periods
    BusinessSites,
    SafetyPeriods,
    SafetyAnswers,
    SafetyTallies,
    // Workers' requests to be contacted by JP-MIRAI Assist: Assist's counsellors and admins only
    ConsultationRequests,
    // Accounts
    Users,
    // The public site's build history, and who is building it now
    SiteBuilds,
    BuildClaims,
    // Which published document uses which file (decides who may open the file)
    FileUsages,
  ],
  globals: [SiteSettings, Navigation, SafetyCheck, SafetySettings, ReportingPeriods, SeedLedger],
  admin: {
    user: Users.slug,
    // Payload's default account picture is Gravatar; the admin makes no third-party requests.
    avatar: 'default',
    importMap: { baseDir: dirname },
    timezones: JAPAN_TIMEZONES,
    meta: { titleSuffix: ' · JP-MIRAI CMS' },
    components: {
      afterNavLinks: ['/components/AdminLinks#AdminLinks'],
      beforeDashboard: ['/components/SiteStatus#SiteStatus'],
      views: {
        translations: {
          Component: '/components/TranslationStatusView#TranslationStatusView',
          path: '/translations',
          exact: true,
        },
        translationSideBySide: {
          Component: '/components/TranslationSideBySideView#TranslationSideBySideView',
          path: '/translations/:collection/:id/:lang',
          exact: true,
        },
        safetyFeedback: { Component: '/components/SafetyFeedbackView#SafetyFeedbackView', path: '/safety-feedback' },
      },
    },
  },
  // The admin in the languages of the people who use it (Payload has no Tagalog admin UI).
  i18n: {
    fallbackLanguage: 'en',
    supportedLanguages: { ja, en, zh, es, pt, id, my, vi },
  },
  jobs: {
    // Site builds, and the daily retention of JP-MIRAI Safety (scheduled in the `default` queue).
    tasks: [buildSiteTask, safetyRetentionTask, alertBoundaryTask],
    // One site build at a time, whichever instance or worker picks it up.
    enableConcurrencyControl: true,
    // Inside the CMS server by default: scheduled publishing and the daily Safety retention (queued
    // by its schedule, see safety/task.ts) looked at every minute, the site queue every
    // few seconds (for builds queued by another instance or left by a restart; this server's own
    // publishes wake it at once). JOBS_RUNNER=external leaves both to `pnpm --filter @mirai/cms
    // jobs:worker` or a scheduler. Scripts that call getPayload without `cron: true` (tests,
    // seed) never start these timers.
    autoRun: () =>
      jobsRunHere()
        ? [
            { cron: '* * * * *', queue: 'default' },
            // Nothing is scheduled in the site queue: no look for schedules every 5 s.
            { cron: '*/5 * * * * *', queue: SITE_QUEUE, silent: QUIET, disableScheduling: true },
          ]
        : [],
    // Before each look at the queues: builds whose process died give their place (and changes) back.
    shouldAutoRun: async (payload) => {
      await recoverInterruptedBuilds(payload).catch((error) =>
        payload.logger.error(`site builds: recovering interrupted builds failed: ${error}`),
      )
      return true
    },
    access: { run: canManageJobs, queue: canManageJobs, cancel: canManageJobs },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // Refusals and failed logins are the user's mistake, not the server's: log them below "error".
  loggingLevels: { APIError: 'info', AuthenticationError: 'warn', LockedAuth: 'warn' },
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  email: emailAdapter(),
  // Uploads in an S3-compatible bucket when S3_BUCKET is set (src/storage.ts); on this disk otherwise.
  plugins: [objectStorage()],
  telemetry: false,
  endpoints: [healthEndpoint, ...safetyReportEndpoints, ...xliffEndpoints],
  onInit: async (payload) => {
    // Before anything reads a table: the schema of this code, without questions or data loss.
    await upgradeDatabase(payload)
    const restored = await recoverInterruptedReplacements(payload)
    if (restored.length > 0)
      payload.logger.warn(
        `restored ${restored.length} file(s) set aside by an interrupted replacement: ${restored.join(', ')}`,
      )
    await ensureFileAudiences(payload)
    // The interface text documents the code's keys need (made once, extended when keys are added).
    await ensureInterfaceText(payload)
    await resumeSiteBuilds(payload)
  },
})
  .then(restrictDocumentLocks)
  .then(restrictInternalCollections)
  .then(sortByOwnFields)
  .then(keepTranslatorsToTranslating)
  .then(gateTranslations)
  .then(serverOwnedTimestamps)
  .then(checkWhatTheSiteCanPublish)
  .then(trackFileUsage)
