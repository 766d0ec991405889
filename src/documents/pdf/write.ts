import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib'

export interface DemoPdf {
  title: string
  /** BCP 47, written into the file so that readers announce it in the right language. */
  language: string
  /** Printed on every page: this is a demonstration document, not the real one. */
  notice: string
  paragraphs: string[]
}

/** Breaks text into lines that fit `width` points in `font` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A real, text-bearing PDF for the demo (the strategy's actual PDFs are not available here): what
 * it says can be opened, extracted and searched like any uploaded document.
 */
export async function writeDemoPdf(content: DemoPdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(content.title)
  pdf.setLanguage(content.language)
  pdf.setCreator('Belfort demo content')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const [width, height, margin] = [595, 842, 56]
  let page = pdf.addPage([width, height])
  let y = height - margin
  const newPage = () => {
    page.drawText(content.notice, { x: margin, y: 28, size: 8, font: regular })
    page = pdf.addPage([width, height])
    y = height - margin
  }
  for (const line of wrap(content.title, bold, 18, width - 2 * margin)) {
    page.drawText(line, { x: margin, y, size: 18, font: bold })
    y -= 24
  }
  y -= 12
  for (const paragraph of [content.notice, ...content.paragraphs]) {
    for (const line of wrap(paragraph, regular, 11, width - 2 * margin)) {
      if (y < margin + 20) newPage()
      page.drawText(line, { x: margin, y, size: 11, font: regular })
      y -= 15
    }
    y -= 9
  }
  page.drawText(content.notice, { x: margin, y: 28, size: 8, font: regular })
  return pdf.save()
}
