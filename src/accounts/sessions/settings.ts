/** The staff session settings of this process (STAFF_2FA, SESSION_MAX_HOURS, SESSION_IDLE_MINUTES), read once. */
import { readEnvironment, type StaffSessionSettings } from '@/environment'

const environment = readEnvironment()

export const sessionSettings: StaffSessionSettings = environment.staffSessions

/** Milliseconds from sign-in after which a session is refused, refreshed or not. */
export const maxSessionMs = Math.round(sessionSettings.maxHours * 3600_000)

/** Seconds a token lives without a refresh: Payload's `tokenExpiration`, which is the idle timeout. */
export const idleSeconds = Math.max(1, Math.round(sessionSettings.idleMinutes * 60))

/** Only over HTTPS does the browser keep the cookie from being sent in clear. */
export const secureCookies = new URL(environment.serverUrl).protocol === 'https:'
