import assert from 'node:assert/strict'
import { it } from 'node:test'
import { readDependencies } from './read-dependencies'

const dependsOn = readDependencies({
  defaultDepth: 2,
  relations: {
    news: { populated: ['themes'], joined: [] },
    themes: { populated: [], joined: [] },
    administrations: { populated: [], joined: ['missions'] },
    missions: { populated: ['administrations'], joined: [] },
    'global:home': { populated: ['news'], joined: [] },
  },
})

it('tags a read with what it reads, what its depth populates and what joins list', () => {
  assert.deepEqual([...dependsOn('find', { collection: 'news', depth: 0 }, { docs: [] })], ['news:*'])
  assert.deepEqual([...dependsOn('find', { collection: 'news', depth: 1 }, { docs: [] })].sort(), ['news:*', 'themes:*'])
  // A join lists the other side at any depth.
  assert.deepEqual([...dependsOn('findByID', { collection: 'administrations', id: 3, depth: 0 }, {})].sort(), [
    'administrations:3',
    'missions:*',
  ])
  // The default depth (2) reaches through a global's relations to theirs.
  assert.deepEqual([...dependsOn('findGlobal', { slug: 'home' }, {})].sort(), ['global:home', 'news:*', 'themes:*'])
})

it('depends on everything when it reads what the schema does not describe', () => {
  assert.ok(dependsOn('find', { collection: 'unknown', depth: 1 }, { docs: [] }).has('*'))
})

it('tags by id what rich text names in the answer', () => {
  const answer = { body: { root: { children: [{ type: 'link', fields: { doc: { relationTo: 'news', value: { id: 7 } } } }] } } }
  assert.ok(dependsOn('findByID', { collection: 'missions', id: 1, depth: 1 }, answer).has('news:7'))
})
