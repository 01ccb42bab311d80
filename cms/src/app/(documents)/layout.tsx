// Plain pages outside the admin: a report ready to print, an article's live preview.
import type React from 'react'

import './documents.css'

export const metadata = { title: 'JP-MIRAI CMS', robots: { index: false } }

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  )
}
