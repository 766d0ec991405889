import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildSchema, type ExecutionArgs, parse, validate } from 'graphql'
import { graphQLBounds } from './graphql-bounds'

const schema = buildSchema(`
  type Query { allNews(limit: Int, page: Int, pagination: Boolean): NewsList, News(id: Int!): News }
  type NewsList { docs: [News], totalDocs: Int }
  type News { id: Int, title: String, parent: News, related(limit: Int): NewsList }
`)

function problems(query: string, { user, variables }: { user?: object; variables?: Record<string, unknown> } = {}): string[] {
  const document = parse(query)
  const args = {
    schema,
    document,
    contextValue: { req: { user, i18n: { language: 'en' } } },
    variableValues: variables,
  } as unknown as ExecutionArgs
  return validate(schema, document, graphQLBounds(args)).map((error) => error.message)
}

describe('graphQLBounds', () => {
  it('lets a visitor read a page of documents with their relationships', () => {
    assert.deepEqual(problems('{ allNews(limit: 100) { docs { id title parent { id title } } } }'), [])
  })
  it('refuses a visitor lists without paging or over 100, joined lists included', () => {
    assert.match(problems('{ allNews(pagination: false) { docs { id } } }').join(), /page by page/)
    assert.match(problems('{ allNews(limit: 0) { docs { id } } }').join(), /at most 100/)
    assert.match(problems('query ($n: Int) { allNews(limit: $n) { docs { id } } }', { variables: { n: 1000 } }).join(), /at most 100/)
    assert.match(problems('{ News(id: 1) { related(limit: 500) { docs { id } } } }').join(), /at most 100/)
  })
  it('refuses a visitor queries nested too deep or costing too much', () => {
    assert.match(
      problems('{ News(id: 1) { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }').join(),
      /nested too deeply \(10 levels\)/,
    )
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: allNews(limit: 100) { docs { id title } }`).join(' ')
    assert.match(problems(`{ ${aliases} }`).join(), /asks for too much/)
  })
  it('measures each fragment once, however often it is spread', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on News { id ${i < 39 ? `parent { ...F${i + 1} } ...F${i + 1}` : ''} }`,
    ).join('\n')
    const started = performance.now()
    const found = problems(`{ News(id: 1) { ...F0 } } ${fragments}`)
    assert.ok(performance.now() - started < 1000, 'in well under a second')
    assert.match(found.join(), /nested too deeply/)
  })
  it('leaves signed-in users to Payload’s own limits', () => {
    assert.deepEqual(problems('{ allNews(pagination: false) { docs { id } } }', { user: { id: 1 } }), [])
  })
})
