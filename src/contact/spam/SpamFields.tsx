/** @jsxImportSource @/site/html */
/**
 * The spam defences' fields, the same on every public form that takes a visitor's text (contact,
 * a comment after "no" under a page, a request for another format): the trap field people never
 * see, and the challenge (challenge.ts) with the wait it asks of a browser without JavaScript, said
 * beside the button that sends.
 */
import type { Translate } from '@/site/i18n'
import { formatNumber } from '@/site/i18n'
import type { MessageKey } from '@/site/i18n'
import type { Locale } from '@/site/routes'

/** A field only robots fill in (named `website`, which rules.ts and receivers read): off screen, out of the tab order, labelled for whoever meets it anyway. */
export function TrapField({ t, id }: { t: Translate; id: string }) {
  return (
    <div class="form-trap">
      <label for={id}>{t('honeypot')}</label>
      <input type="text" id={id} name="website" value="" tabindex="-1" autocomplete="off" />
    </div>
  )
}

/** The challenge's token and the solution the page script fills in, the wait a browser without JavaScript must let pass, and the send button. */
export function ChallengeAndSend(props: {
  t: Translate
  locale: Locale
  token: string
  waitSeconds: number
  /** The id of the sentence about the wait, which the button refers to. */
  hintId: string
  hint: MessageKey
  send: string
  /** The button's id, where an error summary links to it. */
  sendId?: string
}) {
  const { t, locale, token, waitSeconds, hintId, hint, send, sendId } = props
  return (
    <>
      <input type="hidden" name="challenge" value={token} />
      <input type="hidden" name="solution" value="" />
      <p class="hint" id={hintId}>
        {t(hint, { seconds: formatNumber(waitSeconds, locale) })}
      </p>
      <button type="submit" class="button" id={sendId} aria-describedby={hintId}>
        {send}
      </button>
    </>
  )
}
