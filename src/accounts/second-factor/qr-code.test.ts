import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { drawQrCode } from './qr-code'

describe('drawQrCode', () => {
  it('draws a square code with its quiet zone, bigger for longer text', () => {
    const small = drawQrCode('otpauth://totp/Belfort:a?secret=JBSWY3DPEHPK3PXP')
    const large = drawQrCode(`otpauth://totp/Belfort:${'a'.repeat(120)}?secret=JBSWY3DPEHPK3PXP`)
    assert.ok(small.size >= 21 + 8)
    assert.ok(large.size > small.size)
    assert.match(small.path, /^(M\d+ \d+h1v1h-1z)+$/)
    // The finder pattern's corner is dark, just inside the quiet zone.
    assert.ok(small.path.startsWith('M4 4h1v1h-1z'))
  })
})
