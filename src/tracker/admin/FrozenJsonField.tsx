/**
 * A read-only JSON field shown as indented text. Payload's own JSON field is a code editor that
 * loads its scripts from a public CDN, which the back office's content policy refuses (no admin
 * screen asks another host for anything); a frozen value needs no editor anyway.
 */
import type { JSONFieldServerComponent } from 'payload'
import type React from 'react'
import { languageOf } from '@/site/i18n/request-language'

export const FrozenJsonField: JSONFieldServerComponent = ({ field, siblingData, i18n }): React.ReactElement => {
  const language = languageOf({ i18n })
  const label =
    field.label && typeof field.label === 'object' ? (field.label as Record<string, string>)[language] : String(field.label ?? field.name)
  const value: unknown = siblingData?.[field.name]
  return (
    <div className="field-type json read-only">
      <span className="field-label">{label}</span>
      <pre style={{ maxHeight: '30rem', overflow: 'auto', whiteSpace: 'pre-wrap', fontSize: '0.8125rem' }}>
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
