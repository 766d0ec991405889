/** How a refused password is answered: a 400 on the password field, saying why in the sender's language. */
import { type PayloadRequest, ValidationError } from 'payload'
import { languageOf, say } from '@/site/i18n/request-language'
import { passwordMessages } from './password-messages'
import {
  estimatorFeedback,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordOwner,
  type PasswordProblem,
  passwordProblem,
} from './password-policy'

/** Why the password is refused, in the language of whoever sent the request. */
export async function describePasswordProblem(req: PayloadRequest, problem: PasswordProblem): Promise<string> {
  switch (problem.kind) {
    case 'too-short':
      return say(req, passwordMessages, 'passwordTooShort', { min: PASSWORD_MIN_LENGTH, length: problem.length })
    case 'too-long':
      return say(req, passwordMessages, 'passwordTooLong', { max: PASSWORD_MAX_LENGTH, length: problem.length })
    case 'personal':
      return say(req, passwordMessages, 'passwordPersonal')
    case 'weak': {
      const feedback = await estimatorFeedback(problem, languageOf(req))
      return [say(req, passwordMessages, 'passwordWeak'), ...feedback, say(req, passwordMessages, 'passwordAdvice')].join(' ')
    }
  }
}

/** Throws a 400 naming the password field when this password may not be used by its owner. */
export async function assertPasswordAllowed(req: PayloadRequest, password: string, owner: PasswordOwner): Promise<void> {
  const problem = await passwordProblem(password, owner)
  if (!problem) return
  const message = await describePasswordProblem(req, problem)
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req }, req.t)
}
