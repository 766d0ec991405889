/** @jsxImportSource @/site/html */
/**
 * `/nl/open-data`, `/fr/donnees-ouvertes`, `/en/open-data`: the follow-up's datasets explained for
 * readers who are not developers (what each holds, formats, freshness, licence, how to cite), with
 * the DCAT-AP catalogue and the OpenAPI description for those who are.
 */
import { anyTag } from '@/site/cache-tags'
import type { Child } from '@/site/html/jsx-runtime'
import type { ViewContext, ViewResult } from '@/site/context'
import { type Locale, LOCALES, openDataPath, sectionPath, trackerPartPath } from '@/site/routes'
import { page } from '@/site/views/frame'
import { LICENSE } from '../open-data/datasets'
import { indicatorsDataPath, partnersDataPath, planDataPath, summitsDataPath } from '../open-data/paths'
import { CATALOG_PATH, type DataFormat, dataPath, OPENAPI_PATH } from '../open-data/registry'
import { versionsWithPlan } from '../versions'

const FORMATS: { format: DataFormat; label: string; type: string }[] = [
  { format: 'csv', label: 'CSV', type: 'text/csv' },
  { format: 'json', label: 'JSON', type: 'application/json' },
]

/** A dataset's downloads, each link named with the dataset so it reads alone in a list of links. */
function Downloads({ name, path }: { name: string; path: (format: DataFormat) => string }) {
  return (
    <ul class="link-list">
      {FORMATS.map(({ format, label, type }) => (
        <li>
          <a href={path(format)} type={type} download={format === 'csv' ? '' : undefined}>
            {`${name} (${label})`}
          </a>
        </li>
      ))}
    </ul>
  )
}

function Dataset({ heading, text, children }: { heading: string; text: string; children?: Child }) {
  return (
    <section class="dataset">
      <h3>{heading}</h3>
      <p>{text}</p>
      {children}
    </section>
  )
}

export async function openDataView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  ctx.tags.add(anyTag('plan-items')).add(anyTag('plan-versions'))
  const versions = await versionsWithPlan(ctx.payload, locale)
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = openDataPath(l)
  const title = t('openDataHeading')
  const citation = t('openDataCiteExample', {
    organisation: ctx.chrome.organisationName,
    url: ctx.origin + openDataPath(locale),
  })
  return page(ctx, {
    title,
    description: t('openDataLead'),
    alternates,
    main: (
      <article class="open-data">
        <h1>{title}</h1>
        <p class="lead">{t('openDataLead')}</p>

        <h2 id="datasets">{t('openDataSets')}</h2>
        <p>{t('openDataSetsLead')}</p>
        <Dataset heading={t('openDataPlan')} text={t('openDataPlanText')}>
          {versions.map((version) => (
            <Downloads name={t('openDataPlanVersion', { year: version.year })} path={(format) => planDataPath(version.year, format)} />
          ))}
        </Dataset>
        <Dataset heading={t('openDataReports')} text={t('openDataReportsText')}>
          <Downloads name={t('openDataReports')} path={(format) => dataPath('reports', format)} />
        </Dataset>
        <Dataset heading={t('openDataIndicators')} text={t('openDataIndicatorsText')}>
          <Downloads name={t('openDataIndicators')} path={indicatorsDataPath} />
          <p>
            <a href={trackerPartPath('indicators', locale)}>{t('openDataSeeAll')}</a>
          </p>
        </Dataset>
        <Dataset heading={t('openDataSummits')} text={t('openDataSummitsText')}>
          <Downloads name={t('openDataSummits')} path={summitsDataPath} />
          <p>
            <a href={trackerPartPath('summits', locale)}>{t('openDataSeeSummits')}</a>
          </p>
        </Dataset>
        <Dataset heading={t('openDataPartners')} text={t('openDataPartnersText')}>
          <Downloads name={t('openDataPartners')} path={partnersDataPath} />
        </Dataset>

        <h2>{t('openDataFormats')}</h2>
        <ul>
          <li>{t('openDataCsv')}</li>
          <li>{t('openDataJson')}</li>
        </ul>

        <h2>{t('openDataFreshness')}</h2>
        <p>{t('openDataFreshnessText')}</p>

        <h2 id="licence">{t('openDataLicence')}</h2>
        <p>{t('openDataLicenceText')}</p>
        <p>
          <a href={`${LICENSE}deed.${locale}`} rel="license external noopener" class="external" hreflang={locale}>
            {t('openDataLicenceLink')}
          </a>
        </p>

        <h2>{t('openDataCite')}</h2>
        <p>{t('openDataCiteLead')}</p>
        <blockquote class="citation">
          <p>{citation}</p>
        </blockquote>

        <h2 id="catalogue">{t('openDataCatalogue')}</h2>
        <p>{t('openDataCatalogueText')}</p>
        <p>
          <a href={CATALOG_PATH} type="application/ld+json">
            {t('openDataCatalogueLink')}
          </a>
        </p>

        <h2 id="api">{t('openDataApi')}</h2>
        <p>{t('openDataApiText')}</p>
        <p>
          <a href={OPENAPI_PATH} type="application/json">
            {t('openDataApiLink')}
          </a>
        </p>

        <p>
          {t('openDataQuestions')} <a href={sectionPath('contact', locale)}>{t('openDataContact')}</a>
        </p>
      </article>
    ),
  })
}
