/** A standard reply with the message's facts filled in: `{name}` and `{reference}`, as the reply's description promises. */
export function fillReply(text: string, facts: { name: string; reference: string }): string {
  return text.replace(/\{(name|reference)\}/g, (_whole, key: 'name' | 'reference') => facts[key])
}

/** The answer with a reply added: after what is already written, a blank line between. */
export function withReply(answer: string, reply: string): string {
  return answer.trim() === '' ? reply : `${answer.replace(/\s+$/, '')}\n\n${reply}`
}
