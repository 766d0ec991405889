'use client'
/**
 * Opens content in the signed-in person's working language: a collection's list or an item opened
 * without a chosen language (`?locale=`) is shown in the language of their account, not in the
 * language they happened to edit last. Choosing another language in the admin still works.
 */
import { useAuth } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import type React from 'react'
import { useEffect } from 'react'
import { isLocale } from '@/site/routes'

const CONTENT_PATH = /\/collections\/[^/]+(\/[^/]+)?$/

export function OpenInWorkingLanguage({ children }: { children?: React.ReactNode }): React.ReactNode {
  const { user } = useAuth()
  const pathname = usePathname()
  const search = useSearchParams()
  const router = useRouter()
  const working = (user as { workingLanguage?: string } | null | undefined)?.workingLanguage ?? undefined
  useEffect(() => {
    if (!isLocale(working) || !CONTENT_PATH.test(pathname) || search.has('locale')) return
    const params = new URLSearchParams(search.toString())
    params.set('locale', working)
    router.replace(`${pathname}?${params.toString()}`)
  }, [working, pathname, search, router])
  return children
}
