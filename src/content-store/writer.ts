/**
 * Keeps the store equal to what Payload publishes. A change announced at the invalidation point
 * projects again the changed document and every stored document whose rows show it (their
 * dependency tags), and replaces their rows in one transaction: a reader sees the old rows or the
 * new ones, never half. A document no longer public loses its rows. `everything` rebuilds.
 */
import type { Payload } from 'payload'
import { anyTag, docTag, globalTag } from '@/site/cache-tags'
import type { ContentChange } from '@/site/invalidation'
import { type Projection, projectCollection, projectFacts, projectGlobal } from './projection'
import type { SqlDialect } from './sql-dialect'
import type { Statement, StoreDatabase } from './store-database'
import { FACT_VARIANT, globalSource, SHAPE_SOURCE, STORE_SHAPE, STORED_COLLECTIONS, STORED_FACTS, STORED_GLOBALS } from './stored'

const ROWS_PER_INSERT = 50

/**
 * Facts (stored.ts) are written inside the transaction of the change they record, announced once it
 * commits. Each change looks for the rows above the highest one held, less this many: a transaction
 * that committed after later ones (PostgreSQL hands out ids at insert) is still found unless this many
 * rows were written meanwhile; the start-up check finds any other. A burst of changes (the demo, an
 * import) so costs each change a bounded look, not one that grows with the burst.
 */
const FACTS_LOOK_BACK_ROWS = 100

