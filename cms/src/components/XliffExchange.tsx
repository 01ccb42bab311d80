'use client'
/**
 * On the translation status page: download the work to do as XLIFF for a CAT tool, and upload a
 * translated file back. The upload is a same-origin fetch with the admin's session (the endpoint
 * refuses cookie posts from other origins), and the per-unit report is shown as the server wrote it.
 */
import React, { useState } from 'react'

interface UnitResult {
  file: string
  unit: string
  result: 'applied' | 'skipped' | 'refused'
  reason: string
}

interface Report {
  ok: boolean
  error: string | null
  units: UnitResult[]
  files: { file: string; title: string | null; result: string; reason: string }[]
}

export interface XliffDownload {
  lang: string
  source: string
  count: number
}

const MAX_BYTES = 5 * 1024 * 1024

export function XliffExchange({ downloads, scope }: { downloads: XliffDownload[]; scope: 'todo' | 'all' }) {
  const [report, setReport] = useState<Report | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setReport(null)
    setProblem(null)
    const form = new FormData(event.currentTarget)
    const file = form.get('file')
    const ready = form.get('ready') === 'on'
    if (!(file instanceof File) || file.size === 0) return setProblem('Choose an .xlf file first.')
    if (file.size > MAX_BYTES) return setProblem('The file is larger than 5 MB; split the batch in the CAT tool.')
    setBusy(true)
    try {
      const response = await fetch(`/api/translations/xliff${ready ? '?ready=1' : ''}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: file,
      })
      const body = await response.json().catch(() => null)
      if (body && Array.isArray(body.units)) setReport(body as Report)
      else setProblem(body?.errors?.[0]?.message ?? `The upload failed (${response.status}).`)
    } catch {
      setProblem('The upload did not reach the server.')
    } finally {
      setBusy(false)
    }
  }

  const color = {
    applied: 'var(--theme-success-600, #2e7d32)',
    skipped: 'inherit',
    refused: 'var(--theme-error-600, #c62828)',
  }
  return (
    <section aria-labelledby="xliff-exchange" style={{ margin: '1.5em 0' }}>
      <h2 id="xliff-exchange" style={{ fontSize: '1.1rem' }}>
        XLIFF for CAT tools
      </h2>
      {downloads.length === 0 ? (
        <p>Nothing to download for these languages.</p>
      ) : (
        <p>
          Download (XLIFF 2.1):{' '}
          {downloads.map((d, i) => (
            <React.Fragment key={`${d.source}-${d.lang}`}>
              {i > 0 && ' · '}
              <a
                href={`/api/translations/xliff?lang=${d.lang}&scope=${scope}&source=${d.source}`}
                download
              >{`${d.source} → ${d.lang} (${d.count} document${d.count === 1 ? '' : 's'})`}</a>
            </React.Fragment>
          ))}
        </p>
      )}
      <form onSubmit={upload}>
        <label>
          Upload a translated file: <input type="file" name="file" accept=".xlf,.xliff,application/xliff+xml" />
        </label>{' '}
        <label>
          <input type="checkbox" name="ready" /> ready for readers (otherwise the text waits, as a save does)
        </label>{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
      {problem && (
        <p role="alert" style={{ color: color.refused }}>
          {problem}
        </p>
      )}
      {report && (
        <div role="status">
          <p style={{ color: report.ok ? undefined : color.refused }}>
            {report.error ??
              `${report.units.filter((u) => u.result === 'applied').length} applied, ${report.units.filter((u) => u.result === 'skipped').length} skipped, ${report.units.filter((u) => u.result === 'refused').length} refused.`}
          </p>
          <table className="table" style={{ width: '100%' }}>
            <caption style={{ textAlign: 'left' }}>Import report</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Text</th>
                <th scope="col">Result</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.files
                .filter((f) => f.result === 'refused')
                .map((f) => (
                  <tr key={`file-${f.file}`}>
                    <td>{f.title ?? f.file}</td>
                    <td>(whole document)</td>
                    <td style={{ color: color.refused }}>refused</td>
                    <td>{f.reason}</td>
                  </tr>
                ))}
              {report.units.map((u) => (
                <tr key={`${u.file}|${u.unit}`}>
                  <td>{report.files.find((f) => f.file === u.file)?.title ?? u.file}</td>
                  <td>
                    <code>{u.unit}</code>
                  </td>
                  <td style={{ color: color[u.result] }}>{u.result}</td>
                  <td>{u.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
