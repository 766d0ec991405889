/**
 * GraphQL's counterpart of read-bounds.ts for visitors without a session: a query may not nest
 * deeper than ANONYMOUS_MAX_QUERY_DEPTH fields nor cost more than ANONYMOUS_MAX_QUERY_COST, where a
 * field costs 1 plus what it selects times the documents it lists (its `limit`, 10 when not given);
 * and every list in it, joined lists included, is paged, at most 100 a page. Checked as a
 * validation rule, so such a query is refused before anything runs.
 */
import { type ExecutionArgs, GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { apiMessages } from './messages'
import { ANONYMOUS_MAX_LIMIT } from './read-bounds'

export const ANONYMOUS_MAX_QUERY_DEPTH = 8
export const ANONYMOUS_MAX_QUERY_COST = 5000
/** Payload's page size when a query names none. */
const DEFAULT_LIMIT = 10

interface Measure {
  depth: number
  cost: number
}

interface FieldDefinition {
  args: readonly { name: string }[]
  type: unknown
}

// The schema's types are read by shape, not with graphql's `is…Type` checks: those compare
// classes, and Next.js's bundle may hold another copy of the graphql module than Payload's schema.
function fieldsOf(type: unknown): Record<string, FieldDefinition> | undefined {
  if (!type || typeof type !== 'object' || !('getFields' in type) || typeof type.getFields !== 'function') return undefined
  return type.getFields() as Record<string, FieldDefinition>
}

function namedType(type: unknown): unknown {
  let named = type
  while (named && typeof named === 'object' && 'ofType' in named && named.ofType) named = named.ofType
  return named
}

type Problem = 'unpaged' | 'limit'

class QueryMeasurer {
  private readonly fragments = new Map<string, Measure>()
  readonly problems = new Set<Problem>()

  constructor(
    private readonly context: ValidationContext,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {}

  /** The value of an argument written in the query or passed as a variable. */
  private argument(field: { arguments?: readonly { name: { value: string }; value: unknown }[] }, name: string): unknown {
    const node = field.arguments?.find((argument) => argument.name.value === name)?.value as
      | { kind: string; value?: string; name?: { value: string } }
      | undefined
    if (!node) return undefined
    if (node.kind === Kind.VARIABLE) return this.variables[node.name?.value ?? '']
    if (node.kind === Kind.INT) return Number(node.value)
    if (node.kind === Kind.BOOLEAN) return (node as { value: unknown }).value
    return undefined
  }

  /** How many documents a listing field returns at most, noting what a visitor may not ask. */
  private listSize(field: Parameters<QueryMeasurer['argument']>[0]): number {
    const pagination = this.argument(field, 'pagination')
    if (pagination === false || pagination === 'false') this.problems.add('unpaged')
    const limit = this.argument(field, 'limit')
    if (limit === undefined || limit === null) return DEFAULT_LIMIT
    const size = Number(limit)
    if (!Number.isInteger(size) || size < 1 || size > ANONYMOUS_MAX_LIMIT) {
      this.problems.add('limit')
      return ANONYMOUS_MAX_LIMIT
    }
    return size
  }

  measure(selectionSet: SelectionSetNode, parentType: unknown): Measure {
    let depth = 0
    let cost = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldsOf(parentType)?.[selection.name.value]
        const inner = selection.selectionSet ? this.measure(selection.selectionSet, namedType(definition?.type)) : { depth: 0, cost: 0 }
        const size = definition?.args.some((argument) => argument.name === 'limit') ? this.listSize(selection) : 1
        depth = Math.max(depth, 1 + inner.depth)
        cost += 1 + size * inner.cost
        continue
      }
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? this.inline(selection, parentType) : this.spread(selection.name.value)
      depth = Math.max(depth, inner.depth)
      cost += inner.cost
    }
    return { depth, cost }
  }

  private inline(fragment: { typeCondition?: { name: { value: string } }; selectionSet: SelectionSetNode }, parentType: unknown): Measure {
    const type = fragment.typeCondition ? this.context.getSchema().getType(fragment.typeCondition.name.value) : parentType
    return this.measure(fragment.selectionSet, type)
  }

  /** Each named fragment is measured once, however often it is spread; a cycle (refused by graphql's own rules) counts nothing. */
  private spread(name: string): Measure {
    const known = this.fragments.get(name)
    if (known) return known
    this.fragments.set(name, { depth: 0, cost: 0 })
    const fragment = this.context.getFragment(name)
    const measured = fragment ? this.inline(fragment, undefined) : { depth: 0, cost: 0 }
    this.fragments.set(name, measured)
    return measured
  }
}

function anonymousQueryBounds(req: PayloadRequest | undefined, variables: Readonly<Record<string, unknown>>): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema()
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
      const measurer = new QueryMeasurer(context, variables)
      const { depth, cost } = measurer.measure(operation.selectionSet, root)
      const report = (message: string) => context.reportError(new GraphQLError(message, { nodes: [operation] }))
      if (depth > ANONYMOUS_MAX_QUERY_DEPTH) report(say(req, apiMessages, 'queryTooDeep', { depth, max: ANONYMOUS_MAX_QUERY_DEPTH }))
      if (cost > ANONYMOUS_MAX_QUERY_COST) report(say(req, apiMessages, 'queryTooCostly', { cost, max: ANONYMOUS_MAX_QUERY_COST }))
      if (measurer.problems.has('unpaged')) report(say(req, apiMessages, 'paginationRequired'))
      if (measurer.problems.has('limit')) report(say(req, apiMessages, 'limitTooHigh', { max: ANONYMOUS_MAX_LIMIT }))
    },
  })
}

/** The rules Payload adds to graphql's own (`graphQL.validationRules`): none for a signed-in user. */
export function graphQLBounds(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  if (req?.user) return []
  return [anonymousQueryBounds(req, (args.variableValues ?? {}) as Record<string, unknown>)]
}
