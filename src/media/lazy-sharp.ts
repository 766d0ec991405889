/**
 * sharp for Payload's `sharp` option, loaded when Payload first hands it an image: the library and
 * libvips, its native part, cost about 10 MB of resident memory, and only uploads use them (an
 * editor's media, a visitor's WebP attachment), which most processes never see. Payload only ever
 * calls `sharp(input, options)`, so a function that loads it on that first call is all it needs.
 */
import { createRequire } from 'node:module'
import type { SharpDependency } from 'payload'

const load = createRequire(import.meta.url)
let sharp: SharpDependency | undefined

export const lazySharp: SharpDependency = (input, options) => {
  sharp ??= load('sharp') as SharpDependency
  return sharp(input, options)
}
