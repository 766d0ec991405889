import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { guardDroppedConstraints } from './guard-dropped-constraints'

const generated = `export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql\`
  ALTER TABLE "a" DROP CONSTRAINT "a_b_fk";\`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql\`
   DROP TABLE "b" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_b_fk";
  ALTER TABLE "c" DROP CONSTRAINT IF EXISTS "c_b_fk";\`)
}
`

describe('guardDroppedConstraints', () => {
  it('guards the drops of the way down, and leaves the way up and guarded drops alone', () => {
    const guarded = guardDroppedConstraints(generated)
    assert.match(guarded, /^ {2}ALTER TABLE "a" DROP CONSTRAINT "a_b_fk";/m)
    assert.match(guarded, /-- Hand edit: IF EXISTS.*\n {2}ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_b_fk";/)
    assert.match(guarded, /^ {2}ALTER TABLE "c" DROP CONSTRAINT IF EXISTS "c_b_fk";/m)
    assert.equal(guardDroppedConstraints(guarded), guarded)
  })

  it('leaves a source without a way down as it is', () => {
    assert.equal(guardDroppedConstraints('export const x = 1\n'), 'export const x = 1\n')
  })
})
