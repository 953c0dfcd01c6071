import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { SourceSync } from '#domain/index-api'
import { DataProblemsDialog } from './data-problems-dialog'
import { summaryText } from './result-summary'
import { SIMULATOR_PROBLEMS_NOTE, SyncNotes } from './sync-notes'
import { syncNoteText, syncSummary } from './sync-text'

const now = new Date('2026-11-20T10:03:08.000Z')
const base: SourceSync = {
  source: 'telnyx',
  mode: 'simulator',
  state: 'ok',
  lastSuccessAt: '2026-11-20T10:03:00.000Z',
  lastAttemptAt: '2026-11-20T10:03:00.000Z',
  lagSeconds: 8,
  records: 1200,
  lastError: null,
  retryAt: null,
  historySince: '2026-11-05T00:00:00.000Z',
  problems: [],
  progress: null,
}

describe('sync notes', () => {
  it('condenses every source to one line: how many, the least fresh sync, and who needs attention', () => {
    const stale: SourceSync = {
      ...base,
      source: 'skipcall',
      state: 'stale',
      lastSuccessAt: '2026-11-20T09:58:00.000Z',
      lastError: '503 from Skipcall',
    }
    const older = { ...base, source: 'leadping' as const, lastSuccessAt: '2026-11-20T10:01:00.000Z' }
    const first = { ...base, source: 'callingbox' as const, state: 'syncing' as const, lastSuccessAt: null }
    expect(syncSummary([base, older], now, 'UTC').map((part) => part.text)).toEqual([
      '2 sources',
      'synced 2 min ago',
    ])
    expect(syncSummary([base, stale, first], now, 'UTC')).toEqual([
      { text: '3 sources', attention: false },
      { text: '1 synced 8 s ago', attention: false },
      { text: 'Skipcall: stale since 09:58:00 UTC', attention: true },
      { text: 'CallingBox: first sync in progress', attention: false },
    ])
  })

  it('says how fresh a source is and since when it holds history, in the chosen zone', () => {
    expect(syncNoteText(base, now, 'UTC')).toBe('Telnyx: synced 8 s ago · history since 2026-11-05 UTC')
    expect(syncNoteText(base, now, 'America/New_York')).toBe(
      'Telnyx: synced 8 s ago · history since 2026-11-04 EST',
    )
  })

  it('says when a stale source went stale, why, and when it retries by itself', () => {
    const stale: SourceSync = {
      ...base,
      source: 'skipcall',
      state: 'stale',
      lastSuccessAt: '2026-11-20T10:02:00.000Z',
      lastError: '503 from Skipcall',
      retryAt: '2026-11-20T10:05:00.000Z',
    }
    expect(syncNoteText(stale, now, 'UTC')).toBe(
      'Skipcall: stale since 10:02:00 UTC — 503 from Skipcall, retrying at 10:05:00 UTC',
    )
  })

  it('shows a first sync’s progress, or its failure', () => {
    const first: SourceSync = {
      ...base,
      source: 'callingbox',
      state: 'syncing',
      lastSuccessAt: null,
      progress: 'page 3',
    }
    expect(syncNoteText(first, now, 'UTC')).toBe('CallingBox: first sync in progress (page 3)')
    expect(
      syncNoteText(
        { ...first, state: 'never', lastError: 'CallingBox timed out', progress: null },
        now,
        'UTC',
      ),
    ).toBe('CallingBox: first sync failed — CallingBox timed out, retrying shortly')
  })

  it('counts records that could not be read and opens them', async () => {
    const user = userEvent.setup()
    const onShowIssues = vi.fn()
    const problem = { recordId: 'r1', field: 'status', message: 'bad' }
    render(
      <SyncNotes
        sync={[base, { ...base, source: 'leadping', problems: [problem, problem] }]}
        now={now}
        timeZone="UTC"
        onShowIssues={onShowIssues}
      />,
    )
    // One line says it all in short; the per-source lines wait behind Sync details.
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Leadping: 2 records could not be read' }))
    expect(onShowIssues).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Sync details' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: '2 records could not be read' }))
    expect(onShowIssues).toHaveBeenCalledWith(
      [
        { ...problem, source: 'leadping', raw: undefined },
        { ...problem, source: 'leadping', raw: undefined },
      ],
      'Records from Leadping that could not be read',
    )
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument()
  })

  it('says the simulator’s unreadable records are planted on purpose, beside the count, and not for a live source', async () => {
    const user = userEvent.setup()
    const problem = { recordId: 'r1', field: 'status', message: 'bad' }
    render(
      <SyncNotes
        sync={[
          { ...base, source: 'leadping', problems: [problem, problem] },
          { ...base, source: 'skipcall', mode: 'live', problems: [problem] },
        ]}
        now={now}
        timeZone="UTC"
        onShowIssues={vi.fn()}
      />,
    )
    expect(
      screen
        .getByRole('button', { name: 'Leadping: 2 records could not be read' })
        .getAttribute('aria-describedby'),
    ).toBe('sync-demo-note-leadping')
    await user.click(screen.getByRole('button', { name: 'Sync details' }))
    const [leadping, skipcall] = screen.getAllByRole('listitem')
    expect(leadping?.textContent).toContain(`(${SIMULATOR_PROBLEMS_NOTE})`)
    // Read with the button, so a keyboard or screen-reader user hears it where the count is.
    expect(
      screen.getByRole('button', { name: '2 records could not be read' }).getAttribute('aria-describedby'),
    ).toBe('sync-demo-note-leadping')
    expect(document.getElementById('sync-demo-note-leadping')?.textContent).toContain('on purpose')
    expect(skipcall?.textContent).not.toContain('simulator')
    expect(
      screen.getByRole('button', { name: '1 record could not be read' }).hasAttribute('aria-describedby'),
    ).toBe(false)
  })

  it('lists data problems with their raw values as text, never as markup', () => {
    render(
      <DataProblemsDialog
        title="Data problems from Leadping"
        onClose={vi.fn()}
        issues={[
          {
            source: 'leadping',
            recordId: null,
            field: 'leadName',
            message: 'Expected string',
            raw: { leadName: '<img src=x onerror=alert(1)>' },
          },
        ]}
      />,
    )
    const raw = screen.getByLabelText('Value as received')
    expect(raw.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(raw.querySelector('img')).toBeNull()
    expect(screen.getByText('unknown')).toBeInTheDocument()
  })

  it('counts all matching calls, "more than" when the count stopped, and what is loaded', () => {
    expect(summaryText({ count: 1204, exact: true }, 100, false)).toBe('1,204 calls · 100 loaded')
    expect(summaryText({ count: 10000, exact: false }, 350, false)).toBe(
      'More than 10,000 calls · 350 loaded',
    )
    expect(summaryText({ count: 1, exact: true }, 1, true)).toBe('1 call')
    expect(summaryText(null, 12, true)).toBe('12 calls')
  })
})
