/**
 * GraphQL's side of `explain-refused-edit.ts`: Payload runs a collection's error hooks for REST only,
 * so a refused `updateProgressReport` or `deleteProgressReport` would answer a bare "not allowed".
 * This global error hook finds, in the request's query, the mutation that failed and the report it
 * names, and answers the same localized message as REST.
 */
import { type FieldNode, Kind, parse, type ValueNode } from 'graphql'
import type { AfterErrorHook } from 'payload'
import { correctionNeededFor } from './explain-refused-edit'

/** The mutations that change or delete a progress report, by field name. */
const REPORT_MUTATIONS = new Set(['updateProgressReport', 'deleteProgressReport'])

interface GraphqlBody {
  query?: unknown
  variables?: Record<string, unknown>
}

/** The literal or variable value of an argument, as an id. */
function idOf(value: ValueNode | undefined, variables: Record<string, unknown>): string | number | undefined {
  if (!value) return undefined
  if (value.kind === Kind.INT || value.kind === Kind.STRING) return value.value
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value]
    return typeof given === 'string' || typeof given === 'number' ? given : undefined
  }
  return undefined
}

/** The mutation field answered at `responseKey` (its alias or name), if the query parses. */
function fieldAt(query: string, responseKey: string): FieldNode | undefined {
  let document: ReturnType<typeof parse>
  try {
    document = parse(query)
  } catch {
    return undefined
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === responseKey) return selection
    }
  }
  return undefined
}

export const explainRefusedGraphqlEdit: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  if (!graphqlResult) return
  const status = (error as { originalError?: { status?: number } }).originalError?.status
  const key = graphqlResult.path?.[0]
  if (status !== 403 || typeof key !== 'string') return
  const body = (req.data ?? {}) as GraphqlBody
  if (typeof body.query !== 'string') return
  const field = fieldAt(body.query, key)
  if (!field || !REPORT_MUTATIONS.has(field.name.value)) return
  const id = idOf(field.arguments?.find((argument) => argument.name.value === 'id')?.value, body.variables ?? {})
  if (id === undefined) return
  const message = await correctionNeededFor(req, 'progress-reports', id)
  if (message) return { graphqlResult: { ...graphqlResult, message } }
}
