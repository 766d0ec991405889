/**
 * A summit not yet taken stock of: what taking stock does, and its button for whoever the role
 * matrix lets take the step (and may change the summit). Replaces a checkbox that the admin showed
 * disabled to everyone.
 */
import type { CheckboxFieldServerComponent } from 'payload'
import type React from 'react'
import { mayTakeStep } from '@/access/from-matrix'
import { languageOf } from '@/site/i18n/request-language'
import { trackerActions } from '../messages'
import { mayChange } from './may-change'
import { WorkflowButtons } from './WorkflowButtons'

export const TakeStockField: CheckboxFieldServerComponent = async ({ req, data, id, i18n }): Promise<React.ReactElement | null> => {
  if (data?.snapshot) return null
  const text = trackerActions[languageOf({ i18n })]
  const may = mayTakeStep(req.user, 'social-summits', 'take-stock') && (await mayChange(req, 'social-summits', id))
  return (
    <div className="field-type take-stock">
      <p>{text.takeStockLead}</p>
      <WorkflowButtons
        actions={
          may
            ? [
                {
                  step: 'take-stock',
                  label: text.takeStock,
                  title: text.takeStockTitle,
                  publicText: text.takeStockPublic,
                  values: { takeStock: true },
                },
              ]
            : []
        }
        alsoSaved={text.alsoSaved}
        cancel={text.cancel}
      />
    </div>
  )
}
