/**
 * The enrolment QR code, drawn on the server as one SVG path: no image service, no script, no
 * request to another host (the secret it holds must not leave the server except to the user).
 */
import qrcode from 'qrcode-generator'

export interface QrDrawing {
  /** Modules per side, the quiet zone included. */
  size: number
  /** One path of unit squares, for `<path d=…>` in a `0 0 size size` view box. */
  path: string
}

const QUIET_ZONE = 4

export function drawQrCode(text: string): QrDrawing {
  // Level M: the usual choice for codes shown on a screen.
  const code = qrcode(0, 'M')
  code.addData(text, 'Byte')
  code.make()
  const count = code.getModuleCount()
  const squares: string[] = []
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
    }
  }
  return { size: count + 2 * QUIET_ZONE, path: squares.join('') }
}
