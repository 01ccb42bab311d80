'use client'

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()}>
      印刷・PDFで保存 / Print or save as PDF
    </button>
  )
}
