/**
 * Which content needs a second person's approval before it is published: a site setting, read
 * on each check so that a change in the admin applies at once.
 */
import type { PayloadRequest } from 'payload'

/** The collections whose publication the site settings may put under four eyes. */
export const APPROVABLE = ['pages', 'news', 'documents'] as const
export type Approvable = (typeof APPROVABLE)[number]

export const isApprovable = (slug: string): slug is Approvable => (APPROVABLE as readonly string[]).includes(slug)

export async function approvalRequiredFor(req: PayloadRequest, slug: string): Promise<boolean> {
  if (!isApprovable(slug)) return false
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as {
    approvalRequiredFor?: string[] | null
  }
  return (settings.approvalRequiredFor ?? []).includes(slug)
}
