import { mailMessages } from './messages'
import { formatDate, languageName } from '@/site/i18n'
import type { Locale } from '@/site/routes'

type MailKey = keyof (typeof mailMessages)['nl']

function mailText(locale: Locale, key: MailKey, vars: Record<string, string> = {}): string {
  return mailMessages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
}

/** What the emails about one message need to know, already in the message's language. */
export interface MessageFacts {
  reference: string
  language: Locale
  name: string
  message: string
  createdAt: string
  topic: string
  administration: string
  organisation: string
}

export interface ComposedEmail {
  subject: string
  text: string
}

function signature(facts: MessageFacts): string {
  return `${mailText(facts.language, 'mailSignature', { organisation: facts.organisation })}\n\n${mailText(facts.language, 'mailNoReply')}`
}

/**
 * To whatever address the visitor typed, from the official sender: so it says only what Belfort
 * wrote (the reference, the subject chosen from our list, the administration), never a word the
 * visitor typed, name included. Otherwise anyone could send their own text to anyone in our name.
 */
export function acknowledgement(facts: MessageFacts): ComposedEmail {
  const vars = { reference: facts.reference, topic: facts.topic, administration: facts.administration }
  return {
    subject: mailText(facts.language, 'mailAckSubject', vars),
    text: [mailText(facts.language, 'mailAckBody', vars), '', signature(facts)].join('\n'),
  }
}

/** To the administration's inbox: where to answer, not what was written (personal data stays in Belfort). */
export function notification(facts: MessageFacts, adminLink: string): ComposedEmail {
  const vars = {
    reference: facts.reference,
    topic: facts.topic,
    administration: facts.administration,
    language: languageName(facts.language, facts.language),
    link: adminLink,
  }
  return { subject: mailText(facts.language, 'mailNotifySubject', vars), text: mailText(facts.language, 'mailNotifyBody', vars) }
}

export function answer(facts: MessageFacts, answerText: string): ComposedEmail {
  const quoted = facts.message
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
  return {
    subject: mailText(facts.language, 'mailAnswerSubject', { reference: facts.reference }),
    text: [
      mailText(facts.language, 'mailAnswerIntro', { name: facts.name }),
      '',
      answerText,
      '',
      signature(facts).split('\n\n')[0],
      '',
      mailText(facts.language, 'mailAnswerQuote', { date: formatDate(facts.createdAt, facts.language) }),
      quoted,
    ].join('\n'),
  }
}
