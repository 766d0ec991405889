import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { safeAdminPath } from './admin-path'

describe('safeAdminPath', () => {
  it('keeps an admin path and sends anything else to the dashboard', () => {
    assert.equal(safeAdminPath('/admin/collections/news', '/admin'), '/admin/collections/news')
    assert.equal(safeAdminPath(['/admin/globals/home'], '/admin'), '/admin/globals/home')
    assert.equal(safeAdminPath('https://elsewhere.example/admin', '/admin'), '/admin')
    assert.equal(safeAdminPath('//elsewhere.example', '/admin'), '/admin')
    assert.equal(safeAdminPath('/admin/login', '/admin'), '/admin')
    assert.equal(safeAdminPath('/admin/second-factor', '/admin'), '/admin')
    assert.equal(safeAdminPath(undefined, '/admin'), '/admin')
  })
})
