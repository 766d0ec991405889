/**
 * Payload's runtime (its functions and classes), imported where first used rather than at the top
 * of a module: the public site's modules (src/server/app.ts and what it imports) must not load
 * Payload's 500-odd modules by being imported, so that a public-only instance can leave Payload out
 * until a request needs it (issue 21; src/server/public-imports.test.ts checks it). Where Payload is
 * running the import costs nothing: the module is already loaded.
 */
export const payloadRuntime = (): Promise<typeof import('payload')> => import('payload')
