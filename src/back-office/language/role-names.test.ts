import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cellOf } from '@/access/matrix'
import { ROLES } from '@/access/roles'
import { LOCALES } from '@/site/routes'
import { ROLE_DUTIES, ROLE_NAMES, roleDuties, roleOptions } from './role-names'

describe('role names', () => {
  it('names every role and what it may do in every language, never by its slug', () => {
    for (const role of ROLES)
      for (const locale of LOCALES) {
        assert.ok(ROLE_NAMES[role][locale], `${role} in ${locale}`)
        assert.notEqual(ROLE_NAMES[role][locale], role, `${role} in ${locale} is a word, not the slug`)
        assert.ok(ROLE_DUTIES[role][locale].length > 20, `what ${role} may do, in ${locale}`)
      }
    assert.deepEqual(
      roleOptions(ROLES).map((option) => option.value),
      [...ROLES],
    )
    assert.equal(roleDuties('fr', ['editor'])[0]?.name, 'Rédacteur')
  })

  it('says who publishes as the role matrix does', () => {
    for (const role of ROLES) {
      const publishes = cellOf('pages', role, 'publish') === 'yes'
      const says = /\bpubliceert\b/.test(ROLE_DUTIES[role].nl) && !/publiceert niet/.test(ROLE_DUTIES[role].nl)
      // The admin's line says "mag alles" (everything), publishing included.
      assert.equal(says, publishes && role !== 'admin', role)
    }
    assert.equal(cellOf('pages', 'translator', 'update'), 'localized-text')
    assert.match(ROLE_DUTIES.translator.en, /does not publish/)
    assert.equal(cellOf('progress-reports', 'partner', 'create'), 'for-own-organisations')
    assert.match(ROLE_DUTIES.partner.en, /own organisations/)
  })
})
