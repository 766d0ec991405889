/** The two headers that let a mail client unsubscribe in one click, with a POST and no sign-in (RFC 8058). */
export function listUnsubscribeHeaders(url: string): Record<'List-Unsubscribe' | 'List-Unsubscribe-Post', string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}
