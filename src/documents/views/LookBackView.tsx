/** @jsxImportSource @/site/html */
import type { Document, PlanVersion } from '@/payload-types'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { languageName } from '@/site/i18n'
import { changesPath, documentFilePath, documentPath, type Locale, LOCALES, sectionPath, trackerPartPath } from '@/site/routes'
import { page } from '@/site/views/frame'
import { type StrategyPage, strategyPage } from '@/site/views/strategy-page'
import { type FileFacts, filesFor, filesOf } from '@/documents/files'
import { versionsWithPlan } from '@/tracker/versions'
import { fileFacts, fileLanguage } from './file-facts'

function period(ctx: ViewContext, version: PlanVersion): string | undefined {
  if (!version.periodStart) return undefined
  return version.periodEnd
    ? ctx.t('period', { from: String(version.periodStart), to: String(version.periodEnd) })
    : ctx.t('periodFrom', { from: String(version.periodStart) })
}

function DocumentLinks({ ctx, documents, files: known }: { ctx: ViewContext; documents: Document[]; files: Map<number, FileFacts> }) {
  const { t, locale } = ctx
  return (
    <ul class="files">
      {documents.map((doc) => {
        const files = filesFor(doc, known)
        return (
          <li>
            <a href={documentPath(doc.slug ?? '', locale)}>{doc.title}</a>
            <ul>
              {files.map((file) => (
                <li>
                  <a
                    href={documentFilePath(doc.slug ?? '', fileLanguage(file), locale)}
                    hreflang={fileLanguage(file)}
                    type="application/pdf"
                  >
                    {t('viewDocument', { language: languageName(fileLanguage(file), locale) })}
                  </a>
                  <span class="files__facts">{fileFacts(t, locale, file)}</span>
                </li>
              ))}
            </ul>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * What the strategy is and who works on it, before its history: the pillars, Brupartners and the
 * social partners, BISA, the follow-up cell and the Social Summit, with where to read more and
 * where it stands today.
 */
function StrategyFrame({ ctx, about }: { ctx: ViewContext; about: StrategyPage | undefined }) {
  const { t, locale } = ctx
  return (
    <>
      <section aria-labelledby="strategy-what">
        <h2 id="strategy-what">{t('lookBackWhatHeading')}</h2>
        <p>{t('lookBackWhat')}</p>
        <p>{t('lookBackPillars')}</p>
        <ul>
          <li>{t('lookBackPillarEconomy')}</li>
          <li>{t('lookBackPillarEmployment')}</li>
        </ul>
        <p>{t('lookBackObjectives')}</p>
      </section>
      <section aria-labelledby="strategy-who">
        <h2 id="strategy-who">{t('lookBackWhoHeading')}</h2>
        <p>{t('lookBackPartners')}</p>
        <ul>
          <li>{t('lookBackCarriedOut')}</li>
          <li>{t('lookBackEvaluated')}</li>
          <li>{t('lookBackFollowedUp')}</li>
        </ul>
        <p>{t('lookBackSummit')}</p>
        <ul class="link-list">
          {about ? (
            <li>
              <a href={about.href}>{about.title}</a>
            </li>
          ) : null}
          <li>
            <a href={sectionPath('tracker', locale)}>{t('lookBackFollowUpLink')}</a>
          </li>
          <li>
            <a href={trackerPartPath('summits', locale)}>{t('lookBackSummitsLink')}</a>
          </li>
        </ul>
      </section>
    </>
  )
}

/** The strategy's versions, newest first: a timeline kept as data in the back office. */
export async function lookBackView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  ctx.tags.add(anyTag('plan-versions')).add(anyTag('documents')).add(anyTag('document-files'))
  const versions = await ctx.payload.find({
    collection: 'plan-versions',
    locale,
    depth: 1,
    sort: '-year',
    pagination: false,
    overrideAccess: false,
  })
  const about = await strategyPage(ctx)
  ctx.tags.add(anyTag('plan-items'))
  // Each version with a plan is compared with the next one that has one (the follow-up's comparison page).
  const withPlan = [...(await versionsWithPlan(ctx.payload, locale))].sort((a, b) => a.year - b.year)
  const nextWithPlan = new Map(withPlan.slice(0, -1).map((v, i) => [v.id, withPlan[i + 1]!]))
  const files = await filesOf(
    ctx.payload,
    versions.docs.flatMap((v) => (v.documents ?? []).filter((d): d is Document => typeof d === 'object' && d !== null)),
  )
  const titles = new Map(versions.docs.map((v) => [v.id, `${v.year} · ${v.title}`]))
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = sectionPath('lookBack', l)
  const title = t('lookBackHeading')
  return page(ctx, {
    title,
    description: t('lookBackLead'),
    alternates,
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('lookBackLead')}</p>
        <StrategyFrame ctx={ctx} about={about} />
        <h2 id="versions">{t('lookBackVersionsHeading')}</h2>
        <ol class="timeline" reversed="" aria-labelledby="versions">
          {versions.docs.map((version) => {
            const documents = (version.documents ?? []).filter((d): d is Document => typeof d === 'object' && d !== null)
            const predecessor =
              typeof version.predecessor === 'object' && version.predecessor ? version.predecessor.id : version.predecessor
            const successors = (version.successors?.docs ?? []).map((s) => (typeof s === 'object' ? s.id : s))
            const external = version.externalLink?.url
            return (
              <li class="timeline__item" id={`v${version.year}`}>
                <h3>
                  <span class="timeline__year">{String(version.year)}</span> {version.title}
                </h3>
                {period(ctx, version) ? <p class="meta">{period(ctx, version)}</p> : null}
                <p>{version.summary}</p>
                {documents.length > 0 ? <DocumentLinks ctx={ctx} documents={documents} files={files} /> : null}
                {external ? (
                  <p>
                    <a href={external} rel="external noopener" class="external">
                      {t('externalSite', { label: version.externalLink?.label || new URL(external).hostname })}
                    </a>
                  </p>
                ) : null}
                {nextWithPlan.has(version.id) ? (
                  <p>
                    <a href={changesPath(version.year, nextWithPlan.get(version.id)!.year, locale)}>
                      {t('lineageCompareLink', { from: titles.get(version.id)!, to: titles.get(nextWithPlan.get(version.id)!.id) ?? '' })}
                    </a>
                  </p>
                ) : null}
                <p class="meta">
                  {predecessor && titles.has(predecessor) ? t('follows', { title: titles.get(predecessor)! }) : ''}
                  {predecessor && titles.has(predecessor) && successors.length > 0 ? ' · ' : ''}
                  {successors
                    .filter((id) => titles.has(id))
                    .map((id) => t('followedBy', { title: titles.get(id)! }))
                    .join(' · ')}
                </p>
              </li>
            )
          })}
        </ol>
      </>
    ),
  })
}
