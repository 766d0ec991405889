/** Where a shareable preview link points: `/{lang}/{segment}/{token}`, the segment in the link's language. */
import type { Locale } from '@/site/routes'

export const PREVIEW_LINK_SEGMENT = { nl: 'voorbeeldlink', fr: 'lien-apercu', en: 'preview-link' } as const satisfies Record<Locale, string>

export const previewLinkPath = (token: string, locale: Locale): string => `/${locale}/${PREVIEW_LINK_SEGMENT[locale]}/${token}`
