/** The admin's dashboard view replaced by the "needs my attention" screen (config.admin.components.views.dashboard). */
import type { AdminViewConfig } from 'payload'

export const attentionDashboardView: AdminViewConfig = {
  Component: '/back-office/dashboard/admin/AttentionDashboard#AttentionDashboard',
}
