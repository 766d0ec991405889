/**
 * Which of this code's migrations bring an empty database to an archive's schema. The two database
 * kinds have migration lists of their own (names carry their creation time), so across kinds the
 * archive's last migration is found by its name without the time stamp.
 */

/** `20261130_023407_four_eyes` → `four_eyes`. */
export function migrationTopic(name: string): string {
  return name.replace(/^\d{8}_\d{6}_/, '')
}

/**
 * How many of `target`'s migrations (in order) to run before loading the archive's rows, or an
 * explanation when this code does not know the archive's schema (an archive from a newer Belfort).
 */
export function migrationsToArchive(archive: string[], target: string[], sameKind: boolean): { count: number } | { refusal: string } {
  const last = archive.at(-1)
  if (!last) return { refusal: 'the archive records no migration' }
  if (sameKind) {
    const unknown = archive.filter((name) => !target.includes(name))
    if (unknown.length > 0) return { refusal: `the archive comes from a newer Belfort (unknown migrations: ${unknown.join(', ')})` }
    return { count: target.indexOf(last) + 1 }
  }
  // Some migrations exist for one kind only (a PostgreSQL enum value has no SQLite counterpart): the
  // archive's schema is that of its last migration that the target kind also has.
  for (const name of [...archive].reverse()) {
    const topic = migrationTopic(name)
    const index = target.findLastIndex((candidate) => migrationTopic(candidate) === topic)
    if (index >= 0) return { count: index + 1 }
  }
  return { refusal: `the archive's schema (${last}) is not one this version of Belfort knows` }
}
