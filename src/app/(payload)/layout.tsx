import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type React from 'react'
import { schedulePublishChecked } from '@/access/schedule-publish'
import { approvalFunction } from '@/back-office/approval/steps'
import { scheduledPublicationsFunction } from '@/back-office/scheduling/server-function'
import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async (args) => {
  'use server'
  // Scheduling is checked against the role matrix and recorded (src/access/schedule-publish.ts); the
  // edit screen's panel reads what is scheduled (src/back-office/scheduling); four eyes' steps (src/back-office/approval).
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: {
      'schedule-publish': schedulePublishChecked,
      'scheduled-publications': scheduledPublicationsFunction,
      approval: approvalFunction,
    },
  })
}

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
