'use client'
/**
 * The buttons of a workflow step (submit, send back, validate, take stock), each behind a
 * confirmation that says what will be public afterwards. Confirming saves the form with the step's
 * values, so what the person changed is saved with it and the server's hooks judge the step.
 */
import { Button, useForm } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useId, useRef, useState } from 'react'

/** One step as the server offers it: its words in the admin's language and what the save sends. */
export interface WorkflowAction {
  step: string
  label: string
  title: string
  /** What will be public afterwards. */
  publicText: string
  values: Record<string, unknown>
  /** The field that carries the reason the step asks for (sending back), with its label. */
  reason?: { field: string; label: string; missing: string; initial: string }
}

export interface WorkflowButtonsProps {
  actions: WorkflowAction[]
  alsoSaved: string
  cancel: string
}

function ActionButton({ action, alsoSaved, cancel }: { action: WorkflowAction; alsoSaved: string; cancel: string }): React.ReactElement {
  const { submit } = useForm()
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState(action.reason?.initial ?? '')
  const [missing, setMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const id = useId()

  async function confirm(): Promise<void> {
    if (action.reason && !reason.trim()) {
      setMissing(true)
      return
    }
    setBusy(true)
    const values = action.reason ? { ...action.values, [action.reason.field]: reason.trim() } : action.values
    const result = await submit({ overrides: values })
    setBusy(false)
    dialog.current?.close()
    // The server renders which steps are left and the summit's summary: ask it again.
    if (result?.res?.ok) router.refresh()
  }

  return (
    <>
      <Button
        buttonStyle="secondary"
        size="medium"
        className={`workflow-step workflow-step--${action.step}`}
        onClick={() => dialog.current?.showModal()}
      >
        {action.label}
      </Button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} className="workflow-confirm">
        <h2 id={`${id}-title`}>{action.title}</h2>
        <p id={`${id}-text`}>{action.publicText}</p>
        <p>{alsoSaved}</p>
        {action.reason ? (
          <div className={`field-type textarea${missing ? ' error' : ''}`}>
            <label className="field-label" htmlFor={`${id}-reason`}>
              {action.reason.label}
            </label>
            <textarea
              id={`${id}-reason`}
              rows={4}
              value={reason}
              aria-invalid={missing}
              aria-describedby={missing ? `${id}-missing` : undefined}
              onChange={(event) => {
                setReason(event.target.value)
                setMissing(false)
              }}
            />
            {missing ? (
              <p id={`${id}-missing`} role="alert">
                {action.reason.missing}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="workflow-confirm__buttons">
          <Button buttonStyle="primary" size="medium" className="workflow-confirm__confirm" disabled={busy} onClick={() => void confirm()}>
            {action.label}
          </Button>
          <Button buttonStyle="secondary" size="medium" onClick={() => dialog.current?.close()}>
            {cancel}
          </Button>
        </div>
      </dialog>
    </>
  )
}

export function WorkflowButtons({ actions, alsoSaved, cancel }: WorkflowButtonsProps): React.ReactElement | null {
  if (actions.length === 0) return null
  return (
    <div className="workflow-buttons">
      {actions.map((action) => (
        <ActionButton key={action.step} action={action} alsoSaved={alsoSaved} cancel={cancel} />
      ))}
    </div>
  )
}
