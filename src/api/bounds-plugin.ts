/**
 * The API's bounds as a Payload plugin: the read bounds as the first `beforeOperation` hook of
 * every collection and global, the GraphQL bounds among its validation rules. One line in
 * payload.config.ts, and no collection file has to remember them.
 */
import type { Plugin } from 'payload'
import { graphQLBounds } from './graphql-bounds'
import { boundCollectionOperation, boundGlobalOperation } from './read-bounds'

export const apiBounds = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [boundCollectionOperation, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [boundGlobalOperation, ...(global.hooks?.beforeOperation ?? [])] },
  })),
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [...(config.graphQL?.validationRules?.(args) ?? []), ...graphQLBounds(args)],
  },
})
