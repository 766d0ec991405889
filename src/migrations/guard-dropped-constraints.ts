/**
 * Payload's generated PostgreSQL `down` drops a collection's table with CASCADE, which takes its
 * foreign keys with it, and then drops those keys by name: the migration fails on the way down
 * (tests/integration/migrations-down-up.test.ts). `IF EXISTS` on those drops makes it pass, and is
 * written into each new migration by `npm run migrations:create`.
 */
const NOTE = '-- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.'

/** The migration's source with every `DROP CONSTRAINT` of its `down` guarded by `IF EXISTS`. */
export function guardDroppedConstraints(source: string): string {
  const down = source.indexOf('export async function down(')
  if (down === -1) return source
  const guarded = source
    .slice(down)
    .replace(/^(\s*)(ALTER TABLE .* DROP CONSTRAINT )(?!IF EXISTS )(".*)$/gm, (_line, indent: string, head: string, rest: string) =>
      `${indent}${NOTE}\n${indent}${head}IF EXISTS ${rest}`,
    )
  return source.slice(0, down) + guarded
}