function insertRows(projection: Projection, dialect: SqlDialect): Statement[] {
  const statements: Statement[] = []
  const values = `(?, ?, ?, ?, ?, ?, ?, ?, ${dialect.keysPlaceholder})`
  for (let start = 0; start < projection.rows.length; start += ROWS_PER_INSERT) {
    const chunk = projection.rows.slice(start, start + ROWS_PER_INSERT)
    statements.push({
      sql: `INSERT INTO content_store (collection, doc_id, locale, fallback, depth, slug, data, card, keys) VALUES ${chunk.map(() => values).join(', ')}`,
      params: chunk.flatMap((row) => [
        row.collection,
        row.docId,
        row.locale,
        row.fallback,
        row.depth,
        row.slug,
        row.data,
        row.card,
        row.keys,
      ]),
    })
  }
  const tags = [...projection.dependencies].flatMap(([key, set]) => {
    const [collection, id] = key.split(' ') as [string, string]
    return [...set].map((tag) => [tag, collection, Number(id)] as const)
  })
  for (let start = 0; start < tags.length; start += ROWS_PER_INSERT) {
    const chunk = tags.slice(start, start + ROWS_PER_INSERT)
    statements.push({
      sql: `INSERT INTO content_store_dependencies (tag, collection, doc_id) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
      params: chunk.flat(),
    })
  }
  return statements
}

function merge(into: Projection, from: Projection): void {
  into.rows.push(...from.rows)
  for (const [key, tags] of from.dependencies) into.dependencies.set(key, tags)
}

/**
 * Whether the store has been filled (the settings every page shows are in it), and every row has its
 * query keys (the upgrade that added them leaves older rows without). Asked with a writer or a reader.
 */
export async function storeFilled(database: Pick<StoreDatabase, 'read'>): Promise<boolean> {
  const rows = await database.read('SELECT count(*) AS total FROM content_store WHERE collection = ?', [globalSource('site-settings')])
  return Number(rows[0]?.total ?? 0) > 0 && (await rowsWithoutKeys(database)) === 0
}

/** Rows written before the store kept query keys (the upgrade that added them leaves them empty). */
async function rowsWithoutKeys(database: Pick<StoreDatabase, 'read'>): Promise<number> {
  const rows = await database.read('SELECT count(*) AS total FROM content_store WHERE keys IS NULL', [])
  return Number(rows[0]?.total ?? 0)
}

const emptyProjection = (): Projection => ({ rows: [], dependencies: new Map() })

/** The row that says which shape the store's rows have (stored.ts). */
const shapeMark = (): Projection => ({
  rows: [
    {
      collection: SHAPE_SOURCE,
      docId: 0,
      locale: '',
      fallback: '',
      depth: 0,
      slug: null,
      data: String(STORE_SHAPE),
      card: null,
      keys: '{}',
    },
  ],
  dependencies: new Map(),
})

export class ContentStoreWriter {
  constructor(
    private readonly payload: Payload,
    private readonly database: StoreDatabase,
  ) {}

  /** Projects everything again and replaces the whole store in one transaction; answers the rows written. */
  async rebuild(): Promise<number> {
    const projection = emptyProjection()
    for (const collection of Object.keys(STORED_COLLECTIONS)) merge(projection, await projectCollection(this.payload, collection))
    for (const slug of Object.keys(STORED_GLOBALS)) merge(projection, await projectGlobal(this.payload, slug))
    for (const collection of Object.keys(STORED_FACTS)) merge(projection, await projectFacts(this.payload, collection))
    merge(projection, shapeMark())
    await this.database.write([
      { sql: 'DELETE FROM content_store', params: [] },
      { sql: 'DELETE FROM content_store_dependencies', params: [] },
      ...insertRows(projection, this.database.dialect),
    ])
    return projection.rows.length
  }

  /** Brings the store up to date with one announced change. */
  async apply(change: ContentChange): Promise<void> {
    // Inside the writer's transaction the new rows cannot be read yet; the commit announces it again.
    if (change.uncommitted) return
    // The store lives in the shared database and the instance that made a change wrote it there before
    // telling the others; projecting it again here (a whole rebuild, for a reconnect's `everything`)
    // would only delay every later change, and the purge of the caches that waits behind it.
    if (change.remote) return
    if (change.kind === 'everything') {
      await this.rebuild()
      return
    }
    const touched = change.kind === 'global' ? [globalTag(change.source)] : [anyTag(change.source)]
    if (change.kind === 'collection' && change.id !== undefined) touched.push(docTag(change.source, change.id))
    const affected = new Map<string, Set<number>>()
    const add = (collection: string, id: number) => affected.set(collection, (affected.get(collection) ?? new Set()).add(id))
    if (change.kind === 'global' && STORED_GLOBALS[change.source]) add(globalSource(change.source), 0)
    const wholeCollection = change.kind === 'collection' && change.id === undefined && STORED_COLLECTIONS[change.source]
    if (change.kind === 'collection' && change.id !== undefined && STORED_COLLECTIONS[change.source]) add(change.source, Number(change.id))
    const showing = await this.database.read(
      `SELECT DISTINCT collection, doc_id FROM content_store_dependencies WHERE tag IN (${touched.map(() => '?').join(', ')})`,
      touched,
    )
    for (const row of showing) add(String(row.collection), Number(row.doc_id))

    const projection = emptyProjection()
    const statements: Statement[] = []
    if (wholeCollection) {
      merge(projection, await projectCollection(this.payload, change.source))
      statements.push(
        { sql: 'DELETE FROM content_store WHERE collection = ?', params: [change.source] },
        { sql: 'DELETE FROM content_store_dependencies WHERE collection = ?', params: [change.source] },
      )
      affected.delete(change.source)
    }
    for (const [collection, ids] of affected) {
      if (collection.startsWith('global:')) merge(projection, await projectGlobal(this.payload, collection.slice('global:'.length)))
      else merge(projection, await projectCollection(this.payload, collection, [...ids]))
      for (const id of ids) {
        statements.push(
          { sql: 'DELETE FROM content_store WHERE collection = ? AND doc_id = ?', params: [collection, id] },
          { sql: 'DELETE FROM content_store_dependencies WHERE collection = ? AND doc_id = ?', params: [collection, id] },
        )
      }
    }
    // Facts recorded with this change (its history rows) that the store lacks.
    for (const collection of Object.keys(STORED_FACTS)) merge(projection, await this.missingFacts(collection))
    await this.database.write([...statements, ...insertRows(projection, this.database.dialect)])
  }

  /** The rows of a collection of facts written lately that the store does not hold yet. */
  private async missingFacts(collection: string): Promise<Projection> {
    const variant = [collection, FACT_VARIANT.locale, FACT_VARIANT.fallback, FACT_VARIANT.depth]
    const where = 'FROM content_store WHERE collection = ? AND locale = ? AND fallback = ? AND depth = ?'
    const top = await this.database.read(`SELECT max(doc_id) AS top ${where}`, variant)
    const floor = Number(top[0]?.top ?? 0) - FACTS_LOOK_BACK_ROWS
    const written = await this.payload.find({
      collection: collection as never,
      where: { id: { greater_than: floor } },
      select: { id: true } as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    const ids = written.docs.map((doc) => Number((doc as { id: unknown }).id))
    if (ids.length === 0) return emptyProjection()
    const held = await this.database.read(`SELECT doc_id ${where} AND doc_id > ?`, [...variant, floor])
    const stored = new Set(held.map((row) => Number(row.doc_id)))
    const missing = ids.filter((id) => !stored.has(id))
    return missing.length === 0 ? emptyProjection() : projectFacts(this.payload, collection, missing)
  }

  /**
   * Marks an empty store with this version's shape: the changes that fill it (the demo content on a
   * first start) write rows of that shape. A store that holds rows keeps what marks it.
   */
  async markShapeIfEmpty(): Promise<void> {
    const rows = await this.database.read('SELECT count(*) AS total FROM content_store', [])
    if (Number(rows[0]?.total ?? 0) === 0) await this.database.write(insertRows(shapeMark(), this.database.dialect))
  }

  /** The shape the store's rows were written in, undefined when nothing marks it. */
  private async shape(): Promise<number | undefined> {
    const rows = await this.database.read('SELECT data FROM content_store WHERE collection = ?', [SHAPE_SOURCE])
    return rows.length === 1 ? Number(rows[0]!.data) : undefined
  }

  /** Whether the store has been filled (storeFilled). */
  filled(): Promise<boolean> {
    return storeFilled(this.database)
  }

  /**
   * Whether the store holds, per collection and language, as many documents as Payload publishes
   * (and every global): the start-up check, which rebuilds when it is not so.
   */
  async differences(): Promise<string[]> {
    const found: string[] = []
    const locales = this.payload.config.localization ? this.payload.config.localization.localeCodes : ['']
    for (const [collection, depths] of Object.entries(STORED_COLLECTIONS)) {
      for (const locale of locales) {
        const published = await this.payload
          .count({ collection: collection as never, locale: locale as never, overrideAccess: false, draft: false } as never)
          .then((answer) => answer.totalDocs)
          .catch(() => 0)
        const rows = await this.database.read(
          'SELECT count(*) AS total FROM content_store WHERE collection = ? AND locale = ? AND fallback = ? AND depth = ?',
          [collection, locale, '', depths[0] ?? 0],
        )
        const stored = Number(rows[0]?.total ?? 0)
        if (stored !== published) found.push(`${collection} (${locale}): ${stored} stored, ${published} published`)
      }
    }
    for (const collection of Object.keys(STORED_FACTS)) {
      const written = await this.payload.count({ collection: collection as never, overrideAccess: true }).then((answer) => answer.totalDocs)
      const rows = await this.database.read('SELECT count(*) AS total FROM content_store WHERE collection = ?', [collection])
      const stored = Number(rows[0]?.total ?? 0)
      if (stored !== written) found.push(`${collection}: ${stored} stored, ${written} written`)
    }
    for (const slug of Object.keys(STORED_GLOBALS)) {
      const rows = await this.database.read('SELECT count(*) AS total FROM content_store WHERE collection = ?', [globalSource(slug)])
      if (Number(rows[0]?.total ?? 0) === 0) found.push(`${slug}: not stored`)
    }
    const withoutKeys = await rowsWithoutKeys(this.database)
    if (withoutKeys > 0) found.push(`${withoutKeys} rows without their query keys`)
    const shape = await this.shape()
    if (shape !== STORE_SHAPE) found.push(`rows of shape ${shape ?? 'unmarked'}, this version writes shape ${STORE_SHAPE}`)
    return found
  }
}
