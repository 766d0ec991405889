/**
 * Rendered above the admin's sign-in form: a sign-in waiting for its second step goes to the
 * second-factor screen instead. Every admin page sends a request without a user to the sign-in
 * page, so this one redirect leads a pending session there from anywhere in the admin.
 */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'
import { SECOND_FACTOR_PATH } from '../admin-config'
import { findSecondStep } from '../second-step'

interface Props {
  payload: Payload
  searchParams?: Record<string, string | string[] | undefined>
}

export async function PendingSecondStepRedirect({ payload, searchParams }: Props): Promise<null> {
  const step = await findSecondStep(payload, await headers())
  if (step?.state !== 'pending') return null
  const wanted = searchParams?.redirect
  const query = typeof wanted === 'string' ? `?${new URLSearchParams({ redirect: wanted })}` : ''
  redirect(`${payload.config.routes.admin}${SECOND_FACTOR_PATH}${query}`)
}
