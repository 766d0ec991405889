/**
 * A progress report's state, and the buttons of the workflow steps this person may take from it
 * (the role matrix's steps, on a report they may change): a partner submits; the follow-up cell
 * sends back with a reason or validates. Replaces a select that offered every state to everyone.
 */
import type { SelectFieldServerComponent } from 'payload'
import type React from 'react'
import { allows, mayTakeStep } from '@/access/from-matrix'
import type { Step } from '@/access/matrix'
import type { ReportState } from '@/access/tracker'
import { languageOf, say } from '@/site/i18n/request-language'
import { STATE_LABELS, stepsFrom } from '../collections/report-workflow'
import { trackerActions, trackerProblems } from '../messages'
import { mayChange } from './may-change'
import { type WorkflowAction, WorkflowButtons } from './WorkflowButtons'

const WORDS = {
  submit: ['submit', 'submitTitle', 'submitPublic'],
  'send-back': ['sendBack', 'sendBackTitle', 'sendBackPublic'],
  validate: ['validate', 'validateTitle', 'validatePublic'],
} as const satisfies Partial<Record<Step, readonly [string, string, string]>>

export const ReportWorkflowField: SelectFieldServerComponent = async ({ req, data, id, i18n }): Promise<React.ReactElement> => {
  const language = languageOf({ i18n })
  const text = trackerActions[language]
  const state = ((data?.workflow as ReportState | undefined) ?? 'draft') satisfies ReportState
  const open = await mayChange(req, 'progress-reports', id)
  const actions: WorkflowAction[] = open
    ? stepsFrom(id === undefined ? 'new' : state)
        .filter(({ step }) => step in WORDS && mayTakeStep(req.user, 'progress-reports', step))
        .map(({ step, to }) => {
          const [label, title, publicText] = WORDS[step as keyof typeof WORDS]
          return {
            step,
            label: text[label],
            title: text[title],
            publicText: text[publicText],
            values: { workflow: to },
            reason:
              step === 'send-back'
                ? {
                    field: 'reviewNote',
                    label: text.sendBackReasonLabel,
                    missing: say(req, trackerProblems, 'sendBackReason'),
                    initial: String(data?.reviewNote ?? ''),
                  }
                : undefined,
          }
        })
    : []
  return (
    <div className="field-type report-workflow">
      <p className="field-label">{say(req, trackerActions, 'reportState', { state: STATE_LABELS[state][language] })}</p>
      <WorkflowButtons actions={actions} alsoSaved={text.alsoSaved} cancel={text.cancel} />
      {/* A validated report is read-only to everyone: say why, and where its change is made. */}
      {state === 'validated' && allows(req.user, 'corrections', 'create') ? (
        <p className="record-correction">
          {say(req, trackerProblems, 'correctionNeeded')} <a href="/admin/collections/corrections/create">{text.recordCorrection}</a>
        </p>
      ) : null}
    </div>
  )
}
