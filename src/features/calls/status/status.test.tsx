import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FeedSourceStatus } from '../../../domain/feed'
import { testCall } from '../../../domain/testing/test-call'
import { DataProblemsDialog } from './data-problems-dialog'
import { summaryText } from './result-summary'
import { SourceStatusList } from './source-status'

afterEach(cleanup)

const base: FeedSourceStatus = {
  source: 'telnyx',
  state: 'ready',
  hasMore: true,
  filtering: { appliedBy: 'server' },
  limitations: [],
  error: null,
  issues: [],
  emitted: 0,
}

describe('per-source status', () => {
  it('shows scan progress with Continue, limitations, an error with Retry and data problems', () => {
    const onRetry = vi.fn()
    const onContinue = vi.fn()
    const onShowIssues = vi.fn()
    const issue = { source: 'leadping' as const, recordId: 'r1', field: 'status', message: 'bad', raw: 'x' }
    render(
      <SourceStatusList
        loading={false}
        onRetry={onRetry}
        onContinue={onContinue}
        onShowIssues={onShowIssues}
        sources={[
          {
            ...base,
            emitted: 12,
            filtering: { appliedBy: 'client', scanned: 5000, unit: 'events', paused: true },
            limitations: ['Telnyx only searches the last 24 hours of call events.'],
          },
          { ...base, source: 'leadping', emitted: 1, issues: [issue] },
          {
            ...base,
            source: 'skipcall',
            state: 'error',
            error: {
              source: 'skipcall',
              status: 503,
              message: 'Skipcall is unavailable (503).',
              providerMessage: 'maintenance',
              retryable: true,
              retryAfterSeconds: 30,
            },
          },
        ]}
      />,
    )
    expect(screen.getByText(/Paused: scanned 5,000 events from Telnyx/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onContinue).toHaveBeenCalled()
    expect(screen.getByText('Telnyx only searches the last 24 hours of call events.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '1 data problem' }))
    expect(onShowIssues).toHaveBeenCalledWith([issue], 'Data problems from Leadping')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain(
      'Skipcall is unavailable (503). Skipcall said: “maintenance” Try again in 30 s.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Retry Skipcall' }))
    expect(onRetry).toHaveBeenCalledWith('skipcall')
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
    expect(screen.getByText('unknown')).toBeTruthy()
  })

  it('counts calls and sources, saying "at least" while more can load', () => {
    const calls = [testCall({ source: 'telnyx', id: 'a' }), testCall({ source: 'leadping', id: 'b' })]
    expect(summaryText(calls, true)).toBe('2 calls · 2 sources')
    expect(summaryText(calls.slice(0, 1), false)).toBe('At least 1 call · 1 source')
  })
})
