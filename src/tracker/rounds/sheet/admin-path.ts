import type { AdminViewConfig } from 'payload'

/** The round's spreadsheet page in the admin (`/admin/round-sheet/:round`) and its dry runs (`…/check/:import`). */
export const ROUND_SHEET_ADMIN_PATH = '/round-sheet' as const

export const roundSheetAdminViews: Record<string, AdminViewConfig> = {
  roundSheet: {
    Component: '/tracker/rounds/sheet/admin/RoundSheetView#RoundSheetView',
    path: `${ROUND_SHEET_ADMIN_PATH}/:round`,
    exact: true,
  },
  roundSheetCheck: {
    Component: '/tracker/rounds/sheet/admin/RoundSheetView#RoundSheetView',
    path: `${ROUND_SHEET_ADMIN_PATH}/:round/check/:import`,
    exact: true,
  },
}
