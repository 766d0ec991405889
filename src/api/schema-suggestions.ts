/**
 * graphql-js 16 ends many of its messages with a suggestion ("Cannot query field "Newss" on type
 * "Query". Did you mean "News"?") that names a field, type, argument or value of the schema. With
 * introspection off, those would still let anyone read the schema one guess at a time, so they are
 * taken out of every error message the GraphQL endpoint answers with (graphql 16 cannot turn
 * them off; 17 has `hideSuggestions`).
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g

export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '')
}

type GraphQLHandler = (request: Request) => Promise<Response>

/** The GraphQL route's handler with suggestions taken out of its answers' error messages (data is left as it is). */
export function answerWithoutSuggestions(handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const response = await handler(request)
    if (!/json/.test(response.headers.get('content-type') ?? '')) return response
    const text = await response.text()
    let body = text
    if (text.includes('Did you mean')) {
      const answer = JSON.parse(text) as { errors?: { message?: unknown }[] }
      for (const error of answer.errors ?? []) if (typeof error.message === 'string') error.message = withoutSuggestion(error.message)
      body = JSON.stringify(answer)
    }
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(body, { status: response.status, statusText: response.statusText, headers })
  }
}
