'use client'
import { useSearchParams } from 'next/navigation'
import type React from 'react'

/** The list's query (filters, search, sort) as the export endpoint reads it; the page and its size are left out. */
function exportQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams()
  for (const [key, value] of params) if (key.startsWith('where') || key === 'search' || key === 'sort') kept.append(key, value)
  const query = kept.toString()
  return query ? `?${query}` : ''
}

/** Follows the list's URL as filters change, so the file holds what the admin sees. */
export function AuditExportLink({ api, label, hint }: { api: string; label: string; hint: string }): React.ReactElement {
  const params = useSearchParams()
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`${api}/audit-events/export${exportQuery(params)}`} download>
        {label}
      </a>{' '}
      <span style={{ color: 'var(--theme-elevation-500)' }}>{hint}</span>
    </p>
  )
}
